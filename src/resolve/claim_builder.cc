#include "src/resolve/claim_builder.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "src/extract/attribution.h"
#include "src/extract/doc_view.h"
#include "src/extract/figure_context.h"
#include "src/extract/figures.h"
#include "src/extract/mentions.h"
#include "src/resolve/basis.h"
#include "src/resolve/calendar.h"
#include "src/resolve/periods.h"
#include "src/text/utf8.h"

namespace tally::resolve {
namespace {

using extract::Attribution;
using extract::Attributor;
using extract::DocView;
using extract::Entity;
using extract::FigureReading;
using extract::MentionSet;
using extract::ParagraphRole;

// A replacement of text bytes [begin, end) by `with`.
struct Edit {
  size_t begin = 0, end = 0;
  std::string with;
};

// Maps byte offsets of the original text to the edited one, and bytes of
// the edited text to code points.
class OffsetMap {
 public:
  OffsetMap(std::string_view original, std::vector<Edit> edits) : edits_(std::move(edits)) {
    size_t pos = 0;
    for (const Edit& e : edits_) {
      text_.append(original.substr(pos, e.begin - pos));
      text_.append(e.with);
      pos = e.end;
    }
    text_.append(original.substr(pos));
    // Code point counts at every 256 bytes of the edited text.
    size_t cps = 0;
    for (size_t i = 0; i < text_.size(); ++i) {
      if (i % kStride == 0) checkpoints_.push_back(cps);
      cps += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    }
    checkpoints_.push_back(cps);
  }

  size_t Map(size_t offset) const {
    long shift = 0;
    for (const Edit& e : edits_) {
      if (e.begin >= offset) break;
      if (offset < e.end) return e.begin + static_cast<size_t>(shift);
      shift += static_cast<long>(e.with.size()) - static_cast<long>(e.end - e.begin);
    }
    return static_cast<size_t>(static_cast<long>(offset) + shift);
  }

  size_t CodePoint(size_t byte) const {
    const size_t chunk = byte / kStride;
    size_t cps = checkpoints_[std::min(chunk, checkpoints_.size() - 1)];
    for (size_t i = chunk * kStride; i < byte && i < text_.size(); ++i) {
      cps += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    }
    return cps;
  }

  const std::string& text() const { return text_; }
  std::string take() { return std::move(text_); }

 private:
  static constexpr size_t kStride = 256;
  std::vector<Edit> edits_;
  std::string text_;
  std::vector<size_t> checkpoints_;
};

std::string Hex16(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string Opposite(const std::string& side) {
  if (side == "RU") return "UA";
  if (side == "UA") return "RU";
  return "";
}

std::string StanceFor(const std::string& country) {
  if (country == "RU") return "official-RU";
  if (country == "UA") return "official-UA";
  if (country.empty()) return "";
  return "official-other";
}

// A claim's id: a hash of its document, span and words.
std::string ClaimIdOf(const Claim& c) {
  const std::string basis =
      c.doc_id + ":" + std::to_string(c.begin) + ":" + std::to_string(c.end) + ":" + c.text;
  return "c-" + Hex16(XXH3_64bits(basis.data(), basis.size()));
}

// A figure given again in the document ("Of the 718, ...") points to its
// main statement: of the claims with the same category, side and
// interval, the one with the most context.
void LinkRestatements(std::vector<Claim>* claims) {
  // figure -> the claim the others restate: the one with the most context,
  // a speaker, then a stated start ("since the invasion"), then the first
  // -- a headline repeats the story's figure without them. The store's
  // origin linking (src/reconcile/origins.cc) orders a document's claims
  // the same way.
  auto rank = [](const Claim& c) { return (c.speaker ? 0 : 2) + (c.period.from.empty() ? 1 : 0); };
  std::unordered_map<std::string, size_t> main;
  std::vector<std::string> keys(claims->size());
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    const Quantity& q = c.quantity;
    char values[96];
    std::snprintf(values, sizeof values, "|%d%.17g|%d%.17g|%d%d|", q.lo.has_value(), q.lo.value_or(0),
                  q.hi.has_value(), q.hi.value_or(0), q.lo_open, q.hi_open);
    keys[i] = c.category + "|" + c.side + values + std::string(UnitName(q.unit));
    auto [it, added] = main.emplace(keys[i], i);
    if (!added && rank(c) < rank((*claims)[it->second])) it->second = i;
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    const size_t m = main[keys[i]];
    if (m != i) (*claims)[i].origin = (*claims)[m].id;
  }
}

// Where the part of `text` that starts at `at` ends: at most `limit`
// bytes on, after the last paragraph break (else line break, else space)
// in its second half, else at a character boundary.
size_t PartEnd(std::string_view text, size_t at, size_t limit) {
  if (text.size() - at <= limit) return text.size();
  const std::string_view window = text.substr(at + limit / 2, limit - limit / 2);
  for (std::string_view cut : {"\n\n", "\n", " "}) {
    const size_t found = window.rfind(cut);
    if (found != std::string_view::npos) return at + limit / 2 + found + cut.size();
  }
  size_t end = at + limit;
  while (end > at && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

class Builder {
 public:
  Builder(const Document& doc, const ClaimCodebook& book, const ClaimOptions& options)
      : doc_(doc), book_(book), options_(options) {}

  Result<DocumentClaims> Run() {
    const std::string& lang = doc_.lang;
    lang_ = lang == "en" || lang == "ru" || lang == "uk" ? lang : "";
    Status s = view_.Build(doc_.text, lang_, book_.lexicon, book_.abbreviations);
    if (!s.ok()) return s;
    Result<std::vector<extract::Figure>> figures =
        extract::FindFiguresInTokens(doc_.text, view_.tokens(), *book_.numbers, lang_);
    if (!figures.ok()) return figures.status();
    mentions_ = extract::FindMentions(view_, {&book_.actors, &book_.names});
    named_.assign(view_.size(), 0);
    for (const extract::Mention& m : mentions_.mentions) {
      if (m.kind != extract::MentionKind::kNamed) continue;
      for (size_t t = m.begin; t < m.head_end && t < view_.size(); ++t) named_[t] = 1;
    }
    home_ = HomeSide();
    Attributor who(view_, &mentions_);
    who_ = &who;
    std::vector<Draft> drafts;
    for (const extract::Figure& f : SplitChanges(*figures)) {
      if (drafts.size() >= options_.max_claims) break;
      Draft d;
      if (Read(f, &d, drafts)) drafts.push_back(std::move(d));
    }
    return Finish(drafts);
  }

 private:
  struct Draft {
    size_t byte_begin = 0, byte_end = 0;
    size_t token_begin = 0, token_end = 0;
    Quantity quantity;
    int category = -1;
    std::string side;
    size_t group_begin = 0, group_end = 0;  // bytes
    int speaker = -1;
    std::string channel, hedge;
    // The colon line a breakdown row stands under (a sentence), whose
    // period the row takes when it states none; -1 when none.
    int intro = -1;
    // "161610 (+640)": the change since the report before, a day's figure.
    bool increment = false;
  };

  // Whose personnel a document is mostly about: side words ("Russian",
  // "VSU") count twice, country names once.
  std::string HomeSide() const {
    int ru = 0, ua = 0;
    size_t covered = 0;  // a longer phrase counted covers the words in it
    for (const extract::CueMatch& c : view_.CuesIn(0, view_.size())) {
      if (c.cue->kind != extract::CueKind::kSide && c.cue->kind != extract::CueKind::kCountry) continue;
      if (c.begin < covered || named_[c.begin]) continue;
      covered = c.end;
      int weight = 0;
      if (c.cue->kind == extract::CueKind::kSide) weight = 2;
      if (c.cue->kind == extract::CueKind::kCountry) weight = 1;
      if (c.cue->value == "RU") ru += weight;
      if (c.cue->value == "UA") ua += weight;
    }
    if (ru != ua) return ru > ua ? "RU" : "UA";
    return "";
  }

  size_t TokenAt(size_t byte) const {
    const auto& tokens = view_.tokens().tokens;
    return static_cast<size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), byte,
                         [](const extract::Token& t, size_t b) { return t.begin < b; }) -
        tokens.begin());
  }

  // The category of the line that introduces the list row in sentence s
  // of paragraph p: the nearest earlier line of the paragraph, or the last
  // of the paragraph before, that ends with a colon; -1 when none.
  // The colon line a breakdown row in sentence `s` of paragraph `p`
  // stands under: the last sentence before it in its paragraph that ends
  // in ':' and names a category, else the last of the paragraph before if
  // it does; -1 when none.
  int BreakdownIntro(size_t s, size_t p) const {
    const text::Paragraph& para = view_.seg().paragraphs[p];
    auto intro = [&](size_t k) {
      const size_t a = view_.first_token(k), b = view_.end_token(k);
      return a < b && view_.IsSymbol(b - 1, ":") && extract::CategoryIn(view_, a, b, b, b) != -2;
    };
    for (size_t k = s; k > para.first_sentence;) {
      --k;
      if (intro(k)) return static_cast<int>(k);
    }
    if (p > 0 && view_.seg().paragraphs[p - 1].sentence_count > 0) {
      const text::Paragraph& prev = view_.seg().paragraphs[p - 1];
      const size_t last = prev.first_sentence + prev.sentence_count - 1;
      if (intro(last)) return static_cast<int>(last);
    }
    return -1;
  }

  // "(+640)" right after a figure: the change since the report before.
  bool IsIncrement(size_t tb, size_t te, const std::vector<Draft>& before) const {
    return tb >= 2 && !before.empty() && before.back().token_end == tb - 2 &&
           view_.IsSymbol(tb - 1, "+") && view_.IsSymbol(tb - 2, "(") && te < view_.size() &&
           view_.IsSymbol(te, ")");
  }

  int CategoryFromContext(size_t tb, size_t te, const FigureReading& r) {
    const size_t s = view_.SentenceOf(tb);
    const size_t p = view_.ParagraphOf(tb);
    const text::Paragraph& para = view_.seg().paragraphs[p];
    if (who_->RoleOf(p) == ParagraphRole::kAnswer && who_->QuestionOf(p) >= 0) {
      const auto q = static_cast<size_t>(who_->QuestionOf(p));
      const size_t a = view_.paragraph_first_token(q), b = view_.paragraph_end_token(q);
      const int cat = extract::CategoryIn(view_, a, b, b, b);
      if (cat >= 0) {
        question_side_ = extract::SideIn(view_, a, b, b, &named_);
        return cat;
      }
    }
    (void)te;
    if (r.has_noun && !r.personnel) return -1;
    if (who_->RoleOf(p) == ParagraphRole::kHeadline) return -1;
    const size_t reach = para.line_mode ? para.sentence_count : 2;
    for (size_t k = s, steps = 0; k > para.first_sentence && steps < reach; ++steps) {
      --k;
      const size_t a = view_.first_token(k), b = view_.end_token(k);
      const int cat = extract::CategoryIn(view_, a, b, b, b);
      if (cat >= 0) return cat;
    }
    if (para.line_mode && p > 0) {
      const text::Paragraph& prev = view_.seg().paragraphs[p - 1];
      if (prev.sentence_count > 0) {
        const size_t k = prev.first_sentence + prev.sentence_count - 1;
        const size_t a = view_.first_token(k), b = view_.end_token(k);
        const int cat = extract::CategoryIn(view_, a, b, b, b);
        if (cat >= 0) return cat;
      }
    }
    return -1;
  }

  // "rose from 1,900 to 4,600" reads as a range but gives two figures: the
  // one before the change and the one after.
  std::vector<extract::Figure> SplitChanges(const std::vector<extract::Figure>& figures) const {
    std::vector<extract::Figure> out;
    for (const extract::Figure& f : figures) {
      const size_t tb = TokenAt(f.begin), te = TokenAt(f.end);
      bool change = false;
      if (f.quantity.qualifier == Qualifier::kRange && tb < view_.size()) {
        for (size_t k = tb > 3 ? tb - 3 : 0; k <= tb + 1 && k < te; ++k) {
          if (const extract::CueMatch* c = view_.CueAt(k, extract::CueKind::kChange)) {
            if (c->end >= tb && c->end <= tb + 1) change = true;
          }
        }
      }
      size_t first_b = te, first_e = te, second_b = te;
      if (change) {
        for (size_t k = tb; k < te; ++k) {
          const bool number = view_.tokens()[k].kind == extract::TokenKind::kDigits;
          if (number && first_b == te) first_b = k;
          if (first_b < te && first_e == te && view_.IsWord(k) && !number) first_e = k;
          if (first_e < te && number) {
            second_b = k;
            break;
          }
        }
      }
      if (!change || second_b >= te || !f.quantity.lo || !f.quantity.hi) {
        out.push_back(f);
        continue;
      }
      extract::Figure a = f, b = f;
      a.begin = view_.tokens()[first_b].begin;
      a.end = view_.tokens()[first_e - 1].end;
      a.quantity.hi = a.quantity.lo;
      a.quantity.qualifier = Qualifier::kExact;
      b.begin = view_.tokens()[second_b].begin;
      b.quantity.lo = b.quantity.hi;
      b.quantity.qualifier = Qualifier::kExact;
      out.push_back(a);
      out.push_back(b);
    }
    return out;
  }

  // Digits that are part of a phone number: "8 (800) 350-12-77",
  // "+380 66 580 34 98".
  bool PhoneLike(const extract::Figure& f) const {
    const std::string_view text = doc_.text;
    auto phone_char = [](char c) {
      return (c >= '0' && c <= '9') || c == ' ' || c == '(' || c == ')' || c == '-' || c == '+';
    };
    size_t b = f.begin, e = f.begin;
    while (b > 0 && phone_char(text[b - 1])) --b;
    while (e < text.size() && phone_char(text[e])) ++e;
    size_t digits = 0, groups = 0;
    bool in = false;
    for (size_t i = b; i < e; ++i) {
      const bool d = text[i] >= '0' && text[i] <= '9';
      digits += d;
      if (d && !in) ++groups;
      in = d;
    }
    return digits >= 9 && groups >= 3;
  }

  // "one in three", "nine out of ten": a ratio, not a count.
  bool RatioPart(size_t tb, size_t te) const {
    auto number_at = [&](size_t t) {
      if (t >= view_.size()) return false;
      if (view_.tokens()[t].kind == extract::TokenKind::kDigits) {
        // "~9.5k in 2023": a year, not the other side of a ratio.
        const std::string_view w = view_.Word(t);
        return !(w.size() == 4 && (w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0));
      }
      for (const extract::LexEntry* e : book_.numbers->StartingWith(view_.Key(t))) {
        if (e->kind == extract::EntryKind::kNumber && e->keys.size() == 1) return true;
      }
      return false;
    };
    if (const extract::CueMatch* c = view_.CueAt(te, extract::CueKind::kRatio); c != nullptr) {
      if (number_at(c->end)) return true;
    }
    for (size_t k = tb > 3 ? tb - 3 : 0; k < tb; ++k) {
      const extract::CueMatch* c = view_.CueAt(k, extract::CueKind::kRatio);
      if (c != nullptr && c->end == tb && k > 0 && number_at(k - 1)) return true;
    }
    return false;
  }

  // "3/" heading a post of a thread.
  bool ThreadNumber(size_t tb, size_t te) const {
    if (te >= view_.size() || !view_.IsSymbol(te, "/") || !view_.tokens()[te].glued) return false;
    const size_t line_start = view_.text().rfind('\n', view_.tokens()[tb].begin);
    const size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
    return view_.tokens()[tb].begin == from;
  }

  bool YearLike(const extract::Figure& f, size_t tb, size_t te) const {
    return te == tb + 1 && view_.tokens()[tb].kind == extract::TokenKind::kDigits &&
           view_.Word(tb).size() == 4 && f.quantity.qualifier == Qualifier::kExact &&
           f.quantity.lo && *f.quantity.lo >= 1900 && *f.quantity.lo <= 2100;
  }

  bool IsZero(const extract::Figure& f) const {
    return f.quantity.lo == 0.0 && f.quantity.hi == 0.0;
  }

  // "iz nikh 96", "of them, 41": a part of the figure before.
  bool PartitiveBefore(size_t tb) const {
    const size_t s = view_.SentenceOf(tb);
    const size_t a = view_.first_token(s);
    for (size_t k = tb > a + 3 ? tb - 3 : a; k < tb; ++k) {
      for (const extract::CueMatch& c : view_.CuesAt(k)) {
        if (c.cue->kind != extract::CueKind::kPartitive) continue;
        size_t e = c.end;
        while (e < tb && view_.tokens()[e].kind == extract::TokenKind::kSymbol) ++e;
        if (e == tb) return true;
      }
    }
    return false;
  }

  bool IsLoneOne(const extract::Figure& f, size_t tb, size_t te) const {
    return te == tb + 1 && view_.IsWord(tb) && f.quantity.qualifier == Qualifier::kExact &&
           f.quantity.lo == 1.0 && f.quantity.hi == 1.0;
  }

  bool Read(const extract::Figure& f, Draft* d, const std::vector<Draft>& before) {
    const size_t tb = TokenAt(f.begin);
    size_t te = TokenAt(f.end);
    if (tb >= view_.size() || te <= tb) return false;
    // "one soldier who refused": the word "one" reads as an article.
    if (IsLoneOne(f, tb, te)) return false;
    if (PhoneLike(f) || ThreadNumber(tb, te) || RatioPart(tb, te)) return false;
    const FigureReading r = extract::ReadFigure(view_, tb, te, f.quantity, &named_);
    if (std::getenv("TALLY_DEBUG_CLAIMS")) {
      std::fprintf(stderr, "figure '%s' excluded=%d why=%s cat=%d noun=%d personnel=%d\n",
                   std::string(view_.Span(tb, te)).c_str(), r.excluded, r.why.c_str(), r.category,
                   r.has_noun, r.personnel);
    }
    if (r.excluded) return false;
    if (YearLike(f, tb, te) && !r.personnel) return false;
    const size_t s = view_.SentenceOf(tb);
    const size_t sa = view_.first_token(s), sb = view_.end_token(s);
    if (AboutAnotherWar(sa, sb)) return false;
    // A number on a line with no word ("2472" under a date: a page's view
    // counter) says nothing of what it counts.
    if (!WordOnLine(tb, te)) return false;
    // "no one has been convicted" is a claim; "nobody knows" is not: a zero
    // needs a word of what happened in its own sentence.
    if (IsZero(f) && extract::CategoryIn(view_, sa, sb, tb, te, 0, 0, true) < 0) return false;
    int category = r.category;
    Unit unit = r.unit;
    const int prosecution = book_.lexicon.CategoryIndex("prosecution");
    if (r.unit == Unit::kCases && !r.category_from_noun && prosecution >= 0) {
      category = prosecution;
    }
    // A part of the figure before it, or a figure with no words of its own
    // next to one: the same measure ("18k cases ... up from ~9.5k").
    const Draft* prev = before.empty() ? nullptr : &before.back();
    const size_t p = view_.ParagraphOf(tb);
    const bool table_row = view_.seg().paragraphs[p].line_mode;
    const bool near_prev =
        prev != nullptr &&
        ((view_.ParagraphOf(prev->token_begin) == p && view_.SentenceOf(prev->token_begin) + 1 >= s) ||
         (table_row && view_.ParagraphOf(prev->token_begin) + 1 == p));
    if (near_prev && !IsZero(f) &&
        ((PartitiveBefore(tb) && (category < 0 || r.category_weak)) ||
         (category < 0 && !r.has_noun && !r.unknown_noun))) {
      category = prev->category;
      if (unit != Unit::kPercent) unit = prev->quantity.unit;
    }
    // A breakdown's rows name parts of what its colon line counts ("The
    // death toll includes: * 11,600 mobilized soldiers"): that line's
    // category, unless the row names the counted people itself.
    const int intro = table_row ? BreakdownIntro(s, p) : -1;
    if (intro >= 0 && !r.category_from_noun) {
      const size_t ia = view_.first_token(static_cast<size_t>(intro));
      const size_t ib = view_.end_token(static_cast<size_t>(intro));
      const int cat = extract::CategoryIn(view_, ia, ib, ib, ib);
      if (cat >= 0) category = cat;
    }
    question_side_.clear();
    if (category < 0 && !IsZero(f) && !r.unknown_noun) category = CategoryFromContext(tb, te, r);
    if (category < 0) return false;
    // "20 mobilised men were locked up for refusing to fight": people
    // counted by what they are (mobilised, deployed) or by being held
    // (captured) are counted for what they did; a court's count
    // ("convicted for desertion") and other acts stay.
    if (const int why = ReasonAfter(te, sb); why >= 0 && HeldOrDescribed(category)) category = why;
    d->byte_begin = f.begin;
    d->byte_end = f.end;
    d->token_begin = tb;
    d->token_end = te;
    d->quantity = f.quantity;
    d->quantity.unit = unit;
    d->category = category;
    d->intro = intro;
    d->increment = IsIncrement(tb, te, before);
    if (r.group_end > r.group_begin) {
      d->group_begin = view_.tokens()[r.group_begin].begin;
      d->group_end = view_.tokens()[r.group_end - 1].end;
    }
    const Attribution a = who_->ForFigure(tb, te);
    int topic_actor = -1;
    if (r.category_from_request || category == book_.lexicon.CategoryIndex("legal_aid")) {
      // "3,000 applications" to a surrender hotline are surrenders: what
      // people ask a single-purpose project for is its topic.
      topic_actor = TopicActor(a.entity, sa, sb);
      const int topic =
          topic_actor >= 0 ? book_.lexicon.CategoryIndex(book_.actors.actor(topic_actor).topic) : -1;
      if (topic >= 0) d->category = category = topic;
    }
    d->speaker = a.entity;
    d->channel = a.channel;
    d->hedge = r.hedge;
    std::string side = r.side.empty() ? question_side_ : r.side;
    if (side.empty()) side = ArmyBefore(tb, a.entity);
    if (side.empty() && intro >= 0) {
      // "Загальні бойові втрати противника ...:": the colon line says whose.
      const size_t ia = view_.first_token(static_cast<size_t>(intro));
      const size_t ib = view_.end_token(static_cast<size_t>(intro));
      side = extract::SideIn(view_, ia, ib, ib, &named_);
    }
    if (side.empty() && book_.lexicon.OwnSide(category)) {
      // "Rosiya shchomisyatsya popovnyuye armiyu": the country that does
      // it, else the speaker's own.
      std::string country = CountryInSentence(tb);
      if (country.empty()) country = CountryOf(a.entity);
      if (country == "RU" || country == "UA") side = country;
    }
    if (side.empty() && book_.lexicon.OtherSide(d->category)) {
      // "3,000 applications to surrender", said in Kyiv: Russians.
      std::string country = CountryOf(a.entity);
      if (country.empty() && topic_actor >= 0) country = book_.actors.actor(topic_actor).side;
      if (country == "RU" || country == "UA") side = Opposite(country);
    }
    d->side = ResolveSide(side, a.entity, tb);
    NextSentenceHedge(tb, &d->hedge);
    last_side_[view_.ParagraphOf(tb)] = d->side;
    return true;
  }

  // The codebook actor with a topic (actors.tsv "topic": what people ask
  // it for) that the speaker is, or belongs to, or that tokens [a, b)
  // name; -1 when none.
  int TopicActor(int speaker, size_t a, size_t b) const {
    auto with_topic = [&](int entity) {
      if (entity < 0) return -1;
      const int actor = mentions_.entities[static_cast<size_t>(entity)].actor;
      return actor >= 0 && !book_.actors.actor(actor).topic.empty() ? actor : -1;
    };
    if (speaker >= 0) {
      if (const int t = with_topic(speaker); t >= 0) return t;
      if (const int t = with_topic(mentions_.entities[static_cast<size_t>(speaker)].org); t >= 0) return t;
    }
    for (const extract::Mention& m : mentions_.mentions) {
      if (m.begin < a || m.begin >= b) continue;
      if (const int t = with_topic(m.entity); t >= 0) return t;
    }
    return -1;
  }

  // "VSU za sutki poteryali 1355 soldat", "Ukraine opened 96,000 cases":
  // an army or a state named before the figure in its sentence, other than
  // the speaker or the speaker's own body, is whose personnel the figure
  // counts; "" when none.
  std::string ArmyBefore(size_t tb, int speaker) const {
    const size_t a = view_.first_token(view_.SentenceOf(tb));
    const int speaker_org =
        speaker >= 0 ? mentions_.entities[static_cast<size_t>(speaker)].org : -1;
    const auto& ms = mentions_.mentions;
    auto it = std::lower_bound(ms.begin(), ms.end(), a, [](const extract::Mention& m, size_t t) {
      return m.begin < t;
    });
    std::string side;
    for (; it != ms.end() && it->begin < tb; ++it) {
      if (it->entity < 0 || it->entity == speaker || it->entity == speaker_org) continue;
      // An army, or a state acting ("Ukraine opened 96,000 cases"), not
      // a place ("the war in Ukraine").
      const std::string& kind = mentions_.entities[static_cast<size_t>(it->entity)].kind;
      if (kind != "military" && kind != "government") continue;
      if (it->begin > 0 && view_.CueAt(it->begin - 1, extract::CueKind::kPlaceBefore) != nullptr) {
        continue;
      }
      const std::string country = CountryOf(it->entity);
      if (country == "RU" || country == "UA") side = country;
    }
    return side;
  }

  // The country named nearest to token t in its sentence, outside speakers'
  // names; "" when none.
  std::string CountryInSentence(size_t t) const {
    const size_t s = view_.SentenceOf(t);
    std::string best;
    size_t best_d = SIZE_MAX;
    for (const extract::CueMatch& c : view_.CuesIn(view_.first_token(s), view_.end_token(s))) {
      if (c.cue->kind != extract::CueKind::kCountry || named_[c.begin]) continue;
      if (c.cue->value != "RU" && c.cue->value != "UA") continue;
      const size_t d = c.begin > t ? c.begin - t : t - c.begin;
      if (d < best_d) {
        best_d = d;
        best = c.cue->value;
      }
    }
    return best;
  }

  std::string CountryOf(int entity) const {
    if (entity < 0) return "";
    const Entity& e = mentions_.entities[static_cast<size_t>(entity)];
    if (!e.country.empty()) return e.country;
    if (e.org >= 0) return CountryOf(e.org);
    return "";
  }

  std::string ResolveSide(std::string side, int speaker, size_t tb) {
    const std::string speaker_country = CountryOf(speaker);
    if (side == "own") side = speaker_country == "RU" || speaker_country == "UA" ? speaker_country : "";
    if (side == "enemy") {
      side = speaker_country == "RU" || speaker_country == "UA" ? Opposite(speaker_country)
                                                               : Opposite(lang_ == "ru" ? "RU" : "UA");
    }
    if (side.empty()) {
      auto it = last_side_.find(view_.ParagraphOf(tb));
      if (it != last_side_.end()) side = it->second;
    }
    if (side.empty()) side = home_;
    // Nothing in the document says whose personnel: the speaker's own
    // side, else the language's.
    if (side.empty() && (speaker_country == "RU" || speaker_country == "UA")) side = speaker_country;
    if (side.empty()) side = lang_ == "uk" ? "UA" : "RU";
    return side;
  }

  // "... 1,350 Russian personnel losses. Unverified.": a short sentence
  // after the figure's that only hedges it.
  void NextSentenceHedge(size_t tb, std::string* hedge) const {
    const size_t s = view_.SentenceOf(tb);
    if (s + 1 >= view_.sentence_count()) return;
    if (view_.seg().sentences[s + 1].paragraph != view_.seg().sentences[s].paragraph) return;
    const size_t a = view_.first_token(s + 1), b = view_.end_token(s + 1);
    size_t words = 0;
    for (size_t t = a; t < b; ++t) words += view_.IsWord(t);
    if (words == 0 || words > 3) return;
    for (const extract::CueMatch& c : view_.CuesIn(a, b)) {
      if (c.cue->kind == extract::CueKind::kHedge && hedge->empty()) *hedge = c.cue->value;
    }
  }

  std::optional<Speaker> MakeSpeaker(int entity) {
    if (entity < 0) return std::nullopt;
    const Entity& e = mentions_.entities[static_cast<size_t>(entity)];
    Speaker sp;
    if (e.is_private) {
      sp.kind = "person";
      sp.is_private = true;
      sp.name = PseudonymOf(entity);
      return sp;
    }
    if (e.actor >= 0) {
      const extract::Actor& a = book_.actors.actor(e.actor);
      sp.name = a.Name(lang_);
      sp.kind = a.kind;
      sp.stance = a.stance;
      sp.actor = a.id;
      if (a.org >= 0) sp.org = book_.actors.actor(a.org).Name(lang_);
      return sp;
    }
    sp.name = e.name;
    sp.kind = e.kind.empty() ? (e.type == Entity::Type::kPerson ? "person" : "org") : e.kind;
    int org_actor = -1;
    if (e.org >= 0) {
      const Entity& org = mentions_.entities[static_cast<size_t>(e.org)];
      sp.org = org.name;
      org_actor = org.actor;
      if (org_actor >= 0) sp.actor.clear();
    }
    if (org_actor >= 0) {
      sp.stance = book_.actors.actor(org_actor).stance;
    } else if (e.role == "official" || e.kind == "government" || e.kind == "military") {
      std::string country = CountryOf(entity);
      if (country.empty()) country = lang_ == "uk" ? "UA" : lang_ == "ru" ? "RU" : home_;
      sp.stance = StanceFor(country);
    } else {
      sp.stance = "independent";
    }
    return sp;
  }

  std::string PseudonymOf(int entity) {
    if (auto it = pseudonyms_.find(entity); it != pseudonyms_.end()) return it->second;
    const Entity& e = mentions_.entities[static_cast<size_t>(entity)];
    std::string basis;
    if (e.key.rfind("given:", 0) == 0) basis = e.key.substr(6);
    else if (!e.name.empty()) basis = e.name;
    std::string p = basis.empty() ? "" : options_.pseudonym(basis);
    pseudonyms_[entity] = p;
    return p;
  }

  // The edits that replace private people's names.
  std::vector<Edit> Redactions(std::vector<PrivateName>* names) {
    std::vector<Edit> edits;
    for (size_t i = 0; i < mentions_.entities.size(); ++i) {
      const Entity& e = mentions_.entities[i];
      if (!e.is_private || e.name_spans.empty()) continue;
      const std::string pseudonym = PseudonymOf(static_cast<int>(i));
      if (pseudonym.empty()) continue;
      names->push_back({pseudonym, e.name});
      for (auto [b, end] : e.name_spans) {
        std::string_view span = std::string_view(doc_.text).substr(b, end - b);
        // Keep a possessive: "Yelena's" -> "person-...'s".
        for (std::string_view tail : {"'s", "\xE2\x80\x99s"}) {
          if (span.size() > tail.size() && span.substr(span.size() - tail.size()) == tail) {
            end -= static_cast<uint32_t>(tail.size());
            break;
          }
        }
        edits.push_back({b, end, pseudonym});
      }
    }
    std::sort(edits.begin(), edits.end(),
              [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    std::vector<Edit> kept;
    for (Edit& e : edits) {
      if (!kept.empty() && e.begin < kept.back().end) continue;
      kept.push_back(std::move(e));
    }
    return kept;
  }

  // The byte spans of mentions that name a speaker the codebook knows: a
  // place name there ("Moscow has said") is not a place of the claim.
  std::vector<std::pair<size_t, size_t>> ActorSpans() const {
    std::vector<std::pair<size_t, size_t>> spans;
    for (const extract::Mention& m : mentions_.mentions) {
      if (m.entity < 0 || mentions_.entities[static_cast<size_t>(m.entity)].actor < 0) continue;
      spans.emplace_back(view_.tokens()[m.begin].begin, view_.tokens()[m.head_end - 1].end);
    }
    return spans;
  }

  // A sentence that names another war (Afghanistan, the Second World War)
  // and not Ukraine counts that war's dead, not this one's; beside Ukraine
  // ("more than in ten years in Afghanistan") its figures are kept.
  bool AboutAnotherWar(size_t a, size_t b) const {
    // Most sentences name no other war: one cue lookup, then done.
    if (!view_.HasCue(a, b, extract::CueKind::kOtherWar)) return false;
    for (const extract::CueMatch& c : view_.CuesIn(a, b)) {
      if (c.cue->kind == extract::CueKind::kCountry && c.cue->value == "UA") return false;
    }
    return true;
  }

  // The category a `reason` word ("for", "za") gives right before a
  // category word in tokens [from, to): "for refusing", "za dezertirstvo";
  // -1 when none.
  int ReasonAfter(size_t from, size_t to) const {
    for (size_t t = from; t + 1 < to; ++t) {
      if (view_.CueAt(t, extract::CueKind::kReason) == nullptr) continue;
      for (const extract::CueMatch& c : view_.CuesAt(t + 1)) {
        if (c.cue->kind == extract::CueKind::kCategory && c.cue->role != extract::CueRole::kGroup &&
            c.cue->role != extract::CueRole::kRequest) {
          return c.cue->category;
        }
      }
    }
    return -1;
  }

  // Whether the line of tokens [tb, te) holds a word besides them.
  bool WordOnLine(size_t tb, size_t te) const {
    const std::string_view text = doc_.text;
    const auto& tokens = view_.tokens();
    const size_t nl_before = text.rfind('\n', tokens[tb].begin);
    const size_t line_begin = nl_before == std::string_view::npos ? 0 : nl_before + 1;
    const size_t line_end = std::min(text.find('\n', tokens[te - 1].end), text.size());
    for (size_t t = tb; t-- > 0 && tokens[t].begin >= line_begin;) {
      if (view_.IsWord(t)) return true;
    }
    for (size_t t = te; t < tokens.size() && tokens[t].end <= line_end; ++t) {
      if (view_.IsWord(t)) return true;
    }
    return false;
  }

  bool HeldOrDescribed(int category) const {
    for (const char* code : {"captured", "mobilized", "deployed"}) {
      if (category == book_.lexicon.CategoryIndex(code)) return true;
    }
    return false;
  }

  bool Says(size_t sentence, extract::CueKind kind) const {
    return view_.HasCue(view_.first_token(sentence), view_.end_token(sentence), kind);
  }

  // Places, units, the period and so the basis of each claim, from its
  // sentence. Each sentence with claims is read once; the rest of the text
  // never is.
  void Resolve(const std::vector<Draft>& drafts, std::vector<Claim>* claims) const {
    const auto actors = ActorSpans();
    auto in_actor = [&](size_t b, size_t e) {
      for (const auto& [ab, ae] : actors) {
        if (b < ae && ab < e) return true;
      }
      return false;
    };
    size_t done_sentence = SIZE_MAX;
    std::vector<std::string> places, units;
    for (size_t i = 0; i < drafts.size(); ++i) {
      const size_t si = view_.SentenceOf(drafts[i].token_begin);
      const text::Sentence& s = view_.seg().sentences[si];
      const std::string_view sentence = std::string_view(doc_.text).substr(s.begin, s.end - s.begin);
      if (si != done_sentence) {
        done_sentence = si;
        places.clear();
        units.clear();
        for (const PlaceMention& m : book_.places.Find(sentence)) {
          if (!in_actor(s.begin + m.begin, s.begin + m.end) && !m.region.empty()) {
            places.push_back(m.region);
          }
        }
        std::sort(places.begin(), places.end());
        places.erase(std::unique(places.begin(), places.end()), places.end());
        for (const UnitMention& m : book_.units.Find(sentence, lang_)) {
          if (std::find(units.begin(), units.end(), m.name) == units.end()) units.push_back(m.name);
        }
      }
      Claim& c = (*claims)[i];
      c.places = places;
      c.units = units;
      c.period = FindPeriod(sentence, drafts[i].byte_begin - s.begin, drafts[i].byte_end - s.begin,
                            lang_, doc_.meta.published, book_.periods);
      // "over the same period": the stated period of the figure before.
      if (i > 0 && Says(si, extract::CueKind::kSamePeriod) && c.period.from.empty() &&
          !(*claims)[i - 1].period.from.empty()) {
        c.period = (*claims)[i - 1].period;
      }
      // A breakdown row without a period of its own: its colon line's.
      if (c.period.from.empty() && drafts[i].intro >= 0) {
        const text::Sentence& is = view_.seg().sentences[static_cast<size_t>(drafts[i].intro)];
        const std::string_view intro = std::string_view(doc_.text).substr(is.begin, is.end - is.begin);
        c.period = FindPeriod(intro, intro.size(), intro.size(), lang_, doc_.meta.published, book_.periods);
      }
      // "Two soldiers were killed in the strike": one event, a day's count
      // (its report's day), never a running total.
      if (c.period.from.empty() && doc_.meta.published.size() >= 10 &&
          Says(si, extract::CueKind::kIncident)) {
        const std::string day = doc_.meta.published.substr(0, 10);
        c.period = {day, day};
      }
      // "161610 (+640)": the day before the figure it follows was given.
      if (drafts[i].increment && i > 0) {
        const std::optional<Day> to = ParseIsoDay(
            !(*claims)[i - 1].period.to.empty() ? (*claims)[i - 1].period.to : doc_.meta.published);
        const std::optional<Day> from = to ? AddDays(*to, -1) : std::nullopt;
        if (from) c.period = {FormatIso(*from), FormatIso(*to)};
      }
      c.basis = BasisOf(c, doc_.meta.published);
    }
  }

  Result<DocumentClaims> Finish(std::vector<Draft>& drafts) {
    DocumentClaims out;
    OffsetMap map(doc_.text, Redactions(&out.private_names));
    const std::string& text = map.text();
    for (Draft& d : drafts) {
      Claim c;
      c.doc_id = doc_.id;
      const size_t b = map.Map(d.byte_begin), e = map.Map(d.byte_end);
      c.begin = map.CodePoint(b);
      c.end = map.CodePoint(e);
      c.text = text.substr(b, e - b);
      const text::Sentence& s = view_.seg().sentences[view_.SentenceOf(d.token_begin)];
      const size_t sb = map.Map(s.begin), se = map.Map(s.end);
      c.sentence = text.substr(sb, se - sb);
      c.quantity = d.quantity;
      c.category = book_.lexicon.categories()[static_cast<size_t>(d.category)];
      c.side = d.side;
      if (d.group_end > d.group_begin) {
        const size_t gb = map.Map(d.group_begin), ge = map.Map(d.group_end);
        c.group = text.substr(gb, ge - gb);
      }
      c.speaker = MakeSpeaker(d.speaker);
      c.channel = d.channel;
      c.hedge = d.hedge;
      c.id = ClaimIdOf(c);
      out.claims.push_back(std::move(c));
    }
    Resolve(drafts, &out.claims);
    LinkRestatements(&out.claims);
    out.text = map.take();
    return out;
  }

  const Document& doc_;
  const ClaimCodebook& book_;
  const ClaimOptions& options_;
  std::string lang_;
  DocView view_;
  MentionSet mentions_;
  Attributor* who_ = nullptr;
  std::string home_;
  std::map<size_t, std::string> last_side_;  // paragraph -> side of its last claim
  std::vector<uint8_t> named_;  // token -> inside a speaker's name
  std::string question_side_;   // side of the question an answer's category came from
  std::map<int, std::string> pseudonyms_;
};

}  // namespace

Result<DocumentClaims> ExtractClaims(const Document& doc, const ClaimCodebook& codebook,
                                     const ClaimOptions& options) {
  if (!options.pseudonym) {
    return Status::InvalidArgument("claim extraction needs a pseudonym function");
  }
  if (doc.text.size() > options.max_text_bytes) {
    return Status::ResourceExhausted("document " + doc.id + " of " +
                                     std::to_string(doc.text.size()) +
                                     " bytes is over the limit for claim extraction");
  }
  if (doc.text.size() <= options.part_bytes) return Builder(doc, codebook, options).Run();
  // Part by part; spans shifted to the whole text (as pseudonymised), ids
  // made again from them, restatements linked across the parts.
  Document part;
  part.id = doc.id;
  part.format = doc.format;
  part.meta = doc.meta;
  part.lang = doc.lang;
  DocumentClaims out;
  std::unordered_set<std::string> pseudonyms;
  uint64_t offset = 0;  // code points of the parts before
  for (size_t at = 0; at < doc.text.size();) {
    const size_t end = PartEnd(doc.text, at, options.part_bytes);
    part.text.assign(doc.text, at, end - at);
    at = end;
    Result<DocumentClaims> read = Builder(part, codebook, options).Run();
    if (!read.ok()) return read.status();
    for (Claim& c : read->claims) {
      if (out.claims.size() >= options.max_claims) break;
      c.begin += offset;
      c.end += offset;
      c.id = ClaimIdOf(c);
      c.origin.clear();
      out.claims.push_back(std::move(c));
    }
    offset += text::CodePoints(read->text);
    out.text += read->text;
    for (PrivateName& n : read->private_names) {
      if (pseudonyms.insert(n.pseudonym).second) out.private_names.push_back(std::move(n));
    }
  }
  LinkRestatements(&out.claims);
  return out;
}

}  // namespace tally::resolve
