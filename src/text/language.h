// Language identification with CLD2 (Compact Language Detector 2).
#ifndef TALLY_SRC_TEXT_LANGUAGE_H_
#define TALLY_SRC_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace tally::text {

// ISO 639-1 code of the text's main language ("en", "ru", "uk", ...), or
// "und" when CLD2 cannot tell. Looks at the first 64 KiB only. Thread-safe.
std::string DetectLanguage(std::string_view utf8);

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_LANGUAGE_H_
