// tally text PATH... : what tally would store, without a database: each
// document's extracted text (and, with --format jsonl, its metadata).
#include <cstdio>

#include "cli/common.h"
#include "src/ingest/processor.h"
#include "src/ingest/reader.h"
#include "src/ingest/walker.h"

namespace tally::cli {
namespace {

struct TextFlags {
  std::vector<std::string> inputs;
  std::string format, codebook;
  bool body_only = false;
};

class PrintSink : public ingest::ItemSink {
 public:
  PrintSink(const TextFlags& flags, const ingest::ProcessOptions& options)
      : flags_(flags), options_(options) {}
  void Item(RawItem item) override {
    std::string path = item.meta.path, record = item.meta.record;
    Result<Document> doc = ingest::Process(std::move(item), options_);
    if (!doc.ok()) {
      Error(ingest::InputError{std::move(path), std::move(record), doc.status()});
      return;
    }
    std::string text = doc->text;
    if (flags_.body_only && !doc->meta.title.empty() &&
        text.rfind(doc->meta.title + "\n\n", 0) == 0) {
      text = text.substr(doc->meta.title.size() + 2);
    } else if (flags_.body_only && text == doc->meta.title) {
      text.clear();
    }
    if (flags_.format == "jsonl") {
      doc->text = std::move(text);
      std::printf("%s\n", DocumentJson(*doc, true).c_str());
    } else {
      std::printf("%s\n\n", text.c_str());
    }
  }
  void Error(ingest::InputError e) override {
    ++errors_;
    std::fprintf(stderr, "tally: %s%s%s: %s\n", e.path.c_str(),
                 e.record.empty() ? "" : ": ", e.record.c_str(),
                 e.status.message().c_str());
  }
  void Skipped(std::string_view) override {}
  int errors() const { return errors_; }

 private:
  const TextFlags& flags_;
  const ingest::ProcessOptions& options_;
  int errors_ = 0;
};

int RunText(const TextFlags& flags) {
  ingest::ProcessOptions options;
  Result<bool> codebook = LoadProcessOptions(flags.codebook, &options);
  if (!codebook.ok()) return ReportError(codebook.status());
  PrintSink sink(flags, options);
  ingest::ReaderOptions reader;
  ingest::ExpandInputs(
      flags.inputs,
      [&](ingest::InputFile f) {
        Status s = ingest::ReadInput(f.path, f.from_folder, reader, sink);
        if (!s.ok()) sink.Error(ingest::ErrorFor(f.path, s));
      },
      [&](ingest::InputError e) { sink.Error(std::move(e)); },
      [](const std::string&) {});
  return sink.errors() > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

Runner AddTextCommand(CLI::App& app) {
  auto flags = std::make_shared<TextFlags>();
  CLI::App* cmd = app.add_subcommand(
      "text", "Print the text tally extracts from files, without storing it");
  cmd->add_option("inputs", flags->inputs, "Files, folders, or - for stdin")->required();
  AddFormatOption(*cmd, &flags->format);
  cmd->add_flag("--body-only", flags->body_only, "Leave out the headline");
  cmd->add_option("--codebook", flags->codebook, "Codebook folder");
  return [flags] { return RunText(*flags); };
}

}  // namespace tally::cli
