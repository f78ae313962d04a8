// tally docs: list stored documents, newest first.
#include <cstdio>

#include "cli/common.h"

namespace tally::cli {
namespace {

struct DocsFlags {
  std::string db, format, lang, source, doc_format;
  int limit = 20;
  int offset = 0;
  bool dups = false;
};

// Clusters of near-duplicate documents: the original (earliest published)
// first, then its copies with their estimated similarity.
int PrintDuplicates(store::Store& store, const DocsFlags& flags) {
  Result<std::vector<store::DuplicateCluster>> clusters = store.ListDuplicateClusters(flags.limit);
  if (!clusters.ok()) return ReportError(clusters.status());
  for (const store::DuplicateCluster& c : *clusters) {
    if (flags.format == "jsonl") {
      std::string out = "{\"cluster\":" + std::to_string(c.cluster) + ",\"docs\":[";
      for (size_t i = 0; i < c.docs.size(); ++i) {
        const store::ClusterDoc& d = c.docs[i];
        if (i > 0) out += ',';
        out += "{\"id\":";
        AppendJsonString(&out, d.id);
        out += ",\"original\":";
        out += i == 0 ? "true" : "false";
        out += ",\"source\":";
        AppendJsonString(&out, d.source);
        out += ",\"published\":";
        AppendJsonString(&out, d.published);
        out += ",\"title\":";
        AppendJsonString(&out, d.title);
        out += ",\"jaccard\":";
        AppendJsonNumber(&out, i == 0 ? 1.0 : d.jaccard);
        out += '}';
      }
      std::printf("%s]}\n", out.c_str());
      continue;
    }
    std::printf("cluster of %zu documents:\n", c.docs.size());
    for (size_t i = 0; i < c.docs.size(); ++i) {
      const store::ClusterDoc& d = c.docs[i];
      std::printf("  %-8s %-18s  %-10s  %s  %s  %s\n", i == 0 ? "original" : "copy", d.id.c_str(),
                  d.published.substr(0, 10).c_str(), Pad(d.source, 20).c_str(),
                  i == 0 ? "    " : (std::to_string(d.jaccard).substr(0, 4)).c_str(),
                  Fit(d.title, 50).c_str());
    }
  }
  if (clusters->empty() && flags.format != "jsonl") std::printf("(no near-duplicate documents)\n");
  return kExitOk;
}

int RunDocs(const DocsFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  if (flags.dups) return PrintDuplicates(**store, flags);
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
  cmd->add_flag("--dups", flags->dups,
                "Clusters of near-duplicate and syndicated documents, the earliest as original");
  return [flags] { return RunDocs(*flags); };
}

}  // namespace tally::cli
