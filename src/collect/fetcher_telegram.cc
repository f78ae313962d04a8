// The fetcher's Telegram part: a channel read through its public preview
// pages. The first page holds the newest posts; each next one is asked for
// with ?before=<the oldest id seen>, until a page reaches the newest post
// stored before (the state's last_item), the channel's first post, or
// `backfill` pages. Only then does last_item move on: a pass cut short
// (stopped, or a page that failed) leaves it, so the next pass reads the
// same pages again and finds their posts already stored, rather than
// leaving a hole in the channel's history.
//
// Posts at or below last_item are passed over, save those marked
// edited: the edited text is a new document (documents are keyed by their
// text), so the earlier version stays beside it.
#include <algorithm>

#include "src/collect/fetcher.h"
#include "src/collect/url.h"
#include "src/ingest/pipeline.h"
#include "src/ingest/telegram_preview.h"

namespace tally::collect {
namespace {

std::string PreviewUrl(const Source& source) {
  std::string base = source.preview;
  if (base.empty() || base.back() != '/') base += '/';
  return base + source.channel;
}

RawItem PostItem(ingest::PreviewPost post, const std::string& channel_title,
                 const HttpResponse& page, const std::optional<WarcRecordRef>& ref) {
  const int64_t id = post.id;
  RawItem item = ingest::PreviewPostItem(std::move(post), channel_title);
  item.meta.captured = page.fetched_at;
  // The page's bytes are the evidence: its WARC record (or its URL
  // without a WARC writer), and the post within it.
  item.meta.path = ref ? ref->path : page.url;
  item.meta.record = (ref ? ref->id + " " : std::string()) + "post " + std::to_string(id);
  return item;
}

}  // namespace

Result<ingest::PreviewPage> Fetcher::ReadPreviewPage(const std::string& url,
                                                     ingest::Progress& progress,
                                                     HttpResponse* response,
                                                     std::optional<WarcRecordRef>* ref) {
  HttpRequest request;
  request.url = url;
  Result<HttpResponse> got = client_.Get(request);
  if (!got.ok()) return got.status();
  *response = std::move(*got);
  *ref = Keep(*response);
  progress.bytes_done += response->body.size();
  if (response->status < 200 || response->status >= 300) {
    return Status::IOError(url + ": HTTP " + std::to_string(response->status));
  }
  return ingest::ParseTelegramPreview(response->body, url, {});
}

void Fetcher::FetchChannel(const Source& source, store::SourceState& state,
                           ingest::ItemSink& sink, ingest::Progress& progress,
                           SourceOutcome* outcome) {
  const std::string first_url = PreviewUrl(source);
  if (!MayFetch(first_url, state, sink, outcome)) return;
  const int64_t last = state.last_item;
  int64_t newest = last;
  int64_t before = 0;
  for (int pages = 0; pages < source.backfill; ++pages) {
    if (Stopping()) {
      outcome->result = "stopped";
      break;
    }
    const std::string url = before == 0 ? first_url : first_url + "?before=" + std::to_string(before);
    Result<UrlParts> parts = ParseUrl(url);
    if (!parts.ok() || !RobotsFor(url).rules.Allowed(parts->path)) {
      ++outcome->disallowed;
      sink.Skipped("page disallowed by robots.txt");
      break;
    }
    HttpResponse response;
    std::optional<WarcRecordRef> ref;
    Result<ingest::PreviewPage> page = ReadPreviewPage(url, progress, &response, &ref);
    if (!page.ok()) {
      // The first page failing fails the source; a later one ends the
      // backfill, and the next pass tries again.
      if (pages == 0) {
        Fail(state, page.status(), sink, outcome);
      } else {
        ++outcome->failed;
        sink.Error(ingest::ErrorFor(url, page.status()));
      }
      break;
    }
    ++outcome->fetched;
    if (before != 0 && page->min_id >= before) {
      // The site gave newer posts again (it ignores ?before=): asking on
      // would only repeat them.
      ++outcome->failed;
      sink.Error(ingest::ErrorFor(url, Status::Corruption(
          url + ": the page does not go back past post " + std::to_string(before))));
      break;
    }
    if (page->without_id > 0) {
      sink.Error(ingest::ErrorFor(url, Status::Corruption(
          url + ": " + std::to_string(page->without_id) + " messages without a post id")));
    }
    for (const ingest::PassedOver& p : page->passed_over) {
      if (p.id > last) sink.Skipped(p.reason);
    }
    for (ingest::PreviewPost& post : page->posts) {
      if (post.id <= last && !post.edited) {
        ++outcome->known;
        continue;
      }
      if (post.id > last) ++outcome->links;
      sink.Item(PostItem(std::move(post), page->channel_title, response, ref));
    }
    newest = std::max(newest, page->max_id);
    // Done at the stored posts, or at the channel's first post.
    if (page->min_id <= last + 1 || page->min_id <= 1) break;
    before = page->min_id;
  }
  if (outcome->result.empty()) outcome->result = "fetched";
  // Past the bound older posts are not read: a channel followed for the
  // first time starts `backfill` pages back, and one that posted more than
  // that between two passes loses what lies between.
  if (outcome->result == "fetched" && outcome->failed == 0) state.last_item = newest;
  state.items_seen += outcome->links;
}

}  // namespace tally::collect
