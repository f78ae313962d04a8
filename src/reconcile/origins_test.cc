// Origins do not depend on how the claims reached the store: all at once,
// in another order, in batches linked one by one, or with runs that were
// cut short before linking.
#include <algorithm>
#include <map>
#include <random>

#include <gtest/gtest.h>

#include "src/reconcile/origins.h"
#include "tests/test_util.h"

namespace tally::reconcile {
namespace {

struct DocSpec {
  std::string text, source, published;
  int group = 0;  // documents of one group are near-duplicates of each other
  std::vector<Claim> claims;
};

Speaker Person(const std::string& name, const std::string& actor, const std::string& stance) {
  Speaker s;
  s.name = name;
  s.actor = actor;
  s.stance = stance;
  s.kind = actor.empty() ? "person" : "government";
  return s;
}

// Documents whose claims repeat few figures, from few speakers (one of
// them under two spellings), many unattributed, across copies.
std::vector<DocSpec> MakeCorpus(unsigned seed, int docs) {
  std::mt19937 rng(seed);
  const std::vector<std::optional<Speaker>> speakers = {
      Person("Pavel Chikov", "chikov", "independent"),
      Person("Oleg Varnavin", "", "independent"),
      Person("\u0412\u0430\u0440\u043d\u0430\u0432\u0438\u043d", "", "independent"),
      Person("Ministry of Defence", "ru-mod", "official-RU"),
      std::nullopt,
      std::nullopt,
  };
  const double figures[] = {1000, 1400, 250};
  const char* categories[] = {"refusal", "killed"};
  std::vector<int> days(static_cast<size_t>(docs));
  for (int i = 0; i < docs; ++i) days[static_cast<size_t>(i)] = i;
  std::shuffle(days.begin(), days.end(), rng);
  std::vector<DocSpec> out;
  for (int i = 0; i < docs; ++i) {
    DocSpec d;
    d.text = "document " + std::to_string(i);
    d.source = "outlet" + std::to_string(i % 7);
    // Every fifth document undated; the others on days of their own.
    if (i % 5 != 4) {
      char date[32];
      const int day = days[static_cast<size_t>(i)];
      std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + day / 28, 1 + day % 28);
      d.published = date;
    }
    d.group = static_cast<int>(rng() % static_cast<unsigned>(docs / 3 + 1));
    const int n = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < n; ++k) {
      Claim c;
      c.id = "c-" + std::to_string(i) + "-" + std::to_string(k);
      c.doc_id = DocumentId(d.text);
      c.begin = static_cast<uint64_t>(10 * k);
      c.end = c.begin + 4;
      c.text = "1000";
      c.sentence = "They said 1000.";
      const double v = figures[rng() % 3];
      c.quantity.lo = v;
      c.quantity.hi = v;
      c.category = categories[rng() % 2];
      c.side = "RU";
      c.speaker = speakers[rng() % speakers.size()];
      d.claims.push_back(c);
    }
    out.push_back(std::move(d));
  }
  return out;
}

class Ingest {
 public:
  explicit Ingest(const std::string& path) {
    Result<std::unique_ptr<store::Store>> s = store::Store::Open(path, {});
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    run_ = *store_->BeginRun("test");
  }

  void Add(const DocSpec& spec) {
    Document d;
    d.text = spec.text;
    d.id = DocumentId(spec.text);
    d.lang = "en";
    d.meta.source = spec.source;
    d.meta.published = spec.published;
    d.meta.path = spec.source + ".txt";
    ASSERT_TRUE(store_->PutDocument(d, run_).ok());
    const int64_t rowid = *store_->DocumentRowid(d.id);
    auto first = first_of_group_.find(spec.group);
    if (first == first_of_group_.end()) {
      first_of_group_[spec.group] = rowid;
    } else {
      ASSERT_TRUE(store_->SetCluster(first->second, first->second, 1.0).ok());
      ASSERT_TRUE(store_->SetCluster(rowid, first->second, 0.9).ok());
    }
    ASSERT_TRUE(store_->PutClaims(d.id, spec.claims).ok());
  }

  // Claim id -> origin id ("" for an origin).
  std::map<std::string, std::string> Origins() {
    std::map<std::string, std::string> out;
    store::ClaimQuery q;
    q.limit = 100000;
    Result<std::vector<store::ClaimRow>> rows = store_->ListClaims(q);
    EXPECT_TRUE(rows.ok());
    for (const store::ClaimRow& r : *rows) out[r.claim.id] = r.claim.origin;
    return out;
  }

  store::Store& store() { return *store_; }

 private:
  std::unique_ptr<store::Store> store_;
  int64_t run_ = 0;
  std::map<int, int64_t> first_of_group_;
};

TEST(Origins, TheSameWhateverTheOrderAndBatching) {
  testing::ScratchDir dir;
  const std::vector<DocSpec> corpus = MakeCorpus(7, 90);

  Ingest whole(dir.Path("whole.db"));
  for (const DocSpec& d : corpus) whole.Add(d);
  Result<OriginSummary> all = LinkOrigins(whole.store());
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  const std::map<std::string, std::string> want = whole.Origins();
  ASSERT_GT(all->origins, 5u);
  ASSERT_GT(all->echoes, 20u);  // the corpus repeats itself, or the test proves little
  EXPECT_EQ(all->claims, want.size());

  for (unsigned seed : {1u, 2u, 3u, 4u}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::vector<DocSpec> shuffled = corpus;
    std::mt19937 rng(seed);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    Ingest batched(dir.Path("batched" + std::to_string(seed) + ".db"));
    size_t at = 0;
    while (at < shuffled.size()) {
      const size_t n = std::min<size_t>(1 + rng() % 20, shuffled.size() - at);
      for (size_t i = 0; i < n; ++i) batched.Add(shuffled[at + i]);
      at += n;
      // A run cut short before linking leaves its claims for the next.
      if (rng() % 3 != 0) {
        ASSERT_TRUE(LinkOrigins(batched.store()).ok());
      }
    }
    ASSERT_TRUE(LinkOrigins(batched.store()).ok());
    EXPECT_EQ(batched.Origins(), want);
    // Linking every figure again changes nothing.
    ASSERT_TRUE(LinkOrigins(batched.store(), LinkScope::kAll).ok());
    EXPECT_EQ(batched.Origins(), want);
  }
}

TEST(Origins, LinksOnlyTheFiguresOfNewClaims) {
  testing::ScratchDir dir;
  const std::vector<DocSpec> corpus = MakeCorpus(11, 60);
  Ingest ingest(dir.Path("t.db"));
  for (size_t i = 0; i + 1 < corpus.size(); ++i) ingest.Add(corpus[i]);
  Result<OriginSummary> first = LinkOrigins(ingest.store());
  ASSERT_TRUE(first.ok());
  // One more document: only its figures are read again.
  ingest.Add(corpus.back());
  Result<OriginSummary> next = LinkOrigins(ingest.store());
  ASSERT_TRUE(next.ok());
  EXPECT_LE(next->figures, corpus.back().claims.size());
  EXPECT_GE(next->figures, 1u);
  EXPECT_LT(next->claims, first->claims);
  // Nothing new: nothing read.
  Result<OriginSummary> none = LinkOrigins(ingest.store());
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->figures, 0u);
  EXPECT_EQ(none->claims, 0u);
}

}  // namespace
}  // namespace tally::reconcile
