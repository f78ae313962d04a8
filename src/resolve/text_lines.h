// Helpers shared by the resolvers' codebook loaders and matchers: reading a
// codebook file's lines as tab-separated fields, and cutting a long text
// into pieces that are tokenized one at a time.
//
//   Status s = ForEachRecord(content, name, [&](size_t line, Fields f) {
//     if (f.size() != 5) return LineError(name, line, "expected 5 fields");
//     ...
//     return Status::Ok();
//   });
#ifndef TALLY_SRC_RESOLVE_TEXT_LINES_H_
#define TALLY_SRC_RESOLVE_TEXT_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "src/text/charset.h"
#include "tally/status.h"

namespace tally::resolve {

using Fields = std::vector<std::string_view>;

// kCorruption "name:line: what".
inline Status LineError(std::string_view name, size_t line,
                        std::string_view what) {
  return Status::Corruption(std::string(name) + ":" + std::to_string(line) +
                            ": " + std::string(what));
}

// Calls `fn(line_number, fields)` for every line of `content` that is not
// blank and does not start with '#'. Fields are split at tabs; a final '\r'
// is dropped. Stops at the first non-OK Status `fn` returns, and fails with
// kCorruption for a line that is not UTF-8.
template <typename Fn>
Status ForEachRecord(std::string_view content, std::string_view name, Fn fn) {
  size_t line_no = 0, pos = 0;
  Fields fields;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!text::IsValidUtf8(line)) return LineError(name, line_no, "not UTF-8");
    if (line.find_first_not_of(' ') == std::string_view::npos ||
        line[line.find_first_not_of(' ')] == '#') {
      continue;
    }
    fields.clear();
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status s = fn(line_no, fields);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// Splits `s` at '|' into non-empty parts; false when a part is empty.
inline bool SplitBars(std::string_view s, std::vector<std::string_view>* out) {
  out->clear();
  size_t start = 0;
  while (true) {
    const size_t bar = s.find('|', start);
    const std::string_view part = s.substr(start, bar - start);
    if (part.empty()) return false;
    out->push_back(part);
    if (bar == std::string_view::npos) return true;
    start = bar + 1;
  }
}

// A long text is matched in pieces of about this many bytes, so the token
// list stays small whatever the text's size.
inline constexpr size_t kChunkBytes = size_t{1} << 20;

// Calls `fn(offset, piece)` for consecutive pieces of `text` that cover it.
// A piece ends after a line break when there is one in its last half, else
// after a space, else at a UTF-8 character boundary, so a phrase is cut in
// two only in a text with no line break or space for half a megabyte.
template <typename Fn>
void ForEachChunk(std::string_view text, size_t max_bytes, Fn fn) {
  size_t offset = 0;
  while (offset < text.size()) {
    size_t end = text.size();
    if (end - offset > max_bytes) {
      const std::string_view window = text.substr(offset, max_bytes);
      size_t cut = window.rfind('\n');
      if (cut == std::string_view::npos || cut < max_bytes / 2) {
        cut = window.rfind(' ');
      }
      if (cut != std::string_view::npos && cut >= max_bytes / 2) {
        end = offset + cut + 1;
      } else {
        end = offset + max_bytes;
        // Step back over UTF-8 continuation bytes (at most three).
        for (int k = 0; k < 3 && end > offset + 1 &&
                        (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80;
             ++k) {
          --end;
        }
      }
    }
    fn(offset, text.substr(offset, end - offset));
    offset = end;
  }
}

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_TEXT_LINES_H_
