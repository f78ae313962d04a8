#include "src/serve/connection_stream.h"

#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tally::serve {
namespace {

// Waits until `sock` is ready for `events` or `timeout` passes.
bool WaitFor(socket_t sock, short events, std::chrono::microseconds timeout) {
  const Clock::time_point until = Clock::now() + timeout;
  while (true) {
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(until - Clock::now());
    if (left.count() < 0) return false;
    pollfd p{sock, events, 0};
    const int n = ::poll(&p, 1, static_cast<int>(left.count()));
    if (n > 0) return true;
    if (n == 0) return false;
    if (errno != EINTR) return false;
  }
}

}  // namespace

ConnectionStream::ConnectionStream(Connection& connection, std::chrono::microseconds read_timeout,
                                   std::chrono::microseconds write_timeout)
    : c_(connection), read_timeout_(read_timeout), write_timeout_(write_timeout) {}

ConnectionStream::~ConnectionStream() { c_.buffer.erase(0, consumed_); }

bool ConnectionStream::is_readable() const {
  if (consumed_ < c_.buffer.size()) return true;
  const auto left = std::chrono::duration_cast<std::chrono::microseconds>(c_.deadline - Clock::now());
  return left.count() > 0 && WaitFor(c_.sock, POLLIN, std::min(read_timeout_, left));
}

bool ConnectionStream::is_writable() const { return WaitFor(c_.sock, POLLOUT, write_timeout_); }

ssize_t ConnectionStream::read(char* ptr, size_t size) {
  if (consumed_ == c_.buffer.size()) {
    if (!is_readable()) return -1;
    char chunk[4096];
    const ssize_t n = ::recv(c_.sock, chunk, sizeof chunk, 0);
    if (n <= 0) return -1;
    c_.buffer.append(chunk, static_cast<size_t>(n));
  }
  // The library reads a head a byte at a time: consuming by an offset
  // keeps that linear.
  const size_t n = std::min(size, c_.buffer.size() - consumed_);
  std::memcpy(ptr, c_.buffer.data() + consumed_, n);
  consumed_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
  while (true) {
    if (!is_writable()) return -1;
    const ssize_t n = ::send(c_.sock, ptr, size, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n >= 0) return n;
    if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return -1;
  }
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = c_.address;
  port = c_.port;
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  Endpoint(c_.sock, /*peer=*/false, &ip, &port);
}

}  // namespace tally::serve
