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

// The request a worker thread is answering: its head (and perhaps what
// follows it) as the gate buffered it, and
// whether the check refused it. Reached from the pre-routing handler,
// which the library calls on the same thread with no way to pass it.
struct CurrentRequest {
  std::string head;
  bool refused = false;
};
thread_local CurrentRequest* current = nullptr;

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
      // The gate hands over a connection once its buffer holds the whole
      // head (or ConnectionLimits::max_head_bytes of it, refused as too
      // long): the check reads it there, up to its empty line.
      request.head = c.buffer.substr(0, limits_.max_head_bytes);
      ConnectionStream stream(c, read_timeout, write_timeout);
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
