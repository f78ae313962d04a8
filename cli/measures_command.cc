// tally measures / tally measure KEY: the reconciled view of the claims --
// one line per measure (category, side, unit, basis), or one measure's full
// series of independent figures.
#include <algorithm>
#include <cstdio>

#include "cli/common.h"
#include "src/export/claim_text.h"
#include "src/reconcile/measures.h"
#include "src/serve/api_json.h"

namespace tally::cli {
namespace {

struct MeasuresFlags {
  std::string db, format = "table", key;
  bool by_place = false;
  int window_days = reconcile::MeasureOptions().window_days;
};

std::string Who(const std::optional<Speaker>& s) {
  if (!s) return "unattributed";
  return s->name.empty() ? s->org : s->name;
}

// The CLI's record of a measure: the API's fields (serve::MeasureJson)
// less its points, with "latest" as {stance: claim id} and, for one
// measure, a "series" of short rows.
std::string MeasureJson(const reconcile::Measure& m, bool with_points) {
  serve::JsonObject o;
  o.String("key", m.key).String("category", m.category).String("side", m.side).String("unit", m.unit)
      .String("basis", m.basis);
  if (!m.span.empty()) o.String("span", m.span);
  o.String("verdict", m.verdict).String("gap", m.gap).Int("origins", static_cast<int64_t>(m.origins))
      .Int("speakers", static_cast<int64_t>(m.speakers));
  if (m.speakers_at_least) o.Bool("speakers_at_least", true);
  o.String("as_of", m.as_of);
  if (m.low) o.Number("low", *m.low); else o.Raw("low", "null");
  if (m.high) o.Number("high", *m.high); else o.Raw("high", "null");
  o.Bool("open_below", m.open_below).Bool("open_above", m.open_above).Raw("stale", serve::StaleJson(m));
  std::vector<std::string> checks;
  for (const std::string& c : m.checks) checks.push_back(serve::JsonObject().String("text", c).Close());
  o.Raw("checks", serve::JsonArray(checks));
  serve::JsonObject latest;
  for (const auto& [stance, i] : m.latest) latest.String(stance, m.points[i].row.claim.id);
  o.Raw("latest", latest.Close());
  if (with_points) {
    std::vector<std::string> series;
    for (const reconcile::MeasurePoint& p : m.points) {
      series.push_back(serve::JsonObject()
                           .String("claim", p.row.claim.id)
                           .String("date", p.date)
                           .String("figure", reconcile::IntervalText(p.row.claim.quantity))
                           .String("speaker", Who(p.row.claim.speaker))
                           .String("stance", p.stance)
                           .Int("echoes", p.echoes)
                           .Int("outlets", p.outlets)
                           .String("source", p.row.doc.source.empty() ? p.row.doc.path : p.row.doc.source)
                           .Close());
    }
    o.Raw("series", serve::JsonArray(series));
  }
  return o.Close();
}

// The summary (`with_series` false) keeps only the latest figure of each
// stance; one measure keeps its latest MeasureOptions::max_points figures.
Result<std::vector<reconcile::Measure>> Load(const MeasuresFlags& flags, store::Store& store,
                                             bool with_series) {
  reconcile::MeasureOptions options;
  options.by_place = flags.by_place || flags.key.find('@') != std::string::npos;
  options.only = flags.key;
  if (!with_series) options.max_points = 0;
  options.window_days = flags.window_days;
  return reconcile::ComputeMeasures(store, options);
}

std::string SpeakerCount(const reconcile::Measure& m) {
  return std::to_string(m.speakers) + (m.speakers_at_least ? "+" : "") +
         (m.speakers == 1 && !m.speakers_at_least ? " speaker" : " speakers");
}

int RunMeasures(const MeasuresFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  Result<std::vector<reconcile::Measure>> measures = Load(flags, **store, false);
  if (!measures.ok()) return ReportError(measures.status());
  if (flags.format == "jsonl") {
    for (const reconcile::Measure& m : *measures) std::printf("%s\n", MeasureJson(m, false).c_str());
    return kExitOk;
  }
  size_t width = 26;  // the longest key, within reason
  for (const reconcile::Measure& m : *measures) width = std::max(width, std::min<size_t>(m.key.size(), 40));
  std::printf("%s  %-14s  %7s  %s\n", Pad("measure", width).c_str(), "verdict", "origins",
              "latest figure per stance");
  for (const reconcile::Measure& m : *measures) {
    std::string latest;
    for (const auto& [stance, i] : m.latest) {
      const reconcile::MeasurePoint& p = m.points[i];
      latest += (latest.empty() ? "" : "; ") + stance + " " +
                reconcile::IntervalText(p.row.claim.quantity) + (p.date.empty() ? "" : " (" + p.date + ")");
    }
    std::printf("%s  %-14s  %7zu  %s\n", Pad(m.key, width).c_str(), m.verdict.c_str(), m.origins,
                latest.c_str());
    if (!m.gap.empty()) std::printf("%s  %s\n", Pad("", width).c_str(), m.gap.c_str());
    for (const reconcile::Measure::Stale& st : m.stale) {
      std::printf("%s  %s\n", Pad("", width).c_str(), reconcile::StaleText(m, st).c_str());
    }
    for (const std::string& c : m.checks) std::printf("%s  check: %s\n", Pad("", width).c_str(), c.c_str());
  }
  if (measures->empty()) std::printf("(no claims stored)\n");
  return kExitOk;
}

int RunMeasure(const MeasuresFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  Result<std::vector<reconcile::Measure>> measures = Load(flags, **store, true);
  if (!measures.ok()) return ReportError(measures.status());
  if (measures->empty()) {
    return ReportError(Status::NotFound("no measure '" + flags.key +
                                        "' (tally measures lists them; keys look like killed:RU)"));
  }
  const reconcile::Measure& m = measures->front();
  if (flags.format == "jsonl") {
    std::printf("%s\n", MeasureJson(m, true).c_str());
    return kExitOk;
  }
  // "killed:RU/day (basis period, a day's figures)"
  const std::string basis = m.basis == "total"    ? "running totals"
                            : m.basis == "subset" ? "figures about a part"
                            : m.span == "period"  ? "figures for other periods"
                                                  : "figures for a " + m.span;
  std::printf("%s (%s): %s%s%s, %zu origin%s from %s\n", m.key.c_str(), basis.c_str(), m.verdict.c_str(),
              m.gap.empty() ? "" : " -- ", m.gap.c_str(), m.origins, m.origins == 1 ? "" : "s",
              SpeakerCount(m).c_str());
  for (const reconcile::Measure::Stale& st : m.stale) std::printf("%s\n", reconcile::StaleText(m, st).c_str());
  for (const std::string& c : m.checks) std::printf("check: %s\n", c.c_str());
  if (m.points.size() < m.origins) {
    std::printf("(the latest %zu of them and the latest of each stance; tally claims --origins "
                "--category %s lists every one)\n",
                m.points.size(), m.category.c_str());
  }
  std::printf("%-10s  %s  %s  %-7s  %s\n", "date", Pad("figure", 22).c_str(),
              Pad("speaker (stance)", 40).c_str(), "echoes", "source");
  for (const reconcile::MeasurePoint& p : m.points) {
    std::printf("%-10s  %s  %s  %-7s  %s\n", p.date.empty() ? "-" : p.date.c_str(),
                Pad(reconcile::IntervalText(p.row.claim.quantity), 22).c_str(),
                Pad(Who(p.row.claim.speaker) + " (" + p.stance + ")", 40).c_str(),
                p.echoes > 0 ? (std::to_string(p.echoes) + "/" + std::to_string(p.outlets)).c_str() : "-",
                Fit(p.row.doc.source.empty() ? p.row.doc.path : p.row.doc.source, 30).c_str());
  }
  return kExitOk;
}

}  // namespace

Runner AddMeasuresCommand(CLI::App& app) {
  auto flags = std::make_shared<MeasuresFlags>();
  CLI::App* cmd = app.add_subcommand(
      "measures",
      "One line per measure: the latest figure per stance, independent origins, and whether "
      "the figures of about the same time agree (consistent), disagree (disputed), come from "
      "one source (single-source) or are never close in time (apart)");
  AddDbOption(*cmd, &flags->db);
  AddFormatOption(*cmd, &flags->format);
  cmd->add_option("--by", flags->key, "place: one measure per region as well")
      ->check(CLI::IsMember({"place"}));
  AddWindowOption(*cmd, &flags->window_days);
  return [flags] {
    MeasuresFlags f = *flags;
    f.by_place = f.key == "place";
    f.key.clear();
    return RunMeasures(f);
  };
}

Runner AddMeasureCommand(CLI::App& app) {
  auto flags = std::make_shared<MeasuresFlags>();
  CLI::App* cmd = app.add_subcommand(
      "measure", "One measure's full series: date, figure, speaker (stance), echoes, source");
  cmd->add_option("key", flags->key,
                  "The measure: CATEGORY:SIDE[:UNIT][/BASIS|@REGION], e.g. killed:RU, "
                  "killed:RU/day, killed:RU/subset, refusal:RU:percent")
      ->required();
  AddDbOption(*cmd, &flags->db);
  AddFormatOption(*cmd, &flags->format);
  AddWindowOption(*cmd, &flags->window_days);
  return [flags] { return RunMeasure(*flags); };
}

}  // namespace tally::cli
