// tally serve: the HTTP API and the dashboard over a store, read-only,
// on this machine's loopback address unless told otherwise.
#include <openssl/rand.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "cli/common.h"
#include "src/serve/server.h"

namespace tally::cli {
namespace {

struct ServeFlags {
  std::string db, host = "127.0.0.1", assets, key_file, codebook;
  int port = 8080;
  int threads = 8;
  int timeout = 5, idle_timeout = 5;
  size_t max_connections = 512, max_per_client = 32;
  bool is_public = false;
  bool reveal = false;
};

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// 32 random bytes as hex: the operator's token for clear names.
Result<std::string> NewToken() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return Status::Internal("no random bytes for a token");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token;
  for (unsigned char b : bytes) {
    token += kHex[b >> 4];
    token += kHex[b & 15];
  }
  return token;
}

int RunServe(const ServeFlags& flags) {
  if (!IsLoopback(flags.host) && !flags.is_public) {
    std::fprintf(stderr,
                 "tally: --host %s is not this machine's loopback address: anyone who can reach "
                 "it could read the store. Add --public if that is what you want.\n",
                 flags.host.c_str());
    return kExitUsage;
  }
  serve::ServerOptions options;
  options.db = flags.db;
  options.host = flags.host;
  options.port = flags.port;
  options.threads = flags.threads;
  options.timeout_seconds = flags.timeout;
  options.idle_timeout_seconds = flags.idle_timeout;
  options.max_connections = flags.max_connections;
  options.max_per_client = flags.max_per_client;
  options.assets_dir = flags.assets;
  options.codebook_dir = flags.codebook;
  if (flags.reveal) {
    resolve::PseudonymOptions key_options;
    key_options.key_file = flags.key_file;
    Result<resolve::Pseudonymizer> keys = resolve::Pseudonymizer::LoadOrCreate(key_options);
    if (!keys.ok()) return ReportError(keys.status());
    options.reveal_keys = std::make_shared<resolve::Pseudonymizer>(std::move(*keys));
    Result<std::string> token = NewToken();
    if (!token.ok()) return ReportError(token.status());
    options.token = *token;
  }
  // Signals go to a watcher thread, which stops the server: the workers
  // and the library never see them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  // A client that hangs up mid-answer must not kill the server.
  signal(SIGPIPE, SIG_IGN);

  Result<std::unique_ptr<serve::Server>> server = serve::Server::Create(options);
  if (!server.ok()) return ReportError(server.status());
  Status s = (*server)->Listen();
  if (!s.ok()) return ReportError(s);
  if (!IsLoopback(flags.host)) {
    std::fprintf(stderr,
                 "tally: warning: listening on %s, reachable from other machines; the API has no "
                 "login and serves the whole store%s\n",
                 flags.host.c_str(), flags.reveal ? " (clear names only with the token)" : "");
  }
  const std::string host = flags.host.find(':') != std::string::npos ? "[" + flags.host + "]" : flags.host;
  std::printf("tally serve: listening on http://%s:%d/ (store %s, %d threads)\n", host.c_str(),
              (*server)->port(), flags.db.c_str(), flags.threads);
  if (flags.reveal) {
    std::printf("tally serve: clear names for requests with the header\n"
                "  Authorization: Bearer %s\n",
                options.token.c_str());
  }
  std::fflush(stdout);
  serve::Server* running = server->get();
  std::thread watcher([&signals, running] {
    int got = 0;
    sigwait(&signals, &got);
    running->Stop();
  });
  s = running->Run();
  // Run also ends when the socket fails: wake the watcher to let it go.
  pthread_kill(watcher.native_handle(), SIGTERM);
  watcher.join();
  if (!s.ok()) return ReportError(s);
  return kExitOk;
}

}  // namespace

Runner AddServeCommand(CLI::App& app) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "The HTTP API (doc/api.md) and the dashboard, read-only over the store");
  AddDbOption(*cmd, &flags->db);
  cmd->add_option("--port", flags->port, "TCP port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--host", flags->host, "Address to listen on (other than loopback: needs --public)")
      ->capture_default_str();
  cmd->add_flag("--public", flags->is_public,
                "Allow a --host that other machines can reach (prints a warning)");
  cmd->add_option("--threads", flags->threads, "Worker threads")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->add_option("--timeout", flags->timeout,
                  "Seconds a client has to send a request's head (whole), and for each write of the answer")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  cmd->add_option("--idle-timeout", flags->idle_timeout,
                  "Seconds a kept-alive connection may wait for its next request")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  cmd->add_option("--max-connections", flags->max_connections,
                  "Open connections in all; more are answered 503 with Retry-After")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  cmd->add_option("--max-per-client", flags->max_per_client,
                  "Open connections from one client address; more are answered 503")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  cmd->add_option("--assets", flags->assets,
                  "Serve the dashboard from this folder instead of the files compiled in");
  cmd->add_option("--codebook", flags->codebook, "Codebook folder (categories, region names)");
  cmd->add_option("--key-file", flags->key_file, "The operator's pseudonym key file, for --reveal");
  cmd->add_flag("--reveal", flags->reveal,
                "Give clear names of private people to requests with the token printed at start "
                "(needs --key-file)")
      ->needs(cmd->get_option("--key-file"));
  return [flags] { return RunServe(*flags); };
}

}  // namespace tally::cli
