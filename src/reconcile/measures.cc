#include "src/reconcile/measures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "src/reconcile/origins.h"
#include "src/reconcile/speaker_key.h"
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

void Judge(Measure* m, SpeakerKeys& keys) {
  std::set<std::string> speakers;
  for (const MeasurePoint& p : m->points) {
    if (Positioned(p.stance)) speakers.insert(keys.Of(p.row.claim.speaker));
  }
  m->speakers = speakers.size();
  m->origins = m->points.size();
  if (speakers.size() <= 1) {
    m->verdict = "single-source";
    return;
  }
  // Compare the latest figure of each stance; with one stance only, of
  // each speaker.
  std::vector<std::pair<std::string, const Quantity*>> latest;
  size_t positioned = 0;
  for (const auto& [stance, i] : m->latest) positioned += Positioned(stance);
  if (positioned >= 2) {
    for (const auto& [stance, i] : m->latest) {
      if (Positioned(stance)) latest.emplace_back(stance, &m->points[i].row.claim.quantity);
    }
  } else {
    std::map<std::string, size_t> by_speaker;
    for (size_t i = 0; i < m->points.size(); ++i) {
      if (Positioned(m->points[i].stance)) by_speaker[keys.Of(m->points[i].row.claim.speaker)] = i;
    }
    for (const auto& [who, i] : by_speaker) {
      const std::optional<Speaker>& s = m->points[i].row.claim.speaker;
      latest.emplace_back(s ? (s->name.empty() ? s->org : s->name) : "unattributed",
                          &m->points[i].row.claim.quantity);
    }
  }
  double best = 0;
  for (const auto& [sa, qa] : latest) {
    for (const auto& [sb, qb] : latest) {
      if (!Below(*qa, *qb)) continue;
      const double ratio = *qa->hi > 0 ? *qb->lo / *qa->hi : 0;
      if (ratio > best || m->gap.empty()) {
        best = std::max(best, ratio);
        m->gap = ratio > 0 ? sb + " >= " + RatioText(ratio) + "x " + sa : sb + " above " + sa;
      }
    }
  }
  m->verdict = m->gap.empty() ? "consistent" : "disputed";
}

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
                       const std::string& place) {
  std::string key = category + ":" + (side.empty() ? "?" : side);
  if (unit != Unit::kPersons) key += ":" + std::string(UnitName(unit));
  if (!place.empty()) key += "@" + place;
  return key;
}

Result<std::vector<Measure>> ComputeMeasures(store::Store& store, const MeasureOptions& options) {
  Result<std::map<std::string, store::EchoCount>> echoes = store.EchoCounts();
  if (!echoes.ok()) return echoes.status();
  std::map<std::string, Measure> by_key;
  SpeakerKeys speaker_keys;
  store::ClaimQuery q;
  q.origins_only = true;
  q.limit = kPageRows;
  for (;;) {
    Result<std::vector<store::ClaimRow>> page = store.ListClaims(q);
    if (!page.ok()) return page.status();
    for (store::ClaimRow& row : *page) {
      const Claim& c = row.claim;
      std::vector<std::string> keys = {MeasureKey(c.category, c.side, c.quantity.unit)};
      if (options.by_place) {
        for (const std::string& place : c.places) keys.push_back(MeasureKey(c.category, c.side, c.quantity.unit, place));
      }
      for (size_t k = 0; k < keys.size(); ++k) {
        if (!options.only.empty() && keys[k] != options.only) continue;
        Measure& m = by_key[keys[k]];
        if (m.key.empty()) {
          m.key = keys[k];
          m.category = c.category;
          m.side = c.side;
          m.unit = std::string(UnitName(c.quantity.unit));
          if (k > 0) m.place = c.places[k - 1];
        }
        MeasurePoint p;
        p.row = row;
        p.date = row.doc.published.size() >= 10 ? row.doc.published.substr(0, 10) : c.period.to;
        p.stance = StanceOf(c.speaker);
        if (auto it = echoes->find(c.id); it != echoes->end()) {
          p.echoes = it->second.echoes;
          p.outlets = it->second.outlets;
          p.echo_sources = it->second.sources;
        }
        m.points.push_back(std::move(p));
      }
    }
    if (page->size() < static_cast<size_t>(q.limit)) break;
    q.after = page->back().rowid;
  }
  std::vector<Measure> out;
  for (auto& [key, m] : by_key) {
    std::stable_sort(m.points.begin(), m.points.end(), [](const MeasurePoint& a, const MeasurePoint& b) {
      if (a.date.empty() != b.date.empty()) return !a.date.empty();
      return a.date < b.date;
    });
    std::map<std::string, size_t> latest;
    bool low_open_end = false, high_open_end = false;
    for (size_t i = 0; i < m.points.size(); ++i) {
      const Quantity& qn = m.points[i].row.claim.quantity;
      // An undated figure is the latest of its stance only when the stance
      // has no dated one: it may be older than any of them.
      auto [it, added] = latest.emplace(m.points[i].stance, i);
      if (!added && !m.points[i].date.empty()) it->second = i;
      if (!qn.lo) low_open_end = true;
      if (!qn.hi) high_open_end = true;
      if (qn.lo && (!m.low || *qn.lo < *m.low)) m.low = qn.lo;
      if (qn.hi && (!m.high || *qn.hi > *m.high)) m.high = qn.hi;
    }
    if (low_open_end) m.low.reset();
    if (high_open_end) m.high.reset();
    m.latest.assign(latest.begin(), latest.end());
    Judge(&m, speaker_keys);
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const Measure& a, const Measure& b) {
    return a.points.size() > b.points.size();
  });
  return out;
}

}  // namespace tally::reconcile
