#include "src/resolve/basis.h"

#include <array>
#include <optional>

#include "src/name_table.h"
#include "src/resolve/calendar.h"
#include "src/text/dates.h"

namespace tally::resolve {
namespace {

// Days a war-wide running count is stated from: the starts of the events
// of codebook/periods (the invasion, the mobilisation). A period from one
// of them is "since X" however little time has passed since.
constexpr std::array<std::string_view, 2> kCountStarts = {"2022-02-24", "2022-09-21"};

constexpr NameTable<Basis, 3> kNames = {{
    {Basis::kTotal, "total"},
    {Basis::kPeriod, "period"},
    {Basis::kSubset, "subset"},
}};

std::optional<Day> DayOf(std::string_view iso) {
  if (iso.empty()) return std::nullopt;
  return ParseIsoDay(iso);
}

}  // namespace

Basis BasisOf(const Period& period, bool names_part, std::string_view published) {
  if (names_part) return Basis::kSubset;
  const std::optional<Day> from = DayOf(period.from), to = DayOf(period.to);
  if (!from || !to || *to < *from) return Basis::kTotal;
  for (std::string_view start : kCountStarts) {
    if (period.from == start) return Basis::kTotal;
  }
  if (DayNumber(*to) - DayNumber(*from) <= kMaxPeriodDays) return Basis::kPeriod;
  if (from->year == to->year && from->month == 1 && from->day == 1) return Basis::kPeriod;
  // A running total is given up to the report's day (or a cut-off, which
  // leaves `from` unknown); a span that closed before it is a period.
  const std::optional<Day> pub = DayOf(text::ToIsoDate(published));
  if (pub && *to < *pub) return Basis::kPeriod;
  return Basis::kTotal;
}

Basis BasisOf(const Claim& claim, std::string_view published) {
  return BasisOf(claim.period, !claim.places.empty() || !claim.units.empty(), published);
}

std::string_view BasisName(Basis basis) { return NameIn(kNames, basis); }

bool ParseBasisName(std::string_view name, Basis* out) { return ValueIn(kNames, name, out); }

}  // namespace tally::resolve
