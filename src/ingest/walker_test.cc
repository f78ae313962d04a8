#include "src/ingest/walker.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>

#include "tests/test_util.h"

namespace tally::ingest {
namespace {

struct Walk {
  std::vector<std::string> files;
  std::vector<InputError> errors;
  int skipped = 0;
};

Walk WalkInputs(const std::vector<std::string>& inputs) {
  Walk walk;
  ExpandInputs(
      inputs, [&](InputFile f) { walk.files.push_back(f.path); },
      [&](InputError e) { walk.errors.push_back(std::move(e)); },
      [&](const std::string&) { ++walk.skipped; });
  return walk;
}

TEST(ExpandInputs, WalksFoldersInOrderSkippingHiddenAndMedia) {
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir.Path("a/b"));
  testing::WriteFile(dir.Path("a/z.txt"), "z");
  testing::WriteFile(dir.Path("a/b/y.html"), "y");
  testing::WriteFile(dir.Path("a/.hidden"), "h");
  testing::WriteFile(dir.Path("a/photo.jpg"), "p");
  Walk walk = WalkInputs({dir.Path("a")});
  ASSERT_EQ(walk.files.size(), 2u);
  EXPECT_EQ(walk.files[0], dir.Path("a/b/y.html"));
  EXPECT_EQ(walk.files[1], dir.Path("a/z.txt"));
  EXPECT_EQ(walk.skipped, 1);
  EXPECT_TRUE(walk.errors.empty());
}

TEST(ExpandInputs, SymlinkLoopDoesNotHang) {
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir.Path("a"));
  testing::WriteFile(dir.Path("a/f.txt"), "f");
  std::filesystem::create_directory_symlink(dir.Path("a"), dir.Path("a/loop"));
  Walk walk = WalkInputs({dir.Path("a")});
  EXPECT_EQ(walk.files.size(), 1u);
  ASSERT_EQ(walk.errors.size(), 1u);
  EXPECT_NE(walk.errors[0].status.message().find("symlink loop"), std::string::npos);
}

TEST(ExpandInputs, PipesInFoldersAreNotOpened) {
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir.Path("a"));
  ASSERT_EQ(::mkfifo(dir.Path("a/pipe").c_str(), 0600), 0);
  testing::WriteFile(dir.Path("a/f.txt"), "f");
  Walk walk = WalkInputs({dir.Path("a")});
  ASSERT_EQ(walk.files.size(), 1u);
  EXPECT_EQ(walk.files[0], dir.Path("a/f.txt"));
}

TEST(ExpandInputs, MissingPathIsReported) {
  Walk walk = WalkInputs({"/no/such/path", "-"});
  ASSERT_EQ(walk.errors.size(), 1u);
  EXPECT_EQ(walk.errors[0].path, "/no/such/path");
  EXPECT_EQ(walk.errors[0].status.code(), StatusCode::kNotFound);
  ASSERT_EQ(walk.files.size(), 1u);
  EXPECT_EQ(walk.files[0], "-");
}

}  // namespace
}  // namespace tally::ingest
