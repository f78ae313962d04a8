// tally fetch --sources FILE: one pass over the sources that are due,
// stored through the same pipeline as tally ingest.
#include <cstdlib>
#include <memory>

#include "cli/common.h"
#include "cli/fetch_pass.h"

namespace tally::cli {

Runner AddFetchCommand(CLI::App& app) {
  auto flags = std::make_shared<FetchFlags>();
  if (const char* contact = std::getenv("TALLY_CONTACT")) flags->contact = contact;
  CLI::App* cmd = app.add_subcommand(
      "fetch",
      "Fetch every source of a sources file that is due (feeds and their articles, site "
      "listings and the article links they hold, public Telegram channels through their "
      "preview pages) once, honouring robots.txt, and store what is new as tally ingest does");
  AddFetchFlags(*cmd, flags.get());
  cmd->add_flag("--all", flags->all, "Fetch every source now, due or not");
  return [flags] {
    return RunFetchPass(*flags, "tally fetch --sources " + flags->sources, nullptr).code;
  };
}

}  // namespace tally::cli
