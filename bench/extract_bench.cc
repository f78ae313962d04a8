// Claim extraction throughput: MB/s of document text and claims/s through
// ExtractClaims (figures, their context, attribution, places, units,
// periods, pseudonyms) on the generated corpus's plain-text documents, held
// in memory, with 1 and 2 threads sharing one codebook.
//
//   tally-gen-corpus --format text --lang mixed --bytes 100M --out /tmp/corpus
//   extract_bench --corpus=/tmp/corpus
#include <benchmark/benchmark.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "src/codebook/boilerplate.h"
#include "src/resolve/claim_builder.h"
#include "src/resolve/pseudonym.h"
#include "src/text/language.h"
#include "src/text/normalize.h"

namespace tally::bench {
namespace {

namespace fs = std::filesystem;

std::string g_corpus;

// The text documents of the corpus (up to 200 MB), normalised and
// identified as ingest would store them.
const std::vector<Document>& Documents() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    size_t total = 0;
    const fs::path dir = fs::path(g_corpus) / "text";
    if (!fs::is_directory(dir)) return out;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file() || total > (200u << 20)) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Document d;
      d.text = text::NormalizeText(ss.str());
      d.lang = text::DetectLanguage(d.text);
      d.id = DocumentId(d.text);
      total += d.text.size();
      out.push_back(std::move(d));
    }
    return out;
  }();
  return docs;
}

const resolve::ClaimCodebook* Book() {
  static const resolve::ClaimCodebook* book = [] {
    Result<std::unique_ptr<resolve::ClaimCodebook>> b =
        resolve::ClaimCodebook::Load(codebook::FindCodebook(""));
    return b.ok() ? b->release() : nullptr;
  }();
  return book;
}

void BM_ExtractClaims(benchmark::State& state) {
  const std::vector<Document>& docs = Documents();
  const resolve::ClaimCodebook* book = Book();
  if (docs.empty() || book == nullptr) {
    state.SkipWithError("no text corpus or codebook");
    return;
  }
  Result<resolve::Pseudonymizer> keys = resolve::Pseudonymizer::FromKeyHex(std::string(64, '1'));
  resolve::ClaimOptions options;
  options.pseudonym = [&](std::string_view name) { return keys->Pseudonym(name); };
  const int threads = static_cast<int>(state.range(0));
  std::atomic<uint64_t> claims{0};
  uint64_t bytes = 0;
  for (auto _ : state) {
    std::atomic<size_t> next{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&] {
        for (size_t i = next++; i < docs.size(); i = next++) {
          Result<resolve::DocumentClaims> out = resolve::ExtractClaims(docs[i], *book, options);
          if (out.ok()) claims += out->claims.size();
        }
      });
    }
    for (std::thread& t : pool) t.join();
    for (const Document& d : docs) bytes += d.text.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsRate);
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(docs.size()) * state.iterations(), benchmark::Counter::kIsRate);
}

}  // namespace
}  // namespace tally::bench

int main(int argc, char** argv) {
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      tally::bench::g_corpus = argv[i] + 9;
    } else {
      args.push_back(argv[i]);
    }
  }
  if (tally::bench::g_corpus.empty()) {
    std::fprintf(stderr, "usage: extract_bench --corpus=DIR [benchmark flags]\n"
                         "DIR is written by tally-gen-corpus (its text/ folder is read)\n");
    return 2;
  }
  benchmark::RegisterBenchmark("BM_ExtractClaims", tally::bench::BM_ExtractClaims)
      ->Arg(1)
      ->Arg(2)
      ->ArgName("threads")
      ->Iterations(1)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  int bench_argc = static_cast<int>(args.size());
  benchmark::Initialize(&bench_argc, args.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
