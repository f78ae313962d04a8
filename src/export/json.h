// JSON output helpers: the few pieces tally's writers need to print JSON
// by hand, in a fixed key order and without a DOM.
//
//   std::string out = "{\"lo\":";
//   exporting::AppendJsonNumber(&out, 1000);       // 1000, not 1000.0
//   out += ",\"text\":";
//   exporting::AppendJsonString(&out, "\"more\" than 1,000");
//   out += "}";
//
// Inputs should be UTF-8 and are copied through unchanged apart from the
// escapes JSON requires; bytes that are not UTF-8 become U+FFFD (as
// src/text/utf8.h repairs them), so the output is always valid JSON.
// Stateless; safe from any thread.
#ifndef TALLY_SRC_EXPORT_JSON_H_
#define TALLY_SRC_EXPORT_JSON_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tally::exporting {

// Appends `s` as a JSON string literal: quote, backslash and control
// characters escaped, invalid UTF-8 replaced by U+FFFD.
void AppendJsonString(std::string* out, std::string_view s);

// Appends `s` as a string literal, or `null` when it is empty (tally's
// convention for an unknown text field).
void AppendJsonStringOrNull(std::string* out, std::string_view s);

// Appends `v` as a JSON number: integers without a fraction or exponent
// (below 1e18 in magnitude), others to 15 significant digits; `null` for
// NaN and infinities, which JSON cannot write.
void AppendJsonNumber(std::string* out, double v);

// AppendJsonNumber, or `null` for nullopt.
void AppendJsonNumberOrNull(std::string* out, const std::optional<double>& v);

// Appends `["a","b"]`.
void AppendJsonStringArray(std::string* out, const std::vector<std::string>& items);

}  // namespace tally::exporting

#endif  // TALLY_SRC_EXPORT_JSON_H_
