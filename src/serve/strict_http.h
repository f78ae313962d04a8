// Strict request heads for cpp-httplib. The library's parser (0.11) is
// lenient where HTTP/1.1 (RFC 9112) says to refuse: it skips a header
// line without a colon or without its CR, and splits the request line on
// runs of spaces, so "GET  /x  HTTP/1.1" is read as "GET /x HTTP/1.1".
// None of that leaves a trace in the parsed Request, so StrictHttpServer
// checks the raw bytes of each request's head, as its connection gate
// buffered them, and the server's pre-routing handler refuses a malformed
// one:
//
//   StrictHttpServer http;   // an httplib::Server in every other way
//   http.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
//     Status s = StrictHttpServer::CheckCurrentRequest();
//     if (!s.ok()) ... answer 400 ...
//   });
//
// What the parsed headers show (a Content-Length that is not a number) is
// checked by the server itself; this file is about what the parser drops.
//
// Its connections go through a ConnectionGate (connection_gate.h) rather
// than the library's thread pool: a worker gets a connection only once
// its request head has arrived, within a deadline, and connections are
// capped in all and per client address.
#ifndef TALLY_SRC_SERVE_STRICT_HTTP_H_
#define TALLY_SRC_SERVE_STRICT_HTTP_H_

#include <httplib.h>

#include <string_view>

#include "src/serve/connection_gate.h"
#include "tally/status.h"

namespace tally::serve {

// Ok when `head` (a request line, header lines, the empty line; each line
// ending in CRLF) is well-formed: the request line is exactly METHOD SP
// TARGET SP VERSION; every header line is a token name, a colon right
// after it, and a value without control characters other than tab; no
// line is folded or ends in a bare CR or LF. kInvalidArgument naming the
// first fault otherwise, kResourceExhausted for a head cut off before its
// empty line (longer than the server keeps).
Status CheckRequestHead(std::string_view head);

class StrictHttpServer : public httplib::Server {
 public:
  StrictHttpServer();

  // Takes effect at the next listen. The library's read and write
  // timeouts still bound each read and write of a request being answered.
  void set_connection_limits(const ConnectionLimits& limits) { limits_ = limits; }

  // CheckRequestHead on the request this thread is answering (Ok on a
  // thread that answers none). A request that fails it ends its
  // connection after the answer: what follows it cannot be trusted to be
  // framed as the client meant.
  static Status CheckCurrentRequest();

 private:
  // Called by the library's accept loop (through the gate's enqueue) with
  // each new connection: hands it to the gate.
  bool process_and_close_socket(socket_t sock) override;
  // The gate's Serve: answers the requests whose heads the connection
  // holds, each read through a stream that keeps its head; true to wait
  // for the next.
  bool ServeConnection(Connection& c);

  ConnectionLimits limits_;
  ConnectionGate* gate_ = nullptr;  // the library's task queue while listening
};

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_STRICT_HTTP_H_
