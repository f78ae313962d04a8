// The whole pipeline on the bundled examples, into a real SQLite file: the
// counts the corpus was written to have (tests/golden/MANIFEST.md).
#include <gtest/gtest.h>

#include "src/ingest/pipeline.h"
#include "tests/test_util.h"

namespace tally {
namespace {

ingest::PipelineOptions Options(int threads) {
  ingest::PipelineOptions options;
  options.threads = threads;
  options.process.main_text.boilerplate_phrases = testing::BoilerplatePhrases();
  return options;
}

TEST(IngestExamples, StoresEveryDocumentOnce) {
  testing::ScratchDir dir;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  ingest::Ingester ingester(**store, Options(2), nullptr);
  Result<ingest::IngestSummary> first =
      ingester.Run({testing::SourcePath("examples")}, "test");
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  // 6 pages + 3 archived pages + 11 + 7 Telegram messages + 4 RSS + 3 Atom
  // items + 6 text files + 4 distinct JSON lines + 8 reconcile reports + 10
  // measures reports. The
  // .warc and .warc.gz hold the same three pages, and one JSON line
  // repeats another.
  EXPECT_EQ(first->run.documents_new, 62u);
  EXPECT_EQ(first->run.documents_known, 4u);
  EXPECT_EQ(first->run.errors, 0u);
  EXPECT_EQ(first->new_by_lang["en"] + first->new_by_lang["ru"] + first->new_by_lang["uk"], 62u);
  EXPECT_GE(first->new_by_lang["ru"], 10u);
  EXPECT_GE(first->new_by_lang["uk"], 10u);
  EXPECT_EQ(first->new_by_format["telegram"], 18u);
  EXPECT_EQ(first->new_by_format["warc"], 3u);

  // Ingesting the same thing again adds nothing and says so.
  Result<ingest::IngestSummary> again =
      ingester.Run({testing::SourcePath("examples")}, "test again");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->run.documents_new, 0u);
  EXPECT_EQ(again->run.documents_known, 66u);

  Result<store::Stats> stats = (*store)->GetStats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 62);
  EXPECT_EQ(stats->runs, 2);
}

TEST(IngestExamples, SameResultWithOneThread) {
  testing::ScratchDir dir;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  ingest::Ingester ingester(**store, Options(1), nullptr);
  Result<ingest::IngestSummary> run = ingester.Run({testing::SourcePath("examples")}, "test");
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->run.documents_new, 62u);
}

TEST(IngestExamples, WindowsAndKoiPagesDecodeToRussian) {
  testing::ScratchDir dir;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  ingest::Ingester ingester(**store, Options(1), nullptr);
  ASSERT_TRUE(ingester.Run({testing::SourcePath("examples/html")}, "test").ok());
  store::DocumentQuery query;
  query.lang = "ru";
  Result<std::vector<Document>> docs = (*store)->ListDocuments(query);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  std::set<std::string> charsets;
  for (const Document& d : *docs) {
    Result<Document> full = (*store)->GetDocument(d.id);
    ASSERT_TRUE(full.ok());
    charsets.insert(full->charset);
    EXPECT_FALSE(full->meta.title.empty());
    EXPECT_FALSE(full->meta.published.empty());
    EXPECT_FALSE(full->meta.url.empty());
  }
  EXPECT_EQ(charsets, (std::set<std::string>{"windows-1251", "KOI8-R"}));
}

}  // namespace
}  // namespace tally
