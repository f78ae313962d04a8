// HTML to text: the page's main text with its chrome removed, and the
// metadata the page states about itself.
//
//   tally::text::MainTextOptions options;
//   tally::Result<tally::text::HtmlPage> page =
//       tally::text::ExtractHtml(utf8_html, options);
//   // page->title, page->paragraphs, page->published, ...
//
// Input is UTF-8 (decode first, see charset.h). Thread-safe: no shared
// state beyond the options, which are read only.
#ifndef TALLY_SRC_TEXT_HTML_MAIN_H_
#define TALLY_SRC_TEXT_HTML_MAIN_H_

#include <string>
#include <string_view>
#include <vector>

#include "tally/status.h"

namespace tally::text {

struct MainTextOptions {
  // Keep every visible block instead of choosing the main content: for HTML
  // fragments such as a feed item's description. Default: false.
  bool keep_all = false;
  // Lower-cased lines that head page chrome ("read also", "related
  // stories"): such a block and the link lists after it are dropped. Loaded
  // from the codebook. Default: empty.
  std::vector<std::string> boilerplate_phrases;
  // Elements nested deeper than this are ignored. Default: 256.
  int max_depth = 256;
  // Pages that (by a quick estimate) nest deeper than this are refused with
  // kResourceExhausted: parsing them costs time quadratic in the depth.
  // Default: 10000.
  int max_parse_depth = 10000;
};

struct HtmlPage {
  std::string title;
  std::string canonical_url;
  std::string site_name;
  std::string published;  // ISO 8601, see dates.h
  std::string author;
  std::string lang;       // <html lang>, lower-cased, may be ""
  std::vector<std::string> paragraphs;  // main text, in order, normalised

  // Paragraphs joined by blank lines.
  std::string Body() const;
};

// Parses `utf8` with an HTML5 parser and extracts main text and metadata.
// Fails only when the input is over gumbo's limits (kResourceExhausted).
Result<HtmlPage> ExtractHtml(std::string_view utf8,
                             const MainTextOptions& options);

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_HTML_MAIN_H_
