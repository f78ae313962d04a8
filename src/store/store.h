// The document store: SQLite in WAL mode, one file. Schema in
// doc/schema.md. Writes are batched: BeginBatch/CommitBatch wrap many
// inserts in one transaction.
//
//   Result<std::unique_ptr<Store>> store = Store::Open("tally.db", {});
//   int64_t run = (*store)->BeginRun("tally ingest corpus/");
//   bool added = (*store)->PutDocument(doc, run).value();
//   Status s = (*store)->PutClaims(doc.id, claims);
//
//   ClaimQuery q;
//   q.category = "refusal";
//   q.limit = 100;
//   for (;;) {                       // page through with the keyset cursor
//     Result<std::vector<ClaimRow>> page = (*store)->ListClaims(q);
//     if (!page.ok() || page->empty()) break;
//     Use(*page);
//     q.after = page->back().rowid;
//   }
//
// A Store is used from one thread at a time.
#ifndef TALLY_SRC_STORE_STORE_H_
#define TALLY_SRC_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/claim.h"
#include "tally/document.h"
#include "tally/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tally::store {

struct StoreOptions {
  // Open an existing database only, read-only. Default: false.
  bool read_only = false;
  // Read-only: how much of the file to map into memory (SQLite's
  // mmap_size), so that a warm store is read without a system call a
  // page. A server's many requests gain from it; a one-shot command does
  // not, and mapped pages count as its resident memory. Default: none.
  int64_t map_bytes = 0;
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
  int offset = 0;      // ListDocuments only
  // ListDocumentPage only: the keyset cursor, documents stored after the
  // one with this rowid. Default: 0, from the start.
  int64_t after = 0;
};

// One document of a listing page: its metadata (text empty), storage
// order, and how many claims it has.
struct DocumentRow {
  int64_t rowid = 0;
  Document doc;
  int64_t chars = 0;   // the text's length in code points
  int64_t claims = 0;
};

// A full-text search over the documents' titles and texts (schema 4).
struct SearchQuery {
  // The user's words, as typed; every word must occur (see FtsQuery).
  std::string text;
  int limit = 20;   // at least 1
  int offset = 0;   // hits are ranked, so pages go by position
};

// The order of a claim listing. Persisted in cursors: never renumber.
enum class ClaimOrder {
  kStored = 0,          // rowid ascending; `after` alone is the cursor
  kDateAscending = 1,   // undated first, then by day, then rowid
  kDateDescending = 2,  // newest day first, undated last, rowid descending
};

struct ErrorRow {
  int64_t run = 0;
  std::string path, record, code, severity, message;
};

// What the store keeps of one collected source (schema 7; tally fetch).
struct SourceState {
  std::string key;     // collect::Source::Key(): "feed https://..."
  std::string kind;    // "feed", "site", "telegram"
  std::string target;  // its URL or channel
  std::string label;
  std::string last_fetch;    // ISO time of the last attempt, "" never
  std::string last_success;  // ISO time of the last answer that was read
  std::string etag, last_modified;  // validators of that answer
  int64_t failures = 0;      // failed passes in a row (0: healthy)
  std::string last_error;    // the latest failure's message
  int64_t items_seen = 0;    // links or items it listed, all told
  int64_t fetches = 0;       // passes, all told
  // Telegram: the highest post id stored, 0 = none yet (schema 8).
  int64_t last_item = 0;
  // Seconds between its passes (the sources file's `every`), 0 = unknown
  // (schema 9).
  int64_t every = 0;
};

// One URL a source fetched (schema 7), and where its bytes went.
struct FetchedUrl {
  std::string url, source, fetched;
  int status = 0;
  std::string warc_file, warc_record;
};

struct Count {
  std::string key;
  int64_t n = 0;
};

// Which claims ListClaims and CountClaims return. Every field narrows the
// result; "" (or 0) leaves it open. Values are bound as SQL parameters, so
// anything may be passed; CheckClaimQuery (src/export/claim_filters.h)
// tells a user's typo from a value that merely matches nothing.
struct ClaimQuery {
  std::string category;  // a category code, exact: "refusal"
  std::string side;      // "RU" or "UA", exact
  std::string stance;    // speaker stance, exact: "independent"
  // Case-insensitive (Unicode case folding) substring of the speaker's name
  // or organisation: "chikov" finds "Pavel Chikov".
  std::string speaker;
  // A codebook actor id, exact ("agora"); when both are given a claim
  // matching either `speaker` or `speaker_actor` is returned.
  std::string speaker_actor;
  std::string place;  // ISO 3166-2 code, exact: "RU-AMU"
  // ISO dates (YYYY-MM-DD), inclusive, compared with the claim's date: its
  // document's publication day, else the end of the period it covers.
  // Claims with neither are left out when either bound is given.
  std::string since;
  std::string until;
  std::string lang;    // the document's language: "ru"
  std::string source;  // the document's outlet or channel, exact
  std::string doc;     // a full document id (no prefixes: see GetDocument)
  std::string unit;    // "persons", "percent", "regions", "units", "cases"
  std::string hedge;   // "estimate", "reported", "unconfirmed", "possible"
  // "total", "period", "subset": the basis resolve::BasisOf gives the
  // stored claim (computed as rows are read, so any store has it).
  std::string basis;
  // Only origins: claims that repeat no earlier claim. Default: false.
  bool origins_only = false;
  // At most this many rows (ListClaims only); must be at least 1.
  // Default: 50.
  int limit = 50;
  // Keyset cursor: only claims stored after the one with this rowid (the
  // last row of the previous page). Default: 0, from the start.
  int64_t after = 0;
  // Listing order (ListClaims only). Default: kStored.
  ClaimOrder order = ClaimOrder::kStored;
  // With a date order the cursor is (after_date, after): the last row's
  // date ("" when it had none) and rowid; `after` 0 starts from the top.
  std::string after_date;
  // Only claims of documents matching this FTS5 query (schema 4); build it
  // with FtsQuery from a user's words. "" = any.
  std::string fts;
};

// A user's words as an FTS5 query that cannot be a syntax error: each
// whitespace-separated word quoted ("a" "b"), quotes inside doubled, so
// every word must occur and FTS operators are plain words. "" when
// `words` has none.
std::string FtsQuery(std::string_view words);

// The document a claim comes from, as the claim record prints it.
// One document of a cluster of near-duplicates.
struct ClusterDoc {
  int64_t rowid = 0;
  std::string id, path, url, source, title, published;
  double jaccard = 1;  // estimated similarity to the cluster's first document
};

// Near-duplicate documents, earliest first: docs[0] is the original (the
// earliest published, else the first stored).
struct DuplicateCluster {
  int64_t cluster = 0;
  std::vector<ClusterDoc> docs;
};

// How many documents of one LSH band BandNeighbours returns at most.
inline constexpr int kBandNeighboursPerBand = 16;

// What a repeat must share with its origin besides the speaker: the
// figure's category, side, unit and interval ("" for an unknown category
// or side).
struct FigureKey {
  std::string category, side, unit;
  std::optional<double> lo, hi;
};

// What origin linking reads of a claim of one figure (the figure itself
// is the caller's).
struct ClaimKeyRow {
  int64_t rowid = 0;
  std::string id, doc;
  int64_t cluster = 0;  // the document's near-duplicate cluster (its rowid if none)
  std::string speaker_actor, speaker_name, speaker_org;
  bool has_speaker = false, speaker_private = false;
  std::string origin;
};

// How often an origin was repeated in other documents, and by how many
// outlets.
struct EchoCount {
  int64_t echoes = 0;
  int64_t outlets = 0;
  std::vector<std::string> sources;  // the outlets, sorted
};

struct DocRef {
  std::string id, path, url, source, published, lang;
};

struct SearchHit {
  DocRef doc;
  std::string title;
  // A few words around the best match, plain text; `highlights` are the
  // matched words in it, as [begin, end) code point ranges.
  std::string snippet;
  std::vector<std::pair<int64_t, int64_t>> highlights;
  int64_t claims = 0;
};

// How many claims name one region, by category.
struct PlaceCount {
  std::string place;  // ISO 3166-2
  int64_t claims = 0;
  std::vector<Count> by_category;  // most first
};

struct ClaimRow {
  int64_t rowid = 0;  // storage order; the cursor for ClaimQuery::after
  std::string date;   // what date orders and filters compare; "" = none
  Claim claim;
  DocRef doc;
  // Filled by `tally claims --origins` only: the claim's echoes.
  EchoCount echoes;
  bool with_echoes = false;
};

struct Stats {
  int64_t documents = 0;
  int64_t chars = 0;
  int64_t runs = 0;
  std::vector<Count> by_format, by_lang, by_source, errors_by_code;
  std::vector<ErrorRow> recent_errors;
  int64_t claims = 0;
  // Keys are the stored codes; "" counts the claims where it is null.
  std::vector<Count> claims_by_category, claims_by_side, claims_by_stance;
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

  // A bulk load: the claim tables' secondary indexes are dropped before
  // it and made again after it, one sort each, instead of taking a random
  // insert per claim and index (which, once the indexes outgrow the page
  // cache, writes a page per claim and index). Any writable Open makes
  // the missing ones again, so a bulk load cut short heals at the next.
  Status DropClaimIndexes();
  Status CreateClaimIndexes();
  // The database file's size in bytes (pages in use).
  Result<int64_t> FileBytes();

  Status BeginBatch();
  Status CommitBatch();
  // Undoes the open batch (after a failed step of it).
  Status RollbackBatch();

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
  // The first document stored after rowid `after`, with its text, into
  // *doc and its rowid into *rowid; false when there is none. One at a
  // time, so that a pass over the store holds one text.
  Result<bool> NextDocument(int64_t after, int64_t* rowid, Document* doc);
  // Replaces a stored document's text (and its full-text index entry);
  // its id, the hash of the text it was read with, stays.
  Status ReplaceDocumentText(int64_t rowid, const std::string& text);
  Result<Stats> GetStats();
  // A page of documents in storage order after query.after, each with its
  // claim count. kInvalidArgument when limit < 1.
  Result<std::vector<DocumentRow>> ListDocumentPage(const DocumentQuery& query);
  // Near-duplicate clusters of two documents or more.
  Result<int64_t> CountClusters();

  // ---- full-text search (schema 4) ----
  // Documents containing every word of query.text, best first, with
  // snippets. kInvalidArgument when the text has no words or limit < 1;
  // kUnsupported on a store opened read-only below schema 4 (no index).
  Result<std::vector<SearchHit>> Search(const SearchQuery& query);
  // How many documents Search would walk through in all.
  Result<int64_t> CountSearch(const SearchQuery& query);

  // Replaces the claims of document `doc_id` by `claims` (none: removes
  // them), atomically: a failure leaves the old claims in place. Runs
  // inside the caller's batch when there is one. Fails with kNotFound when
  // the document is not stored, kInvalidArgument when a claim names
  // another document or has end < begin, kIOError when SQLite fails.
  // kNewDocument: the document was stored in the caller's open batch and
  // has no claims yet; nothing is removed, and a failure leaves the claims
  // written so far for the caller to roll back with its batch.
  enum class ClaimWrite { kReplace, kNewDocument };
  Status PutClaims(const std::string& doc_id, const std::vector<Claim>& claims,
                   ClaimWrite write = ClaimWrite::kReplace);

  // Claims matching `query`, in storage order (rowid ascending), at most
  // query.limit of them, with their documents. kInvalidArgument when
  // limit < 1; kCorruption when a stored row cannot be read back.
  Result<std::vector<ClaimRow>> ListClaims(const ClaimQuery& query);
  // How many claims match `query`'s filters; `limit` and `after` are
  // ignored, so this is the total a paged listing walks through.
  Result<int64_t> CountClaims(const ClaimQuery& query);
  // SQLite's PRAGMA data_version: changes when another connection commits
  // to the file, so a reader can tell whether what it computed still holds.
  // Comparable only with values from this same Store.
  Result<int64_t> DataVersion();
  // One claim by its id, with its document. kNotFound when none.
  Result<ClaimRow> GetClaim(const std::string& claim_id);
  // Claims counted by region (claim_places), regions in code order.
  Result<std::vector<PlaceCount>> CountClaimsByPlace();
  // The claims of one document (full id), in span order; empty when it
  // has none or is not stored.
  Result<std::vector<Claim>> ClaimsOfDocument(const std::string& doc_id);

  // Keeps `sealed` (a private person's name sealed with the operator's key;
  // opaque bytes here) under `pseudonym`, replacing an earlier value.
  // kInvalidArgument when either is empty.
  Status PutSealedName(const std::string& pseudonym, std::string_view sealed);
  // The sealed bytes kept under `pseudonym`; kNotFound when unknown.
  Result<std::string> GetSealedName(const std::string& pseudonym);
  // Calls `fn` with each kept sealed name, in pseudonym order, until it
  // returns false. None for a store without the persons table.
  Status ScanSealedNames(const std::function<bool(std::string_view sealed)>& fn);

  // ---- collecting (sqlite_collect.cc) ----
  // Every source's state, by key. Empty for a store made before schema 7.
  Result<std::vector<SourceState>> ListSourceStates();
  // Writes `state` over the one with its key.
  Status PutSourceState(const SourceState& state);
  // Whether `url` was fetched before (by any source).
  Result<bool> UrlFetched(const std::string& url);
  // Records a fetched URL, replacing an earlier record of it.
  Status PutFetchedUrl(const FetchedUrl& fetched);
  // The URLs fetched, by source key (key, n), in key order.
  Result<std::vector<Count>> CountFetchedUrlsBySource();

  // ---- near-duplicates (sqlite_reconcile.cc) ----
  // The rowid of the document with full id `doc_id`; kNotFound if none.
  Result<int64_t> DocumentRowid(const std::string& doc_id);
  // Keeps a document's MinHash signature and its LSH band keys.
  Status PutSignature(int64_t doc, const std::vector<uint32_t>& signature,
                      const std::vector<int64_t>& band_keys);
  // The documents that share a band key with `band_keys`, each once: at
  // most the kBandNeighboursPerBand newest of each band.
  Result<std::vector<int64_t>> BandNeighbours(const std::vector<int64_t>& band_keys);
  // A stored signature; empty when the document has none.
  Result<std::vector<uint32_t>> GetSignature(int64_t doc);
  // Puts `doc` in `cluster` (a document's rowid) with its similarity.
  Status SetCluster(int64_t doc, int64_t cluster, double jaccard);
  // The cluster of `doc`: its own rowid when it has none.
  Result<int64_t> ClusterOf(int64_t doc);
  // Clusters of two documents or more, largest first, at most `limit`.
  Result<std::vector<DuplicateCluster>> ListDuplicateClusters(int limit);
  // The cluster of one document (full id); a single document when it has
  // no near-duplicates.
  Result<DuplicateCluster> ClusterOfDocument(const std::string& doc_id);

  // ---- origins (sqlite_reconcile.cc) ----
  // The claim rowid up to which origins have been linked (0: never).
  Result<int64_t> OriginsLinkedThrough();
  // Records it, in the caller's batch.
  Status SetOriginsLinkedThrough(int64_t rowid);
  // The highest claim rowid in the store (0 when there are none).
  Result<int64_t> LastClaimRowid();
  // Calls `fn` once for each figure among the claims with rowid in
  // (after, through], in key order, stopping at the first error. The
  // figures are copied to a temporary table first, so `fn` may write to
  // the claims table.
  Status ForEachFigure(int64_t after, int64_t through,
                       const std::function<Status(const FigureKey&)>& fn);
  // Every claim of one figure, as origin linking reads it: by date
  // (undated last), then document id, attributed before unattributed
  // within a document, then position.
  Status ForEachClaimOfFigure(const FigureKey& figure,
                              const std::function<void(const ClaimKeyRow&)>& fn);
  // How many claims the store holds, and how many of them are origins.
  Result<std::pair<int64_t, int64_t>> CountClaimsAndOrigins();
  // Sets claims' origins (rowid, origin id or "" for none) in one
  // transaction of the caller's batch.
  Status SetOrigins(const std::vector<std::pair<int64_t, std::string>>& origins);
  // For every origin with echoes in other documents: how many, and by
  // which outlets.
  Result<std::map<std::string, EchoCount>> EchoCounts();
  // The same for one origin (a claim id); zero counts when it has none.
  Result<EchoCount> EchoCountOf(const std::string& claim_id);

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  // "PATH: what: SQLite's message", so a failed write names the database.
  Status SqlError(const std::string& what) const;
  Status Exec(const char* sql);
  Result<sqlite3_stmt*> Prepare(const char* sql);
  // Appends the (key, n) rows of `sql`, a prepared statement kept by its
  // text's address (a literal), to *out.
  Status ReadCounts(const char* sql, std::vector<Count>* out);
  // PRAGMA user_version: 0 for a new file.
  Result<int> SchemaVersion();
  // Brings a database of schema `from` up to date in one transaction.
  Status Migrate(int from);
  // The fields of a claim's document that its row carries (schema 5).
  struct ClaimDocument {
    std::string id, source, lang;
  };
  Status InsertClaim(const ClaimDocument& doc, const Claim& claim, const std::string& date);
  // Steps `st` (columns as sqlite_claims.cc's kClaimColumns, then the
  // document's when `with_doc`) to the end, appending its rows to `out`.
  Status ReadClaimRows(sqlite3_stmt* st, bool with_doc, const char* what,
                       std::vector<ClaimRow>* out);

  sqlite3* db_;
  std::string path_;
  // A database opened read-only at schema 1 has no claim tables: it holds
  // no claims, and the claim queries answer so instead of failing.
  bool has_claims_ = true;
  // The same for schema 2, without the near-duplicate tables.
  bool has_reconcile_ = true;
  // The same for schema 3, without the full-text index.
  bool has_fts_ = true;
  // The same for schema 4, without the listing columns (claims.doc_source,
  // claims.doc_lang, claim_places.date): filters then go through the
  // documents table and the place index, as they did.
  bool has_listing_columns_ = true;
  // The same for schema 6, without the collecting tables.
  bool has_sources_ = true;
  bool has_source_items_ = true;  // collect_sources.last_item (schema 8)
  bool has_source_every_ = true;  // collect_sources.every (schema 9)
  std::map<const char*, sqlite3_stmt*> statements_;
};

}  // namespace tally::store

#endif  // TALLY_SRC_STORE_STORE_H_
