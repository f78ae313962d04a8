// Fuzzes the text stage (decode, extract, normalise, detect language) on
// one body read as each BodyKind in turn. The first byte picks the
// transport's charset hint; the rest is the body.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/document_check.h"

namespace tally::fuzz {
namespace {

// Hints as readers pass them on: none, common ones, one ICU does not know,
// and one CanonicalDeclared rewrites.
constexpr std::string_view kHints[] = {
    "",           "utf-8",  "windows-1251",    "koi8-r",
    "iso-8859-1", "utf-16", "no-such-charset", "shift_jis"};

constexpr BodyKind kKinds[] = {BodyKind::kHtml, BodyKind::kHtmlPart,
                               BodyKind::kPlain, BodyKind::kMarkdown};

Format FormatOf(BodyKind kind) {
  switch (kind) {
    case BodyKind::kHtml:
      return Format::kHtml;
    case BodyKind::kHtmlPart:
      return Format::kRss;
    case BodyKind::kPlain:
      return Format::kText;
    case BodyKind::kMarkdown:
      return Format::kMarkdown;
  }
  return Format::kText;
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  if (size == 0) return 0;
  const std::string_view hint =
      tally::fuzz::kHints[data[0] % std::size(tally::fuzz::kHints)];
  const std::string_view body(reinterpret_cast<const char*>(data) + 1,
                              size - 1);
  for (tally::BodyKind kind : tally::fuzz::kKinds) {
    tally::RawItem item;
    item.format = tally::fuzz::FormatOf(kind);
    item.kind = kind;
    item.body = std::string(body);
    item.charset_hint = std::string(hint);
    item.input_bytes = body.size();
    item.meta.path = "fuzz-input";
    tally::fuzz::ProcessAndCheck(std::move(item));
  }
  return 0;
}
