#include "src/text/markdown.h"

#include <cctype>

namespace tally::text {
namespace {

// Inline markup: [text](url) -> text, ![alt](url) -> "", `code` -> code,
// emphasis markers dropped. "*" and "_" inside words are kept.
std::string Inline(std::string_view line) {
  std::string out;
  // Once a search for "]" or ")" fails, every later one would too: stop
  // searching, so a line of many "[" stays linear.
  bool no_close_bracket = false;
  bool no_close_paren = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    const bool image = c == '!' && i + 1 < line.size() && line[i + 1] == '[';
    if ((c == '[' || image) && !no_close_bracket) {
      const size_t open = image ? i + 1 : i;
      const size_t close = line.find(']', open);
      if (close == std::string_view::npos) no_close_bracket = true;
      if (close != std::string_view::npos && close + 1 < line.size() &&
          line[close + 1] == '(' && !no_close_paren) {
        const size_t end = line.find(')', close);
        if (end == std::string_view::npos) no_close_paren = true;
        if (end != std::string_view::npos) {
          if (!image) out += Inline(line.substr(open + 1, close - open - 1));
          i = end;
          continue;
        }
      }
    }
    if (c == '`') continue;
    if (c == '*' || c == '_' || c == '~') {
      const bool word_before =
          i > 0 && std::isalnum(static_cast<unsigned char>(line[i - 1]));
      const bool word_after =
          i + 1 < line.size() &&
          std::isalnum(static_cast<unsigned char>(line[i + 1]));
      if (!(word_before && word_after)) continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string MarkdownToText(std::string_view markdown) {
  std::string out;
  bool in_fence = false;
  size_t pos = 0;
  while (pos <= markdown.size()) {
    size_t end = markdown.find('\n', pos);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(pos, end - pos);
    pos = end + 1;
    size_t indent = 0;
    while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) {
      ++indent;
    }
    std::string_view body = line.substr(indent);
    if (body.rfind("```", 0) == 0 || body.rfind("~~~", 0) == 0) {
      in_fence = !in_fence;
      out += "\n\n";
      continue;
    }
    if (in_fence) {
      out.append(line);
      out += '\n';
      continue;
    }
    // Horizontal rules and setext underlines carry no words.
    if (!body.empty() && body.find_first_not_of("-=*_ ") == std::string_view::npos &&
        body.size() >= 3) {
      out += "\n\n";
      continue;
    }
    bool block_break = false;
    if (!body.empty() && body[0] == '#') {
      size_t h = 0;
      while (h < body.size() && body[h] == '#') ++h;
      body.remove_prefix(h);
      while (!body.empty() && body.back() == '#') body.remove_suffix(1);
      block_break = true;
    } else if (!body.empty() && body[0] == '>') {
      body.remove_prefix(1);
    } else if (body.size() > 1 && (body[0] == '-' || body[0] == '*' || body[0] == '+') &&
               body[1] == ' ') {
      body.remove_prefix(2);  // list items keep their own line
    }
    if (block_break) out += "\n\n";
    out += Inline(body);
    out += block_break ? "\n\n" : "\n";
  }
  return out;
}

}  // namespace tally::text
