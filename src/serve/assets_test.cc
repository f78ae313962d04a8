#include "src/serve/assets.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "tests/test_util.h"

namespace tally::serve {
namespace {

TEST(Assets, RefusesPathsThatLeaveTheRoot) {
  for (std::string_view path :
       {std::string_view("../etc/passwd"), std::string_view("/etc/passwd"),
        std::string_view("a/../../x"), std::string_view("a//b"), std::string_view(".hidden"),
        std::string_view("a\\..\\b"), std::string_view("a\0b", 3), std::string_view(""),
        std::string_view("./a"), std::string_view("c:/x")}) {
    EXPECT_EQ(CheckAssetPath(path).code(), StatusCode::kInvalidArgument) << path;
  }
  EXPECT_TRUE(CheckAssetPath("js/app.js").ok());
}

TEST(Assets, FolderServesItsFilesOnly) {
  testing::ScratchDir dir;
  const std::string root = dir.Path("web");
  std::filesystem::create_directories(root + "/js");
  testing::WriteFile(root + "/index.html", "<p>hi</p>");
  testing::WriteFile(root + "/js/app.js", "1;");
  testing::WriteFile(dir.Path("secret.txt"), "secret");
  ASSERT_EQ(::symlink(dir.Path("secret.txt").c_str(), (root + "/link.txt").c_str()), 0);
  Result<AssetSource> assets = AssetSource::Folder(root);
  ASSERT_TRUE(assets.ok());
  Result<Asset> index = assets->Read("index.html");
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(index->body, "<p>hi</p>");
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(assets->Read("js/app.js")->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(assets->Read("link.txt").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(assets->Read("../secret.txt").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(assets->Read("missing.css").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(assets->Read("js").status().code(), StatusCode::kNotFound);
}

TEST(Assets, ContentTypes) {
  EXPECT_EQ(ContentType("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentType("a.svg"), "image/svg+xml");
  EXPECT_EQ(ContentType("a"), "application/octet-stream");
}

}  // namespace
}  // namespace tally::serve
