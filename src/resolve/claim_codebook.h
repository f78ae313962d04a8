// ClaimCodebook: everything the claim extractor reads from the codebook
// folder, loaded once -- number words, claim phrasings, categories, actors,
// given names, abbreviations, places, military units and period phrasings -- so that editing a file and running
// tally again is all it takes to change what tally finds.
//
//   Result<std::unique_ptr<ClaimCodebook>> book = ClaimCodebook::Load(dir);
//   if (!book.ok()) return book.status();   // names the file and line
//
// Immutable after loading; thread-safe to share between extractor threads.
#ifndef TALLY_SRC_RESOLVE_CLAIM_CODEBOOK_H_
#define TALLY_SRC_RESOLVE_CLAIM_CODEBOOK_H_

#include <memory>
#include <string>

#include "src/extract/actors.h"
#include "src/extract/claim_lexicon.h"
#include "src/extract/name_book.h"
#include "src/extract/number_lexicon.h"
#include "src/resolve/gazetteer.h"
#include "src/resolve/military_units.h"
#include "src/resolve/period_lexicon.h"
#include "src/text/segmenter.h"
#include "tally/status.h"

namespace tally::resolve {

struct ClaimCodebook {
  std::shared_ptr<const extract::NumberLexicon> numbers;
  extract::ClaimLexicon lexicon;
  extract::ActorBook actors;
  extract::NameBook names;
  text::Abbreviations abbreviations;
  Gazetteer places;
  UnitFinder units;
  PeriodLexicon periods;

  // Loads every file under `dir` (a codebook folder). Fails with the first
  // file's error: kNotFound for a missing file, kCorruption naming
  // "file:line: what is wrong".
  static Result<std::unique_ptr<ClaimCodebook>> Load(const std::string& dir);
};

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_CLAIM_CODEBOOK_H_
