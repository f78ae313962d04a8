// tally report: the reconciled claims as one shareable file -- an HTML page
// with a chart per measure (self-contained: no script, no outside request)
// or the same tables in Markdown.
#include <cstdio>
#include <fstream>

#include "cli/common.h"
#include "src/report/report.h"

namespace tally::cli {
namespace {

struct ReportFlags {
  std::string db, html, format = "html", title = "tally report";
  bool by_place = false;
  int window_days = reconcile::MeasureOptions().window_days;
};

int RunReport(const ReportFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  report::ReportOptions options;
  options.title = flags.title;
  options.measures.by_place = flags.by_place;
  options.measures.window_days = flags.window_days;
  Result<report::ReportData> data = report::LoadReport(**store, options);
  if (!data.ok()) return ReportError(data.status());
  const bool md = flags.format == "md";
  const std::string out = md ? report::MarkdownReport(*data) : report::HtmlReport(*data);
  if (flags.html.empty() || flags.html == "-") {
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kExitOk;
  }
  std::ofstream file(flags.html, std::ios::binary);
  file << out;
  file.close();
  if (!file) return ReportError(Status::IOError(flags.html + ": cannot write the report"));
  std::fprintf(stderr, "wrote %s (%zu measures, %zu near-duplicate clusters)\n", flags.html.c_str(),
               data->measures.size(), data->clusters.size());
  return kExitOk;
}

}  // namespace

Runner AddReportCommand(CLI::App& app) {
  auto flags = std::make_shared<ReportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Write the reconciled claims as a self-contained HTML page or Markdown tables");
  AddDbOption(*cmd, &flags->db);
  cmd->add_option("--html,-o,--out", flags->html, "Write to this file (default: standard output)");
  cmd->add_option("--format", flags->format, "html or md")
      ->check(CLI::IsMember({"html", "md"}))
      ->capture_default_str();
  cmd->add_option("--title", flags->title, "The report's title")->capture_default_str();
  cmd->add_flag("--by-place", flags->by_place, "Measures per region as well");
  AddWindowOption(*cmd, &flags->window_days);
  return [flags] { return RunReport(*flags); };
}

}  // namespace tally::cli
