#include "src/export/claim_text.h"

#include <algorithm>
#include <vector>

#include "src/export/json.h"

namespace tally::exporting {
namespace {

// How far (code points) a cut may move to land on a space.
constexpr size_t kWordSlack = 12;

std::string Num(double v) {
  std::string out;
  AppendJsonNumber(&out, v);
  return out;
}

std::string_view UnitSuffix(Unit u) {
  switch (u) {
    case Unit::kPersons: return "";
    case Unit::kPercent: return "%";
    case Unit::kRegions: return " regions";
    case Unit::kUnits: return " units";
    case Unit::kCases: return " cases";
  }
  return "";
}

// Byte offset of every code point of `s`, then s.size().
std::vector<size_t> CodePointStarts(std::string_view s) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(s.size());
  return starts;
}

bool IsBreak(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void AppendFlat(std::string* out, std::string_view s) {
  for (char c : s) out->push_back(IsBreak(c) ? ' ' : c);
}

// The position nearest to `at`, at most kWordSlack away and within
// [lo, hi], where `is_boundary` holds; on a tie the one towards `outward`
// (-1 or +1), which keeps more context. `at` when there is none.
template <typename Predicate>
size_t NearestBoundary(size_t at, size_t lo, size_t hi, int outward, Predicate is_boundary) {
  for (size_t d = 0; d <= kWordSlack; ++d) {
    const bool down_ok = at >= lo + d && is_boundary(at - d);
    const bool up_ok = at + d <= hi && is_boundary(at + d);
    if (down_ok && (outward < 0 || !up_ok)) return at - d;
    if (up_ok) return at + d;
  }
  return at;
}

}  // namespace

std::string CompactInterval(const Quantity& q) {
  std::string out = q.approx ? "~" : "";
  if (q.lo && q.hi && *q.lo == *q.hi && !q.lo_open && !q.hi_open) {
    out += Num(*q.lo);
  } else {
    out += q.lo ? (q.lo_open ? "(" : "[") + Num(*q.lo) : std::string("(-inf");
    out += ", ";
    out += q.hi ? Num(*q.hi) + (q.hi_open ? ")" : "]") : std::string("inf)");
  }
  out += UnitSuffix(q.unit);
  return out;
}

std::string SpeakerLabel(const std::optional<Speaker>& speaker) {
  if (!speaker) return "-";
  std::string out = speaker->name;
  if (!speaker->org.empty()) {
    if (!out.empty()) out += ", ";
    out += speaker->org;
  }
  if (out.empty()) out = "?";
  if (!speaker->stance.empty()) {
    out += " (" + speaker->stance + ")";
  } else if (speaker->is_private) {
    out += " (private)";
  }
  return out;
}

std::string FigureSnippet(std::string_view sentence, std::string_view figure,
                          size_t width, std::string_view open, std::string_view close) {
  const std::vector<size_t> cp = CodePointStarts(sentence);
  const size_t n = cp.size() - 1;
  const size_t at = figure.empty() ? std::string_view::npos : sentence.find(figure);
  // The figure as code points [fb, fe); without one, an empty figure at 0.
  size_t fb = 0, fe = 0;
  if (at != std::string_view::npos) {
    fb = static_cast<size_t>(std::lower_bound(cp.begin(), cp.end(), at) - cp.begin());
    fe = static_cast<size_t>(
        std::lower_bound(cp.begin(), cp.end(), at + figure.size()) - cp.begin());
  }
  // Share the context evenly; a side the sentence cannot fill gives its
  // share to the other.
  const size_t context = width > fe - fb ? width - (fe - fb) : 0;
  size_t left = at == std::string_view::npos ? 0 : context / 2;
  size_t right = context - left;
  if (fb < left) {
    right += left - fb;
    left = fb;
  }
  if (n - fe < right) {
    left = std::min(fb, left + (right - (n - fe)));
    right = n - fe;
  }
  size_t start = fb - left, end = fe + right;
  // Move each cut to the nearest word boundary, in or out, when one is
  // near, so that no word is halved.
  auto word_start = [&](size_t p) { return p == 0 || IsBreak(sentence[cp[p - 1]]); };
  auto word_end = [&](size_t p) { return p == n || IsBreak(sentence[cp[p]]); };
  if (start > 0) start = NearestBoundary(start, 0, fb, -1, word_start);
  if (end < n) end = NearestBoundary(end, fe, n, +1, word_end);
  std::string out = start > 0 ? "..." : "";
  if (at == std::string_view::npos) {
    AppendFlat(&out, sentence.substr(0, cp[end]));
  } else {
    AppendFlat(&out, sentence.substr(cp[start], cp[fb] - cp[start]));
    out += open;
    AppendFlat(&out, sentence.substr(cp[fb], cp[fe] - cp[fb]));
    out += close;
    AppendFlat(&out, sentence.substr(cp[fe], cp[end] - cp[fe]));
  }
  if (end < n) out += "...";
  return out;
}

}  // namespace tally::exporting
