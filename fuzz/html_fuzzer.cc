// Fuzzes main-text extraction, as a whole page (keep_all off) and as a feed
// fragment (keep_all on).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "fuzz/phrases.h"
#include "src/text/charset.h"
#include "src/text/html_main.h"

namespace tally::fuzz {
namespace {

void CheckPage(const text::HtmlPage& page, bool utf8_input) {
  for (const std::string& p : page.paragraphs) {
    Require(!p.empty(), "html: empty paragraph");
    if (utf8_input) Require(text::IsValidUtf8(p), "html: paragraph not UTF-8");
  }
  // One-line fields come from NormalizeLine.
  for (const std::string* field :
       {&page.title, &page.site_name, &page.author, &page.canonical_url}) {
    Require(field->find('\n') == std::string::npos,
            "html: line break in a one-line field");
    if (utf8_input) Require(text::IsValidUtf8(*field), "html: field not UTF-8");
  }
}

void Extract(std::string_view html, bool keep_all, bool utf8_input) {
  text::MainTextOptions options;
  options.keep_all = keep_all;
  options.boilerplate_phrases = BoilerplatePhrases();
  Result<text::HtmlPage> page = text::ExtractHtml(html, options);
  if (!page.ok()) {
    Require(page.status().code() == StatusCode::kResourceExhausted,
            "html: failure other than kResourceExhausted");
    return;
  }
  CheckPage(*page, utf8_input);
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  // ExtractHtml wants UTF-8, but must survive anything: check output
  // encoding only for valid input.
  const bool utf8 = tally::text::IsValidUtf8(html);
  tally::fuzz::Extract(html, /*keep_all=*/false, utf8);
  tally::fuzz::Extract(html, /*keep_all=*/true, utf8);
  return 0;
}
