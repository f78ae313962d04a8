// Day numbers count from a year that starts on March 1, so the leap day is
// the last day of its year and every month's offset inside the year is a
// linear function of its index: (153 * m + 2) / 5 days before month m
// (m = 0 for March). Years stay >= kMinYear, so all divisions are of
// non-negative numbers and truncate the way the formulas assume.
#include "src/resolve/calendar.h"

#include <cstdio>

namespace tally::resolve {
namespace {

// Days from 0000-03-01 to the March 1 that starts March-based year `y`.
constexpr int64_t YearStart(int64_t y) {
  return 365 * y + y / 4 - y / 100 + y / 400;
}

// Days from 0000-03-01 to `d`.
constexpr int64_t MarchDays(int year, int month, int day) {
  const int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t m = month <= 2 ? month + 9 : month - 3;
  return YearStart(y) + (153 * m + 2) / 5 + (day - 1);
}

constexpr int64_t kEpoch = MarchDays(1970, 1, 1);
constexpr int64_t kFirst = MarchDays(kMinYear, 1, 1) - kEpoch;
constexpr int64_t kLast = MarchDays(kMaxYear, 12, 31) - kEpoch;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int DigitsAt(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

}  // namespace

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValid(const Day& d) {
  return d.year >= kMinYear && d.year <= kMaxYear && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

int64_t DayNumber(const Day& d) {
  return MarchDays(d.year, d.month, d.day) - kEpoch;
}

std::optional<Day> FromDayNumber(int64_t n) {
  if (n < kFirst || n > kLast) return std::nullopt;
  const int64_t z = n + kEpoch;
  // 146097 days make 400 years: a guess at most one year off, then fixed.
  int64_t y = z * 400 / 146097;
  while (YearStart(y + 1) <= z) ++y;
  while (YearStart(y) > z) --y;
  const int64_t day_of_year = z - YearStart(y);  // 0 = March 1
  const int64_t m = (5 * day_of_year + 2) / 153;
  Day d;
  d.day = static_cast<int>(day_of_year - (153 * m + 2) / 5 + 1);
  d.month = static_cast<int>(m < 10 ? m + 3 : m - 9);
  d.year = static_cast<int>(y + (d.month <= 2 ? 1 : 0));
  return d;
}

std::optional<Day> AddDays(const Day& d, int64_t days) {
  if (!IsValid(d) || days > kLast - kFirst || days < kFirst - kLast) {
    return std::nullopt;
  }
  return FromDayNumber(DayNumber(d) + days);
}

std::optional<Day> AddMonths(const Day& d, int64_t months) {
  if (!IsValid(d)) return std::nullopt;
  constexpr int64_t kSpan = int64_t{12} * (kMaxYear - kMinYear + 1);
  if (months > kSpan || months < -kSpan) return std::nullopt;
  const int64_t index = int64_t{d.year} * 12 + (d.month - 1) + months;
  Day out;
  out.year = static_cast<int>(index / 12);
  out.month = static_cast<int>(index % 12) + 1;
  if (out.year < kMinYear || out.year > kMaxYear) return std::nullopt;
  const int last = DaysInMonth(out.year, out.month);
  out.day = d.day < last ? d.day : last;
  return out;
}

int Weekday(const Day& d) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int64_t n = DayNumber(d);
  return static_cast<int>(((n % 7) + 7 + 3) % 7);
}

Day MonthEnd(const Day& d) {
  return {d.year, d.month, DaysInMonth(d.year, d.month)};
}

std::string FormatIso(const Day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<Day> ParseIsoDay(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(text[i])) return std::nullopt;
  }
  // A date-time continues with 'T' or a space; "2022-05-201" is no date.
  if (text.size() > 10 && IsDigit(text[10])) return std::nullopt;
  const Day d{DigitsAt(text, 0, 4), DigitsAt(text, 5, 2), DigitsAt(text, 8, 2)};
  if (!IsValid(d)) return std::nullopt;
  return d;
}

}  // namespace tally::resolve
