// /api/v1/measures, /api/v1/places, /api/v1/stats: the reconciled view
// and the counts a dashboard opens with.
#include "src/export/reveal.h"
#include "src/serve/api.h"
#include "src/serve/api_json.h"

namespace tally::serve {

Result<ApiResponse> MeasuresResource(std::string_view tail, const QueryParams& params,
                                     ApiContext& ctx) {
  // The tail is a measure key, which may hold a '/' ("killed:RU/period"):
  // only a key a measure has is found.
  reconcile::MeasureOptions options;
  Result<int64_t> window = params.GetInt("window", options.window_days, 0, 36500);
  if (!window.ok()) return window.status();
  options.window_days = static_cast<int>(*window);
  if (tail.empty()) {
    Status s = params.OnlyThese({"by", "window"});
    if (!s.ok()) return s;
    const std::string& by = params.Get("by");
    if (!by.empty() && by != "place") {
      return Status::InvalidArgument("bad value for 'by': '" + by.substr(0, 20) + "' (expected place)");
    }
    options.by_place = by == "place";
    options.max_points = 0;  // the list shows each measure's latest figures only
  } else {
    Status s = params.OnlyThese({"window"});
    if (!s.ok()) return s;
    options.only = std::string(tail);
    options.by_place = tail.find('@') != std::string_view::npos;
  }
  Result<std::vector<reconcile::Measure>> measures = reconcile::ComputeMeasures(*ctx.store, options);
  if (!measures.ok()) return measures.status();
  if (ctx.reveal != nullptr) {
    exporting::NameRevealer reveal(ctx.store, ctx.reveal);
    for (reconcile::Measure& m : *measures) {
      for (reconcile::MeasurePoint& p : m.points) reveal.Claim(&p.row.claim);
    }
  }
  if (!tail.empty()) {
    if (measures->empty()) {
      return Status::NotFound("no measure '" + std::string(tail).substr(0, 60) +
                              "' (keys look like killed:RU; /api/v1/measures lists them)");
    }
    return Json(JsonObject().Raw("measure", MeasureJson(measures->front(), true)).Close());
  }
  std::vector<std::string> items;
  items.reserve(measures->size());
  for (const reconcile::Measure& m : *measures) items.push_back(MeasureJson(m, false));
  return Json(JsonObject().Raw("measures", JsonArray(items)).Close());
}

Result<ApiResponse> PlacesResource(const QueryParams& params, ApiContext& ctx) {
  Status s = params.OnlyThese({});
  if (!s.ok()) return s;
  Result<std::vector<store::PlaceCount>> places = ctx.store->CountClaimsByPlace();
  if (!places.ok()) return places.status();
  std::vector<std::string> items;
  for (const store::PlaceCount& p : *places) {
    std::string name;
    if (ctx.place_names != nullptr) {
      auto it = ctx.place_names->find(p.place);
      if (it != ctx.place_names->end()) name = it->second;
    }
    items.push_back(JsonObject()
                        .String("place", p.place)
                        .StringOrNull("name", name)
                        .Int("claims", p.claims)
                        .Raw("by_category", CountsJson(p.by_category))
                        .Close());
  }
  return Json(JsonObject().Raw("places", JsonArray(items)).Close());
}

Result<ApiResponse> StatsResource(const QueryParams& params, ApiContext& ctx) {
  Status s = params.OnlyThese({});
  if (!s.ok()) return s;
  Result<store::Stats> stats = ctx.store->GetStats();
  if (!stats.ok()) return stats.status();
  Result<int64_t> clusters = ctx.store->CountClusters();
  if (!clusters.ok()) return clusters.status();
  return Json(JsonObject()
                  .Int("documents", stats->documents)
                  .Int("claims", stats->claims)
                  .Int("clusters", *clusters)
                  .Int("runs", stats->runs)
                  .Raw("by_lang", CountsJson(stats->by_lang))
                  .Raw("by_format", CountsJson(stats->by_format))
                  .Raw("by_source", CountsJson(stats->by_source))
                  .Raw("claims_by_category", CountsJson(stats->claims_by_category))
                  .Raw("claims_by_side", CountsJson(stats->claims_by_side))
                  .Raw("claims_by_stance", CountsJson(stats->claims_by_stance))
                  .Close());
}

}  // namespace tally::serve
