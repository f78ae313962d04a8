// Fuzzes date normalisation. ToIsoDate must return "" or exactly
//   ^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?$
// and read its own output back unchanged (a date stored once and read again
// from the store must not move). Input that is an integer also goes to
// IsoFromUnix, as Telegram's date_unixtime does.
#include <cctype>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/text/dates.h"

namespace tally::fuzz {
namespace {

bool DigitsAt(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// The pattern above, by hand: std::regex would dominate the run time.
bool IsIsoShape(std::string_view s) {
  if (!(s.size() >= 10 && DigitsAt(s, 0, 4) && s[4] == '-' &&
        DigitsAt(s, 5, 2) && s[7] == '-' && DigitsAt(s, 8, 2))) {
    return false;
  }
  if (s.size() == 10) return true;
  if (!(s.size() >= 19 && s[10] == 'T' && DigitsAt(s, 11, 2) && s[13] == ':' &&
        DigitsAt(s, 14, 2) && s[16] == ':' && DigitsAt(s, 17, 2))) {
    return false;
  }
  const std::string_view zone = s.substr(19);
  if (zone.empty() || zone == "Z") return true;
  return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') &&
         DigitsAt(zone, 1, 2) && zone[3] == ':' && DigitsAt(zone, 4, 2);
}

bool IsInteger(std::string_view s) {
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  return !s.empty() && s.size() <= 20 && DigitsAt(s, 0, s.size());
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);

  const std::string iso = tally::text::ToIsoDate(raw);
  if (!iso.empty()) {
    Require(tally::fuzz::IsIsoShape(iso),
            "dates: ToIsoDate output not ISO 8601");
    Require(tally::text::ToIsoDate(iso) == iso,
            "dates: ToIsoDate(ToIsoDate(x)) != ToIsoDate(x)");
  }

  if (tally::fuzz::IsInteger(raw)) {
    const std::string digits(raw);
    errno = 0;
    const long long seconds = std::strtoll(digits.c_str(), nullptr, 10);
    if (errno == 0) (void)tally::text::IsoFromUnix(seconds);  // UB check only
  }
  return 0;
}
