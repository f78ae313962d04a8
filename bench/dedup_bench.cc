// Near-duplicate detection at scale: documents/s of MinHash signatures plus
// LSH clustering into a real SQLite store, at 10,000 and 100,000
// documents, to show the cost grows linearly (never all pairs). The
// documents are generated: 300 words from a 20,000-word vocabulary, one in
// ten a copy of an earlier one under a new headline.
//
//   dedup_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

#include "src/reconcile/minhash.h"
#include "src/reconcile/near_duplicates.h"
#include "src/store/store.h"

namespace tally::bench {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> MakeDocs(size_t n) {
  std::mt19937_64 rng(42);
  std::vector<std::string> vocab;
  for (int i = 0; i < 20000; ++i) {
    std::string w;
    for (int k = 0, len = 3 + static_cast<int>(rng() % 7); k < len; ++k) w += static_cast<char>('a' + rng() % 26);
    vocab.push_back(w);
  }
  std::vector<std::string> docs;
  docs.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (i > 10 && rng() % 10 == 0) {
      docs.push_back("Another headline " + std::to_string(i) + "\n\n" + docs[rng() % i]);
      continue;
    }
    std::string d;
    for (int w = 0; w < 300; ++w) {
      d += vocab[rng() % vocab.size()];
      d += ' ';
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

void BM_Dedup(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  const std::vector<std::string> docs = MakeDocs(n);
  reconcile::DedupOptions options;
  size_t clustered = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const fs::path db = fs::temp_directory_path() / "tally-dedup-bench.db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
    Result<std::unique_ptr<store::Store>> store = store::Store::Open(db.string(), {});
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      return;
    }
    const int64_t run = *(*store)->BeginRun("bench");
    (void)(*store)->BeginBatch();
    std::vector<int64_t> rowids;
    for (size_t i = 0; i < n; ++i) {
      Document d;
      d.text = docs[i];
      d.id = DocumentId(d.text);
      if (!(*store)->PutDocument(d, run).ok()) return;
      rowids.push_back(*(*store)->DocumentRowid(d.id));
    }
    (void)(*store)->CommitBatch();
    state.ResumeTiming();
    (void)(*store)->BeginBatch();
    for (size_t i = 0; i < n; ++i) {
      const reconcile::Signature sig = reconcile::MinHashOf(docs[i], options.minhash);
      if (!reconcile::AddToClusters(**store, rowids[i], sig, options).ok()) {
        state.SkipWithError("clustering failed");
        return;
      }
    }
    (void)(*store)->CommitBatch();
    state.PauseTiming();
    Result<std::vector<store::DuplicateCluster>> clusters = (*store)->ListDuplicateClusters(0);
    clustered = 0;
    if (clusters.ok()) {
      for (const store::DuplicateCluster& c : *clusters) clustered += c.docs.size();
    }
    state.ResumeTiming();
  }
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(n) * state.iterations(),
                                                benchmark::Counter::kIsRate);
  state.counters["in_clusters"] = static_cast<double>(clustered);
}

}  // namespace
}  // namespace tally::bench

BENCHMARK(tally::bench::BM_Dedup)->Arg(10000)->Arg(100000)->Iterations(1)->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
