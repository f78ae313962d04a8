#include "src/serve/connection_gate.h"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "src/serve/api.h"

namespace tally::serve {
namespace {

// How long a refused client may take to hang up after its 503. Closing a
// socket with unread bytes makes the kernel send a reset, which can reach
// the client before it has read the answer; so the gate reads and drops
// what it sends until it hangs up, for a little while.
constexpr std::chrono::seconds kRefusedLinger(2);

// A whole answer written by the gate itself, never by the library.
std::string RawResponse(int status, std::string_view reason, std::string_view message,
                        std::string_view extra_headers) {
  const std::string body = ErrorResponse(status, message).body;
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + std::string(reason) + "\r\n";
  out += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n";
  out += extra_headers;
  out += "\r\n";
  out += body;
  return out;
}

// Sends what fits in the socket's buffer now; a fresh socket takes a
// short answer whole, and the gate's threads never wait on a client.
void SendNow(socket_t sock, const std::string& bytes) {
  (void)::send(sock, bytes.data(), bytes.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
}

}  // namespace

void Endpoint(socket_t sock, bool peer, std::string* ip, int* port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  auto* any = reinterpret_cast<sockaddr*>(&addr);
  if ((peer ? ::getpeername(sock, any, &len) : ::getsockname(sock, any, &len)) != 0) return;
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(&addr);
    ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    *port = ntohs(v4->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&addr);
    ::inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
    *port = ntohs(v6->sin6_port);
  }
  *ip = text;
}

bool HasWholeHead(std::string_view bytes) {
  return bytes.find("\n\r\n") != std::string_view::npos ||
         bytes.find("\n\n") != std::string_view::npos;
}

ConnectionGate::ConnectionGate(const ConnectionLimits& limits, Serve serve)
    : limits_(limits),
      serve_(std::move(serve)),
      // Connections free up within the head and idle timeouts, so that
      // is when a retry has a chance.
      busy_answer_(RawResponse(503, "Service Unavailable", "too many connections; try again shortly",
                               "Retry-After: " + std::to_string(std::max(1, limits.head_timeout_seconds)) +
                                   "\r\n")),
      timed_out_answer_(RawResponse(408, "Request Timeout",
                                    "the request head did not arrive within " +
                                        std::to_string(limits.head_timeout_seconds) + " s",
                                    "")) {
  wake_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  poller_ = std::thread([this] { PollLoop(); });
  for (int i = 0; i < limits_.threads; ++i) workers_.emplace_back([this] { WorkLoop(); });
}

ConnectionGate::~ConnectionGate() {
  Shutdown();
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

void ConnectionGate::Wake() {
  const uint64_t one = 1;
  (void)::write(wake_fd_, &one, sizeof one);
}

void ConnectionGate::Admit(socket_t sock) {
  auto c = std::make_unique<Connection>();
  c->sock = sock;
  Endpoint(sock, /*peer=*/true, &c->address, &c->port);
  c->deadline = Clock::now() + std::chrono::seconds(limits_.head_timeout_seconds);
  c->requests_left = limits_.max_requests;
  bool over_cap = false;
  bool linger = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_) {
      httplib::detail::close_socket(sock);
      return;
    }
    size_t& mine = per_address_[c->address];
    over_cap = open_ >= limits_.max_connections || mine >= limits_.max_per_address;
    if (!over_cap) {
      ++open_;
      ++mine;
      arriving_.push_back(std::move(c));
    } else {
      if (mine == 0) per_address_.erase(c->address);
      // So many refused at once that they are not worth a goodbye.
      linger = refused_ < limits_.max_connections;
      if (linger) ++refused_;
    }
  }
  if (!over_cap) {
    Wake();
    return;
  }
  SendNow(sock, busy_answer_);
  ::shutdown(sock, SHUT_WR);
  if (!linger) {
    httplib::detail::close_socket(sock);
    return;
  }
  c->refused = true;
  c->deadline = Clock::now() + kRefusedLinger;
  {
    std::lock_guard<std::mutex> lock(mu_);
    arriving_.push_back(std::move(c));
  }
  Wake();
}

bool ConnectionGate::ReadAvailable(Connection& c) {
  char chunk[4096];
  while (c.refused || c.buffer.size() < limits_.max_head_bytes) {
    const ssize_t n = ::recv(c.sock, chunk, sizeof chunk, MSG_DONTWAIT);
    if (n == 0) return false;
    if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
    if (c.refused) continue;
    if (c.idle) {
      c.idle = false;
      // A kept-alive connection's head is timed from its first byte; a
      // new one's from its accept.
      if (!c.fresh) c.deadline = Clock::now() + std::chrono::seconds(limits_.head_timeout_seconds);
    }
    c.buffer.append(chunk, static_cast<size_t>(n));
  }
  return true;
}

void ConnectionGate::PollLoop() {
  std::vector<pollfd> fds;
  while (true) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopping_) break;
      for (auto& c : arriving_) waiting_.push_back(std::move(c));
      arriving_.clear();
    }
    const Clock::time_point now = Clock::now();
    Clock::time_point next = now + std::chrono::seconds(1);
    for (auto& c : waiting_) {
      if (c->deadline > now) {
        next = std::min(next, c->deadline);
        continue;
      }
      if (!c->refused && !c->idle) SendNow(c->sock, timed_out_answer_);
      Close(std::move(c));
    }
    std::erase(waiting_, nullptr);

    fds.assign(1, pollfd{wake_fd_, POLLIN, 0});
    for (const auto& c : waiting_) fds.push_back(pollfd{c->sock, POLLIN, 0});
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(next - now);
    const int n = ::poll(fds.data(), fds.size(), static_cast<int>(std::max<int64_t>(0, wait.count())));
    if (n <= 0) continue;
    if (fds[0].revents != 0) {
      uint64_t count;
      (void)::read(wake_fd_, &count, sizeof count);
    }
    for (size_t i = 1; i < fds.size(); ++i) {
      if (fds[i].revents == 0) continue;
      std::unique_ptr<Connection>& c = waiting_[i - 1];
      const bool open = ReadAvailable(*c);
      const bool whole = !c->refused && (HasWholeHead(c->buffer) || c->buffer.size() >= limits_.max_head_bytes);
      if (whole) {
        // Answered even when the client has stopped sending (shut its
        // half down) after its request.
        std::lock_guard<std::mutex> lock(mu_);
        ready_.push_back(std::move(c));
        ready_cv_.notify_one();
      } else if (!open) {
        Close(std::move(c));
      }
    }
    std::erase(waiting_, nullptr);
  }
  for (auto& c : waiting_) Close(std::move(c));
  waiting_.clear();
}

void ConnectionGate::WorkLoop() {
  while (true) {
    std::unique_ptr<Connection> c;
    {
      std::unique_lock<std::mutex> lock(mu_);
      ready_cv_.wait(lock, [this] { return stopping_ || !ready_.empty(); });
      if (stopping_) return;
      c = std::move(ready_.front());
      ready_.pop_front();
    }
    c->deadline = Clock::now() + std::chrono::seconds(limits_.head_timeout_seconds);
    if (serve_(*c)) {
      Park(std::move(c));
    } else {
      Close(std::move(c));
    }
  }
}

void ConnectionGate::Park(std::unique_ptr<Connection> c) {
  c->fresh = false;
  c->idle = c->buffer.empty();
  c->deadline = Clock::now() + std::chrono::seconds(c->idle ? limits_.idle_timeout_seconds
                                                            : limits_.head_timeout_seconds);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stopping_) {
      arriving_.push_back(std::move(c));
    }
  }
  if (c) {
    Close(std::move(c));
    return;
  }
  Wake();
}

void ConnectionGate::Close(std::unique_ptr<Connection> c) {
  ::shutdown(c->sock, SHUT_RDWR);
  httplib::detail::close_socket(c->sock);
  std::lock_guard<std::mutex> lock(mu_);
  if (c->refused) {
    --refused_;
    return;
  }
  --open_;
  auto it = per_address_.find(c->address);
  if (it != per_address_.end() && --it->second == 0) per_address_.erase(it);
}

void ConnectionGate::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  ready_cv_.notify_all();
  Wake();
  if (poller_.joinable()) poller_.join();
  for (auto& t : workers_) {
    if (t.joinable()) t.join();
  }
  workers_.clear();
  std::vector<std::unique_ptr<Connection>> left;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (auto& c : ready_) left.push_back(std::move(c));
    for (auto& c : arriving_) left.push_back(std::move(c));
    ready_.clear();
    arriving_.clear();
  }
  for (auto& c : left) Close(std::move(c));
}

}  // namespace tally::serve
