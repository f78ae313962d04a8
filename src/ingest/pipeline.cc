#include "src/ingest/pipeline.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <variant>

#include "src/ingest/blocking_queue.h"
#include "src/ingest/item_source.h"

namespace tally::ingest {
namespace {

constexpr size_t kKeptErrors = 100;

struct SkipEvent {
  std::string reason;
};

struct DocEvent {
  Document doc;
  DocumentAddOn add_on;
  Status add_on_status;
};

// Work a source asks the writer to do once what it handed before is stored
// (ItemSink::Checkpoint).
struct CheckpointEvent {
  std::function<Status(store::Store&)> save;
};

// What the writer thread receives.
using Event = std::variant<DocEvent, InputError, SkipEvent, CheckpointEvent>;

// Items handed to the workers and items whose event the workers have
// passed on, so that a checkpoint can wait until every item before it has
// reached the writer's queue.
class ItemsInFlight {
 public:
  void Handed() {
    std::lock_guard<std::mutex> lock(mu_);
    ++handed_;
  }
  void Passed() {
    std::lock_guard<std::mutex> lock(mu_);
    if (++passed_ == handed_) all_passed_.notify_all();
  }
  void WaitForAll() {
    std::unique_lock<std::mutex> lock(mu_);
    all_passed_.wait(lock, [this] { return passed_ == handed_; });
  }

 private:
  std::mutex mu_;
  std::condition_variable all_passed_;
  uint64_t handed_ = 0, passed_ = 0;
};

// About what a queued document holds, so that the queue's byte bound
// counts its claims too (a claim-dense document carries more in claims,
// with their sentences, than in its text).
size_t QueuedBytes(const DocEvent& e) {
  size_t bytes = e.doc.text.size() + e.add_on.signature.size() * sizeof(uint32_t);
  for (const Claim& c : e.add_on.claims) bytes += 256 + c.sentence.size() + c.text.size();
  return bytes;
}

// Routes reader output: items to the workers, the rest to the writer.
class QueueSink : public ItemSink {
 public:
  QueueSink(BlockingQueue<RawItem>& items, BlockingQueue<Event>& events, ItemsInFlight& in_flight)
      : items_(items), events_(events), in_flight_(in_flight) {}
  void Item(RawItem item) override {
    const size_t bytes = item.body.size();
    in_flight_.Handed();
    items_.Push(std::move(item), bytes);
  }
  void Error(InputError error) override { events_.Push(std::move(error), 0); }
  void Skipped(std::string_view why) override {
    events_.Push(SkipEvent{std::string(why)}, 0);
  }
  // The events of earlier items are queued before the checkpoint's, and
  // the writer takes its queue in order.
  bool Checkpoint(std::function<Status(store::Store&)> save) override {
    in_flight_.WaitForAll();
    events_.Push(CheckpointEvent{std::move(save)}, 0);
    return true;
  }

 private:
  BlockingQueue<RawItem>& items_;
  BlockingQueue<Event>& events_;
  ItemsInFlight& in_flight_;
};

// The text stage: a pool of threads that turn items into documents
// (Process, then the document hook) and pass them to the writer.
class TextWorkers {
 public:
  TextWorkers(const PipelineOptions& options, BlockingQueue<RawItem>& items,
              BlockingQueue<Event>& events, ItemsInFlight& in_flight)
      : options_(options), items_(items), events_(events), in_flight_(in_flight) {}

  void Start(int threads) {
    for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
  }
  // Returns when the item queue is closed and drained.
  void Join() {
    for (std::thread& t : threads_) t.join();
  }

 private:
  void Work() {
    while (std::optional<RawItem> item = items_.Pop()) {
      // Process consumes the item; keep where it came from for an error.
      std::string path = item->meta.path, record = item->meta.record;
      Result<Document> doc = Process(std::move(*item), options_.process);
      if (!doc.ok()) {
        events_.Push(InputError{std::move(path), std::move(record), doc.status()}, 0);
        in_flight_.Passed();
        continue;
      }
      DocEvent event;
      event.doc = std::move(*doc);
      if (options_.on_document) {
        event.add_on_status = options_.on_document(&event.doc, &event.add_on);
      }
      const size_t bytes = QueuedBytes(event);
      events_.Push(std::move(event), bytes);
      in_flight_.Passed();
    }
  }

  const PipelineOptions& options_;
  BlockingQueue<RawItem>& items_;
  BlockingQueue<Event>& events_;
  ItemsInFlight& in_flight_;
  std::vector<std::thread> threads_;
};

// The writer: the one thread that touches the store during a run. It
// stores documents in batches of options.batch_size per transaction,
// records errors and counts skips. After a store failure it keeps
// draining its queue, so that producers never block, and gives the
// failed batch up whole: what was committed before stays.
class StoreWriter {
 public:
  StoreWriter(store::Store& store, const PipelineOptions& options, Progress& progress,
              IngestSummary& summary, BlockingQueue<Event>& events)
      : store_(store), options_(options), progress_(progress), summary_(summary),
        events_(events) {}

  void Start() { thread_ = std::thread([this] { Write(); }); }
  // Returns when the event queue is closed and drained; then status() is
  // the first store failure, if any.
  void Join() { thread_.join(); }
  const Status& status() const { return status_; }

 private:
  void Write() {
    Fail(store_.BeginBatch());
    while (std::optional<Event> event = events_.Pop()) {
      if (auto* doc_event = std::get_if<DocEvent>(&*event)) {
        if (status_.ok()) Put(*doc_event);
      } else if (auto* checkpoint = std::get_if<CheckpointEvent>(&*event)) {
        if (status_.ok()) Checkpoint(*checkpoint);
      } else if (auto* error = std::get_if<InputError>(&*event)) {
        ++progress_.errors;
        RecordError(*error, "error");
        if (summary_.errors.size() < kKeptErrors) summary_.errors.push_back(*error);
      } else {
        ++progress_.skipped;
        ++summary_.skipped_by_reason[std::get<SkipEvent>(*event).reason];
      }
    }
    if (status_.ok()) Fail(store_.CommitBatch());
    if (!status_.ok()) (void)store_.RollbackBatch();
  }

  void Put(const DocEvent& event) {
    const Document& doc = event.doc;
    Result<bool> added = store_.PutDocument(doc, summary_.run_id);
    if (!added.ok()) return Fail(added.status());
    if (*added) {
      StoreAddOn(event);
    } else {
      ++progress_.documents_known;
    }
    if (!doc.warning.empty()) {
      RecordError(InputError{doc.meta.path, doc.meta.record, Status::Corruption(doc.warning)},
                  "warning");
    }
    if (++in_batch_ >= options_.batch_size) {
      in_batch_ = 0;
      Status c = store_.CommitBatch();
      if (c.ok()) c = store_.BeginBatch();
      Fail(c);
    }
  }

  // The source's own records go into the transaction that holds its
  // documents, which is committed with them.
  void Checkpoint(const CheckpointEvent& event) {
    Status c = event.save(store_);
    if (c.ok()) c = store_.CommitBatch();
    if (c.ok()) c = store_.BeginBatch();
    in_batch_ = 0;
    Fail(c);
  }

  // A new document's claims, sealed names and stored hook.
  void StoreAddOn(const DocEvent& event) {
    const Document& doc = event.doc;
    ++progress_.documents_new;
    ++summary_.new_by_format[std::string(FormatName(doc.format))];
    ++summary_.new_by_lang[doc.lang];
    summary_.claims_new += event.add_on.claims.size();
    Status c = store_.PutClaims(doc.id, event.add_on.claims,
                                store::Store::ClaimWrite::kNewDocument);
    for (const auto& [pseudonym, sealed] : event.add_on.sealed_names) {
      if (c.ok()) c = store_.PutSealedName(pseudonym, sealed);
    }
    if (c.ok() && options_.on_stored) {
      Result<int64_t> rowid = store_.DocumentRowid(doc.id);
      c = rowid.ok() ? options_.on_stored(store_, *rowid, event.add_on) : rowid.status();
    }
    Fail(c);
    if (!event.add_on_status.ok()) {
      RecordError(InputError{doc.meta.path, doc.meta.record, event.add_on_status}, "warning");
    }
  }

  void RecordError(const InputError& e, const char* severity) {
    if (!status_.ok()) return;
    store::ErrorRow row{summary_.run_id, e.path, e.record,
                        std::string(CodeName(e.status.code())), severity, e.status.message()};
    Fail(store_.PutError(summary_.run_id, row));
  }

  void Fail(Status s) {
    if (status_.ok() && !s.ok()) status_ = std::move(s);
  }

  store::Store& store_;
  const PipelineOptions& options_;
  Progress& progress_;
  IngestSummary& summary_;
  BlockingQueue<Event>& events_;
  std::thread thread_;
  size_t in_batch_ = 0;
  Status status_;
};

}  // namespace

Result<IngestSummary> Ingester::Run(const std::vector<std::string>& inputs,
                                    const std::string& command) {
  FileSource files(inputs, options_.reader);
  return Run(files, command);
}

Result<IngestSummary> Ingester::Run(ItemSource& source, const std::string& command) {
  const auto start = std::chrono::steady_clock::now();
  Progress local_progress;
  Progress& progress = progress_ != nullptr ? *progress_ : local_progress;
  IngestSummary summary;
  Result<int64_t> run = store_.BeginRun(command);
  if (!run.ok()) return run.status();
  summary.run_id = *run;

  const uint64_t expected_bytes = source.Prepare(progress);
  if (options_.bulk_load_ratio > 0) {
    Result<int64_t> store_bytes = store_.FileBytes();
    if (!store_bytes.ok()) return store_bytes.status();
    summary.bulk_load = static_cast<double>(expected_bytes) >
                        options_.bulk_load_ratio * static_cast<double>(*store_bytes);
    if (summary.bulk_load) {
      Status s = store_.DropClaimIndexes();
      if (!s.ok()) return s;
    }
  }

  const int threads = options_.threads > 0
                          ? options_.threads
                          : std::max(1u, std::thread::hardware_concurrency());
  BlockingQueue<RawItem> items(static_cast<size_t>(threads) * 8, options_.queue_bytes);
  BlockingQueue<Event> events(4096, options_.queue_bytes);
  ItemsInFlight in_flight;
  TextWorkers workers(options_, items, events, in_flight);
  StoreWriter writer(store_, options_, progress, summary, events);
  workers.Start(threads);
  writer.Start();

  QueueSink sink(items, events, in_flight);
  source.Produce(sink, progress);
  items.Close();
  workers.Join();
  events.Close();
  writer.Join();
  Status write_status = writer.status();

  summary.run.files = progress.files_done;
  summary.run.bytes = progress.bytes_done;
  summary.run.documents_new = progress.documents_new;
  summary.run.documents_known = progress.documents_known;
  summary.run.errors = progress.errors;
  summary.run.skipped = progress.skipped;
  if (summary.bulk_load) {
    Status s = store_.CreateClaimIndexes();
    if (!s.ok() && write_status.ok()) write_status = s;
  }
  summary.seconds = std::chrono::duration<double>(
                        std::chrono::steady_clock::now() - start)
                        .count();
  if (!write_status.ok()) return write_status;
  Status s = store_.FinishRun(summary.run_id, summary.run);
  if (!s.ok()) return s;
  return summary;
}

}  // namespace tally::ingest
