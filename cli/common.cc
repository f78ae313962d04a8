#include "cli/common.h"

#include "src/codebook/boilerplate.h"

#include <cstdio>
#include <cstdlib>

namespace tally::cli {

void AddDbOption(CLI::App& cmd, std::string* db) {
  const char* env = std::getenv("TALLY_DB");
  *db = env != nullptr && *env != '\0' ? env : "tally.db";
  cmd.add_option("--db", *db, "SQLite database file ($TALLY_DB, else ./tally.db)")
      ->capture_default_str();
}

void AddWindowOption(CLI::App& cmd, int* days) {
  cmd.add_option("--window", *days,
                 "Days: figures are compared only when at most this far apart, and a stance's "
                 "latest figure older than this before the newest is stale")
      ->check(CLI::Range(0, 36500))
      ->capture_default_str();
}

void AddFormatOption(CLI::App& cmd, std::string* format) {
  *format = "table";
  cmd.add_option("--format", *format, "Output: table for people, jsonl for scripts")
      ->check(CLI::IsMember({"table", "jsonl"}))
      ->capture_default_str();
}

Result<bool> LoadProcessOptions(const std::string& codebook_flag,
                                ingest::ProcessOptions* options) {
  const std::string dir = codebook::FindCodebook(codebook_flag);
  if (dir.empty()) return false;
  Result<std::vector<std::string>> phrases =
      codebook::LoadPhraseList(dir + "/boilerplate.txt");
  if (!phrases.ok()) return phrases.status();
  options->main_text.boilerplate_phrases = std::move(*phrases);
  return true;
}

Result<std::unique_ptr<store::Store>> OpenStoreForReading(const std::string& db) {
  store::StoreOptions options;
  options.read_only = true;
  return store::Store::Open(db, options);
}

int ReportError(const Status& status) {
  std::fprintf(stderr, "tally: %s\n", status.message().c_str());
  switch (status.code()) {
    case StatusCode::kNotFound:
      return kExitNotFound;
    case StatusCode::kInvalidArgument:
      return kExitUsage;
    default:
      return kExitFailure;
  }
}

namespace {

void Field(std::string* out, const char* key, std::string_view value, bool first = false) {
  if (!first) out->push_back(',');
  AppendJsonString(out, key);
  out->push_back(':');
  exporting::AppendJsonStringOrNull(out, value);
}

}  // namespace

std::string DocumentJson(const Document& doc, bool with_text) {
  std::string out = "{";
  Field(&out, "id", doc.id, true);
  Field(&out, "format", FormatName(doc.format));
  Field(&out, "path", doc.meta.path);
  Field(&out, "record", doc.meta.record);
  Field(&out, "url", doc.meta.url);
  Field(&out, "source", doc.meta.source);
  Field(&out, "title", doc.meta.title);
  Field(&out, "author", doc.meta.author);
  Field(&out, "published", doc.meta.published);
  Field(&out, "captured", doc.meta.captured);
  Field(&out, "forwarded_from", doc.meta.forwarded_from);
  Field(&out, "lang", doc.lang);
  Field(&out, "charset", doc.charset);
  out += ",\"bytes\":" + std::to_string(doc.input_bytes);
  if (with_text) Field(&out, "text", doc.text);
  out += "}";
  return out;
}

std::string Fit(std::string_view s, size_t width) {
  std::string out;
  size_t cols = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (cols == width) {
        // Cut: back off to leave room for "...".
        size_t keep = out.size();
        int back = 3;
        while (keep > 0 && back > 0) {
          --keep;
          if ((static_cast<unsigned char>(out[keep]) & 0xC0) != 0x80) --back;
        }
        out.resize(keep);
        return out + "...";
      }
      ++cols;
    }
    out.push_back(c == '\n' || c == '\t' ? ' ' : s[i]);
  }
  return out;
}

std::string Pad(std::string_view s, size_t width) {
  std::string out = Fit(s, width);
  size_t cols = 0;
  for (char c : out) cols += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  out.append(width > cols ? width - cols : 0, ' ');
  return out;
}

std::string DisplayTitle(const Document& doc) {
  if (!doc.meta.title.empty()) return doc.meta.title;
  const size_t end = doc.text.find('\n');
  return doc.text.substr(0, end);
}

}  // namespace tally::cli
