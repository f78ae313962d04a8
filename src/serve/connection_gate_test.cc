#include "src/serve/connection_gate.h"

#include <gtest/gtest.h>

namespace tally::serve {
namespace {

TEST(HasWholeHead, NeedsTheEmptyLine) {
  EXPECT_TRUE(HasWholeHead("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_TRUE(HasWholeHead("GET / HTTP/1.1\r\n\r\nGET /next"));  // pipelined
  EXPECT_FALSE(HasWholeHead(""));
  EXPECT_FALSE(HasWholeHead("GET / HTTP/1.1\r\nHost: x\r\n"));
  EXPECT_FALSE(HasWholeHead("GET / HTTP/1.1\r\nHost: x\r\n\r"));
}

// The library ends a head at a bare "\n\n" too; the strict check then
// refuses it, which needs the head handed to a worker, not timed out.
TEST(HasWholeHead, TakesBareLineFeedsAsTheLibraryDoes) {
  EXPECT_TRUE(HasWholeHead("GET / HTTP/1.1\nHost: x\n\n"));
  EXPECT_TRUE(HasWholeHead("GET / HTTP/1.1\r\nHost: x\n\r\n"));
}

}  // namespace
}  // namespace tally::serve
