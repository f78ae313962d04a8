// /api/v1/documents and /api/v1/search: the stored documents, one with
// its full text, claims and near-duplicates, and full-text search.
#include "src/export/reveal.h"
#include "src/serve/api.h"
#include "src/serve/api_json.h"
#include "src/text/utf8.h"
#include "src/serve/claim_params.h"
#include "src/serve/cursor.h"

namespace tally::serve {
namespace {

// Claims one document's page carries at the most.
constexpr int kMaxDocumentClaims = 10000;
// Search hits a page holds when `limit` is not given.
constexpr int kDefaultSearchPage = 20;

std::string NextCursor(bool more, char kind, int64_t position) {
  if (!more) return "null";
  return "\"" + EncodeCursor({kind, 0, "", position}) + "\"";
}

Result<int64_t> CursorPosition(const QueryParams& params, char kind) {
  if (params.Get("cursor").empty()) return int64_t{0};
  Result<Cursor> c = DecodeCursor(params.Get("cursor"), kind);
  if (!c.ok()) return c.status();
  return c->position;
}

Result<ApiResponse> ListDocuments(const QueryParams& params, ApiContext& ctx) {
  Status s = params.OnlyThese({"lang", "source", "format", "limit", "cursor"});
  if (!s.ok()) return s;
  store::DocumentQuery q;
  q.lang = params.Get("lang");
  q.source = params.Get("source");
  q.format = params.Get("format");
  if (!q.format.empty() && !FormatFromName(q.format)) {
    return Status::InvalidArgument("bad value for 'format': '" + q.format.substr(0, 20) +
                                   "' (expected html, warc, telegram, rss, atom, text, markdown or jsonl)");
  }
  Result<int64_t> limit = params.GetInt("limit", kDefaultPageSize, 1, ctx.limits.max_page);
  if (!limit.ok()) return limit.status();
  Result<int64_t> after = CursorPosition(params, 'd');
  if (!after.ok()) return after.status();
  q.after = *after;
  q.limit = static_cast<int>(*limit) + 1;
  Result<std::vector<store::DocumentRow>> rows = ctx.store->ListDocumentPage(q);
  if (!rows.ok()) return rows.status();
  const bool more = rows->size() > static_cast<size_t>(*limit);
  if (more) rows->pop_back();
  std::vector<std::string> items;
  for (const store::DocumentRow& row : *rows) {
    items.push_back(DocumentMeta(row.doc).Int("chars", row.chars).Int("claims", row.claims).Close());
  }
  return Json(JsonObject()
                  .Raw("documents", JsonArray(items))
                  .Raw("next", NextCursor(more, 'd', more ? rows->back().rowid : 0))
                  .Close());
}

Result<ApiResponse> OneDocument(std::string_view id, const QueryParams& params, ApiContext& ctx) {
  Status s = params.OnlyThese({});
  if (!s.ok()) return s;
  Result<Document> doc = ctx.store->GetDocument(std::string(id));
  if (!doc.ok()) return doc.status();
  store::ClaimQuery q;
  q.doc = doc->id;
  q.limit = kMaxDocumentClaims;
  Result<std::vector<store::ClaimRow>> claims = ctx.store->ListClaims(q);
  if (!claims.ok()) return claims.status();
  Result<store::DuplicateCluster> cluster = ctx.store->ClusterOfDocument(doc->id);
  if (!cluster.ok()) return cluster.status();

  // Clear names change the text's length: spans follow the replacements.
  if (ctx.reveal != nullptr) {
    exporting::NameRevealer reveal(ctx.store, ctx.reveal);
    const std::vector<exporting::Replacement> moved = reveal.Text(&doc->text);
    for (store::ClaimRow& row : *claims) {
      reveal.Claim(&row.claim);
      row.claim.begin = exporting::MapOffset(moved, row.claim.begin);
      row.claim.end = exporting::MapOffset(moved, row.claim.end);
    }
  }
  std::vector<std::string> claim_items;
  for (const store::ClaimRow& row : *claims) claim_items.push_back(ApiClaimJson(row, nullptr));
  std::vector<std::string> duplicates;
  for (const store::ClusterDoc& d : cluster->docs) {
    if (d.id == doc->id) continue;
    duplicates.push_back(JsonObject()
                             .String("id", d.id)
                             .StringOrNull("source", d.source)
                             .StringOrNull("title", d.title)
                             .StringOrNull("published", d.published)
                             .StringOrNull("url", d.url)
                             .Number("jaccard", d.jaccard)
                             .Close());
  }
  const auto chars = static_cast<int64_t>(text::CodePoints(doc->text));
  const std::string original = cluster->docs.empty() ? doc->id : cluster->docs.front().id;
  return Json(JsonObject()
                  .Raw("document", DocumentMeta(*doc)
                                       .StringOrNull("author", doc->meta.author)
                                       .Int("chars", chars)
                                       .String("text", doc->text)
                                       .Close())
                  .Raw("claims", JsonArray(claim_items))
                  .Raw("duplicates", JsonArray(duplicates))
                  .String("original", original)
                  .Close());
}

}  // namespace

Result<ApiResponse> DocumentsResource(std::string_view tail, const QueryParams& params,
                                      ApiContext& ctx) {
  if (tail.empty()) return ListDocuments(params, ctx);
  if (tail.find('/') != std::string_view::npos) return Status::NotFound("no such API route");
  return OneDocument(tail, params, ctx);
}

Result<ApiResponse> SearchResource(const QueryParams& params, ApiContext& ctx) {
  Status s = params.OnlyThese({"q", "limit", "cursor"});
  if (!s.ok()) return s;
  // Checked here so that an empty or overlong search is a 400 that names q.
  Result<std::string> words = SearchWords(params, "q");
  if (!words.ok()) return words.status();
  Result<int64_t> limit = params.GetInt("limit", kDefaultSearchPage, 1, ctx.limits.max_page);
  if (!limit.ok()) return limit.status();
  Result<int64_t> offset = CursorPosition(params, 's');
  if (!offset.ok()) return offset.status();
  if (*offset > 1000000) return Status::InvalidArgument("bad cursor: too deep");
  store::SearchQuery q;
  q.text = params.Get("q");
  q.limit = static_cast<int>(*limit) + 1;
  q.offset = static_cast<int>(*offset);
  Result<std::vector<store::SearchHit>> hits = ctx.store->Search(q);
  if (!hits.ok()) return hits.status();
  auto count = [&] { return ctx.store->CountSearch(q); };
  Result<int64_t> total = ctx.cache != nullptr ? ctx.cache->Count("search|" + q.text, count) : count();
  if (!total.ok()) return total.status();
  const bool more = hits->size() > static_cast<size_t>(*limit);
  if (more) hits->pop_back();
  std::vector<std::string> items;
  for (const store::SearchHit& h : *hits) {
    std::vector<std::string> ranges;
    for (const auto& [b, e] : h.highlights) {
      ranges.push_back("[" + std::to_string(b) + "," + std::to_string(e) + "]");
    }
    items.push_back(JsonObject()
                        .Raw("doc", JsonObject()
                                        .String("id", h.doc.id)
                                        .StringOrNull("title", h.title)
                                        .StringOrNull("source", h.doc.source)
                                        .StringOrNull("published", h.doc.published)
                                        .StringOrNull("lang", h.doc.lang)
                                        .Close())
                        .String("snippet", h.snippet)
                        .Raw("highlights", JsonArray(ranges))
                        .Int("claims", h.claims)
                        .Close());
  }
  return Json(JsonObject()
                  .Raw("results", JsonArray(items))
                  .Raw("next", NextCursor(more, 's', *offset + *limit))
                  .Int("total", *total)
                  .Close());
}

}  // namespace tally::serve
