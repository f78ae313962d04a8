#include "src/serve/cursor.h"

#include <charconv>

namespace tally::serve {
namespace {

constexpr char kAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// Longer than any cursor EncodeCursor writes.
constexpr size_t kMaxCursorChars = 96;

int Sextet(char c) {
  for (int i = 0; i < 64; ++i) {
    if (kAlphabet[i] == c) return i;
  }
  return -1;
}

bool IsDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

Status Bad() {
  return Status::InvalidArgument("bad cursor: pass back the 'next' value of the previous page");
}

}  // namespace

std::string EncodeCursor(const Cursor& c) {
  const std::string raw = std::string(1, c.kind) + "|" + std::to_string(c.order) + "|" +
                          c.date + "|" + std::to_string(c.position);
  std::string out;
  uint32_t bits = 0;
  int have = 0;
  for (unsigned char b : raw) {
    bits = (bits << 8) | b;
    have += 8;
    while (have >= 6) {
      have -= 6;
      out += kAlphabet[(bits >> have) & 63];
    }
  }
  if (have > 0) out += kAlphabet[(bits << (6 - have)) & 63];
  return out;
}

Result<Cursor> DecodeCursor(std::string_view text, char kind) {
  if (text.empty() || text.size() > kMaxCursorChars) return Bad();
  std::string raw;
  uint32_t bits = 0;
  int have = 0;
  for (char ch : text) {
    const int v = Sextet(ch);
    if (v < 0) return Bad();
    bits = (bits << 6) | static_cast<uint32_t>(v);
    have += 6;
    if (have >= 8) {
      have -= 8;
      raw += static_cast<char>((bits >> have) & 0xFF);
    }
  }
  // Fields: kind, order, date, position.
  std::string_view rest = raw;
  std::string_view field[4];
  for (int i = 0; i < 3; ++i) {
    const size_t bar = rest.find('|');
    if (bar == std::string_view::npos) return Bad();
    field[i] = rest.substr(0, bar);
    rest.remove_prefix(bar + 1);
  }
  field[3] = rest;
  Cursor c;
  if (field[0].size() != 1 || field[0][0] != kind) return Bad();
  c.kind = kind;
  if (field[1].size() != 1 || field[1][0] < '0' || field[1][0] > '2') return Bad();
  c.order = field[1][0] - '0';
  if (!field[2].empty() && !IsDay(field[2])) return Bad();
  c.date = std::string(field[2]);
  const auto [end, ec] =
      std::from_chars(field[3].data(), field[3].data() + field[3].size(), c.position);
  if (ec != std::errc() || end != field[3].data() + field[3].size() || c.position <= 0) {
    return Bad();
  }
  // One spelling per cursor: what would encode differently was not made here.
  if (EncodeCursor(c) != text) return Bad();
  return c;
}

}  // namespace tally::serve
