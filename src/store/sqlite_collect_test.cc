#include <gtest/gtest.h>

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
}

}  // namespace
}  // namespace tally::store
