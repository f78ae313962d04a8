#include "src/report/report.h"

#include <algorithm>

#include "src/report/svg_chart.h"

namespace tally::report {
namespace {

std::string SpeakerText(const std::optional<Speaker>& s) {
  if (!s) return "unattributed";
  std::string who = s->name.empty() ? s->org : s->name;
  if (!s->name.empty() && !s->org.empty()) who += ", " + s->org;
  return who;
}

std::string SourceText(const store::DocRef& d) {
  if (!d.source.empty()) return d.source;
  return d.path;
}

std::string LinkOf(const store::DocRef& d) {
  if (!d.url.empty()) return d.url;
  return "";
}

// The sentence with the figure marked: <mark> in HTML, **bold** in Markdown.
std::string Snippet(const Claim& c, const std::string& open, const std::string& close, bool html) {
  const size_t at = c.sentence.find(c.text);
  auto esc = [&](std::string_view s) { return html ? Escape(s) : std::string(s); };
  if (at == std::string::npos) return esc(c.sentence);
  return esc(std::string_view(c.sentence).substr(0, at)) + open + esc(c.text) + close +
         esc(std::string_view(c.sentence).substr(at + c.text.size()));
}

std::string MdCell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string EchoText(const reconcile::MeasurePoint& p) {
  if (p.echoes == 0) return "-";
  return std::to_string(p.echoes) + " (" + std::to_string(p.outlets) +
         (p.outlets == 1 ? " outlet)" : " outlets)");
}

// " (2024-02-02)", or " (stale: 2022-09-21)" for a stance left out of
// the comparison.
std::string DateNote(const reconcile::Measure& m, const std::string& stance,
                     const reconcile::MeasurePoint& p) {
  const bool stale = std::any_of(m.stale.begin(), m.stale.end(),
                                 [&](const reconcile::Measure::Stale& st) { return st.who == stance; });
  if (p.date.empty()) return stale ? " (stale: undated)" : "";
  return (stale ? " (stale: " : " (") + p.date + ")";
}

std::string Counted(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "4 independent origins from 2 speakers; figures range from 1,487 up, ..."
std::string Summary(const reconcile::Measure& m) {
  return Counted(m.origins, "independent origin", "independent origins") + " from " +
         (m.speakers_at_least ? "more than " : "") + Counted(m.speakers, "speaker", "speakers") +
         "; figures " + reconcile::EnvelopeText(m);
}

constexpr const char* kStyle = R"css(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;font-size:14px;margin:.6em 0}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f6f6}.num{text-align:right;white-space:nowrap}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;color:#fff}
.disputed{background:#c0392b}.consistent{background:#1e8449}.single-source{background:#7f8c8d}.apart{background:#b9770e}
p.stale{color:#8a6d3b;margin:.2em 0}
.stance{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
mark{background:#fff3a8}.muted{color:#777;font-size:13px}svg.chart{max-width:100%;height:auto}
)css";

}  // namespace

Result<ReportData> LoadReport(store::Store& store, const ReportOptions& options) {
  ReportData data;
  data.options = options;
  Result<store::Stats> stats = store.GetStats();
  if (!stats.ok()) return stats.status();
  data.stats = std::move(*stats);
  Result<std::vector<reconcile::Measure>> measures = reconcile::ComputeMeasures(store, options.measures);
  if (!measures.ok()) return measures.status();
  data.measures = std::move(*measures);
  Result<std::vector<store::DuplicateCluster>> clusters = store.ListDuplicateClusters(options.clusters);
  if (!clusters.ok()) return clusters.status();
  data.clusters = std::move(*clusters);
  return data;
}

std::string HtmlReport(const ReportData& data) {
  std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                  "<title>" + Escape(data.options.title) + "</title><style>" + kStyle +
                  "</style></head><body>\n";
  size_t origins = 0;
  for (const reconcile::Measure& m : data.measures) origins += m.origins;
  h += "<h1>" + Escape(data.options.title) + "</h1><p class=\"muted\">" +
       reconcile::Thousands(static_cast<double>(data.stats.documents)) + " documents, " +
       reconcile::Thousands(static_cast<double>(data.stats.claims)) + " claims, " +
       reconcile::Thousands(static_cast<double>(origins)) + " independent origins in " +
       std::to_string(data.measures.size()) + " measures. Each figure links back to its source; "
       "echoes are repeats of an origin in other documents.</p>\n";
  // Contents.
  h += "<table><tr><th>measure</th><th>verdict</th><th class=\"num\">origins</th><th>latest figure per stance</th></tr>\n";
  for (const reconcile::Measure& m : data.measures) {
    h += "<tr><td><a href=\"#" + Escape(m.key) + "\">" + Escape(m.key) + "</a></td><td><span class=\"badge " +
         m.verdict + "\">" + m.verdict + "</span> " + Escape(m.gap) + "</td><td class=\"num\">" +
         std::to_string(m.origins) + "</td><td>";
    for (const auto& [stance, i] : m.latest) {
      h += "<span class=\"stance\" style=\"background:" + StanceColour(stance) + "\"></span>" +
           Escape(stance) + ": " + Escape(reconcile::IntervalText(m.points[i].row.claim.quantity)) +
           Escape(DateNote(m, stance, m.points[i])) + " ";
    }
    h += "</td></tr>\n";
  }
  h += "</table>\n";
  for (const reconcile::Measure& m : data.measures) {
    h += "<h2 id=\"" + Escape(m.key) + "\">" + Escape(m.key) + " <span class=\"badge " + m.verdict + "\">" +
         m.verdict + "</span></h2>\n<p>" + Escape(m.category) + " of " + Escape(m.side) + " personnel, " +
         Escape(m.unit) + (m.place.empty() ? "" : ", " + Escape(m.place)) + ". " +
         Escape(Summary(m)) + "." +
         (m.gap.empty() ? "" : " Gap: " + Escape(m.gap) + ".") + "</p>\n";
    for (const reconcile::Measure::Stale& st : m.stale) {
      h += "<p class=\"stale\">" + Escape(reconcile::StaleText(m, st)) + ".</p>\n";
    }
    for (const std::string& c : m.checks) h += "<p class=\"stale\">Check: " + Escape(c) + ".</p>\n";
    h += TimelineSvg(m) + "\n";
    h += "<table><tr><th>date</th><th>figure</th><th>speaker (stance)</th><th>echoes</th><th>source</th><th>sentence</th></tr>\n";
    for (size_t i = 0; i < m.points.size() && i < data.options.rows_per_measure; ++i) {
      const reconcile::MeasurePoint& p = m.points[i];
      const std::string link = LinkOf(p.row.doc);
      const std::string source = Escape(SourceText(p.row.doc));
      h += "<tr><td>" + Escape(p.date.empty() ? "-" : p.date) + "</td><td class=\"num\">" +
           Escape(reconcile::IntervalText(p.row.claim.quantity)) + "</td><td><span class=\"stance\" style=\"background:" +
           StanceColour(p.stance) + "\"></span>" + Escape(SpeakerText(p.row.claim.speaker)) + " (" +
           Escape(p.stance) + ")</td><td class=\"num\" title=\"" + Escape([&] {
             std::string s;
             for (const std::string& o : p.echo_sources) s += (s.empty() ? "" : ", ") + o;
             return s;
           }()) + "\">" + EchoText(p) + "</td><td>" +
           (link.empty() ? source : "<a href=\"" + Escape(link) + "\">" + source + "</a>") +
           " <span class=\"muted\">" + Escape(p.row.doc.id) + "</span></td><td>" +
           Snippet(p.row.claim, "<mark>", "</mark>", true) + "</td></tr>\n";
    }
    h += "</table>\n";
  }
  h += "<h2 id=\"duplicates\">Near-duplicate documents</h2>\n";
  if (data.clusters.empty()) h += "<p>No near-duplicates among the stored documents.</p>\n";
  for (const store::DuplicateCluster& c : data.clusters) {
    h += "<table><tr><th></th><th>published</th><th>source</th><th>title</th><th class=\"num\">similarity</th></tr>\n";
    for (size_t i = 0; i < c.docs.size(); ++i) {
      const store::ClusterDoc& d = c.docs[i];
      const std::string source = Escape(d.source.empty() ? d.path : d.source);
      char sim[16];
      std::snprintf(sim, sizeof sim, "%.2f", d.jaccard);
      h += std::string("<tr><td>") + (i == 0 ? "original" : "copy") + "</td><td>" +
           Escape(d.published.empty() ? "-" : d.published.substr(0, 10)) + "</td><td>" +
           (d.url.empty() ? source : "<a href=\"" + Escape(d.url) + "\">" + source + "</a>") + "</td><td>" +
           Escape(d.title) + " <span class=\"muted\">" + Escape(d.id) + "</span></td><td class=\"num\">" +
           (i == 0 ? "" : sim) + "</td></tr>\n";
    }
    h += "</table>\n";
  }
  h += "<p class=\"muted\">Made by tally from its store. Private people appear only as pseudonyms.</p>\n</body></html>\n";
  return h;
}

std::string MarkdownReport(const ReportData& data) {
  std::string md = "# " + data.options.title + "\n\n";
  md += "| measure | verdict | origins | latest figure per stance |\n|---|---|---:|---|\n";
  for (const reconcile::Measure& m : data.measures) {
    std::string latest;
    for (const auto& [stance, i] : m.latest) {
      latest += (latest.empty() ? "" : "; ") + stance + ": " +
                reconcile::IntervalText(m.points[i].row.claim.quantity) + DateNote(m, stance, m.points[i]);
    }
    md += "| " + MdCell(m.key) + " | " + m.verdict + (m.gap.empty() ? "" : " (" + MdCell(m.gap) + ")") + " | " +
          std::to_string(m.origins) + " | " + MdCell(latest) + " |\n";
  }
  for (const reconcile::Measure& m : data.measures) {
    md += "\n## " + m.key + " (" + m.verdict + ")\n\n";
    md += Summary(m) + "." + (m.gap.empty() ? "" : " Gap: " + m.gap + ".") + "\n\n";
    for (const reconcile::Measure::Stale& st : m.stale) md += reconcile::StaleText(m, st) + ".\n\n";
    for (const std::string& c : m.checks) md += "Check: " + c + ".\n\n";
    md += "| date | figure | speaker (stance) | echoes | source | sentence |\n|---|---:|---|---:|---|---|\n";
    for (size_t i = 0; i < m.points.size() && i < data.options.rows_per_measure; ++i) {
      const reconcile::MeasurePoint& p = m.points[i];
      const std::string link = LinkOf(p.row.doc);
      const std::string source = SourceText(p.row.doc);
      md += "| " + (p.date.empty() ? "-" : p.date) + " | " + reconcile::IntervalText(p.row.claim.quantity) + " | " +
            MdCell(SpeakerText(p.row.claim.speaker) + " (" + p.stance + ")") + " | " + EchoText(p) + " | " +
            MdCell(link.empty() ? source : "[" + source + "](" + link + ")") + " | " +
            MdCell(Snippet(p.row.claim, "**", "**", false)) + " |\n";
    }
  }
  md += "\n## Near-duplicate documents\n\n";
  if (data.clusters.empty()) md += "None.\n";
  for (const store::DuplicateCluster& c : data.clusters) {
    md += "| | published | source | title | similarity |\n|---|---|---|---|---:|\n";
    for (size_t i = 0; i < c.docs.size(); ++i) {
      const store::ClusterDoc& d = c.docs[i];
      char sim[16];
      std::snprintf(sim, sizeof sim, "%.2f", d.jaccard);
      md += std::string("| ") + (i == 0 ? "original" : "copy") + " | " +
            (d.published.empty() ? "-" : d.published.substr(0, 10)) + " | " +
            MdCell(d.source.empty() ? d.path : d.source) + " | " + MdCell(d.title) + " | " + (i == 0 ? "" : sim) + " |\n";
    }
    md += "\n";
  }
  return md;
}

}  // namespace tally::report
