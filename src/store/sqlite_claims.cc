// The claims ledger and the sealed names of private people: the Store's
// claim methods (schema 2, doc/schema.md).
//
// A query's SQL is assembled from fixed fragments, one per filter that is
// set, and every value is bound as a parameter; no text from a query ever
// becomes SQL. Leaving unset filters out of the statement (rather than
// writing "(? = '' OR category = ?)") lets SQLite use the index of the
// filter that is set. Listings walk the claims in rowid order from the
// cursor, so a page costs the same however deep into the results it is.
//
// Two columns are derived at write time so that filters need no per-row
// work: `speaker_fold` (the speaker's name and organisation, case-folded
// with ICU, for the case-insensitive speaker filter in any script) and
// `date` (the document's publication day, else the end of the claim's
// period, for --since/--until with an index). The claim's basis is not
// stored: it is resolve::BasisOf of stored columns, computed as rows are
// read and, for the basis filter, by the SQL function tally_basis, so a
// store written before the field existed has it too.
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>
#include <variant>

#include "src/export/json.h"
#include "src/resolve/basis.h"
#include "src/store/sqlite_util.h"
#include "src/store/store.h"
#include "src/text/normalize.h"

namespace tally::store {
namespace {

// The claim's columns in the order ReadClaimRows reads them.
constexpr const char* kClaimColumns =
    "c.rowid, c.id, c.doc, c.span_begin, c.span_end, c.text, c.sentence, c.lo, "
    "c.hi, c.lo_open, c.hi_open, c.qualifier, c.approx, c.unit, c.category, "
    "c.side, c.group_name, c.speaker_name, c.speaker_org, c.speaker_kind, "
    "c.speaker_stance, c.speaker_private, c.speaker_actor, c.channel, c.hedge, "
    "c.period_from, c.period_to, c.places, c.units, c.origin, c.date";
constexpr int kClaimColumnCount = 31;
// Appended by listings, which carry the document along.
constexpr const char* kDocColumns = "d.path, d.url, d.source, d.published, d.lang";

constexpr std::array<Unit, 5> kUnits = {Unit::kPersons, Unit::kPercent, Unit::kRegions,
                                        Unit::kUnits, Unit::kCases};

bool ParseUnitName(std::string_view name, Unit* out) {
  for (Unit u : kUnits) {
    if (UnitName(u) == name) {
      *out = u;
      return true;
    }
  }
  return false;
}

// The day the date filters compare: the document's publication day, else
// the end of the period the figure covers; "" (NULL) when neither is known.
std::string ClaimDate(const std::string& published, const Claim& claim) {
  if (published.size() >= 10) return published.substr(0, 10);
  return claim.period.to;
}

// What the speaker filter searches: name and organisation, case-folded,
// on two lines so that a search never matches across the two.
std::string SpeakerFold(const Speaker& speaker) {
  return text::FoldCase(speaker.name) + "\n" + text::FoldCase(speaker.org);
}

std::string JsonArray(const std::vector<std::string>& items) {
  std::string out;
  exporting::AppendJsonStringArray(&out, items);
  return out;
}

// Reads back what JsonArray wrote; false when `json` is not an array of
// strings.
bool ParseJsonArray(std::string_view json, std::vector<std::string>* out) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element element;
  simdjson::dom::array array;
  if (parser.parse(json.data(), json.size()).get(element) != simdjson::SUCCESS ||
      element.get_array().get(array) != simdjson::SUCCESS) {
    return false;
  }
  for (simdjson::dom::element item : array) {
    std::string_view s;
    if (item.get_string().get(s) != simdjson::SUCCESS) return false;
    out->emplace_back(s);
  }
  return true;
}


// The FROM and WHERE clauses of a claim query: fixed fragments for the
// filters that are set, with their values to bind in order.
//
// At schema 5 (`listing_columns`) a place filter drives the query from
// claim_places, whose (code, date, claim) index lists a place's claims in
// every listing order, and the outlet and language are the claim's own
// columns with (column, date) indexes; otherwise these filters go through
// the documents table and a subquery, as older stores have nothing else.
class ClaimFilter {
 public:
  ClaimFilter(const ClaimQuery& q, bool with_cursor, bool listing_columns)
      : by_place_(listing_columns && !q.place.empty()) {
    if (by_place_) {
      from_ = " FROM claim_places p CROSS JOIN claims c ON c.rowid = p.claim";
      Add(" AND p.code = ?", q.place);
    } else {
      from_ = " FROM claims c";
    }
    AddIfSet(" AND c.category = ?", q.category);
    AddIfSet(" AND c.side = ?", q.side);
    AddIfSet(" AND c.speaker_stance = ?", q.stance);
    const std::string needle =
        q.speaker.empty() ? std::string() : text::FoldCase(text::NormalizeLine(q.speaker));
    if (!q.speaker.empty() && !q.speaker_actor.empty()) {
      Add(" AND (instr(c.speaker_fold, ?) > 0 OR c.speaker_actor = ?)", needle);
      values_.emplace_back(q.speaker_actor);
    } else if (!q.speaker.empty()) {
      Add(" AND instr(c.speaker_fold, ?) > 0", needle);
    } else {
      AddIfSet(" AND c.speaker_actor = ?", q.speaker_actor);
    }
    if (!by_place_) {
      AddIfSet(" AND c.rowid IN (SELECT claim FROM claim_places WHERE code = ?)", q.place);
    }
    AddIfSet(by_place_ ? " AND p.date >= ?" : " AND c.date >= ?", q.since);
    AddIfSet(by_place_ ? " AND p.date <= ?" : " AND c.date <= ?", q.until);
    if (listing_columns) {
      AddIfSet(" AND c.doc_lang = ?", q.lang);
      AddIfSet(" AND c.doc_source = ?", q.source);
    } else {
      AddIfSet(" AND d.lang = ?", q.lang);
      AddIfSet(" AND d.source = ?", q.source);
      needs_documents_ = !q.lang.empty() || !q.source.empty();
    }
    AddIfSet(" AND c.doc = ?", q.doc);
    AddIfSet(" AND c.unit = ?", q.unit);
    AddIfSet(" AND c.hedge = ?", q.hedge);
    AddIfSet(" AND tally_basis(c.period_from, c.period_to, c.places, c.units, c.date) = ?",
             q.basis);
    if (q.origins_only) sql_ += " AND c.origin IS NULL";
    AddIfSet(" AND c.doc IN (SELECT d2.id FROM doc_text JOIN documents d2"
             " ON d2.rowid = doc_text.rowid WHERE doc_text MATCH ?)", q.fts);
    if (with_cursor && q.after > 0) AddCursor(q);
  }

  // The ORDER BY that goes with the query's order, in the columns of the
  // table that drives the query (p.date is c.date, p.claim is c.rowid).
  std::string OrderBy(ClaimOrder order) const {
    switch (order) {
      case ClaimOrder::kDateAscending: return " ORDER BY " + Date() + ", " + Rowid();
      case ClaimOrder::kDateDescending:
        return " ORDER BY " + Date() + " DESC, " + Rowid() + " DESC";
      case ClaimOrder::kStored: break;
    }
    return " ORDER BY " + Rowid();
  }

  // " FROM ... WHERE 1 AND ...", with the documents table joined as `d`
  // when `with_documents` or a filter needs it (LEFT: a listing keeps a
  // claim whose document row is missing, as a count does).
  std::string FromWhere(bool with_documents) const {
    std::string sql = from_;
    if (with_documents) {
      sql += " LEFT JOIN documents d ON d.id = c.doc";
    } else if (needs_documents_) {
      sql += " JOIN documents d ON d.id = c.doc";
    }
    return sql + " WHERE 1" + sql_;
  }

  // Binds the values from parameter 1; returns the next free index.
  int Bind(sqlite3_stmt* st) const {
    int i = 1;
    for (const auto& v : values_) {
      if (const auto* s = std::get_if<std::string>(&v)) {
        store::Bind(st, i++, *s);
      } else {
        sqlite3_bind_int64(st, i++, std::get<int64_t>(v));
      }
    }
    return i;
  }

 private:
  std::string Date() const { return by_place_ ? "p.date" : "c.date"; }
  std::string Rowid() const { return by_place_ ? "p.claim" : "c.rowid"; }

  void Add(const char* fragment, std::string value) {
    sql_ += fragment;
    values_.emplace_back(std::move(value));
  }
  void Add(const std::string& fragment, std::string value) { Add(fragment.c_str(), std::move(value)); }
  void AddIfSet(const char* fragment, const std::string& value) {
    if (!value.empty()) Add(fragment, value);
  }
  // The keyset condition: rows strictly after (after_date, after) in the
  // listing's order. SQLite sorts NULL (no date) before every day, so
  // undated claims come first ascending and last descending.
  void AddCursor(const ClaimQuery& q) {
    const bool dated = !q.after_date.empty();
    const std::string date = Date(), rowid = Rowid();
    switch (q.order) {
      case ClaimOrder::kStored:
        sql_ += " AND " + rowid + " > ?";
        break;
      case ClaimOrder::kDateAscending:
        if (!dated) {
          sql_ += " AND (" + date + " IS NOT NULL OR " + rowid + " > ?)";
        } else {
          Add(" AND (" + date + " > ? OR (" + date + " = ? AND " + rowid + " > ?))", q.after_date);
          values_.emplace_back(q.after_date);
        }
        break;
      case ClaimOrder::kDateDescending:
        if (!dated) {
          sql_ += " AND " + date + " IS NULL AND " + rowid + " < ?";
        } else {
          Add(" AND (" + date + " < ? OR (" + date + " = ? AND " + rowid + " < ?) OR " + date +
                  " IS NULL)",
              q.after_date);
          values_.emplace_back(q.after_date);
        }
        break;
    }
    values_.emplace_back(q.after);
  }

  bool by_place_;
  std::string from_;
  std::string sql_;
  std::vector<std::variant<std::string, int64_t>> values_;
  bool needs_documents_ = false;
};

// tally_basis(period_from, period_to, places, units, date): see
// AddClaimFunctions. NULL arguments read as "".
void BasisFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto text = [&](int i) -> std::string_view {
    if (i >= argc) return {};
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
    return p == nullptr ? std::string_view()
                        : std::string_view(p, static_cast<size_t>(sqlite3_value_bytes(argv[i])));
  };
  // places and units are JSON arrays of strings: one with a quote has one.
  const bool names_part = text(2).find('"') != std::string_view::npos ||
                          text(3).find('"') != std::string_view::npos;
  const Period period{std::string(text(0)), std::string(text(1))};
  const std::string_view name =
      resolve::BasisName(resolve::BasisOf(period, names_part, text(4)));
  sqlite3_result_text(ctx, name.data(), static_cast<int>(name.size()), SQLITE_STATIC);
}

}  // namespace

Status AddClaimFunctions(sqlite3* db) {
  if (sqlite3_create_function_v2(db, "tally_basis", 5,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                 nullptr, &BasisFunction, nullptr, nullptr,
                                 nullptr) != SQLITE_OK) {
    return Status::IOError(std::string("cannot add SQL function tally_basis: ") +
                           sqlite3_errmsg(db));
  }
  return Status::Ok();
}

Status NoIndex(const std::string& path) {
  return Status::Unsupported(path + ": no full-text index (schema 3 or older, opened "
                             "read-only); any 'tally ingest' into it adds the index");
}

Status Store::InsertClaim(const ClaimDocument& doc, const Claim& c, const std::string& date) {
  static constexpr const char* kSql =
      "INSERT INTO claims(id, doc, span_begin, span_end, text, sentence, lo, hi, "
      "lo_open, hi_open, qualifier, approx, unit, category, side, group_name, "
      "speaker_name, speaker_org, speaker_kind, speaker_stance, speaker_private, "
      "speaker_actor, speaker_fold, channel, hedge, period_from, period_to, date, "
      "places, units, origin, doc_source, doc_lang) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  const std::string& doc_id = doc.id;
  Result<sqlite3_stmt*> prepared = Prepare(kSql);
  if (!prepared.ok()) return prepared.status();
  sqlite3_stmt* st = *prepared;
  ResetOnExit reset(st);
  const Quantity& q = c.quantity;
  Bind(st, 1, c.id);
  Bind(st, 2, doc_id);
  sqlite3_bind_int64(st, 3, static_cast<int64_t>(c.begin));
  sqlite3_bind_int64(st, 4, static_cast<int64_t>(c.end));
  Bind(st, 5, c.text);
  BindOrNull(st, 6, c.sentence);
  BindOptionalDouble(st, 7, q.lo);
  BindOptionalDouble(st, 8, q.hi);
  sqlite3_bind_int(st, 9, q.lo_open);
  sqlite3_bind_int(st, 10, q.hi_open);
  Bind(st, 11, QualifierName(q.qualifier));
  sqlite3_bind_int(st, 12, q.approx);
  Bind(st, 13, UnitName(q.unit));
  BindOrNull(st, 14, c.category);
  BindOrNull(st, 15, c.side);
  BindOrNull(st, 16, c.group);
  if (c.speaker) {
    const Speaker& s = *c.speaker;
    BindOrNull(st, 17, s.name);
    BindOrNull(st, 18, s.org);
    BindOrNull(st, 19, s.kind);
    BindOrNull(st, 20, s.stance);
    sqlite3_bind_int(st, 21, s.is_private);
    BindOrNull(st, 22, s.actor);
    Bind(st, 23, SpeakerFold(s));
  }  // else 17-23 stay NULL: no speaker.
  BindOrNull(st, 24, c.channel);
  BindOrNull(st, 25, c.hedge);
  BindOrNull(st, 26, c.period.from);
  BindOrNull(st, 27, c.period.to);
  BindOrNull(st, 28, date);
  Bind(st, 29, JsonArray(c.places));
  Bind(st, 30, JsonArray(c.units));
  BindOrNull(st, 31, c.origin);
  BindOrNull(st, 32, doc.source);
  BindOrNull(st, 33, doc.lang);
  if (sqlite3_step(st) != SQLITE_DONE) return SqlError("store claim " + c.id);
  const int64_t rowid = sqlite3_last_insert_rowid(db_);

  static constexpr const char* kPlaceSql =
      "INSERT OR IGNORE INTO claim_places(claim, code, date) VALUES(?, ?, ?)";
  for (const std::string& code : c.places) {
    if (code.empty()) continue;
    Result<sqlite3_stmt*> place = Prepare(kPlaceSql);
    if (!place.ok()) return place.status();
    ResetOnExit reset_place(*place);
    sqlite3_bind_int64(*place, 1, rowid);
    Bind(*place, 2, code);
    BindOrNull(*place, 3, date);
    if (sqlite3_step(*place) != SQLITE_DONE) return SqlError("store places of claim " + c.id);
  }
  return Status::Ok();
}

Status Store::PutClaims(const std::string& doc_id, const std::vector<Claim>& claims,
                        ClaimWrite write) {
  if (!has_claims_) {
    return Status::IOError(path_ + ": read-only database at schema 1 has no claims table");
  }
  for (const Claim& c : claims) {
    if (c.id.empty()) {
      return Status::InvalidArgument("claim at " + std::to_string(c.begin) + " of " +
                                     doc_id + " has no id");
    }
    if (!c.doc_id.empty() && c.doc_id != doc_id) {
      return Status::InvalidArgument("claim " + c.id + " belongs to " + c.doc_id +
                                     ", not " + doc_id);
    }
    if (c.end < c.begin) {
      return Status::InvalidArgument("claim " + c.id + " ends before it begins");
    }
  }
  // The document must be there: a claim points into its text, and its
  // publication date is the claim's date.
  static constexpr const char* kDocSql =
      "SELECT published, source, lang FROM documents WHERE id = ?";
  Result<sqlite3_stmt*> doc = Prepare(kDocSql);
  if (!doc.ok()) return doc.status();
  std::string published;
  ClaimDocument carried{doc_id, "", ""};
  {
    ResetOnExit reset(*doc);
    Bind(*doc, 1, doc_id);
    const int rc = sqlite3_step(*doc);
    if (rc == SQLITE_DONE) {
      return Status::NotFound(path_ + ": no document '" + doc_id + "' to store claims for");
    }
    if (rc != SQLITE_ROW) return SqlError("find document " + doc_id);
    published = Column(*doc, 0);
    carried.source = Column(*doc, 1);
    carried.lang = Column(*doc, 2);
  }

  // Stored in span order, so that rowid order (listings) reads a document
  // front to back.
  std::vector<size_t> order(claims.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::pair(claims[a].begin, claims[a].end) <
           std::pair(claims[b].begin, claims[b].end);
  });
  if (write == ClaimWrite::kNewDocument) {
    // No savepoint: FTS5 writes its pending terms out as a new segment at
    // every savepoint, which cost ingest a segment (and later merges) per
    // document. The caller's batch is abandoned whole on a failure.
    for (size_t i : order) {
      Status s = InsertClaim(carried, claims[i], ClaimDate(published, claims[i]));
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }
  // A savepoint nests inside the caller's batch and stands alone outside
  // one, so the replacement is all-or-nothing either way.
  Status s = Exec("SAVEPOINT put_claims");
  if (!s.ok()) return s;
  auto fail = [&](Status error) {
    (void)Exec("ROLLBACK TO put_claims");
    (void)Exec("RELEASE put_claims");
    return error;
  };
  for (const char* sql : {
           "DELETE FROM claim_places WHERE claim IN "
           "(SELECT rowid FROM claims WHERE doc = ?)",
           "DELETE FROM claims WHERE doc = ?",
       }) {
    Result<sqlite3_stmt*> del = Prepare(sql);
    if (!del.ok()) return fail(del.status());
    ResetOnExit reset(*del);
    Bind(*del, 1, doc_id);
    if (sqlite3_step(*del) != SQLITE_DONE) return fail(SqlError("replace claims of " + doc_id));
  }
  for (size_t i : order) {
    s = InsertClaim(carried, claims[i], ClaimDate(published, claims[i]));
    if (!s.ok()) return fail(s);
  }
  s = Exec("RELEASE put_claims");
  if (!s.ok()) return fail(s);
  return Status::Ok();
}

Status Store::ReadClaimRows(sqlite3_stmt* st, bool with_doc, const char* what,
                            std::vector<ClaimRow>* out) {
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    ClaimRow row;
    Claim& c = row.claim;
    row.rowid = sqlite3_column_int64(st, 0);
    c.id = Column(st, 1);
    c.doc_id = Column(st, 2);
    c.begin = static_cast<uint64_t>(sqlite3_column_int64(st, 3));
    c.end = static_cast<uint64_t>(sqlite3_column_int64(st, 4));
    c.text = Column(st, 5);
    c.sentence = Column(st, 6);
    Quantity& q = c.quantity;
    q.lo = OptionalDouble(st, 7);
    q.hi = OptionalDouble(st, 8);
    q.lo_open = sqlite3_column_int(st, 9) != 0;
    q.hi_open = sqlite3_column_int(st, 10) != 0;
    const std::string qualifier = Column(st, 11);
    q.approx = sqlite3_column_int(st, 12) != 0;
    const std::string unit = Column(st, 13);
    if (!ParseQualifierName(qualifier, &q.qualifier) || !ParseUnitName(unit, &q.unit)) {
      return Status::Corruption(path_ + ": claim " + c.id + ": unknown qualifier '" +
                                qualifier + "' or unit '" + unit + "'");
    }
    c.category = Column(st, 14);
    c.side = Column(st, 15);
    c.group = Column(st, 16);
    if (sqlite3_column_type(st, 21) != SQLITE_NULL) {
      Speaker& s = c.speaker.emplace();
      s.name = Column(st, 17);
      s.org = Column(st, 18);
      s.kind = Column(st, 19);
      s.stance = Column(st, 20);
      s.is_private = sqlite3_column_int(st, 21) != 0;
      s.actor = Column(st, 22);
    }
    c.channel = Column(st, 23);
    c.hedge = Column(st, 24);
    c.period.from = Column(st, 25);
    c.period.to = Column(st, 26);
    if (!ParseJsonArray(Column(st, 27), &c.places) ||
        !ParseJsonArray(Column(st, 28), &c.units)) {
      return Status::Corruption(path_ + ": claim " + c.id + ": places or units are not a "
                                "JSON array of strings");
    }
    c.origin = Column(st, 29);
    row.date = Column(st, 30);
    // The date is the publication day, else the period's own end, which
    // tells BasisOf no more than an unknown publication would.
    c.basis = resolve::BasisOf(c, row.date);
    if (with_doc) {
      constexpr int d = kClaimColumnCount;
      row.doc = DocRef{c.doc_id,         Column(st, d),     Column(st, d + 1),
                       Column(st, d + 2), Column(st, d + 3), Column(st, d + 4)};
    }
    out->push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) return SqlError(what);
  return Status::Ok();
}

Result<std::vector<ClaimRow>> Store::ListClaims(const ClaimQuery& query) {
  if (query.limit < 1) {
    return Status::InvalidArgument("claim listing limit must be at least 1, not " +
                                   std::to_string(query.limit));
  }
  std::vector<ClaimRow> rows;
  if (!has_claims_) return rows;
  if (!query.fts.empty() && !has_fts_) return NoIndex(path_);
  const ClaimFilter filter(query, /*with_cursor=*/true, has_listing_columns_);
  const std::string sql = std::string("SELECT ") + kClaimColumns + ", " + kDocColumns +
                          filter.FromWhere(/*with_documents=*/true) +
                          filter.OrderBy(query.order) + " LIMIT ?";
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    return SqlError("list claims");
  }
  OwnedStatement st(raw);
  sqlite3_bind_int(st.get(), filter.Bind(st.get()), query.limit);
  Status s = ReadClaimRows(st.get(), /*with_doc=*/true, "list claims", &rows);
  if (!s.ok()) return s;
  return rows;
}

Result<int64_t> Store::DataVersion() {
  Result<sqlite3_stmt*> st = Prepare("PRAGMA data_version");
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  if (sqlite3_step(*st) != SQLITE_ROW) return SqlError("reading the data version");
  return static_cast<int64_t>(sqlite3_column_int64(*st, 0));
}

Result<int64_t> Store::CountClaims(const ClaimQuery& query) {
  if (!has_claims_) return int64_t{0};
  if (!query.fts.empty() && !has_fts_) return NoIndex(path_);
  const ClaimFilter filter(query, /*with_cursor=*/false, has_listing_columns_);
  const std::string sql =
      std::string("SELECT count(*)") + filter.FromWhere(/*with_documents=*/false);
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    return SqlError("count claims");
  }
  OwnedStatement st(raw);
  filter.Bind(st.get());
  if (sqlite3_step(st.get()) != SQLITE_ROW) return SqlError("count claims");
  return static_cast<int64_t>(sqlite3_column_int64(st.get(), 0));
}

Result<ClaimRow> Store::GetClaim(const std::string& claim_id) {
  if (!has_claims_) return Status::NotFound("no claim '" + claim_id + "'");
  static const std::string kSql = std::string("SELECT ") + kClaimColumns + ", " + kDocColumns +
                                  " FROM claims c LEFT JOIN documents d ON d.id = c.doc"
                                  " WHERE c.id = ? ORDER BY c.rowid LIMIT 1";
  Result<sqlite3_stmt*> st = Prepare(kSql.c_str());
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, claim_id);
  std::vector<ClaimRow> rows;
  Status s = ReadClaimRows(*st, /*with_doc=*/true, "get claim", &rows);
  if (!s.ok()) return s;
  if (rows.empty()) return Status::NotFound("no claim '" + claim_id + "'");
  return std::move(rows.front());
}

Result<std::vector<PlaceCount>> Store::CountClaimsByPlace() {
  std::vector<PlaceCount> out;
  if (!has_claims_) return out;
  static constexpr const char* kSql =
      "SELECT p.code, coalesce(c.category, ''), count(*) FROM claim_places p"
      " JOIN claims c ON c.rowid = p.claim GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    std::string place = Column(*st, 0);
    if (out.empty() || out.back().place != place) out.push_back({std::move(place), 0, {}});
    const int64_t n = sqlite3_column_int64(*st, 2);
    out.back().claims += n;
    out.back().by_category.push_back(Count{Column(*st, 1), n});
  }
  if (rc != SQLITE_DONE) return SqlError("count claims by place");
  return out;
}

Result<std::vector<Claim>> Store::ClaimsOfDocument(const std::string& doc_id) {
  std::vector<Claim> claims;
  if (!has_claims_) return claims;
  static const std::string kSql = std::string("SELECT ") + kClaimColumns +
                                  " FROM claims c WHERE c.doc = ?"
                                  " ORDER BY c.span_begin, c.span_end, c.rowid";
  Result<sqlite3_stmt*> st = Prepare(kSql.c_str());
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, doc_id);
  std::vector<ClaimRow> rows;
  Status s = ReadClaimRows(*st, /*with_doc=*/false, "read claims", &rows);
  if (!s.ok()) return s;
  claims.reserve(rows.size());
  for (ClaimRow& row : rows) claims.push_back(std::move(row.claim));
  return claims;
}

Status Store::PutSealedName(const std::string& pseudonym, std::string_view sealed) {
  if (pseudonym.empty() || sealed.empty()) {
    return Status::InvalidArgument("a sealed name needs a pseudonym and sealed bytes");
  }
  if (!has_claims_) {
    return Status::IOError(path_ + ": read-only database at schema 1 has no persons table");
  }
  static constexpr const char* kSql =
      "INSERT INTO persons(pseudonym, sealed) VALUES(?, ?) "
      "ON CONFLICT(pseudonym) DO UPDATE SET sealed = excluded.sealed";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, pseudonym);
  sqlite3_bind_blob(*st, 2, sealed.data(), static_cast<int>(sealed.size()),
                    SQLITE_TRANSIENT);
  if (sqlite3_step(*st) != SQLITE_DONE) return SqlError("store sealed name " + pseudonym);
  return Status::Ok();
}

Result<std::string> Store::GetSealedName(const std::string& pseudonym) {
  if (!has_claims_) return Status::NotFound("no sealed name for '" + pseudonym + "'");
  static constexpr const char* kSql = "SELECT sealed FROM persons WHERE pseudonym = ?";
  Result<sqlite3_stmt*> st = Prepare(kSql);
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  Bind(*st, 1, pseudonym);
  const int rc = sqlite3_step(*st);
  if (rc == SQLITE_DONE) return Status::NotFound("no sealed name for '" + pseudonym + "'");
  if (rc != SQLITE_ROW) return SqlError("read sealed name " + pseudonym);
  const auto* p = static_cast<const char*>(sqlite3_column_blob(*st, 0));
  return std::string(p == nullptr ? "" : p, static_cast<size_t>(sqlite3_column_bytes(*st, 0)));
}

Status Store::ScanSealedNames(const std::function<bool(std::string_view sealed)>& fn) {
  if (!has_claims_) return Status::Ok();
  Result<sqlite3_stmt*> st = Prepare("SELECT sealed FROM persons ORDER BY pseudonym");
  if (!st.ok()) return st.status();
  ResetOnExit reset(*st);
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(*st, 0));
    const std::string_view sealed(p == nullptr ? "" : p,
                                  static_cast<size_t>(sqlite3_column_bytes(*st, 0)));
    if (!fn(sealed)) return Status::Ok();
  }
  if (rc != SQLITE_DONE) return SqlError("read sealed names");
  return Status::Ok();
}

}  // namespace tally::store
