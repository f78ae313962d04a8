#include "src/export/claim_format.h"

#include <initializer_list>

#include "src/export/json.h"
#include "src/resolve/basis.h"

namespace tally::exporting {
namespace {

// `"key":` after a comma unless it opens the object.
void Key(std::string* out, const char* key, bool first = false) {
  if (!first) out->push_back(',');
  AppendJsonString(out, key);
  out->push_back(':');
}

void Bool(std::string* out, bool v) { *out += v ? "true" : "false"; }

void AppendDoc(std::string* out, const store::ClaimRow& row) {
  const store::DocRef& d = row.doc;
  Key(out, "id", true);
  AppendJsonStringOrNull(out, d.id.empty() ? row.claim.doc_id : d.id);
  Key(out, "path");
  AppendJsonStringOrNull(out, d.path);
  Key(out, "url");
  AppendJsonStringOrNull(out, d.url);
  Key(out, "source");
  AppendJsonStringOrNull(out, d.source);
  Key(out, "published");
  AppendJsonStringOrNull(out, d.published);
  Key(out, "lang");
  AppendJsonStringOrNull(out, d.lang);
}

void AppendQuantity(std::string* out, const Quantity& q) {
  Key(out, "lo", true);
  AppendJsonNumberOrNull(out, q.lo);
  Key(out, "hi");
  AppendJsonNumberOrNull(out, q.hi);
  Key(out, "lo_open");
  Bool(out, q.lo_open);
  Key(out, "hi_open");
  Bool(out, q.hi_open);
  Key(out, "qualifier");
  AppendJsonString(out, QualifierName(q.qualifier));
  Key(out, "approx");
  Bool(out, q.approx);
  Key(out, "unit");
  AppendJsonString(out, UnitName(q.unit));
}

void AppendSpeaker(std::string* out, const std::optional<Speaker>& speaker) {
  if (!speaker) {
    *out += "null";
    return;
  }
  out->push_back('{');
  Key(out, "name", true);
  AppendJsonStringOrNull(out, speaker->name);
  Key(out, "org");
  AppendJsonStringOrNull(out, speaker->org);
  Key(out, "kind");
  AppendJsonStringOrNull(out, speaker->kind);
  Key(out, "stance");
  AppendJsonStringOrNull(out, speaker->stance);
  Key(out, "private");
  Bool(out, speaker->is_private);
  out->push_back('}');
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "-5", "+2.5", "1e3": what a spreadsheet reads as a number, so a leading
// sign there is no formula.
bool IsPlainNumber(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const size_t exponent_start = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i == exponent_start) return false;
  }
  return i == s.size();
}

std::string Number(const std::optional<double>& v) {
  std::string out;
  if (v) AppendJsonNumber(&out, *v);
  return out;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ';';
    out += item;
  }
  return out;
}

std::string Line(std::initializer_list<std::string_view> fields) {
  std::string out;
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out += ',';
    first = false;
    out += CsvField(f);
  }
  out += "\r\n";
  return out;
}

}  // namespace

std::string ClaimJson(const store::ClaimRow& row) {
  const Claim& c = row.claim;
  std::string out = "{";
  Key(&out, "id", true);
  AppendJsonStringOrNull(&out, c.id);
  Key(&out, "doc");
  out.push_back('{');
  AppendDoc(&out, row);
  out.push_back('}');
  Key(&out, "span");
  out += "[" + std::to_string(c.begin) + "," + std::to_string(c.end) + "]";
  Key(&out, "text");
  AppendJsonStringOrNull(&out, c.text);
  Key(&out, "sentence");
  AppendJsonStringOrNull(&out, c.sentence);
  Key(&out, "quantity");
  out.push_back('{');
  AppendQuantity(&out, c.quantity);
  out.push_back('}');
  Key(&out, "category");
  AppendJsonStringOrNull(&out, c.category);
  Key(&out, "side");
  AppendJsonStringOrNull(&out, c.side);
  Key(&out, "group");
  AppendJsonStringOrNull(&out, c.group);
  Key(&out, "speaker");
  AppendSpeaker(&out, c.speaker);
  Key(&out, "channel");
  AppendJsonStringOrNull(&out, c.channel);
  Key(&out, "hedge");
  AppendJsonStringOrNull(&out, c.hedge);
  Key(&out, "period");
  out.push_back('{');
  Key(&out, "from", true);
  AppendJsonStringOrNull(&out, c.period.from);
  Key(&out, "to");
  AppendJsonStringOrNull(&out, c.period.to);
  out.push_back('}');
  Key(&out, "basis");
  AppendJsonString(&out, resolve::BasisName(c.basis));
  Key(&out, "places");
  AppendJsonStringArray(&out, c.places);
  Key(&out, "units");
  AppendJsonStringArray(&out, c.units);
  Key(&out, "origin");
  AppendJsonStringOrNull(&out, c.origin);
  out.push_back('}');
  return out;
}

std::string ClaimCsvHeader() {
  return Line({"id", "doc_id", "doc_path", "doc_url", "source", "published", "lang",
               "span_begin", "span_end", "text", "lo", "hi", "lo_open", "hi_open",
               "qualifier", "approx", "unit", "category", "side", "group",
               "speaker_name", "speaker_org", "speaker_kind", "speaker_stance",
               "speaker_private", "channel", "hedge", "period_from", "period_to",
               "basis", "places", "units", "origin", "sentence"});
}

std::string ClaimCsvRow(const store::ClaimRow& row) {
  const Claim& c = row.claim;
  const Quantity& q = c.quantity;
  const store::DocRef& d = row.doc;
  auto flag = [](bool v) { return v ? "true" : "false"; };
  const Speaker none;
  const Speaker& s = c.speaker ? *c.speaker : none;
  return Line({c.id, d.id.empty() ? c.doc_id : d.id, d.path, d.url, d.source,
               d.published, d.lang, std::to_string(c.begin), std::to_string(c.end),
               c.text, Number(q.lo), Number(q.hi), flag(q.lo_open), flag(q.hi_open),
               QualifierName(q.qualifier), flag(q.approx), UnitName(q.unit),
               c.category, c.side, c.group, s.name, s.org, s.kind, s.stance,
               c.speaker ? flag(s.is_private) : "", c.channel, c.hedge,
               c.period.from, c.period.to, resolve::BasisName(c.basis), Join(c.places),
               Join(c.units), c.origin, c.sentence});
}

std::string CsvField(std::string_view value) {
  std::string field;
  if (!value.empty() &&
      (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
       value[0] == '\t' || value[0] == '\r') &&
      !IsPlainNumber(value)) {
    field += '\'';
  }
  field += value;
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char ch : field) {
    if (ch == '"') quoted += '"';
    quoted += ch;
  }
  quoted += '"';
  return quoted;
}

}  // namespace tally::exporting
