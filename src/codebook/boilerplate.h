// The codebook's list of phrases that head page chrome ("Read also",
// "Читайте также"): a UTF-8 text file, one phrase a line, "#" comments.
#ifndef TALLY_SRC_CODEBOOK_BOILERPLATE_H_
#define TALLY_SRC_CODEBOOK_BOILERPLATE_H_

#include <string>
#include <vector>

#include "tally/status.h"

namespace tally::codebook {

// Reads the phrase list at `path`, case-folded. Fails with kNotFound or
// kIOError for a missing or unreadable file, kCorruption (naming the line)
// for a line that is not UTF-8.
Result<std::vector<std::string>> LoadPhraseList(const std::string& path);

// The codebook folder to use: `flag` if given, else $TALLY_CODEBOOK, else
// the source tree's codebook/ (a build run in place), else the installed
// one. Returns "" when none exists.
std::string FindCodebook(const std::string& flag);

}  // namespace tally::codebook

#endif  // TALLY_SRC_CODEBOOK_BOILERPLATE_H_
