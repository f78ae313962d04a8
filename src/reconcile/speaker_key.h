// Speaker keys: whether two claims credit the same speaker, however the
// reports spell them. A codebook actor is its id; a private person is the
// pseudonym; anyone else is the sound of their surname, so "Oleg Varnavin",
// "Varnavin" and the same name in Cyrillic are one speaker; an organisation
// without a person is the sound of its name.
//
//   SpeakerKeys keys;
//   keys.Of(row) == keys.Of(other_row)   // same speaker
#ifndef TALLY_SRC_RECONCILE_SPEAKER_KEY_H_
#define TALLY_SRC_RECONCILE_SPEAKER_KEY_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "src/store/store.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace tally::reconcile {

class SpeakerKeys {
 public:
  SpeakerKeys();
  ~SpeakerKeys();
  SpeakerKeys(const SpeakerKeys&) = delete;
  SpeakerKeys& operator=(const SpeakerKeys&) = delete;

  // "" for a claim without a speaker.
  std::string Of(const store::ClaimKeyRow& claim);
  std::string Of(const std::optional<Speaker>& speaker);

  // A spelling-blind key of `words` (any script): transliterated to ASCII
  // Latin, lower case, with the digraphs that transliterations disagree on
  // folded ("ch" and "c", "y" and "i"). "Chikov" and its Cyrillic spelling
  // give the same key.
  std::string SoundOf(std::string_view words);

  // How many spellings are kept, and forgetting them (the keys stay the
  // same; they are only made again).
  size_t size() const { return sounds_.size(); }
  void Clear() { sounds_.clear(); }

 private:
  std::string Key(const std::string& actor, const std::string& name, const std::string& org,
                  bool is_private);

  std::unique_ptr<icu::Transliterator> to_latin_;  // null if ICU lacks it
  // Keys already made: a store's claims name the same few speakers again
  // and again, and a transliteration costs microseconds.
  std::unordered_map<std::string, std::string> sounds_;
};

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_SPEAKER_KEY_H_
