#include "src/extract/number_lexicon.h"

#include <gtest/gtest.h>

#include <string>

namespace tally::extract {
namespace {

TEST(NumberLexicon, LoadsTheCodebook) {
  Result<NumberLexicon> lex =
      NumberLexicon::LoadDir(std::string(TALLY_SOURCE_DIR) + "/codebook/numbers");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_GT(lex->size(), 1000u);
  EXPECT_NE(lex->MaskFor("ru"), kAllLangs);
  EXPECT_EQ(lex->MaskFor("xx"), kAllLangs);
}

TEST(NumberLexicon, MatchesTheLongestPhraseOfAKind) {
  NumberLexicon lex;
  ASSERT_TRUE(lex.AddFile("en",
                          "qualifier\tless than\tless_than\n"
                          "qualifier\tless than or equal to\tat_most\n"
                          "suffix\tM\t1000000\n",
                          "en.tsv")
                  .ok());
  TokenList t;
  const std::string text = "less than or equal to 5 M m";
  ASSERT_TRUE(Tokenize(text, 100, &t).ok());
  Match m = lex.Longest(t, text, 0, EntryKind::kQualifier, kAllLangs);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.end, 5u);
  EXPECT_EQ(m.entry->qualifier, Qualifier::kAtMost);
  EXPECT_TRUE(lex.Longest(t, text, 6, EntryKind::kSuffix, kAllLangs));
  EXPECT_FALSE(lex.Longest(t, text, 7, EntryKind::kSuffix, kAllLangs));  // case
  EXPECT_FALSE(lex.Longest(t, text, 0, EntryKind::kQualifier, lex.MaskFor("en") << 1));
}

TEST(NumberLexicon, NamesFileAndLineOfABadEntry) {
  NumberLexicon lex;
  Status s = lex.AddFile("en", "# comment\n\nnumber\tseven\tseven\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), "en.tsv:3: bad value 'seven'");
  s = lex.AddFile("en", "numbr\tseven\t7\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), "en.tsv:1: unknown kind 'numbr'");
  s = lex.AddFile("en", "range\tfrom # to\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  s = lex.AddFile("en", "qualifier\tover\tmore\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  s = lex.AddFile("en", "vague\tdozens\t99\t24\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  s = lex.AddFile("en", "zero\tnone\textra\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  s = lex.AddFile("en", "zero\t\xFF\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  s = lex.AddFile("en", "share\thalf\t150\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: a share is a percentage above 0, not '150'");
  s = lex.AddFile("en", "fraction\tthirds\t2.5\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: a denominator is a whole number from 2, not '2.5'");
  s = lex.AddFile("en", "and_fraction\tand a half\t1\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  s = lex.AddFile("en", "ratio\tone in #\n", "en.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  s = lex.AddFile("en", "ratio\t# in # cases\n", "en.tsv");
  EXPECT_EQ(s.message(), "en.tsv:1: a ratio starts and ends with '#'");
}

TEST(NumberLexicon, ReportsAMissingFolder) {
  Result<NumberLexicon> lex = NumberLexicon::LoadDir("/nonexistent/numbers");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace tally::extract
