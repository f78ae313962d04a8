// tally watch --sources FILE: tally fetch in a loop. Each pass fetches the
// sources that are due, then the loop sleeps until the next one is due (at
// most --max-sleep, so that edits of the sources file are read soon). The
// first SIGINT or SIGTERM ends it cleanly: the pass in progress stops
// after the page it is fetching, its documents and the sources' states
// are stored, the summary is printed, and the exit code is 0. A second
// signal kills at once.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

#include "cli/common.h"
#include "cli/fetch_pass.h"

namespace tally::cli {
namespace {

// Set by the signal handler: a lock-free atomic store is signal-safe.
std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free);

void OnSignal(int) { g_stop.store(true); }

void CatchStopSignals() {
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;  // the second signal has its default effect
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

// Sleeps `seconds`, waking early when a stop is asked for.
void SleepUnlessStopped(double seconds) {
  const auto until = std::chrono::steady_clock::now() +
                     std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000));
  while (!g_stop.load() && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

struct WatchFlags {
  FetchFlags fetch;
  double min_sleep = 5;
  double max_sleep = 900;
};

int RunWatch(const WatchFlags& flags) {
  CatchStopSignals();
  const std::string command = "tally watch --sources " + flags.fetch.sources;
  uint64_t passes = 0, new_documents = 0;
  int last_code = kExitOk;
  while (!g_stop.load()) {
    const FetchPassResult pass = RunFetchPass(flags.fetch, command, &g_stop);
    // A bad sources file, a store or I/O failure ends the watch; sources
    // that fail are backed off and tried again.
    if (pass.code != kExitOk && pass.code != kExitSomeInputsFailed) return pass.code;
    last_code = pass.code;
    ++passes;
    new_documents += pass.new_documents;
    if (g_stop.load()) break;
    const double wait = std::clamp(static_cast<double>(pass.seconds_until_due), flags.min_sleep,
                                   flags.max_sleep);
    if (!flags.fetch.pipeline.quiet) {
      std::printf("next pass in %.0f s\n", wait);
      std::fflush(stdout);
    }
    SleepUnlessStopped(wait);
  }
  if (!flags.fetch.pipeline.quiet) {
    std::printf("watch stopped by a signal after %llu passes: %llu new documents in %s%s\n",
                static_cast<unsigned long long>(passes),
                static_cast<unsigned long long>(new_documents), flags.fetch.pipeline.db.c_str(),
                last_code == kExitSomeInputsFailed ? " (the last pass had errors, above)" : "");
  }
  return kExitOk;
}

}  // namespace

Runner AddWatchCommand(CLI::App& app) {
  auto flags = std::make_shared<WatchFlags>();
  if (const char* contact = std::getenv("TALLY_CONTACT")) flags->fetch.contact = contact;
  CLI::App* cmd = app.add_subcommand(
      "watch",
      "tally fetch in a loop: fetch the sources that are due, sleep until the next is due, "
      "again, until SIGINT or SIGTERM, which ends the pass in progress cleanly (its documents "
      "and the sources' states stored) and exits 0");
  AddFetchFlags(*cmd, &flags->fetch);
  cmd->add_option("--min-sleep", flags->min_sleep, "Seconds slept between two passes, at least")
      ->check(CLI::Range(0.1, 86400.0))
      ->capture_default_str();
  cmd->add_option("--max-sleep", flags->max_sleep,
                  "Seconds slept between two passes, at most (the sources file is read again "
                  "at each pass)")
      ->check(CLI::Range(0.1, 86400.0))
      ->capture_default_str();
  return [flags] { return RunWatch(*flags); };
}

}  // namespace tally::cli
