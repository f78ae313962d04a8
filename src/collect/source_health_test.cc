#include "src/collect/source_health.h"

#include <gtest/gtest.h>

namespace tally::collect {
namespace {

constexpr int64_t kTen = 1767261600;  // 2026-01-01T10:00:00Z

store::SourceState Fetched(int64_t failures, std::string error = "") {
  store::SourceState s;
  s.key = "feed http://a.test/feed.xml";
  s.last_fetch = "2026-01-01T10:00:00Z";
  s.failures = failures;
  s.last_error = std::move(error);
  s.every = 3600;
  return s;
}

TEST(SourceHealth, WaitsDoubleUpToADay) {
  EXPECT_EQ(BackoffWait(3600, 0), 3600);
  EXPECT_EQ(BackoffWait(3600, 2), 4 * 3600);
  EXPECT_EQ(BackoffWait(3600, 50), 24 * 3600);
  // An interval longer than a day is never shortened.
  EXPECT_EQ(BackoffWait(2 * 24 * 3600, 3), 2 * 24 * 3600);
}

TEST(SourceHealth, OneWordForEachState) {
  EXPECT_EQ(SourceHealth(store::SourceState{}, kTen), "never");
  EXPECT_EQ(SourceHealth(Fetched(0), kTen), "ok");
  EXPECT_EQ(SourceHealth(Fetched(0, "http://a.test/: disallowed by robots.txt"), kTen),
            "disallowed");
  EXPECT_EQ(SourceHealth(Fetched(1, "HTTP 500"), kTen + 60), "backed-off");
  EXPECT_EQ(SourceHealth(Fetched(1, "HTTP 500"), kTen + 2 * 3600), "failing");
}

TEST(SourceHealth, NextDueNeedsTheInterval) {
  EXPECT_EQ(NextDue(store::SourceState{}), 0);
  EXPECT_EQ(NextDue(Fetched(1)), kTen + 2 * 3600);
  store::SourceState old = Fetched(0);
  old.every = 0;  // written before schema 9
  EXPECT_EQ(NextDue(old), -1);
  EXPECT_EQ(SourceHealth(old, kTen), "ok");
}

}  // namespace
}  // namespace tally::collect
