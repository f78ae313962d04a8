#include "src/serve/query_params.h"

#include <gtest/gtest.h>

namespace tally::serve {
namespace {

TEST(QueryParams, DecodesEscapesAndPlus) {
  Result<QueryParams> p = QueryParams::Parse("q=more+than%201%2C000&side=RU", 2048);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->Get("q"), "more than 1,000");
  EXPECT_EQ(p->Get("side"), "RU");
  EXPECT_EQ(p->Get("absent"), "");
}

TEST(QueryParams, EmptyPairsAndValuesAreNothing) {
  Result<QueryParams> p = QueryParams::Parse("&&category=&side", 2048);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->Get("category"), "");
  EXPECT_EQ(p->Get("side"), "");
}

TEST(QueryParams, RefusesBadInput) {
  for (const char* query : {"q=%", "q=%4", "q=%zz", "q=a&q=b", "q=%00", "q=%0a", "q=%ff",
                            "q=%c0%af", "=x", "q=%ed%a0%80", "a%01=1"}) {
    EXPECT_EQ(QueryParams::Parse(query, 2048).status().code(), StatusCode::kInvalidArgument)
        << query;
  }
}

TEST(QueryParams, RefusesOverlongQuery) {
  const std::string query = "q=" + std::string(3000, 'a');
  Result<QueryParams> p = QueryParams::Parse(query, 2048);
  EXPECT_EQ(p.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(p.status().message().find("too long"), std::string::npos);
}

TEST(QueryParams, KeepsUtf8) {
  // "Chikov" in Cyrillic, percent-encoded.
  Result<QueryParams> p = QueryParams::Parse("speaker=%D0%A7%D0%B8%D0%BA%D0%BE%D0%B2", 2048);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->Get("speaker"), "\u0427\u0438\u043a\u043e\u0432");
}

TEST(QueryParams, OnlyTheseNamesTheStranger) {
  Result<QueryParams> p = QueryParams::Parse("side=RU&sied=UA", 2048);
  ASSERT_TRUE(p.ok());
  Status s = p->OnlyThese({"side"});
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("'sied'"), std::string::npos);
}

TEST(QueryParams, IntsWithinBounds) {
  Result<QueryParams> p = QueryParams::Parse("limit=20&bad=2x&big=999999999999999999999", 2048);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(*p->GetInt("limit", 50, 1, 200), 20);
  EXPECT_EQ(*p->GetInt("absent", 50, 1, 200), 50);
  EXPECT_EQ(p->GetInt("bad", 50, 1, 200).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(p->GetInt("big", 50, 1, 200).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(p->GetInt("limit", 50, 1, 10).status().code(), StatusCode::kInvalidArgument);
}

TEST(QueryParams, Bools) {
  Result<QueryParams> p = QueryParams::Parse("a=1&b=false&c=yes", 2048);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(*p->GetBool("a"));
  EXPECT_FALSE(*p->GetBool("b"));
  EXPECT_FALSE(*p->GetBool("absent"));
  EXPECT_EQ(p->GetBool("c").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tally::serve
