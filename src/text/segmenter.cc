// Design. Three linear passes over each paragraph: the lines decide how the
// paragraph is read (line by line when its lines are short or marked as
// list items, else as running prose); a scan for sentence ends inside each
// line or the whole paragraph; a scan for quotation marks with a small
// stack, so that nested quotations stay inside the outer one. A full stop
// ends a sentence only when whitespace and a sentence starter follow (an
// upper-case letter, a digit, an opening mark, a dash, a symbol) and the
// word before it is neither an abbreviation nor an initial.
#include "src/text/segmenter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "src/text/charset.h"
#include "src/text/normalize.h"

namespace tally::text {
namespace {

struct CodePoint {
  UChar32 c = -1;
  size_t begin = 0, end = 0;
};

CodePoint At(std::string_view text, size_t i) {
  CodePoint cp;
  cp.begin = i;
  int32_t j = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), j,
          static_cast<int32_t>(text.size()), cp.c);
  cp.end = static_cast<size_t>(j);
  return cp;
}

// The code point that ends just before byte i.
CodePoint Before(std::string_view text, size_t i) {
  CodePoint cp;
  if (i == 0) return cp;
  int32_t j = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, j, cp.c);
  cp.begin = static_cast<size_t>(j);
  cp.end = i;
  return cp;
}

bool IsSpaceCp(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

bool IsTerminal(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

bool IsClosingMark(UChar32 c) {
  return c == '"' || c == 0x201D || c == 0x00BB || c == 0x2019 || c == ')' ||
         c == ']' || c == 0x201C || c == '\'';
}

bool IsOpeningMark(UChar32 c) {
  return c == 0x201C || c == 0x00AB || c == 0x201E || c == '"' || c == '(' ||
         c == '[' || c == 0x2018;
}

// Longest line, in bytes, of prose wrapped at a fixed width (about 160
// Cyrillic or 320 Latin characters: far above the 72-80 of wrapped text).
constexpr size_t kHardWrapBytes = 320;

bool IsDashCp(UChar32 c) { return c == '-' || (c >= 0x2012 && c <= 0x2015); }

bool IsLetterCp(UChar32 c) { return c >= 0 && u_isalpha(c); }

// What may open a sentence: anything but a lower-case letter or a
// punctuation mark that continues one.
bool IsStarter(UChar32 c) {
  if (c < 0) return false;
  if (u_isalpha(c)) return !u_islower(c);
  if (c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == 0x00BB ||
      c == 0x201D) {
    return false;
  }
  return true;
}

bool IsListMarker(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i >= line.size()) return false;
  const CodePoint cp = At(line, i);
  if (IsDashCp(cp.c) || cp.c == '*' || cp.c == 0x2022 || cp.c == 0x25AA ||
      cp.c == 0x25CF || cp.c == 0x00B7 || cp.c == 0x25B8 || cp.c == 0x2023) {
    return true;
  }
  // An emoji or other symbol heading the line, as posts do.
  if (cp.c >= 0x2190 && !u_isalpha(cp.c) && !u_isdigit(cp.c) && !IsOpeningMark(cp.c)) {
    return true;
  }
  // "1/", "2)", "3." numbering.
  size_t j = i;
  while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
  return j > i && j < line.size() && j - i <= 3 &&
         (line[j] == '/' || line[j] == ')' || line[j] == '.');
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Lines of a paragraph as [begin, end) pairs, absolute offsets.
std::vector<std::pair<size_t, size_t>> Lines(std::string_view text, size_t begin,
                                             size_t end) {
  std::vector<std::pair<size_t, size_t>> lines;
  size_t b = begin;
  while (b < end) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos || e > end) e = end;
    if (e > b) lines.emplace_back(b, e);
    b = e + 1;
  }
  return lines;
}

// Short lines, list markers or lines that each end a sentence: read the
// paragraph a line at a time. Long lines that run on: hard-wrapped prose.
bool ReadByLine(std::string_view text,
                const std::vector<std::pair<size_t, size_t>>& lines) {
  if (lines.size() < 2) return false;
  size_t chars = 0, marked = 0;
  for (const auto& [b, e] : lines) {
    const std::string_view line = text.substr(b, e - b);
    chars += CodePointCount(line);
    if (IsListMarker(line)) ++marked;
  }
  if (marked * 2 >= lines.size()) return true;
  return chars / lines.size() < 60;
}

// Prose hard-wrapped at a fixed width runs its sentences over line ends;
// lines as long as a whole paragraph (text taken from web pages) do not,
// so there a line end ends a sentence ("2 min read\nMediazona confirms
// ..."). A paragraph of one line is neither.
bool HardWrapped(const std::vector<std::pair<size_t, size_t>>& lines) {
  if (lines.size() < 2) return true;
  size_t longest = 0;
  for (const auto& [b, e] : lines) longest = std::max(longest, e - b);
  return longest <= kHardWrapBytes;
}

class ParagraphSegmenter {
 public:
  ParagraphSegmenter(std::string_view text, const Abbreviations& abbr,
                     const SegmenterOptions& options, Segmentation* out)
      : text_(text), abbr_(abbr), options_(options), out_(out) {}

  void Run(size_t begin, size_t end) {
    Paragraph p;
    p.begin = static_cast<uint32_t>(begin);
    p.end = static_cast<uint32_t>(end);
    p.first_sentence = static_cast<uint32_t>(out_->sentences.size());
    const auto lines = Lines(text_, begin, end);
    p.line_mode = ReadByLine(text_, lines);
    const auto index = static_cast<uint32_t>(out_->paragraphs.size());
    if (p.line_mode || !HardWrapped(lines)) {
      for (const auto& [b, e] : lines) SplitSentences(b, e, index);
    } else {
      SplitSentences(begin, end, index);
    }
    p.sentence_count =
        static_cast<uint32_t>(out_->sentences.size()) - p.first_sentence;
    out_->paragraphs.push_back(p);
    FindQuotes(begin, end, index);
  }

 private:
  // The word just before byte i, case-folded ("" when none).
  std::string WordBefore(size_t i, size_t floor, size_t* word_begin) const {
    size_t b = i;
    while (b > floor) {
      const CodePoint cp = Before(text_, b);
      if (!IsLetterCp(cp.c)) break;
      b = cp.begin;
    }
    *word_begin = b;
    return FoldCase(text_.substr(b, i - b));
  }

  bool EndsSentence(size_t dot, size_t floor, UChar32 mark) const {
    if (mark != '.') return true;
    size_t word_begin = 0;
    const std::string word = WordBefore(dot, floor, &word_begin);
    if (word.empty()) return true;
    if (abbr_.Contains(word)) return false;
    // An initial: one upper-case letter ("A. Navalny", "Ivan P. said").
    const CodePoint first = At(text_, word_begin);
    if (first.end == dot && u_isupper(first.c)) return false;
    return true;
  }

  void AddSentence(size_t b, size_t e, uint32_t paragraph) {
    while (b < e && IsSpaceCp(At(text_, b).c)) b = At(text_, b).end;
    while (e > b && IsSpaceCp(Before(text_, e).c)) e = Before(text_, e).begin;
    while (e - b > options_.max_sentence_bytes) {
      size_t cut = b + options_.max_sentence_bytes;
      while (cut > b && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) --cut;
      const size_t space = text_.rfind(' ', cut);
      if (space != std::string_view::npos && space > b) cut = space;
      out_->sentences.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(cut), paragraph});
      b = cut;
      while (b < e && IsSpaceCp(At(text_, b).c)) b = At(text_, b).end;
    }
    if (e > b) {
      out_->sentences.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), paragraph});
    }
  }

  void SplitSentences(size_t begin, size_t end, uint32_t paragraph) {
    size_t start = begin, i = begin;
    while (i < end) {
      const CodePoint cp = At(text_, i);
      if (!IsTerminal(cp.c)) {
        i = cp.end;
        continue;
      }
      size_t j = cp.end;
      while (j < end && (IsTerminal(At(text_, j).c) || IsClosingMark(At(text_, j).c))) {
        j = At(text_, j).end;
      }
      if (j < end && !IsSpaceCp(At(text_, j).c)) {
        i = j;
        continue;
      }
      size_t k = j;
      while (k < end && IsSpaceCp(At(text_, k).c)) k = At(text_, k).end;
      if (k < end && IsStarter(At(text_, k).c) && EndsSentence(i, start, cp.c)) {
        AddSentence(start, j, paragraph);
        start = k;
      }
      i = k > j ? k : j;
    }
    AddSentence(start, end, paragraph);
  }

  void PushQuote(size_t open, size_t inner, size_t end, size_t close,
                 uint32_t paragraph, bool open_end) {
    Quote q;
    q.open = static_cast<uint32_t>(open);
    q.begin = static_cast<uint32_t>(inner);
    q.end = static_cast<uint32_t>(end);
    q.close = static_cast<uint32_t>(close);
    q.paragraph = paragraph;
    q.open_end = open_end;
    if (!out_->quotes.empty()) {
      const Quote& prev = out_->quotes.back();
      q.continued = prev.open_end && prev.paragraph + 1 == paragraph &&
                    open == out_->paragraphs[paragraph].begin;
    }
    out_->quotes.push_back(q);
  }

  void FindQuotes(size_t begin, size_t end, uint32_t paragraph) {
    std::vector<UChar32> stack;
    size_t open = 0, inner = 0;
    size_t i = begin;
    while (i < end) {
      const CodePoint cp = At(text_, i);
      const UChar32 c = cp.c;
      bool opens = false, closes = false;
      if (c == '"') {
        const CodePoint prev = Before(text_, i);
        const bool after_space = i == begin || IsSpaceCp(prev.c) ||
                                 IsOpeningMark(prev.c) || IsDashCp(prev.c);
        if (!stack.empty() && stack.back() == '"') {
          closes = true;
        } else {
          opens = after_space;
        }
      } else if (c == 0x201C) {
        // Closes a German-style opening, else opens.
        closes = !stack.empty() && stack.back() == 0x201E;
        opens = !closes;
      } else if (c == 0x00AB || c == 0x201E) {
        opens = true;
      } else if (c == 0x201D || c == 0x00BB) {
        closes = !stack.empty();
      }
      if (opens && stack.size() < 8) {
        if (stack.empty()) {
          open = cp.begin;
          inner = cp.end;
        }
        stack.push_back(c);
      } else if (closes) {
        stack.pop_back();
        if (stack.empty()) PushQuote(open, inner, cp.begin, cp.end, paragraph, false);
      }
      i = cp.end;
    }
    if (!stack.empty()) PushQuote(open, inner, end, end, paragraph, true);
  }

  std::string_view text_;
  const Abbreviations& abbr_;
  const SegmenterOptions& options_;
  Segmentation* out_;
};

}  // namespace

Result<Abbreviations> Abbreviations::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the abbreviation list");
  Abbreviations out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!IsValidUtf8(line)) {
      return Status::Corruption(path + ":" + std::to_string(number) +
                                ": not UTF-8");
    }
    out.Add(line);
  }
  if (in.bad()) return Status::IOError(path + ": read failed");
  return out;
}

void Abbreviations::Add(std::string_view word) {
  while (!word.empty() && (word.back() == '.' || word.back() == ' ')) word.remove_suffix(1);
  while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
  if (!word.empty()) words_.insert(FoldCase(word));
}

bool Abbreviations::Contains(std::string_view folded_word) const {
  return words_.count(std::string(folded_word)) > 0;
}

size_t Segmentation::SentenceAt(size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](size_t o, const Sentence& s) { return o < s.begin; });
  return it == sentences.begin() ? 0 : static_cast<size_t>(it - sentences.begin() - 1);
}

int Segmentation::QuoteAt(size_t offset) const {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), offset,
                             [](size_t o, const Quote& q) { return o < q.begin; });
  if (it == quotes.begin()) return -1;
  --it;
  return offset < it->end ? static_cast<int>(it - quotes.begin()) : -1;
}

Segmentation Segment(std::string_view text, const Abbreviations& abbreviations,
                     const SegmenterOptions& options) {
  Segmentation seg;
  ParagraphSegmenter ps(text, abbreviations, options, &seg);
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == '\n' || text[pos] == ' ')) ++pos;
    if (pos >= text.size()) break;
    size_t end = text.find("\n\n", pos);
    if (end == std::string_view::npos) end = text.size();
    size_t trimmed = end;
    while (trimmed > pos && (text[trimmed - 1] == ' ' || text[trimmed - 1] == '\n')) --trimmed;
    if (trimmed > pos) ps.Run(pos, trimmed);
    pos = end;
  }
  return seg;
}

}  // namespace tally::text
