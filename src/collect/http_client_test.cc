#include "src/collect/http_client.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "src/collect/fixture_server.h"
#include "tests/test_util.h"

namespace tally::collect {
namespace {

using collect::testing::FixtureServer;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Quick settings so that retries and intervals cost milliseconds.
HttpOptions FastOptions() {
  HttpOptions o;
  o.contact = "ops@example.org";
  o.backoff = milliseconds(10);
  o.host_interval = milliseconds(0);
  o.timeout = milliseconds(3000);
  o.connect_timeout = milliseconds(1000);
  return o;
}

TEST(HttpClient, GetsABodyWithAnHonestUserAgent) {
  FixtureServer server;
  server.http().Get("/page", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<p>hello</p>", "text/html; charset=utf-8");
  });
  server.Start();
  HttpClient client(FastOptions());
  Result<HttpResponse> r = client.Get({.url = server.Url("/page")});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "<p>hello</p>");
  EXPECT_EQ(r->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r->url, server.Url("/page"));
  EXPECT_EQ(r->remote_ip, "127.0.0.1");
  EXPECT_EQ(r->request_head.rfind("GET /page HTTP/1.1\r\n", 0), 0u) << r->request_head;
  EXPECT_EQ(r->response_head.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << r->response_head;
  EXPECT_EQ(r->fetched_at.size(), 20u) << r->fetched_at;
  ASSERT_EQ(server.Log().size(), 1u);
  EXPECT_EQ(server.Log()[0].headers.find("User-Agent")->second, "tally/0.1 (+ops@example.org)");
}

TEST(HttpClient, SendsValidatorsAndReports304) {
  FixtureServer server;
  server.http().Get("/feed.xml", [](const httplib::Request& req, httplib::Response& res) {
    if (req.get_header_value("If-None-Match") == "\"v1\"" ||
        req.get_header_value("If-Modified-Since") == "Tue, 01 Oct 2024 10:00:00 GMT") {
      res.status = 304;
      return;
    }
    res.set_header("ETag", "\"v1\"");
    res.set_header("Last-Modified", "Tue, 01 Oct 2024 10:00:00 GMT");
    res.set_content("<rss/>", "application/rss+xml");
  });
  server.Start();
  HttpClient client(FastOptions());
  Result<HttpResponse> first = client.Get({.url = server.Url("/feed.xml")});
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->status, 200);
  EXPECT_EQ(first->etag, "\"v1\"");
  EXPECT_EQ(first->last_modified, "Tue, 01 Oct 2024 10:00:00 GMT");
  Result<HttpResponse> by_etag = client.Get({.url = server.Url("/feed.xml"), .etag = first->etag});
  ASSERT_TRUE(by_etag.ok());
  EXPECT_EQ(by_etag->status, 304);
  EXPECT_TRUE(by_etag->body.empty());
  Result<HttpResponse> by_date =
      client.Get({.url = server.Url("/feed.xml"), .last_modified = first->last_modified});
  ASSERT_TRUE(by_date.ok());
  EXPECT_EQ(by_date->status, 304);
}

TEST(HttpClient, UndoesGzip) {
  FixtureServer server;
  server.http().Get("/z", [](const httplib::Request& req, httplib::Response& res) {
    EXPECT_NE(req.get_header_value("Accept-Encoding").find("gzip"), std::string::npos);
    res.set_header("Content-Encoding", "gzip");
    res.set_content(tally::testing::Gzip("packed text"), "text/plain");
  });
  server.Start();
  HttpClient client(FastOptions());
  Result<HttpResponse> r = client.Get({.url = server.Url("/z")});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->body, "packed text");
}

TEST(HttpClient, OversizedBodyIsResourceExhausted) {
  FixtureServer server;
  server.http().Get("/big", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(3u << 20, 'x'), "text/plain");
  });
  server.http().Get("/big-chunked", [](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("text/plain", [](size_t offset, httplib::DataSink& sink) {
      if (offset >= (3u << 20)) {
        sink.done();
        return true;
      }
      std::string chunk(64 << 10, 'y');
      return sink.write(chunk.data(), chunk.size());
    });
  });
  server.Start();
  HttpOptions options = FastOptions();
  options.max_body_bytes = 1u << 20;
  HttpClient client(options);
  for (const char* path : {"/big", "/big-chunked"}) {
    Result<HttpResponse> r = client.Get({.url = server.Url(path)});
    ASSERT_FALSE(r.ok()) << path;
    EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted) << path;
    EXPECT_NE(r.status().message().find(server.Url(path)), std::string::npos);
  }
}

TEST(HttpClient, FollowsRedirectsButNotALoop) {
  FixtureServer server;
  server.http().Get("/old", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/new", 301);
  });
  server.http().Get("/new", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("moved here", "text/plain");
  });
  server.http().Get("/loop", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/loop", 302);
  });
  server.Start();
  HttpClient client(FastOptions());
  Result<HttpResponse> moved = client.Get({.url = server.Url("/old")});
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(moved->url, server.Url("/new"));
  EXPECT_EQ(moved->body, "moved here");
  EXPECT_EQ(moved->response_head.rfind("HTTP/1.1 200", 0), 0u);
  Result<HttpResponse> loop = client.Get({.url = server.Url("/loop")});
  ASSERT_FALSE(loop.ok());
  EXPECT_EQ(loop.status().code(), StatusCode::kIOError);
  EXPECT_NE(loop.status().message().find("more than 5 redirects"), std::string::npos);
  EXPECT_EQ(server.Count("/loop"), 6);  // the first request and five redirects, once
}

TEST(HttpClient, RetriesAServerErrorWithBackoff) {
  FixtureServer server;
  int calls = 0;
  server.http().Get("/flaky", [&](const httplib::Request&, httplib::Response& res) {
    if (++calls < 3) {
      res.status = 500;
      return;
    }
    res.set_content("finally", "text/plain");
  });
  server.http().Get("/down", [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
  server.Start();
  HttpClient client(FastOptions());
  Result<HttpResponse> r = client.Get({.url = server.Url("/flaky")});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->attempts, 3);
  Result<HttpResponse> down = client.Get({.url = server.Url("/down")});
  ASSERT_TRUE(down.ok());
  EXPECT_EQ(down->status, 500);  // an answer, for the caller to judge
  EXPECT_EQ(down->attempts, 3);
  EXPECT_EQ(server.Count("/down"), 3);
}

TEST(HttpClient, WaitsAsRetryAfterSays) {
  FixtureServer server;
  int calls = 0;
  server.http().Get("/busy", [&](const httplib::Request&, httplib::Response& res) {
    if (++calls == 1) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      return;
    }
    res.set_content("ok now", "text/plain");
  });
  server.http().Get("/away", [](const httplib::Request&, httplib::Response& res) {
    res.status = 503;
    res.set_header("Retry-After", "3600");
  });
  server.Start();
  HttpClient client(FastOptions());
  const auto start = Clock::now();
  Result<HttpResponse> r = client.Get({.url = server.Url("/busy")});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->status, 200);
  EXPECT_GE(Clock::now() - start, milliseconds(950));
  // An hour is more than we wait: the 503 comes back after one try.
  Result<HttpResponse> away = client.Get({.url = server.Url("/away")});
  ASSERT_TRUE(away.ok());
  EXPECT_EQ(away->status, 503);
  EXPECT_EQ(away->attempts, 1);
}

// A stop during the pause before a retry ends the pause, and the answer
// in hand is returned; with the stop already set, nothing is tried again.
TEST(HttpClient, AStopEndsThePauseBeforeARetry) {
  FixtureServer server;
  server.http().Get("/busy", [](const httplib::Request&, httplib::Response& res) {
    res.status = 503;
    res.set_header("Retry-After", "60");
  });
  server.Start();
  std::atomic<bool> stop{false};
  HttpOptions options = FastOptions();
  options.stop = &stop;
  HttpClient client(options);
  std::thread stopper([&stop] {
    std::this_thread::sleep_for(milliseconds(300));
    stop = true;
  });
  const auto start = Clock::now();
  Result<HttpResponse> r = client.Get({.url = server.Url("/busy")});
  stopper.join();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(r->attempts, 1);
  EXPECT_LT(Clock::now() - start, milliseconds(5000));
  Result<HttpResponse> again = client.Get({.url = server.Url("/busy")});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->attempts, 1);
  EXPECT_EQ(server.Count("/busy"), 2);
}

TEST(HttpClient, UnreachableHostIsIOErrorNamingTheUrl) {
  HttpClient client(FastOptions());
  Result<HttpResponse> r = client.Get({.url = "http://127.0.0.1:1/x"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIOError);
  EXPECT_EQ(r.status().message().rfind("http://127.0.0.1:1/x: ", 0), 0u) << r.status().message();
}

TEST(HttpClient, AHangTimesOut) {
  FixtureServer server;
  server.http().Get("/hang", [](const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(milliseconds(1500));
    res.set_content("late", "text/plain");
  });
  server.Start();
  HttpOptions options = FastOptions();
  options.timeout = milliseconds(300);
  HttpClient client(options);
  const auto start = Clock::now();
  Result<HttpResponse> r = client.Get({.url = server.Url("/hang")});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIOError);
  EXPECT_NE(r.status().message().find("timed out"), std::string::npos);
  EXPECT_LT(Clock::now() - start, milliseconds(1200));  // not tried again
}

TEST(HttpClient, KeepsAnIntervalBetweenRequestsToOneHost) {
  FixtureServer server;
  server.http().Get("/a", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("a", "text/plain");
  });
  server.Start();
  HttpOptions options = FastOptions();
  options.host_interval = milliseconds(200);
  HttpClient client(options);
  const auto start = Clock::now();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(client.Get({.url = server.Url("/a")}).ok());
  EXPECT_GE(Clock::now() - start, milliseconds(400));
}

TEST(HttpClient, RefusesOtherSchemes) {
  HttpClient client(FastOptions());
  Result<HttpResponse> r = client.Get({.url = "file:///etc/passwd"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

TEST(ParseRetryAfter, ReadsSecondsAndDates) {
  EXPECT_EQ(ParseRetryAfter("120", 0).count(), 120);
  EXPECT_EQ(ParseRetryAfter(" 5 ", 0).count(), 5);
  // Sun, 06 Nov 1994 08:49:37 GMT is 784111777.
  EXPECT_EQ(ParseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", 784111770).count(), 7);
  EXPECT_EQ(ParseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", 784111999).count(), 0);
  EXPECT_LT(ParseRetryAfter("soon", 0).count(), 0);
  EXPECT_LT(ParseRetryAfter("", 0).count(), 0);
}

}  // namespace
}  // namespace tally::collect
