#include "src/ingest/pipeline.h"

#include <chrono>
#include <thread>
#include <variant>

#include "src/ingest/blocking_queue.h"
#include "src/ingest/walker.h"

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

// What the writer thread receives.
using Event = std::variant<DocEvent, InputError, SkipEvent>;

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
  QueueSink(BlockingQueue<RawItem>& items, BlockingQueue<Event>& events)
      : items_(items), events_(events) {}
  void Item(RawItem item) override {
    const size_t bytes = item.body.size();
    items_.Push(std::move(item), bytes);
  }
  void Error(InputError error) override { events_.Push(std::move(error), 0); }
  void Skipped(std::string_view why) override {
    events_.Push(SkipEvent{std::string(why)}, 0);
  }

 private:
  BlockingQueue<RawItem>& items_;
  BlockingQueue<Event>& events_;
};

}  // namespace

Result<IngestSummary> Ingester::Run(const std::vector<std::string>& inputs,
                                    const std::string& command) {
  const auto start = std::chrono::steady_clock::now();
  Progress local_progress;
  Progress& progress = progress_ != nullptr ? *progress_ : local_progress;
  IngestSummary summary;
  Result<int64_t> run = store_.BeginRun(command);
  if (!run.ok()) return run.status();
  summary.run_id = *run;

  // List the inputs first: totals for the progress display, and errors
  // for missing paths before any work.
  std::vector<InputFile> files;
  std::vector<InputError> listing_errors;
  uint64_t listing_skips = 0;
  ExpandInputs(
      inputs,
      [&](InputFile f) {
        progress.bytes_total += f.size;
        ++progress.files_total;
        files.push_back(std::move(f));
      },
      [&](InputError e) { listing_errors.push_back(std::move(e)); },
      [&](const std::string&) { ++listing_skips; });
  progress.listing_done = true;

  if (options_.bulk_load_ratio > 0) {
    Result<int64_t> store_bytes = store_.FileBytes();
    if (!store_bytes.ok()) return store_bytes.status();
    summary.bulk_load = static_cast<double>(progress.bytes_total) >
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

  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      while (std::optional<RawItem> item = items.Pop()) {
        // Process consumes the item; keep where it came from for an error.
        std::string path = item->meta.path, record = item->meta.record;
        Result<Document> doc = Process(std::move(*item), options_.process);
        if (doc.ok()) {
          DocEvent event;
          event.doc = std::move(*doc);
          if (options_.on_document) {
            event.add_on_status = options_.on_document(&event.doc, &event.add_on);
          }
          const size_t bytes = QueuedBytes(event);
          events.Push(std::move(event), bytes);
        } else {
          events.Push(InputError{std::move(path), std::move(record), doc.status()}, 0);
        }
      }
    });
  }

  // The writer: batches documents into transactions.
  Status write_status;
  std::thread writer([&] {
    size_t in_batch = 0;
    auto fail = [&](Status s) {
      if (write_status.ok()) write_status = std::move(s);
    };
    auto record_error = [&](const InputError& e, const char* severity) {
      if (!write_status.ok()) return;
      store::ErrorRow row{summary.run_id, e.path, e.record,
                          std::string(CodeName(e.status.code())), severity,
                          e.status.message()};
      Status s = store_.PutError(summary.run_id, row);
      if (!s.ok()) fail(s);
    };
    Status s = store_.BeginBatch();
    if (!s.ok()) fail(s);
    while (std::optional<Event> event = events.Pop()) {
      if (auto* doc_event = std::get_if<DocEvent>(&*event)) {
        if (!write_status.ok()) continue;  // drain so producers never block
        const Document* doc = &doc_event->doc;
        Result<bool> added = store_.PutDocument(*doc, summary.run_id);
        if (!added.ok()) {
          fail(added.status());
          continue;
        }
        if (*added) {
          ++progress.documents_new;
          ++summary.new_by_format[std::string(FormatName(doc->format))];
          ++summary.new_by_lang[doc->lang];
          summary.claims_new += doc_event->add_on.claims.size();
          Status c = store_.PutClaims(doc->id, doc_event->add_on.claims,
                                      store::Store::ClaimWrite::kNewDocument);
          for (const auto& [pseudonym, sealed] : doc_event->add_on.sealed_names) {
            if (c.ok()) c = store_.PutSealedName(pseudonym, sealed);
          }
          if (c.ok() && options_.on_stored) {
            Result<int64_t> rowid = store_.DocumentRowid(doc->id);
            c = rowid.ok() ? options_.on_stored(store_, *rowid, doc_event->add_on) : rowid.status();
          }
          if (!c.ok()) fail(c);
          if (!doc_event->add_on_status.ok()) {
            record_error(InputError{doc->meta.path, doc->meta.record, doc_event->add_on_status},
                         "warning");
          }
        } else {
          ++progress.documents_known;
        }
        if (!doc->warning.empty()) {
          record_error(InputError{doc->meta.path, doc->meta.record,
                                  Status::Corruption(doc->warning)},
                       "warning");
        }
        if (++in_batch >= options_.batch_size) {
          in_batch = 0;
          Status c = store_.CommitBatch();
          if (c.ok()) c = store_.BeginBatch();
          if (!c.ok()) fail(c);
        }
      } else if (auto* error = std::get_if<InputError>(&*event)) {
        ++progress.errors;
        record_error(*error, "error");
        if (summary.errors.size() < kKeptErrors) summary.errors.push_back(*error);
      } else {
        ++progress.skipped;
        ++summary.skipped_by_reason[std::get<SkipEvent>(*event).reason];
      }
    }
    if (write_status.ok()) {
      Status c = store_.CommitBatch();
      if (!c.ok()) fail(c);
    }
    // A failed batch is given up whole: what was committed before stays.
    if (!write_status.ok()) (void)store_.RollbackBatch();
  });

  for (InputError& e : listing_errors) events.Push(std::move(e), 0);
  for (uint64_t i = 0; i < listing_skips; ++i) {
    events.Push(SkipEvent{"media file in a folder"}, 0);
  }
  QueueSink sink(items, events);
  ReaderOptions reader_options = options_.reader;
  reader_options.bytes_read = &progress.bytes_done;
  for (const InputFile& file : files) {
    const uint64_t before = progress.bytes_done;
    Status s = ReadInput(file.path, file.from_folder, reader_options, sink);
    if (!s.ok()) events.Push(ErrorFor(file.path, s), 0);
    ++progress.files_done;
    // A file that stopped early (an error, a size limit) counts whole.
    if (file.size > progress.bytes_done - before) {
      progress.bytes_done += file.size - (progress.bytes_done - before);
    }
  }
  items.Close();
  for (std::thread& w : workers) w.join();
  events.Close();
  writer.join();

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
