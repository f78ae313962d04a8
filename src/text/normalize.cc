#include "src/text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace tally::text {
namespace {

enum class Ws { kNone, kSpace, kLine, kParagraph, kDrop };

// Classifies the UTF-8 sequence at s[i] and sets its byte length.
Ws Classify(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c < 0x80) {
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return Ws::kSpace;
    if (c == '\n' || c == '\r') return Ws::kLine;
    if (c < 0x20 || c == 0x7F) return Ws::kDrop;
    return Ws::kNone;
  }
  const auto at = [&](size_t k) -> unsigned char {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  if (c == 0xC2) {
    *len = 2;
    if (at(1) == 0xA0) return Ws::kSpace;                   // no-break space
    if (at(1) == 0xAD) return Ws::kDrop;                    // soft hyphen
    if (at(1) == 0x85) return Ws::kLine;                    // next line
    if (at(1) >= 0x80 && at(1) <= 0x9F) return Ws::kDrop;   // C1 controls
    return Ws::kNone;
  }
  if (c == 0xE2 && at(1) == 0x80) {
    *len = 3;
    const unsigned char d = at(2);
    if (d <= 0x8A || d == 0xAF) return Ws::kSpace;  // en quad .. hair, NNBSP
    if (d == 0x8B) return Ws::kDrop;                // zero-width space
    if (d == 0xA8) return Ws::kLine;                // line separator
    if (d == 0xA9) return Ws::kParagraph;           // paragraph separator
    return Ws::kNone;
  }
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) {
    *len = 3;
    return Ws::kSpace;  // medium mathematical space
  }
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0xA0) {
    *len = 3;
    return Ws::kDrop;  // word joiner
  }
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) {
    *len = 3;
    return Ws::kSpace;  // ideographic space
  }
  if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
    *len = 3;
    return Ws::kDrop;  // BOM / zero-width no-break space
  }
  if (c >= 0xF0) {
    *len = 4;
  } else if (c >= 0xE0) {
    *len = 3;
  } else if (c >= 0xC0) {
    *len = 2;
  }
  return Ws::kNone;
}

std::string Nfc(std::string_view s) {
  bool ascii = true;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(s);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(s);
  const icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  if (nfc->isNormalizedUTF8(piece, err) && U_SUCCESS(err)) {
    return std::string(s);
  }
  err = U_ZERO_ERROR;
  std::string out;
  out.reserve(s.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, err);
  if (U_FAILURE(err)) return std::string(s);
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  int pending_breaks = 0;  // newlines seen since the last visible char
  bool pending_space = false;
  for (size_t i = 0; i < utf8.size();) {
    size_t len = 1;
    const Ws ws = Classify(utf8, i, &len);
    // "\r\n" is one line break.
    if (utf8[i] == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') len = 2;
    switch (ws) {
      case Ws::kSpace:
        pending_space = true;
        break;
      case Ws::kLine:
        ++pending_breaks;
        pending_space = false;
        break;
      case Ws::kParagraph:
        pending_breaks += 2;
        pending_space = false;
        break;
      case Ws::kDrop:
        break;
      case Ws::kNone:
        if (!out.empty()) {
          if (pending_breaks >= 2) {
            out += "\n\n";
          } else if (pending_breaks == 1) {
            out += '\n';
          } else if (pending_space) {
            out += ' ';
          }
        }
        pending_breaks = 0;
        pending_space = false;
        out.append(utf8.substr(i, len));
        break;
    }
    i += len;
  }
  return Nfc(out);
}

std::string NormalizeLine(std::string_view utf8) {
  std::string text = NormalizeText(utf8);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

std::string FoldCase(std::string_view utf8) {
  std::string out;
  icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

}  // namespace tally::text
