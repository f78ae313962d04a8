// The httplib::Stream a worker answers a request through: it reads first
// what the ConnectionGate has already read of the connection, then the
// socket, never past the connection's deadline, and leaves what it has
// read beyond the request (the start of a pipelined one) in the
// connection's buffer for the next.
//
//   {
//     ConnectionStream stream(connection, read_timeout, write_timeout);
//     server.process_request(stream, ...);
//   }   // the request's bytes are dropped from connection.buffer here
#ifndef TALLY_SRC_SERVE_CONNECTION_STREAM_H_
#define TALLY_SRC_SERVE_CONNECTION_STREAM_H_

#include <httplib.h>

#include "src/serve/connection_gate.h"

namespace tally::serve {

class ConnectionStream : public httplib::Stream {
 public:
  // Each read waits at most `read_timeout` (and not past the
  // connection's deadline), each write at most `write_timeout`.
  ConnectionStream(Connection& connection, std::chrono::microseconds read_timeout,
                   std::chrono::microseconds write_timeout);
  ~ConnectionStream() override;

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return c_.sock; }

 private:
  Connection& c_;
  const std::chrono::microseconds read_timeout_;
  const std::chrono::microseconds write_timeout_;
  size_t consumed_ = 0;  // of c_.buffer; dropped once, at the end
};

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_CONNECTION_STREAM_H_
