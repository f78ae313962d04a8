// Fuzzes the reader of Telegram's public preview pages. Whatever the page,
// ParseTelegramPreview must not crash and fails only with kCorruption or
// kResourceExhausted; a page it reads gives posts whose id lies within the
// page's [min_id, max_id], whose URL is built from data-post, whose text
// is valid UTF-8, non-empty and trimmed, and whose date is "" or ISO; the
// same page read again gives the same posts, and a message limit below
// the page's count is refused, not exceeded.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/ingest/telegram_preview.h"
#include "src/text/charset.h"
#include "src/text/dates.h"

namespace {

bool Trimmed(const std::string& s) {
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  return !s.empty() && !space(s.front()) && !space(s.back());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  namespace ingest = tally::ingest;
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  const std::string url = "http://127.0.0.1/s/fuzz";
  tally::Result<ingest::PreviewPage> page = ingest::ParseTelegramPreview(html, url, {});
  if (!page.ok()) {
    const tally::StatusCode code = page.status().code();
    Require(code == tally::StatusCode::kCorruption || code == tally::StatusCode::kResourceExhausted,
            "telegram_preview: failed with an undocumented code");
    Require(page.status().message().find(url) != std::string::npos,
            "telegram_preview: the error does not name the URL");
    return 0;
  }
  size_t messages = 0;
  for (const ingest::PreviewPost& post : page->posts) {
    ++messages;
    Require(post.id > 0 && post.id >= page->min_id && post.id <= page->max_id,
            "telegram_preview: a post id outside the page's range");
    Require(post.url == "https://t.me/" + post.channel + "/" + std::to_string(post.id),
            "telegram_preview: the post URL is not built from data-post");
    Require(Trimmed(post.text), "telegram_preview: empty or untrimmed text");
    Require(tally::text::IsValidUtf8(post.text), "telegram_preview: text is not UTF-8");
    Require(post.published.empty() || tally::text::ToIsoDate(post.published) == post.published,
            "telegram_preview: the date is not ISO");
  }
  for (const ingest::PassedOver& p : page->passed_over) {
    ++messages;
    Require(p.id >= page->min_id && p.id <= page->max_id,
            "telegram_preview: a passed-over id outside the page's range");
  }
  tally::Result<ingest::PreviewPage> again = ingest::ParseTelegramPreview(html, url, {});
  Require(again.ok() && again->posts.size() == page->posts.size(),
          "telegram_preview: a second read differs");
  for (size_t i = 0; i < page->posts.size(); ++i) {
    Require(again->posts[i].text == page->posts[i].text && again->posts[i].id == page->posts[i].id,
            "telegram_preview: a second read differs");
  }
  messages += static_cast<size_t>(page->without_id);
  if (messages > 0) {
    tally::Result<ingest::PreviewPage> limited =
        ingest::ParseTelegramPreview(html, url, {.max_messages = messages - 1});
    Require(!limited.ok() && limited.status().code() == tally::StatusCode::kResourceExhausted,
            "telegram_preview: the message limit was not kept");
  }
  return 0;
}
