#include "src/serve/cursor.h"

#include <gtest/gtest.h>

namespace tally::serve {
namespace {

TEST(Cursor, RoundTrips) {
  for (const Cursor& c : {Cursor{'c', 2, "2024-03-05", 1234}, Cursor{'c', 1, "", 7},
                          Cursor{'d', 0, "", 99}, Cursor{'s', 0, "", 40}}) {
    const std::string text = EncodeCursor(c);
    for (char ch : text) EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_');
    Result<Cursor> back = DecodeCursor(text, c.kind);
    ASSERT_TRUE(back.ok()) << text;
    EXPECT_EQ(back->order, c.order);
    EXPECT_EQ(back->date, c.date);
    EXPECT_EQ(back->position, c.position);
  }
}

TEST(Cursor, RefusesAnotherListingsCursor) {
  const std::string text = EncodeCursor({'d', 0, "", 5});
  EXPECT_EQ(DecodeCursor(text, 'c').status().code(), StatusCode::kInvalidArgument);
}

TEST(Cursor, RefusesDamage) {
  const std::string good = EncodeCursor({'c', 2, "2024-03-05", 1234});
  std::string flipped = good;
  flipped[3] = flipped[3] == 'A' ? 'B' : 'A';
  for (const std::string& text :
       {std::string(), std::string("!!"), good + "A", good.substr(0, good.size() - 1), flipped,
        EncodeCursor({'c', 2, "2024-3-5", 1}), EncodeCursor({'c', 2, "", 0}),
        EncodeCursor({'c', 7, "", 1}), std::string(200, 'A')}) {
    EXPECT_EQ(DecodeCursor(text, 'c').status().code(), StatusCode::kInvalidArgument) << text;
  }
}

}  // namespace
}  // namespace tally::serve
