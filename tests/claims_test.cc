// Claim extraction end to end: the seed story of ../shared (when present)
// and our own copy of its shape give exactly the seven claims of the
// contract's table; private people appear only as pseudonyms; the
// development gold set meets its targets; tables of phrasings in three
// languages read as written and with the basis they say; spans point at
// their figures.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

#include "src/eval/claim_eval.h"
#include "src/export/claim_format.h"
#include "src/ingest/processor.h"
#include "src/resolve/basis.h"
#include "src/resolve/claim_builder.h"
#include "src/resolve/pseudonym.h"
#include "src/text/normalize.h"
#include "tests/test_util.h"

namespace tally {
namespace {

const resolve::ClaimCodebook& Codebook() {
  static const resolve::ClaimCodebook* book = [] {
    Result<std::unique_ptr<resolve::ClaimCodebook>> b =
        resolve::ClaimCodebook::Load(testing::SourcePath("codebook"));
    EXPECT_TRUE(b.ok()) << b.status().ToString();
    return b.ok() ? b->release() : new resolve::ClaimCodebook();
  }();
  return *book;
}

const resolve::Pseudonymizer& Keys() {
  static const resolve::Pseudonymizer* keys = [] {
    Result<resolve::Pseudonymizer> k = resolve::Pseudonymizer::FromKeyHex(std::string(64, 'a'));
    EXPECT_TRUE(k.ok());
    return new resolve::Pseudonymizer(std::move(*k));
  }();
  return *keys;
}

resolve::ClaimOptions Options() {
  resolve::ClaimOptions o;
  o.pseudonym = [](std::string_view name) { return Keys().Pseudonym(name); };
  return o;
}

// The documents in `path`, read and processed as ingest does.
std::vector<Document> Documents(const std::string& path) {
  testing::CollectingSink sink;
  Status s = testing::ReadPath(path, &sink);
  EXPECT_TRUE(s.ok()) << s.ToString();
  ingest::ProcessOptions options;
  options.main_text.boilerplate_phrases = testing::BoilerplatePhrases();
  std::vector<Document> docs;
  for (RawItem& item : sink.items) {
    Result<Document> doc = ingest::Process(std::move(item), options);
    if (doc.ok()) docs.push_back(std::move(*doc));
  }
  return docs;
}

resolve::DocumentClaims ExtractOne(const std::string& path) {
  std::vector<Document> docs = Documents(path);
  EXPECT_EQ(docs.size(), 1u) << path;
  if (docs.empty()) return {};
  Result<resolve::DocumentClaims> out = resolve::ExtractClaims(docs[0], Codebook(), Options());
  EXPECT_TRUE(out.ok()) << out.status().ToString();
  return out.ok() ? std::move(*out) : resolve::DocumentClaims();
}

Result<resolve::DocumentClaims> ExtractText(const std::string& text, const std::string& lang,
                                            const std::string& published = "") {
  Document doc;
  doc.text = text;
  doc.lang = lang;
  doc.meta.published = published;
  doc.id = DocumentId(text);
  return resolve::ExtractClaims(doc, Codebook(), Options());
}

// The TAB-separated fields of a case table's line.
std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> f;
  size_t start = 0;
  for (size_t tab = line.find('\t');; tab = line.find('\t', start)) {
    f.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return f;
}

// The claim whose words are `words`, or null.
const Claim* FindClaim(const resolve::DocumentClaims& out, const std::string& words) {
  const Claim* found = nullptr;
  for (const Claim& c : out.claims) {
    if (c.text == words) found = &c;
  }
  return found;
}

// What the contract's table says of one claim.
struct Want {
  std::string text;
  std::optional<double> lo, hi;
  bool lo_open = false, hi_open = false;
  std::string unit, category, side, speaker, org, stance, hedge, channel;
  bool is_private = false;
};

void ExpectClaim(const Claim& c, const Want& w) {
  SCOPED_TRACE(w.text);
  EXPECT_NE(text::FoldCase(w.text).find(text::FoldCase(c.text)), std::string::npos) << c.text;
  EXPECT_EQ(c.quantity.lo, w.lo);
  EXPECT_EQ(c.quantity.hi, w.hi);
  EXPECT_EQ(c.quantity.lo_open, w.lo_open);
  EXPECT_EQ(c.quantity.hi_open, w.hi_open);
  EXPECT_EQ(UnitName(c.quantity.unit), w.unit);
  EXPECT_EQ(c.category, w.category);
  EXPECT_EQ(c.side, w.side);
  EXPECT_EQ(c.hedge, w.hedge);
  EXPECT_EQ(c.channel, w.channel);
  ASSERT_TRUE(c.speaker.has_value());
  EXPECT_EQ(c.speaker->is_private, w.is_private);
  if (w.is_private) {
    EXPECT_EQ(c.speaker->name.rfind("person-", 0), 0u) << c.speaker->name;
    EXPECT_EQ(c.speaker->stance, "");
    return;
  }
  EXPECT_NE(text::FoldCase(c.speaker->name).find(text::FoldCase(w.speaker)), std::string::npos)
      << c.speaker->name;
  EXPECT_EQ(c.speaker->org, w.org);
  EXPECT_EQ(c.speaker->stance, w.stance);
}

// No private name appears as a word in `s`, except inside `allowed`.
void ExpectNoName(const std::string& s, const std::vector<std::string>& names,
                  const std::string& allowed = "") {
  std::string rest = s;
  if (!allowed.empty()) {
    for (size_t at = rest.find(allowed); at != std::string::npos; at = rest.find(allowed, at)) {
      rest.replace(at, allowed.size(), "#");
    }
  }
  for (const std::string& name : names) {
    EXPECT_EQ(rest.find(name), std::string::npos) << "'" << name << "' printed in: " << s.substr(0, 200);
  }
}

void ExpectNoNameAnywhere(const resolve::DocumentClaims& out, const std::vector<std::string>& names,
                          const std::string& allowed = "") {
  ExpectNoName(out.text, names, allowed);
  for (const Claim& c : out.claims) {
    store::ClaimRow row;
    row.claim = c;
    ExpectNoName(exporting::ClaimJson(row), names, allowed);
  }
}

TEST(ClaimsSeed, SevenClaimsAsTheContractTable) {
  const std::string seed = std::string(TALLY_SOURCE_DIR) + "/../shared/seed/refusals-article.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "no ../shared/seed";
  const resolve::DocumentClaims out = ExtractOne(seed);
  ASSERT_EQ(out.claims.size(), 7u);
  const std::vector<Want> want = {
      {"five other soldiers", 5, 5, false, false, "persons", "desertion", "RU", "", "", "", "", "", true},
      {"more than 1,000", 1000, std::nullopt, true, false, "persons", "refusal", "RU", "Pavel Chikov",
       "Agora", "independent", "", "Telegram"},
      {"at least seven", 7, std::nullopt, false, false, "regions", "refusal", "RU", "Pavel Chikov",
       "Agora", "independent", "", "Telegram"},
      {"from 20 to 40 percent", 20, 40, false, false, "percent", "refusal", "RU", "Ruslan Leviyev",
       "Conflict Intelligence Team", "independent", "estimate", ""},
      {"no one", 0, 0, false, false, "persons", "prosecution", "RU", "Ruslan Leviyev",
       "Conflict Intelligence Team", "independent", "", ""},
      {"1,351", 1351, 1351, false, false, "persons", "killed", "RU", "Moscow", "", "official-RU", "", ""},
      {"more than 18,000", 18000, std::nullopt, true, false, "persons", "killed", "RU",
       "Ukrainian military", "", "official-UA", "estimate", ""},
  };
  for (size_t i = 0; i < want.size(); ++i) ExpectClaim(out.claims[i], want[i]);
  // The soldier's mother and the soldier (Yelena, Pavlik, Pavel) are
  // private; "Pavel Chikov", a lawyer, is not.
  ExpectNoNameAnywhere(out, {"Yelena", "Pavlik", "Pavel"}, "Pavel Chikov");
}

std::string Str(simdjson::dom::object o, const char* key) {
  std::string_view sv;
  return o[key].get_string().get(sv) == simdjson::SUCCESS ? std::string(sv) : "";
}

std::optional<double> Num(simdjson::dom::object o, const char* key) {
  double d = 0;
  if (o[key].get_double().get(d) == simdjson::SUCCESS) return d;
  int64_t i = 0;
  if (o[key].get_int64().get(i) == simdjson::SUCCESS) return static_cast<double>(i);
  return std::nullopt;
}

bool Bool(simdjson::dom::object o, const char* key) {
  bool b = false;
  return o[key].get_bool().get(b) == simdjson::SUCCESS && b;
}

TEST(ClaimsExample, SyndicatedCopyGivesItsSevenClaims) {
  const resolve::DocumentClaims out =
      ExtractOne(testing::SourcePath("examples/text/en-refusals-syndicated.txt"));
  std::vector<Want> want;
  simdjson::dom::parser parser;
  std::ifstream in(testing::SourcePath("tests/golden/text/en-refusals-syndicated.expected.jsonl"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    simdjson::dom::object o;
    ASSERT_EQ(parser.parse(line).get_object().get(o), simdjson::SUCCESS) << line;
    Want w;
    w.text = Str(o, "text");
    w.lo = Num(o, "lo");
    w.hi = Num(o, "hi");
    w.lo_open = Bool(o, "lo_open");
    w.hi_open = Bool(o, "hi_open");
    w.unit = Str(o, "unit");
    w.category = Str(o, "category");
    w.side = Str(o, "side");
    w.speaker = Str(o, "speaker");
    w.org = Str(o, "org");
    w.stance = Str(o, "stance");
    w.hedge = Str(o, "hedge");
    w.channel = Str(o, "channel");
    w.is_private = Bool(o, "private");
    if (w.speaker.rfind("the ", 0) == 0) w.speaker = w.speaker.substr(4);
    want.push_back(w);
  }
  ASSERT_EQ(want.size(), 7u);
  ASSERT_EQ(out.claims.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) ExpectClaim(out.claims[i], want[i]);
  std::vector<std::string> names;
  std::ifstream private_names(
      testing::SourcePath("tests/golden/text/en-refusals-syndicated.private.txt"));
  for (std::string line; std::getline(private_names, line);) {
    if (!line.empty() && line[0] != '#') names.push_back(line);
  }
  ASSERT_FALSE(names.empty());
  ExpectNoNameAnywhere(out, names);
  EXPECT_FALSE(out.private_names.empty());
}

// Every claim's span, in code points of the returned text, holds its text.
TEST(ClaimsSpans, PointAtTheFigureInTheStoredText) {
  size_t checked = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(testing::SourcePath("examples"))) {
    if (!entry.is_regular_file()) continue;
    for (const Document& doc : Documents(entry.path().string())) {
      Result<resolve::DocumentClaims> out = resolve::ExtractClaims(doc, Codebook(), Options());
      ASSERT_TRUE(out.ok());
      std::u32string text;
      {
        std::string s = out->text;
        size_t i = 0;
        while (i < s.size()) {
          const auto c = static_cast<unsigned char>(s[i]);
          const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          text.push_back(static_cast<char32_t>(i));  // byte offset of each code point
          i += n;
        }
        text.push_back(static_cast<char32_t>(s.size()));
      }
      for (const Claim& c : out->claims) {
        ASSERT_LT(c.end, text.size());
        const size_t b = text[c.begin], e = text[c.end];
        EXPECT_EQ(out->text.substr(b, e - b), c.text) << doc.meta.path;
        EXPECT_NE(c.sentence.find(c.text), std::string::npos);
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 100u);
}

TEST(ClaimsIds, AreStableAndDistinct) {
  const std::string text = "Moscow has said 1,351 servicemen have been killed. "
                           "Kyiv said 500 soldiers have deserted.";
  Result<resolve::DocumentClaims> a = ExtractText(text, "en");
  Result<resolve::DocumentClaims> b = ExtractText(text, "en");
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->claims.size(), 2u);
  EXPECT_EQ(a->claims[0].id, b->claims[0].id);
  EXPECT_NE(a->claims[0].id, a->claims[1].id);
  EXPECT_EQ(a->claims[0].id.rfind("c-", 0), 0u);
  EXPECT_EQ(a->claims[0].id.size(), 18u);
}

// A text over ClaimOptions::part_bytes is read a part at a time; cut at
// paragraph breaks, it gives the claims of one whole reading: the same
// spans, ids, fields and restatement links, and the same stored text.
TEST(ClaimsParts, ALongTextReadInPartsGivesTheClaimsOfOneReading) {
  std::vector<Document> docs = Documents(testing::SourcePath("examples/text/en-refusals-syndicated.txt"));
  ASSERT_EQ(docs.size(), 1u);
  Document doc = docs[0];
  const std::string story = doc.text;
  for (int i = 0; i < 5; ++i) doc.text += "\n\n" + story;
  doc.id = DocumentId(doc.text);
  resolve::ClaimOptions whole = Options();
  resolve::ClaimOptions parts = Options();
  parts.part_bytes = story.size() + 200;  // about one story a part
  Result<resolve::DocumentClaims> a = resolve::ExtractClaims(doc, Codebook(), whole);
  Result<resolve::DocumentClaims> b = resolve::ExtractClaims(doc, Codebook(), parts);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->claims.size(), 42u);  // seven a story
  ASSERT_EQ(b->claims.size(), a->claims.size());
  for (size_t i = 0; i < a->claims.size(); ++i) {
    const Claim& x = a->claims[i];
    const Claim& y = b->claims[i];
    EXPECT_EQ(y.id, x.id) << i;
    EXPECT_EQ(y.begin, x.begin) << i;
    EXPECT_EQ(y.end, x.end) << i;
    EXPECT_EQ(y.text, x.text) << i;
    EXPECT_EQ(y.sentence, x.sentence) << i;
    EXPECT_EQ(y.category, x.category) << i;
    EXPECT_EQ(y.side, x.side) << i;
    EXPECT_EQ(y.origin, x.origin) << i;
    EXPECT_EQ(y.speaker.has_value(), x.speaker.has_value()) << i;
    if (x.speaker && y.speaker) {
      EXPECT_EQ(y.speaker->name, x.speaker->name) << i;
    }
  }
  EXPECT_EQ(b->text, a->text);
  EXPECT_EQ(b->private_names.size(), a->private_names.size());
  // The later stories' figures restate the first story's.
  EXPECT_FALSE(b->claims.back().origin.empty());
}

TEST(ClaimsInput, BadInputIsHandled) {
  Document doc;
  doc.text = "1,000 soldiers refused.";
  doc.id = DocumentId(doc.text);
  resolve::ClaimOptions none;
  EXPECT_EQ(resolve::ExtractClaims(doc, Codebook(), none).status().code(),
            StatusCode::kInvalidArgument);
  resolve::ClaimOptions small = Options();
  small.max_text_bytes = 4;
  EXPECT_EQ(resolve::ExtractClaims(doc, Codebook(), small).status().code(),
            StatusCode::kResourceExhausted);
  Result<resolve::DocumentClaims> empty = ExtractText("", "en");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->claims.empty());
  static const char kJunk[] = "\xFF\xFE 12 \xC3 soldiers\x80 killed";
  Result<resolve::DocumentClaims> junk = ExtractText(std::string(kJunk, sizeof kJunk - 1), "");
  EXPECT_TRUE(junk.ok());
  // A restatement later in the text points to the first statement.
  Result<resolve::DocumentClaims> twice =
      ExtractText("Kyiv said 718 soldiers surrendered. Of the 718, most were conscripts who surrendered.", "en");
  ASSERT_TRUE(twice.ok());
  ASSERT_GE(twice->claims.size(), 2u);
  EXPECT_EQ(twice->claims[1].origin, twice->claims[0].id);
}

TEST(ClaimsGold, DevelopmentSetMeetsItsTargets) {
  Result<std::vector<eval::GoldClaim>> gold = eval::LoadGold(testing::SourcePath("tests/gold/gold.jsonl"));
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  std::map<std::string, std::vector<Claim>> predicted;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SourcePath("tests/gold/docs"))) {
    for (const Document& doc : Documents(entry.path().string())) {
      Result<resolve::DocumentClaims> out = resolve::ExtractClaims(doc, Codebook(), Options());
      ASSERT_TRUE(out.ok());
      predicted[entry.path().filename().string()] = out->claims;
    }
  }
  const eval::EvalReport r = eval::Score(*gold, predicted);
  EXPECT_GE(r.f1(), 0.90);
  EXPECT_GE(r.category.accuracy(), 0.90);
  EXPECT_GE(r.speaker.accuracy(), 0.85);
}

// A gold name the codebook knows is its actor: "British intelligence" is
// the claim credited to "British Defence Intelligence" (uk-intel), and a
// name of another actor is not.
TEST(ClaimsGold, AGoldNameMatchesTheActorItNames) {
  eval::GoldClaim g;
  g.doc = "d.txt";
  g.text = "1,262";
  g.lo = g.hi = 1262;
  g.qualifier = "exact";
  g.unit = "persons";
  g.category = "casualties";
  g.side = "RU";
  g.speakers = {"British intelligence"};
  Claim c;
  c.text = "1,262";
  c.quantity.lo = c.quantity.hi = 1262;
  c.category = "casualties";
  c.side = "RU";
  c.speaker = Speaker{};
  c.speaker->name = "British Defence Intelligence";
  c.speaker->actor = "uk-intel";
  const std::map<std::string, std::vector<Claim>> predicted = {{"d.txt", {c}}};
  EXPECT_EQ(eval::Score({g}, predicted).speaker.right, 0u);  // the words differ
  const eval::ActorOf actor_of = [](std::string_view name) {
    return name == "British intelligence" ? std::string("uk-intel") : std::string();
  };
  EXPECT_EQ(eval::Score({g}, predicted, actor_of).speaker.right, 1u);
  g.speakers = {"UK Ministry of Defence"};
  EXPECT_EQ(eval::Score({g}, predicted, actor_of).speaker.right, 0u);
}

// Pseudonyms are for private people only: every name hidden in examples/
// and the gold sets (and tests/gold-real when its cache is there) must be
// one that tests/private_names.txt lists as a person checked by hand, so
// that a common word read as a given name ("Lyudi", "Vira", "Nadezhdy")
// shows up here as a name nobody checked.
TEST(ClaimsPrivacy, PseudonymsHideOnlyPeopleCheckedByHand) {
  std::set<std::string> checked;
  std::ifstream list(testing::SourcePath("tests/private_names.txt"));
  for (std::string line; std::getline(list, line);) {
    if (!line.empty() && line[0] != '#') checked.insert(line);
  }
  std::set<std::string> unchecked;
  size_t docs = 0;
  for (const char* dir : {"examples", "tests/gold/docs", "tests/gold-dev2/docs",
                          "tests/gold-heldout/docs", "tests/gold-real/cache"}) {
    const std::string root = testing::SourcePath(dir);
    if (!std::filesystem::is_directory(root)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file()) continue;
      for (const Document& doc : Documents(entry.path().string())) {
        ++docs;
        Result<resolve::DocumentClaims> out = resolve::ExtractClaims(doc, Codebook(), Options());
        ASSERT_TRUE(out.ok()) << out.status().ToString();
        for (const resolve::PrivateName& n : out->private_names) {
          if (!checked.count(n.name)) {
            unchecked.insert(n.name + "\t(" + entry.path().lexically_relative(root).string() + ")");
          }
        }
      }
    }
  }
  EXPECT_GT(docs, 100u);
  std::string listed;
  for (const std::string& n : unchecked) listed += "  " + n + "\n";
  EXPECT_TRUE(unchecked.empty()) << "hidden as private people, not in tests/private_names.txt:\n"
                                 << listed;
}

// The speaker's name of the claim whose text is `words`, "-" for none,
// "?" when no such claim was found.
std::string SpeakerOf(const resolve::DocumentClaims& out, const std::string& words) {
  for (const Claim& c : out.claims) {
    if (c.text != words) continue;
    return c.speaker ? c.speaker->name : "-";
  }
  return "?";
}

// A source named once -- in the lead, in a document the sentence cites
// ("govoritsya v issledovanii X") -- credits the breakdown in the
// paragraphs after it, until the report names another source or speaks on
// unnamed authority.
TEST(ClaimsAttribution, ALeadSourceCarriesUntilAnotherSpeaks) {
  struct Case {
    std::string lang, text;
    std::vector<std::pair<std::string, std::string>> want;  // words, speaker substring
  };
  const std::vector<Case> cases = {
      {"en",
       "According to a count by Mediazona, 52,789 Russian soldiers have been killed.\n\n"
       "Since the last update, the deaths of 1,100 more soldiers have been confirmed.\n\n"
       "Over 3,400 officers have been killed, 403 of them colonels or higher.\n\n"
       "Ukraine's General Staff said 1,150 Russian troops were killed in the past day.\n\n"
       "Separately, 35 soldiers were reportedly captured near the border.",
       {{"52,789", "Mediazona"}, {"1,100", "Mediazona"}, {"Over 3,400", "Mediazona"},
        {"1,150", "General Staff"}, {"35", "-"}}},
      {"ru",
       "В военные суды поступило 2930 дел против контрактников, говорится в исследовании "
       "издания «Сибирь.Реалии».\n\n"
       "Больше всего новых дел в Московской области — 201 дело.\n\n"
       "В 200 случаях солдаты отказались выполнять приказ.\n\n"
       "Еще 96 дел о дезертирстве, как сообщается, ждут рассмотрения.",
       {{"2930", "Сибирь.Реалии"}, {"201", "Сибирь.Реалии"}, {"200", "Сибирь.Реалии"},
        {"96", "-"}}},
      {"uk",
       "Зниклі безвісти\n\nВід початку війни безвісти зникли понад 90 тисяч українців.\n\n"
       "Про це повідомив Державний уповноважений з питань зниклих безвісти Артур Добросердов.",
       {{"понад 90 тисяч", "Добросердов"}}},
      {"ru",
       "Потери ВСУ\n\nЗа сутки ВСУ потеряли около 1355 военных.\n\nОб этом сообщили в Минобороны России.",
       {{"около 1355", "Минобороны"}}},
      {"en",
       "The BBC and Mediazona have identified the names of 100,001 Russian soldiers killed in "
       "Ukraine. Since their last update, they have added 2,007 more names of soldiers killed.",
       {{"100,001", "Mediazona"}, {"2,007", "Mediazona"}}},
      {"uk",
       "За даними Офісу генпрокурора, з початку року відкрито понад 60 тисяч проваджень щодо СЗЧ.\n\n"
       "У січні зареєстрували 9 тисяч справ.\n\n"
       "У лютому — ще 11 тисяч справ, йдеться у звіті ДБР.",
       {{"понад 60 тисяч", "прокурор"}, {"9 тисяч", "прокурор"}, {"11 тисяч", "ДБР"}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Result<resolve::DocumentClaims> out = ExtractText(c.text, c.lang);
    ASSERT_TRUE(out.ok());
    for (const auto& [words, speaker] : c.want) {
      const std::string got = SpeakerOf(*out, words);
      if (speaker == "-") {
        EXPECT_EQ(got, "-") << words;
      } else {
        EXPECT_NE(got.find(speaker), std::string::npos) << words << ": " << got;
      }
    }
  }
}

// One source is one speaker in every case form the sentence gives it:
// names come back in the nominative, and a bare title names the person it
// was given before.
TEST(ClaimsAttribution, NamesComeBackInTheirDictionaryForm) {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"uk", "За словами заступника міністра Леоніда Тимченка, безвісти зникли 53 868 військових.",
       "Леонід Тимченко"},
      {"uk", "Як повідомив Леонід Тимченко, безвісти зникли 53 868 військових.", "Леонід Тимченко"},
      {"ru", "По словам Павла Чикова, более 1000 военных отказались воевать.", "Павел Чиков"},
      {"ru", "Павел Чиков сообщил, что более 1000 военных отказались воевать.", "Павел Чиков"},
      {"ru", "По словам Сергея Кужугетовича Шойгу, на фронт направлено 87 тысяч мобилизованных.",
       "Сергей Кужугетович Шойгу"},
      {"uk", "За даними Олександра Сирського, втрати ворога склали понад 850 000 осіб.",
       "Олександр Сирський"},
      {"ru", "По данным Анны Ивановой, более 300 солдат обратились за юридической помощью.",
       "Анна Иванова"},
      {"uk", "За словами Андрія Юсова, з полону повернулися 1863 військових.", "Андрій Юсов"},
      {"uk", "Представника ГУР Андрія Юсова запитали про обмін. Представник розвідки нагадав, що з "
             "полону повернулися 1863 військових.",
       "Андрій Юсов"},
      {"ru", "Министр обороны Сергей Шойгу провел совещание. \"На фронт направлено 87 тысяч "
             "мобилизованных\", – заявил министр.",
       "Сергей Шойгу"},
  };
  for (const auto& [lang, text, name] : cases) {
    SCOPED_TRACE(text);
    Result<resolve::DocumentClaims> out = ExtractText(text, lang);
    ASSERT_TRUE(out.ok());
    ASSERT_EQ(out->claims.size(), 1u);
    ASSERT_TRUE(out->claims[0].speaker.has_value());
    EXPECT_EQ(out->claims[0].speaker->name, name);
  }
}

// A list's rows name parts of what the line before them counts: the
// category is that line's, unless a row names the counted people itself.
TEST(ClaimsBreakdown, RowsCountWhatTheColonLineCounts) {
  const std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> cases = {
      {"en",
       "Mediazona has confirmed the names of 100,001 Russian soldiers killed in Ukraine.\n"
       "The confirmed death toll includes:\n* 11,600 mobilized soldiers\n* over 4,800 officers\n"
       "* 300 deserters",
       {"killed", "killed", "killed", "desertion"}},
      {"ru",
       "Медиазона установила имена 100 001 погибшего военного.\nСреди погибших:\n"
       "- 11 600 мобилизованных военных\n- более 4 800 офицеров",
       {"killed", "killed", "killed"}},
      {"uk",
       "Медіазона встановила імена 100 001 загиблого російського військового.\nСеред загиблих:\n"
       "- 11 600 мобілізованих військових\n- понад 4 800 офіцерів",
       {"killed", "killed", "killed"}},
  };
  for (const auto& [lang, text, categories] : cases) {
    SCOPED_TRACE(text);
    Result<resolve::DocumentClaims> out = ExtractText(text, lang);
    ASSERT_TRUE(out.ok());
    std::vector<std::string> got;
    for (const Claim& c : out->claims) got.push_back(c.category);
    EXPECT_EQ(got, categories);
  }
}

// Words that are also given names or their case forms stay words; a first
// name with a role or a verb of saying beside it is a private person.
TEST(ClaimsPrivacy, CommonWordsAreNotNamesButPeopleAre) {
  const std::vector<std::pair<std::string, std::string>> words = {
      {"ru", "Люди боятся повесток. По данным юристов, более 300 военных отказались воевать."},
      {"ru", "Надежды на обмен мало: около 200 пленных ждут своей очереди."},
      {"ru", "Слава и деньги не помогли: 40 контрактников ушли в СОЧ, сообщил юрист."},
      {"ru", "Вера в победу тает, пишет издание: более 500 отказников в части."},
      {"uk", "Слава Україні! За добу ЗСУ ліквідували 1 150 окупантів, повідомив Генштаб."},
      {"uk", "Коли нарешті пройшов комісію, його відправили на фронт разом із 30 іншими."},
      {"uk", "Люди стоять у чергах: понад 200 чоловіків чекали ВЛК."},
      {"uk", "Віра в командування падає: 50 бійців пішли в СЗЧ, каже адвокат."},
      {"uk", "Надія на повернення є: 95 полонених повернулися додому."},
      {"en", "Roman law did not apply: 40 soldiers refused to fight, the lawyer said."},
  };
  for (const auto& [lang, text] : words) {
    SCOPED_TRACE(text);
    Result<resolve::DocumentClaims> out = ExtractText(text, lang);
    ASSERT_TRUE(out.ok());
    for (const resolve::PrivateName& n : out->private_names) {
      ADD_FAILURE() << "hidden as a person: " << n.name;
    }
  }
  const std::vector<std::tuple<std::string, std::string, std::string>> people = {
      {"ru", "Ирина рассказала, что из части ушли 12 человек.", "Ирина"},
      {"ru", "Вера, мать солдата, рассказала, что в роте отказались воевать 15 человек.", "Вера"},
      {"uk", "Оксана розповіла, що з її роти пішли 7 бійців.", "Оксана"},
      {"en", "Her son Artyom and 5 other soldiers deserted, she said.", "Artyom"},
      {"en", "Five soldiers deserted in May. Olga, his mother, said 12 more left.", "Olga"},
  };
  for (const auto& [lang, text, name] : people) {
    SCOPED_TRACE(text);
    Result<resolve::DocumentClaims> out = ExtractText(text, lang);
    ASSERT_TRUE(out.ok());
    bool hidden = false;
    for (const resolve::PrivateName& n : out->private_names) hidden |= n.name == name;
    EXPECT_TRUE(hidden) << name;
  }
}

// tests/claims_cases.tsv: one phrasing a line -- lang, text, the figure's
// words, and what tally should make of it ("-" for no claim).
TEST(ClaimsCases, PhrasingsReadAsWritten) {
  std::ifstream in(testing::SourcePath("tests/claims_cases.tsv"));
  ASSERT_TRUE(in.good());
  size_t cases = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Fields(line);
    ASSERT_GE(f.size(), 4u) << line;
    f.resize(7, "");
    SCOPED_TRACE(f[1]);
    std::string text = f[1];  // "\n" in the file is a line break
    for (size_t at; (at = text.find("\\n")) != std::string::npos;) text.replace(at, 2, "\n");
    Result<resolve::DocumentClaims> out = ExtractText(text, f[0]);
    ASSERT_TRUE(out.ok());
    const Claim* found = FindClaim(*out, f[2]);
    ++cases;
    if (f[3] == "-") {
      EXPECT_EQ(found, nullptr) << "'" << f[2] << "' is no claim";
      continue;
    }
    ASSERT_NE(found, nullptr) << "no claim '" << f[2] << "'";
    EXPECT_EQ(found->category, f[3]);
    if (!f[4].empty()) {
      EXPECT_EQ(found->side, f[4]);
    }
    if (f[5] == "-") {
      EXPECT_FALSE(found->speaker.has_value());
    } else if (f[5] == "private") {
      ASSERT_TRUE(found->speaker.has_value());
      EXPECT_TRUE(found->speaker->is_private);
    } else if (!f[5].empty()) {
      ASSERT_TRUE(found->speaker.has_value());
      const std::string who = text::FoldCase(found->speaker->name + " / " + found->speaker->org);
      EXPECT_NE(who.find(text::FoldCase(f[5])), std::string::npos) << who;
    }
    if (!f[6].empty()) {
      EXPECT_EQ(std::string(UnitName(found->quantity.unit)), f[6]);
    }
  }
  EXPECT_GT(cases, 40u);
}

// tests/basis_cases.tsv: what a figure adds up, as the reports of three
// languages say it -- a day, a week, a month, the year so far, a running
// total, a region or unit -- through the whole extraction.
TEST(ClaimsBasis, PhrasingsHaveTheirBasis) {
  std::ifstream in(testing::SourcePath("tests/basis_cases.tsv"));
  ASSERT_TRUE(in.good());
  std::map<std::string, std::set<std::string>> bases_by_lang;
  size_t cases = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Fields(line);
    ASSERT_EQ(f.size(), 5u) << line;
    SCOPED_TRACE(f[2]);
    std::string text = f[2];  // "\n" in the file is a line break
    for (size_t at; (at = text.find("\\n")) != std::string::npos;) text.replace(at, 2, "\n");
    Result<resolve::DocumentClaims> out = ExtractText(text, f[0], f[1]);
    ASSERT_TRUE(out.ok());
    const Claim* found = FindClaim(*out, f[3]);
    ASSERT_NE(found, nullptr) << "no claim '" << f[3] << "'";
    EXPECT_EQ(resolve::BasisName(found->basis), f[4])
        << "period " << found->period.from << " to " << found->period.to;
    // The record prints what the claim holds.
    EXPECT_NE(exporting::ClaimJson({.claim = *found}).find("\"basis\":\"" + f[4] + "\""),
              std::string::npos);
    bases_by_lang[f[0]].insert(f[4]);
    ++cases;
  }
  EXPECT_GE(cases, 24u);
  for (const char* lang : {"en", "ru", "uk"}) {
    EXPECT_EQ(bases_by_lang[lang].size(), 3u) << lang << ": every basis has a case";
  }
}

}  // namespace
}  // namespace tally
