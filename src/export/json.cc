#include "src/export/json.h"

#include <cmath>
#include <cstdio>

#include "src/text/utf8.h"

namespace tally::exporting {

void AppendJsonString(std::string* out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Text from the store is UTF-8, but a path or parameter quoted in an
      // error is whatever the client sent: a JSON reader must never see
      // bytes that are not UTF-8.
      const std::string_view rest = s.substr(i);
      const size_t len = text::Utf8SequenceLength(rest);
      if (len > 0) {
        out->append(rest.substr(0, len));
        i += len;
      } else {
        out->append(text::kReplacementChar);
        i += text::InvalidUtf8Length(rest);
      }
      continue;
    }
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (c < 0x20) {
          *out += "\\u00";
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  out->push_back('"');
}

void AppendJsonStringOrNull(std::string* out, std::string_view s) {
  if (s.empty()) {
    *out += "null";
  } else {
    AppendJsonString(out, s);
  }
}

void AppendJsonNumber(std::string* out, double v) {
  char buf[40];
  if (!std::isfinite(v)) {
    *out += "null";
    return;
  }
  if (v == std::floor(v) && std::fabs(v) < 1e18) {
    std::snprintf(buf, sizeof(buf), "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof(buf), "%.15g", v);
  }
  *out += buf;
}

void AppendJsonNumberOrNull(std::string* out, const std::optional<double>& v) {
  if (v) {
    AppendJsonNumber(out, *v);
  } else {
    *out += "null";
  }
}

void AppendJsonStringArray(std::string* out, const std::vector<std::string>& items) {
  out->push_back('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(out, items[i]);
  }
  out->push_back(']');
}

}  // namespace tally::exporting
