#include <gtest/gtest.h>

#include "src/ingest/reader.h"
#include "tests/test_util.h"

namespace tally::ingest {
namespace {

using testing::CollectingSink;
using testing::ReadPath;
using testing::SourcePath;

TEST(FeedReader, Rss) {
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(SourcePath("examples/feeds/northern-ledger.rss"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 4u);
  EXPECT_TRUE(sink.errors.empty());
  for (const RawItem& item : sink.items) {
    EXPECT_EQ(item.format, Format::kRss);
    EXPECT_EQ(item.kind, BodyKind::kHtmlPart);
    EXPECT_FALSE(item.meta.title.empty());
    EXPECT_EQ(item.meta.url.rfind("https://", 0), 0u);
    EXPECT_EQ(item.meta.published.rfind("2024-", 0), 0u) << item.meta.published;
    EXPECT_NE(item.meta.published.find('T'), std::string::npos);
    EXPECT_FALSE(item.meta.source.empty());
  }
}

TEST(FeedReader, Atom) {
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(SourcePath("examples/feeds/kyiv-courier.atom"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 3u);
  EXPECT_TRUE(sink.errors.empty());
  for (const RawItem& item : sink.items) {
    EXPECT_EQ(item.format, Format::kAtom);
    EXPECT_FALSE(item.meta.url.empty());
    EXPECT_FALSE(item.meta.published.empty());
  }
}

TEST(FeedReader, MalformedXmlKeepsItemsBeforeTheError) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("f.rss"), R"(<?xml version="1.0"?><rss version="2.0"><channel>
<title>Feed</title>
<item><title>One</title><link>https://a.example/1</link><description>First.</description></item>
<item><title>Two</title><link>https://a.example/2</link><description>Second.</description></item>
<item><title>Three</title><description>Broken <b></description></item>
</channel></rss>)");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("f.rss"), &sink).ok());
  // Recovery may salvage the broken item too; the two before it must be there.
  ASSERT_GE(sink.items.size(), 2u);
  EXPECT_EQ(sink.items[0].meta.title, "One");
  EXPECT_EQ(sink.items[1].meta.title, "Two");
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kCorruption);
  EXPECT_EQ(sink.errors[0].record, "line 5");
}

TEST(FeedReader, ExternalEntitiesAreNotLoaded) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("xxe.rss"), R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title>
<item><title>x</title><description>before &secret; after</description></item>
</channel></rss>)");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("xxe.rss"), &sink).ok());
  for (const RawItem& item : sink.items) {
    EXPECT_EQ(item.body.find("root:"), std::string::npos);
  }
}

TEST(FeedReader, MediaElementsDoNotOverwriteTheItem) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("m.rss"), R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
<item><title>Real headline</title>
<content:encoded><![CDATA[<p>The article body.</p>]]></content:encoded>
<media:content url="x.jpg"><media:title>Photo caption</media:title>
<media:description>Caption text</media:description></media:content>
<media:title>Photo by Someone</media:title></item></channel></rss>)");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("m.rss"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].meta.title, "Real headline");
  EXPECT_NE(sink.items[0].body.find("The article body."), std::string::npos);
}

TEST(FeedReader, AtomAuthorNameAndPlainTextDefault) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("a.atom"), R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title>E</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
<author><name>John Doe</name><email>john@example.com</email></author>
<summary>5 &lt;b&gt; is not markup here</summary></entry></feed>)");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("a.atom"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].meta.author, "John Doe");
  EXPECT_EQ(sink.items[0].kind, BodyKind::kPlain);
  EXPECT_EQ(sink.items[0].body, "5 <b> is not markup here");
}

TEST(FeedReader, XmlThatIsNotAFeed) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("x.xml"), "<?xml version=\"1.0\"?><config><a>1</a></config>");
  CollectingSink sink;
  Status s = ReadPath(dir.Path("x.xml"), &sink);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tally::ingest
