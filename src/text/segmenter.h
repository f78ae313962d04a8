// Segmenter: cuts a document's text into paragraphs, sentences and
// quotations, the frame claim extraction reads a figure in.
//
//   Result<Abbreviations> abbr = Abbreviations::Load(codebook + "/abbreviations.txt");
//   Segmentation seg = Segment(doc.text, *abbr);
//   for (const Sentence& s : seg.sentences) { ... text.substr(s.begin, s.end - s.begin) ... }
//
// The text is tally's normal form: paragraphs separated by a blank line,
// line breaks inside a paragraph kept. A paragraph whose lines are short
// (a table, a list, a post) is read a line at a time; a hard-wrapped one as
// running prose. Sentences end at . ! ? ... when what follows starts a
// sentence, never after an abbreviation from the codebook or an initial.
// Quotations are the spans inside paired marks (" " << >> ,, ") and a
// straight double quote pair; an English quotation left open at the end of
// a paragraph continues in the next one when that opens with a mark.
//
// All offsets are bytes into the text. Linear in the text; thread-safe for
// concurrent calls with one Abbreviations.
#ifndef TALLY_SRC_TEXT_SEGMENTER_H_
#define TALLY_SRC_TEXT_SEGMENTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "tally/status.h"

namespace tally::text {

// Words after which a full stop does not end a sentence ("Mr", "No", "ul",
// "tys"), case-folded.
class Abbreviations {
 public:
  // One abbreviation a line (with or without its final "."), "#" comments.
  // Fails with kNotFound/kIOError for the file, kCorruption naming the line
  // for text that is not UTF-8.
  static Result<Abbreviations> Load(const std::string& path);
  void Add(std::string_view word);
  bool Contains(std::string_view folded_word) const;

 private:
  std::unordered_set<std::string> words_;
};

struct SegmenterOptions {
  // A sentence longer than this is cut at the last space before the limit,
  // so that no later stage reads unbounded text. Default: 4096.
  size_t max_sentence_bytes = 4096;
};

struct Paragraph {
  uint32_t begin = 0, end = 0;
  uint32_t first_sentence = 0;  // index into Segmentation::sentences
  uint32_t sentence_count = 0;
  bool line_mode = false;  // read a line at a time (a table, a list)
};

struct Sentence {
  uint32_t begin = 0, end = 0;
  uint32_t paragraph = 0;
};

struct Quote {
  uint32_t begin = 0, end = 0;  // the words inside the marks
  uint32_t open = 0;            // offset of the opening mark
  uint32_t close = 0;           // offset after the closing mark (== end when
                                // the quotation runs to the paragraph's end)
  uint32_t paragraph = 0;
  bool continued = false;  // continues a quotation left open in the
                           // paragraph before
  bool open_end = false;   // left open at the end of its paragraph
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;  // in text order, not nested

  // The sentence holding byte `offset` (the last one starting at or before
  // it); 0 when there are none.
  size_t SentenceAt(size_t offset) const;
  // The quotation holding byte `offset`, or -1.
  int QuoteAt(size_t offset) const;
};

Segmentation Segment(std::string_view text, const Abbreviations& abbreviations,
                     const SegmenterOptions& options = {});

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_SEGMENTER_H_
