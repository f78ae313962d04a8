#include <gtest/gtest.h>

#include "src/reconcile/measures.h"
#include "src/reconcile/minhash.h"
#include "src/reconcile/near_duplicates.h"
#include "src/reconcile/origins.h"
#include "src/reconcile/speaker_key.h"
#include "src/reconcile/total_check.h"
#include "src/report/report.h"
#include "src/resolve/basis.h"
#include "tests/test_util.h"

namespace tally::reconcile {
namespace {

const char* kStory =
    "Lawyer Timofei Zarov, founder of the legal aid group Exit, wrote on Telegram that more "
    "than 1,400 soldiers from at least nine regions have refused to return to the front. "
    "He said most of them were contract soldiers who had served several months in the east, "
    "and that commanders were threatening them with prosecution and with transfers to assault "
    "units. The group has received hundreds of calls from relatives since the spring, he said, "
    "and its lawyers now answer them in three shifts a day.";

TEST(MinHash, SeesCopiesAndMissesRewrites) {
  const Signature a = MinHashOf(kStory);
  ASSERT_EQ(a.size(), 128u);
  EXPECT_DOUBLE_EQ(EstimatedJaccard(a, MinHashOf(kStory)), 1.0);
  // The same story under a new headline and with a closing line.
  const std::string copy = std::string("Soldiers refuse the front, lawyer says\n\n") + kStory +
                           "\n\nThis story was first published by Baltic Wire.";
  EXPECT_GT(EstimatedJaccard(a, MinHashOf(copy)), 0.6);
  // The same facts in other words.
  const char* rewrite =
      "More than 1,400 servicemen in at least nine regions refuse to go back to the front, "
      "according to Timofei Zarov of the Exit group. Relatives have been calling the group "
      "for months; commanders answer refusals with threats of criminal cases.";
  EXPECT_LT(EstimatedJaccard(a, MinHashOf(rewrite)), 0.2);
  EXPECT_TRUE(MinHashOf("").empty());
  EXPECT_EQ(EstimatedJaccard(a, {}), 0);
  EXPECT_EQ(BandKeys(a).size(), 32u);
  EXPECT_EQ(BandKeys(a), BandKeys(MinHashOf(kStory)));
}

class ReconcileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<store::Store>> s = store::Store::Open(dir_.Path("t.db"), {});
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    run_ = *store_->BeginRun("test");
  }

  // Stores a document and returns its rowid.
  int64_t AddDoc(const std::string& text, const std::string& source, const std::string& published) {
    Document d;
    d.text = text;
    d.id = DocumentId(text);
    d.lang = "en";
    d.meta.source = source;
    d.meta.published = published;
    d.meta.path = source + ".txt";
    EXPECT_TRUE(store_->PutDocument(d, run_).ok());
    last_doc_ = d.id;
    return *store_->DocumentRowid(d.id);
  }

  Claim MakeClaim(const std::string& id, double lo, std::optional<double> hi, const std::string& category,
                  const std::string& side, std::optional<Speaker> speaker, uint64_t begin = 0) {
    Claim c;
    c.id = id;
    c.doc_id = last_doc_;
    c.begin = begin;
    c.end = begin + 4;
    c.text = "1000";
    c.sentence = "They said 1000.";
    c.quantity.lo = lo;
    c.quantity.hi = hi;
    c.quantity.lo_open = !hi.has_value();
    c.quantity.qualifier = hi ? Qualifier::kExact : Qualifier::kMoreThan;
    c.category = category;
    c.side = side;
    c.speaker = std::move(speaker);
    return c;
  }

  static Speaker Actor(const std::string& name, const std::string& actor, const std::string& stance) {
    Speaker s;
    s.name = name;
    s.actor = actor;
    s.stance = stance;
    s.kind = "government";
    return s;
  }

  testing::ScratchDir dir_;
  std::unique_ptr<store::Store> store_;
  int64_t run_ = 0;
  std::string last_doc_;
};

TEST(SpeakerKeys, OneSurnameHoweverItIsSpelt) {
  SpeakerKeys keys;
  // Chikov in Cyrillic, and German and scholarly spellings of it.
  EXPECT_EQ(keys.SoundOf("Chikov"), keys.SoundOf("\u0427\u0438\u043a\u043e\u0432"));
  EXPECT_EQ(keys.SoundOf("Tschikow"), keys.SoundOf("Chikov"));
  EXPECT_EQ(keys.SoundOf("Yelena"), keys.SoundOf("\u0415\u043b\u0435\u043d\u0430"));
  EXPECT_NE(keys.SoundOf("Varnavin"), keys.SoundOf("Varlamov"));

  store::ClaimKeyRow full, surname, other;
  full.has_speaker = surname.has_speaker = other.has_speaker = true;
  full.speaker_name = "Oleg Varnavin";
  full.speaker_org = "Shield Line";
  surname.speaker_name = "\u0412\u0430\u0440\u043d\u0430\u0432\u0438\u043d";  // in Cyrillic
  other.speaker_name = "Oleg Varlamov";
  EXPECT_EQ(keys.Of(full), keys.Of(surname));
  EXPECT_NE(keys.Of(full), keys.Of(other));
  store::ClaimKeyRow nobody;
  EXPECT_EQ(keys.Of(nobody), "");
  store::ClaimKeyRow actor = full;
  actor.speaker_actor = "agora";
  EXPECT_EQ(keys.Of(actor), "actor:agora");
}

TEST_F(ReconcileTest, CopiesJoinTheClusterOfTheEarliest) {
  DedupOptions options;
  const std::string copy = std::string("A new headline\n\n") + kStory;
  const int64_t a = AddDoc(kStory, "wire", "2024-03-01");
  ASSERT_TRUE(AddToClusters(*store_, a, MinHashOf(kStory), options).ok());
  const int64_t b = AddDoc(copy, "copy", "2024-03-02");
  ASSERT_TRUE(AddToClusters(*store_, b, MinHashOf(copy), options).ok());
  const std::string other = "Ukraine's General Staff said 1,200 Russian soldiers were killed on Monday "
                            "near Pokrovsk, in the heaviest day of fighting this month.";
  const int64_t c = AddDoc(other, "other", "2024-03-03");
  ASSERT_TRUE(AddToClusters(*store_, c, MinHashOf(other), options).ok());
  EXPECT_EQ(*store_->ClusterOf(b), a);
  EXPECT_EQ(*store_->ClusterOf(a), a);
  EXPECT_EQ(*store_->ClusterOf(c), c);
  Result<std::vector<store::DuplicateCluster>> clusters = store_->ListDuplicateClusters(10);
  ASSERT_TRUE(clusters.ok());
  ASSERT_EQ(clusters->size(), 1u);
  ASSERT_EQ((*clusters)[0].docs.size(), 2u);
  EXPECT_EQ((*clusters)[0].docs[0].source, "wire");  // the original first
}

TEST_F(ReconcileTest, EchoesLinkToTheEarliestStatement) {
  AddDoc("doc one", "A", "2024-01-05");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-a", 1000, std::nullopt, "refusal", "RU",
                                                       Actor("Pavel Chikov", "chikov", "independent"))}).ok());
  // The same figure by the same speaker under another spelling of the
  // name: one actor.
  AddDoc("doc two", "B", "2024-01-07");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-b", 1000, std::nullopt, "refusal", "RU",
                                                       Actor("Павел Чиков", "chikov", "independent"))}).ok());
  // No speaker: an echo of the attributed figure.
  AddDoc("doc three", "C", "2024-01-09");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-c", 1000, std::nullopt, "refusal", "RU", std::nullopt)}).ok());
  // Another speaker with the same number: an origin of its own.
  AddDoc("doc four", "D", "2024-01-10");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-d", 1000, std::nullopt, "refusal", "RU",
                                                       Actor("Moscow", "moscow", "official-RU"))}).ok());
  // Ingested last but published first: it becomes the origin.
  AddDoc("doc zero", "Z", "2024-01-01");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-z", 1000, std::nullopt, "refusal", "RU",
                                                       Actor("Chikov", "chikov", "independent"))}).ok());
  Result<OriginSummary> s = LinkOrigins(*store_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->claims, 5u);
  EXPECT_EQ(s->origins, 2u);
  EXPECT_EQ(s->echoes, 3u);
  Result<std::map<std::string, store::EchoCount>> echoes = store_->EchoCounts();
  ASSERT_TRUE(echoes.ok());
  EXPECT_EQ((*echoes)["c-z"].echoes, 3);
  EXPECT_EQ((*echoes)["c-z"].outlets, 3);
  EXPECT_EQ(echoes->count("c-d"), 0u);
  store::ClaimQuery q;
  q.origins_only = true;
  EXPECT_EQ(*store_->CountClaims(q), 2);
  // Linking again reads nothing: no claim is new.
  Result<OriginSummary> again = LinkOrigins(*store_);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->claims, 0u);
  // Linking everything again changes nothing.
  Result<OriginSummary> all = LinkOrigins(*store_, LinkScope::kAll);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->origins, 2u);
  EXPECT_EQ(*store_->CountClaims(q), 2);
}

TEST_F(ReconcileTest, MeasuresJudgeTheLatestFigurePerStance) {
  AddDoc("mod", "A", "2024-02-01");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-1", 1351, 1351, "killed", "RU",
                                                       Actor("Moscow", "moscow", "official-RU"))}).ok());
  AddDoc("gs", "B", "2024-02-02");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-2", 18000, std::nullopt, "killed", "RU",
                                                       Actor("General Staff", "ua-genstaff", "official-UA"))}).ok());
  AddDoc("cap one", "C", "2024-02-03");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-3", 3500, 3900, "captured", "UA",
                                                       Actor("Coordination HQ", "ua-coordination", "official-UA"))}).ok());
  AddDoc("cap two", "D", "2024-02-04");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-4", 3700, 3700, "captured", "UA",
                                                       Actor("Mediazona", "mediazona", "independent"))}).ok());
  AddDoc("share", "E", "2024-02-05");
  Claim share = MakeClaim("c-5", 20, 40, "refusal", "RU", Actor("CIT", "cit", "independent"));
  share.quantity.unit = Unit::kPercent;
  ASSERT_TRUE(store_->PutClaims(last_doc_, {share}).ok());
  ASSERT_TRUE(LinkOrigins(*store_).ok());
  Result<std::vector<Measure>> ms = ComputeMeasures(*store_, {});
  ASSERT_TRUE(ms.ok());
  std::map<std::string, Measure> by_key;
  for (Measure& m : *ms) by_key[m.key] = m;
  ASSERT_EQ(by_key.count("killed:RU"), 1u);
  EXPECT_EQ(by_key["killed:RU"].verdict, "disputed");
  EXPECT_EQ(by_key["killed:RU"].gap,
            "official-RU 1,351 (2024-02-01, Moscow) vs official-UA more than 18,000 "
            "(2024-02-02, General Staff): at least 13x");
  EXPECT_EQ(by_key["killed:RU"].as_of, "2024-02-02");
  EXPECT_TRUE(by_key["killed:RU"].stale.empty());
  EXPECT_EQ(EnvelopeText(by_key["killed:RU"]), "from 1,351 to more than 18,000");
  EXPECT_EQ(EnvelopeText(by_key["captured:UA"]), "from 3,500 to 3,900");
  EXPECT_EQ(by_key["captured:UA"].verdict, "consistent");
  EXPECT_EQ(by_key["refusal:RU:percent"].verdict, "single-source");
  EXPECT_EQ(by_key.count("refusal:RU"), 0u);  // shares never mix with counts
  // The report draws a chart per measure and asks for nothing outside.
  Result<report::ReportData> data = report::LoadReport(*store_, {});
  ASSERT_TRUE(data.ok());
  const std::string html = report::HtmlReport(*data);
  size_t charts = 0;
  for (size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) ++charts;
  EXPECT_EQ(charts, 3u);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("18,000"), std::string::npos);
  const std::string md = report::MarkdownReport(*data);
  EXPECT_NE(md.find("| killed:RU | disputed"), std::string::npos);
}

TEST(MeasureKeys, NameTheBasisUnlessATotal) {
  EXPECT_EQ(MeasureKey("killed", "RU", Unit::kPersons, Basis::kTotal), "killed:RU");
  EXPECT_EQ(MeasureKey("killed", "RU", Unit::kPersons, Basis::kPeriod), "killed:RU/period");
  EXPECT_EQ(MeasureKey("killed", "RU", Unit::kPersons, Basis::kSubset), "killed:RU/subset");
  EXPECT_EQ(MeasureKey("refusal", "", Unit::kPercent, Basis::kPeriod), "refusal:?:percent/period");
  // A region's measure holds subsets only: its place says so.
  EXPECT_EQ(MeasureKey("killed", "RU", Unit::kPersons, Basis::kSubset, "RU-BU"), "killed:RU@RU-BU");
}

// The General Staff's daily count is newer than its running total; were
// they one measure, the day's 640 would be the stance's latest figure and
// "disputed" against the ministry's total the wrong way round.
TEST_F(ReconcileTest, MeasuresNeverSetADaysFigureBesideARunningTotal) {
  const Speaker staff = Actor("General Staff", "ua-genstaff", "official-UA");
  AddDoc("gs total", "A", "2023-03-13");
  Claim total = MakeClaim("c-total", 150000, std::nullopt, "killed", "RU", staff);
  total.period = {"2022-02-24", "2023-03-13"};
  ASSERT_TRUE(store_->PutClaims(last_doc_, {total}).ok());
  AddDoc("gs day", "A", "2023-03-14");
  Claim day = MakeClaim("c-day", 640, 640, "killed", "RU", staff);
  day.period = {"2023-03-13", "2023-03-14"};
  ASSERT_TRUE(store_->PutClaims(last_doc_, {day}).ok());
  AddDoc("mod", "B", "2023-03-14");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-mod", 6000, 6000, "killed", "RU",
                                                       Actor("Moscow", "moscow", "official-RU"))}).ok());
  AddDoc("region", "C", "2023-03-14");
  Claim region = MakeClaim("c-region", 700, std::nullopt, "killed", "RU",
                           Actor("Mediazona", "mediazona", "independent"));
  region.places = {"RU-BU"};
  ASSERT_TRUE(store_->PutClaims(last_doc_, {region}).ok());
  ASSERT_TRUE(LinkOrigins(*store_).ok());

  MeasureOptions options;
  options.by_place = true;
  Result<std::vector<Measure>> ms = ComputeMeasures(*store_, options);
  ASSERT_TRUE(ms.ok());
  std::map<std::string, Measure> by_key;
  for (Measure& m : *ms) by_key[m.key] = m;
  auto ids = [&](const std::string& key) {
    std::vector<std::string> out;
    for (const MeasurePoint& p : by_key[key].points) out.push_back(p.row.claim.id);
    return out;
  };
  using Ids = std::vector<std::string>;
  EXPECT_EQ(ids("killed:RU"), (Ids{"c-total", "c-mod"}));
  EXPECT_EQ(ids("killed:RU/day"), (Ids{"c-day"}));
  EXPECT_EQ(ids("killed:RU/subset"), (Ids{"c-region"}));
  EXPECT_EQ(ids("killed:RU@RU-BU"), (Ids{"c-region"}));
  EXPECT_EQ(by_key.size(), 4u);
  EXPECT_EQ(by_key["killed:RU"].verdict, "disputed");
  EXPECT_EQ(by_key["killed:RU"].gap,
            "official-RU 6,000 (2023-03-14, Moscow) vs official-UA more than 150,000 "
            "(2023-03-13, General Staff): at least 25x");
  EXPECT_EQ(by_key["killed:RU/day"].verdict, "single-source");
  for (const auto& [key, m] : by_key) {
    for (const MeasurePoint& p : m.points) {
      EXPECT_EQ(resolve::BasisName(p.row.claim.basis), m.basis) << key << " " << p.row.claim.id;
    }
  }
  EXPECT_EQ(by_key["killed:RU@RU-BU"].basis, "subset");
}

// A band shared by a whole channel of look-alike posts gives its newest
// documents only, so a new post costs the same however long the channel.
TEST_F(ReconcileTest, ACrowdedBandGivesItsNewestDocuments) {
  std::vector<int64_t> docs;
  for (int i = 0; i < 3 * store::kBandNeighboursPerBand; ++i) {
    docs.push_back(AddDoc("post " + std::to_string(i), "channel", "2024-05-01"));
    ASSERT_TRUE(store_->PutSignature(docs.back(), {1, 2, 3}, {77}).ok());
  }
  Result<std::vector<int64_t>> got = store_->BandNeighbours({77});
  ASSERT_TRUE(got.ok());
  const std::vector<int64_t> newest(docs.end() - store::kBandNeighboursPerBand, docs.end());
  EXPECT_EQ(*got, newest);
}

TEST_F(ReconcileTest, MeasuresKeepTheLatestPointsAndCountThemAll) {
  // A ministry's old figure, then thirty newer ones from a monitor.
  AddDoc("ministry", "M", "2023-01-05");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-m", 500, 500, "killed", "RU",
                                                       Actor("Moscow", "moscow", "official-RU"))}).ok());
  for (int i = 0; i < 30; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2024-03-%02d", i + 1);
    AddDoc("monitor " + std::to_string(i), "N", date);
    ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-n" + std::to_string(i), 1000.0 + i, 1000.0 + i,
                                                         "killed", "RU", Actor("Names count", "", "independent"))}).ok());
  }
  ASSERT_TRUE(LinkOrigins(*store_).ok());
  MeasureOptions options;
  options.max_points = 5;
  Result<std::vector<Measure>> ms = ComputeMeasures(*store_, options);
  ASSERT_TRUE(ms.ok());
  ASSERT_EQ(ms->size(), 1u);
  const Measure& m = ms->front();
  EXPECT_EQ(m.origins, 31u);
  EXPECT_EQ(m.speakers, 2u);
  // The five latest, and the ministry's as the latest of its stance.
  ASSERT_EQ(m.points.size(), 6u);
  EXPECT_EQ(m.points.front().row.claim.id, "c-m");
  EXPECT_EQ(m.points[1].row.claim.id, "c-n25");
  EXPECT_EQ(m.points.back().row.claim.id, "c-n29");
  ASSERT_EQ(m.latest.size(), 2u);
  EXPECT_EQ(m.points[m.latest[0].second].row.claim.id, "c-n29");  // independent
  EXPECT_EQ(m.points[m.latest[1].second].row.claim.id, "c-m");    // official-RU
  // The ministry's figure is fourteen months older than the monitor's
  // latest: stale, not set against it.
  EXPECT_EQ(m.verdict, "apart");
  EXPECT_EQ(m.as_of, "2024-03-30");
  ASSERT_EQ(m.stale.size(), 1u);
  EXPECT_EQ(m.stale[0].who, "official-RU");
  EXPECT_EQ(m.stale[0].date, "2023-01-05");
  EXPECT_EQ(StaleText(m, m.stale[0]),
            "stale: official-RU 500 (2023-01-05, Moscow), older than the figures of 2024-03-30");
  EXPECT_EQ(*m.low, 500);
  EXPECT_EQ(*m.high, 1029);
  // A window of 500 days sets them side by side.
  options.window_days = 500;
  Result<std::vector<Measure>> wide = ComputeMeasures(*store_, options);
  ASSERT_TRUE(wide.ok());
  EXPECT_EQ(wide->front().verdict, "disputed");
  EXPECT_TRUE(wide->front().stale.empty());
  // The summary keeps the latest of each stance only, with the same verdict.
  options.max_points = 0;
  Result<std::vector<Measure>> summary = ComputeMeasures(*store_, options);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->front().points.size(), 2u);
  EXPECT_EQ(summary->front().origins, 31u);
  EXPECT_EQ(summary->front().gap, wide->front().gap);
}

// Verdicts over time: a stale official total is shown, not compared; two
// fresh stances that overlap are consistent; a lower bound and an estimate
// above it agree; a figure's date is its period's end, never after the
// report.
TEST_F(ReconcileTest, MeasuresCompareFiguresOfAboutTheSameTime) {
  AddDoc("mod old", "MoD", "2022-09-21");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-mod", 5937, 5937, "killed", "RU",
                                                       Actor("Ministry of Defence", "ru-mod", "official-RU"))}).ok());
  AddDoc("names", "Mediazona", "2024-05-02");
  Claim names = MakeClaim("c-names", 50000, std::nullopt, "killed", "RU",
                          Actor("Mediazona", "mediazona", "independent"));
  names.quantity.lo_open = false;
  names.quantity.qualifier = Qualifier::kAtLeast;
  ASSERT_TRUE(store_->PutClaims(last_doc_, {names}).ok());
  AddDoc("estimate", "UK", "2024-05-10");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-uk", 70000, 90000, "killed", "RU",
                                                       Actor("UK Defence Intelligence", "", "official-other"))}).ok());
  // A period read as ending after the report is capped at the report's day.
  AddDoc("future", "Wire", "2024-04-20");
  Claim future = MakeClaim("c-future", 60000, 60000, "killed", "RU", Actor("Some Wire", "", "independent"));
  future.period = {"2024-01-01", "2028-12-31"};
  ASSERT_TRUE(store_->PutClaims(last_doc_, {future}).ok());
  ASSERT_TRUE(LinkOrigins(*store_).ok());

  Result<std::vector<Measure>> ms = ComputeMeasures(*store_, {});
  ASSERT_TRUE(ms.ok());
  ASSERT_EQ(ms->size(), 1u);
  const Measure& m = ms->front();
  EXPECT_EQ(m.verdict, "consistent");  // at least 50,000 and 70,000-90,000 agree
  EXPECT_EQ(m.as_of, "2024-05-10");
  ASSERT_EQ(m.stale.size(), 1u);
  EXPECT_EQ(m.stale[0].who, "official-RU");
  EXPECT_EQ(m.stale[0].figure, "5,937");
  for (const MeasurePoint& p : m.points) {
    EXPECT_LE(p.date, p.row.doc.published.substr(0, 10)) << p.row.claim.id;
  }
  // An estimate below the names count, within the window, disputes it.
  AddDoc("low estimate", "Agency", "2024-05-12");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-low", 20000, 30000, "killed", "RU",
                                                       Actor("Some Agency", "", "official-other"))}).ok());
  ASSERT_TRUE(LinkOrigins(*store_).ok());
  ms = ComputeMeasures(*store_, {});
  ASSERT_TRUE(ms.ok());
  EXPECT_EQ(ms->front().verdict, "disputed");
  EXPECT_EQ(ms->front().gap,
            "official-other 20,000-30,000 (2024-05-12, Some Agency) vs independent at least 50,000 "
            "(2024-05-02, Mediazona): at least 1.6x");
}

// "Thousands" judges nothing, and an undated figure is never set beside
// another in time.
TEST_F(ReconcileTest, VagueAndUndatedFiguresJudgeNothing) {
  AddDoc("ombudsman", "A", "2026-02-26");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-ombud", 90000, std::nullopt, "missing", "UA",
                                                       Actor("Ombudsman", "", "official-UA"))}).ok());
  AddDoc("red cross", "B", "2026-02-26");
  Claim thousands = MakeClaim("c-icrc", 2000, 9999, "missing", "UA", Actor("ICRC", "", "independent"));
  thousands.quantity.qualifier = Qualifier::kVague;
  ASSERT_TRUE(store_->PutClaims(last_doc_, {thousands}).ok());
  AddDoc("undated", "C", "");
  ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-undated", 500, 500, "missing", "UA",
                                                       Actor("Some Minister", "", "official-RU"))}).ok());
  ASSERT_TRUE(LinkOrigins(*store_).ok());
  Result<std::vector<Measure>> ms = ComputeMeasures(*store_, {});
  ASSERT_TRUE(ms.ok());
  ASSERT_EQ(ms->size(), 1u);
  const Measure& m = ms->front();
  EXPECT_EQ(m.verdict, "apart");
  EXPECT_TRUE(m.gap.empty());
  ASSERT_EQ(m.stale.size(), 1u);
  EXPECT_EQ(m.stale[0].who, "official-RU");
  EXPECT_EQ(StaleText(m, m.stale[0]),
            "stale: official-RU 500 (undated, Some Minister), undated: not set beside others in time");
  EXPECT_EQ(m.latest.size(), 3u);  // all shown
}

// A source against itself: its running total on a later day is below the
// one it gave before.
TEST_F(ReconcileTest, ARunningTotalThatGoesDownIsFlagged) {
  const Speaker staff = Actor("General Staff", "ua-genstaff", "official-UA");
  const std::vector<std::pair<std::string, double>> totals = {
      {"2023-03-14", 161610}, {"2023-03-20", 150000}, {"2023-03-21", 162900}};
  for (size_t i = 0; i < totals.size(); ++i) {
    AddDoc("gs " + std::to_string(i), "GS", totals[i].first);
    ASSERT_TRUE(store_->PutClaims(last_doc_, {MakeClaim("c-gs" + std::to_string(i), totals[i].second,
                                                         totals[i].second, "casualties", "RU", staff)}).ok());
  }
  ASSERT_TRUE(LinkOrigins(*store_).ok());
  Result<std::vector<Measure>> ms = ComputeMeasures(*store_, {});
  ASSERT_TRUE(ms.ok());
  ASSERT_EQ(ms->size(), 1u);
  ASSERT_EQ(ms->front().checks.size(), 1u);
  EXPECT_EQ(ms->front().checks[0],
            "General Staff: 161,610 on 2023-03-14, then 150,000 on 2023-03-20: a running total that "
            "went down");
}

// The General Staff's morning post: a total and the day's change. Two
// days of changes that add up to the total's rise pass; a day whose
// change does not is reported.
TEST_F(ReconcileTest, DailyFiguresAddUpToTheChangeInTotals) {
  const Speaker staff = Actor("General Staff", "ua-genstaff", "official-UA");
  // date, total, the day's change
  const std::vector<std::tuple<std::string, double, double>> posts = {
      {"2023-03-12", 160000, 500}, {"2023-03-13", 160600, 600}, {"2023-03-14", 161240, 640},
      {"2023-03-15", 162000, 700}};
  for (size_t i = 0; i < posts.size(); ++i) {
    const auto& [date, total, change] = posts[i];
    AddDoc("post " + std::to_string(i), "GS", date);
    Claim t = MakeClaim("c-t" + std::to_string(i), total, total, "casualties", "RU", staff);
    t.period = {"2022-02-24", date};
    Claim d = MakeClaim("c-d" + std::to_string(i), change, change, "casualties", "RU", staff, 10);
    d.period = {"", date};
    d.period.from = date.substr(0, 8) + (std::stoi(date.substr(8)) - 1 < 10 ? "0" : "") +
                    std::to_string(std::stoi(date.substr(8)) - 1);
    ASSERT_TRUE(store_->PutClaims(last_doc_, {t, d}).ok());
  }
  ASSERT_TRUE(LinkOrigins(*store_).ok());
  Result<std::vector<Measure>> ms = ComputeMeasures(*store_, {});
  ASSERT_TRUE(ms.ok());
  std::map<std::string, Measure> by_key;
  for (Measure& m : *ms) by_key[m.key] = m;
  ASSERT_EQ(by_key.count("casualties:RU/day"), 1u);
  ASSERT_EQ(by_key["casualties:RU"].checks.size(), 1u);
  EXPECT_EQ(by_key["casualties:RU"].checks[0],
            "General Staff: the daily figures from 2023-03-14 to 2023-03-15 add up to 700, but the "
            "total went from 161,240 to 162,000 (+760)");
}

TEST(RunningTotals, RisingTotalsAndOtherShapesPass) {
  SpeakerDays check;
  Quantity a, b, c;
  a.lo = a.hi = 100;
  b.lo = 120;  // "more than 120": no upper bound, cannot be below
  c.lo = c.hi = 130;
  check.Add("S", "2024-01-01", a);
  check.Add("S", "2024-01-02", b);
  check.Add("S", "2024-01-03", c);
  check.Add("S", "", a);  // undated: nothing to say
  check.Add("T", "2024-01-05", c);
  check.Add("T", "2024-01-01", a);  // an earlier, lower total of another speaker, met later
  EXPECT_TRUE(FallingTotals(check).empty());
}

TEST(FigureDates, ThePeriodsEndNeverAfterTheReport) {
  store::ClaimRow row;
  row.doc.published = "2024-05-02T10:00:00+03:00";
  EXPECT_EQ(FigureDate(row), "2024-05-02");
  row.claim.period = {"2024-01-01", "2024-01-31"};
  EXPECT_EQ(FigureDate(row), "2024-01-31");
  row.claim.period = {"2024-01-01", "2028-01-31"};
  EXPECT_EQ(FigureDate(row), "2024-05-02");
  row.doc.published.clear();
  EXPECT_EQ(FigureDate(row), "2028-01-31");
}

}  // namespace
}  // namespace tally::reconcile
