#include "src/collect/source_health.h"

#include <algorithm>
#include <ctime>

namespace tally::collect {

namespace {
constexpr int64_t kDay = 24 * 3600;
}  // namespace

int64_t BackoffWait(int64_t every, int64_t failures) {
  const int64_t doublings = std::clamp<int64_t>(failures, 0, 6);
  return std::min(every << doublings, std::max(every, kDay));
}

int64_t UnixFromIso(const std::string& iso) {
  std::tm tm{};
  const char* end = strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  if (end == nullptr || *end != '\0') return -1;
  return static_cast<int64_t>(timegm(&tm));
}

int64_t NextDue(const store::SourceState& state) {
  const int64_t last = UnixFromIso(state.last_fetch);
  if (last < 0) return 0;
  if (state.every <= 0) return -1;
  return last + BackoffWait(state.every, state.failures);
}

std::string_view SourceHealth(const store::SourceState& state, int64_t now) {
  if (state.last_fetch.empty()) return "never";
  if (state.failures > 0) {
    const int64_t due = NextDue(state);
    return due > now ? "backed-off" : "failing";
  }
  if (state.last_error.find("robots.txt") != std::string::npos) return "disallowed";
  return "ok";
}

}  // namespace tally::collect
