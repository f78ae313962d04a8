// The fetcher: one pass over the sources that are due, as a source of raw
// items for the ingest pipeline (src/ingest/pipeline.h), so that what is
// fetched is stored exactly as `tally ingest` stores files.
//
// A feed is fetched, then each item's link (an item without a link is
// stored as the feed gives it); a site's listing page is fetched, then
// each same-site link that starts with its `follow` prefix. Each page is
// fetched once, ever: URLs fetched before are passed over. A Telegram
// channel's public preview page is fetched, then the pages before it
// (?before=ID), back to the newest post stored before or `backfill` pages,
// each post one document (fetcher_telegram.cc). robots.txt is fetched once
// per host and pass and honoured for every request. Every response goes
// to the WARC writer, and each page's document keeps the WARC file as its
// path and the record id as its record.
//
//   Fetcher fetcher(sources, states, seen, &warc, options);
//   Result<IngestSummary> run = ingester.Run(fetcher, "tally fetch");
//   Status s = fetcher.Save(store);   // what the pipeline did not save
//
// The fetcher runs on the pipeline's calling thread and never touches the
// writer's store: as each source finishes, its state and fetched URLs go
// to the writer through ItemSink::Checkpoint, committed with the source's
// documents; Save writes what a sink without a store could not take.
#ifndef TALLY_SRC_COLLECT_FETCHER_H_
#define TALLY_SRC_COLLECT_FETCHER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "src/collect/http_client.h"
#include "src/collect/robots.h"
#include "src/collect/sources.h"
#include "src/collect/warc_writer.h"
#include "src/ingest/item_source.h"
#include "src/ingest/telegram_preview.h"
#include "src/store/store.h"

namespace tally::collect {

struct FetchOptions {
  HttpOptions http;
  // Fetch every source, due or not. Default: false.
  bool all = false;
  // Article links followed per source and pass; the rest wait for the
  // next pass. Default: 200.
  size_t max_links = 200;
  // Limits for reading feeds. Default: the readers' defaults.
  ingest::ReaderOptions reader;
  // Now, in seconds since the epoch (tests fix it). Default: the clock.
  std::function<int64_t()> now;
  // When set and true, the pass ends after the page being fetched: the
  // documents fetched are stored, a source cut short keeps its earlier
  // state (so the next pass takes it up again), and the sources not
  // reached stay due; the HTTP client's pauses before retries end too
  // (unless http.stop is set otherwise). Set from a signal handler by
  // `tally watch`. Not owned. Default: none.
  const std::atomic<bool>* stop = nullptr;
};

// What one pass did with one source, for the summary.
struct SourceOutcome {
  std::string key;
  // "fetched", "unchanged" (304), "not due", "failed", "disallowed"
  // (robots.txt), "stopped" (cut short by FetchOptions::stop), "not
  // reached" (the pass stopped before it).
  std::string result;
  int links = 0;       // new article links (Telegram: new posts) taken this pass
  int deferred = 0;    // new links over max_links, left for the next pass
  int fetched = 0;     // pages fetched and handed to the pipeline (Telegram: preview pages read)
  int known = 0;       // links fetched in an earlier pass (Telegram: posts stored before)
  int disallowed = 0;  // links robots.txt keeps us from
  int failed = 0;      // pages that could not be fetched
  std::string error;   // why the source failed
};

class Fetcher : public ingest::ItemSource {
 public:
  // Whether a URL was fetched in an earlier pass (a lookup in the store,
  // through a connection of its own).
  using SeenFn = std::function<Result<bool>(const std::string& url)>;

  // `states`: the store's source states (any order; sources without one
  // are new). `warc`: where responses go, or null to keep none; not owned.
  Fetcher(std::vector<Source> sources, const std::vector<store::SourceState>& states,
          SeenFn seen, WarcWriter* warc, FetchOptions options);

  uint64_t Prepare(ingest::Progress& progress) override;
  void Produce(ingest::ItemSink& sink, ingest::Progress& progress) override;

  // Writes the source states and fetched URLs that no checkpoint took, in
  // one transaction. Call after the pipeline run, from the thread that
  // owns `store`.
  Status Save(store::Store& store);

  // Seconds from now until the first source is due again (0 if one is
  // due now), by the states after this pass.
  int64_t SecondsUntilDue() const;

  const std::vector<SourceOutcome>& outcomes() const { return outcomes_; }
  // The first WARC write failure, if any (the fetched pages are still
  // stored; the evidence for them is missing).
  const Status& warc_status() const { return warc_status_; }

 private:
  // Whether `source` is due: never fetched, or its interval (doubled for
  // each failure in a row, up to a day or its own interval) has passed.
  bool Due(const Source& source) const;
  // Seconds until `source` is due; 0 if it is now.
  int64_t SecondsUntil(const Source& source) const;
  bool Stopping() const { return options_.stop != nullptr && options_.stop->load(); }
  void FetchSource(const Source& source, ingest::ItemSink& sink, ingest::Progress& progress);
  // A feed or site: the listing, then the new pages it links to.
  void FetchListing(const Source& source, store::SourceState& state, ingest::ItemSink& sink,
                    ingest::Progress& progress, SourceOutcome* outcome);
  // A Telegram channel: its preview pages, newest first (fetcher_telegram.cc).
  void FetchChannel(const Source& source, store::SourceState& state, ingest::ItemSink& sink,
                    ingest::Progress& progress, SourceOutcome* outcome);
  // Fetches one preview page (kept in the WARC) and reads it; fails with
  // the page's URL for no answer, a status other than 2xx, or a page that
  // is not a preview. *response and *ref get what was fetched, if anything.
  Result<ingest::PreviewPage> ReadPreviewPage(const std::string& url, ingest::Progress& progress,
                                              HttpResponse* response,
                                              std::optional<WarcRecordRef>* ref);
  // Marks the source failed for `why`, and reports it to the sink.
  void Fail(store::SourceState& state, const Status& why, ingest::ItemSink& sink,
            SourceOutcome* outcome);
  // Whether robots.txt lets us ask for `url`; if not, says why in the
  // outcome and the state.
  bool MayFetch(const std::string& url, store::SourceState& state, ingest::ItemSink& sink,
                SourceOutcome* outcome);
  // Hands the source's state and its fetched URLs to the pipeline's writer.
  void Checkpoint(const std::string& key, ingest::ItemSink& sink);
  // The listing's article links (site) or items (feed).
  void ReadFeed(const Source& source, const HttpResponse& feed, ingest::ItemSink& sink,
                std::vector<std::string>* links, SourceOutcome* outcome);
  void FetchPage(const Source& source, const std::string& url, ingest::ItemSink& sink,
                 ingest::Progress& progress, SourceOutcome* outcome);
  // robots.txt of a URL's host, fetched once per pass. `failure` says why
  // everything is disallowed when the host could not answer for it.
  struct HostRules {
    RobotsRules rules;
    Status failure;
  };
  const HostRules& RobotsFor(const std::string& url);
  // Appends to the WARC, returning where (empty without a writer).
  std::optional<WarcRecordRef> Keep(const HttpResponse& response);
  std::string NowIso() const;

  std::vector<Source> sources_;
  std::map<std::string, store::SourceState> states_;  // by key
  std::set<std::string> touched_;                     // keys whose state changed
  SeenFn seen_;
  WarcWriter* warc_;
  FetchOptions options_;
  HttpClient client_;
  std::map<std::string, HostRules> robots_;  // by origin
  std::set<std::string> fetched_this_pass_;
  std::vector<store::FetchedUrl> fetched_urls_;
  size_t checkpointed_urls_ = 0;  // fetched_urls_ before this went to a checkpoint
  std::set<std::string> checkpointed_;  // keys whose state went to a checkpoint
  std::vector<SourceOutcome> outcomes_;
  std::vector<const Source*> due_;
  Status warc_status_;
};

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_FETCHER_H_
