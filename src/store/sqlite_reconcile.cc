// Near-duplicate documents and claim origins: the Store's reconcile methods
// (schema 3, doc/schema.md). Signatures are stored as little-endian
// 32-bit words; band keys in an index that answers "which documents share
// this band" with one lookup a band.
#include <algorithm>
#include <cstring>
#include <set>

#include "src/store/sqlite_util.h"
#include "src/store/store.h"

namespace tally::store {

Result<int64_t> Store::DocumentRowid(const std::string& doc_id) {
  static constexpr const char* kSql = "SELECT rowid FROM documents WHERE id = ?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, doc_id);
  const int rc = sqlite3_step(*st);
  if (rc == SQLITE_ROW) return sqlite3_column_int64(*st, 0);
  if (rc == SQLITE_DONE) return Status::NotFound("no document " + doc_id);
  return SqlError("find document " + doc_id);
}

Status Store::PutSignature(int64_t doc, const std::vector<uint32_t>& signature,
                           const std::vector<int64_t>& band_keys) {
  if (!has_reconcile_) return Status::IOError(path_ + ": read-only database before schema 3");
  static constexpr const char* kSig =
      "INSERT OR REPLACE INTO doc_signatures(doc, sig) VALUES(?, ?)";
  Result<sqlite3_stmt*> st = Prepare(kSig);
  if (!st.ok()) return st.status();
  {
    ResetOnExit reset(*st);
    sqlite3_bind_int64(*st, 1, doc);
    sqlite3_bind_blob(*st, 2, signature.data(),
                      static_cast<int>(signature.size() * sizeof(uint32_t)), SQLITE_TRANSIENT);
    if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("store a signature");
  }
  static constexpr const char* kBand =
      "INSERT OR IGNORE INTO doc_bands(band_key, doc) VALUES(?, ?)";
  Result<sqlite3_stmt*> band = Prepare(kBand);
  if (!band.ok()) return band.status();
  for (int64_t key : band_keys) {
    ResetOnExit reset(*band);
    sqlite3_bind_int64(*band, 1, key);
    sqlite3_bind_int64(*band, 2, doc);
    if (sqlite3_step(*band) != SQLITE_DONE) return SqlError("store a band key");
  }
  return Status::Ok();
}

Result<std::vector<int64_t>> Store::BandNeighbours(const std::vector<int64_t>& band_keys) {
  std::vector<int64_t> out;
  if (!has_reconcile_) return out;
  // The newest documents of each band only: a channel of templated posts
  // puts thousands of documents in the same bands, and a new post would
  // otherwise be compared with all of them (quadratic in the channel).
  // A real copy shares most of its 32 bands with its original, so it is
  // still found through a band that is not crowded, or among the newest.
  static constexpr const char* kSql =
      "SELECT doc FROM doc_bands WHERE band_key = ? ORDER BY doc DESC LIMIT ?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  for (int64_t key : band_keys) {
    ResetOnExit reset(*st);
    sqlite3_bind_int64(*st, 1, key);
    sqlite3_bind_int(*st, 2, kBandNeighboursPerBand);
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW) out.push_back(sqlite3_column_int64(*st, 0));
    if (rc != SQLITE_DONE) return SqlError("read band keys");
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Result<std::vector<uint32_t>> Store::GetSignature(int64_t doc) {
  std::vector<uint32_t> sig;
  if (!has_reconcile_) return sig;
  static constexpr const char* kSql = "SELECT sig FROM doc_signatures WHERE doc = ?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  sqlite3_bind_int64(*st, 1, doc);
  const int rc = sqlite3_step(*st);
  if (rc == SQLITE_ROW) {
    const int bytes = sqlite3_column_bytes(*st, 0);
    sig.resize(static_cast<size_t>(bytes) / sizeof(uint32_t));
    if (!sig.empty()) std::memcpy(sig.data(), sqlite3_column_blob(*st, 0), sig.size() * sizeof(uint32_t));
  } else if (rc != SQLITE_DONE) {
    return SqlError("read a signature");
  }
  return sig;
}

Status Store::SetCluster(int64_t doc, int64_t cluster, double jaccard) {
  if (!has_reconcile_) return Status::IOError(path_ + ": read-only database before schema 3");
  static constexpr const char* kSql =
      "INSERT OR REPLACE INTO doc_clusters(doc, cluster, jaccard) VALUES(?, ?, ?)";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  sqlite3_bind_int64(*st, 1, doc);
  sqlite3_bind_int64(*st, 2, cluster);
  sqlite3_bind_double(*st, 3, jaccard);
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("store a cluster");
  return Status::Ok();
}

Result<int64_t> Store::ClusterOf(int64_t doc) {
  if (!has_reconcile_) return doc;
  static constexpr const char* kSql = "SELECT cluster FROM doc_clusters WHERE doc = ?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  sqlite3_bind_int64(*st, 1, doc);
  const int rc = sqlite3_step(*st);
  if (rc == SQLITE_ROW) return sqlite3_column_int64(*st, 0);
  if (rc == SQLITE_DONE) return doc;
  return SqlError("read a cluster");
}

namespace {

constexpr const char* kClusterDocColumns =
    "d.rowid, d.id, d.path, d.url, d.source, d.title, d.published, k.jaccard, k.cluster";

// Earliest published first (undated last), then in storage order.
void SortCluster(std::vector<ClusterDoc>* docs) {
  std::stable_sort(docs->begin(), docs->end(), [](const ClusterDoc& a, const ClusterDoc& b) {
    const bool ad = !a.published.empty(), bd = !b.published.empty();
    if (ad != bd) return ad;
    if (a.published != b.published) return a.published < b.published;
    return a.rowid < b.rowid;
  });
}

ClusterDoc ReadClusterDoc(sqlite3_stmt* st) {
  ClusterDoc d;
  d.rowid = sqlite3_column_int64(st, 0);
  d.id = Column(st, 1);
  d.path = Column(st, 2);
  d.url = Column(st, 3);
  d.source = Column(st, 4);
  d.title = Column(st, 5);
  d.published = Column(st, 6);
  d.jaccard = sqlite3_column_double(st, 7);
  return d;
}

}  // namespace

Result<std::vector<DuplicateCluster>> Store::ListDuplicateClusters(int limit) {
  std::vector<DuplicateCluster> out;
  if (!has_reconcile_) return out;
  // The largest clusters are chosen first, so that only their documents
  // are read, however many clusters the store has.
  const std::string largest =
      "SELECT cluster FROM doc_clusters GROUP BY cluster HAVING count(*) > 1"
      " ORDER BY count(*) DESC, cluster" +
      (limit > 0 ? " LIMIT " + std::to_string(limit) : std::string());
  const std::string sql = std::string("SELECT ") + kClusterDocColumns +
                          " FROM doc_clusters k JOIN documents d ON d.rowid = k.doc"
                          " WHERE k.cluster IN (" + largest + ") ORDER BY k.cluster, d.rowid";
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    return SqlError("list near-duplicates");
  }
  OwnedStatement st(raw);
  int rc;
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
    const int64_t cluster = sqlite3_column_int64(raw, 8);
    if (out.empty() || out.back().cluster != cluster) out.push_back({cluster, {}});
    out.back().docs.push_back(ReadClusterDoc(raw));
  }
  if (rc != SQLITE_DONE) return SqlError("list near-duplicates");
  for (DuplicateCluster& c : out) SortCluster(&c.docs);
  std::stable_sort(out.begin(), out.end(), [](const DuplicateCluster& a, const DuplicateCluster& b) {
    return a.docs.size() > b.docs.size();
  });
  if (limit > 0 && out.size() > static_cast<size_t>(limit)) out.resize(static_cast<size_t>(limit));
  return out;
}

Result<DuplicateCluster> Store::ClusterOfDocument(const std::string& doc_id) {
  Result<int64_t> rowid = DocumentRowid(doc_id);
  if (!rowid.ok()) return rowid.status();
  Result<int64_t> cluster = ClusterOf(*rowid);
  if (!cluster.ok()) return cluster.status();
  DuplicateCluster out{*cluster, {}};
  if (!has_reconcile_) return out;
  const std::string sql = std::string("SELECT ") + kClusterDocColumns +
                          " FROM doc_clusters k JOIN documents d ON d.rowid = k.doc"
                          " WHERE k.cluster = ? ORDER BY d.rowid";
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    return SqlError("read a cluster");
  }
  OwnedStatement st(raw);
  sqlite3_bind_int64(raw, 1, *cluster);
  int rc;
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) out.docs.push_back(ReadClusterDoc(raw));
  if (rc != SQLITE_DONE) return SqlError("read a cluster");
  SortCluster(&out.docs);
  return out;
}

namespace {

constexpr const char* kLinkedThrough = "origins_linked_through";

void BindFigure(sqlite3_stmt* st, const FigureKey& f) {
  BindOrNull(st, 1, f.category);
  BindOrNull(st, 2, f.side);
  Bind(st, 3, f.unit);
  BindOptionalDouble(st, 4, f.lo);
  BindOptionalDouble(st, 5, f.hi);
}

}  // namespace

Result<int64_t> Store::OriginsLinkedThrough() {
  if (!has_claims_) return 0;
  static constexpr const char* kSql = "SELECT value FROM store_state WHERE name = ?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, kLinkedThrough);
  const int rc = sqlite3_step(*st);
  if (rc == SQLITE_ROW) return sqlite3_column_int64(*st, 0);
  if (rc == SQLITE_DONE) return 0;
  return SqlError("read how far origins are linked");
}

Status Store::SetOriginsLinkedThrough(int64_t rowid) {
  static constexpr const char* kSql =
      "INSERT OR REPLACE INTO store_state(name, value) VALUES(?, ?)";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, kLinkedThrough);
  sqlite3_bind_int64(*st, 2, rowid);
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("record how far origins are linked");
  return Status::Ok();
}

Result<int64_t> Store::LastClaimRowid() {
  if (!has_claims_) return 0;
  static constexpr const char* kSql = "SELECT coalesce(max(rowid), 0) FROM claims";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  if (sqlite3_step(*st) != SQLITE_ROW) return SqlError("read the last claim");
  return sqlite3_column_int64(*st, 0);
}

Status Store::ForEachFigure(int64_t after, int64_t through,
                            const std::function<Status(const FigureKey&)>& fn) {
  if (!has_claims_) return Status::Ok();
  // A temporary table on disk (SQLite's default temp store) rather than a
  // set in memory: a first link of a large store has millions of figures.
  Status s = Exec(
      "CREATE TEMP TABLE IF NOT EXISTS figures_to_link("
      "category TEXT, side TEXT, unit TEXT, lo REAL, hi REAL);"
      "DELETE FROM temp.figures_to_link;");
  if (!s.ok()) return s;
  static constexpr const char* kFill =
      "INSERT INTO temp.figures_to_link SELECT DISTINCT category, side, unit, lo, hi"
      " FROM claims WHERE rowid > ? AND rowid <= ?";
  Result<sqlite3_stmt*> fill = Prepare(kFill);
  if (!fill.ok()) return fill.status();
  {
    ResetOnExit reset(*fill);
    sqlite3_bind_int64(*fill, 1, after);
    sqlite3_bind_int64(*fill, 2, through);
    if (sqlite3_step(*fill) != SQLITE_DONE) return SqlError("collect the figures to link");
  }
  static constexpr const char* kRead =
      "SELECT category, side, unit, lo, hi FROM temp.figures_to_link"
      " ORDER BY category, side, unit, lo, hi";
  Result<sqlite3_stmt*> read = Prepare(kRead);
  if (!read.ok()) return read.status();
  ResetOnExit reset(*read);
  int rc;
  while ((rc = sqlite3_step(*read)) == SQLITE_ROW) {
    FigureKey f;
    f.category = Column(*read, 0);
    f.side = Column(*read, 1);
    f.unit = Column(*read, 2);
    f.lo = OptionalDouble(*read, 3);
    f.hi = OptionalDouble(*read, 4);
    s = fn(f);
    if (!s.ok()) return s;
  }
  if (rc != SQLITE_DONE) return SqlError("read the figures to link");
  return Status::Ok();
}

Status Store::ForEachClaimOfFigure(const FigureKey& figure,
                                   const std::function<void(const ClaimKeyRow&)>& fn) {
  if (!has_claims_) return Status::Ok();
  // "IS": an unknown category or side is NULL, and NULL is one figure.
  // claims_figure answers the WHERE with one index range; the sort is of
  // this figure's claims only. Documents of one day are taken in the order
  // of their ids (hashes of their texts), not of their storage, so that
  // the origins do not depend on the order the files were read in.
  static constexpr const char* kSql =
      "SELECT c.rowid, c.id, c.doc,"
      " coalesce((SELECT cluster FROM doc_clusters k WHERE k.doc = d.rowid), d.rowid),"
      " c.speaker_actor, c.speaker_name, c.speaker_org, c.speaker_private, c.origin"
      " FROM claims c JOIN documents d ON d.id = c.doc"
      " WHERE c.category IS ?1 AND c.side IS ?2 AND c.unit = ?3 AND c.lo IS ?4 AND c.hi IS ?5"
      " ORDER BY (c.date IS NULL), c.date, d.id, (c.speaker_private IS NULL), (c.period_from IS NULL),"
      " c.span_begin";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  BindFigure(*st, figure);
  int rc;
  ClaimKeyRow k;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    sqlite3_stmt* raw = *st;
    k.rowid = sqlite3_column_int64(raw, 0);
    k.id = Column(raw, 1);
    k.doc = Column(raw, 2);
    k.cluster = sqlite3_column_int64(raw, 3);
    k.speaker_actor = Column(raw, 4);
    k.speaker_name = Column(raw, 5);
    k.speaker_org = Column(raw, 6);
    k.has_speaker = sqlite3_column_type(raw, 7) != SQLITE_NULL;
    k.speaker_private = k.has_speaker && sqlite3_column_int(raw, 7) != 0;
    k.origin = Column(raw, 8);
    fn(k);
  }
  if (rc != SQLITE_DONE) return SqlError("read the claims of a figure");
  return Status::Ok();
}

Result<std::pair<int64_t, int64_t>> Store::CountClaimsAndOrigins() {
  if (!has_claims_) return std::pair<int64_t, int64_t>{0, 0};
  static constexpr const char* kSql =
      "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM claims WHERE origin IS NULL)";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  if (sqlite3_step(*st) != SQLITE_ROW) return SqlError("count claims and origins");
  return std::pair<int64_t, int64_t>{sqlite3_column_int64(*st, 0), sqlite3_column_int64(*st, 1)};
}

Status Store::SetOrigins(const std::vector<std::pair<int64_t, std::string>>& origins) {
  if (!has_claims_) return Status::IOError(path_ + ": read-only database at schema 1");
  static constexpr const char* kSql = "UPDATE claims SET origin = ? WHERE rowid = ?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  for (const auto& [rowid, origin] : origins) {
    ResetOnExit reset(*st);
    BindOrNull(*st, 1, origin);
    sqlite3_bind_int64(*st, 2, rowid);
    if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("set a claim's origin");
  }
  return Status::Ok();
}

Result<std::map<std::string, EchoCount>> Store::EchoCounts() {
  std::map<std::string, EchoCount> out;
  if (!has_claims_) return out;
  // Echoes are repeats in other documents; a restatement inside the
  // origin's own document is not one.
  static constexpr const char* kSql =
      "SELECT c.origin, coalesce(d.source, d.path) FROM claims c JOIN documents d ON d.id = c.doc"
      " JOIN claims o ON o.id = c.origin"
      " WHERE c.origin IS NOT NULL AND o.doc <> c.doc";
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, kSql, -1, &raw, nullptr) != SQLITE_OK) return SqlError("count echoes");
  OwnedStatement st(raw);
  std::map<std::string, std::set<std::string>> outlets;
  int rc;
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
    const std::string origin = Column(raw, 0);
    ++out[origin].echoes;
    outlets[origin].insert(Column(raw, 1));
  }
  if (rc != SQLITE_DONE) return SqlError("count echoes");
  for (auto& [origin, count] : out) {
    count.sources.assign(outlets[origin].begin(), outlets[origin].end());
    count.outlets = static_cast<int64_t>(count.sources.size());
  }
  return out;
}

Result<EchoCount> Store::EchoCountOf(const std::string& claim_id) {
  EchoCount count;
  if (!has_claims_ || !has_reconcile_) return count;
  // EchoCounts' rule for one origin, through the origin index.
  static constexpr const char* kSql =
      "SELECT DISTINCT coalesce(d.source, d.path), count(*) OVER () FROM claims c"
      " JOIN documents d ON d.id = c.doc JOIN claims o ON o.id = c.origin"
      " WHERE c.origin = ? AND o.doc <> c.doc ORDER BY 1";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, claim_id);
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    count.sources.push_back(Column(*st, 0));
    count.echoes = sqlite3_column_int64(*st, 1);
  }
  if (rc != SQLITE_DONE) return SqlError("count echoes of " + claim_id);
  count.outlets = static_cast<int64_t>(count.sources.size());
  return count;
}

}  // namespace tally::store
