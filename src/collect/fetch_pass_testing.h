// One fetch pass as `tally fetch` makes it, for the fetcher's tests: the
// sources' states read from the store at `db`, a second read-only
// connection for the fetched-URL lookups, the real pipeline (two text
// workers), then Fetcher::Save unless `save` is false (so that a test can
// see what the pipeline's checkpoints alone kept).
#ifndef TALLY_SRC_COLLECT_FETCH_PASS_TESTING_H_
#define TALLY_SRC_COLLECT_FETCH_PASS_TESTING_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "src/collect/fetcher.h"
#include "src/ingest/pipeline.h"

namespace tally::collect::testing {

struct Pass {
  ingest::IngestSummary summary;
  std::vector<SourceOutcome> outcomes;
};

inline Pass FetchPass(const std::string& db, std::vector<Source> sources,
                      const FetchOptions& options, WarcWriter* warc = nullptr,
                      bool save = true) {
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(db, {});
  EXPECT_TRUE(store.ok());
  Result<std::unique_ptr<store::Store>> lookup = store::Store::Open(db, {.read_only = true});
  EXPECT_TRUE(lookup.ok());
  store::Store* l = lookup->get();
  Fetcher fetcher(std::move(sources), *(*store)->ListSourceStates(),
                  [l](const std::string& url) { return l->UrlFetched(url); }, warc, options);
  ingest::Ingester ingester(**store, {.threads = 2}, nullptr);
  Result<ingest::IngestSummary> summary = ingester.Run(fetcher, "tally fetch");
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  if (save) {
    EXPECT_TRUE(fetcher.Save(**store).ok());
  }
  EXPECT_TRUE(fetcher.warc_status().ok()) << fetcher.warc_status().ToString();
  return {summary.ok() ? *summary : ingest::IngestSummary(), fetcher.outcomes()};
}

}  // namespace tally::collect::testing

#endif  // TALLY_SRC_COLLECT_FETCH_PASS_TESTING_H_
