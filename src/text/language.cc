#include "src/text/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace tally::text {

std::string DetectLanguage(std::string_view utf8) {
  size_t len = std::min<size_t>(utf8.size(), 64 * 1024);
  // Cut on a character boundary: CLD2 wants whole UTF-8 sequences.
  while (len > 0 && len < utf8.size() &&
         (static_cast<unsigned char>(utf8[len]) & 0xC0) == 0x80) {
    --len;
  }
  if (len == 0) return "und";
  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool is_reliable = false;
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING,
                                CLD2::UNKNOWN_LANGUAGE};
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      utf8.data(), static_cast<int>(len), /*is_plain_text=*/true, &hints,
      /*flags=*/0, language3, percent3, normalized_score3,
      /*resultchunkvector=*/nullptr, &text_bytes, &is_reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) {
    return "und";
  }
  return CLD2::LanguageCode(lang);
}

}  // namespace tally::text
