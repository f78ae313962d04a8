// /api/v1/claims: the claims ledger, filtered and paged; one claim; an
// export of every match as CSV or JSON Lines.
#include "src/export/claim_format.h"
#include "src/export/reveal.h"
#include "src/serve/api.h"
#include "src/serve/api_json.h"
#include "src/serve/claim_params.h"
#include "src/serve/cursor.h"

namespace tally::serve {
namespace {

// Rows an export reads from the store at a time.
constexpr int kExportPage = 1000;

// The claim as the API prints it: clear names when the request may see
// them, and its echoes when it is an origin that has some.
Result<std::string> ClaimOut(store::ClaimRow row, ApiContext& ctx,
                             exporting::NameRevealer* reveal) {
  if (reveal != nullptr) reveal->Claim(&row.claim);
  if (!row.claim.origin.empty()) return ApiClaimJson(row, nullptr);
  Result<store::EchoCount> echoes = ctx.store->EchoCountOf(row.claim.id);
  if (!echoes.ok()) return echoes.status();
  return ApiClaimJson(row, &*echoes);
}

std::unique_ptr<exporting::NameRevealer> MaybeRevealer(ApiContext& ctx) {
  if (ctx.reveal == nullptr) return nullptr;
  return std::make_unique<exporting::NameRevealer>(ctx.store, ctx.reveal);
}

Result<ApiResponse> ListClaims(const QueryParams& params, ApiContext& ctx) {
  Result<store::ClaimQuery> q = ParseClaimListing(params, *ctx.vocabulary, ctx.limits.max_page);
  if (!q.ok()) return q.status();
  // One row past the page tells whether there is a next one.
  const int page = q->limit;
  q->limit = page + 1;
  Result<std::vector<store::ClaimRow>> rows = ctx.store->ListClaims(*q);
  if (!rows.ok()) return rows.status();
  auto count = [&] { return ctx.store->CountClaims(*q); };
  Result<int64_t> total = ctx.cache != nullptr ? ctx.cache->Count(ClaimCountKey(*q), count) : count();
  if (!total.ok()) return total.status();
  const bool more = rows->size() > static_cast<size_t>(page);
  if (more) rows->pop_back();
  auto reveal = MaybeRevealer(ctx);
  std::vector<std::string> items;
  items.reserve(rows->size());
  for (store::ClaimRow& row : *rows) {
    Result<std::string> json = ClaimOut(row, ctx, reveal.get());
    if (!json.ok()) return json.status();
    items.push_back(std::move(*json));
  }
  std::string next = "null";
  if (more) {
    const store::ClaimRow& last = rows->back();
    const bool by_date = q->order != store::ClaimOrder::kStored;
    next = "\"" + EncodeCursor({'c', static_cast<int>(q->order), by_date ? last.date : "", last.rowid}) + "\"";
  }
  return Json(JsonObject().Raw("claims", JsonArray(items)).Raw("next", next).Int("total", *total).Close());
}

Result<ApiResponse> ExportClaims(const QueryParams& params, ApiContext& ctx) {
  Result<store::ClaimQuery> q = ParseClaimFilters(params, *ctx.vocabulary, {"format"});
  if (!q.ok()) return q.status();
  const std::string& format = params.Get("format");
  const bool csv = format.empty() || format == "csv";
  if (!csv && format != "jsonl") {
    return Status::InvalidArgument("bad value for 'format': '" + format.substr(0, 20) +
                                   "' (expected csv or jsonl)");
  }
  auto reveal = MaybeRevealer(ctx);
  ApiResponse r;
  r.content_type = csv ? "text/csv; charset=utf-8" : "application/x-ndjson";
  r.attachment = csv ? "claims.csv" : "claims.jsonl";
  if (csv) r.body = exporting::ClaimCsvHeader();
  q->order = store::ClaimOrder::kStored;
  int64_t written = 0;
  while (written < ctx.limits.max_export_rows) {
    q->limit = static_cast<int>(std::min<int64_t>(kExportPage, ctx.limits.max_export_rows - written));
    Result<std::vector<store::ClaimRow>> rows = ctx.store->ListClaims(*q);
    if (!rows.ok()) return rows.status();
    for (store::ClaimRow& row : *rows) {
      if (reveal) reveal->Claim(&row.claim);
      r.body += csv ? exporting::ClaimCsvRow(row) : exporting::ClaimJson(row) + "\n";
    }
    written += static_cast<int64_t>(rows->size());
    if (rows->size() < static_cast<size_t>(q->limit)) break;
    q->after = rows->back().rowid;
  }
  return r;
}

Result<ApiResponse> OneClaim(std::string_view id, const QueryParams& params, ApiContext& ctx) {
  Status s = params.OnlyThese({});
  if (!s.ok()) return s;
  Result<store::ClaimRow> row = ctx.store->GetClaim(std::string(id));
  if (!row.ok()) return row.status();
  auto reveal = MaybeRevealer(ctx);
  Result<std::string> json = ClaimOut(std::move(*row), ctx, reveal.get());
  if (!json.ok()) return json.status();
  return Json(JsonObject().Raw("claim", *json).Close());
}

}  // namespace

Result<ApiResponse> ClaimsResource(std::string_view tail, const QueryParams& params,
                                   ApiContext& ctx) {
  if (tail.empty()) return ListClaims(params, ctx);
  if (tail == "export") return ExportClaims(params, ctx);
  if (tail.find('/') != std::string_view::npos) return Status::NotFound("no such API route");
  return OneClaim(tail, params, ctx);
}

}  // namespace tally::serve
