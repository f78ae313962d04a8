#include "src/serve/server.h"

#include <httplib.h>
#include <openssl/crypto.h>

#include <cstdlib>

#include "src/codebook/boilerplate.h"
#include "src/export/reveal.h"
#include "src/extract/claim_lexicon.h"
#include "src/serve/api_json.h"
#include "src/serve/strict_http.h"

namespace tally::serve {
namespace {

constexpr std::string_view kApiPrefix = "/api/v1/";
constexpr std::string_view kAssetPrefix = "/assets/";

// This worker thread's store, opened on its first request. Every worker
// reads the same file; one Store each, since a Store is single-threaded.
Result<store::Store*> ThreadStore(const std::string& db) {
  thread_local std::unique_ptr<store::Store> store;
  thread_local std::string opened;
  if (store && opened == db) return store.get();
  store::StoreOptions options;
  options.read_only = true;
  options.map_bytes = int64_t{256} << 20;  // shared between the workers in the page cache
  Result<std::unique_ptr<store::Store>> s = store::Store::Open(db, options);
  if (!s.ok()) return s.status();
  store = std::move(*s);
  opened = db;
  return store.get();
}

void Send(httplib::Response& res, const ApiResponse& r) {
  res.status = r.status;
  if (!r.attachment.empty()) {
    res.set_header("Content-Disposition", "attachment; filename=\"" + r.attachment + "\"");
  }
  res.set_content(r.body, r.content_type.c_str());
}

void SendError(httplib::Response& res, int status, std::string_view message) {
  Send(res, ErrorResponse(status, message));
}

// Whether the request carries the operator's token; compared in constant
// time so that its timing tells nothing about the token.
bool HasToken(const httplib::Request& req, const std::string& token) {
  if (token.empty()) return false;
  const std::string expected = "Bearer " + token;
  const std::string got = req.get_header_value("Authorization");
  return got.size() == expected.size() &&
         CRYPTO_memcmp(got.data(), expected.data(), got.size()) == 0;
}

std::string_view QueryOf(const std::string& target) {
  const size_t q = target.find('?');
  return q == std::string::npos ? std::string_view() : std::string_view(target).substr(q + 1);
}

}  // namespace

Server::Server(ServerOptions options, AssetSource assets, PlaceNames names,
               exporting::ClaimVocabulary vocabulary, std::unique_ptr<store::Store> watcher)
    : options_(std::move(options)),
      assets_(std::move(assets)),
      place_names_(std::move(names)),
      cache_(std::move(watcher)),
      vocabulary_(std::move(vocabulary)),
      http_(std::make_unique<StrictHttpServer>()) {}

Server::~Server() {
  if (warming_.joinable()) warming_.join();
}

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  if (options.threads < 1 || options.threads > 256) {
    return Status::InvalidArgument("--threads must be from 1 to 256");
  }
  if (options.timeout_seconds < 1 || options.timeout_seconds > 3600 ||
      options.idle_timeout_seconds < 1 || options.idle_timeout_seconds > 3600) {
    return Status::InvalidArgument("timeouts must be from 1 to 3600 seconds");
  }
  if (options.max_connections < 1 || options.max_per_client < 1) {
    return Status::InvalidArgument("connection caps must be 1 or more");
  }
  if (options.port < 0 || options.port > 65535) {
    return Status::InvalidArgument("--port must be from 0 to 65535");
  }
  if (options.reveal_keys && options.token.size() < 32) {
    return Status::InvalidArgument("revealing names needs a token of 32 characters or more");
  }
  // Open once here so that a wrong --db fails at start, not per request;
  // the connection then watches the store for the cache.
  store::StoreOptions read_only;
  read_only.read_only = true;
  Result<std::unique_ptr<store::Store>> probe = store::Store::Open(options.db, read_only);
  if (!probe.ok()) return probe.status();
  if (options.reveal_keys) {
    // Refused at start: a wrong key would serve pseudonyms to the very
    // requests that carry the token, as if nothing were sealed.
    Status usable = exporting::CheckRevealKey(probe->get(), *options.reveal_keys);
    if (!usable.ok()) return usable.WithContext("--reveal");
  }
  AssetSource assets = AssetSource::Embedded();
  if (!options.assets_dir.empty()) {
    Result<AssetSource> folder = AssetSource::Folder(options.assets_dir);
    if (!folder.ok()) return folder.status();
    assets = std::move(*folder);
  }
  exporting::ClaimVocabulary vocabulary = exporting::DefaultClaimVocabulary();
  PlaceNames names;
  const std::string codebook = codebook::FindCodebook(options.codebook_dir);
  if (!codebook.empty()) {
    Result<extract::ClaimLexicon> lexicon = extract::ClaimLexicon::LoadDir(codebook);
    if (lexicon.ok() && !lexicon->categories().empty()) vocabulary.categories = lexicon->categories();
    Result<PlaceNames> loaded = LoadPlaceNames(codebook + "/places.tsv");
    if (loaded.ok()) names = std::move(*loaded);
  }
  std::unique_ptr<Server> server(
      new Server(options, std::move(assets), std::move(names), std::move(vocabulary),
                 std::move(*probe)));
  server->Install();
  return server;
}

void Server::Install() {
  httplib::Server& http = *http_;
  ConnectionLimits limits;
  limits.threads = options_.threads;
  limits.max_connections = options_.max_connections;
  limits.max_per_address = options_.max_per_client;
  limits.head_timeout_seconds = options_.timeout_seconds;
  limits.idle_timeout_seconds = options_.idle_timeout_seconds;
  // A dashboard sends bursts of requests: keep its connection for many.
  limits.max_requests = 100;
  static_cast<StrictHttpServer&>(http).set_connection_limits(limits);
  http.set_read_timeout(options_.timeout_seconds, 0);
  http.set_write_timeout(options_.timeout_seconds, 0);
  // The library writes the headers and the body in two sends; with Nagle's
  // algorithm the body then waits for the client's delayed ACK, 40 ms on
  // Linux, on every request of a kept-alive connection.
  http.set_tcp_nodelay(true);
  http.set_payload_max_length(options_.max_body_bytes);
  // No page ever asks for anything but this server, and nothing it serves
  // is a frame of another site's.
  http.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "connect-src 'self'; frame-ancestors 'none'"},
      {"Cache-Control", "no-store"},
  });

  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (req.headers.size() > options_.max_headers) {
      SendError(res, 431, "too many request headers");
      return httplib::Server::HandlerResponse::Handled;
    }
    // What the library's parser let through but HTTP does not allow.
    Status head = StrictHttpServer::CheckCurrentRequest();
    if (!head.ok()) {
      SendError(res, head.code() == StatusCode::kResourceExhausted ? 431 : 400, head.message());
      return httplib::Server::HandlerResponse::Handled;
    }
    // The library reads a Content-Length of "abc" as 0, and of "5" given
    // twice as 5: either could frame the body other than the client meant.
    const size_t lengths = req.get_header_value_count("Content-Length");
    const std::string length = req.get_header_value("Content-Length");
    if (lengths > 1 || (lengths == 1 && (length.empty() || length.find_first_not_of("0123456789") !=
                                                                std::string::npos))) {
      SendError(res, 400, "malformed Content-Length: one decimal number only");
      return httplib::Server::HandlerResponse::Handled;
    }
    // Refused before the library reads any of it.
    if (req.has_header("Content-Length") &&
        req.get_header_value("Content-Length").size() > 12) {
      SendError(res, 413, "request body too large");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) >
        options_.max_body_bytes) {
      SendError(res, 413, "request body too large (at most " +
                              std::to_string(options_.max_body_bytes) + " bytes)");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD") {
      SendError(res, 405, "the server is read-only: only GET is allowed");
      res.set_header("Allow", "GET, HEAD");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (!req.body.empty()) {
      SendError(res, 400, "a GET request carries no body");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  http.Get(R"(/api/v1/.*)", [this](const httplib::Request& req, httplib::Response& res) {
    Result<store::Store*> store = ThreadStore(options_.db);
    if (!store.ok()) {
      SendError(res, 503, "the store cannot be opened");
      return;
    }
    ApiContext ctx = Context(*store);
    if (options_.reveal_keys && HasToken(req, options_.token)) ctx.reveal = options_.reveal_keys.get();
    Send(res, Route("GET", req.path, QueryOf(req.target), ctx));
  });

  auto serve_asset = [this](std::string_view relative, httplib::Response& res) {
    if (assets_.empty()) {
      SendError(res, 404,
                "the dashboard was not built into this tally (there was no web/ folder at "
                "build time); start it with --assets DIR, or use the API under /api/v1/");
      return;
    }
    Result<Asset> asset = assets_.Read(relative);
    if (!asset.ok()) {
      Send(res, ErrorResponse(asset.status()));
      return;
    }
    res.set_content(asset->body, std::string(asset->content_type).c_str());
  };
  http.Get("/", [serve_asset](const httplib::Request&, httplib::Response& res) {
    serve_asset("index.html", res);
  });
  http.Get(R"(/assets/.*)", [serve_asset](const httplib::Request& req, httplib::Response& res) {
    // req.path is percent-decoded already: "%2e%2e" arrives as "..", and
    // CheckAssetPath refuses it.
    serve_asset(std::string_view(req.path).substr(kAssetPrefix.size()), res);
  });

  // Whatever the library answers by itself (no route, 413, 414...) gets a
  // JSON body too.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const char* what = res.status == 404   ? "no such route (the API is under /api/v1/)"
                       : res.status == 413 ? "request body too large"
                       : res.status == 414 ? "request line too long"
                                           : "bad request";
    SendError(res, res.status, what);
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SendError(res, 500, "internal error");
  });
}

Status Server::Listen() {
  if (options_.port == 0) {
    port_ = http_->bind_to_any_port(options_.host);
    if (port_ <= 0) return Status::IOError("cannot listen on " + options_.host);
    return Status::Ok();
  }
  if (!http_->bind_to_port(options_.host, options_.port)) {
    return Status::IOError("cannot listen on " + options_.host + ":" +
                           std::to_string(options_.port) + " (in use, or not an address of this machine)");
  }
  port_ = options_.port;
  return Status::Ok();
}

ApiContext Server::Context(store::Store* store) {
  ApiContext ctx;
  ctx.store = store;
  ctx.cache = &cache_;
  ctx.vocabulary = &vocabulary_;
  ctx.place_names = &place_names_;
  ctx.limits = options_.limits;
  return ctx;
}

void Server::WarmCache() {
  store::StoreOptions read_only;
  read_only.read_only = true;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(options_.db, read_only);
  if (!store.ok()) return;  // the workers will say so
  ApiContext ctx = Context(store->get());
  for (const char* path : {"/api/v1/stats", "/api/v1/places", "/api/v1/measures"}) {
    if (stopping_) return;
    (void)Route("GET", path, "", ctx);
  }
}

Status Server::Run() {
  if (!warming_.joinable()) warming_ = std::thread([this] { WarmCache(); });
  if (!http_->listen_after_bind()) return Status::IOError("the listening socket failed");
  return Status::Ok();
}

void Server::Stop() {
  stopping_ = true;
  http_->stop();
}

}  // namespace tally::serve
