// tally ingest PATH... : read files, folders and stdin into the store.
#include <memory>

#include "cli/common.h"
#include "cli/pipeline_run.h"

namespace tally::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  PipelineFlags pipeline;
};

int RunIngest(const IngestFlags& flags, const std::string& command) {
  PipelineRun run;
  if (int code = run.Prepare(flags.pipeline); code != kExitOk) return code;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(flags.pipeline.db, {});
  if (!store.ok()) return ReportError(store.status());
  ingest::FileSource files(flags.inputs, ingest::ReaderOptions());
  return run.Run(**store, files, command, "ingested", "files", nullptr);
}

}  // namespace

Runner AddIngestCommand(CLI::App& app) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read files, folders (recursively) and - (stdin) into the store: HTML, "
      "WARC(.gz), Telegram export JSON, RSS/Atom, text, Markdown, JSON Lines; "
      "gzip of any of them");
  cmd->add_option("inputs", flags->inputs, "Files, folders, or - for stdin")
      ->required();
  AddPipelineFlags(*cmd, &flags->pipeline);
  cmd->add_flag("--no-bulk-load", flags->pipeline.no_bulk_load,
                "Keep the claim indexes during a large run (by default a run larger than a quarter "
                "of the store drops them and makes them again at its end, which is faster, but "
                "readers such as tally serve query without them meanwhile)");
  return [flags] {
    std::string command = "tally ingest";
    for (const std::string& in : flags->inputs) command += " " + in;
    return RunIngest(*flags, command);
  };
}

}  // namespace tally::cli
