#include "src/extract/attribution.h"

#include <algorithm>

#include "src/text/normalize.h"

namespace tally::extract {
namespace {

constexpr size_t kBackReach = 300;  // mentions searched back for a pronoun
constexpr size_t kSourceReach = 7;  // tokens from "according to" to its source

bool IsQuoteClose(const DocView& v, size_t t) {
  if (v.tokens()[t].kind != TokenKind::kSymbol) return false;
  const std::string_view k = v.Key(t);
  return k == "\"" || k == "\xC2\xBB" || k == "\xE2\x80\x9D";
}

bool IsDash(const DocView& v, size_t t) {
  return v.IsSymbol(t, "-") && !v.tokens()[t].glued;
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

Attributor::Attributor(const DocView& view, MentionSet* mentions)
    : v_(view), m_(mentions) {
  mention_start_.assign(v_.size() + 1, static_cast<uint32_t>(m_->mentions.size()));
  size_t mi = m_->mentions.size();
  for (size_t t = v_.size() + 1; t-- > 0;) {
    while (mi > 0 && m_->mentions[mi - 1].begin >= t) --mi;
    mention_start_[t] = static_cast<uint32_t>(mi);
  }
  quote_speaker_.assign(v_.seg().quotes.size(), -2);
  paragraph_found_.assign(v_.seg().paragraphs.size(), Found());
  sentence_.assign(v_.sentence_count(), Found());
  sentence_done_.assign(v_.sentence_count(), false);
  ends_carry_.assign(v_.sentence_count(), -1);
  ReadShape();
  ReadVoice();
}

// ---- the document's shape -------------------------------------------------

// A document that speaks in the first person outside quotations and
// interview answers (a channel's post, a group's thread) speaks with the
// voice of the first organisation or person it names at its top.
void Attributor::ReadVoice() {
  bool first_person = false;
  for (const Mention& m : m_->mentions) {
    if (m.kind == MentionKind::kSelf && v_.QuoteOf(m.begin) < 0 &&
        roles_[v_.ParagraphOf(m.begin)] == ParagraphRole::kBody) {
      first_person = true;
      break;
    }
  }
  if (!first_person) return;
  for (const Mention& m : m_->mentions) {
    if (v_.ParagraphOf(m.begin) > 1) break;
    if (m.kind != MentionKind::kNamed || m.nested || m.entity < 0) continue;
    if (m_->entities[static_cast<size_t>(m.entity)].is_private) continue;
    voice_ = m.entity;
    return;
  }
}

void Attributor::ReadShape() {
  const size_t paragraphs = v_.seg().paragraphs.size();
  roles_.assign(paragraphs, ParagraphRole::kBody);
  question_of_.assign(paragraphs, -1);
  turn_label_.assign(paragraphs, -1);
  std::vector<std::pair<std::string, int>> labels;
  int first_turn = -1, last_question = -1;
  for (size_t p = 0; p < paragraphs; ++p) {
    const text::Paragraph& para = v_.seg().paragraphs[p];
    const size_t t0 = v_.paragraph_first_token(p), t1 = v_.paragraph_end_token(p);
    if (t0 >= t1) continue;
    const std::string_view body = v_.text().substr(para.begin, para.end - para.begin);
    const bool asks = EndsWith(body, "?");
    bool turn = false;
    if (const CueMatch* c = v_.CueAt(t0, CueKind::kTurn)) {
      roles_[p] = c->cue->value == "question" ? ParagraphRole::kQuestion : ParagraphRole::kAnswer;
      turn = true;
    } else if (IsDash(v_, t0)) {
      roles_[p] = asks ? ParagraphRole::kQuestion : ParagraphRole::kAnswer;
      turn = true;
    } else {
      // "SENIOR DEFENSE OFFICIAL: ..." -- a labelled speaker.
      size_t k = t0;
      while (k < t1 && k < t0 + 5 && v_.IsWord(k) && v_.AllCaps(k)) ++k;
      if (k > t0 && k < t1 && v_.IsSymbol(k, ":") && v_.Span(t0, k).size() >= 4) {
        const std::string label(v_.Span(t0, k));
        auto it = std::find_if(labels.begin(), labels.end(),
                               [&](const auto& l) { return l.first == label; });
        int entity = -1;
        if (it == labels.end()) {
          Entity e;
          e.type = Entity::Type::kPerson;
          e.kind = "person";
          e.role = "official";
          e.name = label;
          e.key = "label:" + label;
          m_->entities.push_back(e);
          entity = static_cast<int>(m_->entities.size()) - 1;
          labels.emplace_back(label, entity);
        } else {
          entity = it->second;
        }
        turn_label_[p] = entity;
        roles_[p] = asks ? ParagraphRole::kQuestion : ParagraphRole::kAnswer;
        turn = true;
      }
    }
    if (turn && first_turn < 0) first_turn = static_cast<int>(p);
    if (roles_[p] == ParagraphRole::kQuestion) last_question = static_cast<int>(p);
    if (roles_[p] == ParagraphRole::kAnswer && last_question >= 0 &&
        static_cast<int>(p) - last_question <= 3) {
      question_of_[p] = last_question;
    }
    if (!turn && para.sentence_count == 1 && !para.line_mode) {
      const bool ends = EndsWith(body, ".") || EndsWith(body, ":") ||
                        EndsWith(body, "\xE2\x80\xA6") || EndsWith(body, ".\"") ||
                        EndsWith(body, ".\xE2\x80\x9D") || EndsWith(body, ".\xC2\xBB");
      const size_t words = t1 - t0;
      if (!ends && words <= 30) roles_[p] = ParagraphRole::kHeadline;
    }
  }
  // A label is a speaker only when it heads two paragraphs or more
  // ("OFFICIAL: ..."); "CLAIM:" and "VERDICT:" once are headings.
  for (auto& [label, entity] : labels) {
    size_t uses = 0;
    for (size_t p = 0; p < paragraphs; ++p) uses += turn_label_[p] == entity;
    if (uses >= 2) continue;
    for (size_t p = 0; p < paragraphs; ++p) {
      if (turn_label_[p] == entity) {
        turn_label_[p] = -1;
        roles_[p] = ParagraphRole::kBody;
      }
    }
  }
  if (first_turn < 0) return;
  // The interviewee: the first public person named before the first turn,
  // not a reporter of the byline.
  const size_t limit = v_.paragraph_first_token(static_cast<size_t>(first_turn));
  int unnamed = -1;  // an official named only by office, if no one else
  for (size_t i = 0; i < m_->mentions.size() && m_->mentions[i].begin < limit; ++i) {
    const Mention& m = m_->mentions[i];
    if (m.kind != MentionKind::kNamed || m.entity < 0) continue;
    const Entity& e = m_->entities[static_cast<size_t>(m.entity)];
    if (e.type != Entity::Type::kPerson || e.is_private) continue;
    if (e.key.rfind("official:", 0) == 0) {
      if (unnamed < 0) unnamed = m.entity;
      continue;
    }
    bool byline = false;
    for (size_t k = m.begin > 3 ? m.begin - 3 : 0; k < m.begin; ++k) {
      if (v_.CueAt(k, CueKind::kByline) != nullptr && v_.SentenceOf(k) == v_.SentenceOf(m.begin)) {
        byline = true;
      }
    }
    if (!byline) {
      interviewee_ = m.entity;
      break;
    }
  }
  if (interviewee_ < 0) interviewee_ = unnamed;
  // A labelled speaker speaks for the first institution the document names.
  int institution = -1;
  for (const Mention& m : m_->mentions) {
    if (m.entity >= 0 && m_->entities[static_cast<size_t>(m.entity)].actor >= 0 &&
        m_->entities[static_cast<size_t>(m.entity)].type == Entity::Type::kOrg) {
      if (v_.ParagraphOf(m.begin) <= 2) institution = m.entity;
      break;
    }
  }
  for (const auto& [label, entity] : labels) {
    if (institution >= 0) m_->entities[static_cast<size_t>(entity)].org = institution;
  }
}

int Attributor::TurnSpeaker(size_t paragraph) const {
  return turn_label_[paragraph] >= 0 ? turn_label_[paragraph] : interviewee_;
}

// ---- mentions and references -------------------------------------------------

int Attributor::ResolveBack(size_t before_token, const std::string& refers,
                            const std::string& head) {
  const size_t start = mention_start_[std::min(before_token, v_.size())];
  const size_t floor = start > kBackReach ? start - kBackReach : 0;
  if (!head.empty()) {
    // "the headquarters": the latest organisation whose name has the word.
    for (size_t i = start; i-- > floor;) {
      const Mention& m = m_->mentions[i];
      if (m.entity < 0 || m.kind != MentionKind::kNamed) continue;
      const Entity& e = m_->entities[static_cast<size_t>(m.entity)];
      if (e.type != Entity::Type::kOrg) continue;
      if (text::FoldCase(e.name).find(head) != std::string::npos) return m.entity;
    }
  }
  size_t i = start;
  while (i-- > floor) {
    const Mention& m = m_->mentions[i];
    if (m.entity < 0 || m.kind == MentionKind::kPronoun || m.kind == MentionKind::kSelf) continue;
    const Entity& e = m_->entities[static_cast<size_t>(m.entity)];
    // An office inside someone's apposition ("Danylyuk, a spokesman for
    // ...") is that person, already passed.
    if (m.nested && e.key.rfind("official:", 0) == 0) continue;
    // "killed in Ukraine. ... they have added": a country named as a place
    // is nobody a pronoun refers to.
    if (m.end == m.begin + 1 && m.begin > 0 && v_.CueAt(m.begin, CueKind::kCountry) != nullptr &&
        v_.CueAt(m.begin - 1, CueKind::kPlaceBefore) != nullptr) {
      continue;
    }
    const bool person = e.type == Entity::Type::kPerson;
    if (refers == "person" && !person) continue;
    if (refers == "org" && person) continue;
    if (refers == "private" && !(person && e.is_private)) continue;
    return m.entity;
  }
  return -1;
}

int Attributor::Resolve(size_t mi) {
  const Mention& m = m_->mentions[mi];
  switch (m.kind) {
    case MentionKind::kNamed:
    case MentionKind::kAnonymous:
      return m.entity;
    case MentionKind::kPronoun: {
      // "yuristy proekta <<X>>": the organisation named right after.
      if (mi + 1 < m_->mentions.size()) {
        const Mention& next = m_->mentions[mi + 1];
        if (next.kind == MentionKind::kNamed && next.entity >= 0 && next.begin <= m.end + 1 &&
            m_->entities[static_cast<size_t>(next.entity)].type == Entity::Type::kOrg) {
          return next.entity;
        }
      }
      return ResolveBack(m.begin, m.refers, m.head);
    }
    case MentionKind::kSelf: {
      const int q = v_.QuoteOf(m.begin);
      if (q >= 0) return SpeakerOfQuote(q);
      const size_t p = v_.ParagraphOf(m.begin);
      if (roles_[p] == ParagraphRole::kAnswer) return TurnSpeaker(p);
      return voice_;
    }
  }
  return -1;
}

int Attributor::MentionAfter(size_t from, size_t b, size_t reach) const {
  const size_t end = std::min(b, from + reach);
  for (size_t i = mention_start_[from]; i < m_->mentions.size(); ++i) {
    const Mention& m = m_->mentions[i];
    if (m.begin >= end) break;
    if (m.nested) continue;
    // A source is named before the next comma ("according to X, ...").
    bool comma = false;
    for (size_t t = from; t < m.begin; ++t) comma |= v_.IsSymbol(t, ",");
    if (comma) return -1;
    return static_cast<int>(i);
  }
  return -1;
}

int Attributor::MentionBefore(size_t a, size_t to, bool allow_quoted) const {
  int best = -1;
  for (size_t i = mention_start_[a]; i < m_->mentions.size(); ++i) {
    const Mention& m = m_->mentions[i];
    if (m.begin >= to) break;
    if (m.nested || m.end > to + 1) continue;
    if (!allow_quoted && v_.QuoteOf(m.begin) >= 0) continue;
    // A pronoun is a subject only right before its verb ("it said").
    if ((m.kind == MentionKind::kPronoun || m.kind == MentionKind::kSelf) && m.end + 3 < to) continue;
    // "v razgovore s <<X>> zayavil": a name after "with" is no subject.
    if (m.begin > a && v_.CueAt(m.begin - 1, CueKind::kOblique) != nullptr) continue;
    best = static_cast<int>(i);
  }
  return best;
}

// "Perimeter, citing ...", "so ssylkoy na istochnik v GVP": the source
// the first one cites.
// A name right after a verb of saying that ends its clause: "..., soobshchil
// Pavel Chikov." -- not an object ("told the agency RIA that") or "our
// outlet".
bool Attributor::NamedSubjectAfter(size_t from, size_t b) const {
  const int mi = MentionAfter(from, b, 5);
  if (mi < 0) return false;
  const Mention& m = m_->mentions[static_cast<size_t>(mi)];
  if (m.kind != MentionKind::kNamed) return false;
  if (m.end >= b) return true;
  if (v_.CueAt(m.end, CueKind::kChannel) != nullptr) return true;
  const std::string_view k = v_.Key(m.end);
  return v_.tokens()[m.end].kind == TokenKind::kSymbol &&
         (k == "," || k == "." || k == ";" || k == ":" || k == ")" || IsQuoteClose(v_, m.end));
}

int Attributor::PassToInnerSource(int mention, size_t b) const {
  const size_t end = m_->mentions[static_cast<size_t>(mention)].end;
  for (size_t t = end; t < b && t < end + 3; ++t) {
    if (const CueMatch* c = v_.CueAt(t, CueKind::kSourceIn)) {
      const int inner = MentionAfter(c->end, b, 5);
      if (inner >= 0) return inner;
    }
  }
  return mention;
}

std::string Attributor::ChannelIn(size_t a, size_t b) const {
  for (const CueMatch& c : v_.CuesIn(a, b)) {
    if (c.cue->kind == CueKind::kChannel) return c.cue->value;
    if (c.cue->kind == CueKind::kTold) {
      const int mi = MentionAfter(c.end, b, 4);
      if (mi < 0) continue;
      const Mention& m = m_->mentions[static_cast<size_t>(mi)];
      if (m.kind != MentionKind::kNamed || m.entity < 0) continue;
      const Entity& e = m_->entities[static_cast<size_t>(m.entity)];
      if (e.kind == "media" || (e.kind == "org" && e.actor < 0)) return e.name;
    }
  }
  return "";
}

// ---- cues -----------------------------------------------------------------

Attributor::Found Attributor::BySpeech(const CueMatch& cue, size_t a, size_t b, bool in_quote) {
  Found f;
  if (cue.begin > a && v_.CueAt(cue.begin - 1, CueKind::kNegation) != nullptr) return f;
  if (cue.begin > a + 1 && v_.CueAt(cue.begin - 2, CueKind::kNegation) != nullptr &&
      v_.IsWord(cue.begin - 1)) {
    return f;
  }
  // The subject's clause starts after the previous verb of saying.
  size_t start = a;
  for (const CueMatch& c : v_.CuesIn(a, cue.begin)) {
    if ((c.cue->kind == CueKind::kSpeech || c.cue->kind == CueKind::kTold) && c.end <= cue.begin) {
      start = c.end;
    }
  }
  int chosen = MentionBefore(start, cue.begin, in_quote);
  bool inverted = chosen < 0;
  if (cue.begin > a) {
    size_t k = cue.begin - 1;
    // "..., soobshchil Pavel Chikov", "..., said Arkady Sorin": a verb that
    // opens its clause after a comma or a dash names its subject after it,
    // when one follows.
    if (cue.cue->kind == CueKind::kSpeech && (v_.IsSymbol(k, ",") || IsDash(v_, k)) &&
        NamedSubjectAfter(cue.end, b)) {
      inverted = true;
    }
    if ((v_.IsSymbol(k, ",") || IsDash(v_, k)) && k > a) --k;
    if (IsQuoteClose(v_, k) || v_.IsSymbol(k, ",") || IsDash(v_, k)) inverted = true;
  } else {
    inverted = true;
  }
  if (inverted) {
    // "soobshchil v svoyom telegram-kanale yurist X": the channel stands
    // between the verb and its subject.
    size_t from = cue.end;
    if (const CueMatch* channel = v_.CueAt(from, CueKind::kChannel)) from = channel->end;
    const int after = MentionAfter(from, b, 5);
    if (after >= 0) chosen = after;
  } else if (cue.end + 1 < b && v_.CueAt(cue.end, CueKind::kLocative) != nullptr) {
    // "Pro tse <<Kyivskomu kurieru>> povidomyly v obiednanni X": the
    // body "in" which they said it, not the outlet they told; a press
    // service may stand between ("v press-sluzhbe Minoborony").
    const int after = MentionAfter(cue.end + 1, b, 5);
    if (after >= 0) chosen = after;
  }
  if (chosen < 0) return f;
  chosen = PassToInnerSource(chosen, b);
  f.found = true;
  f.entity = Resolve(static_cast<size_t>(chosen));
  return f;
}

Attributor::Found Attributor::BySource(const CueMatch& cue, size_t b) {
  Found f;
  int mi = MentionAfter(cue.end, b, kSourceReach);
  if (mi < 0) return f;
  mi = PassToInnerSource(mi, b);
  f.found = true;
  f.entity = Resolve(static_cast<size_t>(mi));
  return f;
}

Attributor::Found Attributor::InRange(size_t a, size_t b, size_t fig_begin, size_t fig_end,
                                      bool in_quote) {
  // Cues before the figure, nearest first, then the ones after it.
  std::vector<const CueMatch*> before, after;
  const int quote = in_quote ? v_.QuoteOf(fig_begin) : -1;
  for (const CueMatch& c : v_.CuesIn(a, b)) {
    const CueKind k = c.cue->kind;
    if (k != CueKind::kSpeech && k != CueKind::kSource && k != CueKind::kTold) continue;
    if (v_.QuoteOf(c.begin) != quote) continue;
    if (c.end <= fig_begin) {
      before.push_back(&c);
    } else if (c.begin >= fig_end) {
      after.push_back(&c);
    }
  }
  std::reverse(before.begin(), before.end());
  before.insert(before.end(), after.begin(), after.end());
  for (const CueMatch* c : before) {
    Found f = c->cue->kind == CueKind::kSource ? BySource(*c, b) : BySpeech(*c, a, b, in_quote);
    if (f.found) {
      f.channel = ChannelIn(a, b);
      return f;
    }
  }
  return Found();
}

// "Minoborony: ...", "CourtWatchRU's breakdown: ...", "... -- rozvidka".
Attributor::Found Attributor::ByLayout(size_t a, size_t b) {
  Found f;
  for (size_t t = a; t < b && t < a + 8; ++t) {
    if (!v_.IsSymbol(t, ":")) continue;
    for (size_t i = mention_start_[a]; i < m_->mentions.size(); ++i) {
      const Mention& m = m_->mentions[i];
      if (m.begin >= t) break;
      if (m.nested || m.begin > a + 2 || m.kind == MentionKind::kPronoun) continue;
      if (m.end == t || (m.end + 2 >= t && m.end < t)) {
        f.found = true;
        f.entity = Resolve(i);
        return f;
      }
    }
    break;
  }
  size_t last = b;
  while (last > a && v_.tokens()[last - 1].kind == TokenKind::kSymbol && !IsDash(v_, last - 1)) {
    --last;
  }
  for (size_t i = mention_start_[a]; i < m_->mentions.size(); ++i) {
    const Mention& m = m_->mentions[i];
    if (m.begin >= b) break;
    if (m.end == last && m.begin > a && IsDash(v_, m.begin - 1) && !m.nested) {
      f.found = true;
      f.entity = Resolve(i);
      return f;
    }
  }
  return f;
}

Attributor::Found Attributor::OfSentence(size_t s) {
  if (sentence_done_[s]) return sentence_[s];
  sentence_done_[s] = true;
  const size_t a = v_.first_token(s), b = v_.end_token(s);
  Found f;
  if (a < b) {
    f = InRange(a, b, b, b, false);
    if (!f.found) f = ByLayout(a, b);
    if (!f.found) {
      // A sentence wholly inside one quotation speaks with its voice.
      const int q = v_.QuoteOf(a);
      if (q >= 0 && v_.QuoteOf(b - 1) == q) {
        const int who = SpeakerOfQuote(q);
        if (who >= 0) {
          f.found = true;
          f.entity = who;
        }
      }
    }
  }
  sentence_[s] = f;
  return f;
}

int Attributor::SpeakerOfQuote(int q) {
  if (quote_speaker_[static_cast<size_t>(q)] != -2) return quote_speaker_[static_cast<size_t>(q)];
  quote_speaker_[static_cast<size_t>(q)] = -1;  // guards against cycles
  const text::Quote& quote = v_.seg().quotes[static_cast<size_t>(q)];
  int who = -1;
  // Tokens of the quotation's marks.
  const auto first_at = [&](uint32_t offset) {
    const auto& tokens = v_.tokens().tokens;
    return static_cast<size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), offset,
                         [](const Token& t, uint32_t o) { return t.begin < o; }) -
        tokens.begin());
  };
  const size_t open_t = first_at(quote.open), close_t = first_at(quote.close);
  if (close_t < v_.size()) {
    // After it: '"...," said X', '<<...>>, -- govorit ona', '"..." X said.'
    const size_t s = v_.SentenceOf(close_t > 0 ? close_t - 1 : 0);
    const size_t b = v_.end_token(s);
    for (const CueMatch& c : v_.CuesIn(close_t, b)) {
      if (c.cue->kind != CueKind::kSpeech && c.cue->kind != CueKind::kTold) continue;
      if (v_.QuoteOf(c.begin) >= 0) break;
      Found f = BySpeech(c, close_t, b, false);
      if (f.found) who = f.entity;
      break;
    }
  }
  if (who < 0 && open_t < v_.size()) {
    // Before it: 'Leviyev said: "..."'.
    const size_t s = v_.SentenceOf(open_t);
    const size_t a = v_.first_token(s);
    const CueMatch* last = nullptr;
    for (const CueMatch& c : v_.CuesIn(a, open_t)) {
      if ((c.cue->kind == CueKind::kSpeech || c.cue->kind == CueKind::kTold) &&
          v_.QuoteOf(c.begin) < 0) {
        last = &c;
      }
    }
    if (last != nullptr) {
      Found f = BySpeech(*last, a, open_t, false);
      if (f.found) who = f.entity;
    }
  }
  if (who < 0 && q > 0) {
    // A quotation that goes on after its attribution ('"A," X said. "B."')
    // or into the next paragraph.
    const text::Quote& prev = v_.seg().quotes[static_cast<size_t>(q) - 1];
    if (prev.paragraph == quote.paragraph || quote.continued) who = SpeakerOfQuote(q - 1);
  }
  quote_speaker_[static_cast<size_t>(q)] = who;
  return who;
}

// ---- a figure ---------------------------------------------------------------

// A sentence that speaks on unnamed authority ("reportedly", "po dannym
// SMI") or in the outlet's own voice outside quotations ("our reporters
// counted") ends what an earlier source credits.
// Read once per sentence: every figure after it may ask.
bool Attributor::EndsCarry(size_t s) {
  if (ends_carry_[s] >= 0) return ends_carry_[s] == 1;
  bool ends = false;
  for (const CueMatch& c : v_.CuesIn(v_.first_token(s), v_.end_token(s))) {
    if ((c.cue->kind == CueKind::kHedge &&
         (c.cue->value == "reported" || c.cue->value == "unconfirmed")) ||
        (c.cue->kind == CueKind::kPronoun && c.cue->value == "self" && v_.QuoteOf(c.begin) < 0)) {
      ends = true;
      break;
    }
  }
  ends_carry_[s] = ends ? 1 : 0;
  return ends;
}

Attributor::Found Attributor::Carried(size_t s) {
  const size_t p = v_.ParagraphOf(v_.first_token(s));
  const size_t first_p = p > kCarryParagraphs ? p - kCarryParagraphs : 0;
  if (EndsCarry(s)) return Found();
  for (size_t k = s; k-- > 0;) {
    const size_t kp = v_.seg().sentences[k].paragraph;
    if (kp < first_p) break;
    if (roles_[kp] == ParagraphRole::kQuestion) continue;
    Found f = OfSentence(k);
    if (f.found) return f;
    if (EndsCarry(k)) break;
  }
  return Found();
}

Attribution Attributor::ForFigure(size_t begin, size_t end) {
  const size_t s = v_.SentenceOf(begin);
  const size_t a = v_.first_token(s), b = v_.end_token(s);
  const size_t p = v_.ParagraphOf(begin);
  const int q = v_.QuoteOf(begin);
  Found f;
  if (q >= 0) {
    f = InRange(a, b, begin, end, true);
    if (!f.found) {
      const int who = SpeakerOfQuote(q);
      if (who >= 0) {
        f.found = true;
        f.entity = who;
      }
    }
  }
  if (!f.found) f = InRange(a, b, begin, end, false);
  if (!f.found) f = ByLayout(a, b);
  if (!f.found && roles_[p] == ParagraphRole::kAnswer) {
    f.entity = TurnSpeaker(p);
    f.found = f.entity >= 0;
  }
  const ParagraphRole role = roles_[p];
  if (!f.found && role != ParagraphRole::kHeadline && role != ParagraphRole::kQuestion) {
    const text::Paragraph& para = v_.seg().paragraphs[p];
    // "... 1 060. Pro tse povidomyly v Henshtabi.": the next sentence
    // credits this one, also when it opens the next paragraph (web text
    // gives each sentence a line of its own).
    const bool last_in_para = s + 1 == para.first_sentence + para.sentence_count;
    if (s + 1 < v_.sentence_count() &&
        (!last_in_para || roles_[v_.seg().sentences[s + 1].paragraph] == ParagraphRole::kBody)) {
      const size_t next = v_.first_token(s + 1);
      if (next < v_.end_token(s + 1) && v_.CueAt(next, CueKind::kAboutThis) != nullptr) {
        f = OfSentence(s + 1);
      }
    }
    // The sentence before, in the same paragraph; a table's lines, all the
    // way up to the line that introduces them.
    const size_t reach = para.line_mode ? para.sentence_count : 2;
    for (size_t k = s, steps = 0; !f.found && k > para.first_sentence && steps < reach; ++steps) {
      --k;
      f = OfSentence(k);
    }
    const bool first_line = s == para.first_sentence || para.line_mode;
    if (!f.found && first_line && p > 0) {
      const text::Paragraph& prev = v_.seg().paragraphs[p - 1];
      if (prev.line_mode && paragraph_found_[p - 1].found) {
        // After a table: the credit its rows had.
        f = paragraph_found_[p - 1];
      } else if (para.line_mode && prev.sentence_count > 0) {
        // A table's rows: the paragraph that introduces them.
        for (size_t k = prev.first_sentence + prev.sentence_count; !f.found && k-- > prev.first_sentence;) {
          f = OfSentence(k);
        }
      }
    }
  }
  // The source the report last named: a lead ("according to X's count")
  // or a sentence that introduces a breakdown carries over the paragraphs
  // of figures that follow it, until the report names another source.
  if (!f.found && role != ParagraphRole::kHeadline && role != ParagraphRole::kQuestion) {
    f = Carried(s);
  }
  // A post that speaks for itself ("we", "nashi yuristy"): its author.
  if (!f.found && voice_ >= 0 && role != ParagraphRole::kQuestion) {
    f.found = true;
    f.entity = voice_;
  }
  if (f.found) paragraph_found_[p] = f;
  Attribution out;
  if (f.found) {
    out.entity = f.entity;
    out.channel = f.channel;
  }
  return out;
}

}  // namespace tally::extract
