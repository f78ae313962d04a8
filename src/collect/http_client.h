// A polite HTTP client over libcurl for the collector: one GET at a time
// per call, with an honest User-Agent, timeouts, a body size cap, bounded
// redirects, gzip/brotli/zstd as curl has them, conditional GET, retries
// with backoff (honouring Retry-After on 429 and 503) and a minimum
// interval between two requests to one host.
//
//   HttpClient client(HttpOptions{.contact = "ops@example.org"});
//   Result<HttpResponse> r = client.Get({.url = "https://example.org/feed.xml",
//                                        .etag = state.etag});
//   if (r.ok() && r->status == 304) { /* unchanged */ }
//
// Thread-safe: calls from several threads share the per-host intervals.
#ifndef TALLY_SRC_COLLECT_HTTP_CLIENT_H_
#define TALLY_SRC_COLLECT_HTTP_CLIENT_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "tally/status.h"

namespace tally::collect {

struct HttpOptions {
  // Who to write to about the crawler: an e-mail or URL, sent in the
  // User-Agent ("tally/0.1 (+CONTACT)"). Default: none (then the
  // User-Agent names the project only).
  std::string contact;
  // The product token robots.txt groups are matched against. Default: "tally".
  std::string agent = "tally";
  // Time to connect, and for the whole exchange. Default: 10 s, 60 s.
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds timeout{60'000};
  // Largest body kept (after decompression); a larger one fails with
  // kResourceExhausted. Default: 16 MiB.
  size_t max_body_bytes = 16u << 20;
  // Redirects followed; more fail with kIOError. Default: 5.
  int max_redirects = 5;
  // Tries for a request that fails to connect or answers 429 or 5xx.
  // Default: 3.
  int max_attempts = 3;
  // The wait before the second try, doubled before each next one, unless
  // the server said otherwise with Retry-After. Default: 2 s.
  std::chrono::milliseconds backoff{2'000};
  // The longest Retry-After waited for; a longer one ends the tries and
  // the answer is returned as is. Default: 2 min.
  std::chrono::milliseconds max_retry_after{120'000};
  // The least time between the starts of two requests to one host
  // (scheme, host and port). Default: 1 s.
  std::chrono::milliseconds host_interval{1'000};
  // When set and true (a stop asked for, as by `tally watch` on SIGTERM),
  // a failed request is not tried again and the pause before a retry ends
  // at once, the last answer returned; a request under way is let finish.
  // Not owned. Default: none.
  const std::atomic<bool>* stop = nullptr;
};

struct HttpRequest {
  std::string url;
  // Validators from the last fetch, sent as If-None-Match and
  // If-Modified-Since. Default: none.
  std::string etag;
  std::string last_modified;
};

struct HttpResponse {
  int status = 0;         // the final status after redirects (304: unchanged)
  std::string url;        // the final URL
  std::string body;       // decompressed
  std::string content_type, etag, last_modified, retry_after;
  // The final exchange as sent and received, for the WARC record: the
  // request line and headers, the status line and headers (CRLF ends).
  std::string request_head;
  std::string response_head;
  std::string remote_ip;
  int attempts = 0;       // tries it took
  std::string fetched_at; // ISO 8601 UTC, when the final answer came
};

class HttpClient {
 public:
  explicit HttpClient(HttpOptions options);

  // GETs `request.url`. Returns the final answer whatever its status (a
  // 404 or a 500 after the last try is a response, not an error). Fails
  // with kInvalidArgument for a URL that is not http(s), kResourceExhausted
  // for a body over the cap, and kIOError for a host that cannot be
  // reached, a timeout or too many redirects, each naming the URL.
  Result<HttpResponse> Get(const HttpRequest& request);

  // "tally/VERSION (+CONTACT)".
  const std::string& user_agent() const { return user_agent_; }
  const HttpOptions& options() const { return options_; }

 private:
  // Waits until `origin` may be asked again, and books the next slot.
  // `interruptible`: a stop ends the wait early, and then it returns false.
  bool WaitForHost(const std::string& origin, bool interruptible);
  bool Stopping() const { return options_.stop != nullptr && options_.stop->load(); }
  Result<HttpResponse> GetOnce(const HttpRequest& request);

  HttpOptions options_;
  std::string user_agent_;
  std::mutex mu_;
  std::map<std::string, std::chrono::steady_clock::time_point> next_slot_;
};

// The wait a Retry-After header asks for: delta-seconds or an HTTP date
// (relative to `now`, seconds since the epoch). Returns a negative
// duration when the value is neither.
std::chrono::seconds ParseRetryAfter(const std::string& value, int64_t now);

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_HTTP_CLIENT_H_
