#include "src/text/dates.h"

#include "src/text/ascii.h"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace tally::text {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (n == 0 || n > 9 || pos + n > s.size()) return false;  // fits an int
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool ValidDay(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) {
    return false;
  }
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m != 2 || d <= 28 || leap;
}

bool ValidTime(int h, int mi, int s) {
  return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 60;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string Format(int y, int mo, int d, int h, int mi, int s, bool has_time,
                   std::string_view zone) {
  char buf[40];
  if (!has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h,
                mi, s);
  return std::string(buf) + std::string(zone);
}


// "2024-03-05", "2024-03-05T09:15:03.123+03:00", "2024-03-05 09:15".
std::string FromIso(std::string_view s) {
  int y, mo, d;
  if (!Digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' ||
      !Digits(s, 5, 2, &mo) || s[7] != '-' || !Digits(s, 8, 2, &d) ||
      !ValidDay(y, mo, d)) {
    return "";
  }
  int h = 0, mi = 0, sec = 0;
  if (s.size() < 16 || (s[10] != 'T' && s[10] != ' ') ||
      !Digits(s, 11, 2, &h) || s[13] != ':' || !Digits(s, 14, 2, &mi)) {
    return Format(y, mo, d, 0, 0, 0, false, "");
  }
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':' && Digits(s, pos + 1, 2, &sec)) pos += 3;
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
    ++pos;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
      ++pos;
    }
  }
  std::string zone;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    zone = "Z";
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int zh = 0, zm = 0;
    if (Digits(s, pos + 1, 2, &zh)) {
      size_t p = pos + 3;
      if (p < s.size() && s[p] == ':') ++p;
      Digits(s, p, 2, &zm);
      char buf[8];
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", s[pos], zh, zm);
      zone = buf;
    }
  }
  if (!ValidTime(h, mi, sec)) return Format(y, mo, d, 0, 0, 0, false, "");
  return Format(y, mo, d, h, mi, sec, true, zone);
}

int MonthFromName(std::string_view name) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr",
                                            "may", "jun", "jul", "aug",
                                            "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string lower;
  for (size_t i = 0; i < 3; ++i) {
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
  }
  for (int i = 0; i < 12; ++i) {
    if (lower == kMonths[i]) return i + 1;
  }
  return 0;
}

// "Tue, 05 Mar 2024 09:15:03 GMT", "5 Mar 2024 09:15 +0300".
std::string FromRfc822(std::string_view s) {
  size_t pos = 0;
  const size_t comma = s.find(',');
  if (comma != std::string_view::npos && comma < 12) pos = comma + 1;
  auto skip_space = [&] {
    while (pos < s.size() && s[pos] == ' ') ++pos;
  };
  auto word = [&] {
    skip_space();
    const size_t start = pos;
    while (pos < s.size() && s[pos] != ' ') ++pos;
    return s.substr(start, pos - start);
  };
  const std::string_view day_w = word(), month_w = word(), year_w = word(),
                         time_w = word(), zone_w = word();
  int d = 0, y = 0;
  if (!Digits(day_w, 0, day_w.size(), &d) || day_w.empty() ||
      day_w.size() > 2) {
    return "";
  }
  const int mo = MonthFromName(month_w);
  if (!Digits(year_w, 0, year_w.size(), &y) || mo == 0) return "";
  if (year_w.size() == 2) y += y < 70 ? 2000 : 1900;
  if (!ValidDay(y, mo, d)) return "";
  int h = 0, mi = 0, sec = 0;
  if (!Digits(time_w, 0, 2, &h) || time_w.size() < 5 || time_w[2] != ':' ||
      !Digits(time_w, 3, 2, &mi)) {
    return Format(y, mo, d, 0, 0, 0, false, "");
  }
  if (time_w.size() >= 8 && time_w[5] == ':') Digits(time_w, 6, 2, &sec);
  if (!ValidTime(h, mi, sec)) return Format(y, mo, d, 0, 0, 0, false, "");
  std::string zone;
  if (zone_w == "GMT" || zone_w == "UT" || zone_w == "UTC" || zone_w == "Z") {
    zone = "Z";
  } else if (zone_w.size() == 5 && (zone_w[0] == '+' || zone_w[0] == '-') &&
             IsDigit(zone_w[1]) && IsDigit(zone_w[2]) && IsDigit(zone_w[3]) &&
             IsDigit(zone_w[4])) {
    zone = std::string(zone_w.substr(0, 3)) + ":" + std::string(zone_w.substr(3));
  }
  return Format(y, mo, d, h, mi, sec, true, zone);
}

}  // namespace

std::string ToIsoDate(std::string_view raw) {
  const std::string s(TrimAscii(raw));
  if (s.empty()) return "";
  std::string iso = FromIso(s);
  if (!iso.empty()) return iso;
  int y, mo, d, h, mi, sec;
  // WARC-Date in the old 14-digit form, or a bare 8-digit day.
  if (s.size() == 14 && Digits(s, 0, 4, &y) && Digits(s, 4, 2, &mo) &&
      Digits(s, 6, 2, &d) && Digits(s, 8, 2, &h) && Digits(s, 10, 2, &mi) &&
      Digits(s, 12, 2, &sec) && ValidDay(y, mo, d) && ValidTime(h, mi, sec)) {
    return Format(y, mo, d, h, mi, sec, true, "Z");
  }
  if (s.size() == 8 && Digits(s, 0, 4, &y) && Digits(s, 4, 2, &mo) &&
      Digits(s, 6, 2, &d) && ValidDay(y, mo, d)) {
    return Format(y, mo, d, 0, 0, 0, false, "");
  }
  return FromRfc822(s);
}

std::string IsoFromUnix(int64_t seconds) {
  // 1900-01-01 .. 2200-01-01: anything else is not a publication date.
  if (seconds < -2208988800LL || seconds > 7258118400LL) return "";
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  if (gmtime_r(&t, &tm) == nullptr) return "";
  return Format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                tm.tm_min, tm.tm_sec, true, "Z");
}

}  // namespace tally::text
