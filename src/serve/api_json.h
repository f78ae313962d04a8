// The JSON shapes of the HTTP API (doc/api.md): the claim record of
// `tally claims --format jsonl` with the API's extra fields, documents,
// measures, counts and errors. Built by hand in a fixed key order, with
// the writers of src/export/json.h. Stateless; safe from any thread.
//
//   JsonObject o;
//   o.String("id", doc.id).Int("claims", 3).Raw("claim", ApiClaimJson(row, nullptr));
//   std::string body = o.Close();   // {"id":"d-...","claims":3,"claim":{...}}
#ifndef TALLY_SRC_SERVE_API_JSON_H_
#define TALLY_SRC_SERVE_API_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/reconcile/measures.h"
#include "src/store/store.h"

namespace tally::serve {

// One JSON object, key by key.
class JsonObject {
 public:
  JsonObject& String(std::string_view key, std::string_view value);
  // `value`, or null when it is empty (tally's unknown).
  JsonObject& StringOrNull(std::string_view key, std::string_view value);
  JsonObject& Int(std::string_view key, int64_t value);
  JsonObject& Number(std::string_view key, double value);
  JsonObject& Bool(std::string_view key, bool value);
  // `json` as it is: an object, array or literal written elsewhere.
  JsonObject& Raw(std::string_view key, std::string_view json);
  // The object's text, with its closing brace.
  std::string Close() const { return out_ + "}"; }

 private:
  void Key(std::string_view key);
  std::string out_ = "{";
};

// "[a,b,c]" of already written JSON values.
std::string JsonArray(const std::vector<std::string>& items);

// [{"key":"ru","n":3}, ...]
std::string CountsJson(const std::vector<store::Count>& counts);

// The claim record (exporting::ClaimJson) plus "date" (the day listings
// sort by, or null), "measure" (its measure key) and, for an origin with
// echoes in other documents when `echoes` is given, "echoes":
// {"echoes":N,"outlets":N,"sources":[...]}.
std::string ApiClaimJson(const store::ClaimRow& row, const store::EchoCount* echoes);

// A document's metadata: id, title, source, url, path, published, lang,
// format, then what `extra` adds (chars, claims, text...).
JsonObject DocumentMeta(const Document& doc);

// The latest figures a measure left out of its verdict, as
// [{"who","date","figure","speaker","claim","text"}].
std::string StaleJson(const reconcile::Measure& measure);

// A measure: key, category, side, unit, place, verdict, gap, origins,
// speakers, low, high, latest [{"stance", "point"}], and "points" when
// `with_points`.
std::string MeasureJson(const reconcile::Measure& measure, bool with_points);

// {"error":{"status":N,"message":"..."}}
std::string ErrorJson(int status, std::string_view message);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_API_JSON_H_
