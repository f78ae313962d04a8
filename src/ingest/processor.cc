#include "src/ingest/processor.h"

#include "src/text/ascii.h"
#include "src/text/charset.h"
#include "src/text/language.h"
#include "src/text/markdown.h"
#include "src/text/normalize.h"

namespace tally::ingest {
namespace {

void SetIfEmpty(std::string* field, const std::string& value) {
  if (field->empty()) *field = value;
}

// "https://www.example.org/a/b" -> "example.org".
std::string HostOf(const std::string& url) {
  size_t start = url.find("://");
  if (start == std::string::npos) return "";
  start += 3;
  size_t end = url.find_first_of("/:?#", start);
  if (end == std::string::npos) end = url.size();
  std::string host = url.substr(start, end - start);
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

}  // namespace

Result<Document> Process(RawItem item, const ProcessOptions& options) {
  Document doc;
  doc.format = item.format;
  doc.meta = std::move(item.meta);
  doc.input_bytes = item.input_bytes;

  std::string declared = item.charset_hint;
  const bool html = item.kind == BodyKind::kHtml || item.kind == BodyKind::kHtmlPart;
  if (declared.empty() && html) declared = text::SniffHtmlCharset(item.body);
  Result<text::Decoded> decoded = text::DecodeToUtf8(item.body, declared);
  if (!decoded.ok()) return decoded.status();
  doc.charset = decoded->charset;
  item.body.clear();
  item.body.shrink_to_fit();

  std::string body;
  switch (item.kind) {
    case BodyKind::kHtml:
    case BodyKind::kHtmlPart: {
      text::MainTextOptions main = options.main_text;
      main.keep_all = item.kind == BodyKind::kHtmlPart;
      Result<text::HtmlPage> page = text::ExtractHtml(decoded->utf8, main);
      if (!page.ok()) return page.status();
      body = page->Body();
      SetIfEmpty(&doc.meta.title, page->title);
      SetIfEmpty(&doc.meta.url, page->canonical_url);
      SetIfEmpty(&doc.meta.source, page->site_name);
      SetIfEmpty(&doc.meta.published, page->published);
      SetIfEmpty(&doc.meta.author, page->author);
      break;
    }
    case BodyKind::kMarkdown:
      body = text::NormalizeText(text::MarkdownToText(decoded->utf8));
      break;
    case BodyKind::kPlain:
      body = text::NormalizeText(decoded->utf8);
      break;
  }
  doc.meta.title = text::NormalizeLine(doc.meta.title);
  SetIfEmpty(&doc.meta.source, HostOf(doc.meta.url));

  // The headline is part of the text (claims are made in headlines too),
  // once: a text that already opens with it keeps its own.
  if (!doc.meta.title.empty() && body.rfind(doc.meta.title, 0) != 0 &&
      item.format != Format::kTelegram) {
    doc.text = body.empty() ? doc.meta.title : doc.meta.title + "\n\n" + body;
  } else {
    doc.text = std::move(body);
  }
  if (doc.text.empty()) {
    return Status::InvalidArgument(html ? "no text found in the page"
                                        : "no text in the document");
  }
  if (decoded->invalid_bytes > 0 && decoded->invalid_bytes * 4 > doc.text.size()) {
    return Status::Corruption("mostly invalid UTF-8 (" +
                              std::to_string(decoded->invalid_bytes) +
                              " bad bytes): not text");
  }
  if (decoded->invalid_bytes > 0) {
    // Only a UTF-8 repair replaces bytes; a declaration it overruled is
    // worth a word, since the page's own charset was not used.
    doc.warning = "invalid UTF-8: " + std::to_string(decoded->invalid_bytes) +
                  " bytes replaced by U+FFFD";
    const std::string lower = text::AsciiLower(declared);
    if (!lower.empty() && lower != "utf-8" && lower != "utf8") {
      doc.warning += " (declared " + declared + ", read as UTF-8)";
    }
  }
  doc.lang = text::DetectLanguage(doc.text);
  if (doc.lang == "und" && !item.lang_hint.empty()) doc.lang = item.lang_hint;
  doc.id = DocumentId(doc.text);
  return doc;
}

}  // namespace tally::ingest
