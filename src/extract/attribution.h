// Attribution: who a report credits with a figure, following claims.md: the
// source its own sentence names; failing that, the speaker of the
// quotation or interview answer it stands in; failing that, the sentence
// before it in the same paragraph (or the line that introduces a table);
// a headline only to a source it names itself. Otherwise nobody.
//
//   Attributor who(view, &mentions);
//   Attribution a = who.ForFigure(begin_token, end_token);
//   if (a.entity >= 0) { const Entity& e = mentions.entities[a.entity]; }
//
// In a sentence, the attribution nearest before the figure wins ("X told
// Y that Z said N": Z), else the nearest after it ("N, X said"). A verb of
// saying takes the mention before it in its clause, or after it when it
// follows a quotation or stands first ("said Arkady Sorin", "-- govorit
// ona"); "according to X" takes the mention after it; "X, citing Y" and
// "so ssylkoy na istochnik v Y" pass to Y. Pronouns and definite
// descriptions resolve to the latest compatible entity before them, and
// first-person words to the speaker of their quotation or answer.
#ifndef TALLY_SRC_EXTRACT_ATTRIBUTION_H_
#define TALLY_SRC_EXTRACT_ATTRIBUTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "src/extract/doc_view.h"
#include "src/extract/mentions.h"

namespace tally::extract {

struct Attribution {
  int entity = -1;       // the speaker, or -1
  std::string channel;   // "Telegram", an outlet, "interview", or ""
};

enum class ParagraphRole : uint8_t { kBody, kHeadline, kQuestion, kAnswer };

class Attributor {
 public:
  // Reads the document's shape (headline, interview turns, quotations).
  // `mentions` gains entities for labelled speakers ("OFFICIAL: ...").
  Attributor(const DocView& view, MentionSet* mentions);

  Attribution ForFigure(size_t begin, size_t end);

  ParagraphRole RoleOf(size_t paragraph) const { return roles_[paragraph]; }
  // For an answer, the paragraph of the question it follows, or -1.
  int QuestionOf(size_t paragraph) const { return question_of_[paragraph]; }

 private:
  struct Found {
    int entity = -1;
    bool found = false;  // an attribution was read (entity may still be -1:
                         // a source the text does not name)
    std::string channel;
  };

  void ReadShape();
  void ReadVoice();
  int Resolve(size_t mention);
  int ResolveBack(size_t before_token, const std::string& refers, const std::string& head);
  int SpeakerOfQuote(int quote);
  int TurnSpeaker(size_t paragraph) const;
  Found InRange(size_t a, size_t b, size_t fig_begin, size_t fig_end, bool in_quote);
  Found BySpeech(const CueMatch& cue, size_t a, size_t b, bool in_quote);
  Found BySource(const CueMatch& cue, size_t b);
  Found ByLayout(size_t a, size_t b);
  Found OfSentence(size_t s);
  Found Carried(size_t s);
  bool EndsCarry(size_t s);
  // How many paragraphs back a named source still credits a figure.
  static constexpr size_t kCarryParagraphs = 2;
  int MentionAfter(size_t from, size_t b, size_t reach) const;
  int MentionBefore(size_t a, size_t to, bool allow_quoted) const;
  int PassToInnerSource(int mention, size_t b) const;
  bool NamedSubjectAfter(size_t from, size_t b) const;
  std::string ChannelIn(size_t a, size_t b) const;

  const DocView& v_;
  MentionSet* m_;
  std::vector<ParagraphRole> roles_;
  std::vector<int> question_of_;
  std::vector<int> turn_label_;      // paragraph -> entity of its label, -1
  int interviewee_ = -1;
  int voice_ = -1;  // who a first-person post speaks for, or -1
  std::vector<int> quote_speaker_;   // -2: not computed yet
  std::vector<Found> sentence_;      // per sentence, cached
  std::vector<Found> paragraph_found_;  // the last credit given in each paragraph
  std::vector<bool> sentence_done_;
  std::vector<int8_t> ends_carry_;  // per sentence: -1 not read yet, 0, 1
  std::vector<uint32_t> mention_start_;  // token -> first mention index
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_ATTRIBUTION_H_
