#include "tally/quantity.h"

#include <array>
#include <utility>

namespace tally {
namespace {

constexpr std::array<std::pair<Qualifier, std::string_view>, 9> kQualifiers = {{
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

std::string_view QualifierName(Qualifier q) {
  for (const auto& [value, name] : kQualifiers) {
    if (value == q) return name;
  }
  return "exact";
}

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
  for (const auto& [value, qname] : kQualifiers) {
    if (qname == name) {
      *out = value;
      return true;
    }
  }
  return false;
}

}  // namespace tally
