// Picks the resource for an API path and maps failures to JSON errors.
#include "src/serve/api.h"
#include "src/serve/api_json.h"

namespace tally::serve {
namespace {

constexpr std::string_view kPrefix = "/api/v1/";

// "claims/c-123" -> ("claims", "c-123"); the tail keeps any further '/'
// (a measure key may have one: "measures/killed:RU/period").
std::pair<std::string_view, std::string_view> Split(std::string_view rest) {
  const size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return {rest, ""};
  return {rest.substr(0, slash), rest.substr(slash + 1)};
}

Result<ApiResponse> Dispatch(std::string_view path, const QueryParams& params, ApiContext& ctx) {
  const auto [resource, tail] = Split(path.substr(kPrefix.size()));
  if (resource == "claims") return ClaimsResource(tail, params, ctx);
  if (resource == "documents") return DocumentsResource(tail, params, ctx);
  if (resource == "measures") return MeasuresResource(tail, params, ctx);
  if (!tail.empty()) return Status::NotFound("no such API route");
  if (resource == "search") return SearchResource(params, ctx);
  if (resource == "places") return PlacesResource(params, ctx);
  if (resource == "stats") return StatsResource(params, ctx);
  if (resource == "sources") return SourcesResource(params, ctx);
  return Status::NotFound("no such API route (see doc/api.md)");
}

// Answers that cost a pass over the whole store or over every match (the
// reconciled measures, the counts by place, the stats, a search ranked by
// bm25) and are the same for every request until the store changes: kept
// in the server's cache, except for a request that may see clear names.
// Claim pages are not kept: each is a short walk of an index.
bool Kept(std::string_view path) {
  const std::string_view resource = Split(path.substr(kPrefix.size())).first;
  return resource == "measures" || resource == "places" || resource == "stats" ||
         resource == "search";
}

}  // namespace

int HttpStatus(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kResourceExhausted: return 413;
    case StatusCode::kUnsupported: return 501;
    default: return 500;
  }
}

ApiResponse ErrorResponse(int http_status, std::string_view message) {
  ApiResponse r;
  r.status = http_status;
  r.body = ErrorJson(http_status, message);
  return r;
}

ApiResponse ErrorResponse(const Status& status) {
  const int code = HttpStatus(status);
  // A store failure's message names files of the server's machine.
  if (code == 500) return ErrorResponse(code, "internal error");
  return ErrorResponse(code, status.message());
}

ApiResponse Json(std::string body) {
  ApiResponse r;
  r.body = std::move(body);
  return r;
}

ApiResponse Route(std::string_view method, std::string_view path, std::string_view query,
                  ApiContext& ctx) {
  if (path.substr(0, kPrefix.size()) != kPrefix) return ErrorResponse(404, "no such API route");
  if (method != "GET" && method != "HEAD") {
    return ErrorResponse(405, "the API is read-only: only GET is allowed");
  }
  Result<QueryParams> params = QueryParams::Parse(query, ctx.limits.max_query_bytes);
  if (!params.ok()) return ErrorResponse(params.status());
  if (ctx.cache != nullptr && ctx.reveal == nullptr && Kept(path)) {
    const std::string key = "body|" + std::string(path) + "?" + std::string(query);
    Result<std::string> body = ctx.cache->Get(key, [&]() -> Result<std::string> {
      Result<ApiResponse> r = Dispatch(path, *params, ctx);
      if (!r.ok()) return r.status();
      return std::move(r->body);
    });
    if (!body.ok()) return ErrorResponse(body.status());
    return Json(std::move(*body));
  }
  Result<ApiResponse> r = Dispatch(path, *params, ctx);
  if (!r.ok()) return ErrorResponse(r.status());
  return std::move(*r);
}

}  // namespace tally::serve
