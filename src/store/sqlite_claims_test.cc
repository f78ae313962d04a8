#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <tuple>

#include "src/store/store.h"
#include "tests/test_util.h"

namespace tally::store {
namespace {

// Cyrillic through escapes: sources stay ASCII.
constexpr const char* kChikovRu = "\u041f\u0430\u0432\u0435\u043b \u0427\u0438\u043a\u043e\u0432";
constexpr const char* kChikovRuUpper = "\u0427\u0418\u041a\u041e\u0412";  // "CHIKOV"
constexpr const char* kAgoraRu = "\u0410\u0433\u043e\u0440\u0430";

Document MakeDoc(const std::string& text, const std::string& lang,
                 const std::string& source, const std::string& published) {
  Document d;
  d.text = text;
  d.id = DocumentId(text);
  d.lang = lang;
  d.format = Format::kHtml;
  d.meta.path = "samples/" + lang + ".html";
  d.meta.url = "https://" + source + "/a";
  d.meta.source = source;
  d.meta.published = published;
  return d;
}

// Every field set, none left at its default.
Claim FullClaim(const std::string& doc_id) {
  Claim c;
  c.id = "c-5f1d0e2a9b7c4d31";
  c.doc_id = doc_id;
  c.begin = 1873;
  c.end = 1888;
  c.text = "more than 1,000";
  c.sentence = "Lawyer X has written on Telegram that more than 1,000 troops refused";
  c.quantity.lo = 1000;
  c.quantity.hi = 1500.5;
  c.quantity.lo_open = true;
  c.quantity.hi_open = true;
  c.quantity.qualifier = Qualifier::kRange;
  c.quantity.approx = true;
  c.quantity.unit = Unit::kPercent;
  c.category = "refusal";
  c.side = "RU";
  c.group = "military personnel and National Guard troops";
  c.speaker = Speaker{.name = kChikovRu,
                      .org = kAgoraRu,
                      .kind = "person",
                      .stance = "independent",
                      .is_private = true,
                      .actor = "agora"};
  c.channel = "Telegram";
  c.hedge = "estimate";
  c.period = {.from = "2022-02-24", .to = "2022-05-20"};
  c.basis = Basis::kSubset;  // what its places make it on reading
  c.places = {"RU-AMU", "RU-TAM"};
  c.units = {"136th Guards Motor Rifle Brigade", "a unit, with \"quotes\""};
  c.origin = "c-0000000000000001";
  return c;
}

// Only what every claim has; everything optional left null.
Claim BareClaim(const std::string& doc_id, const std::string& id, uint64_t begin) {
  Claim c;
  c.id = id;
  c.doc_id = doc_id;
  c.begin = begin;
  c.end = begin + 2;
  c.text = "12";
  c.quantity.lo = 12;
  c.quantity.hi = 12;
  return c;
}

class ClaimStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<Store>> opened = Store::Open(dir_.Path("t.db"), {});
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(*opened);
    run_ = *store_->BeginRun("test");
  }

  Document Add(const std::string& text, const std::string& lang = "en",
               const std::string& source = "example.org",
               const std::string& published = "2022-05-20") {
    Document d = MakeDoc(text, lang, source, published);
    EXPECT_TRUE(store_->PutDocument(d, run_).ok());
    return d;
  }

  // The ids ListClaims returns for `q`, in order.
  std::vector<std::string> Ids(ClaimQuery q) {
    q.limit = 1000;
    Result<std::vector<ClaimRow>> rows = store_->ListClaims(q);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    std::vector<std::string> ids;
    if (!rows.ok()) return ids;
    for (const ClaimRow& r : *rows) ids.push_back(r.claim.id);
    Result<int64_t> n = store_->CountClaims(q);
    EXPECT_TRUE(n.ok());
    if (q.after == 0) {
      EXPECT_EQ(*n, static_cast<int64_t>(ids.size()));
    }
    return ids;
  }

  testing::ScratchDir dir_;
  std::unique_ptr<Store> store_;
  int64_t run_ = 0;
};

TEST_F(ClaimStoreTest, RoundTripsEveryField) {
  const Document doc = Add("A report.");
  const Claim full = FullClaim(doc.id);
  ASSERT_TRUE(store_->PutClaims(doc.id, {full}).ok());
  Result<std::vector<Claim>> got = store_->ClaimsOfDocument(doc.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_EQ(got->size(), 1u);
  EXPECT_EQ((*got)[0], full);

  Result<std::vector<ClaimRow>> rows = store_->ListClaims({});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  const ClaimRow& row = (*rows)[0];
  EXPECT_EQ(row.claim, full);
  EXPECT_GT(row.rowid, 0);
  EXPECT_EQ(row.doc.id, doc.id);
  EXPECT_EQ(row.doc.path, "samples/en.html");
  EXPECT_EQ(row.doc.url, "https://example.org/a");
  EXPECT_EQ(row.doc.source, "example.org");
  EXPECT_EQ(row.doc.published, "2022-05-20");
  EXPECT_EQ(row.doc.lang, "en");
}

// The basis is not stored: it is what resolve::BasisOf makes of the
// stored period, places and units and the publication day, both when rows
// are read and in the basis filter -- so a store written before the field
// existed has it too.
TEST_F(ClaimStoreTest, BasisComesFromTheStoredFieldsAndFilters) {
  const Document dated = Add("A dated report.", "en", "example.org", "2023-03-14");
  const Document undated = Add("An undated report.", "en", "example.org", "");
  Claim day = BareClaim(dated.id, "c-day", 0);
  day.period = {.from = "2023-03-13", .to = "2023-03-14"};
  Claim total = BareClaim(dated.id, "c-total", 5);
  total.period = {.from = "2022-02-24", .to = "2023-03-14"};
  Claim region = BareClaim(dated.id, "c-region", 10);
  region.period = day.period;
  region.places = {"RU-AMU"};
  Claim brigade = BareClaim(dated.id, "c-brigade", 15);
  brigade.units = {"136th Guards Motor Rifle Brigade"};
  // The second half of 2022: closed before a report of 2023 is a period;
  // with no publication day nothing says it closed.
  Claim half = BareClaim(dated.id, "c-half", 20);
  half.period = {.from = "2022-07-01", .to = "2022-12-31"};
  Claim half_undated = BareClaim(undated.id, "c-half-undated", 0);
  half_undated.period = half.period;
  for (Claim* c : {&day, &total, &region, &brigade, &half, &half_undated}) {
    c->basis = Basis::kTotal;  // as an older tally would have held them: no basis at all
  }
  ASSERT_TRUE(store_->PutClaims(dated.id, {day, total, region, brigade, half}).ok());
  ASSERT_TRUE(store_->PutClaims(undated.id, {half_undated}).ok());

  std::map<std::string, Basis> read;
  Result<std::vector<ClaimRow>> rows = store_->ListClaims({.limit = 100});
  ASSERT_TRUE(rows.ok());
  for (const ClaimRow& r : *rows) read[r.claim.id] = r.claim.basis;
  EXPECT_EQ(read["c-day"], Basis::kPeriod);
  EXPECT_EQ(read["c-total"], Basis::kTotal);
  EXPECT_EQ(read["c-region"], Basis::kSubset);
  EXPECT_EQ(read["c-brigade"], Basis::kSubset);
  EXPECT_EQ(read["c-half"], Basis::kPeriod);
  EXPECT_EQ(read["c-half-undated"], Basis::kTotal);
  Result<std::vector<Claim>> of_doc = store_->ClaimsOfDocument(dated.id);
  ASSERT_TRUE(of_doc.ok());
  for (const Claim& c : *of_doc) EXPECT_EQ(c.basis, read[c.id]) << c.id;

  using Ids_ = std::vector<std::string>;
  EXPECT_EQ(Ids({.basis = "period"}), (Ids_{"c-day", "c-half"}));
  EXPECT_EQ(Ids({.basis = "total"}), (Ids_{"c-total", "c-half-undated"}));
  EXPECT_EQ(Ids({.basis = "subset"}), (Ids_{"c-region", "c-brigade"}));
  EXPECT_EQ(Ids({.place = "RU-AMU", .basis = "subset"}), (Ids_{"c-region"}));
  EXPECT_EQ(Ids({.place = "RU-AMU", .basis = "period"}), Ids_{});
  EXPECT_EQ(Ids({.basis = "period", .order = ClaimOrder::kDateDescending}),
            (Ids_{"c-half", "c-day"}));

  // A read-only store (tally serve, tally claims) filters alike.
  store_.reset();
  Result<std::unique_ptr<Store>> reader = Store::Open(dir_.Path("t.db"), {.read_only = true});
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  store_ = std::move(*reader);
  EXPECT_EQ(Ids({.basis = "period"}), (Ids_{"c-day", "c-half"}));
}

TEST_F(ClaimStoreTest, RoundTripsNullsAndEmptyLists) {
  const Document doc = Add("A report.");
  Claim bare = BareClaim(doc.id, "c-1", 0);
  bare.quantity.lo.reset();  // "up to 12"
  bare.quantity.qualifier = Qualifier::kAtMost;
  Claim anonymous = BareClaim(doc.id, "c-2", 5);
  anonymous.speaker = Speaker{};  // a speaker with nothing known is not no speaker
  ASSERT_TRUE(store_->PutClaims(doc.id, {bare, anonymous}).ok());
  Result<std::vector<Claim>> got = store_->ClaimsOfDocument(doc.id);
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 2u);
  EXPECT_EQ((*got)[0], bare);
  EXPECT_FALSE((*got)[0].quantity.lo.has_value());
  EXPECT_FALSE((*got)[0].speaker.has_value());
  EXPECT_EQ((*got)[1], anonymous);
  ASSERT_TRUE((*got)[1].speaker.has_value());
}

TEST_F(ClaimStoreTest, EmptyStringsAreStoredAsNull) {
  const Document doc = Add("A report.");
  Claim c = BareClaim(doc.id, "c-1", 0);
  c.speaker = Speaker{.name = "", .org = "Agora"};
  ASSERT_TRUE(store_->PutClaims(doc.id, {c}).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir_.Path("t.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT sentence IS NULL, category IS NULL, side IS NULL, "
                               "hedge IS NULL, origin IS NULL, speaker_name IS NULL, "
                               "speaker_org, period_to IS NULL, date, places FROM claims",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(sqlite3_column_int(st, i), 1) << "column " << i;
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 6)), "Agora");
  EXPECT_EQ(sqlite3_column_int(st, 7), 1);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 8)), "2022-05-20");
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 9)), "[]");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(ClaimStoreTest, ReputReplacesTheDocumentsClaims) {
  const Document a = Add("Report A.");
  const Document b = Add("Report B.");
  ASSERT_TRUE(
      store_->PutClaims(a.id, {BareClaim(a.id, "c-a1", 0), BareClaim(a.id, "c-a2", 9)}).ok());
  Claim placed = BareClaim(b.id, "c-b1", 0);
  placed.places = {"RU-AMU"};
  ASSERT_TRUE(store_->PutClaims(b.id, {placed}).ok());

  Claim again = BareClaim(a.id, "c-a3", 4);
  again.places = {"RU-AMU"};
  ASSERT_TRUE(store_->PutClaims(a.id, {again}).ok());
  EXPECT_EQ(Ids({}), (std::vector<std::string>{"c-b1", "c-a3"}));
  ClaimQuery amur;
  amur.place = "RU-AMU";
  EXPECT_EQ(Ids(amur), (std::vector<std::string>{"c-b1", "c-a3"}));

  // Putting nothing removes them, places included.
  ASSERT_TRUE(store_->PutClaims(a.id, {}).ok());
  EXPECT_EQ(Ids(amur), (std::vector<std::string>{"c-b1"}));
  EXPECT_TRUE(store_->ClaimsOfDocument(a.id)->empty());
}

TEST_F(ClaimStoreTest, ClaimsOfDocumentAreInSpanOrder) {
  const Document doc = Add("A report.");
  ASSERT_TRUE(store_->PutClaims(doc.id, {BareClaim(doc.id, "c-late", 40),
                                         BareClaim(doc.id, "c-early", 3),
                                         BareClaim(doc.id, "c-mid", 20)})
                  .ok());
  Result<std::vector<Claim>> got = store_->ClaimsOfDocument(doc.id);
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 3u);
  EXPECT_EQ((*got)[0].id, "c-early");
  EXPECT_EQ((*got)[1].id, "c-mid");
  EXPECT_EQ((*got)[2].id, "c-late");
  // Stored in span order too, so listings read a document front to back.
  EXPECT_EQ(Ids({}), (std::vector<std::string>{"c-early", "c-mid", "c-late"}));
}

TEST_F(ClaimStoreTest, RejectsClaimsItCannotFile) {
  const Document doc = Add("A report.");
  EXPECT_EQ(store_->PutClaims("d-ffffffffffffffff", {BareClaim("", "c-1", 0)}).code(),
            StatusCode::kNotFound);
  EXPECT_EQ(store_->PutClaims(doc.id, {BareClaim("d-other", "c-1", 0)}).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->PutClaims(doc.id, {BareClaim(doc.id, "", 0)}).code(),
            StatusCode::kInvalidArgument);
  Claim backwards = BareClaim(doc.id, "c-1", 10);
  backwards.end = 4;
  EXPECT_EQ(store_->PutClaims(doc.id, {backwards}).code(), StatusCode::kInvalidArgument);
  // A claim without its document id is taken to be the document's.
  ASSERT_TRUE(store_->PutClaims(doc.id, {BareClaim("", "c-1", 0)}).ok());
  EXPECT_EQ((*store_->ClaimsOfDocument(doc.id))[0].doc_id, doc.id);
  EXPECT_EQ(store_->ListClaims(ClaimQuery{.limit = 0}).status().code(),
            StatusCode::kInvalidArgument);
}

TEST_F(ClaimStoreTest, PutClaimsJoinsTheCallersBatch) {
  const Document doc = Add("A report.");
  ASSERT_TRUE(store_->BeginBatch().ok());
  ASSERT_TRUE(store_->PutClaims(doc.id, {BareClaim(doc.id, "c-1", 0)}).ok());
  ASSERT_TRUE(store_->PutClaims(doc.id, {BareClaim(doc.id, "c-2", 0)}).ok());
  ASSERT_TRUE(store_->CommitBatch().ok());
  EXPECT_EQ(Ids({}), (std::vector<std::string>{"c-2"}));
}

// One document per language and source, claims that differ in one field
// each, so that every filter has one right answer.
class ClaimFilterTest : public ClaimStoreTest {
 protected:
  void SetUp() override {
    ClaimStoreTest::SetUp();
    const Document en = Add("English report.", "en", "example.org", "2022-05-20");
    const Document ru = Add("Russian report.", "ru", "meduza.io", "2023-01-10T08:00:00+03:00");
    const Document undated = Add("Undated report.", "uk", "kyiv.example", "");
    en_ = en.id;
    ru_ = ru.id;

    Claim refusal = BareClaim(en.id, "c-refusal", 0);
    refusal.category = "refusal";
    refusal.side = "RU";
    refusal.speaker = Speaker{.name = "Pavel Chikov", .org = "Agora", .kind = "person",
                              .stance = "independent", .actor = "agora"};
    refusal.places = {"RU-AMU", "RU-TAM"};
    refusal.hedge = "estimate";

    Claim killed = BareClaim(en.id, "c-killed", 10);
    killed.category = "killed";
    killed.side = "UA";
    killed.speaker = Speaker{.org = "Ministry of Defence", .kind = "government",
                             .stance = "official-RU", .actor = "ru-mod"};
    killed.quantity.unit = Unit::kPercent;

    Claim russian = BareClaim(ru.id, "c-russian", 0);
    russian.category = "refusal";
    russian.side = "RU";
    russian.speaker = Speaker{.name = kChikovRu, .org = kAgoraRu, .stance = "independent"};
    russian.places = {"RU-TAM"};

    // No publication date: its period's end dates it.
    Claim dated_by_period = BareClaim(undated.id, "c-period", 0);
    dated_by_period.period.to = "2021-12-31";
    Claim undated_claim = BareClaim(undated.id, "c-undated", 5);

    ASSERT_TRUE(store_->PutClaims(en.id, {refusal, killed}).ok());
    ASSERT_TRUE(store_->PutClaims(ru.id, {russian}).ok());
    ASSERT_TRUE(store_->PutClaims(undated.id, {dated_by_period, undated_claim}).ok());
  }

  using Ids_ = std::vector<std::string>;
  std::string en_, ru_;
};

TEST_F(ClaimFilterTest, NoFilterListsAllInStorageOrder) {
  EXPECT_EQ(Ids({}), (Ids_{"c-refusal", "c-killed", "c-russian", "c-period", "c-undated"}));
}

TEST_F(ClaimFilterTest, FiltersOnClaimFields) {
  EXPECT_EQ(Ids({.category = "refusal"}), (Ids_{"c-refusal", "c-russian"}));
  EXPECT_EQ(Ids({.side = "UA"}), (Ids_{"c-killed"}));
  EXPECT_EQ(Ids({.stance = "official-RU"}), (Ids_{"c-killed"}));
  EXPECT_EQ(Ids({.place = "RU-TAM"}), (Ids_{"c-refusal", "c-russian"}));
  EXPECT_EQ(Ids({.place = "RU-AMU"}), (Ids_{"c-refusal"}));
  EXPECT_EQ(Ids({.unit = "percent"}), (Ids_{"c-killed"}));
  EXPECT_EQ(Ids({.hedge = "estimate"}), (Ids_{"c-refusal"}));
  EXPECT_EQ(Ids({.category = "refusal", .side = "UA"}), Ids_{});
  EXPECT_EQ(Ids({.category = "no-such"}), Ids_{});
}

TEST_F(ClaimFilterTest, FiltersOnTheDocument) {
  EXPECT_EQ(Ids({.lang = "ru"}), (Ids_{"c-russian"}));
  EXPECT_EQ(Ids({.source = "example.org"}), (Ids_{"c-refusal", "c-killed"}));
  EXPECT_EQ(Ids({.doc = ru_}), (Ids_{"c-russian"}));
  EXPECT_EQ(Ids({.lang = "en", .source = "meduza.io"}), Ids_{});
}

TEST_F(ClaimFilterTest, SpeakerIsACaseInsensitiveSubstringInAnyScript) {
  EXPECT_EQ(Ids({.speaker = "chikov"}), (Ids_{"c-refusal"}));
  EXPECT_EQ(Ids({.speaker = "AGORA"}), (Ids_{"c-refusal"}));
  EXPECT_EQ(Ids({.speaker = "defence"}), (Ids_{"c-killed"}));
  EXPECT_EQ(Ids({.speaker = kChikovRuUpper}), (Ids_{"c-russian"}));
  // Name and organisation are searched apart: no match across the two.
  EXPECT_EQ(Ids({.speaker = "chikov agora"}), Ids_{});
}

TEST_F(ClaimFilterTest, SpeakerActorIsExactAndOredWithTheName) {
  EXPECT_EQ(Ids({.speaker_actor = "ru-mod"}), (Ids_{"c-killed"}));
  EXPECT_EQ(Ids({.speaker_actor = "ru"}), Ids_{});
  EXPECT_EQ(Ids({.speaker = kChikovRuUpper, .speaker_actor = "ru-mod"}),
            (Ids_{"c-killed", "c-russian"}));
}

TEST_F(ClaimFilterTest, DatesArePublicationDaysElseThePeriodsEnd) {
  EXPECT_EQ(Ids({.since = "2022-05-20"}), (Ids_{"c-refusal", "c-killed", "c-russian"}));
  EXPECT_EQ(Ids({.since = "2022-05-21"}), (Ids_{"c-russian"}));
  // A date-time counts by its day.
  EXPECT_EQ(Ids({.since = "2023-01-10", .until = "2023-01-10"}), (Ids_{"c-russian"}));
  EXPECT_EQ(Ids({.until = "2022-05-19"}), (Ids_{"c-period"}));
  EXPECT_EQ(Ids({.until = "2021-12-31"}), (Ids_{"c-period"}));
  EXPECT_EQ(Ids({.until = "2021-12-30"}), Ids_{});
}

TEST_F(ClaimFilterTest, CursorPagesThroughWithoutGapsOrRepeats) {
  ClaimQuery q;
  q.limit = 2;
  std::vector<std::string> seen;
  for (int page = 0; page < 10; ++page) {
    Result<std::vector<ClaimRow>> rows = store_->ListClaims(q);
    ASSERT_TRUE(rows.ok());
    if (rows->empty()) break;
    EXPECT_LE(rows->size(), 2u);
    for (const ClaimRow& r : *rows) {
      EXPECT_GT(r.rowid, q.after);
      seen.push_back(r.claim.id);
    }
    q.after = rows->back().rowid;
  }
  EXPECT_EQ(seen, (Ids_{"c-refusal", "c-killed", "c-russian", "c-period", "c-undated"}));

  // The cursor combines with filters; the count ignores it.
  ClaimQuery refusals{.category = "refusal", .limit = 1};
  Result<std::vector<ClaimRow>> first = store_->ListClaims(refusals);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 1u);
  refusals.after = (*first)[0].rowid;
  EXPECT_EQ(Ids(refusals), (Ids_{"c-russian"}));
  EXPECT_EQ(*store_->CountClaims(refusals), 2);
}

TEST_F(ClaimFilterTest, FilterValuesAreDataNotSql) {
  EXPECT_EQ(Ids({.category = "refusal' OR '1'='1"}), Ids_{});
  EXPECT_EQ(Ids({.speaker = "%"}), Ids_{});
  EXPECT_EQ(Ids({.source = "x\"; DROP TABLE claims; --"}), Ids_{});
  EXPECT_EQ(Ids({}).size(), 5u);
}

TEST_F(ClaimFilterTest, StatsCountClaims) {
  Result<Stats> stats = store_->GetStats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->claims, 5);
  auto find = [](const std::vector<Count>& counts, const std::string& key) -> int64_t {
    for (const Count& c : counts) {
      if (c.key == key) return c.n;
    }
    return -1;
  };
  EXPECT_EQ(find(stats->claims_by_category, "refusal"), 2);
  EXPECT_EQ(find(stats->claims_by_category, "killed"), 1);
  EXPECT_EQ(find(stats->claims_by_category, ""), 2);
  EXPECT_EQ(stats->claims_by_category[0].key, "");  // ties: null first
  EXPECT_EQ(find(stats->claims_by_side, "RU"), 2);
  EXPECT_EQ(find(stats->claims_by_side, "UA"), 1);
  EXPECT_EQ(find(stats->claims_by_stance, "independent"), 2);
  EXPECT_EQ(find(stats->claims_by_stance, "official-RU"), 1);
  EXPECT_EQ(find(stats->claims_by_stance, ""), 2);
}

TEST_F(ClaimStoreTest, KeepsSealedNames) {
  const std::string sealed("\x00\x01sealed\xff", 9);
  ASSERT_TRUE(store_->PutSealedName("person-7c2e", sealed).ok());
  Result<std::string> got = store_->GetSealedName("person-7c2e");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, sealed);
  ASSERT_TRUE(store_->PutSealedName("person-7c2e", "resealed").ok());
  EXPECT_EQ(*store_->GetSealedName("person-7c2e"), "resealed");
  EXPECT_EQ(store_->GetSealedName("person-0000").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->PutSealedName("", "x").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->PutSealedName("person-1", "").code(), StatusCode::kInvalidArgument);
}

TEST_F(ClaimStoreTest, ScansSealedNamesUntilToldToStop) {
  ASSERT_TRUE(store_->PutSealedName("person-b", "two").ok());
  ASSERT_TRUE(store_->PutSealedName("person-a", "one").ok());
  ASSERT_TRUE(store_->PutSealedName("person-c", "three").ok());
  std::vector<std::string> seen;
  ASSERT_TRUE(store_->ScanSealedNames([&](std::string_view sealed) {
    seen.emplace_back(sealed);
    return true;
  }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"one", "two", "three"}));
  seen.clear();
  ASSERT_TRUE(store_->ScanSealedNames([&](std::string_view sealed) {
    seen.emplace_back(sealed);
    return false;
  }).ok());
  EXPECT_EQ(seen, std::vector<std::string>{"one"});
}

// --- schema versions ---------------------------------------------------

// Schema 1 as doc/schema.md describes it, written without the store.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE runs (id INTEGER PRIMARY KEY, command TEXT NOT NULL,
  started_at TEXT NOT NULL, finished_at TEXT, files INTEGER NOT NULL DEFAULT 0,
  bytes INTEGER NOT NULL DEFAULT 0, documents_new INTEGER NOT NULL DEFAULT 0,
  documents_known INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,
  errors INTEGER NOT NULL DEFAULT 0);
CREATE TABLE documents (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL, path TEXT NOT NULL, record TEXT NOT NULL, url TEXT NOT NULL,
  source TEXT NOT NULL, title TEXT NOT NULL, author TEXT NOT NULL,
  published TEXT NOT NULL, captured TEXT NOT NULL, forwarded_from TEXT NOT NULL,
  lang TEXT NOT NULL, charset TEXT NOT NULL, chars INTEGER NOT NULL,
  input_bytes INTEGER NOT NULL, run INTEGER NOT NULL REFERENCES runs(id),
  text TEXT NOT NULL);
CREATE INDEX documents_lang ON documents(lang);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_published ON documents(published);
CREATE TABLE errors (id INTEGER PRIMARY KEY, run INTEGER NOT NULL REFERENCES runs(id),
  path TEXT NOT NULL, record TEXT NOT NULL, code TEXT NOT NULL,
  severity TEXT NOT NULL, message TEXT NOT NULL);
CREATE INDEX errors_run ON errors(run);
INSERT INTO runs(id, command, started_at) VALUES(1, 'tally ingest old/', '2024-01-01T00:00:00Z');
INSERT INTO documents(id, format, path, record, url, source, title, author, published,
  captured, forwarded_from, lang, charset, chars, input_bytes, run, text)
  VALUES('d-00000000000000aa', 'text', 'old.txt', '', '', 'old.example', 'Old', '',
         '2024-01-01', '', '', 'en', 'UTF-8', 9, 9, 1, 'Old text.');
PRAGMA user_version = 1;
)sql";

// Runs `sql` on a fresh connection to `path`.
void RawSql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

// The first column of the first row of `sql`, as an integer.
int64_t RawScalar(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

TEST(ClaimSchema, NewDatabaseIsAtTheCurrentSchema) {
  testing::ScratchDir dir;
  ASSERT_TRUE(Store::Open(dir.Path("t.db"), {}).ok());
  EXPECT_EQ(RawScalar(dir.Path("t.db"), "PRAGMA user_version"), 9);
  EXPECT_EQ(RawScalar(dir.Path("t.db"), "SELECT count(*) FROM sqlite_master WHERE name = 'doc_clusters'"), 1);
}

TEST(ClaimSchema, MigratesVersionOneInPlace) {
  testing::ScratchDir dir;
  const std::string path = dir.Path("v1.db");
  RawSql(path, kSchemaV1);
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path, {});
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Result<Document> old = (*store)->GetDocument("d-00000000000000aa");
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->text, "Old text.");
    Claim c = BareClaim(old->id, "c-1", 0);
    c.places = {"RU-AMU"};
    ASSERT_TRUE((*store)->PutClaims(old->id, {c}).ok());
    ASSERT_TRUE((*store)->PutSealedName("person-1", "x").ok());
    ClaimQuery q;
    q.place = "RU-AMU";
    q.since = "2024-01-01";
    Result<std::vector<ClaimRow>> rows = (*store)->ListClaims(q);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].doc.source, "old.example");
  }
  EXPECT_EQ(RawScalar(path, "PRAGMA user_version"), 9);
  // Opening again finds nothing to do and keeps the claims.
  Result<std::unique_ptr<Store>> again = Store::Open(path, {});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*(*again)->CountClaims({}), 1);
  EXPECT_EQ((*again)->GetStats()->documents, 1);
  // The upgrade indexed the document that was there before.
  Result<int64_t> hits = (*again)->CountSearch({.text = "old"});
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  EXPECT_EQ(*hits, 1);
}

TEST(ClaimSchema, FailedMigrationLeavesVersionOneAsItWas) {
  testing::ScratchDir dir;
  const std::string path = dir.Path("v1.db");
  RawSql(path, kSchemaV1);
  // Something not made by tally stands where schema 2 puts a table.
  RawSql(path, "CREATE TABLE persons (who TEXT)");
  Result<std::unique_ptr<Store>> store = Store::Open(path, {});
  EXPECT_EQ(store.status().code(), StatusCode::kIOError);
  EXPECT_NE(store.status().message().find("v1.db"), std::string::npos);
  EXPECT_NE(store.status().message().find("from schema 1 to 9"), std::string::npos);
  EXPECT_EQ(RawScalar(path, "PRAGMA user_version"), 1);
  // The claims table made before the failure was rolled back.
  EXPECT_EQ(RawScalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'claims'"), 0);
  EXPECT_EQ(RawScalar(path, "SELECT count(*) FROM documents"), 1);
}

TEST(ClaimSchema, ReadOnlyVersionOneHasNoClaims) {
  testing::ScratchDir dir;
  const std::string path = dir.Path("v1.db");
  RawSql(path, kSchemaV1);
  StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(path, options);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Result<std::vector<ClaimRow>> rows = (*store)->ListClaims({});
  ASSERT_TRUE(rows.ok());
  EXPECT_TRUE(rows->empty());
  EXPECT_EQ(*(*store)->CountClaims({}), 0);
  EXPECT_TRUE((*store)->ClaimsOfDocument("d-00000000000000aa")->empty());
  EXPECT_EQ((*store)->GetSealedName("person-1").status().code(), StatusCode::kNotFound);
  Result<Stats> stats = (*store)->GetStats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->claims, 0);
  EXPECT_EQ(RawScalar(path, "PRAGMA user_version"), 1);  // not upgraded
}

// A store of schema 4: made now, then what schemas 5 and 6 added taken
// away again.
void MakeVersionFour(const std::string& path) {
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path, {});
    ASSERT_TRUE(store.ok());
    const int64_t run = *(*store)->BeginRun("test");
    for (const auto& [text, lang, source, day] :
         {std::tuple{"Moscow text.", "ru", "meduza.io", "2024-02-03"},
          std::tuple{"Kyiv text.", "uk", "pravda.com.ua", "2024-02-05"}}) {
      Document d = MakeDoc(text, lang, source, day);
      ASSERT_TRUE(*(*store)->PutDocument(d, run));
      std::vector<Claim> claims;
      for (int i = 0; i < 3; ++i) {
        Claim c = BareClaim(d.id, "c-" + std::string(lang) + std::to_string(i),
                            static_cast<uint64_t>(i));
        c.places = {"RU-AMU"};
        claims.push_back(c);
      }
      ASSERT_TRUE((*store)->PutClaims(d.id, claims).ok());
    }
  }
  RawSql(path,
         "DROP TABLE collect_sources; DROP TABLE collect_urls; "
         "DROP INDEX claims_figure; DROP TABLE store_state; DROP INDEX claims_source_date; DROP INDEX claims_lang_date; DROP INDEX "
         "claim_places_date; ALTER TABLE claims DROP COLUMN doc_source; ALTER TABLE claims "
         "DROP COLUMN doc_lang; ALTER TABLE claim_places DROP COLUMN date; "
         "PRAGMA user_version = 4;");
}

// The listing filters answer the same over a schema-4 store read as it is
// (through documents and the place subquery) and over the same store
// upgraded (through the copied columns and their indexes).
TEST(ClaimSchema, VersionFourListsTheSameReadAsItIsAndUpgraded) {
  testing::ScratchDir dir;
  const std::string path = dir.Path("v4.db");
  MakeVersionFour(path);
  auto listing = [](Store& store, const std::string& lang, const std::string& source) {
    ClaimQuery q;
    q.place = "RU-AMU";
    q.lang = lang;
    q.source = source;
    q.since = "2024-02-01";
    q.order = ClaimOrder::kDateDescending;
    std::vector<std::string> ids;
    Result<std::vector<ClaimRow>> rows = store.ListClaims(q);
    if (!rows.ok()) return std::vector<std::string>{rows.status().ToString()};
    for (const ClaimRow& row : *rows) ids.push_back(row.claim.id);
    ids.push_back(std::to_string(*store.CountClaims(q)));
    return ids;
  };
  const std::vector<std::string> ru = {"c-ru2", "c-ru1", "c-ru0", "3"};
  const std::vector<std::string> all = {"c-uk2", "c-uk1", "c-uk0", "c-ru2", "c-ru1", "c-ru0", "6"};
  {
    StoreOptions options;
    options.read_only = true;
    Result<std::unique_ptr<Store>> store = Store::Open(path, options);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ(listing(**store, "ru", ""), ru);
    EXPECT_EQ(listing(**store, "", "meduza.io"), ru);
    EXPECT_EQ(listing(**store, "", ""), all);
  }
  EXPECT_EQ(RawScalar(path, "PRAGMA user_version"), 4);  // read-only: not upgraded
  Result<std::unique_ptr<Store>> store = Store::Open(path, {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(RawScalar(path, "PRAGMA user_version"), 9);
  EXPECT_EQ(RawScalar(path, "SELECT count(*) FROM claims WHERE doc_source = 'meduza.io' AND "
                            "doc_lang = 'ru'"), 3);
  EXPECT_EQ(RawScalar(path, "SELECT count(*) FROM claim_places WHERE date = '2024-02-05'"), 3);
  EXPECT_EQ(listing(**store, "ru", ""), ru);
  EXPECT_EQ(listing(**store, "", "meduza.io"), ru);
  EXPECT_EQ(listing(**store, "", ""), all);
}

// A bulk load drops the claim indexes and makes them again at its end; one
// killed before that leaves them missing, and the next writable open makes
// them again.
TEST(ClaimSchema, MissingClaimIndexesAreMadeAgainOnOpen) {
  testing::ScratchDir dir;
  const std::string path = dir.Path("t.db");
  const char* kCount = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'claim%'";
  int64_t all = 0;
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path, {});
    ASSERT_TRUE(store.ok());
    all = RawScalar(path, kCount);
    ASSERT_TRUE((*store)->DropClaimIndexes().ok());
  }
  EXPECT_EQ(RawScalar(path, kCount), 0);
  {
    StoreOptions read_only;
    read_only.read_only = true;
    ASSERT_TRUE(Store::Open(path, read_only).ok());  // reads, changes nothing
  }
  EXPECT_EQ(RawScalar(path, kCount), 0);
  ASSERT_TRUE(Store::Open(path, {}).ok());
  EXPECT_EQ(RawScalar(path, kCount), all);
  EXPECT_GE(all, 14);
}

TEST(ClaimSchema, RefusesANewerSchema) {
  testing::ScratchDir dir;
  const std::string path = dir.Path("v10.db");
  RawSql(path, "CREATE TABLE x (y); PRAGMA user_version = 10;");
  Result<std::unique_ptr<Store>> store = Store::Open(path, {});
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(store.status().message().find("newer tally"), std::string::npos);
  EXPECT_EQ(RawScalar(path, "PRAGMA user_version"), 10);
}

}  // namespace
}  // namespace tally::store
