#include "src/collect/fetcher.h"

#include <algorithm>
#include <ctime>

#include "src/collect/links.h"
#include "src/collect/source_health.h"
#include "src/collect/url.h"
#include "src/ingest/byte_source.h"
#include "src/ingest/pipeline.h"
#include "src/text/charset.h"
#include "src/text/dates.h"

namespace tally::collect {
namespace {

// Collects what the feed reader yields from one fetched feed.
class FeedItems : public ingest::ItemSink {
 public:
  void Item(RawItem item) override { items.push_back(std::move(item)); }
  void Error(ingest::InputError error) override { errors.push_back(std::move(error)); }
  void Skipped(std::string_view) override {}
  std::vector<RawItem> items;
  std::vector<ingest::InputError> errors;
};

bool Success(int status) { return status >= 200 && status < 300; }

// A stop also cuts short the HTTP client's pauses before retries.
FetchOptions WithHttpStop(FetchOptions options) {
  if (options.http.stop == nullptr) options.http.stop = options.stop;
  return options;
}

}  // namespace

Fetcher::Fetcher(std::vector<Source> sources, const std::vector<store::SourceState>& states,
                 SeenFn seen, WarcWriter* warc, FetchOptions options)
    : sources_(std::move(sources)), seen_(std::move(seen)), warc_(warc),
      options_(WithHttpStop(std::move(options))), client_(options_.http) {
  for (const store::SourceState& s : states) states_[s.key] = s;
  if (!options_.now) options_.now = [] { return static_cast<int64_t>(std::time(nullptr)); };
}

std::string Fetcher::NowIso() const { return text::IsoFromUnix(options_.now()); }

int64_t Fetcher::SecondsUntil(const Source& source) const {
  if (options_.all) return 0;
  auto it = states_.find(source.Key());
  if (it == states_.end()) return 0;
  const int64_t last = UnixFromIso(it->second.last_fetch);
  if (last < 0) return 0;
  const int64_t wait = BackoffWait(source.every.count(), it->second.failures);
  return std::max<int64_t>(0, last + wait - options_.now());
}

bool Fetcher::Due(const Source& source) const { return SecondsUntil(source) == 0; }

int64_t Fetcher::SecondsUntilDue() const {
  int64_t soonest = -1;
  for (const Source& source : sources_) {
    const int64_t wait = SecondsUntil(source);
    if (soonest < 0 || wait < soonest) soonest = wait;
  }
  return std::max<int64_t>(soonest, 0);
}

uint64_t Fetcher::Prepare(ingest::Progress& progress) {
  for (const Source& source : sources_) {
    if (Due(source)) {
      due_.push_back(&source);
    } else {
      SourceOutcome outcome;
      outcome.key = source.Key();
      outcome.result = "not due";
      outcomes_.push_back(std::move(outcome));
    }
  }
  progress.files_total = due_.size();
  progress.listing_done = true;
  return 0;  // unknown: a fetch is never a bulk load
}

void Fetcher::Produce(ingest::ItemSink& sink, ingest::Progress& progress) {
  for (const Source* source : due_) {
    if (Stopping()) {
      // Left as they were: still due for the next pass.
      SourceOutcome outcome;
      outcome.key = source->Key();
      outcome.result = "not reached";
      outcomes_.push_back(std::move(outcome));
      continue;
    }
    FetchSource(*source, sink, progress);
    ++progress.files_done;
  }
}

std::optional<WarcRecordRef> Fetcher::Keep(const HttpResponse& response) {
  if (warc_ == nullptr) return std::nullopt;
  Result<WarcRecordRef> ref = warc_->Append(response);
  if (!ref.ok()) {
    if (warc_status_.ok()) warc_status_ = ref.status();
    return std::nullopt;
  }
  return *ref;
}

const Fetcher::HostRules& Fetcher::RobotsFor(const std::string& url) {
  Result<UrlParts> parts = ParseUrl(url);
  if (!parts.ok()) {
    static const HostRules kNone{RobotsRules::DisallowAll(), Status::InvalidArgument("bad URL")};
    return kNone;
  }
  const std::string origin = parts->Origin();
  auto it = robots_.find(origin);
  if (it != robots_.end()) return it->second;
  const std::string robots_url = origin + "/robots.txt";
  HttpRequest request;
  request.url = robots_url;
  Result<HttpResponse> r = client_.Get(request);
  HostRules host;
  if (!r.ok()) {
    host.rules = RobotsRules::FromFetch(0, "", options_.http.agent);
    host.failure = r.status();
  } else {
    (void)Keep(*r);
    host.rules = RobotsRules::FromFetch(r->status, r->body, options_.http.agent);
    if (host.rules.disallow_all()) {
      host.failure = Status::IOError(robots_url + ": HTTP " + std::to_string(r->status));
    }
  }
  return robots_.emplace(origin, std::move(host)).first->second;
}

void Fetcher::Fail(store::SourceState& state, const Status& why, ingest::ItemSink& sink,
                   SourceOutcome* outcome) {
  outcome->result = "failed";
  outcome->error = why.message();
  ++state.failures;
  state.last_error = why.message();
  sink.Error(ingest::ErrorFor(state.target, why));
}

bool Fetcher::MayFetch(const std::string& url, store::SourceState& state, ingest::ItemSink& sink,
                       SourceOutcome* outcome) {
  Result<UrlParts> parts = ParseUrl(url);
  if (!parts.ok()) {
    Fail(state, parts.status(), sink, outcome);
    return false;
  }
  const HostRules& robots = RobotsFor(url);
  if (!robots.failure.ok()) {
    // The host could not say what it allows: nothing is asked of it, and
    // the source is backed off like any failing one.
    Fail(state, robots.failure.WithContext(url + ": robots.txt could not be read"), sink, outcome);
    return false;
  }
  if (!robots.rules.Allowed(parts->path)) {
    outcome->result = "disallowed";
    state.last_error = url + ": disallowed by robots.txt";
    sink.Skipped("source disallowed by robots.txt");
    return false;
  }
  return true;
}

namespace {

// Hands a source's items on with its language hint.
class HintingSink : public ingest::ItemSink {
 public:
  HintingSink(ingest::ItemSink& inner, std::string lang) : inner_(inner), lang_(std::move(lang)) {}
  void Item(RawItem item) override {
    if (item.lang_hint.empty()) item.lang_hint = lang_;
    inner_.Item(std::move(item));
  }
  void Error(ingest::InputError error) override { inner_.Error(std::move(error)); }
  void Skipped(std::string_view why) override { inner_.Skipped(why); }
  bool Checkpoint(std::function<Status(store::Store&)> save) override {
    return inner_.Checkpoint(std::move(save));
  }

 private:
  ingest::ItemSink& inner_;
  std::string lang_;
};

}  // namespace

void Fetcher::FetchSource(const Source& source, ingest::ItemSink& outer,
                          ingest::Progress& progress) {
  HintingSink sink(outer, source.lang);
  SourceOutcome outcome;
  outcome.key = source.Key();
  store::SourceState& state = states_[source.Key()];
  // A source cut short by a stop goes back to this, its counts aside, so
  // that the next pass takes it up again from where this one began.
  const store::SourceState before = state;
  touched_.insert(source.Key());
  state.key = source.Key();
  state.kind = std::string(SourceKindName(source.kind));
  state.target = source.kind == SourceKind::kTelegram ? source.channel : source.url;
  state.label = source.label;
  state.every = source.every.count();
  state.last_fetch = NowIso();
  ++state.fetches;
  if (source.kind == SourceKind::kTelegram) {
    FetchChannel(source, state, sink, progress, &outcome);
  } else {
    FetchListing(source, state, sink, progress, &outcome);
  }
  if (outcome.result == "stopped") {
    state.last_fetch = before.last_fetch;
    state.etag = before.etag;
    state.last_modified = before.last_modified;
    state.last_item = before.last_item;
  } else if (outcome.result != "failed" && outcome.result != "disallowed") {
    state.last_success = state.last_fetch;
    state.failures = 0;
    state.last_error.clear();
  }
  Checkpoint(source.Key(), sink);
  outcomes_.push_back(std::move(outcome));
}

void Fetcher::FetchListing(const Source& source, store::SourceState& state,
                           ingest::ItemSink& sink, ingest::Progress& progress,
                           SourceOutcome* outcome) {
  if (!MayFetch(source.url, state, sink, outcome)) return;
  const HttpRequest request{source.url, state.etag, state.last_modified};
  Result<HttpResponse> listing = client_.Get(request);
  if (listing.ok()) (void)Keep(*listing);
  if (!listing.ok()) {
    Fail(state, listing.status(), sink, outcome);
    return;
  }
  if (listing->status == 304) {
    outcome->result = "unchanged";
    return;
  }
  if (!Success(listing->status)) {
    Fail(state, Status::IOError(source.url + ": HTTP " + std::to_string(listing->status)), sink,
         outcome);
    return;
  }
  progress.bytes_done += listing->body.size();
  std::vector<std::string> links;
  if (source.kind == SourceKind::kFeed) {
    ReadFeed(source, *listing, sink, &links, outcome);
  } else {
    links = FollowedLinks(listing->body, listing->url, source.follow, options_.max_links * 4);
  }
  if (outcome->result.empty()) outcome->result = "fetched";
  size_t followed = 0;
  for (const std::string& link : links) {
    if (fetched_this_pass_.count(link) > 0) continue;
    Result<bool> seen = seen_ ? seen_(link) : Result<bool>(false);
    if (seen.ok() && *seen) {
      ++outcome->known;
      continue;
    }
    if (followed++ >= options_.max_links) {
      ++outcome->deferred;  // the next pass takes it, and counts it then
      continue;
    }
    if (Stopping()) {
      outcome->result = "stopped";
      break;
    }
    ++outcome->links;
    FetchPage(source, link, sink, progress, outcome);
  }
  state.items_seen += outcome->links;
  // Validators only for a listing read to its end: a 304 next time must
  // not hide the links this pass left for later.
  if (outcome->deferred == 0) {
    state.etag = listing->etag;
    state.last_modified = listing->last_modified;
  }
}

void Fetcher::ReadFeed(const Source& source, const HttpResponse& feed, ingest::ItemSink& sink,
                       std::vector<std::string>* links, SourceOutcome* outcome) {
  FeedItems items;
  std::unique_ptr<ingest::ByteSource> bytes = ingest::FromString(feed.body);
  Status s = ingest::ReadFeed(*bytes, source.url, options_.reader, items);
  if (!s.ok() || (items.items.empty() && !items.errors.empty())) {
    const Status why = !s.ok() ? s : items.errors.front().status;
    Fail(states_[source.Key()], why.WithContext(source.url + ": not a readable feed"), sink,
         outcome);
    return;
  }
  for (ingest::InputError& e : items.errors) sink.Error(std::move(e));
  for (RawItem& item : items.items) {
    Result<std::string> link =
        item.meta.url.empty() ? Result<std::string>(Status::NotFound("no link"))
                              : ResolveUrl(feed.url, item.meta.url);
    if (link.ok()) {
      links->push_back(*link);
      continue;
    }
    // An item without a link is stored as the feed gives it, once.
    item.meta.path = source.url;
    sink.Item(std::move(item));
  }
}

void Fetcher::FetchPage(const Source& source, const std::string& url, ingest::ItemSink& sink,
                        ingest::Progress& progress, SourceOutcome* outcome) {
  Result<UrlParts> parts = ParseUrl(url);
  if (!parts.ok() || !RobotsFor(url).rules.Allowed(parts->path)) {
    ++outcome->disallowed;
    sink.Skipped("page disallowed by robots.txt");
    return;
  }
  fetched_this_pass_.insert(url);
  HttpRequest request;
  request.url = url;
  Result<HttpResponse> page = client_.Get(request);
  if (!page.ok()) {
    ++outcome->failed;
    sink.Error(ingest::ErrorFor(url, page.status()));
    return;
  }
  std::optional<WarcRecordRef> ref = Keep(*page);
  progress.bytes_done += page->body.size();
  // A page that is gone is not asked for again; a server error is.
  if (page->status < 500) {
    fetched_urls_.push_back({.url = url, .source = source.Key(), .fetched = page->fetched_at,
                             .status = page->status,
                             .warc_file = ref ? ref->path : "",
                             .warc_record = ref ? ref->id : ""});
  }
  if (!Success(page->status)) {
    ++outcome->failed;
    sink.Error(ingest::ErrorFor(url, Status::IOError(url + ": HTTP " +
                                                     std::to_string(page->status))));
    return;
  }
  if (!ingest::IsHtmlType(page->content_type)) {
    sink.Skipped("fetched page that is not HTML");
    return;
  }
  ++outcome->fetched;
  RawItem item;
  item.format = Format::kHtml;
  item.kind = BodyKind::kHtml;
  item.charset_hint = text::CharsetFromContentType(page->content_type);
  item.input_bytes = page->body.size();
  item.body = std::move(page->body);
  item.meta.url = page->url;
  item.meta.captured = page->fetched_at;
  item.meta.path = ref ? ref->path : page->url;
  item.meta.record = ref ? ref->id : "";
  sink.Item(std::move(item));
}

namespace {

Status WriteRecords(store::Store& store, const std::vector<store::SourceState>& states,
                    const std::vector<store::FetchedUrl>& urls) {
  for (const store::SourceState& state : states) {
    Status s = store.PutSourceState(state);
    if (!s.ok()) return s;
  }
  for (const store::FetchedUrl& url : urls) {
    Status s = store.PutFetchedUrl(url);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

void Fetcher::Checkpoint(const std::string& key, ingest::ItemSink& sink) {
  std::vector<store::SourceState> states{states_[key]};
  std::vector<store::FetchedUrl> urls(fetched_urls_.begin() + checkpointed_urls_,
                                      fetched_urls_.end());
  const bool taken = sink.Checkpoint([states, urls](store::Store& store) {
    return WriteRecords(store, states, urls);
  });
  if (!taken) return;
  checkpointed_.insert(key);
  checkpointed_urls_ = fetched_urls_.size();
}

Status Fetcher::Save(store::Store& store) {
  std::vector<store::SourceState> states;
  for (const std::string& key : touched_) {
    if (checkpointed_.count(key) == 0) states.push_back(states_[key]);
  }
  const std::vector<store::FetchedUrl> urls(fetched_urls_.begin() + checkpointed_urls_,
                                            fetched_urls_.end());
  if (states.empty() && urls.empty()) return Status::Ok();
  Status s = store.BeginBatch();
  if (s.ok()) s = WriteRecords(store, states, urls);
  if (s.ok()) return store.CommitBatch();
  (void)store.RollbackBatch();
  return s;
}

}  // namespace tally::collect
