// A real HTTP server on 127.0.0.1 for the collector's tests (cpp-httplib,
// any free port), which logs every request it receives. Register the
// handlers, then Start(); the destructor stops it.
//
//   FixtureServer server;
//   server.http().Get("/feed.xml", [](const auto&, auto& res) { ... });
//   server.Start();
//   client.Get({.url = server.Url("/feed.xml")});
#ifndef TALLY_SRC_COLLECT_FIXTURE_SERVER_H_
#define TALLY_SRC_COLLECT_FIXTURE_SERVER_H_

#include <httplib.h>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tally::collect::testing {

class FixtureServer {
 public:
  struct Logged {
    std::string path;  // with the query
    httplib::Headers headers;
  };

  FixtureServer() {
    // Logged as a request arrives, before its handler runs: a client
    // may have its answer before a logger called after the response.
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
      std::lock_guard<std::mutex> lock(mu_);
      log_.push_back({req.target, req.headers});
      return httplib::Server::HandlerResponse::Unhandled;
    });
  }
  ~FixtureServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Server& http() { return server_; }

  void Start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }

  int port() const { return port_; }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  std::vector<Logged> Log() {
    std::lock_guard<std::mutex> lock(mu_);
    return log_;
  }
  // How many requests asked for `path` (with its query).
  int Count(const std::string& path) {
    int n = 0;
    for (const Logged& l : Log()) n += l.path == path;
    return n;
  }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::mutex mu_;
  std::vector<Logged> log_;
};

}  // namespace tally::collect::testing

#endif  // TALLY_SRC_COLLECT_FIXTURE_SERVER_H_
