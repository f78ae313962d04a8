// The codebook's boilerplate phrases, loaded once, so the fuzz targets run
// main-text extraction as production does (the chrome-phrase paths too).
#ifndef TALLY_FUZZ_PHRASES_H_
#define TALLY_FUZZ_PHRASES_H_

#include <string>
#include <vector>

#include "src/codebook/boilerplate.h"

namespace tally::fuzz {

inline const std::vector<std::string>& BoilerplatePhrases() {
  static const std::vector<std::string> phrases = [] {
    const std::string dir = codebook::FindCodebook("");
    if (dir.empty()) return std::vector<std::string>{};
    Result<std::vector<std::string>> list =
        codebook::LoadPhraseList(dir + "/boilerplate.txt");
    return list.ok() ? std::move(*list) : std::vector<std::string>{};
  }();
  return phrases;
}

}  // namespace tally::fuzz

#endif  // TALLY_FUZZ_PHRASES_H_
