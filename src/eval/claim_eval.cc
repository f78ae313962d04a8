#include "src/eval/claim_eval.h"

#include <simdjson.h>

#include <algorithm>

#include "src/codebook/tsv.h"
#include "src/text/normalize.h"

namespace tally::eval {
namespace {

std::string Str(simdjson::dom::object obj, const char* key) {
  std::string_view sv;
  if (obj[key].get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  return "";
}

std::optional<double> Num(simdjson::dom::object obj, const char* key) {
  simdjson::dom::element el;
  if (obj[key].get(el) != simdjson::SUCCESS || el.is_null()) return std::nullopt;
  double d = 0;
  if (el.get_double().get(d) == simdjson::SUCCESS) return d;
  int64_t i = 0;
  if (el.get_int64().get(i) == simdjson::SUCCESS) return static_cast<double>(i);
  return std::nullopt;
}

bool Bool(simdjson::dom::object obj, const char* key) {
  bool b = false;
  return obj[key].get_bool().get(b) == simdjson::SUCCESS && b;
}

bool Contains(const std::string& hay, const std::string& needle) {
  return !needle.empty() && hay.find(needle) != std::string::npos;
}

bool SameInterval(const GoldClaim& g, const Quantity& q) {
  return g.lo == q.lo && g.hi == q.hi && g.lo_open == q.lo_open && g.hi_open == q.hi_open;
}

bool SpeakerRight(const GoldClaim& g, const Claim& c, const ActorOf& actor_of) {
  if (g.is_private) return c.speaker && c.speaker->is_private;
  if (g.speakers.empty()) return !c.speaker.has_value();
  if (!c.speaker || c.speaker->is_private) return false;
  const std::string name = text::FoldCase(c.speaker->name);
  const std::string org = text::FoldCase(c.speaker->org);
  for (const std::string& s : g.speakers) {
    const std::string want = text::FoldCase(s);
    if (Contains(name, want) || Contains(org, want)) return true;
    if (actor_of && !c.speaker->actor.empty() && actor_of(s) == c.speaker->actor) return true;
  }
  return false;
}

std::string Describe(const Claim& c) {
  std::string s = "'" + c.text + "' " + c.category + " " + std::string(UnitName(c.quantity.unit)) +
                  " " + c.side;
  if (c.speaker) {
    s += " <" + (c.speaker->is_private ? std::string("private") : c.speaker->name) +
         (c.speaker->org.empty() ? "" : " / " + c.speaker->org) + " " + c.speaker->stance + ">";
  } else {
    s += " <none>";
  }
  if (!c.hedge.empty()) s += " hedge:" + c.hedge;
  return s;
}

void Field(FieldScore* score, bool right, const std::string& doc, const char* kind,
           const std::string& detail, std::vector<Mismatch>* out) {
  ++score->total;
  if (right) {
    ++score->right;
  } else {
    out->push_back({doc, kind, detail});
  }
}

}  // namespace

Result<std::vector<GoldClaim>> LoadGold(const std::string& path) {
  Result<std::string> content = codebook::ReadCodebookFile(path);
  if (!content.ok()) return content.status();
  std::vector<GoldClaim> gold;
  simdjson::dom::parser parser;
  size_t pos = 0, line_no = 0;
  const std::string& s = *content;
  while (pos < s.size()) {
    size_t eol = s.find('\n', pos);
    if (eol == std::string::npos) eol = s.size();
    const std::string line = s.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element el;
    simdjson::dom::object obj;
    if (parser.parse(line).get(el) != simdjson::SUCCESS || el.get_object().get(obj) != simdjson::SUCCESS) {
      return codebook::LineError(path, line_no, "not a JSON object");
    }
    GoldClaim g;
    g.line = line_no;
    g.doc = Str(obj, "doc");
    g.text = Str(obj, "text");
    if (g.doc.empty() || g.text.empty()) {
      return codebook::LineError(path, line_no, "a gold claim needs \"doc\" and \"text\"");
    }
    g.lo = Num(obj, "lo");
    g.hi = Num(obj, "hi");
    g.lo_open = Bool(obj, "lo_open");
    g.hi_open = Bool(obj, "hi_open");
    g.qualifier = Str(obj, "qualifier");
    g.unit = Str(obj, "unit");
    g.category = Str(obj, "category");
    g.side = Str(obj, "side");
    g.stance = Str(obj, "stance");
    g.hedge = Str(obj, "hedge");
    g.is_private = Bool(obj, "private");
    simdjson::dom::array speakers;
    if (obj["speakers"].get_array().get(speakers) == simdjson::SUCCESS) {
      for (simdjson::dom::element e : speakers) {
        std::string_view sv;
        if (e.get_string().get(sv) == simdjson::SUCCESS) g.speakers.emplace_back(sv);
      }
    }
    gold.push_back(std::move(g));
  }
  return gold;
}

EvalReport Score(const std::vector<GoldClaim>& gold,
                 const std::map<std::string, std::vector<Claim>>& predicted, const ActorOf& actor_of) {
  EvalReport r;
  r.gold = gold.size();
  for (const auto& [doc, claims] : predicted) r.predicted += claims.size();
  std::map<std::string, std::vector<bool>> used;
  for (const auto& [doc, claims] : predicted) used[doc].assign(claims.size(), false);
  for (const GoldClaim& g : gold) {
    auto it = predicted.find(g.doc);
    const std::string want = text::FoldCase(g.text);
    int match = -1;
    if (it != predicted.end()) {
      for (size_t i = 0; i < it->second.size(); ++i) {
        if (used[g.doc][i]) continue;
        const Claim& c = it->second[i];
        const std::string have = text::FoldCase(c.text);
        if ((Contains(have, want) || Contains(want, have)) && SameInterval(g, c.quantity)) {
          match = static_cast<int>(i);
          break;
        }
      }
    }
    if (match < 0) {
      r.mismatches.push_back({g.doc, "missed", "'" + g.text + "' " + g.category + " (gold line " +
                                                   std::to_string(g.line) + ")"});
      continue;
    }
    used[g.doc][static_cast<size_t>(match)] = true;
    ++r.matched;
    const Claim& c = it->second[static_cast<size_t>(match)];
    const std::string what = Describe(c) + " | gold: " + g.category + " " + g.unit + " " + g.side +
                             " <" + (g.is_private ? "private" : g.speakers.empty() ? "none" : g.speakers[0]) +
                             " " + g.stance + ">" + (g.hedge.empty() ? "" : " hedge:" + g.hedge);
    Field(&r.category, c.category == g.category, g.doc, "category", what, &r.mismatches);
    Field(&r.side, c.side == g.side, g.doc, "side", what, &r.mismatches);
    Field(&r.unit, UnitName(c.quantity.unit) == g.unit, g.doc, "unit", what, &r.mismatches);
    Field(&r.hedge, c.hedge == g.hedge, g.doc, "hedge", what, &r.mismatches);
    const std::string stance = c.speaker ? c.speaker->stance : "";
    Field(&r.stance, stance == g.stance, g.doc, "stance", what, &r.mismatches);
    Field(&r.speaker, SpeakerRight(g, c, actor_of), g.doc, "speaker", what, &r.mismatches);
  }
  for (const auto& [doc, claims] : predicted) {
    for (size_t i = 0; i < claims.size(); ++i) {
      if (!used[doc][i]) r.mismatches.push_back({doc, "extra", Describe(claims[i])});
    }
  }
  return r;
}

}  // namespace tally::eval
