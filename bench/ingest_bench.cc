// Ingest throughput: MB/s and documents/s per input format, with 1 and 2
// text-stage threads, into a real SQLite file; plus the HTML stage alone
// (gumbo parse, and parse + main-text extraction) to show where time goes.
//
// Needs a corpus written by tally-gen-corpus:
//   tally-gen-corpus --format all --lang mixed --bytes 600M --out /tmp/corpus
//   ingest_bench --corpus=/tmp/corpus
// scripts/bench does both and records the figures.
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/codebook/boilerplate.h"
#include "src/ingest/pipeline.h"
#include "src/text/html_main.h"

namespace tally::bench {
namespace {

namespace fs = std::filesystem;

std::string g_corpus;

uint64_t FolderBytes(const fs::path& dir) {
  uint64_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

std::vector<std::string> LoadPhrases() {
  Result<std::vector<std::string>> phrases =
      codebook::LoadPhraseList(codebook::FindCodebook("") + "/boilerplate.txt");
  return phrases.ok() ? *phrases : std::vector<std::string>{};
}

void BM_Ingest(benchmark::State& state, const char* format) {
  const fs::path dir = fs::path(g_corpus) / format;
  if (!fs::is_directory(dir)) {
    state.SkipWithError(("no corpus folder " + dir.string()).c_str());
    return;
  }
  const uint64_t bytes = FolderBytes(dir);
  ingest::PipelineOptions options;
  options.threads = static_cast<int>(state.range(0));
  options.process.main_text.boilerplate_phrases = LoadPhrases();
  uint64_t docs = 0;
  for (auto _ : state) {
    const fs::path db = fs::temp_directory_path() / "tally-bench.db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
    Result<std::unique_ptr<store::Store>> store = store::Store::Open(db.string(), {});
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      return;
    }
    ingest::Ingester ingester(**store, options, nullptr);
    Result<ingest::IngestSummary> summary = ingester.Run({dir.string()}, "bench");
    if (!summary.ok()) {
      state.SkipWithError(summary.status().ToString().c_str());
      return;
    }
    docs = summary->run.documents_new + summary->run.documents_known;
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(docs) * state.iterations(),
                         benchmark::Counter::kIsRate);
  state.counters["docs"] = static_cast<double>(docs);
}

// The HTML pages of the corpus, up to 200 MB, in memory.
const std::vector<std::string>& HtmlPages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    size_t total = 0;
    const fs::path dir = fs::path(g_corpus) / "html";
    if (!fs::is_directory(dir)) return out;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file() || total > (200u << 20)) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
      total += out.back().size();
    }
    return out;
  }();
  return pages;
}

void BM_GumboParseOnly(benchmark::State& state) {
  const std::vector<std::string>& pages = HtmlPages();
  if (pages.empty()) {
    state.SkipWithError("no html corpus");
    return;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& page : pages) {
      GumboOutput* out = gumbo_parse_with_options(&options, page.data(), page.size());
      gumbo_destroy_output(&options, out);
      bytes += page.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(pages.size()) * state.iterations());
}

void BM_ExtractHtml(benchmark::State& state) {
  const std::vector<std::string>& pages = HtmlPages();
  if (pages.empty()) {
    state.SkipWithError("no html corpus");
    return;
  }
  text::MainTextOptions options;
  options.boilerplate_phrases = LoadPhrases();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& page : pages) {
      Result<text::HtmlPage> out = text::ExtractHtml(page, options);
      benchmark::DoNotOptimize(out);
      bytes += page.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(pages.size()) * state.iterations());
}

}  // namespace
}  // namespace tally::bench

int main(int argc, char** argv) {
  using tally::bench::BM_Ingest;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      tally::bench::g_corpus = argv[i] + 9;
    } else {
      args.push_back(argv[i]);
    }
  }
  if (tally::bench::g_corpus.empty()) {
    std::fprintf(stderr, "usage: ingest_bench --corpus=DIR [benchmark flags]\n"
                         "DIR is written by tally-gen-corpus --format all\n");
    return 2;
  }
  for (const char* format : {"html", "warc", "telegram", "rss", "text", "jsonl"}) {
    benchmark::RegisterBenchmark(("BM_Ingest/" + std::string(format)).c_str(), BM_Ingest,
                                 format)
        ->Arg(1)
        ->Arg(2)
        ->ArgName("threads")
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RegisterBenchmark("BM_GumboParseOnly", tally::bench::BM_GumboParseOnly)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_ExtractHtml", tally::bench::BM_ExtractHtml)
      ->Unit(benchmark::kMillisecond);
  int bench_argc = static_cast<int>(args.size());
  benchmark::Initialize(&bench_argc, args.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
