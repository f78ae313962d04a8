#include "src/resolve/claim_codebook.h"

namespace tally::resolve {

Result<std::unique_ptr<ClaimCodebook>> ClaimCodebook::Load(const std::string& dir) {
  auto book = std::make_unique<ClaimCodebook>();
  Result<extract::NumberLexicon> numbers = extract::NumberLexicon::LoadDir(dir + "/numbers");
  if (!numbers.ok()) return numbers.status();
  book->numbers = std::make_shared<const extract::NumberLexicon>(std::move(*numbers));
  Result<extract::ClaimLexicon> lexicon = extract::ClaimLexicon::LoadDir(dir);
  if (!lexicon.ok()) return lexicon.status();
  book->lexicon = std::move(*lexicon);
  Result<extract::ActorBook> actors = extract::ActorBook::Load(dir + "/actors.tsv");
  if (!actors.ok()) return actors.status();
  book->actors = std::move(*actors);
  Result<extract::NameBook> names = extract::NameBook::Load(dir + "/names.tsv");
  if (!names.ok()) return names.status();
  book->names = std::move(*names);
  Result<text::Abbreviations> abbreviations =
      text::Abbreviations::Load(dir + "/abbreviations.txt");
  if (!abbreviations.ok()) return abbreviations.status();
  book->abbreviations = std::move(*abbreviations);
  Result<Gazetteer> places = Gazetteer::Load(dir + "/places.tsv");
  if (!places.ok()) return places.status();
  book->places = std::move(*places);
  Result<UnitFinder> units = UnitFinder::LoadDir(dir + "/units");
  if (!units.ok()) return units.status();
  book->units = std::move(*units);
  Result<PeriodLexicon> periods = PeriodLexicon::LoadDir(dir + "/periods", book->numbers);
  if (!periods.ok()) return periods.status();
  book->periods = std::move(*periods);
  return book;
}

}  // namespace tally::resolve
