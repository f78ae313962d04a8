// Figure context: what a figure counts, read from the words around it --
// whether it is a claim at all, its category, its unit, the counted group,
// whose side and how hedged.
//
//   FigureReading r = ReadFigure(view, figure_tokens, quantity);
//   if (r.excluded || r.category < 0) ... not a claim ...
//
// The words right after the figure come first: the counted noun ("servicemen",
// "deserters", "cases", "regions") or a word that rules the figure out
// ("days", "roubles", "tanks", "civilians"); a partitive ("of the", "iz
// nikh") passes to the noun after it, and a dash before the figure lets a
// table row's noun count ("tankiv -- 6 864"). Then category words in the
// sentence, each scored by how far it stands from the figure and how many
// clause breaks lie between. Categories the sentence does not give can come
// from the caller's context (the question an answer replies to, the
// sentence before, the line that introduces a table).
#ifndef TALLY_SRC_EXTRACT_FIGURE_CONTEXT_H_
#define TALLY_SRC_EXTRACT_FIGURE_CONTEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "src/extract/doc_view.h"
#include "tally/quantity.h"

namespace tally::extract {

struct FigureReading {
  bool excluded = false;      // counts something that is not personnel
  std::string why;            // the word that excluded it
  int category = -1;          // from the figure's own sentence, or -1
  bool category_weak = false; // only a personnel noun suggested it
  bool category_from_noun = false;  // the counted noun itself named it
  bool category_from_request = false;  // a request noun's own category: nothing said what is asked
  bool personnel = false;     // a personnel noun counts it ("soldiers")
  bool has_noun = false;      // some counted noun follows the figure
  bool unknown_noun = false;  // a word the codebook does not know follows it
                              // ("dvokh initsiatyvakh"): it counts something else
  Unit unit = Unit::kPersons;
  size_t group_begin = 0, group_end = 0;  // tokens; empty when none
  std::string side;           // RU, UA, "enemy", "own" or ""
  std::string hedge;          // from the sentence
};

// Reads the figure at tokens [begin, end) with quantity `q`. Tokens
// flagged in `named` (a speaker's name: "Ukrainian General Staff") give no
// side; nullptr: none flagged.
FigureReading ReadFigure(const DocView& view, size_t begin, size_t end,
                         const Quantity& q, const std::vector<uint8_t>* named = nullptr);

// The category that the words of tokens [a, b) name most strongly for a
// figure at tokens [fig_begin, fig_end): nearer and within fewer clause
// breaks scores higher. -1 when none. fig_begin == fig_end: a position.
// Words in [skip_begin, skip_end) (the counted noun) are passed over;
// `verbs_only` counts only words of what people did.
int CategoryIn(const DocView& view, size_t a, size_t b, size_t fig_begin,
               size_t fig_end, size_t skip_begin = 0, size_t skip_end = 0,
               bool verbs_only = false);

// The side word nearest to token `near` in [a, b), or "": a side word
// ("Russian", "VSU") or a country right after a category word ("poteri
// Rossii"), never one inside a token flagged in `named`.
std::string SideIn(const DocView& view, size_t a, size_t b, size_t near,
                   const std::vector<uint8_t>* named = nullptr);

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_FIGURE_CONTEXT_H_
