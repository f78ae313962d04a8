// Fuzzes the loaders of the claim codebook's own files -- claims/<lang>.tsv
// phrasings, actors.tsv and names.tsv -- on arbitrary content: a load
// either succeeds or fails with kCorruption naming "name:line:", and never
// crashes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/extract/actors.h"
#include "src/extract/claim_lexicon.h"
#include "src/extract/name_book.h"

namespace {

void ExpectNamed(const tally::Status& s, const char* name) {
  if (s.ok()) return;
  tally::fuzz::Require(s.code() == tally::StatusCode::kCorruption ||
                           s.code() == tally::StatusCode::kResourceExhausted,
                       "claim codebook: an unexpected error code");
  tally::fuzz::Require(s.message().rfind(name, 0) == 0, "claim codebook: error without file name");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > tally::fuzz::kMaxInputBytes) return 0;
  const std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0: {
      tally::extract::ClaimLexicon lex;
      tally::fuzz::Require(lex.AddCategories("refusal\t-\nkilled\t-\town\n", "categories.tsv").ok(),
                           "claim codebook: the categories did not load");
      ExpectNamed(lex.AddFile("en", content, "claims/en.tsv"), "claims/en.tsv:");
      break;
    }
    case 1: {
      tally::extract::ActorBook book;
      ExpectNamed(book.AddFile(content, "actors.tsv"), "actors.tsv:");
      break;
    }
    default: {
      tally::extract::NameBook names;
      ExpectNamed(names.AddFile(content, "names.tsv"), "names.tsv:");
      break;
    }
  }
  return 0;
}
