#include "src/export/reveal.h"

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace tally::exporting {
namespace {

TEST(MapOffset, FollowsReplacements) {
  // "person-aaaaaaaaaaaa said 5" with the pseudonym (19) replaced by a
  // 3-character name.
  const std::vector<Replacement> moved = {{0, 19, 3}};
  EXPECT_EQ(MapOffset(moved, 0), 0u);
  EXPECT_EQ(MapOffset(moved, 19), 3u);
  EXPECT_EQ(MapOffset(moved, 25), 9u);
  // Two replacements: shifts add up.
  const std::vector<Replacement> two = {{0, 19, 3}, {30, 49, 25}};
  EXPECT_EQ(MapOffset(two, 29), 13u);
  EXPECT_EQ(MapOffset(two, 50), 40u);
}

TEST(MapOffset, NothingReplacedIsIdentity) { EXPECT_EQ(MapOffset({}, 42), 42u); }

class RevealKey : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<store::Store>> s = store::Store::Open(dir_.Path("t.db"), {});
    ASSERT_TRUE(s.ok());
    store_ = std::move(*s);
  }
  static resolve::Pseudonymizer Key(char digit) {
    return *resolve::Pseudonymizer::FromKeyHex(std::string(64, digit));
  }

  testing::ScratchDir dir_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(RevealKey, NothingSealedIsNothingToCheck) {
  EXPECT_TRUE(CheckRevealKey(store_.get(), Key('a')).ok());
}

TEST_F(RevealKey, TheRightKeyPasses) {
  const resolve::Pseudonymizer right = Key('a');
  ASSERT_TRUE(store_->PutSealedName("person-000000000001", right.Seal("Ivan Petrov")).ok());
  ASSERT_TRUE(store_->PutSealedName("person-000000000002", right.Seal("Olga Ivanova")).ok());
  EXPECT_TRUE(CheckRevealKey(store_.get(), right).ok());
}

// Issue 15: a wrong key revealed nothing, silently.
TEST_F(RevealKey, AWrongKeyIsRefusedWithTheCount) {
  const resolve::Pseudonymizer right = Key('a');
  ASSERT_TRUE(store_->PutSealedName("person-000000000001", right.Seal("Ivan Petrov")).ok());
  ASSERT_TRUE(store_->PutSealedName("person-000000000002", right.Seal("Olga Ivanova")).ok());
  const Status s = CheckRevealKey(store_.get(), Key('b'));
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "the key opens none of the 2 sealed names: a wrong key?");
}

// Names sealed under two keys (a key replaced between ingests): either
// key opens some, and reveals those.
TEST_F(RevealKey, AKeyThatOpensSomePasses) {
  ASSERT_TRUE(store_->PutSealedName("person-000000000001", Key('b').Seal("Ivan Petrov")).ok());
  ASSERT_TRUE(store_->PutSealedName("person-000000000002", Key('a').Seal("Olga Ivanova")).ok());
  EXPECT_TRUE(CheckRevealKey(store_.get(), Key('a')).ok());
  EXPECT_TRUE(CheckRevealKey(store_.get(), Key('b')).ok());
  EXPECT_EQ(CheckRevealKey(store_.get(), Key('c')).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tally::exporting
