#include "src/resolve/periods.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace tally::resolve {
namespace {

std::string Codebook() { return std::string(TALLY_SOURCE_DIR) + "/codebook"; }

const PeriodLexicon& Lexicon() {
  static const PeriodLexicon* lex = [] {
    Result<extract::NumberLexicon> numbers =
        extract::NumberLexicon::LoadDir(Codebook() + "/numbers");
    EXPECT_TRUE(numbers.ok()) << numbers.status().ToString();
    auto shared = std::make_shared<const extract::NumberLexicon>(
        numbers.ok() ? std::move(*numbers) : extract::NumberLexicon());
    Result<PeriodLexicon> r = PeriodLexicon::LoadDir(Codebook() + "/periods", shared);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new PeriodLexicon(r.ok() ? std::move(*r) : PeriodLexicon());
  }();
  return *lex;
}

// `marked` holds the figure in [[ ]]; the brackets are cut out and the
// figure's span passed on.
Period Find(const std::string& marked, const std::string& lang,
            const std::string& published, const PeriodOptions& options = {}) {
  const size_t open = marked.find("[[");
  const size_t close = marked.find("]]");
  EXPECT_NE(open, std::string::npos) << marked;
  EXPECT_NE(close, std::string::npos) << marked;
  if (open == std::string::npos || close == std::string::npos) return {};
  const std::string sentence = marked.substr(0, open) +
                               marked.substr(open + 2, close - open - 2) +
                               marked.substr(close + 2);
  return FindPeriod(sentence, open, close - 2, lang, published, Lexicon(),
                    options);
}

void Expect(const std::string& marked, const std::string& lang,
            const std::string& published, const std::string& from,
            const std::string& to) {
  SCOPED_TRACE(marked);
  const Period p = Find(marked, lang, published);
  EXPECT_EQ(p.from, from);
  EXPECT_EQ(p.to, to);
}

TEST(FindPeriod, ReadsTheSeedArticle) {
  Expect("Moscow has said [[1,351]] servicemen have been killed since the war "
         "was launched on February 24",
         "en", "2022-05-20", "2022-02-24", "2022-05-20");
  Expect("[[more than 1,000]] military personnel from several regions have "
         "refused to go to Ukraine",
         "en", "2022-05-20", "", "2022-05-20");
}

TEST(FindPeriod, WithoutAnyDateKnowsNothing) {
  Expect("[[1,000]] soldiers refused", "en", "", "", "");
  Expect("[[1,000]] soldiers refused last week", "en", "", "", "");
  // A date with its year needs no publication date.
  Expect("[[1,000]] soldiers refused in 2023", "en", "", "2023-01-01",
         "2023-12-31");
  Expect("[[1,000]] soldiers refused since February 24, 2022", "en", "",
         "2022-02-24", "");
}

TEST(FindPeriod, ReadsPublicationDatesInAnyShape) {
  Expect("[[1,000]] soldiers", "en", "2022-05-20T23:10:00+03:00", "",
         "2022-05-20");
  Expect("[[1,000]] soldiers", "en", "Fri, 20 May 2022 10:00:00 GMT", "",
         "2022-05-20");
  Expect("[[1,000]] soldiers", "en", "not a date", "", "");
  Expect("[[1,000]] soldiers", "en", "2022-02-30", "", "");
}

TEST(FindPeriod, YearlessDatesTakeTheLatestYearNotAfterPublication) {
  Expect("[[500]] killed since February 24", "en", "2023-01-10", "2022-02-24",
         "2023-01-10");
  Expect("[[500]] killed since February 24", "en", "2023-02-24", "2023-02-24",
         "2023-02-24");
  Expect("[[500]] killed since February 29", "en", "2023-05-01", "2020-02-29",
         "2023-05-01");
  Expect("[[500]] deserted in October", "en", "2023-10-15", "2023-10-01",
         "2023-10-15");
  Expect("[[500]] deserted in December", "en", "2023-10-15", "2022-12-01",
         "2022-12-31");
}

TEST(FindPeriod, NeverMakesADayThatDoesNotExist) {
  Expect("[[500]] killed since February 30", "en", "2023-05-01", "",
         "2023-05-01");
  Expect("[[500]] killed since 31.04.2022", "en", "2023-05-01", "",
         "2023-05-01");
  Expect("[[500]] killed from February 28 to 31", "en", "2023-05-01", "",
         "2023-05-01");
}

TEST(FindPeriod, PrefersTheNearestExpressionInTheFiguresClause) {
  Expect("In 2022, [[500]] deserted; in 2023, 700 did", "en", "2024-01-10",
         "2022-01-01", "2022-12-31");
  Expect("In 2022, 500 deserted; in 2023, [[700]] did", "en", "2024-01-10",
         "2023-01-01", "2023-12-31");
  Expect("Since February 24, [[1,351]] were killed, and 200 deserted in "
         "October",
         "en", "2022-11-20", "2022-02-24", "2022-11-20");
  Expect("Since February 24, 1,351 were killed, and [[200]] deserted in "
         "October",
         "en", "2022-11-20", "2022-10-01", "2022-10-31");
  // Another clause's expression still serves when the figure's has none.
  Expect("Since February 24, 1,351 were killed, and [[200]] deserted", "en",
         "2022-11-20", "2022-02-24", "2022-11-20");
}

TEST(FindPeriod, NeverReadsTheFigureAsADate) {
  // "October 20" would be a date if "20" were not the figure.
  Expect("In October [[20]] soldiers deserted", "en", "2023-11-01",
         "2023-10-01", "2023-10-31");
  Expect("Between [[2000 and 2100]] soldiers deserted", "en", "2023-11-01", "",
         "2023-11-01");
}

TEST(FindPeriod, IgnoresSpansOutsideTheSentence) {
  const std::string s = "500 killed since February 24";
  const Period p = FindPeriod(s, 1000, 5, "en", "2022-05-20", Lexicon());
  EXPECT_EQ(p.to, "2022-05-20");
  const Period q = FindPeriod(s, 4, 2, "en", "2022-05-20", Lexicon());
  EXPECT_EQ(q.from, "2022-02-24");
  const Period e = FindPeriod("", 0, 0, "en", "2022-05-20", Lexicon());
  EXPECT_EQ(e.from, "");
  EXPECT_EQ(e.to, "2022-05-20");
}

TEST(FindPeriod, ReadsOnlyTheNeighbourhoodOfALongSentence) {
  std::string filler;
  while (filler.size() < 4000) filler += "and the war went on ";
  const std::string marked =
      "since February 24 " + filler + "[[500]] soldiers deserted in October";
  PeriodOptions small;
  small.max_sentence_bytes = 1024;
  // The whole sentence: "in October" is nearer anyway.
  Period p = Find(marked, "en", "2022-11-20");
  EXPECT_EQ(p.from, "2022-10-01");
  const std::string far = "since February 24 " + filler + "[[500]] deserted";
  EXPECT_EQ(Find(far, "en", "2022-11-20").from, "2022-02-24");
  p = Find(far, "en", "2022-11-20", small);
  EXPECT_EQ(p.from, "");
  EXPECT_EQ(p.to, "2022-11-20");
}

TEST(FindPeriod, SurvivesInvalidUtf8AndCutCodePoints) {
  // "za \xD0 500 \xFF\xFE s 24.02.2022" in Cyrillic, with stray bytes.
  std::string s =
      "\xD0\xB7\xD0\xB0 \xD0 500 \xFF\xFE \xD1\x81 24.02.2022 \xE2\x80";
  const Period p = FindPeriod(s, 7, 10, "ru", "2022-05-20", Lexicon());
  EXPECT_EQ(p.from, "2022-02-24");
  PeriodOptions tiny;
  tiny.max_sentence_bytes = 3;
  for (size_t b = 0; b <= s.size(); ++b) {
    const Period q = FindPeriod(s, b, b + 2, "uk", "2022-05-20", Lexicon(), tiny);
    EXPECT_EQ(q.to.size(), 10u);
  }
}

TEST(FindPeriod, IsSafeToCallFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &wrong] {
      for (int i = 0; i < 200; ++i) {
        const Period p = Find("[[500]] deserted over the past six months", "en",
                              "2023-03-14");
        if (p.from != "2022-09-14" || p.to != "2023-03-14") ++wrong[t];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

// Every language's cases live in periods_test_cases.tsv (the sources stay
// ASCII).
TEST(FindPeriod, ReadsTheCaseTable) {
  const std::string path =
      std::string(TALLY_SOURCE_DIR) + "/src/resolve/periods_test_cases.tsv";
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << path;
  std::string line;
  int line_no = 0, cases = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    SCOPED_TRACE("periods_test_cases.tsv:" + std::to_string(line_no));
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, '\t');) f.push_back(field);
    ASSERT_EQ(f.size(), 5u) << line;
    ++cases;
    auto null = [](const std::string& s) { return s == "-" ? std::string() : s; };
    Expect(f[2], f[0], null(f[1]), null(f[3]), null(f[4]));
  }
  EXPECT_GT(cases, 150);
}

// Lexicon loading.

Status Add(const std::string& content) {
  PeriodLexicon lex;
  return lex.AddFile("en", content, "periods/en.tsv");
}

void ExpectCorruption(const std::string& content, const std::string& message) {
  SCOPED_TRACE(content);
  const Status s = Add(content);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), message);
}

TEST(PeriodLexicon, LoadsTheCodebook) {
  EXPECT_GT(Lexicon().size(), 600u);
  EXPECT_NE(Lexicon().numbers(), nullptr);
}

TEST(PeriodLexicon, NamesTheFileAndLineOfABadEntry) {
  ExpectCorruption("# fine\nmonth\tOctober\t10\nmnth\tOctober\t10\n",
                   "periods/en.tsv:3: unknown kind 'mnth'");
  ExpectCorruption("month\tOctober\n",
                   "periods/en.tsv:1: 'month' takes 2 tab-separated fields, not 1");
  ExpectCorruption("month\tOctober\t13\n",
                   "periods/en.tsv:1: bad month '13' (1..12)");
  ExpectCorruption("frame\tsince @\n",
                   "periods/en.tsv:1: 'frame' takes 2 or 3 tab-separated fields, not 1");
  ExpectCorruption("year_word\tyr\textra\n",
                   "periods/en.tsv:1: 'year_word' takes 1 tab-separated fields, not 2");
  ExpectCorruption("month\t\t10\n", "periods/en.tsv:1: empty phrase");
  ExpectCorruption("month\t\xFFoct\t10\n", "periods/en.tsv:1: not UTF-8");
  ExpectCorruption("part\tfirst half of\t6\t1\n",
                   "periods/en.tsv:1: bad months '6' '1' (first <= last, 1..12)");
  ExpectCorruption("unit\tweek\t7x\n",
                   "periods/en.tsv:1: bad length '7x' (a count 1..1000 and d, w, m, y or h)");
  ExpectCorruption("unit\tweek\t0w\n",
                   "periods/en.tsv:1: bad length '0w' (a count 1..1000 and d, w, m, y or h)");
  ExpectCorruption("relday\tyesterday\t0\t-1\n",
                   "periods/en.tsv:1: bad day offsets '0' '-1' (from <= to, -366..366)");
  ExpectCorruption("event\tthe war\t2022-02-30\n",
                   "periods/en.tsv:1: bad date '2022-02-30' (YYYY-MM-DD)");
  ExpectCorruption("event\tthe war\t2022-02-24T00:00\n",
                   "periods/en.tsv:1: bad date '2022-02-24T00:00' (YYYY-MM-DD)");
  ExpectCorruption("month\tOct @\t10\n",
                   "periods/en.tsv:1: '@' and '#' are only for frame templates");
}

TEST(PeriodLexicon, ChecksFrameTemplates) {
  ExpectCorruption("frame\tsince @\tsometime\n",
                   "periods/en.tsv:1: unknown meaning 'sometime' (since, in, "
                   "asof, range, span)");
  ExpectCorruption("frame\t@ ago\tsince\n",
                   "periods/en.tsv:1: a frame starts with a word, not a slot");
  ExpectCorruption("frame\tbetween @ @\trange\n",
                   "periods/en.tsv:1: two slots need words between them");
  ExpectCorruption("frame\tbetween @ and\trange\n",
                   "periods/en.tsv:1: a 'range' frame takes two '@' and no other slot");
  ExpectCorruption("frame\tsince #\tsince\n",
                   "periods/en.tsv:1: a 'since' frame takes one '@' and no other slot");
  ExpectCorruption("frame\tover the past @\tspan\n",
                   "periods/en.tsv:1: a 'span' frame takes one '#' and no other slot");
  ExpectCorruption("frame\tsince @\tsince\tdate,weekday\n",
                   "periods/en.tsv:1: bad anchor kinds 'date,weekday' (date, "
                   "month, year, part, relative, event, edge)");
  EXPECT_TRUE(Add("frame\tsince @\tsince\tdate, month\n").ok());
}

TEST(PeriodLexicon, LoadDirReportsMissingAndBadFiles) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "tally_periods_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Result<PeriodLexicon> none = PeriodLexicon::LoadDir(dir.string());
  EXPECT_EQ(none.status().code(), StatusCode::kNotFound);
  {
    std::ofstream(dir / "en.tsv") << "month\tOctober\t10\n\nfrme\tx\n";
  }
  Result<PeriodLexicon> bad = PeriodLexicon::LoadDir(dir.string());
  EXPECT_EQ(bad.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(bad.status().message(), (dir / "en.tsv").string() +
                                        ":3: unknown kind 'frme'");
  std::filesystem::remove_all(dir);
  EXPECT_EQ(PeriodLexicon::LoadDir(dir.string()).status().code(),
            StatusCode::kNotFound);
}

TEST(PeriodLexicon, WithoutNumbersReadsOnlyDigitCounts) {
  Result<PeriodLexicon> r = PeriodLexicon::LoadDir(Codebook() + "/periods");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const std::string s = "500 deserted over the past six months";
  EXPECT_EQ(FindPeriod(s, 0, 3, "en", "2023-03-14", *r).from, "");
  const std::string d = "500 deserted over the past 6 months";
  EXPECT_EQ(FindPeriod(d, 0, 3, "en", "2023-03-14", *r).from, "2022-09-14");
}

}  // namespace
}  // namespace tally::resolve
