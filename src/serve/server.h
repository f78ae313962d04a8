// tally's HTTP server: the JSON API of doc/api.md under /api/v1/ and the
// dashboard's static files, over a store opened read-only, on
// cpp-httplib with a pool of worker threads. Each worker opens its own
// Store on first use (a Store is single-threaded; SQLite in WAL mode
// lets them all read while an ingest writes).
//
//   ServerOptions options;
//   options.db = "tally.db";
//   Result<std::unique_ptr<Server>> server = Server::Create(options);
//   if (!server.ok()) ...
//   Status s = (*server)->Listen();   // binds; port() is then known
//   s = (*server)->Run();             // blocks until Stop()
//
// Requests are checked before any handler runs: only GET (and HEAD) on
// the API, query strings and headers within limits, bodies refused over a
// few KiB, slow clients cut off by a deadline for the whole request head
// (waiting for it holds no worker), connections capped in all and per
// client address. Every handler
// failure is a JSON error; an exception is caught and answered 500.
#ifndef TALLY_SRC_SERVE_SERVER_H_
#define TALLY_SRC_SERVE_SERVER_H_

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "src/resolve/pseudonym.h"
#include "src/serve/api.h"
#include "src/serve/assets.h"
#include "tally/status.h"

namespace httplib {
class Server;
}

namespace tally::serve {

struct ServerOptions {
  std::string db = "tally.db";
  // Where to listen. Default: 127.0.0.1 (this machine only).
  std::string host = "127.0.0.1";
  // Default: 8080; 0 picks a free port (see port()).
  int port = 8080;
  // Worker threads, which answer requests whose heads have arrived
  // (connections waiting for theirs hold none). Default: 8.
  int threads = 8;
  // Serve this folder as the dashboard instead of the files compiled in.
  // Default: "" (compiled in).
  std::string assets_dir;
  // The codebook folder, for category codes and region names. Default: ""
  // (the built-in lists; regions without names).
  std::string codebook_dir;
  // With a key, a request carrying `token` as "Authorization: Bearer
  // <token>" sees private people's clear names. Default: none.
  std::shared_ptr<const resolve::Pseudonymizer> reveal_keys;
  std::string token;
  ApiLimits limits;
  // Bytes of a request body. Default: 16384.
  size_t max_body_bytes = 16384;
  // Request headers. Default: 64.
  size_t max_headers = 64;
  // Seconds a client may take to send a request's head, counted from its
  // connection (or, on a kept-alive one, from the request's first byte),
  // and to take each part of the answer. Default: 5.
  int timeout_seconds = 5;
  // Seconds a kept-alive connection may wait for its next request.
  // Default: 5.
  int idle_timeout_seconds = 5;
  // Open connections in all and from one client address; more are
  // answered 503 with Retry-After. Defaults: 512 and 32.
  size_t max_connections = 512;
  size_t max_per_client = 32;
};

class Server {
 public:
  // Checks the options and that the store opens read-only. kNotFound for
  // a missing store or asset folder, kInvalidArgument for bad options or
  // reveal_keys that open none of the store's sealed names.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();

  // Binds the address. kIOError when it cannot (in use, not local...).
  Status Listen();
  // The bound port, after Listen.
  int port() const { return port_; }
  // Serves until Stop; kIOError when the listening socket fails.
  Status Run();
  // Makes Run return; safe from any thread or a signal-watching thread.
  void Stop();

 private:
  explicit Server(ServerOptions options, AssetSource assets, PlaceNames names,
                  exporting::ClaimVocabulary vocabulary, std::unique_ptr<store::Store> watcher);
  void Install();
  // A request's context over `store`, without clear names.
  ApiContext Context(store::Store* store);
  // Computes the whole-store answers a dashboard opens with (stats,
  // measures, places) into the cache, so that the first visitor does not
  // wait for them (1.6 s for the measures of 100,000 claims).
  void WarmCache();

  ServerOptions options_;
  AssetSource assets_;
  PlaceNames place_names_;
  StoreCache cache_;  // what the workers share of the store's answers
  exporting::ClaimVocabulary vocabulary_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
  std::thread warming_;  // runs WarmCache while Run serves
  std::atomic<bool> stopping_{false};  // WarmCache stops between answers
};

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_SERVER_H_
