#include "src/serve/query_params.h"

#include <charconv>

namespace tally::serve {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// What a message may quote of a user's value: short, and clean.
std::string Quote(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 60)) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F || u >= 0x80) ? '?' : c;
  }
  return "'" + out + (s.size() > 60 ? "...'" : "'");
}

}  // namespace

Result<std::string> PercentDecode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '+' && plus_is_space) {
      out += ' ';
    } else if (c != '%') {
      out += c;
    } else {
      const int hi = i + 1 < s.size() ? HexValue(s[i + 1]) : -1;
      const int lo = i + 2 < s.size() ? HexValue(s[i + 2]) : -1;
      if (hi < 0 || lo < 0) {
        return Status::InvalidArgument("bad percent escape in " + Quote(s));
      }
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    }
  }
  return out;
}

bool IsCleanText(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) return false;
      ++i;
      continue;
    }
    // Lead byte: length and the smallest code point it may encode (no
    // overlong forms), then continuation bytes.
    size_t n;
    uint32_t cp, min;
    if ((c & 0xE0) == 0xC0) {
      n = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      n = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      n = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    if (cp >= 0x80 && cp < 0xA0) return false;  // C1 controls
    i += n;
  }
  return true;
}

Result<QueryParams> QueryParams::Parse(std::string_view query, size_t max_bytes) {
  if (query.size() > max_bytes) {
    return Status::InvalidArgument("query string too long: " + std::to_string(query.size()) +
                                   " bytes (at most " + std::to_string(max_bytes) + ")");
  }
  QueryParams params;
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;  // "a=1&&b=2"
    const size_t eq = pair.find('=');
    Result<std::string> name = PercentDecode(pair.substr(0, eq), true);
    if (!name.ok()) return name.status();
    Result<std::string> value = PercentDecode(
        eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
    if (!value.ok()) return value.status();
    if (name->empty() || !IsCleanText(*name)) {
      return Status::InvalidArgument("bad parameter name " + Quote(*name));
    }
    if (!IsCleanText(*value)) {
      return Status::InvalidArgument("bad value for '" + *name +
                                     "': not UTF-8 text (or holds control characters)");
    }
    for (const auto& [seen, unused] : params.items_) {
      if (seen == *name) return Status::InvalidArgument("parameter '" + *name + "' given twice");
    }
    params.items_.emplace_back(std::move(*name), std::move(*value));
  }
  return params;
}

const std::string& QueryParams::Get(std::string_view name) const {
  static const std::string kEmpty;
  for (const auto& [key, value] : items_) {
    if (key == name) return value;
  }
  return kEmpty;
}

Status QueryParams::OnlyThese(std::initializer_list<std::string_view> allowed) const {
  for (const auto& [key, unused] : items_) {
    bool known = false;
    for (std::string_view a : allowed) known = known || a == key;
    if (known) continue;
    std::string list;
    for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return Status::InvalidArgument("unknown parameter " + Quote(key) + " (expected " +
                                   (list.empty() ? std::string("none") : list) + ")");
  }
  return Status::Ok();
}

Result<int64_t> QueryParams::GetInt(std::string_view name, int64_t fallback, int64_t lo,
                                    int64_t hi) const {
  const std::string& s = Get(name);
  if (s.empty()) return fallback;
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi) {
    return Status::InvalidArgument("bad value for '" + std::string(name) + "': " + Quote(s) +
                                   " (expected a whole number from " + std::to_string(lo) +
                                   " to " + std::to_string(hi) + ")");
  }
  return v;
}

Result<bool> QueryParams::GetBool(std::string_view name) const {
  const std::string& s = Get(name);
  if (s.empty() || s == "0" || s == "false") return false;
  if (s == "1" || s == "true") return true;
  return Status::InvalidArgument("bad value for '" + std::string(name) + "': " + Quote(s) +
                                 " (expected 1, 0, true or false)");
}

}  // namespace tally::serve
