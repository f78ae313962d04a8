#include "src/resolve/military_units.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_util.h"

namespace tally::resolve {
namespace {

using ::tally::testing::ReadFileOrDie;
using ::tally::testing::SourcePath;

const UnitFinder& Codebook() {
  static const UnitFinder* finder = [] {
    Result<UnitFinder> f = UnitFinder::LoadDir(SourcePath("codebook/units"));
    EXPECT_TRUE(f.ok()) << f.status().ToString();
    return new UnitFinder(f.ok() ? std::move(*f) : UnitFinder());
  }();
  return *finder;
}

std::string Describe(std::string_view text, const std::vector<UnitMention>& m) {
  if (m.empty()) return "-";
  std::string out;
  for (const UnitMention& u : m) {
    if (!out.empty()) out += " ; ";
    out += std::string(text.substr(u.begin, u.end - u.begin)) + "=" + u.name;
  }
  return out;
}

TEST(UnitFinder, LoadsTheCodebook) { EXPECT_GT(Codebook().size(), 500u); }

TEST(UnitFinder, FindsTheCasesOfTheCasesFile) {
  const std::string cases =
      ReadFileOrDie(SourcePath("src/resolve/units_test_cases.tsv"));
  size_t pos = 0, line = 0, checked = 0;
  while (pos < cases.size()) {
    size_t eol = cases.find('\n', pos);
    if (eol == std::string::npos) eol = cases.size();
    const std::string row = cases.substr(pos, eol - pos);
    pos = eol + 1;
    ++line;
    if (row.empty() || row[0] == '#') continue;
    const size_t tab1 = row.find('\t');
    const size_t tab2 = row.find('\t', tab1 + 1);
    ASSERT_NE(tab2, std::string::npos) << "cases line " << line;
    const std::string lang = row.substr(0, tab1);
    const std::string text = row.substr(tab1 + 1, tab2 - tab1 - 1);
    const std::string expected = row.substr(tab2 + 1);
    EXPECT_EQ(Describe(text, Codebook().Find(text, lang)), expected)
        << "cases line " << line << ": " << text;
    // Without a language every file's entries apply, and the same units
    // are found (the cases use each language's own words).
    EXPECT_EQ(Describe(text, Codebook().Find(text, "")), expected)
        << "cases line " << line << " (no language): " << text;
    ++checked;
  }
  EXPECT_GT(checked, 30u);
}

TEST(UnitFinder, ReadsOnlyTheLanguageAskedFor) {
  const std::string text = "the 136th Guards Motor Rifle Brigade";
  EXPECT_EQ(Codebook().Find(text, "en").size(), 1u);
  EXPECT_TRUE(Codebook().Find(text, "ru").empty());
  EXPECT_EQ(Codebook().Find(text, "xx").size(), 1u);  // unknown: all
}

TEST(UnitFinder, BoundsAMentionByTokens) {
  UnitOptions options;
  options.max_phrase_tokens = 4;
  Result<UnitFinder> f =
      UnitFinder::LoadDir(SourcePath("codebook/units"), options);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  // "136" "th" "Guards" "Motor" "Rifle" "Brigade": six tokens, over four.
  EXPECT_TRUE(f->Find("the 136th Guards Motor Rifle Brigade", "en").empty());
  EXPECT_EQ(Describe("the 136th Tank Brigade",
                     f->Find("the 136th Tank Brigade", "en")),
            "136th Tank Brigade=136th Tank Brigade");
}

TEST(UnitFinder, WritesTheDesignationPrefixOfTheOptions) {
  UnitOptions options;
  options.designation_prefix = "unit-";
  UnitFinder f(options);
  ASSERT_TRUE(f.AddFile("en",
                        "designation\tmilitary unit\n"
                        "designation_letter\tA\tA\n",
                        "en.tsv")
                  .ok());
  EXPECT_EQ(
      Describe("military unit A1234", f.Find("military unit A1234", "en")),
      "military unit A1234=unit-A1234");
  EXPECT_EQ(Describe("military unit 123", f.Find("military unit 123", "en")),
            "-");
}

TEST(UnitFinder, PicksTheOrdinalFormByGenderAndDigits) {
  UnitFinder f;
  ASSERT_TRUE(f.AddFile("xx",
                        "ordinal_ending\t-x\n"
                        "ordinal_form\tf\t*\t-fa\n"
                        "ordinal_form\tf\t1\t-fb\n"
                        "ordinal_form\tf\t11\t-fc\n"
                        "ordinal_form\t-\t*\t-any\n"
                        "type\tbrig\tf\tbrigs\n"
                        "type\tpolk\tm\n"
                        "adjective\tsepm|sepf|sepn\tsepo\n",
                        "xx.tsv")
                  .ok());
  const std::string text = "5-x brigs, 21-x sepo brig, 111-x brig, 3-x polk";
  EXPECT_EQ(Describe(text, f.Find(text, "xx")),
            "5-x brigs=5-fa brig ; 21-x sepo brig=21-fb sepf brig ; "
            "111-x brig=111-fc brig ; 3-x polk=3-any polk");
}

TEST(UnitFinder, NamesFileAndLineOfABadEntry) {
  UnitFinder f;
  Status s = f.AddFile("en", "# c\ntype\tBrigade\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), "en.tsv:2: 'type' takes 2 or 3 fields, not 1");
  s = f.AddFile("en", "typ\tBrigade\t-\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: unknown kind 'typ'");
  s = f.AddFile("en", "type\tBrigade\tx\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: unknown gender 'x' (m, f, n or -)");
  s = f.AddFile("en", "adjective\ta|b\n", "en.tsv");
  EXPECT_EQ(s.message(),
            "en.tsv:1: an adjective has one nominative or three (m|f|n)");
  s = f.AddFile("en", "ordinal_form\t-\t1x\tst\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: '1x' is neither digits nor *");
  s = f.AddFile("en", "ordinal\tzero\tZeroth\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: bad ordinal value 'zero'");
  s = f.AddFile("en", "name\tWagner Group\tWagner||PMC\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: empty form");
  s = f.AddFile("en", "name\tA\tB\nname\tC\tb\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:2: 'b' is already listed on line 1");
  s = f.AddFile("en", "type\tBrigade\t-\t\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: empty field 4");
  s = f.AddFile("en", "not\t\xC3\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: not UTF-8");
  EXPECT_EQ(f.size(), 0u);
}

TEST(UnitFinder, ReportsAFolderWithoutFiles) {
  ::tally::testing::ScratchDir dir;
  Result<UnitFinder> f = UnitFinder::LoadDir(dir.path());
  EXPECT_EQ(f.status().code(), StatusCode::kNotFound);
}

TEST(UnitFinder, IsLinearOnALongText) {
  std::string text;
  while (text.size() < 2 * (size_t{1} << 20)) {
    text +=
        "The 136th Guards Motor Rifle Brigade and military unit 21005 "
        "lost 1 2 3 4 5 6 7 8 9 10 men.\n";
  }
  std::vector<UnitMention> m = Codebook().Find(text, "en");
  ASSERT_GT(m.size(), 20000u);
  for (const UnitMention& u : m) {
    ASSERT_TRUE(u.name == "136th Guards Motor Rifle Brigade" ||
                u.name == "military unit 21005")
        << u.name;
  }
}

}  // namespace
}  // namespace tally::resolve
