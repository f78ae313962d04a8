#include "src/resolve/gazetteer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "src/resolve/text_lines.h"
#include "tests/test_util.h"

namespace tally::resolve {
namespace {

using ::tally::testing::ReadFileOrDie;
using ::tally::testing::SourcePath;

const Gazetteer& Codebook() {
  static const Gazetteer* gazetteer = [] {
    Result<Gazetteer> g = Gazetteer::Load(SourcePath("codebook/places.tsv"));
    EXPECT_TRUE(g.ok()) << g.status().ToString();
    return new Gazetteer(g.ok() ? std::move(*g) : Gazetteer());
  }();
  return *gazetteer;
}

// "span=code ; span=code", the form the cases file uses.
std::string Describe(std::string_view text,
                     const std::vector<PlaceMention>& m) {
  if (m.empty()) return "-";
  std::string out;
  for (const PlaceMention& p : m) {
    if (!out.empty()) out += " ; ";
    out += std::string(text.substr(p.begin, p.end - p.begin)) + "=" + p.code;
  }
  return out;
}

TEST(Gazetteer, LoadsTheCodebook) { EXPECT_GT(Codebook().size(), 5000u); }

TEST(Gazetteer, FindsTheCasesOfTheCasesFile) {
  const std::string cases =
      ReadFileOrDie(SourcePath("src/resolve/gazetteer_test_cases.tsv"));
  size_t pos = 0, line = 0, checked = 0;
  while (pos < cases.size()) {
    size_t eol = cases.find('\n', pos);
    if (eol == std::string::npos) eol = cases.size();
    const std::string row = cases.substr(pos, eol - pos);
    pos = eol + 1;
    ++line;
    if (row.empty() || row[0] == '#') continue;
    const size_t tab = row.find('\t');
    ASSERT_NE(tab, std::string::npos) << "cases line " << line;
    const std::string text = row.substr(0, tab);
    EXPECT_EQ(Describe(text, Codebook().Find(text)), row.substr(tab + 1))
        << "cases line " << line << ": " << text;
    ++checked;
  }
  EXPECT_GT(checked, 30u);
}

TEST(Gazetteer, GivesACitysRegion) {
  const std::string text = "Drones hit Belgorod and Kursk Oblast.";
  std::vector<PlaceMention> m = Codebook().Find(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].code, "city:belgorod");
  EXPECT_EQ(m[0].region, "RU-BEL");
  EXPECT_EQ(text.substr(m[0].begin, m[0].end - m[0].begin), "Belgorod");
  EXPECT_EQ(m[1].code, "RU-KRS");
  EXPECT_EQ(m[1].region, "RU-KRS");
}

TEST(Gazetteer, PrefersTheLongestForm) {
  Gazetteer g;
  ASSERT_TRUE(g.AddFile("XX-A\tregion\t-\ten\tNova\n"
                        "city:nova-kakh\tcity\tXX-A\ten\tNova Kakh\n",
                        "t.tsv")
                  .ok());
  std::vector<PlaceMention> m = g.Find("Nova Kakh and Nova");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].code, "city:nova-kakh");
  EXPECT_EQ(m[0].end, 9u);
  EXPECT_EQ(m[1].code, "XX-A");
  EXPECT_EQ(g.size(), 2u);
}

TEST(Gazetteer, TakesCapitalsOnlyWhenUnambiguous) {
  Gazetteer g;
  ASSERT_TRUE(g.AddFile("XX-A\tregion\t-\ten\tMirny Krai\n"
                        "XX-B\tregion\t-\ten\tRivne Land\n"
                        "XX-C\tregion\t-\ten\trivne land\n",
                        "t.tsv")
                  .ok());
  EXPECT_EQ(Describe("MIRNY KRAI", g.Find("MIRNY KRAI")), "MIRNY KRAI=XX-A");
  EXPECT_EQ(Describe("mirny krai", g.Find("mirny krai")), "-");
  EXPECT_EQ(Describe("Mirny KRAI", g.Find("Mirny KRAI")), "-");
  // Rivne Land and rivne land read alike in capitals: neither is taken.
  EXPECT_EQ(Describe("RIVNE LAND", g.Find("RIVNE LAND")), "-");
  EXPECT_EQ(Describe("Rivne Land", g.Find("Rivne Land")), "Rivne Land=XX-B");
  EXPECT_EQ(Describe("so rivne land", g.Find("so rivne land")),
            "rivne land=XX-C");
}

TEST(Gazetteer, CapitalisesASmallFormAtASentenceStart) {
  Gazetteer g;
  ASSERT_TRUE(
      g.AddFile("city:ufa\tcity\tXX-A\ten\tcity of Ufa\n", "t.tsv").ok());
  const std::string text = "City of Ufa. \"City of Ufa\" and City of Ufa";
  std::vector<PlaceMention> m = g.Find(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].begin, 0u);
  EXPECT_EQ(m[1].begin, 14u);
}

TEST(Gazetteer, MatchesWholeTokensAndTheirSpacing) {
  Gazetteer g;
  ASSERT_TRUE(
      g.AddFile("XX-A\tregion\t-\ten\tIvano-Frankivsk|Kursk\n", "t.tsv").ok());
  EXPECT_EQ(Describe("Kurskaya", g.Find("Kurskaya")), "-");
  EXPECT_EQ(Describe("Ivano - Frankivsk", g.Find("Ivano - Frankivsk")), "-");
  EXPECT_EQ(Describe("Ivano-Frankivsk", g.Find("Ivano-Frankivsk")),
            "Ivano-Frankivsk=XX-A");
  // The head of an unlisted hyphenated name is not taken.
  EXPECT_EQ(Describe("Kursk-Ostrov", g.Find("Kursk-Ostrov")), "-");
  EXPECT_EQ(Describe("Novo-Kursk", g.Find("Novo-Kursk")), "-");
  EXPECT_EQ(Describe("Kursk-based", g.Find("Kursk-based")), "Kursk=XX-A");
  EXPECT_EQ(Describe("Kursk-Kursk", g.Find("Kursk-Kursk")),
            "Kursk=XX-A ; Kursk=XX-A");
  EXPECT_EQ(Describe("https://kursk.example/Kursk",
                     g.Find("https://kursk.example/Kursk")),
            "-");
}

TEST(Gazetteer, NamesFileAndLineOfABadRecord) {
  Gazetteer g;
  Status s = g.AddFile("# header\nXX-A\tregion\t-\ten\n", "p.tsv");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(),
            "p.tsv:2: 4 tab-separated fields, expected 5 (code kind parent "
            "lang forms)");
  s = g.AddFile("XX-A\tcountry\t-\ten\tXland\n", "p.tsv");
  EXPECT_EQ(s.message(), "p.tsv:1: unknown kind 'country' (region or city)");
  s = g.AddFile("city:x\tcity\t-\ten\tXtown\n", "p.tsv");
  EXPECT_EQ(s.message(), "p.tsv:1: a city needs its region as parent");
  s = g.AddFile("XX-A\tregion\tXX-B\ten\tXland\n", "p.tsv");
  EXPECT_EQ(s.message(), "p.tsv:1: a region's parent must be '-'");
  s = g.AddFile("XX-A\tregion\t-\ten\tXland||Yland\n", "p.tsv");
  EXPECT_EQ(s.message(), "p.tsv:1: empty form");
  s = g.AddFile("XX-A\tregion\t-\ten\tXland\nXX-B\tregion\t-\tru\tXland\n",
                "p.tsv");
  EXPECT_EQ(s.message(), "p.tsv:2: form 'Xland' is already listed under XX-A");
  s = g.AddFile("XX-A\tregion\t-\ten\t\xFF\n", "p.tsv");
  EXPECT_EQ(s.message(), "p.tsv:1: not UTF-8");
  s = g.AddFile(
      "city:x\tcity\tXX-A\ten\tXtown\ncity:x\tcity\tXX-B\tru\tYtown\n",
      "p.tsv");
  EXPECT_EQ(s.message(),
            "p.tsv:2: city:x has another parent on an earlier line");
  // Nothing of the failed files was kept.
  EXPECT_EQ(g.size(), 0u);
  EXPECT_TRUE(g.Find("Xland").empty());
}

TEST(Gazetteer, KeepsTheSameFormInTwoLanguagesOnce) {
  Gazetteer g;
  ASSERT_TRUE(g.AddFile("city:t\tcity\tXX-A\tru\tTambov\n"
                        "city:t\tcity\tXX-A\tuk\tTambov|Tambovi\n",
                        "t.tsv")
                  .ok());
  EXPECT_EQ(g.size(), 2u);
  EXPECT_EQ(g.Find("Tambov").size(), 1u);
}

TEST(Gazetteer, ReportsAMissingFile) {
  Result<Gazetteer> g = Gazetteer::Load("/nonexistent/places.tsv");
  EXPECT_EQ(g.status().code(), StatusCode::kNotFound);
}

TEST(Gazetteer, FindsAcrossPiecesOfALongText) {
  // Several megabytes: the text is matched in pieces, and a mention on
  // each side of a piece boundary is found with its offset in the whole.
  std::string text;
  while (text.size() < 3 * (size_t{1} << 20)) {
    text += "Fighting went on in the Kharkiv region and near Kherson.\n";
  }
  std::vector<PlaceMention> m = Codebook().Find(text);
  ASSERT_EQ(m.size() % 2, 0u);
  ASSERT_GT(m.size(), 100000u);
  for (const PlaceMention& p : m) {
    const std::string_view span(text.data() + p.begin, p.end - p.begin);
    ASSERT_TRUE(span == "Kharkiv region" || span == "Kherson") << span;
  }
}

// The slow, obviously correct reference: every form of the file compared
// at every token, the longest exact match taken.
struct NaiveForm {
  std::vector<std::string> raw;
  std::vector<bool> glued;
  std::string code;
};

std::vector<NaiveForm> NaiveForms(const std::string& content) {
  std::vector<NaiveForm> forms;
  extract::TokenList t;
  Status s = ForEachRecord(content, "places.tsv", [&](size_t, const Fields& f) {
    std::vector<std::string_view> parts;
    EXPECT_TRUE(SplitBars(f[4], &parts));
    for (std::string_view form : parts) {
      EXPECT_TRUE(extract::Tokenize(form, 100, &t).ok());
      NaiveForm n;
      n.code = std::string(f[0]);
      for (size_t k = 0; k < t.size(); ++k) {
        n.raw.emplace_back(form.substr(t[k].begin, t[k].end - t[k].begin));
        n.glued.push_back(k > 0 && t[k].glued);
      }
      forms.push_back(std::move(n));
    }
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return forms;
}

std::string NaiveFind(const std::vector<NaiveForm>& forms,
                      std::string_view text) {
  extract::TokenList t;
  EXPECT_TRUE(extract::Tokenize(text, text.size() + 1, &t).ok());
  std::string out;
  for (size_t i = 0; i < t.size();) {
    const NaiveForm* best = nullptr;
    for (const NaiveForm& f : forms) {
      if (i + f.raw.size() > t.size() ||
          (best && best->raw.size() >= f.raw.size())) {
        continue;
      }
      bool match = true;
      for (size_t k = 0; k < f.raw.size() && match; ++k) {
        match = text.substr(t[i + k].begin, t[i + k].end - t[i + k].begin) ==
                    f.raw[k] &&
                (k == 0 || t[i + k].glued == f.glued[k]);
      }
      if (match) best = &f;
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    const size_t end = i + best->raw.size();
    if (!out.empty()) out += " ; ";
    out += std::string(text.substr(t[i].begin, t[end - 1].end - t[i].begin)) +
           "=" + best->code;
    i = end;
  }
  return out.empty() ? "-" : out;
}

TEST(Gazetteer, AgreesWithANaiveScan) {
  const std::vector<NaiveForm> forms =
      NaiveForms(ReadFileOrDie(SourcePath("codebook/places.tsv")));
  ASSERT_GT(forms.size(), 5000u);
  // Texts of exact forms among filler words: no capitals, sentence starts
  // or hyphenated names, so the case and hyphen rules do not apply.
  const std::vector<std::string> filler = {"and", "near",   "the",  "of", ",",
                                           "v",   "region", "city", "(",  ")"};
  std::mt19937 rng(20240601);
  for (int round = 0; round < 20; ++round) {
    std::string text;
    for (int piece = 0; piece < 200; ++piece) {
      if (rng() % 2 == 0) {
        const NaiveForm& f = forms[rng() % forms.size()];
        for (size_t k = 0; k < f.raw.size(); ++k) {
          if (k > 0 && !f.glued[k]) text += ' ';
          text += f.raw[k];
        }
      } else {
        text += filler[rng() % filler.size()];
      }
      text += ' ';
    }
    ASSERT_EQ(Describe(text, Codebook().Find(text)), NaiveFind(forms, text))
        << "round " << round;
  }
}

}  // namespace
}  // namespace tally::resolve
