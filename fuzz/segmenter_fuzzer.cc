// Fuzzes the segmenter: paragraphs, sentences and quotations must lie in
// the text, in order, without overlaps, sentences inside their paragraph,
// and lookups by offset must agree with the lists.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/text/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  static const tally::text::Abbreviations* abbr = [] {
    auto* a = new tally::text::Abbreviations();
    for (const char* w : {"Mr", "No", "tys", "g"}) a->Add(w);
    return a;
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const tally::text::Segmentation seg = tally::text::Segment(text, *abbr);
  size_t last = 0;
  for (const tally::text::Sentence& s : seg.sentences) {
    Require(s.begin < s.end && s.end <= size, "segmenter: sentence outside the text");
    Require(s.begin >= last, "segmenter: sentences overlap");
    last = s.end;
    Require(s.paragraph < seg.paragraphs.size(), "segmenter: no such paragraph");
    const tally::text::Paragraph& p = seg.paragraphs[s.paragraph];
    Require(s.begin >= p.begin && s.end <= p.end, "segmenter: sentence outside its paragraph");
    Require(seg.sentences[seg.SentenceAt(s.begin)].begin == s.begin, "segmenter: SentenceAt");
  }
  last = 0;
  for (const tally::text::Quote& q : seg.quotes) {
    Require(q.open < q.begin && q.begin <= q.end && q.end <= q.close && q.close <= size,
            "segmenter: quotation marks out of order");
    Require(q.open >= last, "segmenter: quotations overlap");
    last = q.close;
  }
  return 0;
}
