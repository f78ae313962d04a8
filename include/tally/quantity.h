// Quantity: a figure as an interval, the `quantity` object of the claim
// record (../shared/spec/claims.md, "The figure as an interval").
//
//   Quantity q;               // "more than 1,000"
//   q.lo = 1000;
//   q.lo_open = true;
//   q.qualifier = Qualifier::kMoreThan;
//
// An unbounded side is std::nullopt. Plain values and ranges are closed.
// Plain value type, thread-compatible.
#ifndef TALLY_INCLUDE_TALLY_QUANTITY_H_
#define TALLY_INCLUDE_TALLY_QUANTITY_H_

#include <optional>
#include <string_view>

namespace tally {

// How the words bound the figure. Persisted by name (QualifierName); never
// renumber.
enum class Qualifier {
  kExact = 0,     // 1,351; a dozen; no one; equal to 20
  kApprox = 1,    // about / around / some 17,300
  kMoreThan = 2,  // more than / over 1,000: (X, inf)
  kAtLeast = 3,   // at least seven; X or more: [X, inf)
  kAtMost = 4,    // up to / no more than X; X or less: (-inf, X]
  kLessThan = 5,  // fewer / less than X: (-inf, X)
  kNearly = 6,    // nearly / almost X: (-inf, X), approximate
  kRange = 7,     // from 20 to 40; 20-40; above 10 and below 40
  kVague = 8,     // dozens, hundreds, thousands ...
};

// What the figure counts. Persisted by name (UnitName); never renumber.
enum class Unit {
  kPersons = 0,
  kPercent = 1,
  kRegions = 2,
  kUnits = 3,  // military units
  kCases = 4,  // legal or criminal cases
};

struct Quantity {
  std::optional<double> lo;  // nullopt: unbounded below
  std::optional<double> hi;  // nullopt: unbounded above
  bool lo_open = false;
  bool hi_open = false;
  Qualifier qualifier = Qualifier::kExact;
  bool approx = false;
  Unit unit = Unit::kPersons;

  friend bool operator==(const Quantity&, const Quantity&) = default;
};

// "exact", "approx", "more_than", "at_least", "at_most", "less_than",
// "nearly", "range", "vague".
std::string_view QualifierName(Qualifier q);

// "persons", "percent", "regions", "units", "cases".
std::string_view UnitName(Unit u);

// The qualifier named `name` (as QualifierName prints it); false if none.
bool ParseQualifierName(std::string_view name, Qualifier* out);

}  // namespace tally

#endif  // TALLY_INCLUDE_TALLY_QUANTITY_H_
