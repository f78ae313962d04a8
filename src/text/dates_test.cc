#include "src/text/dates.h"

#include <gtest/gtest.h>

namespace tally::text {
namespace {

TEST(ToIsoDate, KeepsIsoDatesAndZones) {
  EXPECT_EQ(ToIsoDate("2024-03-05"), "2024-03-05");
  EXPECT_EQ(ToIsoDate("2024-03-05T08:30:00+00:00"), "2024-03-05T08:30:00+00:00");
  EXPECT_EQ(ToIsoDate("2024-03-05T08:30:00.123Z"), "2024-03-05T08:30:00Z");
  EXPECT_EQ(ToIsoDate(" 2024-03-05 08:30 "), "2024-03-05T08:30:00");
}

TEST(ToIsoDate, ReadsRfc822AsInRss) {
  EXPECT_EQ(ToIsoDate("Tue, 05 Mar 2024 09:15:03 GMT"), "2024-03-05T09:15:03Z");
  EXPECT_EQ(ToIsoDate("5 Mar 2024 09:15 +0300"), "2024-03-05T09:15:00+03:00");
}

TEST(ToIsoDate, ReadsCompactForms) {
  EXPECT_EQ(ToIsoDate("20240305091503"), "2024-03-05T09:15:03Z");
  EXPECT_EQ(ToIsoDate("20240305"), "2024-03-05");
}

TEST(ToIsoDate, RejectsWhatIsNotADate) {
  EXPECT_EQ(ToIsoDate(""), "");
  EXPECT_EQ(ToIsoDate("yesterday"), "");
  EXPECT_EQ(ToIsoDate("2024-13-45"), "");
  EXPECT_EQ(ToIsoDate("1990-09-31"), "");
  EXPECT_EQ(ToIsoDate("2023-02-29"), "");
  EXPECT_EQ(ToIsoDate("2024-02-29"), "2024-02-29");
  EXPECT_EQ(ToIsoDate("Tue, 99 Foo 2024"), "");
  EXPECT_EQ(ToIsoDate("2024030540305"), "");         // found by fuzzing: int overflow
  EXPECT_EQ(ToIsoDate("20240305091072"), "");        // 72 seconds
  EXPECT_EQ(ToIsoDate("Tue, 05 Mar 2024 29:75:03 GMT"), "2024-03-05");
  EXPECT_EQ(ToIsoDate("5 Mar 2024 09:15 +0may"), "2024-03-05T09:15:00");
}

TEST(IsoFromUnix, RefusesAbsurdTimes) {
  EXPECT_EQ(IsoFromUnix(67767987341548800LL), "");
}

TEST(IsoFromUnix, FormatsUtc) {
  EXPECT_EQ(IsoFromUnix(1707642903), "2024-02-11T09:15:03Z");
}

}  // namespace
}  // namespace tally::text
