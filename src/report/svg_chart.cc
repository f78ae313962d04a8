// Design. Dates become day numbers (src/resolve/calendar.h) and values a
// linear scale from zero, or a log scale when the figures span more than
// two orders of magnitude (casualty counts next to daily counts). Bars whose
// end is open are drawn to the plot's edge with an arrow head, so "more
// than 18,000" visibly points up and "up to 100" down.
#include "src/report/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "src/resolve/calendar.h"

namespace tally::report {
namespace {

struct Scale {
  double lo = 0, hi = 1;
  bool log = false;
  double top = 0, bottom = 0;  // pixels
  double Y(double v) const {
    double t;
    if (log) {
      t = (std::log10(std::max(v, lo)) - std::log10(lo)) / (std::log10(hi) - std::log10(lo));
    } else {
      t = (v - lo) / (hi - lo);
    }
    t = std::clamp(t, 0.0, 1.0);
    return bottom - t * (bottom - top);
  }
};

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::optional<int64_t> DayOf(const std::string& date) {
  std::optional<resolve::Day> d = resolve::ParseIsoDay(date);
  if (!d) return std::nullopt;
  return resolve::DayNumber(*d);
}

std::string DateOf(int64_t day) {
  std::optional<resolve::Day> d = resolve::FromDayNumber(day);
  return d ? resolve::FormatIso(*d) : "";
}

// Ticks for [lo, hi]: "nice" steps on a linear scale, powers of ten on a
// log one.
std::vector<double> Ticks(const Scale& s) {
  std::vector<double> out;
  if (s.log) {
    for (double p = std::pow(10, std::floor(std::log10(s.lo))); p <= s.hi * 1.0001; p *= 10) {
      if (p >= s.lo * 0.9999) out.push_back(p);
    }
    return out;
  }
  const double raw = (s.hi - s.lo) / 5;
  const double mag = std::pow(10, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (mag * m >= raw) {
      step = mag * m;
      break;
    }
  }
  for (double v = std::ceil(s.lo / step) * step; v <= s.hi * 1.0001; v += step) out.push_back(v);
  return out;
}

}  // namespace

std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string StanceColour(const std::string& stance) {
  if (stance == "official-RU") return "#c0392b";
  if (stance == "official-UA") return "#1f5fa8";
  if (stance == "official-other") return "#7d3c98";
  if (stance == "independent") return "#1e8449";
  return "#7f8c8d";
}

std::string TimelineSvg(const reconcile::Measure& m, const ChartOptions& options) {
  const double w = options.width, h = options.height;
  // The right margin leaves room for half a date label.
  const double left = 86, right = 44, top = 18, bottom = h - 64;
  // Horizontal: days; undated points spread after the dated ones.
  std::vector<std::optional<int64_t>> days;
  int64_t dmin = 0, dmax = 0;
  bool any = false;
  for (const reconcile::MeasurePoint& p : m.points) {
    days.push_back(DayOf(p.date));
    if (days.back()) {
      dmin = any ? std::min(dmin, *days.back()) : *days.back();
      dmax = any ? std::max(dmax, *days.back()) : *days.back();
      any = true;
    }
  }
  if (!any) {
    dmin = 0;
    dmax = static_cast<int64_t>(m.points.size());
  }
  if (dmax - dmin < 30) {
    dmin -= 15;
    dmax += 15;
  } else {
    // Marks at the very first and last day would sit on the axes.
    const int64_t pad = std::max<int64_t>(2, (dmax - dmin) / 16);
    dmin -= pad;
    dmax += pad;
  }
  const double span = static_cast<double>(dmax - dmin);
  auto x_of = [&](double day) { return left + (day - static_cast<double>(dmin)) / span * (w - left - right); };
  // Vertical: the finite ends of every interval.
  double vmin = 0, vmax = 0;
  bool have = false;
  for (const reconcile::MeasurePoint& p : m.points) {
    const Quantity& q = p.row.claim.quantity;
    for (const std::optional<double>& v : {q.lo, q.hi}) {
      if (!v) continue;
      vmin = have ? std::min(vmin, *v) : *v;
      vmax = have ? std::max(vmax, *v) : *v;
      have = true;
    }
  }
  if (!have) vmax = 1;
  Scale s;
  s.top = top;
  s.bottom = bottom;
  if (vmin > 0 && vmax / vmin > 100) {
    s.log = true;
    s.lo = std::pow(10, std::floor(std::log10(vmin)));
    s.hi = std::pow(10, std::ceil(std::log10(vmax * 1.05)));
  } else {
    s.lo = 0;
    s.hi = vmax > 0 ? vmax * 1.15 : 1;
  }
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"" +
                    Num(w) + "\" height=\"" + Num(h) + "\" viewBox=\"0 0 " + Num(w) + " " + Num(h) +
                    "\" aria-label=\"" + Escape(m.key) + " over time\">";
  // Axes, grid and labels.
  svg += "<line x1=\"" + Num(left) + "\" y1=\"" + Num(bottom) + "\" x2=\"" + Num(w - right) + "\" y2=\"" +
         Num(bottom) + "\" stroke=\"#555\"/>";
  svg += "<line x1=\"" + Num(left) + "\" y1=\"" + Num(top) + "\" x2=\"" + Num(left) + "\" y2=\"" +
         Num(bottom) + "\" stroke=\"#555\"/>";
  for (double v : Ticks(s)) {
    const double y = s.Y(v);
    svg += "<line x1=\"" + Num(left) + "\" y1=\"" + Num(y) + "\" x2=\"" + Num(w - right) + "\" y2=\"" +
           Num(y) + "\" stroke=\"#e5e5e5\"/>";
    svg += "<text x=\"" + Num(left - 6) + "\" y=\"" + Num(y + 4) +
           "\" text-anchor=\"end\" font-size=\"11\">" + reconcile::Thousands(v) +
           (m.unit == "percent" ? "%" : "") + "</text>";
  }
  const int xticks = 5;
  for (int i = 0; i <= xticks && any; ++i) {
    const double day = static_cast<double>(dmin) + span * i / xticks;
    const double x = x_of(day);
    svg += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(bottom) + "\" x2=\"" + Num(x) + "\" y2=\"" +
           Num(bottom + 4) + "\" stroke=\"#555\"/>";
    svg += "<text x=\"" + Num(x) + "\" y=\"" + Num(bottom + 17) +
           "\" text-anchor=\"middle\" font-size=\"11\">" +
           DateOf(static_cast<int64_t>(std::llround(day))) + "</text>";
  }
  svg += "<text x=\"" + Num((left + w - right) / 2) + "\" y=\"" + Num(bottom + 34) +
         "\" text-anchor=\"middle\" font-size=\"12\">date of the figure</text>";
  svg += "<text transform=\"translate(16 " + Num((top + bottom) / 2) +
         ") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">" + Escape(m.unit) +
         (s.log ? " (log scale)" : "") + "</text>";
  // One speaker's dated figures joined in date order, under the marks: a
  // day's counts read as a series, running totals as a line of intervals.
  std::map<std::string, std::vector<std::pair<double, double>>> lines;  // speaker -> (x, y)
  std::map<std::string, std::string> line_colour;
  for (size_t i = 0; i < m.points.size(); ++i) {
    const reconcile::MeasurePoint& p = m.points[i];
    const Quantity& q = p.row.claim.quantity;
    const std::optional<Speaker>& sp = p.row.claim.speaker;
    if (!days[i] || !sp || (!q.lo && !q.hi)) continue;
    const std::string who = sp->name.empty() ? sp->org : sp->name;
    const double v = q.lo && q.hi ? (*q.lo + *q.hi) / 2 : (q.lo ? *q.lo : *q.hi);
    lines[who].emplace_back(x_of(static_cast<double>(*days[i])), s.Y(v));
    line_colour[who] = StanceColour(p.stance);
  }
  for (auto& [who, xy] : lines) {
    if (xy.size() < 2) continue;
    std::stable_sort(xy.begin(), xy.end());
    std::string d;
    for (const auto& [x, y] : xy) d += (d.empty() ? "M" : " L") + Num(x) + " " + Num(y);
    svg += "<path class=\"series\" d=\"" + d + "\" fill=\"none\" stroke=\"" + line_colour[who] +
           "\" stroke-width=\"1.5\" stroke-opacity=\"0.55\"><title>" + Escape(who) + "</title></path>";
  }
  // Marks.
  std::set<std::string> stances;
  size_t undated = 0;
  for (size_t i = 0; i < m.points.size(); ++i) {
    const reconcile::MeasurePoint& p = m.points[i];
    const Quantity& q = p.row.claim.quantity;
    const double day = days[i] ? static_cast<double>(*days[i])
                               : (any ? static_cast<double>(dmax) : static_cast<double>(undated++));
    const double x = x_of(day);
    const std::string colour = StanceColour(p.stance);
    stances.insert(p.stance);
    const std::optional<Speaker>& sp = p.row.claim.speaker;
    std::string title = reconcile::IntervalText(q) + " - " +
                        (sp ? (sp->name.empty() ? sp->org : sp->name) : std::string("unattributed")) +
                        " (" + p.stance + "), " + (p.date.empty() ? "undated" : p.date);
    if (p.echoes > 0) title += ", repeated " + std::to_string(p.echoes) + " times";
    svg += "<g class=\"mark\" data-claim=\"" + Escape(p.row.claim.id) + "\"><title>" + Escape(title) + "</title>";
    const double y_lo = q.lo ? s.Y(*q.lo) : bottom, y_hi = q.hi ? s.Y(*q.hi) : top;
    if (q.lo && q.hi && *q.lo == *q.hi) {
      svg += "<circle cx=\"" + Num(x) + "\" cy=\"" + Num(y_lo) + "\" r=\"5\" fill=\"" + colour + "\"/>";
    } else {
      svg += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(y_lo) + "\" x2=\"" + Num(x) + "\" y2=\"" + Num(y_hi) +
             "\" stroke=\"" + colour + "\" stroke-width=\"4\" stroke-linecap=\"round\"/>";
      if (q.lo) {
        svg += "<line x1=\"" + Num(x - 6) + "\" y1=\"" + Num(y_lo) + "\" x2=\"" + Num(x + 6) + "\" y2=\"" +
               Num(y_lo) + "\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
      } else {
        svg += "<path d=\"M" + Num(x - 6) + " " + Num(y_lo - 8) + " L" + Num(x) + " " + Num(y_lo) + " L" +
               Num(x + 6) + " " + Num(y_lo - 8) + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
      }
      if (q.hi) {
        svg += "<line x1=\"" + Num(x - 6) + "\" y1=\"" + Num(y_hi) + "\" x2=\"" + Num(x + 6) + "\" y2=\"" +
               Num(y_hi) + "\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
      } else {
        svg += "<path d=\"M" + Num(x - 6) + " " + Num(y_hi + 8) + " L" + Num(x) + " " + Num(y_hi) + " L" +
               Num(x + 6) + " " + Num(y_hi + 8) + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
      }
    }
    svg += "</g>";
  }
  // Legend.
  double lx = left;
  for (const std::string& st : stances) {
    svg += "<rect x=\"" + Num(lx) + "\" y=\"" + Num(h - 16) + "\" width=\"12\" height=\"12\" fill=\"" +
           StanceColour(st) + "\"/>";
    svg += "<text x=\"" + Num(lx + 16) + "\" y=\"" + Num(h - 6) + "\" font-size=\"12\">" + Escape(st) + "</text>";
    lx += 24 + 7.0 * static_cast<double>(st.size());
  }
  svg += "</svg>";
  return svg;
}

}  // namespace tally::report
