// Fuzzes the period resolver with the codebook's lexicons. Input: byte 0
// picks the language ("", en, ru, uk) and byte 1 an arbitrary figure span;
// then the publication date up to the first newline; then the sentence.
// The resolver runs for that span and for every figure FindFigures reads in
// the sentence, once whole and once through a small window. Every date out
// must be "" or a real day in ISO form, and `from` never after `to`.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/codebook/boilerplate.h"
#include "src/extract/figures.h"
#include "src/resolve/calendar.h"
#include "src/resolve/periods.h"

namespace tally::fuzz {
namespace {

struct Lexicons {
  std::shared_ptr<const extract::NumberLexicon> numbers;
  resolve::PeriodLexicon periods;
};

const Lexicons& Load() {
  static const Lexicons* lex = [] {
    const std::string dir = codebook::FindCodebook("");
    Result<extract::NumberLexicon> numbers =
        extract::NumberLexicon::LoadDir(dir + "/numbers");
    Require(numbers.ok(), "periods: codebook numbers/ did not load");
    auto shared =
        std::make_shared<const extract::NumberLexicon>(std::move(*numbers));
    Result<resolve::PeriodLexicon> periods =
        resolve::PeriodLexicon::LoadDir(dir + "/periods", shared);
    Require(periods.ok(), "periods: codebook periods/ did not load");
    return new Lexicons{shared, std::move(*periods)};
  }();
  return *lex;
}

void CheckDay(const std::string& s) {
  if (s.empty()) return;
  const std::optional<resolve::Day> d = resolve::ParseIsoDay(s);
  Require(s.size() == 10 && d.has_value() && resolve::FormatIso(*d) == s,
          "periods: a date that is not a real ISO day");
}

void Check(std::string_view sentence, size_t begin, size_t end,
           std::string_view lang, std::string_view published) {
  static const resolve::PeriodOptions kSmall{.max_sentence_bytes = 96};
  const Lexicons& lex = Load();
  for (const resolve::PeriodOptions& options :
       {resolve::PeriodOptions(), kSmall}) {
    const Period p = resolve::FindPeriod(sentence, begin, end, lang, published,
                                         lex.periods, options);
    CheckDay(p.from);
    CheckDay(p.to);
    Require(p.from.empty() || p.to.empty() || p.from <= p.to,
            "periods: from after to");
    const Period again = resolve::FindPeriod(sentence, begin, end, lang,
                                             published, lex.periods, options);
    Require(again == p, "periods: two calls disagree");
  }
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes || size < 2) return 0;
  static constexpr const char* kLangs[] = {"", "en", "ru", "uk"};
  const std::string_view lang = kLangs[data[0] % 4];
  const uint8_t span_byte = data[1];
  std::string_view rest(reinterpret_cast<const char*>(data) + 2, size - 2);
  const size_t newline = rest.find('\n');
  const std::string_view published =
      newline == std::string_view::npos ? std::string_view() : rest.substr(0, newline);
  const std::string_view sentence =
      newline == std::string_view::npos ? rest : rest.substr(newline + 1);

  // An arbitrary span, possibly outside the sentence or reversed.
  const size_t begin = sentence.size() * (span_byte >> 4) / 15 + (span_byte & 1);
  const size_t end = begin + (span_byte & 0x0E);
  tally::fuzz::Check(sentence, begin, end, lang, published);

  tally::Result<std::vector<tally::extract::Figure>> figures =
      tally::extract::FindFigures(sentence, *tally::fuzz::Load().numbers, lang);
  if (!figures.ok()) return 0;
  size_t checked = 0;
  for (const tally::extract::Figure& f : *figures) {
    if (++checked > 16) break;
    tally::fuzz::Check(sentence, f.begin, f.end, lang, published);
  }
  return 0;
}
