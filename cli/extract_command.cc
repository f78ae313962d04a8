// tally extract PATH... : the claims in files, folders or standard input,
// as JSON Lines (the record of ../shared/spec/claims.md) or CSV, without a
// database -- a filter for pipelines.
#include <cstdio>

#include "cli/common.h"
#include "cli/extraction.h"
#include "src/export/claim_format.h"

namespace tally::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> inputs;
  std::string codebook, format = "jsonl", key_file;
  bool reveal = false;
};

store::DocRef RefOf(const Document& doc) {
  store::DocRef ref;
  ref.id = doc.id;
  ref.path = doc.meta.path;
  ref.url = doc.meta.url;
  ref.source = doc.meta.source;
  ref.published = doc.meta.published;
  ref.lang = doc.lang;
  return ref;
}

// Puts the clear names back, for an operator who asked for them.
std::string Reveal(std::string s, const std::vector<resolve::PrivateName>& names) {
  for (const resolve::PrivateName& n : names) {
    for (size_t at = s.find(n.pseudonym); at != std::string::npos;
         at = s.find(n.pseudonym, at + n.name.size())) {
      s.replace(at, n.pseudonym.size(), n.name);
    }
  }
  return s;
}

int RunExtract(const ExtractFlags& flags) {
  Result<std::unique_ptr<Extraction>> ex =
      Extraction::Load(flags.codebook, /*ephemeral_key=*/false, flags.key_file);
  if (!ex.ok()) return ReportError(ex.status());
  const bool csv = flags.format == "csv";
  if (csv) std::fputs(exporting::ClaimCsvHeader().c_str(), stdout);
  int errors = 0;
  (*ex)->ForEachDocument(
      flags.inputs,
      [&](const Document& doc, DocumentClaimsView claims) {
        std::string out;
        store::ClaimRow row;
        row.doc = RefOf(doc);
        for (const Claim& c : claims.claims) {
          row.claim = c;
          std::string line = csv ? exporting::ClaimCsvRow(row) : exporting::ClaimJson(row) + "\n";
          if (flags.reveal) line = Reveal(std::move(line), claims.private_names);
          out += line;
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
      },
      [&](const ingest::InputError& e) {
        ++errors;
        std::fprintf(stderr, "tally: %s%s%s: %s\n", e.path.c_str(), e.record.empty() ? "" : ": ",
                     e.record.c_str(), e.status.message().c_str());
      });
  std::fflush(stdout);
  return errors > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

Runner AddExtractCommand(CLI::App& app) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Print the claims in files, folders or stdin (-) as JSON Lines or CSV, without a database");
  cmd->add_option("inputs", flags->inputs, "Files, folders, or - for stdin")->required();
  cmd->add_option("--format", flags->format, "jsonl or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}))
      ->capture_default_str();
  cmd->add_option("--codebook", flags->codebook, "Codebook folder");
  cmd->add_option("--key-file", flags->key_file,
                  "Pseudonym key file (default: $TALLY_KEY, $TALLY_KEY_FILE, ~/.config/tally/key)");
  cmd->add_flag("--reveal", flags->reveal,
                "Print private people's names in clear instead of their pseudonyms "
                "(needs --key-file: the operator's key, given explicitly)")
      ->needs(cmd->get_option("--key-file"));
  return [flags] { return RunExtract(*flags); };
}

}  // namespace tally::cli
