// Admission of connections to the server's workers. cpp-httplib (0.11)
// hands each accepted socket to a worker thread, which then waits on it
// for as long as the client takes to send a request: eight clients that
// send a byte a second hold eight workers, and everyone else waits. The
// gate puts one thread in front of the workers instead. It polls every
// open connection, reads what each sends into the connection's buffer,
// and hands a connection to a worker only once a whole request head is
// there; a connection whose head is not complete by its deadline is
// answered 408 and closed, an idle kept-alive one just closed. It also
// caps connections in total and per client address, answering those
// over a cap 503 with Retry-After right away.
//
//   ConnectionGate gate(limits, [](Connection& c) { ...serve...; return keep; });
//   gate.Admit(sock);    // from the accepting thread; never blocks
//   gate.Shutdown();     // closes everything and joins the threads
//
// The gate is the server's httplib::TaskQueue (see StrictHttpServer):
// the library's accept loop calls enqueue with a task that lands in
// Admit.
#ifndef TALLY_SRC_SERVE_CONNECTION_GATE_H_
#define TALLY_SRC_SERVE_CONNECTION_GATE_H_

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tally::serve {

struct ConnectionLimits {
  // Worker threads, which answer whole requests. Default: 8.
  int threads = 8;
  // Open connections in all, and from one client address; one over
  // either is answered 503. Defaults: 512 and 32.
  size_t max_connections = 512;
  size_t max_per_address = 32;
  // Seconds from a connection's accept (or from the first byte of a
  // kept-alive connection's next request) to the end of the request's
  // head, and for the rest of the request (its body) once a worker has
  // it. Default: 5.
  int head_timeout_seconds = 5;
  // Seconds a kept-alive connection may wait for its next request.
  // Default: 5.
  int idle_timeout_seconds = 5;
  // Requests on one connection before it is closed. Default: 100.
  size_t max_requests = 100;
  // A head this long without its end goes to a worker as it is (whose
  // check answers 431). Default: 64 KiB.
  size_t max_head_bytes = 64 * 1024;
};

using Clock = std::chrono::steady_clock;

// One client's connection: its socket and the bytes read from it but not
// yet consumed by the library (a head, or the start of a pipelined one).
struct Connection {
  socket_t sock = INVALID_SOCKET;
  std::string address;  // the client's IP, as text
  int port = 0;
  std::string buffer;
  Clock::time_point deadline;  // for the head being read
  bool idle = true;            // no byte of the next request yet
  bool fresh = true;           // no request served yet
  bool refused = false;        // answered 503: read until the client hangs up
  size_t requests_left = 0;
};

// The address and port of a socket's peer (or, with !peer, its own).
void Endpoint(socket_t sock, bool peer, std::string* ip, int* port);

// Whether `bytes` hold a whole request head: an empty line after the
// request line. "\n\n" counts too: the library ends a head there, and
// the strict check then refuses it.
bool HasWholeHead(std::string_view bytes);

class ConnectionGate : public httplib::TaskQueue {
 public:
  // Serves requests on a connection whose head is complete; returns true
  // to keep the connection for its next request, false to close it.
  // Called on a worker thread; the connection is the caller's alone.
  using Serve = std::function<bool(Connection&)>;

  ConnectionGate(const ConnectionLimits& limits, Serve serve);
  ~ConnectionGate() override;

  // Takes an accepted socket (the gate closes it). Over a cap the client
  // gets a 503 with Retry-After at once. Thread-safe; never blocks.
  void Admit(socket_t sock);
  // Closes every connection and joins the gate's threads; a request in a
  // worker is answered first.
  void Shutdown();

  // httplib::TaskQueue: the library's accept loop hands over each socket
  // as a task that calls the server's process_and_close_socket, which
  // calls Admit. Running it at once keeps the accept loop's work tiny.
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override { Shutdown(); }

 private:
  void PollLoop();
  void WorkLoop();
  // Reads what the client sent; false when it hung up or failed.
  bool ReadAvailable(Connection& c);
  // A connection waits for its next request (or the rest of its head).
  void Park(std::unique_ptr<Connection> c);
  void Close(std::unique_ptr<Connection> c);
  void Wake();

  const ConnectionLimits limits_;
  const Serve serve_;
  const std::string busy_answer_;       // 503 with Retry-After
  const std::string timed_out_answer_;  // 408
  int wake_fd_ = -1;  // an eventfd that interrupts the poller's poll()

  std::mutex mu_;
  std::condition_variable ready_cv_;
  bool stopping_ = false;
  std::deque<std::unique_ptr<Connection>> ready_;     // whole heads, for workers
  std::vector<std::unique_ptr<Connection>> arriving_;  // for the poller to take
  std::map<std::string, size_t> per_address_;
  size_t open_ = 0;

  size_t refused_ = 0;  // refused connections not closed yet
  std::vector<std::unique_ptr<Connection>> waiting_;  // the poller's own
  std::thread poller_;
  std::vector<std::thread> workers_;
};

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_CONNECTION_GATE_H_
