#include "src/extract/figures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <string>

namespace tally::extract {
namespace {

const NumberLexicon& Lexicon() {
  static const NumberLexicon* lex = [] {
    Result<NumberLexicon> r =
        NumberLexicon::LoadDir(std::string(TALLY_SOURCE_DIR) + "/codebook/numbers");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new NumberLexicon(r.ok() ? std::move(*r) : NumberLexicon());
  }();
  return *lex;
}

constexpr double kInf = std::numeric_limits<double>::infinity();

// A figure as the tests write it: its words and interval; lo -inf and hi
// +inf stand for unbounded sides.
struct Want {
  std::string text;
  double lo, hi;
  bool lo_open = false, hi_open = false;
  Qualifier qualifier = Qualifier::kExact;
  bool approx = false;
  Unit unit = Unit::kPersons;
};

std::vector<Figure> Find(const std::string& text, const std::string& lang) {
  Result<std::vector<Figure>> r = FindFigures(text, Lexicon(), lang);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<Figure>();
}

// Expects exactly one figure in `text`, equal to `want`.
void ExpectOne(const std::string& text, const std::string& lang, const Want& want) {
  SCOPED_TRACE(text);
  std::vector<Figure> figures = Find(text, lang);
  ASSERT_EQ(figures.size(), 1u);
  const Figure& f = figures[0];
  const Quantity& q = f.quantity;
  EXPECT_EQ(text.substr(f.begin, f.end - f.begin), want.text);
  EXPECT_EQ(q.lo, want.lo == -kInf ? std::nullopt : std::optional<double>(want.lo));
  EXPECT_EQ(q.hi, want.hi == kInf ? std::nullopt : std::optional<double>(want.hi));
  EXPECT_EQ(q.lo_open, want.lo_open);
  EXPECT_EQ(q.hi_open, want.hi_open);
  EXPECT_EQ(QualifierName(q.qualifier), QualifierName(want.qualifier));
  EXPECT_EQ(q.approx, want.approx);
  EXPECT_EQ(UnitName(q.unit), UnitName(want.unit));
}

void ExpectExact(const std::string& text, const std::string& lang,
                 const std::string& words, double value) {
  ExpectOne(text, lang, {words, value, value});
}

// "(1000,)", "[20,40]", "(,50)": the Recognizers specs' notation.
bool ParseInterval(const std::string& s, Want* want) {
  if (s.size() < 3) return false;
  const size_t comma = s.find(',');
  if (comma == std::string::npos) return false;
  const std::string lo = s.substr(1, comma - 1);
  const std::string hi = s.substr(comma + 1, s.size() - comma - 2);
  want->lo_open = s.front() == '(' && !lo.empty();
  want->hi_open = s.back() == ')' && !hi.empty();
  want->lo = lo.empty() ? -kInf : std::stod(lo);
  want->hi = hi.empty() ? kInf : std::stod(hi);
  return true;
}

void ExpectNone(const std::string& text, const std::string& lang) {
  SCOPED_TRACE(text);
  std::vector<Figure> figures = Find(text, lang);
  for (const Figure& f : figures) {
    ADD_FAILURE() << "unexpected figure: " << text.substr(f.begin, f.end - f.begin);
  }
}

TEST(FindFigures, ReadsEnglishQualifiersAsClaimsMdSays) {
  ExpectOne("more than 1,000 military personnel", "en",
            {"more than 1,000", 1000, kInf, true, false, Qualifier::kMoreThan});
  ExpectOne("from at least seven regions", "en",
            {"at least seven", 7, kInf, false, false, Qualifier::kAtLeast});
  ExpectOne("up to 100,000 troops", "en",
            {"up to 100,000", -kInf, 100000, false, false, Qualifier::kAtMost});
  ExpectOne("fewer than 50 left", "en",
            {"fewer than 50", -kInf, 50, false, true, Qualifier::kLessThan});
  ExpectOne("nearly 1,000 soldiers", "en",
            {"nearly 1,000", -kInf, 1000, false, true, Qualifier::kNearly, true});
  ExpectOne("some 17,300 troops", "en",
            {"some 17,300", 17300, 17300, false, false, Qualifier::kApprox, true});
}

TEST(FindFigures, ReadsEnglishRangesVagueAndZero) {
  ExpectOne("from 20 to 40 percent of the servicemen", "en",
            {"from 20 to 40 percent", 20, 40, false, false, Qualifier::kRange,
             false, Unit::kPercent});
  ExpectOne("20-40% refused", "en",
            {"20-40%", 20, 40, false, false, Qualifier::kRange, false, Unit::kPercent});
  ExpectOne("tens of thousands of troops", "en",
            {"tens of thousands", 20000, 99999, false, false, Qualifier::kVague, true});
  ExpectOne("dozens of soldiers", "en",
            {"dozens", 24, 99, false, false, Qualifier::kVague, true});
  ExpectExact("a dozen soldiers", "en", "a dozen", 12);
  ExpectExact("no one has been prosecuted", "en", "no one", 0);
  ExpectOne("above 1000 and below 1500", "en",
            {"above 1000 and below 1500", 1000, 1500, true, true, Qualifier::kRange});
  ExpectOne("500 or more", "en",
            {"500 or more", 500, kInf, false, false, Qualifier::kAtLeast});
}

TEST(FindFigures, ReadsEnglishDigitStylesAndWords) {
  ExpectExact("Moscow said 1,351 servicemen", "en", "1,351", 1351);
  ExpectExact("1.5 million people", "en", "1.5 million", 1500000);
  ExpectExact("18k troops", "en", "18k", 18000);
  ExpectExact("three thousand nine hundred and sixty five", "en",
              "three thousand nine hundred and sixty five", 3965);
  ExpectExact("Twenty-six people", "en", "Twenty-six", 26);
  ExpectExact("40 days in combat", "en", "40", 40);  // a figure, not a claim
  ExpectExact("40\xE2\x80\xAF" "000 troops", "en", "40\xE2\x80\xAF" "000", 40000);
  ExpectExact("minus five", "en", "minus five", -5);
}

TEST(FindFigures, LeavesOutDatesOrdinalsAndPhones) {
  ExpectNone("when Russia invaded Ukraine on February 24", "en");
  ExpectNone("in 2022", "en");
  ExpectNone("the 136th Guards Motor Rifle Brigade", "en");
  ExpectNone("Military Unit No. 21005", "en");
  ExpectNone("+1-222-2222-2222 is a phone number", "en");
  ExpectNone("at 10:30 on 24.02.2022", "en");
}

TEST(FindFigures, ReadsComparisonSignsOnlyBeforeNumbers) {
  ExpectOne("x>10", "en", {">10", 10, kInf, true, false, Qualifier::kMoreThan});
  ExpectOne("<=  -30", "en", {"<=  -30", -kInf, -30, false, false, Qualifier::kAtMost});
  ExpectExact("=>30", "en", "30", 30);
  ExpectExact("<a>One hundred</a>", "en", "One hundred", 100);
}

TEST(FindFigures, LeavesOutListNumbers) {
  ExpectExact("Intro.\n1. Courts heard 2,000 cases", "en", "2,000", 2000);
  ExpectExact("192.", "en", "192", 192);
}

// One case of a table: lang, text, words (- for none), interval,
// qualifier, approx, unit.
void ExpectCase(const std::vector<std::string>& f) {
  if (f[2] == "-") {
    ExpectNone(f[1], f[0]);
    return;
  }
  Want want;
  want.text = f[2];
  ASSERT_TRUE(ParseInterval(f[3], &want)) << f[3];
  ASSERT_TRUE(ParseQualifierName(f[4], &want.qualifier)) << f[4];
  want.approx = f[5] == "true";
  want.unit = f[6] == "percent" ? Unit::kPercent : Unit::kPersons;
  ExpectOne(f[1], f[0], want);
}

// The TAB-separated rows of a table in src/extract, comments left out;
// each row with its line number.
std::vector<std::pair<int, std::vector<std::string>>> ReadTable(
    const std::string& name) {
  const std::string path = std::string(TALLY_SOURCE_DIR) + "/src/extract/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::vector<std::pair<int, std::vector<std::string>>> rows;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, '\t');) f.push_back(field);
    rows.emplace_back(line_no, std::move(f));
  }
  return rows;
}

// Russian and Ukrainian cases live in figures_test_cases.tsv.
TEST(FindFigures, ReadsTheCaseTable) {
  int cases = 0;
  for (const auto& [line_no, f] : ReadTable("figures_test_cases.tsv")) {
    SCOPED_TRACE("figures_test_cases.tsv:" + std::to_string(line_no));
    ASSERT_EQ(f.size(), 7u);
    ++cases;
    ExpectCase(f);
  }
  EXPECT_GT(cases, 50);
}

// figure_families_cases.tsv: the phrasing families of claims.md's interval
// table (shares, bounding verbs, ranges, composed number words, dashes,
// non-figures), at least 15 phrasings of each in every language, written
// apart from the rules so that they test the family and not one example.
TEST(FindFigures, ReadsEveryPhrasingFamily) {
  std::map<std::string, int> per_family_lang;
  for (const auto& [line_no, f] : ReadTable("figure_families_cases.tsv")) {
    SCOPED_TRACE("figure_families_cases.tsv:" + std::to_string(line_no));
    ASSERT_EQ(f.size(), 8u);
    ++per_family_lang[f[0] + " " + f[1]];
    ExpectCase(std::vector<std::string>(f.begin() + 1, f.end()));
  }
  for (const char* family :
       {"share", "bound", "range", "composed", "dash", "nonfigure"}) {
    for (const char* lang : {"en", "ru", "uk"}) {
      const std::string key = std::string(family) + " " + lang;
      EXPECT_GE(per_family_lang[key], 15) << key;
    }
  }
}

// The share words are also ordinals and parts of time: only a share of
// people is a figure.
TEST(FindFigures, KeepsSharesApartFromOrdinalsAndTime) {
  ExpectNone("for a third time", "en");
  ExpectNone("in the second half of the year", "en");
  ExpectNone("his half-brother", "en");
  ExpectNone("he served half a year", "en");
  ExpectNone("on 1/2/2023", "en");
  ExpectNone("в первой половине года", "ru");
  ExpectNone("у другій половині року", "uk");
  for (const char* text : {"killed 5 in 10 days", "more than 2 in 5"}) {
    SCOPED_TRACE(text);
    std::vector<Figure> figures = Find(text, "en");
    ASSERT_EQ(figures.size(), 2u);  // no ratio: two counts
    EXPECT_EQ(figures[0].quantity.unit, Unit::kPersons);
  }
  ExpectOne("the third battalion lost half of its men", "en",
            {"half", 50, 50, false, false, Qualifier::kExact, false, Unit::kPercent});
  ExpectOne("2000 - 3000 soldiers", "en",
            {"2000 - 3000", 2000, 3000, false, false, Qualifier::kRange});
}

TEST(FindFigures, FindsEveryFigureOnceInOrder) {
  const std::string text =
      "Moscow has said 1,351 servicemen have been killed since February 24; "
      "the Ukrainian military estimates that more than 18,000 were killed.";
  std::vector<Figure> figures = Find(text, "en");
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(text.substr(figures[0].begin, figures[0].end - figures[0].begin), "1,351");
  EXPECT_EQ(text.substr(figures[1].begin, figures[1].end - figures[1].begin),
            "more than 18,000");
}

TEST(FindFigures, RefusesTextOverTheLimit) {
  FigureOptions options;
  options.max_text_bytes = 8;
  Result<std::vector<Figure>> r = FindFigures("more than 1,000", Lexicon(), "en", options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted);
  options = FigureOptions();
  options.max_figures = 1;
  r = FindFigures("1 and 2", Lexicon(), "en", options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted);
}

TEST(FindFigures, SurvivesLongNumberRunsAndJunk) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "one hundred and ";
  text += "\xFF\xFE 1,,,2..3--4 -- -";
  Result<std::vector<Figure>> r = FindFigures(text, Lexicon(), "");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->empty());
}

}  // namespace
}  // namespace tally::extract
