#include "src/serve/claim_params.h"

#include <gtest/gtest.h>

#include "src/serve/cursor.h"

namespace tally::serve {
namespace {

Result<store::ClaimQuery> Listing(const std::string& query) {
  Result<QueryParams> p = QueryParams::Parse(query, 2048);
  if (!p.ok()) return p.status();
  return ParseClaimListing(*p, exporting::DefaultClaimVocabulary(), 200);
}

TEST(ClaimParams, DefaultsToNewestFirstPagesOfFifty) {
  Result<store::ClaimQuery> q = Listing("");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->order, store::ClaimOrder::kDateDescending);
  EXPECT_EQ(q->limit, kDefaultPageSize);
  EXPECT_EQ(q->after, 0);
}

TEST(ClaimParams, FiltersAreCheckedAndCanonical) {
  Result<store::ClaimQuery> q =
      Listing("category=refusal&side=ru&place=ru-amu&since=2024-01-01&origins=1&q=amur+brigade");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->side, "RU");
  EXPECT_EQ(q->place, "RU-AMU");
  EXPECT_TRUE(q->origins_only);
  EXPECT_EQ(q->fts, "\"amur\" \"brigade\"");
}

TEST(ClaimParams, BadValuesAreInvalidArgument) {
  for (const char* query : {"side=XX", "category=refusals", "since=2024-02-30", "limit=0",
                            "limit=201", "sort=size", "origins=maybe", "cursor=zzz",
                            "categroy=refusal", "q=%20"}) {
    EXPECT_EQ(Listing(query).status().code(), StatusCode::kInvalidArgument) << query;
  }
}

TEST(ClaimParams, TooManySearchWords) {
  std::string words;
  for (size_t i = 0; i <= kMaxSearchWords; ++i) words += "w+";
  EXPECT_EQ(Listing("q=" + words).status().code(), StatusCode::kInvalidArgument);
}

TEST(ClaimParams, CursorMustMatchTheSort) {
  const std::string next = EncodeCursor({'c', static_cast<int>(store::ClaimOrder::kDateDescending),
                                         "2024-03-05", 10});
  Result<store::ClaimQuery> q = Listing("cursor=" + next);
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->after, 10);
  EXPECT_EQ(q->after_date, "2024-03-05");
  EXPECT_EQ(Listing("sort=date&cursor=" + next).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tally::serve
