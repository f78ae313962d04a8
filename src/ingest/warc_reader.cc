// WARC 1.0/1.1 reader (ISO 28500), streaming: one record in memory at a
// time, and only the block of records that can hold a page.
//
// A record is a version line, named fields up to a blank line, then exactly
// Content-Length bytes of block and "\r\n\r\n". HTML pages come as
// `response` records whose block is an HTTP response (headers, then the
// body, maybe chunked and gzip- or deflate-encoded), or as `resource`
// records whose block is the page itself. Everything else is counted and
// skipped. A record with a bad header is reported and the reader looks for
// the next "WARC/" line.
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>

#include "src/ingest/reader.h"
#include "src/ingest/telegram_preview.h"
#include "src/text/ascii.h"
#include "src/text/charset.h"
#include "src/text/dates.h"

namespace tally::ingest {
namespace {

constexpr size_t kMaxHeaderLine = 64 * 1024;
constexpr int kMaxHeaderLines = 512;



// Named fields: lower-cased names, values trimmed; first one wins.
using Fields = std::map<std::string, std::string>;

void AddField(const std::string& line, Fields* fields) {
  const size_t colon = line.find(':');
  if (colon == std::string::npos) return;
  fields->emplace(text::AsciiLower(text::TrimAscii(line.substr(0, colon))),
                  std::string(text::TrimAscii(line.substr(colon + 1))));
}

bool ParseLength(const std::string& s, uint64_t* out) {
  if (s.empty() || s.size() > 18) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

// Decodes "Transfer-Encoding: chunked". Returns false when malformed.
bool Dechunk(std::string_view in, std::string* out) {
  size_t pos = 0;
  while (pos < in.size()) {
    const size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    const std::string_view size_line = text::TrimAscii(in.substr(pos, eol - pos));
    size_t size = 0;
    size_t i = 0;
    for (; i < size_line.size() && std::isxdigit(
                                       static_cast<unsigned char>(size_line[i]));
         ++i) {
      if (size > (1ull << 40)) return false;
      const char c = static_cast<char>(std::tolower(size_line[i]));
      size = size * 16 + static_cast<size_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    }
    if (i == 0) return false;
    pos = eol + 1;
    if (size == 0) return true;
    if (size > in.size() - pos) {
      out->append(in.substr(pos));  // a cut last chunk: keep what is there
      return true;
    }
    out->append(in.substr(pos, size));
    pos += size;
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
  return true;
}

// Inflates gzip, zlib or raw deflate data, up to `limit` bytes of output.
Status Inflate(std::string_view in, bool raw_deflate, size_t limit,
               std::string* out) {
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  // 15+32: gzip or zlib by header; -15: raw deflate.
  if (inflateInit2(&zs, raw_deflate ? -15 : 15 + 32) != Z_OK) {
    return Status::Internal("cannot start zlib");
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 15];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out->append(buf, sizeof buf - zs.avail_out);
    if (out->size() > limit) {
      inflateEnd(&zs);
      return Status::ResourceExhausted("decompressed page over the limit");
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;  // cut short
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END && rc != Z_BUF_ERROR && rc != Z_OK) {
    return Status::Corruption("bad compressed HTTP body");
  }
  return Status::Ok();
}

class WarcReader {
 public:
  WarcReader(ByteSource& in, const std::string& path,
             const ReaderOptions& options, ItemSink& sink)
      : in_(in), path_(path), options_(options), sink_(sink) {}

  Status Run() {
    std::string line;
    bool too_long = false;
    for (;;) {
      // Find the next version line, skipping blank lines between records.
      const uint64_t record_start = in_.offset();
      Result<bool> got = in_.ReadLine(&line, kMaxHeaderLine, &too_long);
      if (!got.ok()) {
        Report(got.status(), record_start);
        return Status::Ok();
      }
      if (!*got) return Status::Ok();
      if (text::TrimAscii(line).empty()) continue;
      if (line.rfind("WARC/", 0) != 0) {
        if (!resyncing_) {
          Report(Status::Corruption("expected a WARC version line, found '" +
                                    line.substr(0, 40) + "'"),
                 record_start);
        }
        resyncing_ = true;
        continue;
      }
      resyncing_ = false;
      ++record_;
      Status s = ReadRecord(record_start);
      // Problems are reported to the sink already; stop only when nothing
      // more can follow.
      if (!s.ok() && (s.code() == StatusCode::kIOError || cut_)) return Status::Ok();
    }
  }

 private:
  void Report(const Status& status, uint64_t offset) {
    sink_.Error(InputError{path_,
                           "record " + std::to_string(std::max(record_, 1)) +
                               " at byte " + std::to_string(offset),
                           status});
  }

  Status ReadRecord(uint64_t start) {
    Fields fields;
    std::string line;
    bool too_long = false;
    for (int n = 0;; ++n) {
      Result<bool> got = in_.ReadLine(&line, kMaxHeaderLine, &too_long);
      if (!got.ok()) return Fail(got.status(), start);
      if (!*got) {
        cut_ = true;
        return Fail(Status::Corruption("file ends inside a record header"),
                    start);
      }
      if (line.empty()) break;
      if (n >= kMaxHeaderLines) {
        return Fail(Status::Corruption("record header has too many lines"),
                    start);
      }
      AddField(line, &fields);
    }
    uint64_t length = 0;
    if (!ParseLength(fields["content-length"], &length)) {
      resyncing_ = true;
      return Fail(Status::Corruption("missing or bad Content-Length"), start);
    }
    const std::string type = text::AsciiLower(fields["warc-type"]);
    const bool wanted = (type == "response" || type == "resource") &&
                        length <= options_.max_document_bytes;
    std::string block;
    Result<size_t> got = wanted ? in_.Read(length, &block) : in_.Skip(length);
    if (!got.ok()) return Fail(got.status(), start);
    if (*got < length) {
      cut_ = true;
      return Fail(Status::Corruption(
                      "file ends inside a record: " + std::to_string(*got) +
                      " of " + std::to_string(length) + " block bytes"),
                  start);
    }
    if (type == "response" || type == "resource") {
      if (!wanted) {
        return Fail(Status::ResourceExhausted(
                        "record block of " + std::to_string(length >> 20) +
                        " MiB is over the document limit"),
                    start);
      }
      return Emit(type, fields, std::move(block), start);
    }
    // Reasons are a fixed set: a record's type is input, and the summary
    // counts reasons.
    static constexpr std::string_view kTypes[] = {
        "warcinfo", "request", "metadata", "revisit", "conversion", "continuation"};
    const bool known = std::find(std::begin(kTypes), std::end(kTypes), type) != std::end(kTypes);
    sink_.Skipped(known ? "warc " + type + " record" : std::string("warc record of another type"));
    return Status::Ok();
  }

  Status Emit(const std::string& type, Fields& fields, std::string block,
              uint64_t start) {
    std::string content_type = fields["content-type"];
    std::string body;
    if (type == "response" &&
        text::AsciiLower(content_type).find("application/http") != std::string::npos) {
      // The block is an HTTP response: status line, headers, body.
      size_t header_end = block.find("\r\n\r\n");
      size_t body_start = header_end + 4;
      if (header_end == std::string::npos) {
        header_end = block.find("\n\n");
        body_start = header_end + 2;
      }
      if (header_end == std::string::npos) {
        return Fail(Status::Corruption("HTTP response without a header end"),
                    start);
      }
      Fields http;
      size_t pos = block.find('\n');
      const std::string status_line = block.substr(0, pos);
      if (status_line.find(" 200") == std::string::npos &&
          status_line.find(" 203") == std::string::npos) {
        sink_.Skipped("warc response with HTTP status other than 200");
        return Status::Ok();
      }
      while (pos != std::string::npos && pos < header_end) {
        const size_t next = block.find('\n', pos + 1);
        AddField(block.substr(pos + 1, std::min(next, header_end) - pos - 1),
                 &http);
        pos = next;
      }
      content_type = http["content-type"];
      std::string_view raw(block);
      raw.remove_prefix(std::min(body_start, block.size()));
      std::string dechunked;
      if (text::AsciiLower(http["transfer-encoding"]).find("chunked") !=
          std::string::npos) {
        if (Dechunk(raw, &dechunked)) raw = dechunked;
      }
      const std::string encoding = text::AsciiLower(http["content-encoding"]);
      if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
        std::string inflated;
        Status s = Inflate(raw, false, options_.max_document_bytes, &inflated);
        if (!s.ok() && encoding == "deflate") {
          inflated.clear();
          s = Inflate(raw, true, options_.max_document_bytes, &inflated);
        }
        if (!s.ok()) return Fail(s, start);
        body = std::move(inflated);
      } else if (!encoding.empty() && encoding != "identity") {
        return Fail(Status::Unsupported("HTTP Content-Encoding '" + encoding +
                                        "' is not supported"),
                    start);
      } else {
        body.assign(raw);
      }
    } else {
      body = std::move(block);
    }
    if (!IsHtmlType(content_type)) {
      sink_.Skipped("warc " + type + " that is not HTML");
      return Status::Ok();
    }
    std::string url = fields["warc-target-uri"];
    // WARC 1.0 wrapped the URI in angle brackets.
    if (url.size() > 1 && url.front() == '<' && url.back() == '>') {
      url = url.substr(1, url.size() - 2);
    }
    if (IsPreviewUrl(url) && EmitPreviewPosts(body, url, fields)) return Status::Ok();
    RawItem item;
    item.format = Format::kWarc;
    item.kind = BodyKind::kHtml;
    item.charset_hint = text::CharsetFromContentType(content_type);
    item.input_bytes = body.size();
    item.body = std::move(body);
    item.meta.path = path_;
    item.meta.record = "record " + std::to_string(record_);
    item.meta.url = std::move(url);
    item.meta.captured = text::ToIsoDate(fields["warc-date"]);
    sink_.Item(std::move(item));
    return Status::Ok();
  }

  // A Telegram channel's preview page becomes its posts, as when it was
  // fetched, so that a WARC copy reads back to the same documents. Returns
  // false when the page is not one (it is then read as any HTML page).
  bool EmitPreviewPosts(const std::string& body, const std::string& url, Fields& fields) {
    Result<PreviewPage> page = ParseTelegramPreview(body, url, {});
    if (!page.ok()) return false;
    for (const PassedOver& p : page->passed_over) sink_.Skipped(p.reason);
    if (page->posts.empty()) sink_.Skipped("telegram preview page without posts");
    for (PreviewPost& post : page->posts) {
      const std::string id = std::to_string(post.id);
      RawItem item = PreviewPostItem(std::move(post), page->channel_title);
      item.meta.path = path_;
      item.meta.record = "record " + std::to_string(record_) + " post " + id;
      item.meta.captured = text::ToIsoDate(fields["warc-date"]);
      sink_.Item(std::move(item));
    }
    return true;
  }

  Status Fail(const Status& status, uint64_t start) {
    Report(status, start);
    return status;
  }

  BufferedReader in_;
  const std::string& path_;
  const ReaderOptions& options_;
  ItemSink& sink_;
  int record_ = 0;
  bool resyncing_ = false;
  bool cut_ = false;
};

}  // namespace

bool IsHtmlType(const std::string& content_type) {
  const std::string lower = text::AsciiLower(content_type);
  return lower.find("text/html") != std::string::npos ||
         lower.find("application/xhtml") != std::string::npos;
}

Status ReadWarc(ByteSource& in, const std::string& path,
                const ReaderOptions& options, ItemSink& sink) {
  WarcReader reader(in, path, options, sink);
  return reader.Run();
}

}  // namespace tally::ingest
