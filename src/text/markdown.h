// Markdown to plain text: headings, emphasis, links and list markers lose
// their markup; paragraphs stay paragraphs. Not a full CommonMark parser:
// enough to keep the words and their order, which is all tally needs.
#ifndef TALLY_SRC_TEXT_MARKDOWN_H_
#define TALLY_SRC_TEXT_MARKDOWN_H_

#include <string>
#include <string_view>

namespace tally::text {

std::string MarkdownToText(std::string_view markdown);

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_MARKDOWN_H_
