#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "src/store/sqlite_util.h"
#include "src/text/utf8.h"
#include "src/store/store.h"

namespace tally::store {
namespace {

// Bumped whenever the schema changes; see doc/schema.md. Each version adds
// its own DDL below, and Migrate applies the steps a file is missing.
constexpr int kSchemaVersion = 9;

// Schema 1: documents, ingest runs, input errors.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  files INTEGER NOT NULL DEFAULT 0,
  bytes INTEGER NOT NULL DEFAULT 0,
  documents_new INTEGER NOT NULL DEFAULT 0,
  documents_known INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  errors INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS documents (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL,
  path TEXT NOT NULL,
  record TEXT NOT NULL,
  url TEXT NOT NULL,
  source TEXT NOT NULL,
  title TEXT NOT NULL,
  author TEXT NOT NULL,
  published TEXT NOT NULL,
  captured TEXT NOT NULL,
  forwarded_from TEXT NOT NULL,
  lang TEXT NOT NULL,
  charset TEXT NOT NULL,
  chars INTEGER NOT NULL,
  input_bytes INTEGER NOT NULL,
  run INTEGER NOT NULL REFERENCES runs(id),
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_lang ON documents(lang);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE TABLE IF NOT EXISTS errors (
  id INTEGER PRIMARY KEY,
  run INTEGER NOT NULL REFERENCES runs(id),
  path TEXT NOT NULL,
  record TEXT NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_run ON errors(run);
)sql";

// Schema 2: the claims ledger and sealed names of private people. No
// IF NOT EXISTS: a schema-1 file that already has such tables was not
// made by tally, and the upgrade fails rather than adopt them. The claim
// tables' secondary indexes are kClaimIndexes, made after every upgrade.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE claims (
  rowid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL,
  doc TEXT NOT NULL REFERENCES documents(id),
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence TEXT,
  lo REAL,
  hi REAL,
  lo_open INTEGER NOT NULL,
  hi_open INTEGER NOT NULL,
  qualifier TEXT NOT NULL,
  approx INTEGER NOT NULL,
  unit TEXT NOT NULL,
  category TEXT,
  side TEXT,
  group_name TEXT,
  speaker_name TEXT,
  speaker_org TEXT,
  speaker_kind TEXT,
  speaker_stance TEXT,
  speaker_private INTEGER,
  speaker_actor TEXT,
  speaker_fold TEXT,
  channel TEXT,
  hedge TEXT,
  period_from TEXT,
  period_to TEXT,
  date TEXT,
  places TEXT NOT NULL,
  units TEXT NOT NULL,
  origin TEXT
);
CREATE TABLE claim_places (
  claim INTEGER NOT NULL REFERENCES claims(rowid),
  code TEXT NOT NULL,
  PRIMARY KEY (code, claim)
) WITHOUT ROWID;
CREATE TABLE persons (
  pseudonym TEXT PRIMARY KEY,
  sealed BLOB NOT NULL
);
)sql";

// Schema 3: near-duplicate documents (MinHash signatures, their LSH band
// keys, the cluster each document joined) and an index for origins
// (claims_origin, in kClaimIndexes).
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE doc_signatures (
  doc INTEGER PRIMARY KEY REFERENCES documents(rowid),
  sig BLOB NOT NULL
);
CREATE TABLE doc_bands (
  band_key INTEGER NOT NULL,
  doc INTEGER NOT NULL REFERENCES documents(rowid),
  PRIMARY KEY (band_key, doc)
) WITHOUT ROWID;
CREATE TABLE doc_clusters (
  doc INTEGER PRIMARY KEY REFERENCES documents(rowid),
  cluster INTEGER NOT NULL,
  jaccard REAL NOT NULL
);
CREATE INDEX doc_clusters_cluster ON doc_clusters(cluster);
)sql";

// Schema 4: a full-text index (FTS5) over the documents' titles and texts
// for `tally serve`'s search. External content: the index keeps only its
// terms and reads the text from `documents`, so the file does not hold
// every text twice. PutDocument adds a row as it stores a document, and
// the upgrade indexes the documents already there ('rebuild').
// remove_diacritics 2 lets "e" find "e-acute"; Cyrillic is left as is.
// Two indexes (claims_category_date, claims_stance_date) serve the
// server's default listing under its most used filters.
constexpr const char* kSchemaV4 = R"sql(
CREATE VIRTUAL TABLE doc_text USING fts5(
  title, text, content='documents', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO doc_text(doc_text) VALUES('rebuild');
)sql";

// Schema 5: the other filters of the server's listing get the same walk.
// A claim carries its document's outlet and language (documents are never
// changed once stored, so the copies cannot go stale), and a claim's place
// row carries the claim's date: "source = ? ORDER BY date DESC" and "place
// = ? ORDER BY date DESC" then read one page of an index
// (claims_source_date, claims_lang_date, claim_places_date) instead of
// looking up and sorting every match.
constexpr const char* kSchemaV5 = R"sql(
ALTER TABLE claims ADD COLUMN doc_source TEXT;
ALTER TABLE claims ADD COLUMN doc_lang TEXT;
UPDATE claims SET (doc_source, doc_lang) =
  (SELECT source, lang FROM documents d WHERE d.id = claims.doc);
ALTER TABLE claim_places ADD COLUMN date TEXT;
UPDATE claim_places SET date = (SELECT date FROM claims c WHERE c.rowid = claim_places.claim);
)sql";

// Schema 6: origin linking relinks only the figures an ingest touched.
// claims_figure (kClaimIndexes) finds every claim of one figure with one
// index range; store_state keeps how far the claims have been linked, so
// that a run cut short is caught up by the next.
constexpr const char* kSchemaV6 = R"sql(
CREATE TABLE store_state (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Schema 7: collecting (tally fetch). collect_sources keeps each source's
// health and the validators of its last answer; collect_urls every URL a
// source has fetched, so that an article is fetched once.
constexpr const char* kSchemaV7 = R"sql(
CREATE TABLE collect_sources (
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  label TEXT,
  last_fetch TEXT,
  last_success TEXT,
  etag TEXT,
  last_modified TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  items_seen INTEGER NOT NULL DEFAULT 0,
  fetches INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE collect_urls (
  url TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  fetched TEXT NOT NULL,
  status INTEGER NOT NULL,
  warc_file TEXT,
  warc_record TEXT
) WITHOUT ROWID;
)sql";

// Schema 8: the newest Telegram post a channel source has stored, so that
// paging back through its preview pages stops there.
constexpr const char* kSchemaV8 = R"sql(
ALTER TABLE collect_sources ADD COLUMN last_item INTEGER NOT NULL DEFAULT 0;
)sql";

// Schema 9: each source's interval in seconds (0: unknown), so that a
// reader of the store alone (the API's /sources) can say when it is due.
constexpr const char* kSchemaV9 = R"sql(
ALTER TABLE collect_sources ADD COLUMN every INTEGER NOT NULL DEFAULT 0;
)sql";

// The secondary indexes of the claim tables, the one place they are
// defined: every writable open makes those that are missing (after any
// upgrade, and after a bulk load killed halfway), and a bulk load drops
// them and makes them again at its end, one sort each instead of a random
// insert per claim. They follow `tally claims`' filters: each ends in the
// rowid, so "category = ? AND rowid > ? ORDER BY rowid" walks one index in
// cursor order, and "category = ? ORDER BY date DESC, rowid DESC" walks
// (category, date, rowid) backwards; side, unit and hedge have a handful
// of values each and are checked during such a walk instead.
constexpr const char* kClaimIndexes[][2] = {
    {"claims_doc", "claims(doc, span_begin)"},
    {"claims_id", "claims(id)"},
    {"claims_category", "claims(category)"},
    {"claims_stance", "claims(speaker_stance)"},
    {"claims_actor", "claims(speaker_actor)"},
    {"claims_date", "claims(date)"},
    {"claim_places_claim", "claim_places(claim)"},
    {"claims_origin", "claims(origin)"},
    {"claims_category_date", "claims(category, date)"},
    {"claims_stance_date", "claims(speaker_stance, date)"},
    {"claims_source_date", "claims(doc_source, date)"},
    {"claims_lang_date", "claims(doc_lang, date)"},
    {"claim_places_date", "claim_places(code, date, claim)"},
    {"claims_figure", "claims(category, side, unit, lo, hi)"},
};

std::string Now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}


Status NewerSchema(const std::string& path, int version) {
  return Status::Unsupported(path + ": made by a newer tally (schema " +
                             std::to_string(version) + ")");
}

constexpr const char* kDocumentColumns =
    "id, format, path, record, url, source, title, author, published, "
    "captured, forwarded_from, lang, charset, input_bytes";

Document ReadDocument(sqlite3_stmt* st, bool with_text) {
  Document d;
  d.id = Column(st, 0);
  d.format = FormatFromName(Column(st, 1)).value_or(Format::kText);
  d.meta.path = Column(st, 2);
  d.meta.record = Column(st, 3);
  d.meta.url = Column(st, 4);
  d.meta.source = Column(st, 5);
  d.meta.title = Column(st, 6);
  d.meta.author = Column(st, 7);
  d.meta.published = Column(st, 8);
  d.meta.captured = Column(st, 9);
  d.meta.forwarded_from = Column(st, 10);
  d.lang = Column(st, 11);
  d.charset = Column(st, 12);
  d.input_bytes = static_cast<uint64_t>(sqlite3_column_int64(st, 13));
  if (with_text) d.text = Column(st, 14);
  return d;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                           const StoreOptions& options) {
  // SQLite would call a folder "disk I/O error".
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument(path + ": is a folder, not a database file (--db names the file)");
  }
  // SQLite reads headers lazily; check the magic so that a wrong --db fails
  // at once and says why.
  if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
    char magic[16] = {};
    const size_t got = std::fread(magic, 1, sizeof magic, f);
    std::fclose(f);
    if (got > 0 && (got < sizeof magic ||
                    std::memcmp(magic, "SQLite format 3", sizeof magic) != 0)) {
      return Status::Corruption(path + ": not a SQLite database (not made by tally)");
    }
  }
  sqlite3* db = nullptr;
  const int flags = options.read_only
                        ? SQLITE_OPEN_READONLY
                        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    if (options.read_only) {
      return Status::NotFound(path + ": cannot open database (" + why +
                              "); run 'tally ingest' first");
    }
    return Status::IOError(path + ": cannot open database: " + why);
  }
  std::unique_ptr<Store> store(new Store(db, path));
  sqlite3_busy_timeout(db, 5000);
  Status functions = AddClaimFunctions(db);
  if (!functions.ok()) return functions.WithContext(path);
  // Reading the schema version is the first real read: a file that is not
  // SQLite fails here.
  Result<int> current_or = store->SchemaVersion();
  if (!current_or.ok()) {
    return Status::Corruption(path + ": not a tally database (" +
                              current_or.status().message() + ")");
  }
  const int current = *current_or;
  if (current > kSchemaVersion) return NewerSchema(path, current);
  if (!options.read_only) {
    // WAL: readers (docs, serve) never block the writer. A 64 MiB page
    // cache keeps the id index in memory during big ingests.
    Status s = store->Exec(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA cache_size=-65536;");
    if (!s.ok()) return Status::Corruption(path + ": " + s.message());
    if (current < kSchemaVersion) {
      s = store->Migrate(current);
      if (!s.ok()) return s;
    }
    s = store->CreateClaimIndexes();
    if (!s.ok()) return s;
  } else if (current == 0) {
    return Status::NotFound(path + ": empty database; run 'tally ingest' first");
  } else {
    // Readers keep 32 MiB of pages each; tally serve's workers also map
    // the file (StoreOptions::map_bytes).
    const std::string pragmas = "PRAGMA cache_size=-32768; PRAGMA mmap_size=" +
                                std::to_string(std::max<int64_t>(0, options.map_bytes)) + ";";
    (void)store->Exec(pragmas.c_str());
    store->has_claims_ = current >= 2;
    store->has_reconcile_ = current >= 3;
    store->has_fts_ = current >= 4;
    store->has_listing_columns_ = current >= 5;
    store->has_sources_ = current >= 7;
    store->has_source_items_ = current >= 8;
    store->has_source_every_ = current >= 9;
  }
  return store;
}

Result<int> Store::SchemaVersion() {
  Result<sqlite3_stmt*> st = Prepare("PRAGMA user_version");
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  if (sqlite3_step(*st) != SQLITE_ROW) return SqlError("read schema version");
  return sqlite3_column_int(*st, 0);
}

// One transaction for the whole upgrade: a tally killed halfway leaves the
// file as it was. IMMEDIATE takes the write lock first, and the version is
// read again under it, so two tallies opening an old file at once upgrade
// it once.
Status Store::Migrate(int from) {
  const std::string what =
      from == 0 ? std::string("cannot create the tables")
                : "cannot upgrade the database from schema " + std::to_string(from) +
                      " to " + std::to_string(kSchemaVersion);
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return SqlError(what);
  }
  auto fail = [&](Status s) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  };
  Result<int> current = SchemaVersion();
  if (!current.ok()) return fail(current.status());
  if (*current > kSchemaVersion) return fail(NewerSchema(path_, *current));
  struct Step {
    int version;
    const char* sql;
  };
  for (const Step& step : {Step{1, kSchemaV1}, Step{2, kSchemaV2}, Step{3, kSchemaV3},
                           Step{4, kSchemaV4}, Step{5, kSchemaV5},
                           Step{6, kSchemaV6}, Step{7, kSchemaV7},
                           Step{8, kSchemaV8}, Step{9, kSchemaV9}}) {
    if (*current >= step.version) continue;
    if (sqlite3_exec(db_, step.sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
      return fail(SqlError(what));
    }
  }
  const std::string set_version = "PRAGMA user_version=" + std::to_string(kSchemaVersion);
  if (sqlite3_exec(db_, set_version.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK ||
      sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return fail(SqlError(what));
  }
  return Status::Ok();
}

Status Store::DropClaimIndexes() {
  std::string sql;
  for (const auto& [name, on] : kClaimIndexes) sql += std::string("DROP INDEX IF EXISTS ") + name + ";";
  return Exec(sql.c_str());
}

Status Store::CreateClaimIndexes() {
  std::string sql;
  for (const auto& [name, on] : kClaimIndexes) {
    sql += std::string("CREATE INDEX IF NOT EXISTS ") + name + " ON " + on + ";";
  }
  return Exec(sql.c_str());
}

Result<int64_t> Store::FileBytes() {
  Result<sqlite3_stmt*> st = Prepare(
      "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  if (sqlite3_step(*st) != SQLITE_ROW) return SqlError("read the database size");
  return sqlite3_column_int64(*st, 0);
}

Status Store::SqlError(const std::string& what) const {
  return Status::IOError(path_ + ": " + what + ": " + sqlite3_errmsg(db_));
}

Store::~Store() {
  for (auto& [sql, st] : statements_) sqlite3_finalize(st);
  sqlite3_close(db_);
}

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    Status s = Status::IOError(path_ + ": " + (err ? err : "SQL error"));
    sqlite3_free(err);
    return s;
  }
  return Status::Ok();
}

// Statements are cached by the address of their literal SQL text.
Result<sqlite3_stmt*> Store::Prepare(const char* sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) {
    sqlite3_reset(it->second);
    sqlite3_clear_bindings(it->second);
    return it->second;
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) {
    return SqlError("prepare");
  }
  statements_[sql] = st;
  return st;
}

Status Store::ReadCounts(const char* sql, std::vector<Count>* out) {
  Result<sqlite3_stmt*> st = Prepare(sql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    out->push_back(Count{Column(*st, 0), sqlite3_column_int64(*st, 1)});
  }
  if (rc != SQLITE_DONE) return SqlError("count");
  return Status::Ok();
}

Result<int64_t> Store::BeginRun(const std::string& command) {
  static constexpr const char* kSql =
      "INSERT INTO runs(command, started_at) VALUES(?, ?)";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  Bind(*st, 1, command);
  Bind(*st, 2, Now());
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("start run");
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Status Store::FinishRun(int64_t run, const RunSummary& s) {
  static constexpr const char* kSql =
      "UPDATE runs SET finished_at=?, files=?, bytes=?, documents_new=?, "
      "documents_known=?, skipped=?, errors=? WHERE id=?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  Bind(*st, 1, Now());
  sqlite3_bind_int64(*st, 2, static_cast<int64_t>(s.files));
  sqlite3_bind_int64(*st, 3, static_cast<int64_t>(s.bytes));
  sqlite3_bind_int64(*st, 4, static_cast<int64_t>(s.documents_new));
  sqlite3_bind_int64(*st, 5, static_cast<int64_t>(s.documents_known));
  sqlite3_bind_int64(*st, 6, static_cast<int64_t>(s.skipped));
  sqlite3_bind_int64(*st, 7, static_cast<int64_t>(s.errors));
  sqlite3_bind_int64(*st, 8, run);
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("finish run");
  return Status::Ok();
}

Status Store::BeginBatch() { return Exec("BEGIN"); }
Status Store::CommitBatch() { return Exec("COMMIT"); }
Status Store::RollbackBatch() { return Exec("ROLLBACK"); }

Result<bool> Store::PutDocument(const Document& doc, int64_t run) {
  static constexpr const char* kSql =
      "INSERT OR IGNORE INTO documents(id, format, path, record, url, source, "
      "title, author, published, captured, forwarded_from, lang, charset, "
      "chars, input_bytes, run, text) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  Bind(*st, 1, doc.id);
  Bind(*st, 2, std::string(FormatName(doc.format)));
  Bind(*st, 3, doc.meta.path);
  Bind(*st, 4, doc.meta.record);
  Bind(*st, 5, doc.meta.url);
  Bind(*st, 6, doc.meta.source);
  Bind(*st, 7, doc.meta.title);
  Bind(*st, 8, doc.meta.author);
  Bind(*st, 9, doc.meta.published);
  Bind(*st, 10, doc.meta.captured);
  Bind(*st, 11, doc.meta.forwarded_from);
  Bind(*st, 12, doc.lang);
  Bind(*st, 13, doc.charset);
  sqlite3_bind_int64(*st, 14, static_cast<int64_t>(text::CodePoints(doc.text)));
  sqlite3_bind_int64(*st, 15, static_cast<int64_t>(doc.input_bytes));
  sqlite3_bind_int64(*st, 16, run);
  BindUncopied(*st, 17, doc.text);
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("store document " + doc.id);
  if (sqlite3_changes(db_) == 0) return false;
  // In the same transaction as the row, so the index never misses one.
  static constexpr const char* kIndexSql =
      "INSERT INTO doc_text(rowid, title, text) VALUES(?, ?, ?)";
  Result<sqlite3_stmt*> index = Prepare(kIndexSql);
  if (!index.ok()) return index.status();
  ResetOnExit reset(*index);
  sqlite3_bind_int64(*index, 1, sqlite3_last_insert_rowid(db_));
  Bind(*index, 2, doc.meta.title);
  BindUncopied(*index, 3, doc.text);
  if (sqlite3_step(*index) != SQLITE_DONE) return SqlError("index document " + doc.id);
  return true;
}

Status Store::PutError(int64_t run, const ErrorRow& e) {
  static constexpr const char* kSql =
      "INSERT INTO errors(run, path, record, code, severity, message) "
      "VALUES(?,?,?,?,?,?)";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  sqlite3_bind_int64(*st, 1, run);
  Bind(*st, 2, e.path);
  Bind(*st, 3, e.record);
  Bind(*st, 4, e.code);
  Bind(*st, 5, e.severity);
  Bind(*st, 6, e.message);
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("store error");
  return Status::Ok();
}

Result<std::vector<Document>> Store::ListDocuments(const DocumentQuery& q) {
  // The text's start stands in for a missing title in listings.
  static const std::string kSql =
      std::string("SELECT ") + kDocumentColumns +
      ", substr(text, 1, 200) FROM documents WHERE (?1 = '' OR lang = ?1) AND (?2 = '' OR source = ?2)"
      " AND (?3 = '' OR format = ?3)"
      " ORDER BY published DESC, id LIMIT ?4 OFFSET ?5";
  Result<sqlite3_stmt*> st = Prepare(kSql.c_str());
  if (!st.ok()) return st.status();
  Bind(*st, 1, q.lang);
  Bind(*st, 2, q.source);
  Bind(*st, 3, q.format);
  sqlite3_bind_int(*st, 4, q.limit);
  sqlite3_bind_int(*st, 5, q.offset);
  std::vector<Document> out;
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) out.push_back(ReadDocument(*st, true));
  if (rc != SQLITE_DONE) return SqlError("list documents");
  return out;
}

Result<std::vector<DocumentRow>> Store::ListDocumentPage(const DocumentQuery& q) {
  if (q.limit < 1) {
    return Status::InvalidArgument("document listing limit must be at least 1, not " +
                                   std::to_string(q.limit));
  }
  static const std::string kSql =
      std::string("SELECT ") + kDocumentColumns + ", d.rowid, d.chars, " +
      (has_claims_ ? "(SELECT count(*) FROM claims c WHERE c.doc = d.id)" : "0") +
      " FROM documents d WHERE d.rowid > ?4 AND (?1 = '' OR lang = ?1)"
      " AND (?2 = '' OR source = ?2) AND (?3 = '' OR format = ?3)"
      " ORDER BY d.rowid LIMIT ?5";
  Result<sqlite3_stmt*> st = Prepare(kSql.c_str());
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, q.lang);
  Bind(*st, 2, q.source);
  Bind(*st, 3, q.format);
  sqlite3_bind_int64(*st, 4, q.after);
  sqlite3_bind_int(*st, 5, q.limit);
  std::vector<DocumentRow> out;
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    DocumentRow row;
    row.doc = ReadDocument(*st, false);
    row.rowid = sqlite3_column_int64(*st, 14);
    row.chars = sqlite3_column_int64(*st, 15);
    row.claims = sqlite3_column_int64(*st, 16);
    out.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) return SqlError("list documents");
  return out;
}

Result<int64_t> Store::CountClusters() {
  if (!has_reconcile_) return int64_t{0};
  Result<sqlite3_stmt*> st = Prepare(
      "SELECT count(*) FROM (SELECT cluster FROM doc_clusters GROUP BY cluster "
      "HAVING count(*) > 1)");
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  if (sqlite3_step(*st) != SQLITE_ROW) return SqlError("count clusters");
  return static_cast<int64_t>(sqlite3_column_int64(*st, 0));
}

Result<Document> Store::GetDocument(const std::string& id_or_prefix) {
  static const std::string kSql = std::string("SELECT ") + kDocumentColumns +
                                  ", text FROM documents WHERE id >= ?1 AND "
                                  "substr(id, 1, length(?1)) = ?1 ORDER BY id LIMIT 2";
  if (id_or_prefix.size() < 4) {
    return Status::InvalidArgument("document id '" + id_or_prefix +
                                   "' is too short: give at least 'd-' and 2 digits");
  }
  Result<sqlite3_stmt*> st = Prepare(kSql.c_str());
  if (!st.ok()) return st.status();
  Bind(*st, 1, id_or_prefix);
  std::vector<Document> found;
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) found.push_back(ReadDocument(*st, true));
  if (rc != SQLITE_DONE) return SqlError("get document");
  if (found.empty()) return Status::NotFound("no document '" + id_or_prefix + "'");
  if (found.size() > 1) {
    return Status::InvalidArgument("'" + id_or_prefix + "' matches " + found[0].id +
                                   ", " + found[1].id + ", ...: give more digits");
  }
  return std::move(found[0]);
}

Result<bool> Store::NextDocument(int64_t after, int64_t* rowid, Document* doc) {
  static const std::string kSql = std::string("SELECT ") + kDocumentColumns +
                                  ", text, rowid FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 1";
  Result<sqlite3_stmt*> st = Prepare(kSql.c_str());
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  sqlite3_bind_int64(*st, 1, after);
  const int rc = sqlite3_step(*st);
  if (rc == SQLITE_DONE) return false;
  if (rc != SQLITE_ROW) return SqlError("read the document after " + std::to_string(after));
  *doc = ReadDocument(*st, true);
  *rowid = sqlite3_column_int64(*st, 15);
  return true;
}

Status Store::ReplaceDocumentText(int64_t rowid, const std::string& text) {
  // The full-text index reads its content from `documents`: the old text
  // leaves the index before the row changes, and the new one enters after.
  static constexpr const char* kUnindex =
      "INSERT INTO doc_text(doc_text, rowid, title, text)"
      " SELECT 'delete', rowid, title, text FROM documents WHERE rowid = ?";
  static constexpr const char* kUpdate = "UPDATE documents SET text = ?, chars = ? WHERE rowid = ?";
  static constexpr const char* kIndex =
      "INSERT INTO doc_text(rowid, title, text) SELECT rowid, title, text FROM documents WHERE rowid = ?";
  for (const char* sql : {kUnindex, kUpdate, kIndex}) {
    Result<sqlite3_stmt*> st = Prepare(sql);
    if (!st.ok()) return st.status();
    ResetOnExit reset(*st);
    if (sql == kUpdate) {
      BindUncopied(*st, 1, text);
      sqlite3_bind_int64(*st, 2, static_cast<int64_t>(text::CodePoints(text)));
      sqlite3_bind_int64(*st, 3, rowid);
    } else {
      sqlite3_bind_int64(*st, 1, rowid);
    }
    if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("replace the text of document " + std::to_string(rowid));
  }
  return Status::Ok();
}

Result<Stats> Store::GetStats() {
  Stats stats;
  auto scalar = [&](const char* sql, int64_t* out) -> Status {
    Result<sqlite3_stmt*> st = Prepare(sql);
    if (!st.ok()) return st.status();
    // Reset even after its one row: a statement left active holds its read
    // transaction, and the connection would see no later commit.
    ResetOnExit reset(*st);
    if (sqlite3_step(*st) == SQLITE_ROW) *out = sqlite3_column_int64(*st, 0);
    return Status::Ok();
  };
  auto counts = [&](const char* sql, std::vector<Count>* out) { return ReadCounts(sql, out); };
  for (Status s : {
           scalar("SELECT count(*) FROM documents", &stats.documents),
           scalar("SELECT coalesce(sum(chars), 0) FROM documents", &stats.chars),
           scalar("SELECT count(*) FROM runs", &stats.runs),
           counts("SELECT format, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC",
                  &stats.by_format),
           counts("SELECT lang, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC",
                  &stats.by_lang),
           counts("SELECT source, count(*) FROM documents GROUP BY 1 "
                  "ORDER BY 2 DESC, 1 LIMIT 20",
                  &stats.by_source),
           counts("SELECT code, count(*) FROM errors WHERE severity = 'error' "
                  "GROUP BY 1 ORDER BY 2 DESC",
                  &stats.errors_by_code),
       }) {
    if (!s.ok()) return s;
  }
  if (has_claims_) {
    for (Status s : {
             scalar("SELECT count(*) FROM claims", &stats.claims),
             counts("SELECT category, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1",
                    &stats.claims_by_category),
             counts("SELECT side, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1",
                    &stats.claims_by_side),
             counts("SELECT speaker_stance, count(*) FROM claims GROUP BY 1 "
                    "ORDER BY 2 DESC, 1",
                    &stats.claims_by_stance),
         }) {
      if (!s.ok()) return s;
    }
  }
  Result<sqlite3_stmt*> st = Prepare(
      "SELECT run, path, record, code, severity, message FROM errors "
      "ORDER BY id DESC LIMIT 20");
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  while (sqlite3_step(*st) == SQLITE_ROW) {
    stats.recent_errors.push_back(ErrorRow{sqlite3_column_int64(*st, 0), Column(*st, 1),
                                           Column(*st, 2), Column(*st, 3),
                                           Column(*st, 4), Column(*st, 5)});
  }
  return stats;
}

}  // namespace tally::store
