// tally show ID: one document's metadata and extracted text.
#include <cstdio>

#include "cli/common.h"

namespace tally::cli {
namespace {

struct ShowFlags {
  std::string db, format, id;
};

int RunShow(const ShowFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  Result<Document> doc = (*store)->GetDocument(flags.id);
  if (!doc.ok()) return ReportError(doc.status());
  const Document& d = *doc;
  if (flags.format == "jsonl") {
    std::printf("%s\n", DocumentJson(d, true).c_str());
    return kExitOk;
  }
  auto line = [](const char* key, const std::string& value) {
    if (!value.empty()) std::printf("%-10s %s\n", key, value.c_str());
  };
  line("id", d.id);
  line("title", d.meta.title);
  line("source", d.meta.source);
  line("published", d.meta.published);
  line("url", d.meta.url);
  line("author", d.meta.author);
  line("forwarded", d.meta.forwarded_from);
  line("captured", d.meta.captured);
  line("language", d.lang);
  line("format", std::string(FormatName(d.format)));
  line("charset", d.charset);
  line("read from", d.meta.path + (d.meta.record.empty() ? "" : " (" + d.meta.record + ")"));
  std::printf("\n%s\n", d.text.c_str());
  return kExitOk;
}

}  // namespace

Runner AddShowCommand(CLI::App& app) {
  auto flags = std::make_shared<ShowFlags>();
  CLI::App* cmd = app.add_subcommand("show", "Print one document: metadata and text");
  cmd->add_option("id", flags->id, "Document id or a unique prefix (d-0a9c...)")
      ->required();
  AddDbOption(*cmd, &flags->db);
  AddFormatOption(*cmd, &flags->format);
  return [flags] { return RunShow(*flags); };
}

}  // namespace tally::cli
