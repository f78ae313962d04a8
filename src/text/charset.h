// Charset detection and decoding to UTF-8.
//
// Order of evidence, strongest first: a byte-order mark; a charset named by
// the transport (HTTP header, XML declaration) or the page itself (<meta>);
// valid UTF-8; then ICU's statistical detector (which tells windows-1251
// from KOI8-R well on Russian text).
#ifndef TALLY_SRC_TEXT_CHARSET_H_
#define TALLY_SRC_TEXT_CHARSET_H_

#include <string>
#include <string_view>

#include "tally/status.h"

namespace tally::text {

struct Decoded {
  std::string utf8;
  std::string charset;       // canonical name used: "UTF-8", "windows-1251"
  size_t invalid_bytes = 0;  // bytes replaced by U+FFFD
};

// Charset named by an HTML page's <meta charset> or http-equiv
// Content-Type in its first 4 KiB, lower-cased; "" if none.
std::string SniffHtmlCharset(std::string_view bytes);

// Charset named in a Content-Type value ("text/html; charset=KOI8-R").
std::string CharsetFromContentType(std::string_view content_type);

// True when `bytes` is well-formed UTF-8.
bool IsValidUtf8(std::string_view bytes);

// Decodes `bytes` to UTF-8. `declared` may be "" (unknown). Never fails on
// bad bytes: they become U+FFFD and are counted. Fails only for a charset
// that ICU cannot convert from (kUnsupported).
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared);

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_CHARSET_H_
