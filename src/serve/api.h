// The HTTP API's resources (doc/api.md), free of any HTTP library: a
// handler reads a request's path and parameters and the store, and
// returns the response body or a Status that the router turns into the
// error's status code (HttpStatus). One file per resource:
//   api_claims.cc     /claims, /claims/export, /claims/{id}
//   api_documents.cc  /documents, /documents/{id}, /search
//   api_measures.cc   /measures, /measures/{key}, /places, /stats
//   api_sources.cc    /sources
// and router.cc, which picks the handler for a path.
//
//   ApiContext ctx{&store, &vocabulary, reveal ? &keys : nullptr, limits};
//   ApiResponse r = Route("GET", "/api/v1/claims", query_string, ctx);
//
// A context is used from one thread at a time (its store is).
#ifndef TALLY_SRC_SERVE_API_H_
#define TALLY_SRC_SERVE_API_H_

#include <string>
#include <string_view>

#include "src/export/claim_filters.h"
#include "src/resolve/pseudonym.h"
#include "src/serve/store_cache.h"
#include "src/serve/place_names.h"
#include "src/serve/query_params.h"
#include "src/store/store.h"
#include "tally/status.h"

namespace tally::serve {

struct ApiLimits {
  // Rows a page may hold (limit=). Default: 200.
  int max_page = 200;
  // Bytes of a query string. Default: 2048.
  size_t max_query_bytes = 2048;
  // Rows an export may hold. Default: 100000.
  int64_t max_export_rows = 100000;
};

struct ApiContext {
  store::Store* store = nullptr;
  const exporting::ClaimVocabulary* vocabulary = nullptr;
  // Set only for a request that may see private people's clear names (the
  // server holds the key and the request the operator's token).
  const resolve::Pseudonymizer* reveal = nullptr;
  // Region names for /places; may be null (names are then null).
  const PlaceNames* place_names = nullptr;
  // What the server keeps of the store's answers (store_cache.h); may be
  // null (everything is then computed for each request).
  StoreCache* cache = nullptr;
  ApiLimits limits;
  // Now, in seconds since the epoch, for the sources' health (tests fix
  // it). Default: 0, the clock.
  int64_t now = 0;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  // Non-empty: sent as an attachment with this file name.
  std::string attachment;
};

// The HTTP status for a failed request's Status: 400 invalid argument,
// 404 not found, 413 resource exhausted, 501 unsupported, else 500.
int HttpStatus(const Status& status);
// The JSON error response for `status`.
ApiResponse ErrorResponse(const Status& status);
ApiResponse ErrorResponse(int http_status, std::string_view message);

// Answers `method` `path` (percent-decoded, starting with /api/v1/) with
// the raw query string `query`.
ApiResponse Route(std::string_view method, std::string_view path, std::string_view query,
                  ApiContext& ctx);

// The handlers, by resource. `tail` is the path after the resource's
// name ("" or an id).
Result<ApiResponse> ClaimsResource(std::string_view tail, const QueryParams& params,
                                   ApiContext& ctx);
Result<ApiResponse> DocumentsResource(std::string_view tail, const QueryParams& params,
                                      ApiContext& ctx);
Result<ApiResponse> SearchResource(const QueryParams& params, ApiContext& ctx);
Result<ApiResponse> MeasuresResource(std::string_view tail, const QueryParams& params,
                                     ApiContext& ctx);
Result<ApiResponse> PlacesResource(const QueryParams& params, ApiContext& ctx);
Result<ApiResponse> StatsResource(const QueryParams& params, ApiContext& ctx);
Result<ApiResponse> SourcesResource(const QueryParams& params, ApiContext& ctx);

// A JSON body with status 200.
ApiResponse Json(std::string body);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_API_H_
