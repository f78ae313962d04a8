#include "src/serve/strict_http.h"

#include <gtest/gtest.h>

namespace tally::serve {
namespace {

TEST(CheckRequestHead, AcceptsWellFormedHeads) {
  for (std::string_view head : {
           "GET /api/v1/stats HTTP/1.1\r\nHost: x\r\n\r\n",
           "GET / HTTP/1.0\r\n\r\n",
           "HEAD /a?b=c%20d HTTP/1.1\r\nHost:x\r\nAccept: */*\r\nX-Empty:\r\nX-Tab: a\tb\r\n\r\n",
       }) {
    EXPECT_TRUE(CheckRequestHead(head).ok()) << head;
  }
}

// Issue 15: the library answered each of these 200.
TEST(CheckRequestHead, RefusesWhatTheLibraryLetsThrough) {
  for (std::string_view head : {
           "GET  /api/v1/stats HTTP/1.1\r\nHost: x\r\n\r\n",    // doubled space
           "GET /api/v1/stats  HTTP/1.1\r\nHost: x\r\n\r\n",
           " GET /api/v1/stats HTTP/1.1\r\nHost: x\r\n\r\n",
           "GET /api/v1/stats HTTP/1.1 \r\nHost: x\r\n\r\n",
           "GET\t/api/v1/stats HTTP/1.1\r\n\r\n",
           "GET /api/v1/stats HTTP/1.1\r\nHost x\r\n\r\n",       // no colon
           "GET /api/v1/stats HTTP/1.1\r\nHost : x\r\n\r\n",     // space before the colon
           "GET /api/v1/stats HTTP/1.1\r\n: x\r\n\r\n",          // no name
           "GET /api/v1/stats HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n",
           "GET /api/v1/stats HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n",  // bare LF
           "GET /api/v1/stats HTTP/1.1\r\nX-A: b\rc\r\n\r\n",         // bare CR
           "GET /api/v1/stats HTTP/1.1\r\nX-A: \x01\r\n\r\n",
           "\r\n",
       }) {
    EXPECT_EQ(CheckRequestHead(head).code(), StatusCode::kInvalidArgument) << head;
  }
}

TEST(CheckRequestHead, AHeadWithoutItsEndIsTooLarge) {
  EXPECT_EQ(CheckRequestHead("GET / HTTP/1.1\r\nX-A: aaaa").code(),
            StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace tally::serve
