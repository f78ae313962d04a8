// Calendar arithmetic on civil days (proleptic Gregorian, no time zones):
// validity, day numbers, adding days and months, weekdays and ISO text.
// The period resolver works in whole days, so this is all it needs.
//
//   std::optional<Day> d = ParseIsoDay("2022-05-20T10:00:00Z");  // 2022-05-20
//   Day week_ago = AddDays(*d, -7);                               // 2022-05-13
//   std::string s = FormatIso(AddMonths(*d, -3));                 // "2022-02-20"
//
// Every function accepts any Day; those that build a day from others keep
// the result inside kMinYear..kMaxYear, or say that they could not.
#ifndef TALLY_SRC_RESOLVE_CALENDAR_H_
#define TALLY_SRC_RESOLVE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tally::resolve {

// Years a resolved date may fall in. Wider than any publication date, and
// narrow enough that no arithmetic below can overflow.
inline constexpr int kMinYear = 1000;
inline constexpr int kMaxYear = 2999;

struct Day {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..DaysInMonth

  friend bool operator==(const Day&, const Day&) = default;
  friend auto operator<=>(const Day&, const Day&) = default;
};

bool IsLeapYear(int year);

// 28..31 for months 1..12; 0 for any other month.
int DaysInMonth(int year, int month);

// True when `d` names a real day in kMinYear..kMaxYear.
bool IsValid(const Day& d);

// Days since 1970-01-01 (negative before). `d` must be valid.
int64_t DayNumber(const Day& d);

// The day with that number; nullopt outside kMinYear..kMaxYear.
std::optional<Day> FromDayNumber(int64_t n);

// `d` moved by `days`; nullopt when `d` is invalid or the result leaves the
// year range.
std::optional<Day> AddDays(const Day& d, int64_t days);

// `d` moved by `months` calendar months, the day clamped to the month's
// length (2023-03-31 minus one month is 2023-02-28); nullopt as AddDays.
std::optional<Day> AddMonths(const Day& d, int64_t months);

// 0 = Monday .. 6 = Sunday. `d` must be valid.
int Weekday(const Day& d);

// The last day of d's month.
Day MonthEnd(const Day& d);

// "YYYY-MM-DD". `d` must be valid.
std::string FormatIso(const Day& d);

// The day of an ISO date or date-time ("2022-05-20", "2022-05-20T10:00Z"):
// the first ten characters, as written (no time-zone shift). Publication
// dates in other shapes are first normalised with text::ToIsoDate. Returns
// nullopt for anything that is not a valid day.
std::optional<Day> ParseIsoDay(std::string_view text);

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_CALENDAR_H_
