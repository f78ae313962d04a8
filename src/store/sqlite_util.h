// Small helpers around SQLite's C API shared by the store's .cc files.
// Internal to src/store/.
#ifndef TALLY_SRC_STORE_SQLITE_UTIL_H_
#define TALLY_SRC_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tally/status.h"

namespace tally::store {

// kUnsupported for a full-text query on a store without the index.
Status NoIndex(const std::string& path);

// Adds the SQL functions claim queries use to the connection:
// tally_basis(period_from, period_to, places, units, date), the basis
// name resolve::BasisOf gives a claim's stored columns.
Status AddClaimFunctions(sqlite3* db);

inline void Bind(sqlite3_stmt* st, int i, std::string_view s) {
  sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

// Binds `s` without copying it: `s` must stay alive until the statement
// has been stepped. For a document's text, which can be tens of MB.
inline void BindUncopied(sqlite3_stmt* st, int i, std::string_view s) {
  sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
}

// Binds "" as NULL: the schema's convention for an unknown text field.
inline void BindOrNull(sqlite3_stmt* st, int i, std::string_view s) {
  if (s.empty()) {
    sqlite3_bind_null(st, i);
  } else {
    Bind(st, i, s);
  }
}

// The text in column `i`; "" for NULL.
inline std::string Column(sqlite3_stmt* st, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
  return p == nullptr ? std::string()
                      : std::string(p, static_cast<size_t>(sqlite3_column_bytes(st, i)));
}

// The number in column `i`; nullopt for NULL.
inline std::optional<double> OptionalDouble(sqlite3_stmt* st, int i) {
  if (sqlite3_column_type(st, i) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_double(st, i);
}

inline void BindOptionalDouble(sqlite3_stmt* st, int i, const std::optional<double>& v) {
  if (v) {
    sqlite3_bind_double(st, i, *v);
  } else {
    sqlite3_bind_null(st, i);
  }
}

struct StatementDeleter {
  void operator()(sqlite3_stmt* st) const { sqlite3_finalize(st); }
};
// A statement prepared for one use (SQL assembled from fixed fragments),
// finalized when it goes out of scope.
using OwnedStatement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

// Resets a cached statement when leaving a scope, so that one abandoned
// halfway through its rows does not keep holding a read transaction.
class ResetOnExit {
 public:
  explicit ResetOnExit(sqlite3_stmt* st) : st_(st) {}
  ~ResetOnExit() { sqlite3_reset(st_); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  sqlite3_stmt* st_;
};

}  // namespace tally::store

#endif  // TALLY_SRC_STORE_SQLITE_UTIL_H_
