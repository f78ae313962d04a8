#include "src/export/claim_text.h"

#include <gtest/gtest.h>

namespace tally::exporting {
namespace {

Quantity Q(std::optional<double> lo, std::optional<double> hi, bool lo_open = false,
           bool hi_open = false, bool approx = false, Unit unit = Unit::kPersons) {
  Quantity q;
  q.lo = lo;
  q.hi = hi;
  q.lo_open = lo_open;
  q.hi_open = hi_open;
  q.approx = approx;
  q.unit = unit;
  return q;
}

TEST(CompactInterval, WritesTheContractsIntervals) {
  EXPECT_EQ(CompactInterval(Q(1351, 1351)), "1351");
  EXPECT_EQ(CompactInterval(Q(17300, 17300, false, false, true)), "~17300");
  EXPECT_EQ(CompactInterval(Q(1000, std::nullopt, true)), "(1000, inf)");
  EXPECT_EQ(CompactInterval(Q(7, std::nullopt, false, false, false, Unit::kRegions)),
            "[7, inf) regions");
  EXPECT_EQ(CompactInterval(Q(std::nullopt, 100000)), "(-inf, 100000]");
  EXPECT_EQ(CompactInterval(Q(std::nullopt, 1000, false, true, true)), "~(-inf, 1000)");
  EXPECT_EQ(CompactInterval(Q(20, 40, false, false, false, Unit::kPercent)), "[20, 40]%");
  EXPECT_EQ(CompactInterval(Q(200, 999, false, false, true)), "~[200, 999]");
  EXPECT_EQ(CompactInterval(Q(1.5, 1.5, false, false, false, Unit::kCases)), "1.5 cases");
  EXPECT_EQ(CompactInterval(Q(std::nullopt, std::nullopt)), "(-inf, inf)");
}

TEST(SpeakerLabel, JoinsNameOrgAndStance) {
  EXPECT_EQ(SpeakerLabel(std::nullopt), "-");
  EXPECT_EQ(SpeakerLabel(Speaker{.name = "Pavel Chikov", .org = "Agora",
                                 .stance = "independent"}),
            "Pavel Chikov, Agora (independent)");
  EXPECT_EQ(SpeakerLabel(Speaker{.org = "Ministry of Defence", .stance = "official-RU"}),
            "Ministry of Defence (official-RU)");
  EXPECT_EQ(SpeakerLabel(Speaker{.name = "person-7c2e", .is_private = true}),
            "person-7c2e (private)");
  EXPECT_EQ(SpeakerLabel(Speaker{}), "?");
}

TEST(FigureSnippet, CentresTheFigureAndCutsAtTheNearestSpace) {
  const std::string sentence =
      "Lawyer Pavel Chikov has written on Telegram that more than 1,000 military "
      "personnel and National Guard troops have refused to go to Ukraine";
  // 12 code points either side: "legram that " and " military per", each
  // cut moved to the nearer word boundary ("Telegram" out, "per" in).
  const std::string s = FigureSnippet(sentence, "more than 1,000", 40, "[", "]");
  EXPECT_EQ(s, "...Telegram that [more than 1,000] military...");
}

TEST(FigureSnippet, ShortSentencesStayWhole) {
  EXPECT_EQ(FigureSnippet("Some 12 left.", "12", 60, "<b>", "</b>"), "Some <b>12</b> left.");
  EXPECT_EQ(FigureSnippet("12 left", "12", 60, "[", "]"), "[12] left");
}

TEST(FigureSnippet, GivesUnusedContextToTheOtherSide) {
  const std::string s = FigureSnippet(
      "Over 300 soldiers refused orders in the first week of the offensive near the river",
      "Over 300", 40, "[", "]");
  EXPECT_EQ(s, "[Over 300] soldiers refused orders in the...");
}

TEST(FigureSnippet, WithoutTheFigureShowsTheStart) {
  EXPECT_EQ(FigureSnippet("Nothing here\nat all", "42", 60, "[", "]"), "Nothing here at all");
  // The cut after "thre" moves out to finish the word, the nearer end.
  EXPECT_EQ(FigureSnippet("one two three four five six", "", 12, "[", "]"),
            "one two three...");
}

TEST(FigureSnippet, CountsCodePointsNotBytes) {
  // "... bolee 300 chelovek ..." in Cyrillic: two bytes a letter.
  const std::string word = "\u0441\u043b\u043e\u0432\u043e";  // five letters
  std::string sentence;
  for (int i = 0; i < 10; ++i) sentence += word + " ";
  sentence += "300";
  for (int i = 0; i < 10; ++i) sentence += " " + word;
  const std::string s = FigureSnippet(sentence, "300", 21, "[", "]");
  EXPECT_EQ(s, "..." + word + " " + word + " [300] " + word + " " + word + "...");
}

}  // namespace
}  // namespace tally::exporting
