#include "src/text/markdown.h"

#include <gtest/gtest.h>

#include "src/text/normalize.h"

namespace tally::text {
namespace {

TEST(MarkdownToText, StripsMarkupKeepsWords) {
  const std::string md =
      "# Weekly briefing\n\nLawyers counted **more than 1,000** cases, "
      "see [the report](https://example.org/r).\n\n- first point\n- second point\n\n"
      "![chart](chart.png)\n";
  EXPECT_EQ(NormalizeText(MarkdownToText(md)),
            "Weekly briefing\n\nLawyers counted more than 1,000 cases, see the report."
            "\n\nfirst point\nsecond point");
}

TEST(MarkdownToText, KeepsUnderscoresInsideWords) {
  EXPECT_EQ(NormalizeText(MarkdownToText("snake_case and _emphasis_")),
            "snake_case and emphasis");
}

TEST(MarkdownToText, ManyOpenBracketsStayLinear) {
  // Found in review: each "[" searched the rest of the line again.
  const std::string line(2 << 20, '[');
  EXPECT_EQ(MarkdownToText(line).size(), line.size() + 1);
}

}  // namespace
}  // namespace tally::text
