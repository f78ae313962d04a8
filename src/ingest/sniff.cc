#include "src/ingest/sniff.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "src/text/ascii.h"
#include "src/text/charset.h"

namespace tally::ingest {
namespace {


bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

size_t SkipSpace(std::string_view s, size_t pos = 0) {
  while (pos < s.size() && std::isspace(static_cast<unsigned char>(s[pos]))) {
    ++pos;
  }
  return pos;
}

// Text has few control bytes; binary data (images, executables, random
// junk) has many, or NULs. UTF-16 text is rare in this domain and is
// treated as binary unless it has a BOM.
bool LooksBinary(std::string_view head) {
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") {
    return false;
  }
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' &&
        c != 0x1B) {
      ++control;
    }
  }
  return control * 20 > head.size();  // over 5%
}

Sniffed SniffJson(std::string_view head, std::string_view lower_path) {
  const size_t start = SkipSpace(head);
  // A Telegram Desktop export opens with its chat (name, type, id, then
  // messages) or, for a whole account, with "about" and personal data.
  const std::string_view body = head.substr(start);
  const bool telegram =
      body.find("\"messages\"") != std::string_view::npos ||
      body.find("\"chats\"") != std::string_view::npos ||
      (body.find("\"personal_information\"") != std::string_view::npos) ||
      (body.find("\"type\"") != std::string_view::npos &&
       (body.find("_channel\"") != std::string_view::npos ||
        body.find("_supergroup\"") != std::string_view::npos ||
        body.find("\"personal_chat\"") != std::string_view::npos));
  if (telegram) return Sniffed::kTelegram;
  // JSON Lines: one object a line. Its first line ends before a second
  // object begins.
  const size_t newline = body.find('\n');
  if (newline != std::string_view::npos) {
    const size_t next = SkipSpace(body, newline);
    if (next < body.size() && body[next] == '{') return Sniffed::kJsonLines;
    if (next == body.size()) return Sniffed::kJsonLines;
  }
  if (EndsWith(lower_path, ".jsonl") || EndsWith(lower_path, ".ndjson")) {
    return Sniffed::kJsonLines;
  }
  if (body.find("\"text\"") != std::string_view::npos ||
      body.find("\"html\"") != std::string_view::npos) {
    return Sniffed::kJsonLines;
  }
  return Sniffed::kJson;
}

}  // namespace

std::string_view SniffedName(Sniffed s) {
  switch (s) {
    case Sniffed::kEmpty: return "empty";
    case Sniffed::kGzip: return "gzip";
    case Sniffed::kWarc: return "warc";
    case Sniffed::kTelegram: return "telegram";
    case Sniffed::kJsonLines: return "jsonl";
    case Sniffed::kJson: return "json";
    case Sniffed::kRss: return "rss";
    case Sniffed::kAtom: return "atom";
    case Sniffed::kXml: return "xml";
    case Sniffed::kHtml: return "html";
    case Sniffed::kMarkdown: return "markdown";
    case Sniffed::kText: return "text";
    case Sniffed::kBinary: return "binary";
  }
  return "unknown";
}

Sniffed Sniff(std::string_view head, std::string_view path) {
  if (head.empty()) return Sniffed::kEmpty;
  // UTF-16 text (with its BOM): look at it as UTF-8 to see what it is.
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") {
    Result<text::Decoded> decoded = text::DecodeToUtf8(head, "");
    if (decoded.ok() && !decoded->utf8.empty()) {
      const Sniffed inner = Sniff(decoded->utf8, path);
      return inner == Sniffed::kHtml || inner == Sniffed::kMarkdown ? inner : Sniffed::kText;
    }
  }
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1F &&
      static_cast<unsigned char>(head[1]) == 0x8B) {
    return Sniffed::kGzip;
  }
  std::string_view text = head;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const size_t start = SkipSpace(text);
  // Archives hold binary payloads: the magic decides before the bytes do.
  if (text.substr(start, 5) == "WARC/") return Sniffed::kWarc;
  if (LooksBinary(text)) return Sniffed::kBinary;
  const std::string lower_path = text::AsciiLower(path);
  if (start < text.size() && text[start] == '{') {
    return SniffJson(text.substr(start), lower_path);
  }
  if (start < text.size() && text[start] == '[') return Sniffed::kJson;

  // Markup formats start with markup: a text that merely mentions "<rss"
  // or "<html" (source code, an article about the web) stays text.
  const bool starts_with_tag = start < text.size() && text[start] == '<';
  const std::string lower = text::AsciiLower(text);
  const size_t html_pos = std::min({lower.find("<!doctype html"),
                                    lower.find("<html"), lower.find("<head"),
                                    lower.find("<body")});
  if (starts_with_tag) {
    const size_t rss_pos = std::min(lower.find("<rss"), lower.find("<rdf:rdf"));
    const size_t atom_pos = lower.find("<feed");
    const size_t first_feed = std::min(rss_pos, atom_pos);
    if (first_feed != std::string::npos && first_feed < html_pos) {
      return rss_pos < atom_pos ? Sniffed::kRss : Sniffed::kAtom;
    }
    if (html_pos != std::string::npos) return Sniffed::kHtml;
    if (lower.compare(start, 5, "<?xml") == 0) return Sniffed::kXml;
    // A page without <html>/<head>/<body> still carries block markup.
    if (lower.find("<p>") != std::string::npos ||
        lower.find("<div") != std::string::npos ||
        lower.find("<article") != std::string::npos ||
        lower.find("<title") != std::string::npos) {
      return Sniffed::kHtml;
    }
  } else if (lower.find("<!doctype html") < 1024 || lower.find("<html") < 1024) {
    // A saved page with a line of junk before its doctype.
    return Sniffed::kHtml;
  }
  if (EndsWith(lower_path, ".md") || EndsWith(lower_path, ".markdown")) {
    return Sniffed::kMarkdown;
  }
  return Sniffed::kText;
}

}  // namespace tally::ingest
