#include "src/serve/api_json.h"

#include "src/export/claim_format.h"
#include "src/export/json.h"

namespace tally::serve {
namespace {

std::string EchoJson(const store::EchoCount& e) {
  std::string sources;
  exporting::AppendJsonStringArray(&sources, e.sources);
  return JsonObject().Int("echoes", e.echoes).Int("outlets", e.outlets).Raw("sources", sources).Close();
}

std::string PointJson(const reconcile::MeasurePoint& p) {
  std::string sources;
  exporting::AppendJsonStringArray(&sources, p.echo_sources);
  return JsonObject()
      .StringOrNull("date", p.date)
      .String("stance", p.stance)
      .String("interval_text", reconcile::IntervalText(p.row.claim.quantity))
      .Int("echoes", p.echoes)
      .Int("outlets", p.outlets)
      .Raw("echo_sources", sources)
      .Raw("claim", ApiClaimJson(p.row, nullptr))
      .Close();
}

}  // namespace

void JsonObject::Key(std::string_view key) {
  if (out_.size() > 1) out_ += ',';
  exporting::AppendJsonString(&out_, key);
  out_ += ':';
}

JsonObject& JsonObject::String(std::string_view key, std::string_view value) {
  Key(key);
  exporting::AppendJsonString(&out_, value);
  return *this;
}

JsonObject& JsonObject::StringOrNull(std::string_view key, std::string_view value) {
  Key(key);
  exporting::AppendJsonStringOrNull(&out_, value);
  return *this;
}

JsonObject& JsonObject::Int(std::string_view key, int64_t value) {
  Key(key);
  out_ += std::to_string(value);
  return *this;
}

JsonObject& JsonObject::Number(std::string_view key, double value) {
  Key(key);
  exporting::AppendJsonNumber(&out_, value);
  return *this;
}

JsonObject& JsonObject::Bool(std::string_view key, bool value) {
  Key(key);
  out_ += value ? "true" : "false";
  return *this;
}

JsonObject& JsonObject::Raw(std::string_view key, std::string_view json) {
  Key(key);
  out_ += json;
  return *this;
}

std::string JsonArray(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    out += items[i];
  }
  return out + "]";
}

std::string CountsJson(const std::vector<store::Count>& counts) {
  std::vector<std::string> items;
  items.reserve(counts.size());
  for (const store::Count& c : counts) items.push_back(JsonObject().String("key", c.key).Int("n", c.n).Close());
  return JsonArray(items);
}

std::string ApiClaimJson(const store::ClaimRow& row, const store::EchoCount* echoes) {
  std::string json = exporting::ClaimJson(row);
  json.pop_back();  // the closing brace: the API's fields follow the record's
  json += ",\"date\":";
  exporting::AppendJsonStringOrNull(&json, row.date);
  json += ",\"measure\":";
  const Claim& c = row.claim;
  if (c.category.empty()) {
    json += "null";
  } else {
    exporting::AppendJsonString(&json, reconcile::MeasureKeyOf(c));
  }
  if (echoes != nullptr && echoes->echoes > 0) json += ",\"echoes\":" + EchoJson(*echoes);
  return json + "}";
}

JsonObject DocumentMeta(const Document& doc) {
  JsonObject o;
  o.String("id", doc.id)
      .StringOrNull("title", doc.meta.title)
      .StringOrNull("source", doc.meta.source)
      .StringOrNull("url", doc.meta.url)
      .StringOrNull("path", doc.meta.path)
      .StringOrNull("published", doc.meta.published)
      .StringOrNull("lang", doc.lang)
      .String("format", FormatName(doc.format));
  return o;
}

std::string StaleJson(const reconcile::Measure& m) {
  std::vector<std::string> stale;
  for (const reconcile::Measure::Stale& st : m.stale) {
    stale.push_back(JsonObject()
                        .String("who", st.who)
                        .StringOrNull("date", st.date)
                        .String("figure", st.figure)
                        .StringOrNull("speaker", st.speaker)
                        .String("claim", st.claim_id)
                        .String("text", reconcile::StaleText(m, st))
                        .Close());
  }
  return JsonArray(stale);
}

std::string MeasureJson(const reconcile::Measure& m, bool with_points) {
  std::vector<std::string> latest;
  for (const auto& [stance, i] : m.latest) {
    bool is_stale = false;
    for (const reconcile::Measure::Stale& st : m.stale) is_stale = is_stale || st.who == stance;
    latest.push_back(JsonObject()
                         .String("stance", stance)
                         .Raw("stale", is_stale ? "true" : "false")
                         .Raw("point", PointJson(m.points[i]))
                         .Close());
  }
  JsonObject o;
  o.String("key", m.key)
      .String("category", m.category)
      .StringOrNull("side", m.side)
      .String("unit", m.unit)
      .String("basis", m.basis)
      .StringOrNull("span", m.span)
      .StringOrNull("place", m.place)
      .String("verdict", m.verdict)
      .StringOrNull("gap", m.gap)
      .StringOrNull("as_of", m.as_of)
      .Int("origins", static_cast<int64_t>(m.origins))
      .Int("speakers", static_cast<int64_t>(m.speakers))
      .Raw("speakers_at_least", m.speakers_at_least ? "true" : "false");
  if (m.low) o.Number("low", *m.low); else o.Raw("low", "null");
  if (m.high) o.Number("high", *m.high); else o.Raw("high", "null");
  o.Raw("open_below", m.open_below ? "true" : "false")
      .Raw("open_above", m.open_above ? "true" : "false")
      .String("range", reconcile::EnvelopeText(m))
      .Raw("stale", StaleJson(m));
  std::vector<std::string> checks;
  for (const std::string& c : m.checks) checks.push_back(JsonObject().String("text", c).Close());
  o.Raw("checks", JsonArray(checks));
  o.Raw("latest", JsonArray(latest));
  if (with_points) {
    std::vector<std::string> points;
    points.reserve(m.points.size());
    for (const reconcile::MeasurePoint& p : m.points) points.push_back(PointJson(p));
    o.Raw("points", JsonArray(points));
  }
  return o.Close();
}

std::string ErrorJson(int status, std::string_view message) {
  return JsonObject()
      .Raw("error", JsonObject().Int("status", status).String("message", message).Close())
      .Close();
}

}  // namespace tally::serve
