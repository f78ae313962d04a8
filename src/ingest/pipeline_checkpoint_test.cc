// ItemSink::Checkpoint through the real pipeline: a checkpoint's work runs
// after every item handed before it has been stored, in the transaction
// that holds them, however many workers there are.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/ingest/pipeline.h"
#include "tests/test_util.h"

namespace tally::ingest {
namespace {

// Hands `batches` of items, a checkpoint after each, which records how
// many documents the store holds when it runs.
class BatchesWithCheckpoints : public ItemSource {
 public:
  explicit BatchesWithCheckpoints(std::vector<int> batches) : batches_(std::move(batches)) {}
  uint64_t Prepare(Progress&) override { return 0; }
  void Produce(ItemSink& sink, Progress&) override {
    int n = 0;
    for (int size : batches_) {
      for (int i = 0; i < size; ++i, ++n) {
        RawItem item;
        item.kind = BodyKind::kPlain;
        item.body = "Item " + std::to_string(n) + " says that " + std::to_string(n * 3) +
                    " soldiers were counted at the checkpoint.";
        item.meta.path = "item-" + std::to_string(n);
        sink.Item(std::move(item));
      }
      taken_ += sink.Checkpoint([this](store::Store& store) -> Status {
        Result<store::Stats> stats = store.GetStats();
        if (!stats.ok()) return stats.status();
        seen_.push_back(stats->documents);
        return Status::Ok();
      });
    }
  }
  std::vector<int64_t> seen_;
  int taken_ = 0;

 private:
  std::vector<int> batches_;
};

TEST(PipelineCheckpoint, RunsAfterTheItemsHandedBeforeItAreStored) {
  tally::testing::ScratchDir dir;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  BatchesWithCheckpoints source({7, 0, 40, 1});
  Ingester ingester(**store, {.threads = 4, .batch_size = 5}, nullptr);
  Result<IngestSummary> summary = ingester.Run(source, "test");
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(source.taken_, 4);
  EXPECT_EQ(source.seen_, (std::vector<int64_t>{7, 7, 47, 48}));
  EXPECT_EQ(summary->run.documents_new, 48u);
}

// A checkpoint whose work fails fails the run, as a store failure does.
TEST(PipelineCheckpoint, AFailingCheckpointFailsTheRun) {
  tally::testing::ScratchDir dir;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  class Failing : public ItemSource {
   public:
    uint64_t Prepare(Progress&) override { return 0; }
    void Produce(ItemSink& sink, Progress&) override {
      (void)sink.Checkpoint([](store::Store&) { return Status::IOError("disk full"); });
    }
  } source;
  Ingester ingester(**store, {.threads = 2}, nullptr);
  Result<IngestSummary> summary = ingester.Run(source, "test");
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.status().code(), StatusCode::kIOError);
}

}  // namespace
}  // namespace tally::ingest
