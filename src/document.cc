#include "tally/document.h"

#include <xxhash.h>

#include <array>
#include <cstdio>

namespace tally {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 8> kFormatNames = {{
    {Format::kHtml, "html"},
    {Format::kWarc, "warc"},
    {Format::kTelegram, "telegram"},
    {Format::kRss, "rss"},
    {Format::kAtom, "atom"},
    {Format::kText, "text"},
    {Format::kMarkdown, "markdown"},
    {Format::kJsonl, "jsonl"},
}};

}  // namespace

std::string_view FormatName(Format format) {
  for (const auto& [f, name] : kFormatNames) {
    if (f == format) return name;
  }
  return "unknown";
}

std::optional<Format> FormatFromName(std::string_view name) {
  for (const auto& [f, n] : kFormatNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

std::string DocumentId(std::string_view text) {
  const XXH64_hash_t hash = XXH3_64bits(text.data(), text.size());
  char buf[32];
  std::snprintf(buf, sizeof buf, "d-%016llx",
                static_cast<unsigned long long>(hash));
  return buf;
}

}  // namespace tally
