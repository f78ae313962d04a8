#include "tally/quantity.h"

#include "src/name_table.h"

namespace tally {
namespace {

constexpr NameTable<Qualifier, 9> kQualifiers = {{
    {Qualifier::kExact, "exact"},
    {Qualifier::kApprox, "approx"},
    {Qualifier::kMoreThan, "more_than"},
    {Qualifier::kAtLeast, "at_least"},
    {Qualifier::kAtMost, "at_most"},
    {Qualifier::kLessThan, "less_than"},
    {Qualifier::kNearly, "nearly"},
    {Qualifier::kRange, "range"},
    {Qualifier::kVague, "vague"},
}};

}  // namespace

std::string_view QualifierName(Qualifier q) { return NameIn(kQualifiers, q); }

std::string_view UnitName(Unit u) {
  switch (u) {
    case Unit::kPersons: return "persons";
    case Unit::kPercent: return "percent";
    case Unit::kRegions: return "regions";
    case Unit::kUnits: return "units";
    case Unit::kCases: return "cases";
  }
  return "persons";
}

bool ParseQualifierName(std::string_view name, Qualifier* out) {
  return ValueIn(kQualifiers, name, out);
}

}  // namespace tally
