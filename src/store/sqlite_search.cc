// Full-text search over the documents (schema 4, the FTS5 table
// `doc_text`; doc/schema.md).
//
// A user's words never reach FTS5 as syntax: FtsQuery quotes each one, so
// "NEAR", "OR", "*", "-" or an unbalanced quote are words to find, and a
// search can fail only when it has no words at all. The query is bound as
// a parameter like every other value. Hits come best first (FTS5's bm25
// rank); the snippet is FTS5's, with its match markers turned into code
// point ranges so that a client never parses markup.
#include <sqlite3.h>

#include "src/store/sqlite_util.h"
#include "src/store/store.h"

namespace tally::store {
namespace {

// Marks FTS5 puts around each matched word in a snippet: control
// characters, which normalised document text never holds.
constexpr char kOpen = '\x02';
constexpr char kClose = '\x03';
// Words of context in a snippet (FTS5's limit is 64).
constexpr int kSnippetWords = 24;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Removes the marks from `marked`, noting where they were in code points.
void Unmark(std::string_view marked, SearchHit* hit) {
  int64_t cp = 0, begin = -1;
  for (char c : marked) {
    if (c == kOpen) {
      begin = cp;
    } else if (c == kClose) {
      if (begin >= 0) hit->highlights.emplace_back(begin, cp);
      begin = -1;
    } else {
      hit->snippet += c;
      cp += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }
  }
}

}  // namespace

std::string FtsQuery(std::string_view words) {
  std::string out;
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && IsSpace(words[i])) ++i;
    if (i == words.size()) break;
    if (!out.empty()) out += ' ';
    out += '"';
    for (; i < words.size() && !IsSpace(words[i]); ++i) {
      if (words[i] == '"') out += '"';
      out += words[i];
    }
    out += '"';
  }
  return out;
}

Result<std::vector<SearchHit>> Store::Search(const SearchQuery& query) {
  if (query.limit < 1) {
    return Status::InvalidArgument("search limit must be at least 1, not " +
                                   std::to_string(query.limit));
  }
  const std::string fts = FtsQuery(query.text);
  if (fts.empty()) return Status::InvalidArgument("a search needs at least one word");
  if (!has_fts_) return NoIndex(path_);
  // snippet() over column -1: the column with the best match, title or text.
  static const std::string kSql =
      std::string("SELECT d.id, d.path, d.url, d.source, d.published, d.lang, d.title, "
                  "snippet(doc_text, -1, char(2), char(3), '...', ") +
      std::to_string(kSnippetWords) + "), " +
      (has_claims_ ? "(SELECT count(*) FROM claims c WHERE c.doc = d.id)" : "0") +
      " FROM doc_text JOIN documents d ON d.rowid = doc_text.rowid"
      " WHERE doc_text MATCH ?1 ORDER BY doc_text.rank LIMIT ?2 OFFSET ?3";
  Result<sqlite3_stmt*> st = Prepare(kSql.c_str());
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, fts);
  sqlite3_bind_int(*st, 2, query.limit);
  sqlite3_bind_int(*st, 3, query.offset);
  std::vector<SearchHit> hits;
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    SearchHit hit;
    hit.doc = DocRef{Column(*st, 0), Column(*st, 1), Column(*st, 2),
                     Column(*st, 3), Column(*st, 4), Column(*st, 5)};
    hit.title = Column(*st, 6);
    Unmark(Column(*st, 7), &hit);
    hit.claims = sqlite3_column_int64(*st, 8);
    hits.push_back(std::move(hit));
  }
  if (rc != SQLITE_DONE) return SqlError("search");
  return hits;
}

Result<int64_t> Store::CountSearch(const SearchQuery& query) {
  const std::string fts = FtsQuery(query.text);
  if (fts.empty()) return Status::InvalidArgument("a search needs at least one word");
  if (!has_fts_) return NoIndex(path_);
  Result<sqlite3_stmt*> st = Prepare("SELECT count(*) FROM doc_text WHERE doc_text MATCH ?");
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, fts);
  if (sqlite3_step(*st) != SQLITE_ROW) return SqlError("count search hits");
  return static_cast<int64_t>(sqlite3_column_int64(*st, 0));
}

}  // namespace tally::store
