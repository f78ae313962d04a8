// The public web preview of a Telegram channel (https://t.me/s/NAME): one
// HTML page with the channel's latest posts, or with the posts before an
// id (?before=ID). This reads such a page into its posts.
//
// A post is a `tgme_widget_message` element whose `data-post` is
// "NAME/ID". Its text is the `tgme_widget_message_text` element (line
// breaks kept, links written "text (URL)"), its date the `datetime` of
// the `time` in `tgme_widget_message_date`, its views the
// `tgme_widget_message_views` counter as shown ("1.2K"), and a post that
// was edited carries "edited" in its `tgme_widget_message_meta`.
// Service messages ("channel created", a new photo) and posts without text
// (a photo, a video) are counted, not returned. The fetcher reads the pages
// it fetches with it (src/collect/fetcher_telegram.cc), and the WARC reader
// the copies of them it finds, so that both give the same documents.
//
//   Result<PreviewPage> page = ParseTelegramPreview(html, url, {});
//   for (const PreviewPost& post : page->posts) ...
//   // the next page back: url + "?before=" + std::to_string(page->min_id)
#ifndef TALLY_SRC_INGEST_TELEGRAM_PREVIEW_H_
#define TALLY_SRC_INGEST_TELEGRAM_PREVIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tally/document.h"
#include "tally/status.h"

namespace tally::ingest {

struct PreviewPost {
  int64_t id = 0;
  std::string channel;    // as data-post names it
  std::string url;        // "https://t.me/NAME/ID"
  std::string published;  // ISO 8601 from <time datetime>, "" if none
  std::string views;      // the counter as shown ("1.2K"), "" if none
  std::string forwarded_from;  // the channel or person it was forwarded from
  std::string author;     // the post's signature, if the channel signs posts
  std::string text;       // UTF-8, "\n" for line breaks
  bool edited = false;
};

// A message that is not returned as a post, and why.
struct PassedOver {
  int64_t id = 0;
  // "telegram service message" or "telegram post without text".
  std::string_view reason;
};

struct PreviewPage {
  std::string channel_title;  // the channel's display name, "" if not shown
  std::vector<PreviewPost> posts;  // in page order (oldest first)
  std::vector<PassedOver> passed_over;  // service messages, media only
  int without_id = 0;  // messages whose data-post is not "NAME/ID"
  // The lowest and highest ids of every message on the page, returned or
  // not (0 when there is none): paging goes on from min_id.
  int64_t min_id = 0;
  int64_t max_id = 0;
};

struct PreviewOptions {
  // Largest page read; a larger one fails with kResourceExhausted.
  // Default: 16 MiB (the HTTP client's body cap).
  size_t max_page_bytes = 16u << 20;
  // Messages read from one page (a real page has about 20); a page with
  // more fails with kResourceExhausted. Default: 1000.
  size_t max_messages = 1000;
};

// Reads a preview page. `url` is for messages only. Fails with
// kCorruption naming `url` when the page is not a channel preview (no
// message history and no message), and kResourceExhausted over a limit.
// Thread-safe (no shared state).
Result<PreviewPage> ParseTelegramPreview(std::string_view html, const std::string& url,
                                         const PreviewOptions& options);

// Whether `url` has the path of a preview page: "/s/NAME", maybe with a
// query (?before=ID). Any host: tests serve them from 127.0.0.1.
bool IsPreviewUrl(std::string_view url);

// A post as a raw item: format telegram, its text as plain text, its URL,
// date, author and forwarded-from, and the channel's title (or name) as
// its source. The caller sets where it was read (path, record, captured).
RawItem PreviewPostItem(PreviewPost post, const std::string& channel_title);

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_TELEGRAM_PREVIEW_H_
