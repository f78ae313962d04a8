// The API's routes over a small store, without HTTP: status codes, shapes,
// and paging through every claim once.
#include "src/serve/api.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <map>
#include <set>

#include "src/serve/assets.h"
#include "tests/test_util.h"

namespace tally::serve {
namespace {

class Api : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = dir_.Path("t.db");
    {
      Result<std::unique_ptr<store::Store>> w = store::Store::Open(path, {});
      ASSERT_TRUE(w.ok());
      const int64_t run = *(*w)->BeginRun("test");
      for (int d = 0; d < 3; ++d) {
        Document doc;
        doc.text = "Report " + std::to_string(d) + ": soldiers refused.";
        doc.id = DocumentId(doc.text);
        doc.lang = "en";
        doc.meta.title = "Report " + std::to_string(d);
        doc.meta.published = "2024-03-0" + std::to_string(d + 1);
        ASSERT_TRUE(*(*w)->PutDocument(doc, run));
        std::vector<Claim> claims;
        for (int i = 0; i < 5; ++i) {
          Claim c;
          c.id = "c-" + std::to_string(d) + std::to_string(i);
          c.doc_id = doc.id;
          c.begin = static_cast<uint64_t>(i);
          c.end = c.begin + 1;
          c.text = "1";
          c.quantity.lo = c.quantity.hi = 1;
          c.category = "refusal";
          c.side = d == 0 ? "UA" : "RU";
          // Two figures of the last report are for its day and the one
          // before: basis period.
          if (d == 2 && i < 2) c.period = {"2024-03-02", "2024-03-03"};
          claims.push_back(c);
        }
        ASSERT_TRUE((*w)->PutClaims(doc.id, claims).ok());
      }
    }
    store::StoreOptions ro;
    ro.read_only = true;
    Result<std::unique_ptr<store::Store>> r = store::Store::Open(path, ro);
    ASSERT_TRUE(r.ok());
    store_ = std::move(*r);
    path_ = path;
    ctx_.store = store_.get();
    ctx_.vocabulary = &vocabulary_;
  }

  ApiResponse Get(std::string_view path, std::string_view query = "") {
    return Route("GET", path, query, ctx_);
  }

  simdjson::dom::element Parse(const ApiResponse& r) {
    simdjson::dom::element e;
    EXPECT_EQ(parser_.parse(r.body).get(e), simdjson::SUCCESS) << r.body;
    return e;
  }

  testing::ScratchDir dir_;
  std::string path_;
  std::unique_ptr<store::Store> store_;
  exporting::ClaimVocabulary vocabulary_ = exporting::DefaultClaimVocabulary();
  ApiContext ctx_;
  simdjson::dom::parser parser_;
};

TEST_F(Api, PagesWalkEveryClaimOnce) {
  std::set<std::string> seen;
  std::string cursor;
  int pages = 0;
  for (;;) {
    ApiResponse r = Get("/api/v1/claims", "limit=4" + (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(r.status, 200) << r.body;
    simdjson::dom::element e = Parse(r);
    EXPECT_EQ(int64_t(e["total"]), 15);
    for (simdjson::dom::element c : e["claims"].get_array()) {
      EXPECT_TRUE(seen.insert(std::string(std::string_view(c["id"]))).second);
      EXPECT_EQ(std::string_view(c["measure"]).substr(0, 8), "refusal:");
    }
    ++pages;
    if (e["next"].is_null()) break;
    cursor = std::string(std::string_view(e["next"]));
  }
  EXPECT_EQ(seen.size(), 15u);
  EXPECT_EQ(pages, 4);
}

// What the cache keeps holds until another connection (an ingest)
// commits, however many workers look: a worker's first look drops nothing.
TEST_F(Api, KeptAnswersHoldUntilTheStoreChanges) {
  store::StoreOptions read_only;
  read_only.read_only = true;
  Result<std::unique_ptr<store::Store>> watcher = store::Store::Open(path_, read_only);
  ASSERT_TRUE(watcher.ok());
  StoreCache cache(std::move(*watcher));
  ctx_.cache = &cache;
  int counted = 0;
  store::ClaimQuery q;
  q.side = "RU";
  auto count = [&] {
    ++counted;
    return store_->CountClaims(q);
  };
  EXPECT_EQ(*cache.Count(ClaimCountKey(q), count), 10);
  EXPECT_EQ(*cache.Count(ClaimCountKey(q), count), 10);
  EXPECT_EQ(counted, 1);
  store::ClaimQuery other = q;
  other.side = "UA";
  EXPECT_NE(ClaimCountKey(q), ClaimCountKey(other));
  // The listing's total is the same through the cache, and so is a
  // whole-store answer, asked twice.
  simdjson::dom::element page = Parse(Get("/api/v1/claims", "side=RU"));
  EXPECT_EQ(int64_t(page["total"]), 10);
  EXPECT_EQ(int64_t(Parse(Get("/api/v1/stats", ""))["claims"]), 15);
  EXPECT_EQ(int64_t(Parse(Get("/api/v1/stats", ""))["claims"]), 15);
  const size_t kept = cache.size();
  EXPECT_EQ(kept, 2u);  // the total (counted once) and the stats
  // Another worker's connection, opened now, finds the same answers.
  {
    Result<std::unique_ptr<store::Store>> late = store::Store::Open(path_, read_only);
    ASSERT_TRUE(late.ok());
    ApiContext ctx = ctx_;
    ctx.store = late->get();
    EXPECT_EQ(Route("GET", "/api/v1/stats", "", ctx).status, 200);
    EXPECT_EQ(cache.size(), kept);
  }

  {
    Result<std::unique_ptr<store::Store>> w = store::Store::Open(path_, {});
    ASSERT_TRUE(w.ok());
    const int64_t run = *(*w)->BeginRun("more");
    Document doc;
    doc.text = "Report 9: more refused.";
    doc.id = DocumentId(doc.text);
    ASSERT_TRUE(*(*w)->PutDocument(doc, run));
    Claim c;
    c.id = "c-99";
    c.doc_id = doc.id;
    c.end = 1;
    c.text = "1";
    c.quantity.lo = c.quantity.hi = 1;
    c.category = "refusal";
    c.side = "RU";
    ASSERT_TRUE((*w)->PutClaims(doc.id, {c}).ok());
  }
  EXPECT_EQ(*cache.Count(ClaimCountKey(q), count), 11);
  EXPECT_EQ(counted, 2);
  page = Parse(Get("/api/v1/claims", "side=RU"));
  EXPECT_EQ(int64_t(page["total"]), 11);
  EXPECT_EQ(int64_t(Parse(Get("/api/v1/stats", ""))["claims"]), 16);
}

TEST_F(Api, FiltersNarrow) {
  ApiResponse r = Get("/api/v1/claims", "side=ua");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(int64_t(Parse(r)["total"]), 5);
  r = Get("/api/v1/claims", "q=report+1");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(int64_t(Parse(r)["total"]), 5);
}

// A day's figures are listed by their basis, in the listing, the export
// and the count the cache keeps.
TEST_F(Api, BasisFiltersClaims) {
  simdjson::dom::element page = Parse(Get("/api/v1/claims", "basis=period"));
  EXPECT_EQ(int64_t(page["total"]), 2);
  for (simdjson::dom::element c : page["claims"].get_array()) {
    EXPECT_EQ(std::string_view(c["basis"]), "period");
  }
  EXPECT_EQ(int64_t(Parse(Get("/api/v1/claims", "basis=total&side=RU"))["total"]), 8);
  EXPECT_EQ(Get("/api/v1/claims", "basis=daily").status, 400);
  const ApiResponse exported = Get("/api/v1/claims/export", "basis=period&format=jsonl");
  ASSERT_EQ(exported.status, 200);
  size_t periods = 0;
  for (size_t at = 0; (at = exported.body.find("\"basis\":\"period\"", at)) != std::string::npos; ++at) {
    ++periods;
  }
  EXPECT_EQ(periods, 2u) << exported.body;
  EXPECT_EQ(exported.body.find("\"basis\":\"total\""), std::string::npos);
  store::ClaimQuery q, by_basis;
  by_basis.basis = "period";
  EXPECT_NE(ClaimCountKey(q), ClaimCountKey(by_basis));
}

// The day's figures are a measure of their own (span "day"), whose key (with its '/')
// the measure route takes and every claim names.
TEST_F(Api, BasisSplitsMeasures) {
  simdjson::dom::element page = Parse(Get("/api/v1/claims", "basis=period"));
  for (simdjson::dom::element c : page["claims"].get_array()) {
    EXPECT_EQ(std::string_view(c["measure"]), "refusal:RU/day");
  }
  std::map<std::string, std::pair<std::string, int64_t>> measures;
  for (simdjson::dom::element m : Parse(Get("/api/v1/measures"))["measures"].get_array()) {
    measures[std::string(std::string_view(m["key"]))] = {std::string(std::string_view(m["basis"])),
                                                         int64_t(m["origins"])};
  }
  EXPECT_EQ(measures["refusal:RU"], (std::pair<std::string, int64_t>{"total", 8}));
  EXPECT_EQ(measures["refusal:RU/day"], (std::pair<std::string, int64_t>{"period", 2}));
  ApiResponse one = Get("/api/v1/measures/refusal:RU/day");
  ASSERT_EQ(one.status, 200) << one.body;
  simdjson::dom::element m = Parse(one)["measure"];
  EXPECT_EQ(std::string_view(m["key"]), "refusal:RU/day");
  EXPECT_EQ(m["points"].get_array().size(), 2u);
  EXPECT_EQ(std::string_view(m["span"]), "day");
  EXPECT_EQ(Get("/api/v1/measures/refusal:RU/daily").status, 404);
  // The window is a parameter of both routes.
  EXPECT_EQ(Get("/api/v1/measures", "window=7").status, 200);
  EXPECT_EQ(Get("/api/v1/measures/refusal:RU/day", "window=7").status, 200);
  EXPECT_EQ(Get("/api/v1/measures", "window=-1").status, 400);
  EXPECT_EQ(Get("/api/v1/measures", "window=abc").status, 400);
}

TEST_F(Api, ErrorsAreJsonWithTheirStatus) {
  struct Case {
    std::string_view path, query;
    int status;
  } cases[] = {
      {"/api/v1/claims", "side=XX", 400},
      {"/api/v1/claims", "limit=1000", 400},
      {"/api/v1/claims", "cursor=AAAA", 400},
      {"/api/v1/claims", "q=%ZZ", 400},
      {"/api/v1/claims/c-nope", "", 404},
      {"/api/v1/documents/d-0000000000000000", "", 404},
      {"/api/v1/measures/killed:XX", "", 404},
      {"/api/v1/nothing", "", 404},
      {"/api/v1/search", "", 400},
      {"/api/v1/stats", "x=1", 400},
  };
  for (const Case& c : cases) {
    ApiResponse r = Get(c.path, c.query);
    EXPECT_EQ(r.status, c.status) << c.path << "?" << c.query << ": " << r.body;
    simdjson::dom::element e = Parse(r);
    EXPECT_EQ(int64_t(e["error"]["status"]), c.status);
    EXPECT_FALSE(std::string_view(e["error"]["message"]).empty());
  }
  EXPECT_EQ(Route("POST", "/api/v1/stats", "", ctx_).status, 405);
}

// An error that quotes the path quotes the client's bytes, which need not
// be UTF-8 (issue 15): the body is still JSON, with U+FFFD for them.
TEST_F(Api, ErrorsQuotingBytesThatAreNotUtf8AreJson) {
  for (std::string_view path : {"/api/v1/measures/\xFF", "/api/v1/documents/\xC3\x28",
                                "/api/v1/claims/\xFF\xFE"}) {
    ApiResponse r = Get(path);
    EXPECT_TRUE(r.status == 400 || r.status == 404) << r.body;
    EXPECT_TRUE(simdjson::validate_utf8(r.body.data(), r.body.size())) << r.body;
    simdjson::dom::element e = Parse(r);
    EXPECT_EQ(int64_t(e["error"]["status"]), r.status);
  }
  ApiResponse r = Get("/api/v1/measures/\xFF");
  EXPECT_NE(r.body.find("\xEF\xBF\xBD"), std::string::npos) << r.body;
  // The dashboard's files answer their errors the same way.
  r = ErrorResponse(AssetSource::Embedded().Read("\xC0\xAE\xC0\xAE/x").status());
  EXPECT_TRUE(simdjson::validate_utf8(r.body.data(), r.body.size())) << r.body;
  EXPECT_EQ(int64_t(Parse(r)["error"]["status"]), 404);
  r = ErrorResponse(Status::InvalidArgument("bad value '\xE2\x82'"));
  EXPECT_EQ(std::string_view(Parse(r)["error"]["message"]), "bad value '\xEF\xBF\xBD'");
}

TEST_F(Api, StatsSearchDocumentsAndOneClaim) {
  simdjson::dom::element stats = Parse(Get("/api/v1/stats"));
  EXPECT_EQ(int64_t(stats["documents"]), 3);
  EXPECT_EQ(int64_t(stats["claims"]), 15);
  ApiResponse search = Get("/api/v1/search", "q=soldiers&limit=2");
  ASSERT_EQ(search.status, 200) << search.body;
  simdjson::dom::element s = Parse(search);
  EXPECT_EQ(int64_t(s["total"]), 3);
  EXPECT_EQ(s["results"].get_array().size(), 2u);
  EXPECT_FALSE(s["next"].is_null());
  ApiResponse docs = Get("/api/v1/documents");
  ASSERT_EQ(docs.status, 200);
  simdjson::dom::element d = Parse(docs)["documents"].at(0);
  EXPECT_EQ(int64_t(d["claims"]), 5);
  const std::string id = std::string(std::string_view(d["id"]));
  ApiResponse one = Get("/api/v1/documents/" + id);
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(Parse(one)["claims"].get_array().size(), 5u);
  ApiResponse claim = Get("/api/v1/claims/c-12");
  ASSERT_EQ(claim.status, 200);
  EXPECT_EQ(std::string_view(Parse(claim)["claim"]["side"]), "RU");
}

TEST_F(Api, ExportIsAnAttachment) {
  ApiResponse r = Get("/api/v1/claims/export", "format=csv&side=UA");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.attachment, "claims.csv");
  // Header and five rows.
  EXPECT_EQ(std::count(r.body.begin(), r.body.end(), '\n'), 6);
}

TEST_F(Api, SourcesAreEmptyBeforeAnyFetch) {
  ApiResponse r = Get("/api/v1/sources");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Parse(r)["sources"].get_array().size(), 0u);
  EXPECT_EQ(Get("/api/v1/sources", "kind=feed").status, 400);
  EXPECT_EQ(Get("/api/v1/sources/x").status, 404);
}

// States written the way `tally fetch` writes them, read back failing
// first, each with the health and next due time its failures give it.
TEST_F(Api, SourcesSayWhatFailsFirst) {
  {
    Result<std::unique_ptr<store::Store>> w = store::Store::Open(path_, {});
    ASSERT_TRUE(w.ok());
    store::SourceState ok{.key = "feed http://a.test/feed.xml", .kind = "feed",
                          .target = "http://a.test/feed.xml", .label = "A",
                          .last_fetch = "2026-01-01T10:00:00Z",
                          .last_success = "2026-01-01T10:00:00Z", .etag = "\"e1\"",
                          .items_seen = 50, .fetches = 2, .every = 3600};
    store::SourceState dead{.key = "site http://b.test/", .kind = "site",
                            .target = "http://b.test/", .last_fetch = "2026-01-01T11:00:00Z",
                            .failures = 3, .last_error = "http://b.test/: HTTP 500",
                            .fetches = 3, .every = 3600};
    store::SourceState never{.key = "telegram c_desk", .kind = "telegram",
                             .target = "c_desk"};
    for (const store::SourceState* s : {&ok, &dead, &never}) {
      ASSERT_TRUE((*w)->PutSourceState(*s).ok());
    }
    ASSERT_TRUE((*w)->PutFetchedUrl({.url = "http://a.test/1", .source = ok.key,
                                     .fetched = ok.last_fetch, .status = 200}).ok());
  }
  ctx_.now = 1767265200;  // 2026-01-01T11:00:00Z
  ApiResponse r = Get("/api/v1/sources");
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Parse(r);
  EXPECT_EQ(std::string_view(e["now"]), "2026-01-01T11:00:00Z");
  std::vector<simdjson::dom::element> rows;
  for (simdjson::dom::element s : e["sources"].get_array()) rows.push_back(s);
  ASSERT_EQ(rows.size(), 3u);
  // Three failures wait 8 hours; the rest by key.
  EXPECT_EQ(std::string_view(rows[0]["key"]), "site http://b.test/");
  EXPECT_EQ(std::string_view(rows[0]["health"]), "backed-off");
  EXPECT_EQ(std::string_view(rows[0]["next_due"]), "2026-01-01T19:00:00Z");
  EXPECT_EQ(std::string_view(rows[0]["last_error"]), "http://b.test/: HTTP 500");
  EXPECT_EQ(int64_t(rows[0]["failures"]), 3);
  EXPECT_EQ(std::string_view(rows[1]["health"]), "ok");
  EXPECT_EQ(std::string_view(rows[1]["label"]), "A");
  EXPECT_EQ(std::string_view(rows[1]["etag"]), "\"e1\"");
  EXPECT_EQ(std::string_view(rows[1]["next_due"]), "2026-01-01T11:00:00Z");
  EXPECT_EQ(int64_t(rows[1]["items_seen"]), 50);
  EXPECT_EQ(int64_t(rows[1]["pages"]), 1);
  EXPECT_EQ(int64_t(rows[1]["every"]), 3600);
  EXPECT_TRUE(rows[1]["last_error"].is_null());
  EXPECT_EQ(std::string_view(rows[2]["health"]), "never");
  EXPECT_TRUE(rows[2]["last_fetch"].is_null());
  EXPECT_TRUE(rows[2]["every"].is_null());
  // Past its wait, the failing source is retried by the next pass.
  ctx_.now += 9 * 3600;
  EXPECT_EQ(std::string_view(Parse(Get("/api/v1/sources"))["sources"].get_array().at(0)["health"]), "failing");
}

}  // namespace
}  // namespace tally::serve
