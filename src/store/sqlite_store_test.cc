#include <gtest/gtest.h>

#include "src/store/store.h"
#include "tests/test_util.h"

namespace tally::store {
namespace {

Document MakeDoc(const std::string& text, const std::string& lang) {
  Document d;
  d.text = text;
  d.id = DocumentId(text);
  d.lang = lang;
  d.format = Format::kText;
  d.meta.path = "x.txt";
  d.meta.source = "Example";
  d.meta.published = "2024-01-0" + std::to_string(text.size() % 9 + 1);
  return d;
}

TEST(Store, StoresOnceAndFindsByPrefix) {
  testing::ScratchDir dir;
  Result<std::unique_ptr<Store>> store = Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Result<int64_t> run = (*store)->BeginRun("test");
  ASSERT_TRUE(run.ok());
  const Document doc = MakeDoc("Some text.", "en");
  EXPECT_TRUE(*(*store)->PutDocument(doc, *run));
  EXPECT_FALSE(*(*store)->PutDocument(doc, *run));
  Result<Document> got = (*store)->GetDocument(doc.id.substr(0, 6));
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->text, "Some text.");
  EXPECT_EQ(got->meta.source, "Example");
  EXPECT_EQ((*store)->GetDocument("d-zzzz").status().code(), StatusCode::kNotFound);
}

TEST(Store, AmbiguousPrefixIsRejected) {
  testing::ScratchDir dir;
  Result<std::unique_ptr<Store>> store = Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  int64_t run = *(*store)->BeginRun("test");
  for (int i = 0; i < 40; ++i) {
    ASSERT_TRUE((*store)->PutDocument(MakeDoc("text " + std::to_string(i), "en"), run).ok());
  }
  EXPECT_EQ((*store)->GetDocument("d-").status().code(), StatusCode::kInvalidArgument);
}

TEST(Store, ListsAndCounts) {
  testing::ScratchDir dir;
  Result<std::unique_ptr<Store>> store = Store::Open(dir.Path("t.db"), {});
  ASSERT_TRUE(store.ok());
  int64_t run = *(*store)->BeginRun("test");
  ASSERT_TRUE((*store)->PutDocument(MakeDoc("one", "en"), run).ok());
  ASSERT_TRUE((*store)->PutDocument(MakeDoc("two two", "ru"), run).ok());
  ASSERT_TRUE((*store)->PutError(run, ErrorRow{run, "bad.warc", "record 2", "corruption",
                                               "error", "cut"}).ok());
  DocumentQuery query;
  query.lang = "ru";
  Result<std::vector<Document>> docs = (*store)->ListDocuments(query);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].lang, "ru");
  Result<Stats> stats = (*store)->GetStats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 2);
  ASSERT_EQ(stats->errors_by_code.size(), 1u);
  EXPECT_EQ(stats->errors_by_code[0].key, "corruption");
  EXPECT_EQ(stats->recent_errors[0].path, "bad.warc");
}

TEST(Store, RefusesAFileThatIsNotADatabase) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("junk.db"), std::string(4096, 'j'));
  Result<std::unique_ptr<Store>> store = Store::Open(dir.Path("junk.db"), {});
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
  EXPECT_NE(store.status().message().find("junk.db"), std::string::npos);
}

TEST(Store, RefusesAFolder) {
  testing::ScratchDir dir;
  for (bool read_only : {false, true}) {
    StoreOptions options;
    options.read_only = read_only;
    Result<std::unique_ptr<Store>> store = Store::Open(dir.Path(""), options);
    EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(store.status().message().find("is a folder"), std::string::npos);
  }
}

TEST(Store, ReadOnlyOpenOfMissingFileIsNotFound) {
  StoreOptions options;
  options.read_only = true;
  EXPECT_EQ(Store::Open("/no/such/dir/t.db", options).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace tally::store
