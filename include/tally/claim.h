// Claim: one figure a report gives about military personnel, as the claim
// record of ../shared/spec/claims.md describes it: the figure as an
// interval, what it counts, whose personnel, who gave it and where the
// words stand in the document.
//
//   Claim c;
//   c.doc_id = doc.id;
//   c.begin = 412; c.end = 427;          // code points into doc.text
//   c.text = "more than 1,000";
//   c.quantity = {.lo = 1000, .lo_open = true,
//                 .qualifier = Qualifier::kMoreThan};
//   c.category = "refusal";
//   c.speaker = Speaker{.name = "Pavel Chikov", .org = "Agora", ...};
//
// Empty strings and nullopt stand for the contract's `null`. Text fields
// never carry a private person's name in clear: the extractor replaces it
// by its pseudonym before a Claim leaves it. Plain value type.
#ifndef TALLY_INCLUDE_TALLY_CLAIM_H_
#define TALLY_INCLUDE_TALLY_CLAIM_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tally/quantity.h"

namespace tally {

// Who gave a figure, as the report attributes it.
struct Speaker {
  std::string name;    // "Pavel Chikov"; a pseudonym ("person-7c2e...")
                       // when `is_private`; "" when only `org` is known
  std::string org;     // "Agora"; "" when unknown
  std::string kind;    // person | org | government | military | media
  std::string stance;  // official-RU | official-UA | official-other |
                       // independent | "" (null)
  bool is_private = false;  // a private individual: `name` is a pseudonym
  std::string actor;   // codebook actor id when the speaker resolved to one
                       // ("agora", "ru-mod"); "" otherwise. Not printed:
                       // it links claims of one speaker across scripts.

  friend bool operator==(const Speaker&, const Speaker&) = default;
};

// The time a figure covers: ISO dates (YYYY-MM-DD), "" for null.
struct Period {
  std::string from;
  std::string to;

  friend bool operator==(const Period&, const Period&) = default;
};

// What a figure adds up (the contract's `basis`; the rule is
// resolve::BasisOf). Persisted by name (resolve::BasisName) where stored at
// all; never renumber.
enum class Basis {
  kTotal = 0,   // a running total since the invasion or a stated start
  kPeriod = 1,  // a day, a week, a month, the year so far
  kSubset = 2,  // one region, city, unit or court: see places, units
};

struct Claim {
  std::string id;      // "c-" + 16 hex digits; stable for the same input
  std::string doc_id;  // the Document's id
  uint64_t begin = 0;  // [begin, end) in code points into the document text
  uint64_t end = 0;
  std::string text;      // the figure's words, exactly as at the span
  std::string sentence;  // the sentence that carries it (pseudonymised)
  Quantity quantity;
  std::string category;  // a codebook category code: "refusal", "killed"...
  std::string side;      // "RU", "UA" or ""
  std::string group;     // the counted group as the text names it
  std::optional<Speaker> speaker;
  std::string channel;  // "Telegram", an outlet, "interview"; "" if unsaid
  std::string hedge;    // estimate | reported | unconfirmed | possible | ""
  Period period;
  Basis basis = Basis::kTotal;      // derived from period, places, units
  std::vector<std::string> places;  // ISO 3166-2 codes, sorted, unique
  std::vector<std::string> units;   // normalised military unit names
  std::string origin;  // id of the earliest claim this one repeats, or ""

  friend bool operator==(const Claim&, const Claim&) = default;
};

}  // namespace tally

#endif  // TALLY_INCLUDE_TALLY_CLAIM_H_
