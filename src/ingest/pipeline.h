// The ingest pipeline: readers on the calling thread, the text stage on a
// pool of workers, the store on one writer thread, joined by bounded
// queues so memory stays flat however large the input.
//
//   Ingester ingester(store, options, &progress);
//   Result<IngestSummary> summary = ingester.Run({"corpus/", "-"}, "tally ingest");
//
// The items come from an ItemSource (src/ingest/item_source.h): the files
// and folders above, or the fetcher of `tally fetch`. The stages are named
// types in pipeline.cc: the source, TextWorkers and StoreWriter.
#ifndef TALLY_SRC_INGEST_PIPELINE_H_
#define TALLY_SRC_INGEST_PIPELINE_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "src/ingest/item_source.h"
#include "src/ingest/processor.h"
#include "src/ingest/reader.h"
#include "src/store/store.h"
#include "tally/claim.h"

namespace tally::ingest {

// What a document brings to the store besides itself: its claims, and the
// private names they hide, sealed (pseudonym, sealed name).
struct DocumentAddOn {
  std::vector<Claim> claims;
  std::vector<std::pair<std::string, std::string>> sealed_names;
  std::vector<uint32_t> signature;  // MinHash, for near-duplicate clusters
};

// Work run on the writer thread right after a new document is stored (its
// rowid given), with what the worker hook produced: near-duplicate
// clustering, which must read the store.
using StoredHook =
    std::function<Status(store::Store& store, int64_t rowid, const DocumentAddOn& add_on)>;

// Work run on each document on the worker threads after the text stage
// (claim extraction). It may rewrite the document's text (private names
// replaced); a failure is recorded as that document's error and the
// document is still stored without claims.
using DocumentHook = std::function<Status(Document* doc, DocumentAddOn* out)>;

struct PipelineOptions {
  // Text-stage workers; 0 = one per core. Default: 0.
  int threads = 0;
  // Documents per write transaction. Default: 512.
  size_t batch_size = 512;
  // Bytes of bodies waiting between stages, per queue. Default: 32 MiB:
  // enough to keep the workers and the writer busy (a larger bound made no
  // difference to throughput), small enough to keep ingest's memory low.
  size_t queue_bytes = 32u << 20;
  ReaderOptions reader;
  ProcessOptions process;
  // A run whose input is larger than this share of the store's file is a
  // bulk load (store::Store::DropClaimIndexes): the claim indexes are made
  // again when it ends. 0 = never. Default: 0.25, so a first ingest or a
  // large import is a bulk load and a day's new documents are not.
  double bulk_load_ratio = 0.25;
  // Optional: claim extraction and the like. Default: none.
  DocumentHook on_document;
  // Optional: run for each new document once stored. Default: none.
  StoredHook on_stored;
};

// Live counters for a progress display; read from any thread.
struct Progress {
  std::atomic<uint64_t> files_total{0}, bytes_total{0};
  std::atomic<uint64_t> files_done{0}, bytes_done{0};
  std::atomic<uint64_t> documents_new{0}, documents_known{0};
  std::atomic<uint64_t> errors{0}, skipped{0};
  std::atomic<bool> listing_done{false};
};

struct IngestSummary {
  store::RunSummary run;
  int64_t run_id = 0;
  std::map<std::string, uint64_t> new_by_format, new_by_lang;
  std::map<std::string, uint64_t> skipped_by_reason;
  uint64_t claims_new = 0;  // claims stored with the new documents
  bool bulk_load = false;   // the claim indexes were made again at the end
  std::vector<InputError> errors;  // the first 100
  double seconds = 0;
};

class Ingester {
 public:
  Ingester(store::Store& store, const PipelineOptions& options,
           Progress* progress)
      : store_(store), options_(options), progress_(progress) {}

  // Reads every input (files, folders, "-") into the store. Fails only
  // when the store fails; bad inputs are counted and recorded in its
  // errors table.
  Result<IngestSummary> Run(const std::vector<std::string>& inputs,
                            const std::string& command);
  // The same for the items `source` yields, which it produces on the
  // calling thread while the store is in the writer's hands: the source
  // must not use the store meanwhile.
  Result<IngestSummary> Run(ItemSource& source, const std::string& command);

 private:
  store::Store& store_;
  PipelineOptions options_;
  Progress* progress_;
};

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_PIPELINE_H_
