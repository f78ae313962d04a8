#include "src/export/reveal.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace tally::exporting
