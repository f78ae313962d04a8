#include "src/export/claim_filters.h"

#include <gtest/gtest.h>

namespace tally::exporting {
namespace {

Status Check(store::ClaimQuery* q) { return CheckClaimQuery(DefaultClaimVocabulary(), q); }

TEST(CheckClaimQuery, AcceptsAnEmptyQuery) {
  store::ClaimQuery q;
  EXPECT_TRUE(Check(&q).ok());
}

TEST(CheckClaimQuery, CanonicalisesCodes) {
  store::ClaimQuery q{.category = "Refusal", .side = "ru", .stance = "OFFICIAL-ua",
                      .place = "ru-amu", .lang = "RU", .unit = "Percent", .hedge = "estimate",
                      .basis = "Period"};
  ASSERT_TRUE(Check(&q).ok());
  EXPECT_EQ(q.category, "refusal");
  EXPECT_EQ(q.side, "RU");
  EXPECT_EQ(q.stance, "official-UA");
  EXPECT_EQ(q.place, "RU-AMU");
  EXPECT_EQ(q.lang, "ru");
  EXPECT_EQ(q.unit, "percent");
  EXPECT_EQ(q.basis, "period");
}

TEST(CheckClaimQuery, RejectsUnknownCodesAndSaysWhatIsAllowed) {
  store::ClaimQuery category{.category = "refusals"};
  Status s = Check(&category);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("'refusals'"), std::string::npos);
  EXPECT_NE(s.message().find("legal_aid"), std::string::npos);

  store::ClaimQuery side{.side = "RUS"};
  EXPECT_EQ(Check(&side).code(), StatusCode::kInvalidArgument);
  store::ClaimQuery stance{.stance = "official"};
  EXPECT_EQ(Check(&stance).code(), StatusCode::kInvalidArgument);
  store::ClaimQuery hedge{.hedge = "maybe"};
  EXPECT_EQ(Check(&hedge).code(), StatusCode::kInvalidArgument);
  store::ClaimQuery unit{.unit = "people"};
  EXPECT_EQ(Check(&unit).code(), StatusCode::kInvalidArgument);
  store::ClaimQuery basis{.basis = "daily"};
  s = Check(&basis);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("total, period, subset"), std::string::npos) << s.message();
}

TEST(CheckClaimQuery, TakesTheCategoriesItIsGiven) {
  ClaimVocabulary v = DefaultClaimVocabulary();
  v.categories = {"conscripted_civilians"};
  store::ClaimQuery q{.category = "conscripted_civilians"};
  EXPECT_TRUE(CheckClaimQuery(v, &q).ok());
  q.category = "refusal";
  EXPECT_EQ(CheckClaimQuery(v, &q).code(), StatusCode::kInvalidArgument);
}

TEST(CheckClaimQuery, DatesMustBeRealDays) {
  for (const char* bad : {"2024-02-30", "2024-13-01", "2024-3-5", "20240305", "yesterday",
                          "2024-03-05T10:00:00"}) {
    store::ClaimQuery q{.since = bad};
    Status s = Check(&q);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << bad;
    EXPECT_NE(s.message().find("YYYY-MM-DD"), std::string::npos);
  }
  store::ClaimQuery leap{.since = "2024-02-29", .until = "2024-03-01"};
  EXPECT_TRUE(Check(&leap).ok());
  store::ClaimQuery backwards{.since = "2024-03-02", .until = "2024-03-01"};
  EXPECT_EQ(Check(&backwards).code(), StatusCode::kInvalidArgument);
}

TEST(CheckClaimQuery, PlacesAndLanguagesHaveAShape) {
  for (const char* good : {"RU-AMU", "UA-14", "ru-tam", "UA-9"}) {
    store::ClaimQuery q{.place = good};
    EXPECT_TRUE(Check(&q).ok()) << good;
  }
  for (const char* bad : {"Amur", "RU", "RU-", "RU-AMUR", "R1-AMU", "RU AMU"}) {
    store::ClaimQuery q{.place = bad};
    EXPECT_EQ(Check(&q).code(), StatusCode::kInvalidArgument) << bad;
  }
  store::ClaimQuery und{.lang = "und"};
  EXPECT_TRUE(Check(&und).ok());
  store::ClaimQuery russian{.lang = "russian"};
  EXPECT_EQ(Check(&russian).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tally::exporting
