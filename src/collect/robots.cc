// Reading robots.txt line by line, as RFC 9309 2.2 describes: a group
// starts at a user-agent line that follows a rule (consecutive user-agent
// lines share one group), and rules before any user-agent line belong to
// no group. Matching uses the usual two-pointer wildcard algorithm: on a
// mismatch it resumes after the last `*`, so a pattern is checked in
// O(pattern * path) at worst with no recursion, whatever the file holds.
#include "src/collect/robots.h"

#include <algorithm>
#include <cctype>

namespace tally::collect {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The product token of a user-agent line's value: "Googlebot/2.1 (+...)"
// is "googlebot".
std::string ProductToken(std::string_view value) {
  size_t end = 0;
  while (end < value.size()) {
    const char c = value[end];
    const bool token_char = std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
                            c == '_' || c == '*';
    if (!token_char) break;
    ++end;
  }
  return Lower(value.substr(0, end));
}

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string NormalizeRobotsPath(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (size_t i = 0; i < path.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(path[i]);
    if (c == '%' && i + 2 < path.size() && IsHex(path[i + 1]) && IsHex(path[i + 2])) {
      out += '%';
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(path[i + 1])));
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(path[i + 2])));
      i += 2;
    } else if (c <= 0x20 || c >= 0x7f) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  size_t p = 0, s = 0;
  size_t star = std::string_view::npos, star_s = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_s = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (p == pattern.size() && !anchored) {
      return true;  // the pattern is a prefix of the path
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++star_s;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view agent) {
  if (text.size() > kMaxRobotsBytes) text = text.substr(0, kMaxRobotsBytes);
  const std::string own = Lower(agent);
  std::vector<Rule> own_rules, star_rules;
  bool own_group_seen = false;
  // The current group: whom it is for, and whether a rule has ended its
  // run of user-agent lines.
  bool group_own = false, group_star = false, in_rules = true;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    const size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = Lower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (in_rules) group_own = group_star = in_rules = false;
      const std::string token = ProductToken(value);
      if (token == "*") group_star = true;
      if (!own.empty() && token == own) group_own = own_group_seen = true;
    } else if (key == "allow" || key == "disallow") {
      in_rules = true;
      // An empty disallow allows everything: it adds no rule.
      if (value.empty()) continue;
      Rule rule{key == "allow", NormalizeRobotsPath(value)};
      if (group_own) own_rules.push_back(rule);
      if (group_star) star_rules.push_back(std::move(rule));
    } else {
      // Other records (sitemap, crawl-delay, ...) do not end a group's
      // user-agent lines, as in Google's reference parser.
    }
  }
  RobotsRules rules;
  rules.rules_ = own_group_seen ? std::move(own_rules) : std::move(star_rules);
  return rules;
}

RobotsRules RobotsRules::FromFetch(int status, std::string_view body, std::string_view agent) {
  if (status >= 200 && status < 300) return Parse(body, agent);
  if (status >= 400 && status < 500 && status != 429) return AllowAll();
  return DisallowAll();
}

RobotsRules RobotsRules::AllowAll() { return RobotsRules(); }

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules rules;
  rules.disallow_all_ = true;
  return rules;
}

bool RobotsRules::Allowed(std::string_view path) const {
  if (path == "/robots.txt") return true;
  if (disallow_all_) return false;
  const std::string normal = NormalizeRobotsPath(path.empty() ? "/" : path);
  size_t best = 0;
  bool allowed = true, matched = false;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, normal)) continue;
    const size_t length = rule.pattern.size();
    if (!matched || length > best || (length == best && rule.allow && !allowed)) {
      best = length;
      allowed = rule.allow;
      matched = true;
    }
  }
  return allowed;
}

}  // namespace tally::collect
