// Schema 4's store methods: full-text search, claims in date order with
// the (date, rowid) cursor, one claim by id, claims by place, document
// pages.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>

#include "src/store/store.h"
#include "tests/test_util.h"

namespace tally::store {
namespace {

Document Doc(const std::string& title, const std::string& text, const std::string& published) {
  Document d;
  d.text = text;
  d.id = DocumentId(text);
  d.lang = "en";
  d.format = Format::kText;
  d.meta.path = title + ".txt";
  d.meta.title = title;
  d.meta.source = "example.org";
  d.meta.published = published;
  return d;
}

Claim At(const Document& doc, const std::string& id, uint64_t begin, const std::string& place) {
  Claim c;
  c.id = id;
  c.doc_id = doc.id;
  c.begin = begin;
  c.end = begin + 2;
  c.text = "12";
  c.quantity.lo = 12;
  c.quantity.hi = 12;
  c.category = "refusal";
  c.side = "RU";
  if (!place.empty()) c.places = {place};
  return c;
}

class SearchStore : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<Store>> s = Store::Open(dir_.Path("t.db"), {});
    ASSERT_TRUE(s.ok());
    store_ = std::move(*s);
    const int64_t run = *store_->BeginRun("test");
    // Three dated documents out of date order, one undated.
    const Document docs[] = {
        Doc("Refusals in Amur", "Soldiers refused to fight in the Amur region.", "2024-03-05"),
        Doc("Losses", "The ministry reported losses near Kharkiv.", "2023-01-10"),
        Doc("Deserters", "Deserters were sought; soldiers fled.", "2024-03-05"),
        Doc("Undated", "A post without a date about soldiers.", ""),
    };
    int n = 0;
    for (const Document& d : docs) {
      ASSERT_TRUE(*store_->PutDocument(d, run));
      std::vector<Claim> claims;
      for (int i = 0; i < 3; ++i) {
        claims.push_back(At(d, "c-" + std::to_string(n++), 10 * i, i == 0 ? "RU-AMU" : ""));
      }
      ASSERT_TRUE(store_->PutClaims(d.id, claims).ok());
    }
  }

  // Every claim of `q`'s order, page by page through the cursor.
  std::vector<ClaimRow> Walk(ClaimQuery q) {
    std::vector<ClaimRow> all;
    q.limit = 2;
    for (;;) {
      Result<std::vector<ClaimRow>> page = store_->ListClaims(q);
      EXPECT_TRUE(page.ok());
      if (!page.ok() || page->empty()) break;
      all.insert(all.end(), page->begin(), page->end());
      q.after = page->back().rowid;
      q.after_date = page->back().date;
    }
    return all;
  }

  testing::ScratchDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(SearchStore, FindsDocumentsByTitleAndText) {
  Result<std::vector<SearchHit>> hits = store_->Search({.text = "soldiers"});
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  EXPECT_EQ(hits->size(), 3u);
  EXPECT_EQ(*store_->CountSearch({.text = "soldiers"}), 3);
  hits = store_->Search({.text = "losses"});
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].title, "Losses");
  EXPECT_EQ((*hits)[0].claims, 3);
}

TEST_F(SearchStore, SnippetHighlightsAreCodePointRanges) {
  Result<std::vector<SearchHit>> hits = store_->Search({.text = "Kharkiv"});
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const SearchHit& h = (*hits)[0];
  ASSERT_EQ(h.highlights.size(), 1u);
  EXPECT_EQ(h.snippet.substr(h.highlights[0].first, h.highlights[0].second - h.highlights[0].first),
            "Kharkiv");
  EXPECT_EQ(h.snippet.find('\x02'), std::string::npos);
}

TEST_F(SearchStore, EveryWordMustOccur) {
  EXPECT_EQ(*store_->CountSearch({.text = "soldiers amur"}), 1);
  EXPECT_EQ(*store_->CountSearch({.text = "soldiers kharkiv"}), 0);
}

TEST_F(SearchStore, FtsSyntaxIsJustWords) {
  for (const char* text : {"\"", "soldiers OR", "NEAR(a b)", "*", "a:b", "-x", "^", "(((", "AND",
                           "\"unbalanced", "col:soldiers"}) {
    Result<int64_t> n = store_->CountSearch({.text = text});
    EXPECT_TRUE(n.ok()) << text << ": " << n.status().ToString();
    EXPECT_TRUE(store_->Search({.text = text}).ok()) << text;
  }
}

TEST_F(SearchStore, NoWordsIsInvalidArgument) {
  EXPECT_EQ(store_->Search({.text = "  "}).status().code(), StatusCode::kInvalidArgument);
}

TEST(FtsQuery, QuotesEachWord) {
  EXPECT_EQ(FtsQuery("more than"), "\"more\" \"than\"");
  EXPECT_EQ(FtsQuery(" a\"b  "), "\"a\"\"b\"");
  EXPECT_EQ(FtsQuery(" \t"), "");
}

TEST_F(SearchStore, DateOrderWalksEveryClaimOnce) {
  for (ClaimOrder order : {ClaimOrder::kDateDescending, ClaimOrder::kDateAscending}) {
    ClaimQuery q;
    q.order = order;
    const std::vector<ClaimRow> all = Walk(q);
    ASSERT_EQ(all.size(), 12u);
    std::set<int64_t> seen;
    for (const ClaimRow& r : all) seen.insert(r.rowid);
    EXPECT_EQ(seen.size(), 12u);
    // Descending: newest first, undated last; ascending the reverse.
    const bool desc = order == ClaimOrder::kDateDescending;
    EXPECT_EQ(all.front().date, desc ? "2024-03-05" : "");
    EXPECT_EQ(all.back().date, desc ? "" : "2024-03-05");
    for (size_t i = 1; i < all.size(); ++i) {
      const ClaimRow& a = all[i - 1];
      const ClaimRow& b = all[i];
      if (a.date == b.date) {
        EXPECT_EQ(a.rowid < b.rowid, !desc);
      } else if (!a.date.empty() && !b.date.empty()) {
        EXPECT_EQ(a.date < b.date, !desc);
      }
    }
  }
}

TEST_F(SearchStore, FullTextFilterNarrowsClaims) {
  ClaimQuery q;
  q.fts = FtsQuery("kharkiv");
  EXPECT_EQ(*store_->CountClaims(q), 3);
  EXPECT_EQ(Walk(q).size(), 3u);
}

TEST_F(SearchStore, GetsOneClaimById) {
  Result<ClaimRow> row = store_->GetClaim("c-4");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->claim.id, "c-4");
  EXPECT_EQ(row->doc.published, "2023-01-10");
  EXPECT_EQ(row->date, "2023-01-10");
  EXPECT_EQ(store_->GetClaim("c-nope").status().code(), StatusCode::kNotFound);
}

TEST_F(SearchStore, CountsClaimsByPlace) {
  Result<std::vector<PlaceCount>> places = store_->CountClaimsByPlace();
  ASSERT_TRUE(places.ok());
  ASSERT_EQ(places->size(), 1u);
  EXPECT_EQ((*places)[0].place, "RU-AMU");
  EXPECT_EQ((*places)[0].claims, 4);
  ASSERT_EQ((*places)[0].by_category.size(), 1u);
  EXPECT_EQ((*places)[0].by_category[0].key, "refusal");
}

TEST_F(SearchStore, DocumentPagesWalkEveryDocumentOnce) {
  DocumentQuery q;
  q.limit = 3;
  Result<std::vector<DocumentRow>> first = store_->ListDocumentPage(q);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 3u);
  EXPECT_EQ((*first)[0].claims, 3);
  EXPECT_GT((*first)[0].chars, 0);
  q.after = first->back().rowid;
  Result<std::vector<DocumentRow>> second = store_->ListDocumentPage(q);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].doc.meta.title, "Undated");
}

TEST_F(SearchStore, UpgradeFromSchemaThreeBuildsTheIndex) {
  const std::string path = dir_.Path("t.db");
  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  // What schemas 7, 6, 5 and 4 added, taken away again.
  ASSERT_EQ(sqlite3_exec(db, "DROP TABLE collect_sources; DROP TABLE collect_urls; "
                         "DROP INDEX claims_figure; DROP TABLE store_state; "
                         "DROP INDEX claims_source_date; DROP INDEX claims_lang_date; "
                         "DROP INDEX claim_places_date; ALTER TABLE claims DROP COLUMN doc_source; "
                         "ALTER TABLE claims DROP COLUMN doc_lang; "
                         "ALTER TABLE claim_places DROP COLUMN date; "
                         "DROP TABLE doc_text; DROP INDEX claims_category_date; "
                         "DROP INDEX claims_stance_date; PRAGMA user_version = 3;", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  StoreOptions read_only;
  read_only.read_only = true;
  {
    // Read-only at schema 3: no index, and it says so.
    Result<std::unique_ptr<Store>> old = Store::Open(path, read_only);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ((*old)->Search({.text = "soldiers"}).status().code(), StatusCode::kUnsupported);
  }
  Result<std::unique_ptr<Store>> upgraded = Store::Open(path, {});
  ASSERT_TRUE(upgraded.ok()) << upgraded.status().ToString();
  EXPECT_EQ(*(*upgraded)->CountSearch({.text = "soldiers"}), 3);
}

}  // namespace
}  // namespace tally::store
