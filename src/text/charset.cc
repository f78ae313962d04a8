#include "src/text/charset.h"

#include "src/text/ascii.h"
#include "src/text/utf8.h"

#include <simdjson.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace tally::text {
namespace {


// Value after "charset=" in `s`, without quotes; "" if none.
std::string CharsetParam(std::string_view s) {
  const std::string lower = AsciiLower(s);
  size_t pos = lower.find("charset");
  if (pos == std::string::npos) return "";
  pos += 7;
  while (pos < lower.size() && (lower[pos] == ' ' || lower[pos] == '=')) {
    ++pos;
  }
  while (pos < lower.size() && (lower[pos] == '"' || lower[pos] == '\'')) {
    ++pos;
  }
  size_t end = pos;
  while (end < lower.size() &&
         (std::isalnum(static_cast<unsigned char>(lower[end])) ||
          lower[end] == '-' || lower[end] == '_' || lower[end] == ':' ||
          lower[end] == '.')) {
    ++end;
  }
  return lower.substr(pos, end - pos);
}

// Pages that say "utf-16" in a <meta> are really ASCII-compatible (the
// HTML standard reads them as UTF-8), and "x-user-defined" is windows-1252.
std::string CanonicalDeclared(std::string name) {
  if (name == "utf8") return "utf-8";
  if (name.rfind("utf-16", 0) == 0) return "utf-8";
  if (name == "x-user-defined") return "windows-1252";
  if (name == "cp1251" || name == "win-1251") return "windows-1251";
  return name;
}

bool IsUtf8Name(std::string_view name) {
  return name == "utf-8" || name == "utf8";
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Copies valid UTF-8 through and replaces each maximal invalid sequence
// with U+FFFD.
Decoded RepairUtf8(std::string_view bytes) {
  Decoded out;
  out.charset = "UTF-8";
  out.utf8.reserve(bytes.size());
  size_t i = 0;
  while (i < bytes.size()) {
    const std::string_view rest = bytes.substr(i);
    const size_t len = Utf8SequenceLength(rest);
    if (len > 0) {
      out.utf8.append(rest.substr(0, len));
      i += len;
    } else {
      const size_t bad = InvalidUtf8Length(rest);
      out.utf8.append(kReplacementChar);
      out.invalid_bytes += bad;
      i += bad;
    }
  }
  return out;
}

// Whether `bytes` (not valid UTF-8) are UTF-8 with some bytes broken: most
// of their non-ASCII bytes form well-formed multi-byte sequences. In 8-bit
// text a high byte is seldom followed by one in 0x80-0xBF (punctuation and
// symbols in windows-125x, box drawing in KOI8), so there nearly every
// non-ASCII byte is invalid and well-formed sequences are rare accidents
// ("Сообщили" in windows-1251 has none); in damaged UTF-8 they outweigh
// the damage many times over. ASCII with one odd byte has none either and
// is left to the declaration or the detector.
bool LooksLikeDamagedUtf8(std::string_view bytes) {
  size_t well_formed = 0, invalid = 0;  // non-ASCII bytes of each kind
  size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::string_view rest = bytes.substr(i);
    const size_t len = Utf8SequenceLength(rest);
    if (len > 0) {
      well_formed += len;
      i += len;
    } else {
      const size_t bad = InvalidUtf8Length(rest);
      invalid += bad;
      i += bad;
    }
  }
  return well_formed > invalid;
}

std::string DetectCharset(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) return "";
  // The detector needs a sample, not the whole input.
  const int32_t len =
      static_cast<int32_t>(std::min<size_t>(bytes.size(), 64 * 1024));
  ucsdet_setText(det.get(), bytes.data(), len, &err);
  ucsdet_enableInputFilter(det.get(), true);  // ignore <markup>
  const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &err);
  if (U_FAILURE(err) || name == nullptr) return "";
  return AsciiLower(name);
}

Result<Decoded> Convert(std::string_view bytes, const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(
      ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err)) {
    return Status::Unsupported("unknown charset '" + charset + "'");
  }
  std::unique_ptr<UConverter, ConverterCloser> utf8(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err)) return Status::Internal("cannot open UTF-8 converter");
  Decoded out;
  // ICU's own names ("ibm-5347_P100-1998") mean nothing to users: keep the
  // MIME or IANA name.
  const char* internal = ucnv_getName(conv.get(), &err);
  err = U_ZERO_ERROR;
  const char* standard = ucnv_getStandardName(internal, "MIME", &err);
  if (standard == nullptr) standard = ucnv_getStandardName(internal, "IANA", &err);
  out.charset = standard != nullptr ? standard : internal;
  err = U_ZERO_ERROR;
  // Single-byte charsets grow at most 3x in UTF-8; multi-byte ones less.
  out.utf8.resize(bytes.size() * 3 + 16);
  char* target = out.utf8.data();
  const char* source = bytes.data();
  ucnv_convertEx(utf8.get(), conv.get(), &target,
                 out.utf8.data() + out.utf8.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr,
                 nullptr, true, true, &err);
  if (U_FAILURE(err)) {
    return Status::Corruption("cannot decode as " + charset + ": " +
                              u_errorName(err));
  }
  out.utf8.resize(target - out.utf8.data());
  return out;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  return CanonicalDeclared(CharsetParam(content_type));
}

std::string SniffHtmlCharset(std::string_view bytes) {
  const std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const size_t end = head.find('>', pos);
    const std::string_view tag(head.data() + pos,
                               (end == std::string::npos ? head.size() : end) -
                                   pos);
    pos += 5;
    if (tag.find("charset") == std::string_view::npos) continue;
    std::string name = CharsetParam(tag);
    if (!name.empty()) return CanonicalDeclared(std::move(name));
  }
  return "";
}

bool IsValidUtf8(std::string_view bytes) {
  return simdjson::validate_utf8(bytes.data(), bytes.size());
}

Result<Decoded> DecodeToUtf8(std::string_view bytes,
                             std::string_view declared) {
  // Byte-order marks win over everything.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    return RepairUtf8(bytes.substr(3));
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") {
    return Convert(bytes.substr(2), "UTF-16LE");
  }
  if (bytes.substr(0, 2) == "\xFE\xFF") {
    return Convert(bytes.substr(2), "UTF-16BE");
  }
  // Valid UTF-8 with non-ASCII bytes is almost never another charset by
  // accident, and pages that declare one charset but use UTF-8 are common:
  // trust the bytes.
  if (IsValidUtf8(bytes)) {
    Decoded out;
    out.utf8.assign(bytes);
    out.charset = "UTF-8";
    return out;
  }
  // Mostly UTF-8 with a few broken bytes is damaged UTF-8, not another
  // charset, whatever a page declares: repair it. Only text that is
  // largely not UTF-8 is read as declared or detected.
  if (LooksLikeDamagedUtf8(bytes)) return RepairUtf8(bytes);
  std::string name = CanonicalDeclared(AsciiLower(declared));
  if (name.empty() || IsUtf8Name(name) || name == "us-ascii" ||
      name == "ascii") {
    name = DetectCharset(bytes);
    if (name.empty() || IsUtf8Name(name)) return RepairUtf8(bytes);
  }
  // ISO-8859-1 declarations usually mean windows-1252, as browsers assume.
  if (name == "iso-8859-1" || name == "latin1") name = "windows-1252";
  Result<Decoded> converted = Convert(bytes, name);
  if (!converted.ok()) return RepairUtf8(bytes);
  return converted;
}

}  // namespace tally::text
