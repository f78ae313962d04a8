#include "src/export/claim_filters.h"

#include <array>

#include "src/resolve/basis.h"
#include "src/text/ascii.h"
#include "src/text/dates.h"

namespace tally::exporting {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& code : codes) {
    if (!out.empty()) out += ", ";
    out += code;
  }
  return out;
}

// Replaces `*value` by the code it names, ignoring ASCII case.
Status OneOf(const char* filter, const std::vector<std::string>& codes,
             std::string* value) {
  if (value->empty()) return Status::Ok();
  const std::string folded = text::AsciiLower(*value);
  for (const std::string& code : codes) {
    if (text::AsciiLower(code) == folded) {
      *value = code;
      return Status::Ok();
    }
  }
  return Status::InvalidArgument("unknown " + std::string(filter) + " '" + *value +
                                 "' (one of: " + JoinCodes(codes) + ")");
}

Status Day(const char* filter, const std::string& value) {
  // ToIsoDate knows the calendar ("2024-02-30" is no day) and gives a bare
  // date back unchanged only when it is one.
  if (value.empty() || (value.size() == 10 && text::ToIsoDate(value) == value)) {
    return Status::Ok();
  }
  return Status::InvalidArgument(std::string(filter) + " '" + value +
                                 "' is not a date (want YYYY-MM-DD, e.g. 2024-03-05)");
}

// "RU-AMU", "UA-14": a country, a hyphen, one to three letters or digits.
Status Place(std::string* value) {
  if (value->empty()) return Status::Ok();
  const std::string& v = *value;
  bool ok = v.size() >= 4 && v.size() <= 6 && IsAsciiAlpha(v[0]) && IsAsciiAlpha(v[1]) &&
            v[2] == '-';
  for (size_t i = 3; ok && i < v.size(); ++i) ok = IsAsciiAlnum(v[i]);
  if (!ok) {
    return Status::InvalidArgument("place '" + v +
                                   "' is not an ISO 3166-2 region code (e.g. RU-AMU, UA-14)");
  }
  for (char& c : *value) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return Status::Ok();
}

Status Lang(std::string* value) {
  if (value->empty()) return Status::Ok();
  bool ok = value->size() == 2 || value->size() == 3;
  for (char c : *value) ok = ok && IsAsciiAlpha(c);
  if (!ok) {
    return Status::InvalidArgument("lang '" + *value +
                                   "' is not a language code (en, ru, uk, ...)");
  }
  *value = text::AsciiLower(*value);
  return Status::Ok();
}

}  // namespace

ClaimVocabulary DefaultClaimVocabulary() {
  ClaimVocabulary v;
  v.categories = {"refusal",     "desertion", "surrender", "discharge", "prosecution",
                  "legal_aid",   "killed",    "casualties", "wounded",  "captured",
                  "missing",     "deployed",  "mobilized"};
  v.sides = {"RU", "UA"};
  v.stances = {"official-RU", "official-UA", "official-other", "independent"};
  v.hedges = {"estimate", "reported", "unconfirmed", "possible"};
  for (Unit u : {Unit::kPersons, Unit::kPercent, Unit::kRegions, Unit::kUnits,
                 Unit::kCases}) {
    v.units.emplace_back(UnitName(u));
  }
  for (Basis b : {Basis::kTotal, Basis::kPeriod, Basis::kSubset}) {
    v.bases.emplace_back(resolve::BasisName(b));
  }
  return v;
}

Status CheckClaimQuery(const ClaimVocabulary& vocabulary, store::ClaimQuery* q) {
  for (Status s : {
           OneOf("category", vocabulary.categories, &q->category),
           OneOf("side", vocabulary.sides, &q->side),
           OneOf("stance", vocabulary.stances, &q->stance),
           OneOf("hedge", vocabulary.hedges, &q->hedge),
           OneOf("unit", vocabulary.units, &q->unit),
           OneOf("basis", vocabulary.bases, &q->basis),
           Day("since", q->since),
           Day("until", q->until),
           Place(&q->place),
           Lang(&q->lang),
       }) {
    if (!s.ok()) return s;
  }
  if (!q->since.empty() && !q->until.empty() && q->since > q->until) {
    return Status::InvalidArgument("since " + q->since + " is after until " + q->until);
  }
  return Status::Ok();
}

}  // namespace tally::exporting
