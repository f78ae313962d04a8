#include "cli/progress.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace tally::cli {

ProgressBar::ProgressBar(const ingest::Progress& progress, const char* inputs)
    : progress_(progress), inputs_(inputs) {
  if (!::isatty(2)) return;
  thread_ = std::thread([this] {
    const auto start = std::chrono::steady_clock::now();
    while (!stop_) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      Draw(std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
               .count());
    }
  });
}

ProgressBar::~ProgressBar() {
  if (!thread_.joinable()) return;
  stop_ = true;
  thread_.join();
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

void ProgressBar::Draw(double seconds) {
  const double total = static_cast<double>(progress_.bytes_total);
  const double done = static_cast<double>(progress_.bytes_done);
  // Without a byte total (a fetch), the share of inputs done.
  const double inputs_total = static_cast<double>(progress_.files_total);
  const double fraction = total > 0            ? std::min(1.0, done / total)
                          : inputs_total > 0   ? std::min(1.0, progress_.files_done / inputs_total)
                                               : 0.0;
  constexpr int kWidth = 24;
  std::string bar(static_cast<size_t>(fraction * kWidth), '#');
  bar.resize(kWidth, '.');
  const double mbps = seconds > 0 ? done / 1e6 / seconds : 0;
  std::string eta = "--:--";
  if (fraction > 0.01 && progress_.listing_done) {
    const int left = static_cast<int>(seconds / fraction - seconds);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d", left / 60, left % 60);
    eta = buf;
  }
  std::fprintf(stderr,
               "\r\033[K[%s] %llu/%llu %s  %llu new, %llu known  %llu errors  "
               "%.1f MB/s  ETA %s",
               bar.c_str(), static_cast<unsigned long long>(progress_.files_done),
               static_cast<unsigned long long>(progress_.files_total), inputs_,
               static_cast<unsigned long long>(progress_.documents_new),
               static_cast<unsigned long long>(progress_.documents_known),
               static_cast<unsigned long long>(progress_.errors), mbps, eta.c_str());
  std::fflush(stderr);
}

}  // namespace tally::cli
