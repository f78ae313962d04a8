// Actors: the speakers the codebook knows -- governments, ministries,
// militaries, monitoring groups, outlets and public figures -- with their
// kind, stance, side, display names per language and every alias they go
// by in any script (codebook/actors.tsv; format in doc/codebook.md). Some
// mentions name an office without its country ("the Defence Ministry",
// "Minoborony"): those are generic, and resolve to an actor once a country
// is known.
//
//   Result<ActorBook> book = ActorBook::Load(codebook + "/actors.tsv");
//   ActorMatch m = book->MatchAt(tokens, i);
//   if (m.actor >= 0) { const Actor& a = book->actor(m.actor); ... }
//   else if (m.generic >= 0) { int id = book->Resolve(m.generic, "UA"); }
//
// Immutable after loading; thread-safe for concurrent lookups.
#ifndef TALLY_SRC_EXTRACT_ACTORS_H_
#define TALLY_SRC_EXTRACT_ACTORS_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "src/extract/phrase_set.h"
#include "src/extract/tokenizer.h"
#include "tally/status.h"

namespace tally::extract {

struct Actor {
  std::string id;      // "ru-mod", "agora", "chikov"
  std::string kind;    // person | org | government | military | media
  std::string stance;  // official-RU | official-UA | official-other | independent
  std::string side;    // RU | UA | "" (whose side it belongs to)
  std::map<std::string, std::string, std::less<>> names;  // lang -> display name
  int org = -1;        // a person's organisation (an actor index), or -1
  // The category of what people ask it for, when it is one thing (a
  // surrender hotline: "surrender"); "" otherwise.
  std::string topic;

  // The display name in `lang`, else English, else any.
  const std::string& Name(std::string_view lang) const;
};

struct ActorMatch {
  int actor = -1;    // a named actor, or -1
  int generic = -1;  // a generic office, or -1
  size_t end = 0;    // token after the mention (0: no match)
};

class ActorBook {
 public:
  // Fails with kNotFound for a missing file, kCorruption naming
  // "file:line: what is wrong".
  static Result<ActorBook> Load(const std::string& path);
  Status AddFile(std::string_view content, std::string_view name);

  // The longest actor or generic mention starting at token `i`.
  ActorMatch MatchAt(const TokenList& tokens, size_t i) const;
  bool MayStart(const TokenList& tokens, size_t i) const {
    return phrases_.MayStart(tokens, i);
  }

  // The actor that answers to generic office `generic` in `country`
  // ("RU", "UA", "GB", "US"...), or -1.
  int Resolve(int generic, std::string_view country) const;

  const Actor& actor(int i) const { return actors_[static_cast<size_t>(i)]; }
  int Find(std::string_view id) const;
  size_t size() const { return actors_.size(); }

 private:
  std::vector<Actor> actors_;
  std::vector<std::string> generics_;
  std::map<std::pair<int, std::string>, int> answers_;  // (generic, country) -> actor
  PhraseSet phrases_;  // payload: actor index, or -(generic index + 1)
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_ACTORS_H_
