#include "src/reconcile/measures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "src/reconcile/origins.h"
#include "src/reconcile/speaker_key.h"
#include "src/resolve/basis.h"
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
  MeasureBuilder(Measure head, size_t max_points) : m_(std::move(head)), max_points_(max_points) {}

  void Add(const MeasurePoint& p, const std::string& speaker) {
    ++m_.origins;
    const Quantity& q = p.row.claim.quantity;
    if (!q.lo) low_open_ = true;
    if (!q.hi) high_open_ = true;
    if (q.lo && (!m_.low || *q.lo < *m_.low)) m_.low = q.lo;
    if (q.hi && (!m_.high || *q.hi > *m_.high)) m_.high = q.hi;
    Keep(&by_stance_, p.stance, p);
    if (Positioned(p.stance)) {
      if (speakers_.size() < kMaxCountedSpeakers) {
        speakers_.insert(speaker);
      } else if (!speakers_.count(speaker)) {
        m_.speakers_at_least = true;
      }
      // Judge compares each speaker's latest figure pairwise: the first
      // speakers met are enough to find a dispute among them.
      if (by_speaker_.size() < kMaxJudgedSpeakers || by_speaker_.count(speaker)) {
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
    if (low_open_) m_.low.reset();
    if (high_open_) m_.high.reset();
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
    return std::move(m_);
  }

 private:
  static constexpr size_t kMaxJudgedSpeakers = 1000;

  static void Keep(std::map<std::string, MeasurePoint>* latest, const std::string& key,
                   const MeasurePoint& p) {
    auto [it, added] = latest->emplace(key, p);
    if (!added && Later(p, it->second)) it->second = p;
  }

  void Judge() {
    if (m_.speakers <= 1) {
      m_.verdict = "single-source";
      return;
    }
    // Compare the latest figure of each stance; with one stance only, of
    // each speaker.
    std::vector<std::pair<std::string, const Quantity*>> latest;
    size_t positioned = 0;
    for (const auto& [stance, p] : by_stance_) positioned += Positioned(stance);
    if (positioned >= 2) {
      for (const auto& [stance, p] : by_stance_) {
        if (Positioned(stance)) latest.emplace_back(stance, &p.row.claim.quantity);
      }
    } else {
      for (const auto& [who, p] : by_speaker_) {
        const std::optional<Speaker>& s = p.row.claim.speaker;
        latest.emplace_back(s ? (s->name.empty() ? s->org : s->name) : "unattributed",
                            &p.row.claim.quantity);
      }
    }
    double best = 0;
    for (const auto& [sa, qa] : latest) {
      for (const auto& [sb, qb] : latest) {
        if (!Below(*qa, *qb)) continue;
        const double ratio = *qa->hi > 0 ? *qb->lo / *qa->hi : 0;
        if (ratio > best || m_.gap.empty()) {
          best = std::max(best, ratio);
          m_.gap = ratio > 0 ? sb + " >= " + RatioText(ratio) + "x " + sa : sb + " above " + sa;
        }
      }
    }
    m_.verdict = m_.gap.empty() ? "consistent" : "disputed";
  }

  Measure m_;
  size_t max_points_;
  bool low_open_ = false, high_open_ = false;
  std::map<std::string, MeasurePoint> by_stance_, by_speaker_;
  std::set<std::string> speakers_;
  std::vector<MeasurePoint> series_;
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

std::string MeasureKey(const std::string& category, const std::string& side, Unit unit,
                       Basis basis, const std::string& place) {
  std::string key = category + ":" + (side.empty() ? "?" : side);
  if (unit != Unit::kPersons) key += ":" + std::string(UnitName(unit));
  if (!place.empty()) return key + "@" + place;
  if (basis != Basis::kTotal) key += "/" + std::string(resolve::BasisName(basis));
  return key;
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
      std::vector<std::string> keys = {MeasureKey(c.category, c.side, unit, c.basis)};
      if (options.by_place) {
        for (const std::string& place : c.places) {
          keys.push_back(MeasureKey(c.category, c.side, unit, c.basis, place));
        }
      }
      MeasurePoint p;
      p.row = row;
      p.date = row.doc.published.size() >= 10 ? row.doc.published.substr(0, 10) : c.period.to;
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
          if (k > 0) head.place = c.places[k - 1];
          it = by_key.emplace(keys[k], MeasureBuilder(std::move(head), options.max_points)).first;
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
