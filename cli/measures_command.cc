// tally measures / tally measure KEY: the reconciled view of the claims --
// one line per measure (category, side, unit, basis), or one measure's full
// series of independent figures.
#include <cstdio>

#include "cli/common.h"
#include "src/export/claim_text.h"
#include "src/reconcile/measures.h"

namespace tally::cli {
namespace {

struct MeasuresFlags {
  std::string db, format = "table", key;
  bool by_place = false;
};

std::string Who(const std::optional<Speaker>& s) {
  if (!s) return "unattributed";
  return s->name.empty() ? s->org : s->name;
}

std::string MeasureJson(const reconcile::Measure& m, bool with_points) {
  std::string out = "{\"key\":";
  AppendJsonString(&out, m.key);
  out += ",\"category\":";
  AppendJsonString(&out, m.category);
  out += ",\"side\":";
  AppendJsonString(&out, m.side);
  out += ",\"unit\":";
  AppendJsonString(&out, m.unit);
  out += ",\"basis\":";
  AppendJsonString(&out, m.basis);
  out += ",\"verdict\":";
  AppendJsonString(&out, m.verdict);
  out += ",\"gap\":";
  AppendJsonString(&out, m.gap);
  out += ",\"origins\":" + std::to_string(m.origins) + ",\"speakers\":" + std::to_string(m.speakers);
  if (m.speakers_at_least) out += ",\"speakers_at_least\":true";
  out += ",\"low\":";
  if (m.low) AppendJsonNumber(&out, *m.low); else out += "null";
  out += ",\"high\":";
  if (m.high) AppendJsonNumber(&out, *m.high); else out += "null";
  out += ",\"latest\":{";
  for (size_t i = 0; i < m.latest.size(); ++i) {
    if (i > 0) out += ',';
    AppendJsonString(&out, m.latest[i].first);
    out += ":";
    AppendJsonString(&out, m.points[m.latest[i].second].row.claim.id);
  }
  out += "}";
  if (with_points) {
    out += ",\"series\":[";
    for (size_t i = 0; i < m.points.size(); ++i) {
      const reconcile::MeasurePoint& p = m.points[i];
      if (i > 0) out += ',';
      out += "{\"claim\":";
      AppendJsonString(&out, p.row.claim.id);
      out += ",\"date\":";
      AppendJsonString(&out, p.date);
      out += ",\"figure\":";
      AppendJsonString(&out, reconcile::IntervalText(p.row.claim.quantity));
      out += ",\"speaker\":";
      AppendJsonString(&out, Who(p.row.claim.speaker));
      out += ",\"stance\":";
      AppendJsonString(&out, p.stance);
      out += ",\"echoes\":" + std::to_string(p.echoes) + ",\"outlets\":" + std::to_string(p.outlets);
      out += ",\"source\":";
      AppendJsonString(&out, p.row.doc.source.empty() ? p.row.doc.path : p.row.doc.source);
      out += "}";
    }
    out += "]";
  }
  return out + "}";
}

// The summary (`with_series` false) keeps only the latest figure of each
// stance; one measure keeps its latest MeasureOptions::max_points figures.
Result<std::vector<reconcile::Measure>> Load(const MeasuresFlags& flags, store::Store& store,
                                             bool with_series) {
  reconcile::MeasureOptions options;
  options.by_place = flags.by_place || flags.key.find('@') != std::string::npos;
  options.only = flags.key;
  if (!with_series) options.max_points = 0;
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
  std::printf("%s  %-14s  %7s  %s\n", Pad("measure", 26).c_str(), "verdict", "origins",
              "latest figure per stance");
  for (const reconcile::Measure& m : *measures) {
    std::string latest;
    for (const auto& [stance, i] : m.latest) {
      latest += (latest.empty() ? "" : "; ") + stance + " " +
                reconcile::IntervalText(m.points[i].row.claim.quantity);
    }
    std::printf("%s  %-14s  %7zu  %s\n", Pad(m.key, 26).c_str(), m.verdict.c_str(), m.origins,
                latest.c_str());
    if (!m.gap.empty()) std::printf("%s  %s\n", Pad("", 26).c_str(), m.gap.c_str());
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
  std::printf("%s: %s%s%s, %zu origin%s from %s\n", m.key.c_str(), m.verdict.c_str(),
              m.gap.empty() ? "" : " -- ", m.gap.c_str(), m.origins, m.origins == 1 ? "" : "s",
              SpeakerCount(m).c_str());
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
      "the figures agree (consistent), disagree (disputed) or come from one source");
  AddDbOption(*cmd, &flags->db);
  AddFormatOption(*cmd, &flags->format);
  cmd->add_option("--by", flags->key, "place: one measure per region as well")
      ->check(CLI::IsMember({"place"}));
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
                  "killed:RU/period, refusal:RU:percent")
      ->required();
  AddDbOption(*cmd, &flags->db);
  AddFormatOption(*cmd, &flags->format);
  return [flags] { return RunMeasure(*flags); };
}

}  // namespace tally::cli
