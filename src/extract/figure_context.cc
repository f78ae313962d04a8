#include "src/extract/figure_context.h"

#include <algorithm>

namespace tally::extract {
namespace {

constexpr size_t kNounWindow = 6;  // words read after a figure for its noun
constexpr size_t kAskReach = 2;    // words from a request to what it asks

bool IsBreak(const DocView& v, size_t t) {
  if (v.tokens()[t].kind != TokenKind::kSymbol) return false;
  const std::string_view k = v.Key(t);
  return k == "," || k == "." || k == ";" || k == ":" || k == "(" || k == ")" ||
         k == "?" || k == "!";
}

bool IsDash(const DocView& v, size_t t) {
  return v.IsSymbol(t, "-") && !v.tokens()[t].glued;
}

// The cost of the clause breaks between tokens a and b (a < b).
double BreakCost(const DocView& v, size_t a, size_t b) {
  double cost = 0;
  for (size_t t = a; t < b; ++t) {
    if (v.tokens()[t].kind != TokenKind::kSymbol) {
      if (v.CueAt(t, CueKind::kClause) != nullptr) cost += 1.5;
      continue;
    }
    const std::string_view k = v.Key(t);
    if (k == ",") cost += 1.5;
    else if (k == ";" || k == ":") cost += 3;
    else if (k == "(" || k == ")") cost += 1;
    else if (IsDash(v, t)) cost += 1;
  }
  return cost;
}

int HedgeRank(std::string_view h) {
  if (h == "estimate") return 4;
  if (h == "unconfirmed") return 3;
  if (h == "reported") return 2;
  if (h == "possible") return 1;
  return 0;
}

}  // namespace

int CategoryIn(const DocView& v, size_t a, size_t b, size_t fig_begin, size_t fig_end,
               size_t skip_begin, size_t skip_end, bool verbs_only) {
  int best = -1;
  double best_score = -1e9;
  size_t last_start = SIZE_MAX;
  for (const CueMatch& c : v.CuesIn(a, b)) {
    if (c.cue->kind != CueKind::kCategory) continue;
    // Only the most specific phrase at a word counts ("otkaznikov" is the
    // noun, not the verb stem "otkaz*").
    if (c.begin == last_start) continue;
    last_start = c.begin;
    if (c.begin >= fig_begin && c.begin < fig_end) continue;
    if (c.begin >= skip_begin && c.begin < skip_end) continue;
    if (c.cue->role == CueRole::kGroup) continue;
    if (verbs_only && c.cue->role != CueRole::kVerb) continue;
    double base = c.cue->role == CueRole::kContext ? 6 : 10;
    // "had been deployed": the clause's own verb, not a participle.
    if (c.cue->role == CueRole::kVerb && c.begin > a &&
        v.CueAt(c.begin - 1, CueKind::kAuxiliary) != nullptr) {
      base += 3;
    }
    double distance = 0, breaks = 0;
    if (c.begin >= fig_end) {
      distance = static_cast<double>(c.begin - fig_end);
      breaks = BreakCost(v, fig_end, c.begin);
    } else if (c.end <= fig_begin) {
      distance = static_cast<double>(fig_begin - c.end);
      breaks = BreakCost(v, c.end, fig_begin);
    }
    const double score = base - 0.15 * distance - breaks;
    if (score > best_score) {
      best_score = score;
      best = c.cue->category;
    }
  }
  return best;
}

std::string SideIn(const DocView& v, size_t a, size_t b, size_t near,
                   const std::vector<uint8_t>* named) {
  std::string best;
  size_t best_d = SIZE_MAX;
  size_t category_end = SIZE_MAX;
  size_t last_side_start = SIZE_MAX;
  for (const CueMatch& c : v.CuesIn(a, b)) {
    if (c.cue->kind == CueKind::kCategory) category_end = c.end;
    if (named != nullptr && (*named)[c.begin]) continue;
    // Only the most specific side phrase at a word counts: "Russia's
    // invasion" (none) before "Russia's".
    if (c.cue->kind == CueKind::kSide) {
      if (c.begin == last_side_start) continue;
      last_side_start = c.begin;
      if (c.cue->value == "none") continue;
    }
    const bool possessor = c.cue->kind == CueKind::kCountry && c.begin == category_end &&
                           (c.cue->value == "RU" || c.cue->value == "UA");
    if (c.cue->kind != CueKind::kSide && !possessor) continue;
    const size_t d = c.begin >= near ? c.begin - near : near - c.end;
    if (d < best_d) {
      best_d = d;
      best = c.cue->value;
    }
  }
  return best;
}

FigureReading ReadFigure(const DocView& v, size_t begin, size_t end, const Quantity& q,
                         const std::vector<uint8_t>* named) {
  FigureReading r;
  const size_t s = v.SentenceOf(begin);
  const size_t a = v.first_token(s), b = v.end_token(s);
  if (q.unit == Unit::kPercent) r.unit = Unit::kPercent;

  // A currency or other excluding word right before: "$2,000", "UAH 20,000".
  for (size_t k = begin > a + 2 ? begin - 2 : a; k < begin; ++k) {
    for (const CueMatch& c : v.CuesAt(k)) {
      // Only money ("$2,000") and a change ("rose by 13%") are written
      // before their figure: a time or a code's name there ends the phrase
      // before it ("In the past week more than 1,700 soldiers", "stat'ye
      // 337 UK RF vosem' voennosluzhashchikh").
      if (c.cue->kind == CueKind::kExclude && c.end == begin &&
          (c.cue->value == "money" || c.cue->value == "change")) {
        r.excluded = true;
        r.why = c.cue->phrase;
        return r;
      }
    }
  }
  // A table row: "tankiv -- 6 864", "Moscow Oblast -- 312".
  if (begin >= a + 2 && IsDash(v, begin - 1)) {
    for (const CueMatch& c : v.CuesIn(begin > a + 4 ? begin - 4 : a, begin - 1)) {
      if (c.end != begin - 1) continue;
      // "Za god -- 147 chelovek": a time before the dash frames the row.
      if (c.cue->kind == CueKind::kExclude && c.cue->value != "time" && c.cue->value != "age") {
        r.excluded = true;
        r.why = c.cue->phrase;
        return r;
      }
    }
  }

  // The counted noun.
  int weak_category = -1;
  size_t k = end, steps = 0;
  if (k < b && IsDash(v, k)) ++k;
  const size_t first_word = k;
  if (k < b && v.IsWord(k) && !v.Capitalized(k)) {
    bool known = false;
    for (const CueMatch& c : v.CuesAt(k)) {
      known |= c.cue->kind != CueKind::kRole && c.cue->kind != CueKind::kOrgNoun &&
               c.cue->kind != CueKind::kPronoun;
    }
    r.unknown_noun = !known;
  }
  size_t group_begin = k;
  while (k < b && steps < kNounWindow) {
    if (v.tokens()[k].kind == TokenKind::kDigits) {
      // "45 or 50 years": the second figure's noun is the first one's too.
      if (k > end && v.CueAt(k - 1, CueKind::kConjunction) != nullptr) {
        while (k < b && (v.tokens()[k].kind == TokenKind::kDigits ||
                         (v.tokens()[k].kind == TokenKind::kSymbol && v.tokens()[k].glued))) {
          ++k;
        }
        continue;
      }
      break;
    }
    const CueMatch* decisive = nullptr;
    bool stop = false;
    bool side_seen = false;
    for (const CueMatch& c : v.CuesAt(k)) {
      if (c.end > b) continue;
      switch (c.cue->kind) {
        case CueKind::kExclude:
        case CueKind::kGroup:
        case CueKind::kUnitNoun:
        case CueKind::kPartitive:
          if (decisive == nullptr) decisive = &c;
          break;
        case CueKind::kCategory:
          if (decisive == nullptr && c.cue->role != CueRole::kContext) decisive = &c;
          break;
        case CueKind::kSide:
          // The most specific side phrase at a word comes first ("Russia's
          // invasion" counts nobody).
          if (!side_seen && r.side.empty() && c.cue->value != "none" &&
              (named == nullptr || !(*named)[k])) {
            r.side = c.cue->value;
          }
          side_seen = true;
          break;
        case CueKind::kStop:
        case CueKind::kClause:
        case CueKind::kSpeech:
        case CueKind::kSource:
          stop = true;
          break;
        default:
          break;
      }
    }
    if (const CueMatch* rate = v.CueAt(k, CueKind::kRate); rate != nullptr && decisive == nullptr) {
      k = rate->end;  // "400 a day"
      continue;
    }
    // "46,000 wounded servicemen", "mobilised serviceman": a participle
    // before the counted noun only suggests the category.
    if (decisive != nullptr && decisive->cue->kind == CueKind::kCategory &&
        decisive->cue->role == CueRole::kVerb && decisive->end < b &&
        v.CueAt(decisive->end, CueKind::kGroup) != nullptr) {
      weak_category = decisive->cue->category;
      k = decisive->end;
      continue;
    }
    if (decisive != nullptr) {
      const CueKind kind = decisive->cue->kind;
      if (kind == CueKind::kPartitive) {
        k = decisive->end;
        group_begin = k;
        continue;
      }
      if (kind == CueKind::kExclude) {
        r.excluded = true;
        r.why = decisive->cue->phrase;
        return r;
      }
      r.has_noun = true;
      r.group_begin = group_begin;
      r.group_end = decisive->end;
      if (kind == CueKind::kGroup) {
        r.personnel = true;
      } else if (kind == CueKind::kCategory && decisive->cue->role == CueRole::kGroup) {
        r.personnel = true;
        if (weak_category < 0) weak_category = decisive->cue->category;
      } else if (kind == CueKind::kCategory && decisive->cue->role == CueRole::kRequest) {
        // "4,300 requests to surrender", "zayavki na dobrovol'nuyu sdachu":
        // a verb right after the request says what is asked; else the
        // request's own category ("calls from soldiers who went AWOL" are
        // legal aid).
        r.personnel = true;
        const int asked = CategoryIn(v, decisive->end, std::min(b, decisive->end + kAskReach),
                                     begin, end, decisive->begin, decisive->end, true);
        r.category = asked >= 0 ? asked : decisive->cue->category;
        r.category_from_noun = true;
        r.category_from_request = asked < 0;
      } else if (kind == CueKind::kCategory) {
        r.personnel = true;
        r.category = decisive->cue->category;
        r.category_from_noun = true;
      } else if (kind == CueKind::kUnitNoun && r.unit != Unit::kPercent) {
        r.unit = decisive->cue->unit;
      }
      break;
    }
    if (stop || IsBreak(v, k)) break;
    ++k;
    ++steps;
  }
  if (r.has_noun) r.unknown_noun = false;
  (void)first_word;
  // The group runs on after its noun to the next stop ("military personnel
  // and National Guard troops | from ...").
  if (r.group_end > r.group_begin) {
    size_t g = r.group_end;
    while (g < b && g < r.group_end + 6 && !IsBreak(v, g) &&
           v.tokens()[g].kind != TokenKind::kDigits && !v.HasCue(g, g + 1, CueKind::kStop) &&
           !v.HasCue(g, g + 1, CueKind::kClause) && !v.HasCue(g, g + 1, CueKind::kSpeech) &&
           !v.HasCue(g, g + 1, CueKind::kCategory)) {
      ++g;
    }
    // Keep the extension only when it ends in another group noun.
    for (size_t e = g; e > r.group_end; --e) {
      if (v.HasCue(e - 1, e, CueKind::kGroup)) {
        r.group_end = e;
        break;
      }
    }
  }

  // A row of a list or table that names something else before its figure
  // ("tankiv -- 6 864 (+12)").
  const text::Paragraph& para = v.seg().paragraphs[v.ParagraphOf(begin)];
  if (para.line_mode && !r.personnel) {
    for (const CueMatch& c : v.CuesIn(a, begin)) {
      if (c.cue->kind == CueKind::kExclude) {
        r.excluded = true;
        r.why = c.cue->phrase;
        return r;
      }
    }
  }
  // No noun after it: the counted noun may stand before ("Desertion cases
  // ... rose to 2,417").
  if (!r.has_noun && r.unit == Unit::kPersons) {
    for (size_t t = begin; t-- > a && t + 12 > begin;) {
      if (v.IsSymbol(t, ";") || v.IsSymbol(t, ":")) break;
      if (const CueMatch* c = v.CueAt(t, CueKind::kUnitNoun)) {
        if (c->end <= begin) r.unit = c->cue->unit;
        break;
      }
    }
  }
  if (r.category < 0) {
    const size_t skip_b = r.personnel ? r.group_begin : 0, skip_e = r.personnel ? r.group_end : 0;
    const int cat = CategoryIn(v, a, b, begin, end, skip_b, skip_e);
    if (cat >= 0) {
      r.category = cat;
    } else if (weak_category >= 0) {
      r.category = weak_category;
      r.category_weak = true;
    }
  }
  if (r.side.empty()) r.side = SideIn(v, a, b, begin, named);

  int rank = 0;
  for (const CueMatch& c : v.CuesIn(a, b)) {
    if (c.cue->kind == CueKind::kHedge && HedgeRank(c.cue->value) > rank) {
      rank = HedgeRank(c.cue->value);
      r.hedge = c.cue->value;
    }
  }
  return r;
}

}  // namespace tally::extract
