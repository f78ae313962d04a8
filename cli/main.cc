// tally: who says how many, of what, where, when.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>

#include "cli/common.h"

int main(int argc, char** argv) {
  CLI::App app{"tally: collects reporting about the war and keeps every figure "
               "traceable to its source"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "tally 0.1.0");
  std::map<CLI::App*, tally::cli::Runner> runners;
  auto add = [&](tally::cli::Runner (*add_command)(CLI::App&)) {
    const size_t before = app.get_subcommands({}).size();
    tally::cli::Runner runner = add_command(app);
    runners[app.get_subcommands({})[before]] = std::move(runner);
  };
  add(tally::cli::AddIngestCommand);
  add(tally::cli::AddDocsCommand);
  add(tally::cli::AddShowCommand);
  add(tally::cli::AddStatsCommand);
  add(tally::cli::AddTextCommand);
  add(tally::cli::AddFiguresCommand);
  add(tally::cli::AddExtractCommand);
  add(tally::cli::AddEvalCommand);
  add(tally::cli::AddMeasuresCommand);
  add(tally::cli::AddMeasureCommand);
  add(tally::cli::AddReextractCommand);
  add(tally::cli::AddReportCommand);
  add(tally::cli::AddClaimsCommand);
  add(tally::cli::AddServeCommand);
  add(tally::cli::AddFetchCommand);
  add(tally::cli::AddWatchCommand);
  add(tally::cli::AddSourcesCommand);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : tally::cli::kExitUsage;
  }
  for (auto& [cmd, runner] : runners) {
    if (cmd->parsed()) return runner();
  }
  return tally::cli::kExitUsage;
}
