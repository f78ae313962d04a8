#include "src/collect/source_json.h"

#include "src/collect/source_health.h"
#include "src/export/json.h"
#include "src/text/dates.h"

namespace tally::collect {

std::string SourceStateJson(const store::SourceState& s, int64_t pages_fetched, int64_t now) {
  std::string out = "{";
  auto key = [&](const char* name) {
    if (out.size() > 1) out += ',';
    out += '"';
    out += name;
    out += "\":";
  };
  auto text = [&](const char* name, std::string_view value) {
    key(name);
    exporting::AppendJsonStringOrNull(&out, value);
  };
  auto number = [&](const char* name, int64_t value) {
    key(name);
    out += std::to_string(value);
  };
  text("key", s.key);
  text("kind", s.kind);
  text("target", s.target);
  text("label", s.label);
  text("health", SourceHealth(s, now));
  text("last_fetch", s.last_fetch);
  text("last_success", s.last_success);
  // A source never fetched is due now: its next pass takes it.
  const int64_t due = NextDue(s);
  text("next_due", due < 0 ? "" : text::IsoFromUnix(due == 0 ? now : due));
  key("every");
  out += s.every > 0 ? std::to_string(s.every) : "null";
  text("etag", s.etag);
  text("last_modified", s.last_modified);
  number("failures", s.failures);
  text("last_error", s.last_error);
  number("items_seen", s.items_seen);
  number("pages", pages_fetched);
  number("fetches", s.fetches);
  number("last_item", s.last_item);
  return out + "}";
}

}  // namespace tally::collect
