// BasisOf on periods as the period reader writes them: each rule of
// basis.h, its edges, and input no reader writes.
#include "src/resolve/basis.h"

#include <gtest/gtest.h>

namespace tally::resolve {
namespace {

Basis Of(const std::string& from, const std::string& to, const std::string& published = "2023-03-14",
         bool names_part = false) {
  return BasisOf(Period{from, to}, names_part, published);
}

TEST(Basis, PlacesOrUnitsMakeASubsetWhateverThePeriod) {
  EXPECT_EQ(Of("2023-03-13", "2023-03-14", "2023-03-14", true), Basis::kSubset);
  EXPECT_EQ(Of("2022-02-24", "2023-03-14", "2023-03-14", true), Basis::kSubset);
  Claim c;
  c.period = {"2022-02-24", "2023-03-14"};
  EXPECT_EQ(BasisOf(c, "2023-03-14"), Basis::kTotal);
  c.units = {"136th Guards Motor Rifle Brigade"};
  EXPECT_EQ(BasisOf(c, "2023-03-14"), Basis::kSubset);
  c.units.clear();
  c.places = {"RU-AMU"};
  EXPECT_EQ(BasisOf(c, "2023-03-14"), Basis::kSubset);
}

TEST(Basis, ShortSpansArePeriodsUpToAQuarterAndALittle) {
  EXPECT_EQ(Of("2023-03-14", "2023-03-14"), Basis::kPeriod);  // today
  EXPECT_EQ(Of("2023-03-13", "2023-03-14"), Basis::kPeriod);  // the past 24 hours
  EXPECT_EQ(Of("2023-03-06", "2023-03-12"), Basis::kPeriod);  // last week
  EXPECT_EQ(Of("2022-10-01", "2022-12-31"), Basis::kPeriod);  // the fourth quarter
  // Up to the report's day: 92 days is a period, 93 a count since then.
  EXPECT_EQ(Of("2022-12-12", "2023-03-14"), Basis::kPeriod);
  EXPECT_EQ(Of("2022-12-11", "2023-03-14"), Basis::kTotal);
}

TEST(Basis, TheYearSoFarAndCalendarYearsArePeriods) {
  EXPECT_EQ(Of("2023-01-01", "2023-03-14"), Basis::kPeriod);
  EXPECT_EQ(Of("2023-01-01", "2023-11-20", "2023-11-20"), Basis::kPeriod);
  EXPECT_EQ(Of("2022-01-01", "2022-12-31"), Basis::kPeriod);
  // Since the start of last year, up to now: a count since a stated start.
  EXPECT_EQ(Of("2022-01-01", "2023-03-14"), Basis::kTotal);
}

TEST(Basis, ASpanThatClosedBeforePublicationIsAPeriod) {
  EXPECT_EQ(Of("2022-07-01", "2022-12-31"), Basis::kPeriod);  // the second half of 2022
  EXPECT_EQ(Of("2022-09-01", "2023-02-28"), Basis::kPeriod);  // between September and February
  // The same span reaching the report's day is a count since September.
  EXPECT_EQ(Of("2022-09-01", "2023-03-14"), Basis::kTotal);
  // A publication date-time is read as its day; an unknown one closes nothing.
  EXPECT_EQ(Of("2022-07-01", "2022-12-31", "2023-03-14T09:15:03+03:00"), Basis::kPeriod);
  EXPECT_EQ(Of("2022-07-01", "2022-12-31", ""), Basis::kTotal);
  EXPECT_EQ(Of("2022-07-01", "2022-12-31", "not a date"), Basis::kTotal);
}

TEST(Basis, CountsFromTheInvasionOrTheMobilisationAreTotalsHoweverShort) {
  EXPECT_EQ(Of("2022-02-24", "2022-05-20", "2022-05-20"), Basis::kTotal);
  EXPECT_EQ(Of("2022-02-24", "2022-03-01", "2022-03-01"), Basis::kTotal);
  EXPECT_EQ(Of("2022-09-21", "2022-11-01", "2022-11-01"), Basis::kTotal);
  // Closed at a day before the report: still the count since the invasion.
  EXPECT_EQ(Of("2022-02-24", "2022-12-31"), Basis::kTotal);
  // The day after is no such start.
  EXPECT_EQ(Of("2022-02-25", "2022-05-20", "2022-05-20"), Basis::kPeriod);
}

TEST(Basis, NoPeriodACutOffOrBadDatesAreTotals) {
  EXPECT_EQ(Of("", ""), Basis::kTotal);
  EXPECT_EQ(Of("", "2023-03-14"), Basis::kTotal);        // as of publication
  EXPECT_EQ(Of("", "2023-03-01"), Basis::kTotal);        // as of March 1
  EXPECT_EQ(Of("2022-02-24", ""), Basis::kTotal);        // no end: nothing to measure
  EXPECT_EQ(Of("2023-03-14", "2023-03-01"), Basis::kTotal);  // ends before it starts
  EXPECT_EQ(Of("2023-02-30", "2023-03-14"), Basis::kTotal);
  EXPECT_EQ(Of("garbage", "\xff\xfe"), Basis::kTotal);
}

TEST(Basis, NamesRoundTrip) {
  for (Basis b : {Basis::kTotal, Basis::kPeriod, Basis::kSubset}) {
    Basis back = Basis::kTotal;
    ASSERT_TRUE(ParseBasisName(BasisName(b), &back)) << BasisName(b);
    EXPECT_EQ(back, b);
  }
  EXPECT_EQ(BasisName(Basis::kPeriod), "period");
  Basis unchanged = Basis::kSubset;
  EXPECT_FALSE(ParseBasisName("Total", &unchanged));
  EXPECT_FALSE(ParseBasisName("", &unchanged));
  EXPECT_EQ(unchanged, Basis::kSubset);
}

}  // namespace
}  // namespace tally::resolve
