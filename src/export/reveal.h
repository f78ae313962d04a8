// Puts private people's names back where their pseudonyms stand, for an
// operator who holds the key: the store keeps each name sealed under its
// pseudonym, and the key opens it (src/resolve/pseudonym.h).
//
//   NameRevealer reveal(&store, &keys);
//   reveal.Claim(&row.claim);          // sentence and speaker name
//   reveal.Text(&document.text);
//
// A pseudonym with no sealed name, or one sealed under another key, stays
// as it is; CheckRevealKey tells a wrong key from a store with nothing to
// reveal before any of that is printed. Not thread-safe (it caches opened names); use one per thread
// or per request, on the thread that uses `store`.
#ifndef TALLY_SRC_EXPORT_REVEAL_H_
#define TALLY_SRC_EXPORT_REVEAL_H_

#include <map>
#include <cstdint>
#include <string>
#include <vector>

#include "src/resolve/pseudonym.h"
#include "src/store/store.h"
#include "tally/claim.h"

namespace tally::exporting {

// One pseudonym replaced in a text, in code points of the text before.
struct Replacement {
  uint64_t begin = 0, end = 0;  // the pseudonym's [begin, end)
  uint64_t chars = 0;           // the name's length
};

// Where code point `offset` of the text before the replacements (in
// order) is in the text after: spans into a pseudonymised text follow it
// to the revealed one.
uint64_t MapOffset(const std::vector<Replacement>& replacements, uint64_t offset);

// Whether `keys` can reveal anything in `store`: Ok when the store keeps
// no sealed name or the key opens at least one of them (a store may mix
// keys); kInvalidArgument "the key opens none of the N sealed names: a
// wrong key?" otherwise, or the store's error. Reads until a name opens,
// so a wrong key costs a pass over the persons table.
Status CheckRevealKey(store::Store* store, const resolve::Pseudonymizer& keys);

class NameRevealer {
 public:
  // Both must outlive the revealer.
  NameRevealer(store::Store* store, const resolve::Pseudonymizer* keys)
      : store_(store), keys_(keys) {}

  // Replaces every "person-" + 12 hex digits in `text` by the clear name;
  // returns what it replaced, in order.
  std::vector<Replacement> Text(std::string* text);
  // The claim's sentence and its speaker's name.
  void Claim(tally::Claim* claim);

 private:
  const std::string& Name(const std::string& pseudonym);

  store::Store* store_;
  const resolve::Pseudonymizer* keys_;
  std::map<std::string, std::string> names_;
};

}  // namespace tally::exporting

#endif  // TALLY_SRC_EXPORT_REVEAL_H_
