// Loading the period lexicon. Each line of a codebook file is
// "kind<TAB>phrase[<TAB>field...]"; the phrase is cut into tokens with the
// tokenizer that reads documents, so it matches exactly when its token keys
// do. Frame templates are checked here once (slots that fit the meaning,
// a word first), so the reader never meets a template it cannot follow.
#include "src/resolve/period_lexicon.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/codebook/tsv.h"
#include "src/text/charset.h"

namespace tally::resolve {
namespace {

using extract::LangMask;
using extract::TokenList;

struct KindInfo {
  std::string_view name;
  PeriodKind kind;
  int min_fields;  // after the phrase
  int max_fields;
};

constexpr KindInfo kKinds[] = {
    {"month", PeriodKind::kMonth, 1, 1},
    {"year_word", PeriodKind::kYearWord, 0, 0},
    {"day_suffix", PeriodKind::kDaySuffix, 0, 0},
    {"date_join", PeriodKind::kDateJoin, 0, 0},
    {"part", PeriodKind::kPart, 2, 2},
    {"unit", PeriodKind::kUnit, 1, 1},
    {"units", PeriodKind::kUnits, 1, 1},
    {"this", PeriodKind::kThis, 0, 0},
    {"previous", PeriodKind::kPrevious, 0, 0},
    {"relday", PeriodKind::kRelDay, 2, 2},
    {"start", PeriodKind::kStart, 0, 0},
    {"end", PeriodKind::kEnd, 0, 0},
    {"event", PeriodKind::kEvent, 1, 1},
    {"event_on", PeriodKind::kEventOn, 0, 0},
    {"frame", PeriodKind::kFrame, 1, 2},
    {"clause", PeriodKind::kClause, 0, 0},
};

struct MeaningInfo {
  std::string_view name;
  FrameMeaning meaning;
  int anchors;  // "@" slots
  int spans;    // "#" slots
};

constexpr MeaningInfo kMeanings[] = {
    {"since", FrameMeaning::kSince, 1, 0}, {"in", FrameMeaning::kIn, 1, 0},
    {"asof", FrameMeaning::kAsOf, 1, 0},   {"range", FrameMeaning::kRange, 2, 0},
    {"span", FrameMeaning::kSpan, 0, 1},
};

struct ClassInfo {
  std::string_view name;
  uint8_t bit;
};

constexpr ClassInfo kClasses[] = {
    {"date", kAnchorDate},   {"month", kAnchorMonth},
    {"year", kAnchorYear},   {"part", kAnchorPart},
    {"relative", kAnchorRelative}, {"event", kAnchorEvent},
    {"edge", kAnchorEdge},
};

// Longest count a unit may carry ("1000d"); longer lengths are spans
// written with a count.
constexpr int kMaxUnitCount = 1000;
// Furthest a relday may reach from the publication date, in days.
constexpr int kMaxRelDay = 366;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(Trim(line.substr(start, tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool ParseInt(std::string_view s, int lo, int hi, int* out) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && ptr == end && *out >= lo && *out <= hi;
}

// "1d", "2w", "6m", "1y", "24h".
bool ParseUnit(std::string_view s, TimeUnit* out) {
  if (s.size() < 2) return false;
  switch (s.back()) {
    case 'd': out->base = TimeUnit::Base::kDay; break;
    case 'w': out->base = TimeUnit::Base::kWeek; break;
    case 'm': out->base = TimeUnit::Base::kMonth; break;
    case 'y': out->base = TimeUnit::Base::kYear; break;
    case 'h': out->base = TimeUnit::Base::kHour; break;
    default: return false;
  }
  s.remove_suffix(1);
  if (s[0] == '+' || s[0] == '-') return false;
  return ParseInt(s, 1, kMaxUnitCount, &out->count);
}

bool ParseAccepts(std::string_view s, uint8_t* out) {
  *out = 0;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string_view::npos) comma = s.size();
    const std::string_view name = Trim(s.substr(start, comma - start));
    const ClassInfo* found = nullptr;
    for (const ClassInfo& c : kClasses) {
      if (c.name == name) found = &c;
    }
    if (found == nullptr) return false;
    *out |= found->bit;
    start = comma + 1;
  }
  return *out != 0;
}

bool IsSlot(std::string_view key) { return key == "@" || key == "#"; }

// Checks a frame's template against its meaning; "" when it is fine.
std::string CheckTemplate(const std::vector<std::string>& keys,
                          const MeaningInfo& m) {
  int anchors = 0, spans = 0;
  for (size_t k = 0; k < keys.size(); ++k) {
    anchors += keys[k] == "@";
    spans += keys[k] == "#";
    if (k > 0 && IsSlot(keys[k]) && IsSlot(keys[k - 1])) {
      return "two slots need words between them";
    }
  }
  if (IsSlot(keys[0])) return "a frame starts with a word, not a slot";
  if (anchors != m.anchors || spans != m.spans) {
    return "a '" + std::string(m.name) + "' frame takes " +
           (m.spans > 0 ? "one '#'" : m.anchors == 2 ? "two '@'" : "one '@'") +
           " and no other slot";
  }
  return "";
}

}  // namespace

Result<PeriodLexicon> PeriodLexicon::LoadDir(
    const std::string& dir,
    std::shared_ptr<const extract::NumberLexicon> numbers) {
  PeriodLexicon lex(std::move(numbers));
  Status s = codebook::ForEachLangFile(
      dir, "period",
      [&](std::string_view lang, std::string_view content, const std::string& path) {
        return lex.AddFile(lang, content, path);
      });
  if (!s.ok()) return s;
  return lex;
}

Status PeriodLexicon::AddFile(std::string_view lang, std::string_view content,
                              std::string_view name) {
  Result<size_t> lang_index = codebook::LangIndex(&langs_, lang, name);
  if (!lang_index.ok()) return lang_index.status();
  const LangMask mask = LangMask{1} << *lang_index;
  TokenList tokens;
  size_t line_no = 0, pos = 0;
  std::vector<std::string> touched;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    const std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    auto fail = [&](const std::string& what) {
      return Status::Corruption(std::string(name) + ":" +
                                std::to_string(line_no) + ": " + what);
    };
    if (!text::IsValidUtf8(line)) return fail("not UTF-8");
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    const std::vector<std::string_view> f = SplitTabs(line);
    const KindInfo* info = nullptr;
    for (const KindInfo& k : kKinds) {
      if (k.name == f[0]) info = &k;
    }
    if (info == nullptr) return fail("unknown kind '" + std::string(f[0]) + "'");
    const int fields = static_cast<int>(f.size()) - 2;
    if (fields < info->min_fields || fields > info->max_fields) {
      const std::string want =
          info->min_fields == info->max_fields
              ? std::to_string(1 + info->min_fields)
              : std::to_string(1 + info->min_fields) + " or " +
                    std::to_string(1 + info->max_fields);
      return fail("'" + std::string(f[0]) + "' takes " + want +
                  " tab-separated fields, not " + std::to_string(f.size() - 1));
    }
    if (f[1].empty()) return fail("empty phrase");
    Status s = extract::Tokenize(f[1], 64, &tokens);
    if (!s.ok() || tokens.size() == 0) return fail("phrase too long or empty");
    auto entry = std::make_unique<PeriodEntry>();
    entry->kind = info->kind;
    entry->langs = mask;
    bool slots = false;
    for (size_t t = 0; t < tokens.size(); ++t) {
      entry->keys.emplace_back(tokens.Key(t));
      slots = slots || IsSlot(entry->keys.back());
    }
    if (slots && info->kind != PeriodKind::kFrame) {
      return fail("'@' and '#' are only for frame templates");
    }
    switch (info->kind) {
      case PeriodKind::kMonth:
        if (!ParseInt(f[2], 1, 12, &entry->first)) {
          return fail("bad month '" + std::string(f[2]) + "' (1..12)");
        }
        break;
      case PeriodKind::kPart:
        if (!ParseInt(f[2], 1, 12, &entry->first) ||
            !ParseInt(f[3], 1, 12, &entry->second) ||
            entry->first > entry->second) {
          return fail("bad months '" + std::string(f[2]) + "' '" +
                      std::string(f[3]) + "' (first <= last, 1..12)");
        }
        break;
      case PeriodKind::kUnit:
      case PeriodKind::kUnits:
        if (!ParseUnit(f[2], &entry->unit)) {
          return fail("bad length '" + std::string(f[2]) +
                      "' (a count 1..1000 and d, w, m, y or h)");
        }
        break;
      case PeriodKind::kRelDay:
        if (!ParseInt(f[2], -kMaxRelDay, kMaxRelDay, &entry->first) ||
            !ParseInt(f[3], -kMaxRelDay, kMaxRelDay, &entry->second) ||
            entry->first > entry->second) {
          return fail("bad day offsets '" + std::string(f[2]) + "' '" +
                      std::string(f[3]) + "' (from <= to, -366..366)");
        }
        break;
      case PeriodKind::kEvent: {
        const std::optional<Day> d = ParseIsoDay(f[2]);
        if (!d.has_value() || f[2].size() != 10) {
          return fail("bad date '" + std::string(f[2]) + "' (YYYY-MM-DD)");
        }
        entry->date = *d;
        break;
      }
      case PeriodKind::kFrame: {
        const MeaningInfo* m = nullptr;
        for (const MeaningInfo& mi : kMeanings) {
          if (mi.name == f[2]) m = &mi;
        }
        if (m == nullptr) {
          return fail("unknown meaning '" + std::string(f[2]) +
                      "' (since, in, asof, range, span)");
        }
        entry->meaning = m->meaning;
        const std::string bad = CheckTemplate(entry->keys, *m);
        if (!bad.empty()) return fail(bad);
        if (f.size() == 4 && !ParseAccepts(f[3], &entry->accepts)) {
          return fail("bad anchor kinds '" + std::string(f[3]) +
                      "' (date, month, year, part, relative, event, edge)");
        }
        break;
      }
      default:
        break;
    }
    touched.push_back(entry->keys[0]);
    by_first_[entry->keys[0]].push_back(entry.get());
    entries_.push_back(std::move(entry));
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (const std::string& key : touched) {
    std::vector<const PeriodEntry*>& v = by_first_[key];
    std::stable_sort(v.begin(), v.end(),
                     [](const PeriodEntry* a, const PeriodEntry* b) {
                       return a->keys.size() > b->keys.size();
                     });
  }
  return Status::Ok();
}

extract::LangMask PeriodLexicon::MaskFor(std::string_view lang) const {
  for (size_t i = 0; i < langs_.size(); ++i) {
    if (langs_[i] == lang) return LangMask{1} << i;
  }
  return extract::kAllLangs;
}

const std::vector<const PeriodEntry*>& PeriodLexicon::StartingWith(
    std::string_view key) const {
  static const std::vector<const PeriodEntry*> kNone;
  auto it = by_first_.find(key);
  return it == by_first_.end() ? kNone : it->second;
}

const PeriodEntry* PeriodLexicon::Longest(const TokenList& tokens, size_t i,
                                          size_t limit, PeriodKind kind,
                                          LangMask langs, size_t* end) const {
  limit = std::min(limit, tokens.size());
  if (i >= limit) return nullptr;
  for (const PeriodEntry* e : StartingWith(tokens.Key(i))) {
    if (e->kind != kind || (e->langs & langs) == 0) continue;
    if (i + e->keys.size() > limit) continue;
    size_t k = 1;
    while (k < e->keys.size() && tokens.Key(i + k) == e->keys[k]) ++k;
    if (k == e->keys.size()) {
      *end = i + k;
      return e;
    }
  }
  return nullptr;
}

}  // namespace tally::resolve
