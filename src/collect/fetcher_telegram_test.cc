// The fetcher on Telegram channels: a fixture server on 127.0.0.1 that
// serves a fictional channel's preview pages as t.me does (20 posts a
// page, the newest first, ?before=ID for older ones), with the real HTTP
// client, pipeline and store.
#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <mutex>

#include "src/collect/fetcher.h"
#include "src/collect/fetch_pass_testing.h"
#include "src/collect/fixture_server.h"
#include "src/ingest/preview_fixture.h"
#include "src/ingest/pipeline.h"
#include "tests/test_util.h"

namespace tally::collect {
namespace {

using ingest::testing::FixturePost;
using collect::testing::FetchPass;
using collect::testing::FixtureServer;
using collect::testing::Pass;
using ingest::testing::PreviewPageHtml;
using tally::testing::ScratchDir;

constexpr int64_t kT0 = 1'700'000'000;
constexpr size_t kPostsPerPage = 20;

std::string PostText(int64_t id) {
  return "Report " + std::to_string(id) + ": more than " + std::to_string(id * 10) +
         " soldiers were reported missing near the river,<br/>the regional office said.";
}

// A channel whose posts a test may add to and edit between passes.
class Channel {
 public:
  explicit Channel(const std::string& name) : name_(name) {}

  void Add(FixturePost post) {
    std::lock_guard<std::mutex> lock(mu_);
    posts_[post.id] = std::move(post);
  }
  void AddPlain(int64_t from, int64_t to) {
    for (int64_t id = from; id <= to; ++id) Add({.id = id, .text = PostText(id)});
  }
  // The page t.me would give for ?before=`before` (0: the newest).
  std::string Page(int64_t before) {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<FixturePost> page;
    for (auto it = posts_.rbegin(); it != posts_.rend() && page.size() < kPostsPerPage; ++it) {
      if (before == 0 || it->first < before) page.insert(page.begin(), it->second);
    }
    return PreviewPageHtml(name_, "Demo Channel", page);
  }

 private:
  std::string name_;
  std::mutex mu_;
  std::map<int64_t, FixturePost> posts_;
};

class ChannelSite {
 public:
  ChannelSite() {
    server.http().Get(R"(/s/(\w+))", [this](const httplib::Request& req, httplib::Response& res) {
      const std::string name = req.matches[1];
      if (on_request) on_request(req);
      if (name == "gone") {
        res.set_content("<html><body><div class=\"tgme_page\">Channel not found</div></body>"
                        "</html>", "text/html");
        return;
      }
      const int64_t before = req.has_param("before") && !ignore_before
                                 ? std::stoll(req.get_param_value("before"))
                                 : 0;
      if (before != 0 && before == fail_before) {
        res.status = 500;
        return;
      }
      res.set_content(channels.at(name)->Page(before), "text/html; charset=utf-8");
    });
    channels["demo_channel"] = std::make_unique<Channel>("demo_channel");
    channels["second"] = std::make_unique<Channel>("second");
    server.Start();
  }

  Source ChannelSource(const std::string& name, int backfill = 5) {
    Source s;
    s.kind = SourceKind::kTelegram;
    s.channel = name;
    s.preview = server.Url("/s/");
    s.backfill = backfill;
    return s;
  }
  std::string PageUrl(const std::string& name, int64_t before = 0) {
    return "/s/" + name + (before == 0 ? "" : "?before=" + std::to_string(before));
  }

  std::map<std::string, std::unique_ptr<Channel>> channels;
  std::atomic<int64_t> fail_before{-1};
  std::atomic<bool> ignore_before{false};  // answer ?before=ID with the newest page
  std::function<void(const httplib::Request&)> on_request;
  FixtureServer server;  // last: stopped before what its handlers use
};

FetchOptions Options(int64_t now) {
  FetchOptions o;
  o.http.backoff = std::chrono::milliseconds(10);
  o.http.host_interval = std::chrono::milliseconds(0);
  o.http.max_attempts = 1;
  o.now = [now] { return now; };
  return o;
}

// What a pass did with its only (or first) source.
void ExpectOutcome(const Pass& pass, int pages, int new_posts, int known) {
  ASSERT_FALSE(pass.outcomes.empty());
  EXPECT_EQ(pass.outcomes[0].fetched, pages);
  EXPECT_EQ(pass.outcomes[0].links, new_posts);
  EXPECT_EQ(pass.outcomes[0].known, known);
}

store::SourceState StateOf(const std::string& db, const std::string& key) {
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(db, {.read_only = true});
  EXPECT_TRUE(store.ok());
  // Kept alive while read: a range-for over *temporary would not be.
  const Result<std::vector<store::SourceState>> states = (*store)->ListSourceStates();
  EXPECT_TRUE(states.ok());
  for (const store::SourceState& s : *states) {
    if (s.key == key) return s;
  }
  return {};
}

std::vector<Document> DocumentsAt(const std::string& db, const std::string& url) {
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(db, {.read_only = true});
  EXPECT_TRUE(store.ok());
  std::vector<Document> out;
  const Result<std::vector<Document>> docs = (*store)->ListDocuments({.limit = 1000});
  EXPECT_TRUE(docs.ok());
  for (const Document& d : *docs) {
    if (d.meta.url == url) out.push_back(d);
  }
  return out;
}

TEST(FetcherTelegram, ReadsTheChannelBackToItsFirstPostThenOnlyWhatIsNew) {
  ChannelSite site;
  Channel& channel = *site.channels["demo_channel"];
  channel.AddPlain(1, 45);
  channel.Add({.id = 10, .text = ""});  // a photo only
  channel.Add({.id = 20, .service = true});
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  const Source source = site.ChannelSource("demo_channel");

  Pass first = FetchPass(db, {source}, Options(kT0));
  ASSERT_EQ(first.outcomes.size(), 1u);
  EXPECT_EQ(first.outcomes[0].result, "fetched");
  ExpectOutcome(first, /*pages=*/3, /*new_posts=*/43, /*known=*/0);  // 26-45, 6-25, 1-5
  EXPECT_EQ(first.summary.run.documents_new, 43u);
  EXPECT_EQ(first.summary.run.skipped, 2u);
  EXPECT_EQ(first.summary.skipped_by_reason.at("telegram post without text"), 1u);
  EXPECT_EQ(first.summary.skipped_by_reason.at("telegram service message"), 1u);
  EXPECT_EQ(site.server.Count(site.PageUrl("demo_channel")), 1);
  EXPECT_EQ(site.server.Count(site.PageUrl("demo_channel", 26)), 1);
  EXPECT_EQ(site.server.Count(site.PageUrl("demo_channel", 6)), 1);
  EXPECT_EQ(StateOf(db, source.Key()).last_item, 45);

  const std::vector<Document> post = DocumentsAt(db, "https://t.me/demo_channel/7");
  ASSERT_EQ(post.size(), 1u);
  EXPECT_EQ(post[0].format, Format::kTelegram);
  EXPECT_EQ(post[0].meta.source, "Demo Channel");
  EXPECT_EQ(post[0].meta.published, "2026-03-05T09:15:00+00:00");
  EXPECT_EQ(post[0].meta.record, "post 7");
  EXPECT_NE(post[0].text.find("Report 7: more than 70 soldiers"), std::string::npos);

  // An hour later five new posts: one page, which reaches the stored ones.
  channel.AddPlain(46, 50);
  Pass second = FetchPass(db, {source}, Options(kT0 + 3600));
  ExpectOutcome(second, /*pages=*/1, /*new_posts=*/5, /*known=*/15);
  EXPECT_EQ(second.summary.run.documents_new, 5u);
  EXPECT_EQ(second.summary.run.documents_known, 0u);
  EXPECT_EQ(site.server.Count(site.PageUrl("demo_channel", 31)), 0);
  EXPECT_EQ(StateOf(db, source.Key()).last_item, 50);
}

TEST(FetcherTelegram, BackfillIsBoundedAndPagingStopsAtTheStoredPost) {
  ChannelSite site;
  Channel& channel = *site.channels["demo_channel"];
  channel.AddPlain(1, 100);
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  const Source source = site.ChannelSource("demo_channel", /*backfill=*/2);
  Pass first = FetchPass(db, {source}, Options(kT0));
  ExpectOutcome(first, /*pages=*/2, /*new_posts=*/40, /*known=*/0);
  EXPECT_EQ(first.summary.run.documents_new, 40u);
  EXPECT_EQ(site.server.Count(site.PageUrl("demo_channel", 61)), 0);
  EXPECT_EQ(StateOf(db, source.Key()).last_item, 100);

  // Thirty new posts: two pages back, the second reaching post 100.
  channel.AddPlain(101, 130);
  Pass second = FetchPass(db, {source}, Options(kT0 + 3600));
  ExpectOutcome(second, /*pages=*/2, /*new_posts=*/30, /*known=*/10);
  EXPECT_EQ(second.summary.run.documents_new, 30u);
  EXPECT_EQ(site.server.Count(site.PageUrl("demo_channel", 111)), 1);
  EXPECT_EQ(StateOf(db, source.Key()).last_item, 130);
}

TEST(FetcherTelegram, AnEditedPostIsStoredAsANewVersion) {
  ChannelSite site;
  Channel& channel = *site.channels["demo_channel"];
  channel.AddPlain(1, 5);
  channel.Add({.id = 3, .text = "About 200 servicemen were captured, the ministry said."});
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  const Source source = site.ChannelSource("demo_channel");
  EXPECT_EQ(FetchPass(db, {source}, Options(kT0)).summary.run.documents_new, 5u);

  channel.Add({.id = 3, .text = "About 250 servicemen were captured, the ministry said.",
               .edited = true});
  Pass second = FetchPass(db, {source}, Options(kT0 + 3600));
  EXPECT_EQ(second.summary.run.documents_new, 1u);
  EXPECT_EQ(second.outcomes[0].links, 0);  // no new post, a new version of one
  const std::vector<Document> versions = DocumentsAt(db, "https://t.me/demo_channel/3");
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_NE(versions[0].id, versions[1].id);

  // Still marked edited an hour later: offered again, stored once.
  Pass third = FetchPass(db, {source}, Options(kT0 + 7200));
  EXPECT_EQ(third.summary.run.documents_new, 0u);
  EXPECT_EQ(third.summary.run.documents_known, 1u);
}

TEST(FetcherTelegram, ABadPageFailsItsSourceNamingTheUrlAndCostsNothingElse) {
  ChannelSite site;
  site.channels["second"]->AddPlain(1, 3);
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  const std::vector<Source> sources = {site.ChannelSource("gone"), site.ChannelSource("second")};
  Pass pass = FetchPass(db, sources, Options(kT0));
  ASSERT_EQ(pass.outcomes.size(), 2u);
  EXPECT_EQ(pass.outcomes[0].result, "failed");
  EXPECT_NE(pass.outcomes[0].error.find(site.server.Url("/s/gone")), std::string::npos)
      << pass.outcomes[0].error;
  EXPECT_NE(pass.outcomes[0].error.find("not a Telegram channel preview page"), std::string::npos);
  EXPECT_EQ(pass.outcomes[1].result, "fetched");
  EXPECT_EQ(pass.summary.run.documents_new, 3u);
  EXPECT_EQ(pass.summary.run.errors, 1u);
  const store::SourceState gone = StateOf(db, sources[0].Key());
  EXPECT_EQ(gone.failures, 1);
  EXPECT_EQ(gone.last_item, 0);
}

TEST(FetcherTelegram, AFailedOlderPageLeavesThePositionForTheNextPass) {
  ChannelSite site;
  site.channels["demo_channel"]->AddPlain(1, 30);
  site.fail_before = 11;
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  const Source source = site.ChannelSource("demo_channel");
  Pass first = FetchPass(db, {source}, Options(kT0));
  EXPECT_EQ(first.outcomes[0].result, "fetched");
  EXPECT_EQ(first.outcomes[0].failed, 1);
  EXPECT_EQ(first.summary.run.documents_new, 20u);
  EXPECT_EQ(StateOf(db, source.Key()).last_item, 0);

  site.fail_before = -1;
  Pass second = FetchPass(db, {source}, Options(kT0 + 3600));
  EXPECT_EQ(second.summary.run.documents_new, 10u);
  EXPECT_EQ(second.summary.run.documents_known, 20u);
  EXPECT_EQ(StateOf(db, source.Key()).last_item, 30);
}

// The WARC copies of the preview pages read back, through tally ingest's
// WARC reader, to the documents the fetch stored.
TEST(FetcherTelegram, TheWarcCopiesReadBackToTheSamePosts) {
  ChannelSite site;
  Channel& channel = *site.channels["demo_channel"];
  channel.AddPlain(1, 25);
  channel.Add({.id = 4, .text = ""});
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  Result<std::unique_ptr<WarcWriter>> warc = WarcWriter::Open({.dir = dir.Path("warc")});
  ASSERT_TRUE(warc.ok());
  Pass pass = FetchPass(db, {site.ChannelSource("demo_channel")}, Options(kT0), warc->get());
  ASSERT_TRUE((*warc)->Close().ok());
  EXPECT_EQ(pass.summary.run.documents_new, 24u);
  const std::vector<Document> fetched = DocumentsAt(db, "https://t.me/demo_channel/9");
  ASSERT_EQ(fetched.size(), 1u);
  EXPECT_EQ(fetched[0].meta.record.rfind("<urn:uuid:", 0), 0u);
  EXPECT_NE(fetched[0].meta.record.find(" post 9"), std::string::npos);

  Result<std::unique_ptr<store::Store>> store = store::Store::Open(db, {});
  ASSERT_TRUE(store.ok());
  ingest::Ingester again(**store, {.threads = 2}, nullptr);
  Result<ingest::IngestSummary> reread = again.Run({dir.Path("warc")}, "tally ingest warc");
  ASSERT_TRUE(reread.ok());
  EXPECT_EQ(reread->run.documents_new, 0u);
  EXPECT_EQ(reread->run.documents_known, 24u);
  EXPECT_EQ(reread->skipped_by_reason.at("telegram post without text"), 1u);
}

// A site that answers ?before=ID with the newest page again does not make
// the fetcher ask on to its bound; the position stays for the next pass.
TEST(FetcherTelegram, APageThatDoesNotGoBackEndsThePaging) {
  ChannelSite site;
  site.channels["demo_channel"]->AddPlain(1, 30);
  site.ignore_before = true;
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  const Source source = site.ChannelSource("demo_channel");
  Pass pass = FetchPass(db, {source}, Options(kT0));
  ExpectOutcome(pass, /*pages=*/2, /*new_posts=*/20, /*known=*/0);
  EXPECT_EQ(pass.outcomes[0].failed, 1);
  EXPECT_EQ(pass.summary.run.documents_new, 20u);
  EXPECT_EQ(pass.summary.run.documents_known, 0u);
  EXPECT_EQ(site.server.Count(site.PageUrl("demo_channel", 11)), 1);
  EXPECT_EQ(StateOf(db, source.Key()).last_item, 0);
}

// A stop asked for while the first page is served: that page's posts are
// stored, the source keeps its earlier state and stays due, the next
// source is not reached; and what was saved went through the pipeline's
// checkpoints, without Fetcher::Save.
TEST(FetcherTelegram, StopEndsThePassCleanlyAndLeavesTheSourcesDue) {
  ChannelSite site;
  site.channels["demo_channel"]->AddPlain(1, 30);
  site.channels["second"]->AddPlain(101, 103);  // texts unlike the first's
  std::atomic<bool> stop{false};
  site.on_request = [&stop](const httplib::Request&) { stop = true; };
  ScratchDir dir;
  const std::string db = dir.Path("t.db");
  const std::vector<Source> sources = {site.ChannelSource("demo_channel"),
                                       site.ChannelSource("second")};
  FetchOptions options = Options(kT0);
  options.stop = &stop;
  Pass pass = FetchPass(db, sources, options, /*warc=*/nullptr, /*save=*/false);
  ASSERT_EQ(pass.outcomes.size(), 2u);
  EXPECT_EQ(pass.outcomes[0].result, "stopped");
  EXPECT_EQ(pass.outcomes[1].result, "not reached");
  EXPECT_EQ(pass.summary.run.documents_new, 20u);
  EXPECT_EQ(site.server.Count(site.PageUrl("demo_channel", 11)), 0);
  const store::SourceState state = StateOf(db, sources[0].Key());
  EXPECT_EQ(state.key, sources[0].Key());  // saved by the checkpoint
  EXPECT_EQ(state.fetches, 1);
  EXPECT_EQ(state.last_item, 0);
  EXPECT_EQ(state.last_fetch, "");

  // The next pass finds both due and takes up where this one stopped.
  site.on_request = nullptr;
  Pass next = FetchPass(db, sources, Options(kT0 + 60));
  EXPECT_EQ(next.outcomes[0].result, "fetched");
  EXPECT_EQ(next.outcomes[1].result, "fetched");
  EXPECT_EQ(next.summary.run.documents_new, 13u);
  EXPECT_EQ(StateOf(db, sources[0].Key()).last_item, 30);
}

}  // namespace
}  // namespace tally::collect
