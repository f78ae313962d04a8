#include "src/text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tally::text {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Abbreviations abbr;
  abbr.Add("Mr");
  const Segmentation seg = Segment(text, abbr);
  std::vector<std::string> out;
  for (const Sentence& s : seg.sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// Text taken from web pages keeps a block on one line: a line end there
// closes a headline or a caption even without a full stop.
TEST(Segment, LineEndsCloseBlocksOfWebText) {
  const std::string body(400, 'x');
  const std::string text = "2 min read\nMediazona confirms identities of over 52,700 soldiers\nIt said " +
                           body + " today.";
  const std::vector<std::string> s = Sentences(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "2 min read");
  EXPECT_EQ(s[1], "Mediazona confirms identities of over 52,700 soldiers");
}

// Prose wrapped at a fixed width runs its sentences over the line ends.
TEST(Segment, HardWrappedProseRunsOverLineEnds) {
  const std::string text =
      "The lawyer said that more than 1,000 soldiers had refused to go, and\n"
      "that Pavel Chikov of the Agora group had counted them one by one over\n"
      "the months since the war began. Nobody else did.";
  const std::vector<std::string> s = Sentences(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Nobody else did.");
}

}  // namespace
}  // namespace tally::text
