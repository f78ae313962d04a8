#include "src/ingest/byte_source.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace tally::ingest {
namespace {

class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned, std::string path, std::atomic<uint64_t>* bytes_read)
      : fd_(fd), owned_(owned), path_(std::move(path)), bytes_read_(bytes_read) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }
  Result<size_t> Read(char* buf, size_t n) override {
    for (;;) {
      const ssize_t got = ::read(fd_, buf, n);
      if (got >= 0) {
        consumed_ += static_cast<uint64_t>(got);
        if (bytes_read_ != nullptr) *bytes_read_ += static_cast<uint64_t>(got);
        return static_cast<size_t>(got);
      }
      if (errno == EINTR) continue;
      return Status::IOError(path_ + ": read failed: " + std::strerror(errno));
    }
  }
  uint64_t consumed() const override { return consumed_; }

 private:
  int fd_;
  bool owned_;
  std::string path_;
  std::atomic<uint64_t>* bytes_read_;
  uint64_t consumed_ = 0;
};

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> in)
      : in_(std::move(in)), input_(1 << 16) {
    std::memset(&zs_, 0, sizeof zs_);
    ok_ = inflateInit2(&zs_, 15 + 16) == Z_OK;  // gzip wrapper only
  }
  ~GzipSource() override { inflateEnd(&zs_); }

  Result<size_t> Read(char* buf, size_t n) override {
    if (!ok_) return Status::Internal("cannot start gzip decoder");
    if (!pending_.ok()) {
      done_ = true;
      Status error = pending_;
      pending_ = Status::Ok();
      return error;
    }
    if (done_ || n == 0) return size_t{0};
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    while (zs_.avail_out > 0) {
      if (zs_.avail_in == 0) {
        Result<size_t> got = in_->Read(input_.data(), input_.size());
        if (!got.ok()) return got.status();
        if (*got == 0) {
          // A clean end falls between members; anything else is a cut.
          if (!in_member_) {
            done_ = true;
            break;
          }
          const Status cut = Status::Corruption("truncated gzip stream");
          if (Produced(n) > 0) {
            pending_ = cut;
            return Produced(n);
          }
          done_ = true;
          return cut;
        }
        zs_.next_in = reinterpret_cast<Bytef*>(input_.data());
        zs_.avail_in = static_cast<uInt>(*got);
      }
      in_member_ = true;
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        inflateReset(&zs_);
        continue;
      }
      if (rc == Z_BUF_ERROR) continue;  // needs more input
      if (rc != Z_OK) {
        const Status bad = Status::Corruption(
            std::string("gzip stream corrupt: ") + (zs_.msg ? zs_.msg : "bad data"));
        if (Produced(n) > 0) {
          // Hand over what decoded cleanly; report the error next call.
          pending_ = bad;
          return Produced(n);
        }
        done_ = true;
        return bad;
      }
    }
    return Produced(n);
  }
  uint64_t consumed() const override { return in_->consumed(); }

 private:
  size_t Produced(size_t n) const { return n - zs_.avail_out; }

  std::unique_ptr<ByteSource> in_;
  std::vector<char> input_;
  z_stream zs_;
  Status pending_;
  bool ok_ = false;
  bool done_ = false;
  bool in_member_ = false;
};

class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string bytes) : bytes_(std::move(bytes)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    const size_t take = std::min(n, bytes_.size() - pos_);
    std::memcpy(buf, bytes_.data() + pos_, take);
    pos_ += take;
    return take;
  }
  uint64_t consumed() const override { return pos_; }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

class PrefixSource : public ByteSource {
 public:
  PrefixSource(std::string prefix, std::unique_ptr<ByteSource> rest, Status pending)
      : prefix_(std::move(prefix)), rest_(std::move(rest)), pending_(std::move(pending)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (pos_ < prefix_.size()) {
      const size_t take = std::min(n, prefix_.size() - pos_);
      std::memcpy(buf, prefix_.data() + pos_, take);
      pos_ += take;
      return take;
    }
    if (!pending_.ok()) {
      Status error = pending_;
      pending_ = Status::Ok();
      failed_ = true;
      return error;
    }
    if (failed_) return size_t{0};
    return rest_->Read(buf, n);
  }
  uint64_t consumed() const override { return rest_->consumed(); }

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<ByteSource> rest_;
  Status pending_;
  bool failed_ = false;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenFile(const std::string& path,
                                             std::atomic<uint64_t>* bytes_read) {
  if (path == "-") {
    return std::unique_ptr<ByteSource>(new FdSource(0, false, "<stdin>", bytes_read));
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    if (err == ENOENT) return Status::NotFound(path + ": no such file");
    if (err == EACCES) return Status::PermissionDenied(path + ": permission denied");
    return Status::IOError(path + ": cannot open: " + std::strerror(err));
  }
  return std::unique_ptr<ByteSource>(new FdSource(fd, true, path, bytes_read));
}

std::unique_ptr<ByteSource> Gunzip(std::unique_ptr<ByteSource> compressed) {
  return std::make_unique<GzipSource>(std::move(compressed));
}

std::unique_ptr<ByteSource> FromString(std::string bytes) {
  return std::make_unique<StringSource>(std::move(bytes));
}

std::unique_ptr<ByteSource> Prepend(std::string prefix,
                                    std::unique_ptr<ByteSource> rest,
                                    Status pending) {
  return std::make_unique<PrefixSource>(std::move(prefix), std::move(rest),
                                        std::move(pending));
}

Status ReadHead(ByteSource& source, size_t n, std::string* out) {
  out->assign(n, '\0');
  size_t total = 0;
  while (total < n) {
    Result<size_t> got = source.Read(out->data() + total, n - total);
    if (!got.ok()) {
      out->resize(total);
      return got.status();
    }
    if (*got == 0) break;
    total += *got;
  }
  out->resize(total);
  return Status::Ok();
}

Result<std::string> ReadAll(ByteSource& source, size_t limit) {
  std::string out;
  char buf[1 << 16];
  for (;;) {
    Result<size_t> got = source.Read(buf, sizeof buf);
    if (!got.ok()) return got.status();
    if (*got == 0) return out;
    if (out.size() + *got > limit) {
      return Status::ResourceExhausted("larger than the limit of " +
                                       std::to_string(limit >> 20) + " MiB");
    }
    out.append(buf, *got);
  }
}

Result<bool> BufferedReader::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const size_t old = buf_.size();
  buf_.resize(old + (1 << 16));
  Result<size_t> got = source_.Read(buf_.data() + old, 1 << 16);
  if (!got.ok()) {
    buf_.resize(old);
    eof_ = true;
    return got.status();
  }
  buf_.resize(old + *got);
  if (*got == 0) eof_ = true;
  return *got > 0;
}

Result<bool> BufferedReader::ReadLine(std::string* line, size_t max,
                                      bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  for (;;) {
    const size_t nl = buf_.find('\n', pos_);
    const size_t end = nl == std::string::npos ? buf_.size() : nl;
    if (end > pos_) any = true;
    const size_t room = max > line->size() ? max - line->size() : 0;
    const size_t take = std::min(room, end - pos_);
    line->append(buf_, pos_, take);
    if (end - pos_ > take) *too_long = true;
    offset_ += end - pos_;
    pos_ = end;
    if (nl != std::string::npos) {
      ++pos_;
      ++offset_;
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return true;
    }
    Result<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) {
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return any;
    }
  }
}

Result<size_t> BufferedReader::Read(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n) {
    if (pos_ == buf_.size()) {
      Result<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) break;
    }
    const size_t take = std::min(n - done, buf_.size() - pos_);
    if (out != nullptr) out->append(buf_, pos_, take);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

Result<size_t> BufferedReader::Skip(size_t n) { return Read(n, nullptr); }

}  // namespace tally::ingest
