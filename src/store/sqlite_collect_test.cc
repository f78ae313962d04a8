#include <gtest/gtest.h>
#include <sqlite3.h>

#include "src/store/store.h"
#include "tests/test_util.h"

namespace tally::store {
namespace {

TEST(CollectTables, SourceStateRoundTripsAndIsReplaced) {
  testing::ScratchDir dir;
  Result<std::unique_ptr<Store>> store = Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  EXPECT_TRUE((*store)->ListSourceStates()->empty());
  SourceState s;
  s.key = "feed https://example.org/feed.xml";
  s.kind = "feed";
  s.target = "https://example.org/feed.xml";
  s.last_fetch = "2024-10-01T10:00:00Z";
  s.etag = "\"v1\"";
  s.failures = 2;
  s.last_error = "HTTP 500";
  s.items_seen = 7;
  s.fetches = 3;
  s.last_item = 4120;
  ASSERT_TRUE((*store)->PutSourceState(s).ok());
  s.failures = 0;
  s.last_error = "";
  ASSERT_TRUE((*store)->PutSourceState(s).ok());
  Result<std::vector<SourceState>> states = (*store)->ListSourceStates();
  ASSERT_TRUE(states.ok());
  ASSERT_EQ(states->size(), 1u);
  const SourceState& got = (*states)[0];
  EXPECT_EQ(got.key, s.key);
  EXPECT_EQ(got.etag, "\"v1\"");
  EXPECT_EQ(got.last_modified, "");
  EXPECT_EQ(got.failures, 0);
  EXPECT_EQ(got.last_error, "");
  EXPECT_EQ(got.items_seen, 7);
  EXPECT_EQ(got.fetches, 3);
  EXPECT_EQ(got.last_item, 4120);
}

// A schema-7 file: read-only it lists its sources without a Telegram
// position; opened for writing it gains the column, and keeps its rows.
TEST(CollectTables, SchemaSevenGainsTheTelegramPosition) {
  testing::ScratchDir dir;
  const std::string path = dir.Path("t.db");
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path, {});
    ASSERT_TRUE(store.ok());
    SourceState s{.key = "telegram demo", .kind = "telegram", .target = "demo"};
    s.last_item = 9;
    ASSERT_TRUE((*store)->PutSourceState(s).ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE collect_sources DROP COLUMN last_item; "
                             "ALTER TABLE collect_sources DROP COLUMN every; "
                             "PRAGMA user_version = 7;", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  {
    Result<std::unique_ptr<Store>> old = Store::Open(path, {.read_only = true});
    ASSERT_TRUE(old.ok());
    Result<std::vector<SourceState>> states = (*old)->ListSourceStates();
    ASSERT_TRUE(states.ok()) << states.status().ToString();
    ASSERT_EQ(states->size(), 1u);
    EXPECT_EQ((*states)[0].last_item, 0);
  }
  Result<std::unique_ptr<Store>> store = Store::Open(path, {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Result<std::vector<SourceState>> states = (*store)->ListSourceStates();
  ASSERT_TRUE(states.ok());
  ASSERT_EQ(states->size(), 1u);
  EXPECT_EQ((*states)[0].key, "telegram demo");
  EXPECT_EQ((*states)[0].last_item, 0);
  EXPECT_EQ((*states)[0].every, 0);  // unknown until its next fetch
  SourceState fetched = (*states)[0];
  fetched.every = 900;
  ASSERT_TRUE((*store)->PutSourceState(fetched).ok());
  EXPECT_EQ((*store)->ListSourceStates()->at(0).every, 900);
}

TEST(CollectTables, RemembersFetchedUrls) {
  testing::ScratchDir dir;
  Result<std::unique_ptr<Store>> store = Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  EXPECT_FALSE(*(*store)->UrlFetched("https://example.org/a"));
  ASSERT_TRUE((*store)->PutFetchedUrl({.url = "https://example.org/a",
                                       .source = "feed https://example.org/feed.xml",
                                       .fetched = "2024-10-01T10:00:00Z",
                                       .status = 200,
                                       .warc_file = "w.warc.gz",
                                       .warc_record = "<urn:uuid:1>"})
                  .ok());
  EXPECT_TRUE(*(*store)->UrlFetched("https://example.org/a"));
  EXPECT_FALSE(*(*store)->UrlFetched("https://example.org/b"));
  Result<std::vector<Count>> by_source = (*store)->CountFetchedUrlsBySource();
  ASSERT_TRUE(by_source.ok());
  ASSERT_EQ(by_source->size(), 1u);
  EXPECT_EQ((*by_source)[0].key, "feed https://example.org/feed.xml");
  EXPECT_EQ((*by_source)[0].n, 1);
}

}  // namespace
}  // namespace tally::store
