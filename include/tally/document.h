// Document: one piece of reporting as tally stores it. A reader turns input
// bytes into RawItems (a body plus what the container says about it); the
// text stage turns each RawItem into a Document with clean text, metadata,
// language and a content-hash id.
#ifndef TALLY_INCLUDE_TALLY_DOCUMENT_H_
#define TALLY_INCLUDE_TALLY_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tally {

// The container a document came from. Persisted by name; never rename.
enum class Format {
  kHtml,
  kWarc,
  kTelegram,
  kRss,
  kAtom,
  kText,
  kMarkdown,
  kJsonl,
};

std::string_view FormatName(Format format);
std::optional<Format> FormatFromName(std::string_view name);

// How a body is to be read, whatever container carried it.
enum class BodyKind {
  kHtml,      // full page: main-text extraction applies
  kHtmlPart,  // HTML fragment (feed item, description): all text kept
  kPlain,     // plain text
  kMarkdown,  // Markdown: markup stripped, paragraphs kept
};

// What is known about a document besides its text. Empty string = unknown.
struct DocumentMeta {
  std::string path;       // file it was read from ("-" for stdin)
  std::string record;     // where inside the file: "record 3", "message 41"
  std::string url;        // target/canonical URL
  std::string source;     // outlet or channel: "meduza.io", "Agora"
  std::string title;
  std::string author;
  std::string published;  // ISO 8601 date or date-time
  std::string captured;   // WARC: when the page was archived
  std::string forwarded_from;  // Telegram: the channel it was forwarded from
};

struct RawItem {
  Format format = Format::kText;
  BodyKind kind = BodyKind::kPlain;
  std::string body;          // bytes, maybe not UTF-8 (HTML, text)
  std::string charset_hint;  // from a transport header, "" if none
  // The language its source is said to be in (a sources file's `lang`),
  // taken when detection cannot tell (short posts); "" if none.
  std::string lang_hint;
  DocumentMeta meta;
  uint64_t input_bytes = 0;  // bytes of input this item stands for
};

struct Document {
  std::string id;  // "d-" + 16 hex digits of XXH3-64 over `text`
  Format format = Format::kText;
  DocumentMeta meta;
  std::string text;  // UTF-8, NFC; paragraphs separated by "\n\n"
  std::string lang;  // "en", "ru", "uk", another ISO 639-1 code, or "und"
  std::string charset;  // charset the body was decoded from
  uint64_t input_bytes = 0;
  std::string warning;  // a problem that did not stop the document
};

// "d-" followed by 16 lower-case hex digits of the text's XXH3-64 hash.
std::string DocumentId(std::string_view text);

}  // namespace tally

#endif  // TALLY_INCLUDE_TALLY_DOCUMENT_H_
