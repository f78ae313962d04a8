// The document store: SQLite in WAL mode, one file. Schema in
// doc/schema.md. Writes are batched: BeginBatch/CommitBatch wrap many
// inserts in one transaction.
//
//   Result<std::unique_ptr<Store>> store = Store::Open("tally.db", {});
//   int64_t run = (*store)->BeginRun("tally ingest corpus/");
//   bool added = (*store)->PutDocument(doc, run).value();
//
// A Store is used from one thread at a time.
#ifndef TALLY_SRC_STORE_STORE_H_
#define TALLY_SRC_STORE_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tally/document.h"
#include "tally/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tally::store {

struct StoreOptions {
  // Open an existing database only, read-only. Default: false.
  bool read_only = false;
};

struct RunSummary {
  uint64_t files = 0;
  uint64_t bytes = 0;
  uint64_t documents_new = 0;
  uint64_t documents_known = 0;
  uint64_t skipped = 0;
  uint64_t errors = 0;
};

struct DocumentQuery {
  std::string lang;    // "" = any
  std::string source;  // "" = any; exact match
  std::string format;  // "" = any
  int limit = 50;
  int offset = 0;
};

struct ErrorRow {
  int64_t run = 0;
  std::string path, record, code, severity, message;
};

struct Count {
  std::string key;
  int64_t n = 0;
};

struct Stats {
  int64_t documents = 0;
  int64_t chars = 0;
  int64_t runs = 0;
  std::vector<Count> by_format, by_lang, by_source, errors_by_code;
  std::vector<ErrorRow> recent_errors;
};

class Store {
 public:
  // Opens or creates the database at `path`. Fails with kIOError naming
  // the path, or kCorruption when the file is not a tally database.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  Result<int64_t> BeginRun(const std::string& command);
  Status FinishRun(int64_t run, const RunSummary& summary);

  Status BeginBatch();
  Status CommitBatch();

  // Adds `doc`; returns false when a document with the same id (the same
  // text) is stored already.
  Result<bool> PutDocument(const Document& doc, int64_t run);
  Status PutError(int64_t run, const ErrorRow& error);

  // Matching documents, newest first; `text` holds only its first 200
  // characters.
  Result<std::vector<Document>> ListDocuments(const DocumentQuery& query);
  // By full id or a unique prefix of one ("d-0a9c"). kNotFound when none,
  // kInvalidArgument when the prefix is ambiguous.
  Result<Document> GetDocument(const std::string& id_or_prefix);
  Result<Stats> GetStats();

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  // "PATH: what: SQLite's message", so a failed write names the database.
  Status SqlError(const std::string& what) const;
  Status Exec(const char* sql);
  Result<sqlite3_stmt*> Prepare(const char* sql);

  sqlite3* db_;
  std::string path_;
  std::map<const char*, sqlite3_stmt*> statements_;
};

}  // namespace tally::store

#endif  // TALLY_SRC_STORE_STORE_H_
