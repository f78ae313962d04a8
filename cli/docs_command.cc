// tally docs: list stored documents, newest first.
#include <cstdio>

#include "cli/common.h"

namespace tally::cli {
namespace {

struct DocsFlags {
  std::string db, format, lang, source, doc_format;
  int limit = 20;
  int offset = 0;
};

int RunDocs(const DocsFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  store::DocumentQuery query;
  query.lang = flags.lang;
  query.source = flags.source;
  query.format = flags.doc_format;
  query.limit = flags.limit;
  query.offset = flags.offset;
  Result<std::vector<Document>> docs = (*store)->ListDocuments(query);
  if (!docs.ok()) return ReportError(docs.status());
  if (flags.format == "jsonl") {
    for (const Document& d : *docs) std::printf("%s\n", DocumentJson(d, false).c_str());
    return kExitOk;
  }
  std::printf("%-18s  %-10s  %-4s  %-8s  %s  %s\n", "id", "published", "lang",
              "format", Pad("source", 20).c_str(), "title");
  for (const Document& d : *docs) {
    std::printf("%-18s  %-10s  %-4s  %-8s  %s  %s\n", d.id.c_str(),
                d.meta.published.substr(0, 10).c_str(), d.lang.c_str(),
                std::string(FormatName(d.format)).c_str(),
                Pad(d.meta.source, 20).c_str(), Fit(DisplayTitle(d), 60).c_str());
  }
  if (docs->empty()) std::printf("(no documents match)\n");
  return kExitOk;
}

}  // namespace

Runner AddDocsCommand(CLI::App& app) {
  auto flags = std::make_shared<DocsFlags>();
  CLI::App* cmd = app.add_subcommand("docs", "List stored documents, newest first");
  AddDbOption(*cmd, &flags->db);
  AddFormatOption(*cmd, &flags->format);
  cmd->add_option("--lang", flags->lang, "Only this language (en, ru, uk, ...)");
  cmd->add_option("--source", flags->source, "Only this outlet or channel (exact)");
  cmd->add_option("--kind", flags->doc_format,
                  "Only this input format (html, warc, telegram, rss, atom, text, "
                  "markdown, jsonl)")
      ->check(CLI::IsMember(
          {"html", "warc", "telegram", "rss", "atom", "text", "markdown", "jsonl"}));
  cmd->add_option("--limit", flags->limit, "At most this many")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  cmd->add_option("--offset", flags->offset, "Skip this many first")
      ->check(CLI::NonNegativeNumber);
  return [flags] { return RunDocs(*flags); };
}

}  // namespace tally::cli
