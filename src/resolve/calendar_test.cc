#include "src/resolve/calendar.h"

#include <gtest/gtest.h>

namespace tally::resolve {
namespace {

// The naive reference: the next day by counting through months.
Day NextDay(Day d) {
  if (++d.day > DaysInMonth(d.year, d.month)) {
    d.day = 1;
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  return d;
}

TEST(Calendar, KnowsLeapYears) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 4), 30);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
  EXPECT_EQ(DaysInMonth(2023, 0), 0);
}

TEST(Calendar, RejectsDaysThatDoNotExist) {
  EXPECT_TRUE(IsValid({2024, 2, 29}));
  EXPECT_FALSE(IsValid({2023, 2, 29}));
  EXPECT_FALSE(IsValid({2023, 2, 30}));
  EXPECT_FALSE(IsValid({2023, 4, 31}));
  EXPECT_FALSE(IsValid({2023, 0, 1}));
  EXPECT_FALSE(IsValid({2023, 1, 0}));
  EXPECT_FALSE(IsValid({kMinYear - 1, 12, 31}));
  EXPECT_FALSE(IsValid({kMaxYear + 1, 1, 1}));
}

TEST(Calendar, DayNumbersAgreeWithCountingDays) {
  Day d{1890, 1, 1};
  int64_t n = DayNumber(d);
  EXPECT_EQ(DayNumber({1970, 1, 1}), 0);
  for (int i = 0; i < 366 * 250; ++i) {
    const std::optional<Day> back = FromDayNumber(n);
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(*back, d) << FormatIso(d);
    d = NextDay(d);
    ++n;
    ASSERT_EQ(DayNumber(d), n) << FormatIso(d);
  }
}

TEST(Calendar, DayNumbersStayInTheYearRange) {
  EXPECT_TRUE(FromDayNumber(DayNumber({kMinYear, 1, 1})).has_value());
  EXPECT_FALSE(FromDayNumber(DayNumber({kMinYear, 1, 1}) - 1).has_value());
  EXPECT_TRUE(FromDayNumber(DayNumber({kMaxYear, 12, 31})).has_value());
  EXPECT_FALSE(FromDayNumber(DayNumber({kMaxYear, 12, 31}) + 1).has_value());
  EXPECT_FALSE(AddDays({2022, 1, 1}, int64_t{1} << 40).has_value());
  EXPECT_FALSE(AddDays({2022, 1, 1}, -(int64_t{1} << 40)).has_value());
  EXPECT_FALSE(AddDays({2022, 2, 30}, 1).has_value());
}

TEST(Calendar, AddsDays) {
  EXPECT_EQ(AddDays({2022, 5, 20}, -1), (Day{2022, 5, 19}));
  EXPECT_EQ(AddDays({2024, 2, 28}, 1), (Day{2024, 2, 29}));
  EXPECT_EQ(AddDays({2023, 2, 28}, 1), (Day{2023, 3, 1}));
  EXPECT_EQ(AddDays({2023, 1, 1}, -1), (Day{2022, 12, 31}));
}

TEST(Calendar, AddsMonthsClampingTheDay) {
  EXPECT_EQ(AddMonths({2023, 3, 31}, -1), (Day{2023, 2, 28}));
  EXPECT_EQ(AddMonths({2024, 3, 31}, -1), (Day{2024, 2, 29}));
  EXPECT_EQ(AddMonths({2023, 3, 14}, -6), (Day{2022, 9, 14}));
  EXPECT_EQ(AddMonths({2023, 3, 14}, -24), (Day{2021, 3, 14}));
  EXPECT_EQ(AddMonths({2023, 11, 30}, 3), (Day{2024, 2, 29}));
  EXPECT_FALSE(AddMonths({2023, 1, 1}, int64_t{1} << 40).has_value());
  EXPECT_FALSE(AddMonths({kMinYear, 1, 1}, -1).has_value());
}

TEST(Calendar, KnowsWeekdays) {
  EXPECT_EQ(Weekday({1970, 1, 1}), 3);   // Thursday
  EXPECT_EQ(Weekday({2022, 2, 24}), 3);  // Thursday
  EXPECT_EQ(Weekday({2023, 3, 13}), 0);  // Monday
  EXPECT_EQ(Weekday({2023, 3, 19}), 6);  // Sunday
  EXPECT_EQ(Weekday({1969, 12, 31}), 2);
}

TEST(Calendar, FormatsAndParsesIsoDays) {
  EXPECT_EQ(FormatIso({2022, 2, 4}), "2022-02-04");
  EXPECT_EQ(MonthEnd({2024, 2, 3}), (Day{2024, 2, 29}));
  EXPECT_EQ(ParseIsoDay("2022-05-20"), (Day{2022, 5, 20}));
  EXPECT_EQ(ParseIsoDay("2022-05-20T10:00:00+03:00"), (Day{2022, 5, 20}));
  EXPECT_EQ(ParseIsoDay("2022-05-20 10:00"), (Day{2022, 5, 20}));
  EXPECT_FALSE(ParseIsoDay("2022-02-30").has_value());
  EXPECT_FALSE(ParseIsoDay("2022-5-20").has_value());
  EXPECT_FALSE(ParseIsoDay("2022-05-201").has_value());
  EXPECT_FALSE(ParseIsoDay("").has_value());
  EXPECT_FALSE(ParseIsoDay("yesterday!").has_value());
}

}  // namespace
}  // namespace tally::resolve
