#include "src/collect/warc_writer.h"

#include <openssl/rand.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <system_error>

#include "src/text/dates.h"

namespace tally::collect {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// One gzip member holding `data`.
Result<std::string> GzipMember(const std::string& data) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return Status::Internal("cannot start zlib");
  }
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) return Status::Internal("zlib could not compress a WARC record");
  return out;
}

std::string NowIso() { return text::IsoFromUnix(static_cast<int64_t>(std::time(nullptr))); }

}  // namespace

std::string NewWarcRecordId() {
  unsigned char b[16];
  if (RAND_bytes(b, sizeof b) != 1) {
    // Without the system's randomness, time and address still make an id
    // unique enough within one crawl.
    const uint64_t t = static_cast<uint64_t>(std::time(nullptr)) ^ reinterpret_cast<uintptr_t>(b);
    std::memcpy(b, &t, sizeof t);
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
  static const char kHex[] = "0123456789abcdef";
  std::string id = "<urn:uuid:";
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) id += '-';
    id += kHex[b[i] >> 4];
    id += kHex[b[i] & 15];
  }
  return id + ">";
}

std::string StoredResponseHead(const std::string& head, size_t body_bytes) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (pos < head.size()) {
    size_t end = head.find('\n', pos);
    if (end == std::string::npos) end = head.size();
    std::string line = head.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;  // the blank line ending the head
    if (first) {
      out += line + "\r\n";
      first = false;
      continue;
    }
    const size_t colon = line.find(':');
    const std::string name = Lower(line.substr(0, colon == std::string::npos ? 0 : colon));
    if (name == "content-encoding" || name == "transfer-encoding" || name == "content-length") {
      out += "X-Tally-Original-" + line + "\r\n";
    } else {
      out += line + "\r\n";
    }
  }
  out += "Content-Length: " + std::to_string(body_bytes) + "\r\n\r\n";
  return out;
}

Result<std::unique_ptr<WarcWriter>> WarcWriter::Open(WarcWriterOptions options) {
  if (options.dir.empty()) return Status::InvalidArgument("no WARC folder given");
  std::error_code ec;
  std::filesystem::create_directories(options.dir, ec);
  if (ec) return Status::IOError(options.dir + ": cannot make the WARC folder: " + ec.message());
  return std::unique_ptr<WarcWriter>(new WarcWriter(std::move(options)));
}

WarcWriter::~WarcWriter() { (void)Close(); }

Status WarcWriter::Close() {
  if (file_ == nullptr) return Status::Ok();
  const bool ok = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!ok) return Status::IOError(path_ + ": cannot close the WARC file");
  return Status::Ok();
}

Status WarcWriter::Rotate(const std::string& day) {
  if (file_ != nullptr && day == day_ && bytes_ < options_.max_file_bytes) return Status::Ok();
  Status s = Close();
  if (!s.ok()) return s;
  // tally-YYYYMMDDhhmmss-PID-SEQ.warc.gz: sorts by time, and two
  // collectors writing into one folder never share a name.
  std::string stamp;
  for (char c : NowIso()) {
    if (c >= '0' && c <= '9') stamp += c;
  }
  char seq[16];
  std::snprintf(seq, sizeof seq, "%05d", ++sequence_);
  path_ = (std::filesystem::path(options_.dir) /
           ("tally-" + stamp + "-" + std::to_string(::getpid()) + "-" + seq + ".warc.gz"))
              .string();
  file_ = std::fopen(path_.c_str(), "wbx");
  if (file_ == nullptr) {
    return Status::IOError(path_ + ": cannot create the WARC file: " + std::strerror(errno));
  }
  day_ = day;
  bytes_ = 0;
  std::string info = "software: " + options_.software + "\r\nformat: WARC File Format 1.1\r\n";
  if (!options_.user_agent.empty()) info += "http-header-user-agent: " + options_.user_agent + "\r\n";
  const std::string name = std::filesystem::path(path_).filename().string();
  return WriteRecord("WARC-Type: warcinfo\r\nWARC-Record-ID: " + NewWarcRecordId() +
                         "\r\nWARC-Date: " + NowIso() + "\r\nWARC-Filename: " + name +
                         "\r\nContent-Type: application/warc-fields\r\n",
                     info);
}

Status WarcWriter::WriteRecord(const std::string& head_fields, const std::string& block) {
  const std::string record = "WARC/1.1\r\n" + head_fields +
                             "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" +
                             block + "\r\n\r\n";
  Result<std::string> member = GzipMember(record);
  if (!member.ok()) return member.status();
  if (std::fwrite(member->data(), 1, member->size(), file_) != member->size() ||
      std::fflush(file_) != 0) {
    return Status::IOError(path_ + ": cannot write the WARC file: " + std::strerror(errno));
  }
  bytes_ += member->size();
  return Status::Ok();
}

Result<WarcRecordRef> WarcWriter::Append(const HttpResponse& response) {
  const std::string date = response.fetched_at.empty() ? NowIso() : response.fetched_at;
  Status s = Rotate(date.substr(0, 10));
  if (!s.ok()) return s;
  WarcRecordRef ref{path_, NewWarcRecordId()};
  std::string common = "WARC-Date: " + date + "\r\nWARC-Target-URI: " + response.url + "\r\n";
  if (!response.remote_ip.empty()) common += "WARC-IP-Address: " + response.remote_ip + "\r\n";
  if (!response.request_head.empty()) {
    s = WriteRecord("WARC-Type: request\r\nWARC-Record-ID: " + NewWarcRecordId() + "\r\n" +
                        common + "WARC-Concurrent-To: " + ref.id +
                        "\r\nContent-Type: application/http;msgtype=request\r\n",
                    response.request_head);
    if (!s.ok()) return s;
  }
  s = WriteRecord("WARC-Type: response\r\nWARC-Record-ID: " + ref.id + "\r\n" + common +
                      "Content-Type: application/http;msgtype=response\r\n",
                  StoredResponseHead(response.response_head, response.body.size()) +
                      response.body);
  if (!s.ok()) return s;
  return ref;
}

}  // namespace tally::collect
