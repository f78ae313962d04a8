// The fetcher end to end: a fixture site on 127.0.0.1 (feeds, article
// pages, robots.txt, and answers that misbehave), the real HTTP client,
// the real pipeline and a real store.
#include "src/collect/fetcher.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "src/collect/fetch_pass_testing.h"
#include "src/collect/fixture_server.h"
#include "src/ingest/pipeline.h"
#include "tests/test_util.h"

namespace tally::collect {
namespace {

using collect::testing::FetchPass;
using collect::testing::FixtureServer;
using collect::testing::Pass;
using tally::testing::ScratchDir;

std::string Article(const std::string& title, const std::string& text) {
  return "<html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav>"
         "<article><h1>" + title + "</h1><p>" + text + "</p><p>" + text +
         " The figures could not be verified independently.</p></article></body></html>";
}

// "Более тысячи солдат отказались воевать, сообщил адвокат." in windows-1251.
const char kCp1251Text[] =
    "\xc1\xee\xeb\xe5\xe5 \xf2\xfb\xf1\xff\xf7\xe8 \xf1\xee\xeb\xe4\xe0\xf2 "
    "\xee\xf2\xea\xe0\xe7\xe0\xeb\xe8\xf1\xfc \xe2\xee\xe5\xe2\xe0\xf2\xfc, "
    "\xf1\xee\xee\xe1\xf9\xe8\xeb \xe0\xe4\xe2\xee\xea\xe0\xf2.";

std::string Feed(const std::string& base) {
  std::string items;
  for (const char* path : {"/news/1.html", "/news/2.html", "/private/secret.html"}) {
    items += "<item><title>t</title><link>" + base + path + "</link></item>";
  }
  return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture</title>" + items +
         "<item><title>No link</title><description>A post without a link: more than 300 "
         "soldiers were discharged in March, the regional court said.</description></item>"
         "</channel></rss>";
}

// The fixture site. Every path a test may check is counted by the server.
class FixtureSite {
 public:
  FixtureSite() {
    auto& http = server.http();
    http.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
    });
    http.Get("/feed.xml", [this](const httplib::Request& req, httplib::Response& res) {
      if (req.get_header_value("If-None-Match") == "\"f1\"") {
        res.status = 304;
        return;
      }
      res.set_header("ETag", "\"f1\"");
      res.set_content(Feed(server.Url("")), "application/rss+xml");
    });
    http.Get("/news/1.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(Article("Refusals grow", "More than 1,000 soldiers have refused to fight "
                                               "this year, a lawyer said on Monday."),
                      "text/html; charset=utf-8");
    });
    http.Get("/news/2.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(Article("Report", std::string(kCp1251Text) + " " + kCp1251Text),
                      "text/html");  // no charset: detected from the bytes
    });
    http.Get("/private/secret.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(Article("Secret", "Never to be fetched by a polite crawler."), "text/html");
    });
    http.Get("/bad-feed.xml", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("<rss><channel><item><title>cut off", "application/rss+xml");
    });
    http.Get("/section/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<html><body><a href=\"a.html\">A</a> <a href=\"/section/b.html#top\">B</a> "
          "<a href=\"/other/x.html\">elsewhere</a> <a href=\"loop\">loop</a> "
          "<a href=\"big\">big</a> <a href=\"err\">err</a> <a href=\"a.html\">A again</a>"
          "</body></html>",
          "text/html");
    });
    http.Get("/section/a.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(Article("Desertion cases", "Prosecutors opened 5,000 cases of desertion "
                                                 "in the first half of the year."),
                      "text/html");
    });
    http.Get("/section/b.html", [this](const httplib::Request&, httplib::Response& res) {
      if (++b_calls == 1) {
        res.status = 429;
        res.set_header("Retry-After", "1");
        return;
      }
      res.set_content(Article("Captured", "About 200 servicemen were captured near the "
                                          "river crossing, the ministry said."),
                      "text/html");
    });
    http.Get("/section/loop", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/section/loop", 302);
    });
    http.Get("/section/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(2u << 20, 'x'), "text/html");
    });
    http.Get("/section/err", [](const httplib::Request&, httplib::Response& res) {
      res.status = 500;
    });
    server.Start();
  }

  std::vector<Source> Sources() {
    std::vector<Source> sources(4);
    sources[0].url = "http://127.0.0.1:1/feed.xml";  // nothing listens there
    sources[1].url = server.Url("/feed.xml");
    sources[2].kind = SourceKind::kSite;
    sources[2].url = server.Url("/section/");
    sources[2].follow = server.Url("/section/");
    sources[3].url = server.Url("/bad-feed.xml");
    return sources;
  }

  FixtureServer server;
  std::atomic<int> b_calls{0};
};

FetchOptions Options(int64_t now) {
  FetchOptions o;
  o.http.backoff = std::chrono::milliseconds(10);
  o.http.host_interval = std::chrono::milliseconds(0);
  o.http.connect_timeout = std::chrono::milliseconds(1000);
  o.http.max_body_bytes = 1u << 20;
  o.now = [now] { return now; };
  return o;
}

const SourceOutcome& Outcome(const Pass& pass, const std::string& key) {
  for (const SourceOutcome& o : pass.outcomes) {
    if (o.key == key) return o;
  }
  static const SourceOutcome kNone;
  ADD_FAILURE() << "no outcome for " << key;
  return kNone;
}

TEST(Fetcher, OnePassStoresFeedsAndSitesPolitely) {
  FixtureSite site;
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  Result<std::unique_ptr<WarcWriter>> warc = WarcWriter::Open({.dir = dir.Path("warc")});
  ASSERT_TRUE(warc.ok());
  const std::vector<Source> sources = site.Sources();
  Pass first = FetchPass(db, sources, Options(1'700'000'000), warc->get());
  ASSERT_TRUE((*warc)->Close().ok());

  // The dead source failed and cost nothing else.
  EXPECT_EQ(Outcome(first, sources[0].Key()).result, "failed");
  const SourceOutcome& feed = Outcome(first, sources[1].Key());
  EXPECT_EQ(feed.result, "fetched");
  EXPECT_EQ(feed.fetched, 2);
  EXPECT_EQ(feed.disallowed, 1);
  const SourceOutcome& section = Outcome(first, sources[2].Key());
  EXPECT_EQ(section.result, "fetched");
  EXPECT_EQ(section.links, 5);    // a, b, loop, big, err; not /other/, not a twice
  EXPECT_EQ(section.fetched, 2);  // a, and b after its Retry-After
  EXPECT_EQ(section.failed, 3);   // the loop, the oversized body, the 500
  const SourceOutcome& bad = Outcome(first, sources[3].Key());
  EXPECT_EQ(bad.result, "failed");
  EXPECT_NE(bad.error.find("not a readable feed"), std::string::npos) << bad.error;

  // Two feed articles, the feed's linkless item, two section pages.
  EXPECT_EQ(first.summary.run.documents_new, 5u);
  EXPECT_EQ(site.server.Count("/private/secret.html"), 0);
  EXPECT_EQ(site.server.Count("/robots.txt"), 1);  // once per host and pass
  EXPECT_EQ(site.server.Count("/section/b.html"), 2);
  EXPECT_EQ(site.server.Count("/section/err"), 3);

  Result<std::unique_ptr<store::Store>> store = store::Store::Open(db, {});
  ASSERT_TRUE(store.ok());
  Result<std::vector<Document>> docs = (*store)->ListDocuments({.limit = 100});
  ASSERT_TRUE(docs.ok());
  bool saw_cp1251 = false;
  for (const Document& d : *docs) {
    if (d.meta.url == site.server.Url("/news/2.html")) {
      saw_cp1251 = true;
      EXPECT_EQ(d.charset, "windows-1251");
      EXPECT_NE(d.text.find("\xd0\x91\xd0\xbe\xd0\xbb\xd0\xb5\xd0\xb5"), std::string::npos);  // Более
    }
    if (d.format == Format::kHtml) {
      EXPECT_EQ(d.meta.record.rfind("<urn:uuid:", 0), 0u) << d.meta.url;
      EXPECT_EQ(d.meta.captured.size(), 20u) << d.meta.url;  // the fetch time
    }
  }
  EXPECT_TRUE(saw_cp1251);

  Result<std::vector<store::SourceState>> states = (*store)->ListSourceStates();
  ASSERT_TRUE(states.ok());
  ASSERT_EQ(states->size(), 4u);
  for (const store::SourceState& s : *states) {
    if (s.key == sources[1].Key()) {
      EXPECT_EQ(s.etag, "\"f1\"");
      EXPECT_EQ(s.failures, 0);
      EXPECT_EQ(s.items_seen, 3);
    }
    if (s.key == sources[0].Key()) {
      EXPECT_EQ(s.failures, 1);
      EXPECT_NE(s.last_error.find("127.0.0.1:1"), std::string::npos) << s.last_error;
    }
  }

  // What was fetched re-ingests, from the WARC files, to the same documents
  // (the feed's linkless item had no page); and the listing page, kept as
  // evidence but not stored by the fetcher, becomes one more.
  ingest::Ingester again(**store, {.threads = 1}, nullptr);
  Result<ingest::IngestSummary> reread = again.Run({dir.Path("warc")}, "tally ingest warc");
  ASSERT_TRUE(reread.ok());
  EXPECT_EQ(reread->run.documents_known, 4u);
  EXPECT_EQ(reread->run.documents_new, 1u);
  Result<std::vector<Document>> after = (*store)->ListDocuments({.limit = 100});
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), docs->size() + 1);
  int listings = 0;
  for (const Document& d : *after) listings += d.meta.url == site.server.Url("/section/");
  EXPECT_EQ(listings, 1);
}

TEST(Fetcher, SecondPassSendsValidatorsAndStoresNothingNew) {
  FixtureSite site;
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  const std::vector<Source> sources = site.Sources();
  Pass first = FetchPass(db, sources, Options(1'700'000'000), nullptr);
  EXPECT_EQ(first.summary.run.documents_new, 5u);

  FetchOptions later = Options(1'700'000'000 + 7200);
  Pass second = FetchPass(db, sources, later, nullptr);
  EXPECT_EQ(second.summary.run.documents_new, 0u);
  EXPECT_EQ(Outcome(second, sources[1].Key()).result, "unchanged");
  EXPECT_EQ(Outcome(second, sources[2].Key()).known, 2);
  EXPECT_EQ(site.server.Count("/news/1.html"), 1);
  EXPECT_EQ(site.server.Count("/section/a.html"), 1);
  bool sent = false;
  for (const FixtureServer::Logged& l : site.server.Log()) {
    if (l.path == "/feed.xml" && l.headers.count("If-None-Match") > 0) sent = true;
  }
  EXPECT_TRUE(sent);
}

TEST(Fetcher, SourcesAreFetchedWhenDueAndFailingOnesBackedOff) {
  FixtureSite site;
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  std::vector<Source> sources = site.Sources();
  const int64_t t0 = 1'700'000'000;
  FetchPass(db, sources, Options(t0), nullptr);
  // Half an hour later nothing is due (every source's interval is 1h).
  Pass early = FetchPass(db, sources, Options(t0 + 1800), nullptr);
  for (const SourceOutcome& o : early.outcomes) EXPECT_EQ(o.result, "not due") << o.key;
  // After an hour the healthy are due; the failing wait twice as long.
  Pass hour = FetchPass(db, sources, Options(t0 + 3600), nullptr);
  EXPECT_EQ(Outcome(hour, sources[0].Key()).result, "not due");
  EXPECT_EQ(Outcome(hour, sources[1].Key()).result, "unchanged");
  Pass two_hours = FetchPass(db, sources, Options(t0 + 7200), nullptr);
  EXPECT_EQ(Outcome(two_hours, sources[0].Key()).result, "failed");
}

TEST(Fetcher, LinksOverTheLimitWaitForTheNextPass) {
  FixtureSite site;
  ScratchDir dir;
  std::vector<Source> sources(1);
  sources[0].kind = SourceKind::kSite;
  sources[0].url = site.server.Url("/section/");
  sources[0].follow = site.server.Url("/section/");
  FetchOptions options = Options(1'700'000'000);
  options.max_links = 1;
  options.all = true;
  Pass first = FetchPass(dir.Path("t.db"), sources, options, nullptr);
  EXPECT_EQ(Outcome(first, sources[0].Key()).links, 1);
  // The listing is read for at most four times max_links links.
  EXPECT_EQ(Outcome(first, sources[0].Key()).deferred, 3);
  EXPECT_EQ(first.summary.run.documents_new, 1u);
  Pass second = FetchPass(dir.Path("t.db"), sources, options, nullptr);
  EXPECT_EQ(Outcome(second, sources[0].Key()).known, 1);
  EXPECT_EQ(Outcome(second, sources[0].Key()).links, 1);
  EXPECT_EQ(second.summary.run.documents_new, 1u);  // b, after its Retry-After
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->ListSourceStates()->at(0).items_seen, 2);
}

TEST(Fetcher, DisallowedSourceIsNeverRequested) {
  FixtureSite site;
  ScratchDir dir;
  std::vector<Source> sources(1);
  sources[0].url = site.server.Url("/private/feed.xml");
  Pass pass = FetchPass(dir.Path("t.db"), sources, Options(1'700'000'000), nullptr);
  EXPECT_EQ(Outcome(pass, sources[0].Key()).result, "disallowed");
  EXPECT_EQ(site.server.Count("/private/feed.xml"), 0);
}

}  // namespace
}  // namespace tally::collect
