// The collecting tables (schema 7, last_item 8, every 9): each source's health and validators,
// and the URLs fetched. See doc/schema.md.
#include "src/store/sqlite_util.h"
#include "src/store/store.h"

namespace tally::store {

Result<std::vector<SourceState>> Store::ListSourceStates() {
  std::vector<SourceState> out;
  if (!has_sources_) return out;
  // A reader of an older file sees no Telegram position (schema 7) and no
  // interval (schema 8). Statements are kept by their text's address: one
  // literal each.
  static constexpr const char* kV9 =
      "SELECT key, kind, target, label, last_fetch, last_success, etag, last_modified, "
      "failures, last_error, items_seen, fetches, last_item, every FROM collect_sources "
      "ORDER BY key";
  static constexpr const char* kV8 =
      "SELECT key, kind, target, label, last_fetch, last_success, etag, last_modified, "
      "failures, last_error, items_seen, fetches, last_item, 0 FROM collect_sources "
      "ORDER BY key";
  static constexpr const char* kV7 =
      "SELECT key, kind, target, label, last_fetch, last_success, etag, last_modified, "
      "failures, last_error, items_seen, fetches, 0, 0 FROM collect_sources ORDER BY key";
  const char* sql = has_source_every_ ? kV9 : has_source_items_ ? kV8 : kV7;
  Result<sqlite3_stmt*> st = Prepare(sql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    SourceState s;
    s.key = Column(*st, 0);
    s.kind = Column(*st, 1);
    s.target = Column(*st, 2);
    s.label = Column(*st, 3);
    s.last_fetch = Column(*st, 4);
    s.last_success = Column(*st, 5);
    s.etag = Column(*st, 6);
    s.last_modified = Column(*st, 7);
    s.failures = sqlite3_column_int64(*st, 8);
    s.last_error = Column(*st, 9);
    s.items_seen = sqlite3_column_int64(*st, 10);
    s.fetches = sqlite3_column_int64(*st, 11);
    s.last_item = sqlite3_column_int64(*st, 12);
    s.every = sqlite3_column_int64(*st, 13);
    out.push_back(std::move(s));
  }
  if (rc != SQLITE_DONE) return SqlError("list sources");
  return out;
}

Status Store::PutSourceState(const SourceState& s) {
  if (!has_sources_) return Status::IOError(path_ + ": read-only database before schema 7");
  static constexpr const char* kSql =
      "INSERT OR REPLACE INTO collect_sources(key, kind, target, label, last_fetch, "
      "last_success, etag, last_modified, failures, last_error, items_seen, fetches, last_item, "
      "every) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, s.key);
  Bind(*st, 2, s.kind);
  Bind(*st, 3, s.target);
  BindOrNull(*st, 4, s.label);
  BindOrNull(*st, 5, s.last_fetch);
  BindOrNull(*st, 6, s.last_success);
  BindOrNull(*st, 7, s.etag);
  BindOrNull(*st, 8, s.last_modified);
  sqlite3_bind_int64(*st, 9, s.failures);
  BindOrNull(*st, 10, s.last_error);
  sqlite3_bind_int64(*st, 11, s.items_seen);
  sqlite3_bind_int64(*st, 12, s.fetches);
  sqlite3_bind_int64(*st, 13, s.last_item);
  sqlite3_bind_int64(*st, 14, s.every);
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("store the state of " + s.key);
  return Status::Ok();
}

Result<bool> Store::UrlFetched(const std::string& url) {
  if (!has_sources_) return false;
  static constexpr const char* kSql = "SELECT 1 FROM collect_urls WHERE url = ?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, url);
  const int rc = sqlite3_step(*st);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) return SqlError("look up fetched URL " + url);
  return false;
}

Status Store::PutFetchedUrl(const FetchedUrl& f) {
  if (!has_sources_) return Status::IOError(path_ + ": read-only database before schema 7");
  static constexpr const char* kSql =
      "INSERT OR REPLACE INTO collect_urls(url, source, fetched, status, warc_file, warc_record) "
      "VALUES(?, ?, ?, ?, ?, ?)";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, f.url);
  Bind(*st, 2, f.source);
  Bind(*st, 3, f.fetched);
  sqlite3_bind_int(*st, 4, f.status);
  BindOrNull(*st, 5, f.warc_file);
  BindOrNull(*st, 6, f.warc_record);
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("record fetched URL " + f.url);
  return Status::Ok();
}

Result<std::vector<Count>> Store::CountFetchedUrlsBySource() {
  std::vector<Count> out;
  if (!has_sources_) return out;
  Status s = ReadCounts("SELECT source, count(*) FROM collect_urls GROUP BY 1 ORDER BY 1", &out);
  if (!s.ok()) return s;
  return out;
}

}  // namespace tally::store
