#include "src/collect/http_client.h"

#include <curl/curl.h>

#include <ctime>
#include <memory>
#include <thread>

#include "src/collect/url.h"
#include "src/text/dates.h"

namespace tally::collect {
namespace {

constexpr const char* kVersion = "0.1";

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct EasyDeleter {
  void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
struct ListDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == '\n' || s.back() == ' ')) s.pop_back();
  size_t start = 0;
  while (start < s.size() && s[start] == ' ') ++start;
  return s.substr(start);
}

// What the callbacks collect during one exchange.
struct Exchange {
  size_t max_body = 0;
  bool too_big = false;
  std::string body;
  std::string response_head;
  std::string request_head;
  std::map<std::string, std::string> headers;  // lower-case names, last wins
};

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* ex = static_cast<Exchange*>(user);
  const size_t bytes = size * n;
  if (ex->body.size() + bytes > ex->max_body) {
    ex->too_big = true;
    return 0;  // aborts the transfer
  }
  ex->body.append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  auto* ex = static_cast<Exchange*>(user);
  const size_t bytes = size * n;
  std::string line(data, bytes);
  // A status line starts the next response of a redirect chain: only the
  // last one is kept.
  if (line.rfind("HTTP/", 0) == 0) {
    ex->response_head.clear();
    ex->headers.clear();
    ex->body.clear();
  }
  ex->response_head += line;
  const size_t colon = line.find(':');
  if (colon != std::string::npos) {
    ex->headers[Lower(Trim(line.substr(0, colon)))] = Trim(line.substr(colon + 1));
  }
  return bytes;
}

int OnDebug(CURL*, curl_infotype type, char* data, size_t size, void* user) {
  if (type == CURLINFO_HEADER_OUT) static_cast<Exchange*>(user)->request_head.assign(data, size);
  return 0;
}

std::string Header(const Exchange& ex, const char* name) {
  auto it = ex.headers.find(name);
  return it == ex.headers.end() ? "" : it->second;
}

}  // namespace

std::chrono::seconds ParseRetryAfter(const std::string& value, int64_t now) {
  const std::string v = Trim(value);
  if (v.empty()) return std::chrono::seconds(-1);
  if (v.find_first_not_of("0123456789") == std::string::npos) {
    if (v.size() > 9) return std::chrono::seconds(1'000'000'000);
    return std::chrono::seconds(std::stoll(v));
  }
  const time_t when = curl_getdate(v.c_str(), nullptr);
  if (when < 0) return std::chrono::seconds(-1);
  return std::chrono::seconds(when > now ? when - now : 0);
}

HttpClient::HttpClient(HttpOptions options) : options_(std::move(options)) {
  GlobalInit();
  user_agent_ = "tally/" + std::string(kVersion);
  if (!options_.contact.empty()) user_agent_ += " (+" + options_.contact + ")";
}

bool HttpClient::WaitForHost(const std::string& origin, bool interruptible) {
  std::chrono::steady_clock::time_point start;
  {
    std::lock_guard<std::mutex> lock(mu_);
    const auto now = std::chrono::steady_clock::now();
    auto [it, inserted] = next_slot_.emplace(origin, now);
    start = std::max(now, it->second);
    it->second = start + options_.host_interval;
  }
  if (!interruptible) {
    std::this_thread::sleep_until(start);
    return true;
  }
  // In short steps, so that a stop is seen within a tenth of a second.
  while (std::chrono::steady_clock::now() < start) {
    if (Stopping()) return false;
    std::this_thread::sleep_until(
        std::min(start, std::chrono::steady_clock::now() + std::chrono::milliseconds(100)));
  }
  return !Stopping();
}

Result<HttpResponse> HttpClient::GetOnce(const HttpRequest& request) {
  std::unique_ptr<CURL, EasyDeleter> h(curl_easy_init());
  if (!h) return Status::Internal("cannot start libcurl");
  Exchange ex;
  ex.max_body = options_.max_body_bytes;
  std::unique_ptr<curl_slist, ListDeleter> list;
  auto add_header = [&](const std::string& line) {
    list.reset(curl_slist_append(list.release(), line.c_str()));
  };
  if (!request.etag.empty()) add_header("If-None-Match: " + request.etag);
  if (!request.last_modified.empty()) add_header("If-Modified-Since: " + request.last_modified);
  CURL* c = h.get();
  curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, static_cast<long>(options_.max_redirects));
  curl_easy_setopt(c, CURLOPT_USERAGENT, user_agent_.c_str());
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout.count()));
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // every encoding curl can undo
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_body_bytes));
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, list.get());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &ex);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &ex);
  curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, OnDebug);
  curl_easy_setopt(c, CURLOPT_DEBUGDATA, &ex);
  curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);  // feeds OnDebug the request head
  const CURLcode code = curl_easy_perform(c);
  const std::string& url = request.url;
  if (ex.too_big || code == CURLE_FILESIZE_EXCEEDED) {
    return Status::ResourceExhausted(url + ": the body is over " +
                                     std::to_string(options_.max_body_bytes) + " bytes");
  }
  if (code == CURLE_TOO_MANY_REDIRECTS) {
    return Status::IOError(url + ": more than " + std::to_string(options_.max_redirects) +
                           " redirects");
  }
  if (code == CURLE_OPERATION_TIMEDOUT) {
    return Status::IOError(url + ": timed out (" + curl_easy_strerror(code) + ")");
  }
  if (code != CURLE_OK) return Status::IOError(url + ": " + curl_easy_strerror(code));
  HttpResponse r;
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  r.status = static_cast<int>(status);
  char* final_url = nullptr;
  curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final_url);
  r.url = final_url != nullptr ? final_url : url;
  char* ip = nullptr;
  curl_easy_getinfo(c, CURLINFO_PRIMARY_IP, &ip);
  r.remote_ip = ip != nullptr ? ip : "";
  r.body = std::move(ex.body);
  r.content_type = Header(ex, "content-type");
  r.etag = Header(ex, "etag");
  r.last_modified = Header(ex, "last-modified");
  r.request_head = std::move(ex.request_head);
  r.response_head = std::move(ex.response_head);
  r.fetched_at = text::IsoFromUnix(static_cast<int64_t>(std::time(nullptr)));
  r.retry_after = Header(ex, "retry-after");
  return r;
}

Result<HttpResponse> HttpClient::Get(const HttpRequest& request) {
  Result<UrlParts> parts = ParseUrl(request.url);
  if (!parts.ok()) return parts.status();
  const std::string origin = parts->Origin();
  std::chrono::milliseconds wait = options_.backoff;
  Result<HttpResponse> previous = Status::Internal(request.url + ": no attempt made");
  for (int attempt = 1;; ++attempt) {
    // The first request waits its turn whatever happens; a retry is given
    // up when a stop comes during its pause.
    if (!WaitForHost(origin, /*interruptible=*/attempt > 1)) return previous;
    Result<HttpResponse> r = GetOnce(request);
    const bool last = attempt >= options_.max_attempts || Stopping();
    if (!r.ok()) {
      // Only a refused or unresolved connection is tried again: a timeout
      // has already cost its full time.
      const bool retry = r.status().code() == StatusCode::kIOError &&
                         r.status().message().find("timed out") == std::string::npos &&
                         r.status().message().find("redirects") == std::string::npos;
      if (!retry || last) return r;
    } else {
      r->attempts = attempt;
      if (r->status != 429 && r->status < 500) return r;
      if (last) return r;
    }
    std::chrono::milliseconds pause = wait;
    wait *= 2;
    if (r.ok() && (r->status == 429 || r->status == 503)) {
      const std::chrono::seconds asked =
          ParseRetryAfter(r->retry_after, static_cast<int64_t>(std::time(nullptr)));
      if (asked.count() >= 0) pause = asked;
      if (pause > options_.max_retry_after) return r;
    }
    {
      // Every request to the host waits, not only this one.
      std::lock_guard<std::mutex> lock(mu_);
      auto& slot = next_slot_[origin];
      slot = std::max(slot, std::chrono::steady_clock::now() + pause);
    }
    previous = std::move(r);
  }
}

}  // namespace tally::collect
