#include "src/collect/url.h"

#include <curl/curl.h>

#include <memory>

namespace tally::collect {
namespace {

struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::string Part(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* value = nullptr;
  if (curl_url_get(u, part, &value, flags) != CURLUE_OK || value == nullptr) return "";
  std::string out(value);
  curl_free(value);
  return out;
}

Status NotHttp(std::string_view url) {
  return Status::InvalidArgument("not an http(s) URL: \"" + std::string(url) + "\"");
}

}  // namespace

std::string UrlParts::Origin() const { return scheme + "://" + host + ":" + std::to_string(port); }

Result<UrlParts> ParseUrl(std::string_view url) {
  UrlHandle u(curl_url());
  if (!u) return Status::Internal("out of memory parsing a URL");
  if (curl_url_set(u.get(), CURLUPART_URL, std::string(url).c_str(), 0) != CURLUE_OK) {
    return NotHttp(url);
  }
  UrlParts parts;
  parts.scheme = Part(u.get(), CURLUPART_SCHEME);
  if (parts.scheme != "http" && parts.scheme != "https") return NotHttp(url);
  parts.host = Part(u.get(), CURLUPART_HOST);
  for (char& c : parts.host) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (parts.host.empty()) return NotHttp(url);
  parts.port = std::stoi(Part(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT));
  parts.path = Part(u.get(), CURLUPART_PATH);
  if (parts.path.empty()) parts.path = "/";
  const std::string query = Part(u.get(), CURLUPART_QUERY);
  if (!query.empty()) parts.path += "?" + query;
  return parts;
}

Result<std::string> ResolveUrl(std::string_view base, std::string_view link) {
  UrlHandle u(curl_url());
  if (!u) return Status::Internal("out of memory parsing a URL");
  if (curl_url_set(u.get(), CURLUPART_URL, std::string(base).c_str(), 0) != CURLUE_OK ||
      curl_url_set(u.get(), CURLUPART_URL, std::string(link).c_str(), 0) != CURLUE_OK) {
    return NotHttp(link);
  }
  (void)curl_url_set(u.get(), CURLUPART_FRAGMENT, nullptr, 0);
  const std::string scheme = Part(u.get(), CURLUPART_SCHEME);
  if (scheme != "http" && scheme != "https") return NotHttp(link);
  return Part(u.get(), CURLUPART_URL);
}

}  // namespace tally::collect
