// The claim lexicon: what the codebook says about reading claims, in each
// language -- the words that name a category ("refused", "otkazniki"), the
// counted group ("servicemen") or something that is not personnel ("days",
// "tanks"), whose side ("Russian"), the verbs and phrases of attribution
// ("said", "according to", "po slovam"), hedges, channels, roles, pronouns
// and clause breaks. Files: codebook/categories.tsv (the category codes)
// and codebook/claims/<lang>.tsv (the phrasings); format in
// doc/codebook.md.
//
//   Result<ClaimLexicon> lex = ClaimLexicon::LoadDir(codebook);
//   std::vector<const Cue*> cues;
//   lex->CuesAt(tokens, i, lex->MaskFor("ru"), &cues);
//
// Immutable after loading; thread-safe for concurrent lookups.
#ifndef TALLY_SRC_EXTRACT_CLAIM_LEXICON_H_
#define TALLY_SRC_EXTRACT_CLAIM_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/extract/number_lexicon.h"
#include "src/extract/phrase_set.h"
#include "src/extract/tokenizer.h"
#include "tally/quantity.h"
#include "tally/status.h"

namespace tally::extract {

// The kinds of a claims/<lang>.tsv line, by their name in the file.
enum class CueKind : uint8_t {
  kCategory,   // category  PHRASE CODE noun|verb|context|group
  kUnitNoun,   // unit      PHRASE cases|regions|units
  kGroup,      // group     PHRASE            personnel: "servicemen"
  kExclude,    // exclude   PHRASE REASON     not personnel: "days", "tanks"
  kSide,       // side      PHRASE RU|UA|enemy|own|none (none: a side word that
               //                 counts nobody here, "Russia's invasion")
  kHedge,      // hedge     PHRASE estimate|reported|unconfirmed|possible
  kSource,     // source    PHRASE            the source follows: "according to"
  kSpeech,     // speech    PHRASE            a verb of saying: "said"
  kChannel,    // channel   PHRASE NAME       "on Telegram" -> Telegram
  kTold,       // told      PHRASE            its object, an outlet, is the channel
  kRole,       // role      PHRASE public|private|official
  kOrgNoun,    // org       PHRASE org|media|government|military
  kPronoun,    // pronoun   PHRASE person|org|any|self
  kAnonymous,  // anonymous PHRASE            "asked not to be named"
  kClause,     // clause    PHRASE            opens a new clause: "but", "while"
  kStop,       // stop      PHRASE            ends the counted group: "from"
  kPartitive,  // of        PHRASE            "of the", "iz nikh"
  kCountry,    // country   PHRASE CODE       "Russian" RU, "British" GB
  kQuestion,   // question  PHRASE            "how many", "skolko"
  kNegation,   // negation  PHRASE            "not", "ne" (before a verb)
  kCalendar,   // calendar  PHRASE            "Wednesday", "March": capitalised, never a name
  kByline,     // byline    PHRASE            "By", "Besedovala": a reporter follows
  kAboutThis,  // about_this PHRASE           "pro tse": credits the sentence before
  kSourceIn,   // source_of PHRASE            "a source in": the body named next
  kTurn,       // turn      PHRASE question|answer  "Q :", "A :" heading a paragraph
  kChange,     // change    PHRASE            "rose from": "from X to Y" is two figures
  kConjunction,  // conjunction PHRASE        "or", "chi": "45 or 50 years" shares a noun
  kRate,       // rate      PHRASE            "a day", "v sutki": a rate, not a duration
  kAuxiliary,  // auxiliary PHRASE            "had been", "were": a finite verb follows
  kLocative,   // locative  PHRASE            "v", "u": "zayavili v vedomstve" names the body
  kOblique,    // oblique   PHRASE            "with", "s": the name after is no subject
  kPlaceWord,  // place_word PHRASE           "region", "oblast": the name before is a place
  kPlaceBefore,  // place_before PHRASE       "in", "v": a country named after it is
                 //                           a place, never who "they" are
  kRatio,      // ratio     PHRASE            "in", "out of": "one in three" is a ratio
  kSamePeriod,  // same_period PHRASE         "over the same period": the period of the
                //                            figure before
  kOtherWar,   // other_war PHRASE            "in Afghanistan", "Второй мировой": a figure
               //                             of its sentence is about another war, no claim
  kIncident,   // incident  PHRASE            "in the strike", "при обстреле": a figure of
               //                             its sentence counts one event, a day's figure
  kReason,     // reason    PHRASE            "for", "za": before a category word, what the
               //                             counted people were held for ("for refusing")
};

// How a category phrase speaks of its category.
enum class CueRole : uint8_t {
  kNoun,     // names the counted people: "deserters", "pogibshikh"
  kVerb,     // says what they did: "refused", "were killed"
  kContext,  // marks the topic only: "AWOL", "Article 337"
  kGroup,    // a personnel noun that suggests a category when nothing else
             // in the sentence names one: "conscripts", "mobilizovannye"
  kRequest,  // people counted by what they ask: "requests", "obrashcheniya";
             // its category unless a verb right after it says what is asked
             // ("4,300 requests to surrender" are surrender)
};

struct Cue {
  CueKind kind = CueKind::kCategory;
  LangMask langs = 0;
  int category = -1;  // kCategory: index into categories()
  CueRole role = CueRole::kNoun;
  Unit unit = Unit::kPersons;  // kUnitNoun
  std::string value;  // side, hedge, channel name, role, org kind, pronoun
                      // kind, country code, exclude reason
  std::string phrase;  // as written, for messages
};

struct CueMatch {
  const Cue* cue = nullptr;
  size_t begin = 0, end = 0;  // tokens
};

class ClaimLexicon {
 public:
  // Loads categories.tsv and every claims/*.tsv under `codebook_dir`.
  // Fails with kNotFound when a file is missing, kCorruption naming
  // "file:line: what is wrong" for a bad line.
  static Result<ClaimLexicon> LoadDir(const std::string& codebook_dir);

  // Adds one categories.tsv's content; `name` is used in messages.
  Status AddCategories(std::string_view content, std::string_view name);
  // Adds one claims/<lang>.tsv's content. Categories must be added first.
  Status AddFile(std::string_view lang, std::string_view content,
                 std::string_view name);

  LangMask MaskFor(std::string_view lang) const;

  // Appends the cues (of a language in `langs`) whose phrase starts at
  // token `i`, longest first.
  void CuesAt(const TokenList& tokens, size_t i, LangMask langs,
              std::vector<CueMatch>* out) const;
  bool MayStart(const TokenList& tokens, size_t i) const {
    return phrases_.MayStart(tokens, i);
  }

  const std::vector<std::string>& categories() const { return categories_; }
  int CategoryIndex(std::string_view code) const;
  // Figures of this category are mostly about the speaker's own side.
  bool OwnSide(int category) const {
    return category >= 0 && static_cast<size_t>(category) < own_side_.size() &&
           own_side_[static_cast<size_t>(category)];
  }
  // Figures of this category are mostly about the speaker's enemy (those
  // who surrender to it).
  bool OtherSide(int category) const {
    return category >= 0 && static_cast<size_t>(category) < other_side_.size() &&
           other_side_[static_cast<size_t>(category)];
  }

 private:
  std::vector<std::string> categories_;
  std::vector<bool> own_side_, other_side_;
  std::vector<Cue> cues_;
  PhraseSet phrases_;
  std::vector<std::string> langs_;
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_CLAIM_LEXICON_H_
