#include "src/reconcile/measures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "src/reconcile/origins.h"
#include "src/reconcile/speaker_key.h"
#include "src/reconcile/total_check.h"
#include "src/resolve/basis.h"
#include "src/resolve/calendar.h"
#include "src/text/normalize.h"

namespace tally::reconcile {
namespace {

constexpr int kPageRows = 1000;

std::string StanceOf(const std::optional<Speaker>& s) {
  if (!s) return "unattributed";
  if (s->is_private) return "private";
  return s->stance.empty() ? "unknown" : s->stance;
}

// Strictly below: every value of `a` is less than every value of `b`.
bool Below(const Quantity& a, const Quantity& b) {
  if (!a.hi || !b.lo) return false;
  if (*a.hi < *b.lo) return true;
  return *a.hi == *b.lo && (a.hi_open || b.lo_open);
}

std::string RatioText(double r) {
  char buf[32];
  if (r >= 10) {
    std::snprintf(buf, sizeof buf, "%.0f", std::floor(r));
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", std::floor(r * 10) / 10);
  }
  return buf;
}

// A stance that takes a position: figures with no speaker, from a private
// person or an unknown stance are kept in the series but judge nothing.
bool Positioned(const std::string& stance) {
  return stance == "official-RU" || stance == "official-UA" || stance == "official-other" ||
         stance == "independent";
}

// Whether `a` is later than `b` for "the latest figure": a dated point
// beats an undated one, a later day an earlier one, and on the same day
// the one stored later. Undated points never replace one another.
bool Later(const MeasurePoint& a, const MeasurePoint& b) {
  if (a.date.empty()) return false;
  if (b.date.empty()) return true;
  if (a.date != b.date) return a.date > b.date;
  return a.row.rowid > b.row.rowid;
}

// The order in which series points are dropped when a measure has more
// than it keeps: undated first, then the earliest.
bool KeptBefore(const MeasurePoint& a, const MeasurePoint& b) {
  if (a.date.empty() != b.date.empty()) return !a.date.empty();  // dated first
  if (a.date != b.date) return a.date > b.date;
  return a.row.rowid > b.row.rowid;
}

// Speakers counted exactly per measure; past this the count is a floor,
// so that a measure quoted by a million names does not keep them all.
constexpr size_t kMaxCountedSpeakers = 10000;

// One measure as its origins stream past: the envelope, the latest point
// of each stance and of each speaker, the speakers, and the latest
// `max_points` points of the series (a heap whose top is the next to drop).
class MeasureBuilder {
 public:
  MeasureBuilder(Measure head, size_t max_points, int window_days)
      : m_(std::move(head)), max_points_(max_points), window_days_(window_days) {}

  void Add(const MeasurePoint& p, const std::string& speaker) {
    ++m_.origins;
    const Quantity& q = p.row.claim.quantity;
    if (!q.lo) m_.open_below = true;
    if (!q.hi) m_.open_above = true;
    for (const std::optional<double>& end : {q.lo, q.hi}) {
      if (!end) continue;
      if (!m_.low || *end < *m_.low) m_.low = end;
      if (!m_.high || *end > *m_.high) m_.high = end;
    }
    Keep(&by_stance_, p.stance, p);
    // "Thousands" is no measurement: it is shown but judges nothing.
    const bool judges = Positioned(p.stance) && q.qualifier != Qualifier::kVague;
    if (judges) Keep(&judged_by_stance_, p.stance, p);
    // A source against itself: its totals, and its days beside them.
    if (judges && m_.place.empty() && (m_.basis == "total" || m_.span == "day")) {
      speaker_days_.Add(SpeakerOf(*p.row.claim.speaker), p.date, q);
    }
    if (Positioned(p.stance)) {
      if (speakers_.size() < kMaxCountedSpeakers) {
        speakers_.insert(speaker);
      } else if (!speakers_.count(speaker)) {
        m_.speakers_at_least = true;
      }
      // Judge compares each speaker's latest figure pairwise: the first
      // speakers met are enough to find a dispute among them.
      if (judges && (by_speaker_.size() < kMaxJudgedSpeakers || by_speaker_.count(speaker))) {
        Keep(&by_speaker_, speaker, p);
      }
    }
    if (max_points_ == 0) return;
    series_.push_back(p);
    std::push_heap(series_.begin(), series_.end(), KeptBefore);
    if (series_.size() > max_points_) {
      std::pop_heap(series_.begin(), series_.end(), KeptBefore);
      series_.pop_back();
    }
  }

  Measure Finish() {
    m_.speakers = speakers_.size();
    // The series, with the latest of each stance whatever its date.
    std::set<int64_t> kept;
    for (const MeasurePoint& p : series_) kept.insert(p.row.rowid);
    for (auto& [stance, p] : by_stance_) {
      if (kept.insert(p.row.rowid).second) series_.push_back(p);
    }
    m_.points = std::move(series_);
    std::stable_sort(m_.points.begin(), m_.points.end(), [](const MeasurePoint& a, const MeasurePoint& b) {
      if (a.date.empty() != b.date.empty()) return !a.date.empty();
      if (a.date != b.date) return a.date < b.date;
      return a.row.rowid < b.row.rowid;
    });
    for (const auto& [stance, latest] : by_stance_) {
      for (size_t i = 0; i < m_.points.size(); ++i) {
        if (m_.points[i].row.rowid == latest.row.rowid) m_.latest.emplace_back(stance, i);
      }
    }
    Judge();
    if (m_.basis == "total") m_.checks = FallingTotals(speaker_days_);
    return std::move(m_);
  }

 private:
  static constexpr size_t kMaxJudgedSpeakers = 1000;

  static void Keep(std::map<std::string, MeasurePoint>* latest, const std::string& key,
                   const MeasurePoint& p) {
    auto [it, added] = latest->emplace(key, p);
    if (!added && Later(p, it->second)) it->second = p;
  }

  // Compares the latest figure of each stance (with one stance only, of
  // each speaker) with the others within the window of the newest; the
  // rest are stale.
  void Judge() {
    if (m_.speakers <= 1) {
      m_.verdict = "single-source";
      return;
    }
    struct Party {
      std::string who;
      const MeasurePoint* p;
    };
    std::vector<Party> parties;
    if (judged_by_stance_.size() >= 2) {
      for (const auto& [stance, p] : judged_by_stance_) parties.push_back({stance, &p});
    } else {
      for (const auto& [key, p] : by_speaker_) parties.push_back({SpeakerOf(*p.row.claim.speaker), &p});
    }
    for (const Party& party : parties) m_.as_of = std::max(m_.as_of, party.p->date);
    const std::optional<int64_t> newest = DayOf(m_.as_of);
    std::vector<Party> compared;
    for (const Party& party : parties) {
      const std::optional<int64_t> day = DayOf(party.p->date);
      // An undated figure cannot be set beside another in time.
      const bool fresh = newest && day && *newest - *day <= window_days_;
      if (fresh) {
        compared.push_back(party);
        continue;
      }
      const Claim& c = party.p->row.claim;
      m_.stale.push_back({party.who, party.p->date, IntervalText(c.quantity),
                          c.speaker ? SpeakerOf(*c.speaker) : "", c.id});
    }
    if (compared.size() < 2) {
      m_.verdict = "apart";
      return;
    }
    double best = -1;
    for (const Party& a : compared) {
      for (const Party& b : compared) {
        const Quantity& qa = a.p->row.claim.quantity;
        const Quantity& qb = b.p->row.claim.quantity;
        if (!Below(qa, qb)) continue;
        const double ratio = *qa.hi > 0 ? *qb.lo / *qa.hi : 0;
        if (ratio <= best) continue;
        best = ratio;
        m_.gap = Described(a) + " vs " + Described(b) +
                 (ratio >= 1.1 ? ": at least " + RatioText(ratio) + "x" : "");
      }
    }
    m_.verdict = m_.gap.empty() ? "consistent" : "disputed";
  }

  // "official-RU 1,351 (2024-02-01, Moscow)"; the speaker is left out
  // when it is what `who` says.
  template <typename PartyT>
  static std::string Described(const PartyT& party) {
    const Claim& c = party.p->row.claim;
    std::string when = party.p->date.empty() ? "undated" : party.p->date;
    const std::string speaker = c.speaker ? SpeakerOf(*c.speaker) : "";
    if (!speaker.empty() && speaker != party.who) when += ", " + speaker;
    return party.who + " " + IntervalText(c.quantity) + " (" + when + ")";
  }

  static std::string SpeakerOf(const Speaker& s) { return s.name.empty() ? s.org : s.name; }

  static std::optional<int64_t> DayOf(const std::string& iso) {
    const std::optional<resolve::Day> d = resolve::ParseIsoDay(iso);
    if (!d) return std::nullopt;
    return resolve::DayNumber(*d);
  }

  Measure m_;
  size_t max_points_;
  int window_days_;
  std::map<std::string, MeasurePoint> by_stance_, by_speaker_;
  std::map<std::string, MeasurePoint> judged_by_stance_;  // positioned, not vague
  std::set<std::string> speakers_;
  std::vector<MeasurePoint> series_;
  SpeakerDays speaker_days_;

 public:
  const SpeakerDays& speaker_days() const { return speaker_days_; }
};

}  // namespace

std::string Thousands(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(v));
    std::string digits = buf, out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return (v < 0 ? "-" : "") + out;
  }
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string IntervalText(const Quantity& q) {
  const std::string pct = q.unit == Unit::kPercent ? "%" : "";
  if (q.lo && q.hi && *q.lo == *q.hi) return (q.approx ? "about " : "") + Thousands(*q.lo) + pct;
  if (q.lo && q.hi) return Thousands(*q.lo) + "-" + Thousands(*q.hi) + pct;
  if (q.lo) return std::string(q.lo_open ? "more than " : "at least ") + Thousands(*q.lo) + pct;
  if (q.hi) return std::string(q.hi_open ? (q.approx ? "nearly " : "fewer than ") : "up to ") +
                   Thousands(*q.hi) + pct;
  return "?";
}

std::string StaleText(const Measure& m, const Measure::Stale& st) {
  return "stale: " + st.who + " " + st.figure + " (" + (st.date.empty() ? "undated" : st.date) +
         (st.speaker.empty() || st.speaker == st.who ? "" : ", " + st.speaker) + ")" +
         (st.date.empty() ? ", undated: not set beside others in time"
                          : ", older than the figures of " + m.as_of);
}

std::string EnvelopeText(const Measure& m) {
  if (!m.low || !m.high) return "without a bound";
  const std::string pct = m.unit == "percent" ? "%" : "";
  const std::string low = (m.open_below ? "fewer than " : "") + Thousands(*m.low) + pct;
  const std::string high = (m.open_above ? "more than " : "") + Thousands(*m.high) + pct;
  if (*m.low == *m.high && !m.open_below && !m.open_above) return Thousands(*m.low) + pct;
  return "from " + low + " to " + high;
}

std::string FigureDate(const store::ClaimRow& row) {
  const std::string published = row.doc.published.size() >= 10 ? row.doc.published.substr(0, 10) : "";
  const std::string& end = row.claim.period.to;
  if (end.empty()) return published;
  if (published.empty()) return end;
  return std::min(end, published);
}

std::string MeasureKey(const std::string& category, const std::string& side, Unit unit,
                       Basis basis, const std::string& place, std::string_view span) {
  std::string key = category + ":" + (side.empty() ? "?" : side);
  if (unit != Unit::kPersons) key += ":" + std::string(UnitName(unit));
  if (!place.empty()) return key + "@" + place;
  if (basis == Basis::kPeriod) return key + "/" + std::string(span.empty() ? "period" : span);
  if (basis != Basis::kTotal) key += "/" + std::string(resolve::BasisName(basis));
  return key;
}

std::string_view PeriodSpan(const Period& period) {
  const std::optional<resolve::Day> from = resolve::ParseIsoDay(period.from);
  const std::optional<resolve::Day> to = resolve::ParseIsoDay(period.to);
  if (!from || !to) return "period";
  const int64_t days = resolve::DayNumber(*to) - resolve::DayNumber(*from);
  if (days >= 0 && days <= 1) return "day";
  if (days >= 6 && days <= 7) return "week";
  if (days >= 27 && days <= 30) return "month";
  return "period";
}

std::string MeasureKeyOf(const Claim& c, const std::string& place) {
  return MeasureKey(c.category, c.side, c.quantity.unit, c.basis, place, PeriodSpan(c.period));
}

Result<std::vector<Measure>> ComputeMeasures(store::Store& store, const MeasureOptions& options) {
  std::map<std::string, MeasureBuilder> by_key;
  SpeakerKeys speaker_keys;
  store::ClaimQuery q;
  q.origins_only = true;
  q.limit = kPageRows;
  for (;;) {
    Result<std::vector<store::ClaimRow>> page = store.ListClaims(q);
    if (!page.ok()) return page.status();
    for (store::ClaimRow& row : *page) {
      const Claim& c = row.claim;
      const Unit unit = c.quantity.unit;
      std::vector<std::string> keys = {MeasureKeyOf(c)};
      if (options.by_place) {
        for (const std::string& place : c.places) keys.push_back(MeasureKeyOf(c, place));
      }
      MeasurePoint p;
      p.row = row;
      p.date = FigureDate(row);
      p.stance = StanceOf(c.speaker);
      const std::string speaker = speaker_keys.Of(c.speaker);
      for (size_t k = 0; k < keys.size(); ++k) {
        if (!options.only.empty() && keys[k] != options.only) continue;
        auto it = by_key.find(keys[k]);
        if (it == by_key.end()) {
          Measure head;
          head.key = keys[k];
          head.category = c.category;
          head.side = c.side;
          head.unit = std::string(UnitName(unit));
          head.basis = std::string(resolve::BasisName(c.basis));
          if (c.basis == Basis::kPeriod && k == 0) head.span = std::string(PeriodSpan(c.period));
          if (k > 0) head.place = c.places[k - 1];
          it = by_key
                   .emplace(keys[k], MeasureBuilder(std::move(head), options.max_points,
                                                    options.window_days))
                   .first;
        }
        it->second.Add(p, speaker);
      }
    }
    if (page->size() < static_cast<size_t>(q.limit)) break;
    q.after = page->back().rowid;
  }
  std::vector<Measure> out;
  for (auto& [key, builder] : by_key) {
    Measure m = builder.Finish();
    // Its speakers' daily figures against the change of their totals.
    if (auto days = by_key.find(key + "/day"); m.basis == "total" && days != by_key.end()) {
      for (std::string& c : DailySumsAgainstTotals(builder.speaker_days(), days->second.speaker_days())) {
        m.checks.push_back(std::move(c));
      }
    }
    // Echo counts of the points kept only, one index lookup each.
    for (MeasurePoint& p : m.points) {
      Result<store::EchoCount> echoes = store.EchoCountOf(p.row.claim.id);
      if (!echoes.ok()) return echoes.status();
      p.echoes = echoes->echoes;
      p.outlets = echoes->outlets;
      p.echo_sources = std::move(echoes->sources);
    }
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const Measure& a, const Measure& b) {
    return a.origins > b.origins;
  });
  return out;
}

}  // namespace tally::reconcile
