#include "src/serve/strict_http.h"

#include <chrono>
#include <string>

#include "src/serve/connection_stream.h"

namespace tally::serve {
namespace {

// RFC 9110 "tchar": what a method or a header name is made of.
bool IsTokenChar(char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool IsToken(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsTokenChar(c)) return false;
  }
  return true;
}

Status Bad(std::string_view what) { return Status::InvalidArgument(std::string(what)); }

Status CheckRequestLine(std::string_view line) {
  const size_t first = line.find(' ');
  const size_t second = first == std::string_view::npos ? first : line.find(' ', first + 1);
  if (second == std::string_view::npos || line.find(' ', second + 1) != std::string_view::npos) {
    return Bad("malformed request line: not METHOD TARGET VERSION with single spaces");
  }
  const std::string_view method = line.substr(0, first);
  const std::string_view target = line.substr(first + 1, second - first - 1);
  const std::string_view version = line.substr(second + 1);
  if (!IsToken(method) || target.empty() || version.empty()) {
    return Bad("malformed request line: not METHOD TARGET VERSION with single spaces");
  }
  for (char c : target) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) return Bad("malformed request line: a control character or space in the target");
  }
  return Status::Ok();
}

Status CheckHeaderLine(std::string_view line) {
  if (line.front() == ' ' || line.front() == '\t') {
    return Bad("malformed header: a folded line (obsolete in HTTP/1.1)");
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return Bad("malformed header: a line without a colon");
  if (!IsToken(line.substr(0, colon))) {
    return Bad("malformed header: its name is not a token (or has space before the colon)");
  }
  for (char c : line.substr(colon + 1)) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7F) {
      return Bad("malformed header: a control character in a value");
    }
  }
  return Status::Ok();
}

// The request a worker thread is answering: its head as read so far, and
// whether the check refused it. Reached from the pre-routing handler,
// which the library calls on the same thread with no way to pass it.
struct CurrentRequest {
  std::string head;
  bool refused = false;
};
thread_local CurrentRequest* current = nullptr;

// A stream that hands the library what the socket's stream reads and
// keeps a copy of it up to the head's empty line.
class RecordingStream : public httplib::Stream {
 public:
  RecordingStream(httplib::Stream& inner, CurrentRequest* request) : inner_(inner), request_(request) {}

  bool is_readable() const override { return inner_.is_readable(); }
  bool is_writable() const override { return inner_.is_writable(); }
  ssize_t read(char* ptr, size_t size) override {
    const ssize_t n = inner_.read(ptr, size);
    if (n > 0 && !done_) Keep(std::string_view(ptr, static_cast<size_t>(n)));
    return n;
  }
  ssize_t write(const char* ptr, size_t size) override { return inner_.write(ptr, size); }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    inner_.get_remote_ip_and_port(ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    inner_.get_local_ip_and_port(ip, port);
  }
  socket_t socket() const override { return inner_.socket(); }

 private:
  // The library reads a head a byte at a time, so the copy stops at its
  // end and never holds the body.
  void Keep(std::string_view bytes) {
    std::string& head = request_->head;
    for (char c : bytes) {
      if (head.size() >= StrictHttpServer::kMaxHeadBytes) {
        done_ = true;
        return;
      }
      head.push_back(c);
      // "\r\n\r\n" ends a head, but so does the library's "\n" after a
      // bare line: the check refuses those, so stop at either.
      if (c == '\n' && head.size() >= 2 && head[head.size() - 2] == '\n') done_ = true;
      if (head.size() >= 4 && head.compare(head.size() - 4, 4, "\r\n\r\n") == 0) done_ = true;
      if (done_) return;
    }
  }

  httplib::Stream& inner_;
  CurrentRequest* request_;
  bool done_ = false;
};

}  // namespace

Status CheckRequestHead(std::string_view head) {
  size_t start = 0;
  bool first = true;
  while (true) {
    const size_t lf = head.find('\n', start);
    if (lf == std::string_view::npos) {
      return Status::ResourceExhausted("request head too large or cut off");
    }
    if (lf == start || head[lf - 1] != '\r') return Bad("malformed request: a line ends in LF without CR");
    const std::string_view line = head.substr(start, lf - 1 - start);
    if (line.find('\r') != std::string_view::npos) return Bad("malformed request: a bare CR in a line");
    if (line.empty()) {
      if (first) return Bad("malformed request: no request line");
      return Status::Ok();
    }
    Status s = first ? CheckRequestLine(line) : CheckHeaderLine(line);
    if (!s.ok()) return s;
    first = false;
    start = lf + 1;
  }
}

Status StrictHttpServer::CheckCurrentRequest() {
  if (current == nullptr) return Status::Ok();
  Status s = CheckRequestHead(current->head);
  if (!s.ok()) current->refused = true;
  return s;
}

StrictHttpServer::StrictHttpServer() {
  // The library owns the queue and deletes it when listening ends.
  new_task_queue = [this] {
    gate_ = new ConnectionGate(limits_, [this](Connection& c) { return ServeConnection(c); });
    return gate_;
  };
}

bool StrictHttpServer::process_and_close_socket(socket_t sock) {
  gate_->Admit(sock);
  return true;
}

bool StrictHttpServer::ServeConnection(Connection& c) {
  const auto read_timeout = std::chrono::seconds(read_timeout_sec_) + std::chrono::microseconds(read_timeout_usec_);
  const auto write_timeout = std::chrono::seconds(write_timeout_sec_) + std::chrono::microseconds(write_timeout_usec_);
  while (c.requests_left > 0) {
    CurrentRequest request;
    bool closed = false;
    bool ok = false;
    {
      ConnectionStream socket_stream(c, read_timeout, write_timeout);
      RecordingStream stream(socket_stream, &request);
      current = &request;
      ok = process_request(stream, c.requests_left == 1, closed, nullptr);
      current = nullptr;
    }
    --c.requests_left;
    if (!ok || closed || request.refused || c.requests_left == 0) return false;
    // A pipelined request already here is answered at once; otherwise
    // the connection waits at the gate, holding no worker.
    if (!HasWholeHead(c.buffer)) return true;
    c.deadline = Clock::now() + std::chrono::seconds(limits_.head_timeout_seconds);
  }
  return false;
}

}  // namespace tally::serve
