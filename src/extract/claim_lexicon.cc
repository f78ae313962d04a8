// Loading the claim lexicon. Each line of claims/<lang>.tsv is
// "kind<TAB>phrase[<TAB>field...]"; the phrase goes into one PhraseSet
// shared by every kind, whose payload is the cue's index, so a single
// lookup at a token yields every cue that starts there.
#include "src/extract/claim_lexicon.h"

#include <algorithm>

#include "src/codebook/tsv.h"

namespace tally::extract {
namespace {

struct KindInfo {
  std::string_view name;
  CueKind kind;
  int fields;  // after the phrase
  std::vector<std::string_view> values;  // allowed values of the first field;
                                         // empty = any
};

const std::vector<KindInfo>& Kinds() {
  static const std::vector<KindInfo> kinds = {
      {"category", CueKind::kCategory, 2, {}},
      {"unit", CueKind::kUnitNoun, 1, {"cases", "regions", "units"}},
      {"group", CueKind::kGroup, 0, {}},
      {"exclude", CueKind::kExclude, 1, {}},
      {"side", CueKind::kSide, 1, {"RU", "UA", "enemy", "own", "none"}},
      {"hedge", CueKind::kHedge, 1, {"estimate", "reported", "unconfirmed", "possible"}},
      {"source", CueKind::kSource, 0, {}},
      {"speech", CueKind::kSpeech, 0, {}},
      {"channel", CueKind::kChannel, 1, {}},
      {"told", CueKind::kTold, 0, {}},
      {"role", CueKind::kRole, 1, {"public", "private", "official"}},
      {"org", CueKind::kOrgNoun, 1, {"org", "media", "government", "military"}},
      {"pronoun", CueKind::kPronoun, 1, {"person", "org", "any", "self"}},
      {"byline", CueKind::kByline, 0, {}},
      {"about_this", CueKind::kAboutThis, 0, {}},
      {"source_of", CueKind::kSourceIn, 0, {}},
      {"turn", CueKind::kTurn, 1, {"question", "answer"}},
      {"change", CueKind::kChange, 0, {}},
      {"conjunction", CueKind::kConjunction, 0, {}},
      {"rate", CueKind::kRate, 0, {}},
      {"locative", CueKind::kLocative, 0, {}},
      {"oblique", CueKind::kOblique, 0, {}},
      {"place_word", CueKind::kPlaceWord, 0, {}},
      {"place_before", CueKind::kPlaceBefore, 0, {}},
      {"ratio", CueKind::kRatio, 0, {}},
      {"auxiliary", CueKind::kAuxiliary, 0, {}},
      {"anonymous", CueKind::kAnonymous, 0, {}},
      {"clause", CueKind::kClause, 0, {}},
      {"stop", CueKind::kStop, 0, {}},
      {"of", CueKind::kPartitive, 0, {}},
      {"country", CueKind::kCountry, 1, {}},
      {"question", CueKind::kQuestion, 0, {}},
      {"negation", CueKind::kNegation, 0, {}},
      {"calendar", CueKind::kCalendar, 0, {}},
      {"same_period", CueKind::kSamePeriod, 0, {}},
      {"other_war", CueKind::kOtherWar, 0, {}},
      {"incident", CueKind::kIncident, 0, {}},
      {"reason", CueKind::kReason, 0, {}},
  };
  return kinds;
}

Unit UnitFromName(std::string_view name) {
  if (name == "cases") return Unit::kCases;
  if (name == "regions") return Unit::kRegions;
  return Unit::kUnits;
}

}  // namespace

Result<ClaimLexicon> ClaimLexicon::LoadDir(const std::string& codebook_dir) {
  ClaimLexicon lex;
  const std::string categories = codebook_dir + "/categories.tsv";
  Result<std::string> content = codebook::ReadCodebookFile(categories);
  if (!content.ok()) return content.status();
  Status s = lex.AddCategories(*content, categories);
  if (!s.ok()) return s;
  s = codebook::ForEachLangFile(
      codebook_dir + "/claims", "phrasing",
      [&](std::string_view lang, std::string_view file, const std::string& path) {
        return lex.AddFile(lang, file, path);
      });
  if (!s.ok()) return s;
  return lex;
}

Status ClaimLexicon::AddCategories(std::string_view content, std::string_view name) {
  return codebook::ForEachRecord(
      content, name, [&](size_t line, const std::vector<std::string_view>& f) {
        const std::string_view code = f[0];
        if (code.empty() || code.size() > 40 ||
            !std::all_of(code.begin(), code.end(), [](char c) {
              return (c >= 'a' && c <= 'z') || c == '_';
            })) {
          return codebook::LineError(name, line,
                                     "a category code is lower-case letters and '_'");
        }
        if (CategoryIndex(code) >= 0) {
          return codebook::LineError(name, line,
                                     "category '" + std::string(code) + "' twice");
        }
        if (f.size() > 2 && !f[2].empty() && f[2] != "own" && f[2] != "other") {
          return codebook::LineError(name, line, "the third field is 'own', 'other' or nothing");
        }
        categories_.emplace_back(code);
        own_side_.push_back(f.size() > 2 && f[2] == "own");
        other_side_.push_back(f.size() > 2 && f[2] == "other");
        return Status::Ok();
      });
}

int ClaimLexicon::CategoryIndex(std::string_view code) const {
  for (size_t i = 0; i < categories_.size(); ++i) {
    if (categories_[i] == code) return static_cast<int>(i);
  }
  return -1;
}

LangMask ClaimLexicon::MaskFor(std::string_view lang) const {
  for (size_t i = 0; i < langs_.size(); ++i) {
    if (langs_[i] == lang) return LangMask{1} << i;
  }
  return kAllLangs;
}

Status ClaimLexicon::AddFile(std::string_view lang, std::string_view content,
                             std::string_view name) {
  Result<size_t> lang_index = codebook::LangIndex(&langs_, lang, name);
  if (!lang_index.ok()) return lang_index.status();
  const LangMask mask = LangMask{1} << *lang_index;
  return codebook::ForEachRecord(
      content, name, [&](size_t line, const std::vector<std::string_view>& f) {
        const KindInfo* info = nullptr;
        for (const KindInfo& k : Kinds()) {
          if (k.name == f[0]) info = &k;
        }
        if (info == nullptr) {
          return codebook::LineError(name, line, "unknown kind '" + std::string(f[0]) + "'");
        }
        if (f.size() != static_cast<size_t>(2 + info->fields)) {
          return codebook::LineError(
              name, line,
              "'" + std::string(f[0]) + "' takes " + std::to_string(1 + info->fields) +
                  " tab-separated fields, not " + std::to_string(f.size() - 1));
        }
        Cue cue;
        cue.kind = info->kind;
        cue.langs = mask;
        cue.phrase = std::string(f[1]);
        if (info->fields > 0) {
          cue.value = std::string(f[2]);
          if (!info->values.empty() &&
              std::find(info->values.begin(), info->values.end(), f[2]) ==
                  info->values.end()) {
            return codebook::LineError(name, line,
                                       "unknown value '" + std::string(f[2]) +
                                           "' for '" + std::string(f[0]) + "'");
          }
        }
        if (cue.kind == CueKind::kCategory) {
          cue.category = CategoryIndex(f[2]);
          if (cue.category < 0) {
            return codebook::LineError(
                name, line,
                "unknown category '" + std::string(f[2]) + "' (see categories.tsv)");
          }
          if (f[3] == "noun") {
            cue.role = CueRole::kNoun;
          } else if (f[3] == "verb") {
            cue.role = CueRole::kVerb;
          } else if (f[3] == "context") {
            cue.role = CueRole::kContext;
          } else if (f[3] == "group") {
            cue.role = CueRole::kGroup;
          } else if (f[3] == "request") {
            cue.role = CueRole::kRequest;
          } else {
            return codebook::LineError(name, line,
                                       "a category phrase is 'noun', 'verb', 'context', "
                                       "'group' or 'request', not '" + std::string(f[3]) + "'");
          }
        }
        if (cue.kind == CueKind::kUnitNoun) cue.unit = UnitFromName(f[2]);
        Status s = phrases_.Add(f[1], static_cast<int32_t>(cues_.size()));
        if (!s.ok()) return codebook::LineError(name, line, s.message());
        cues_.push_back(std::move(cue));
        return Status::Ok();
      });
}

void ClaimLexicon::CuesAt(const TokenList& tokens, size_t i, LangMask langs,
                          std::vector<CueMatch>* out) const {
  thread_local std::vector<PhraseMatch> matches;  // scratch, one a thread
  matches.clear();
  phrases_.MatchAt(tokens, i, &matches);
  for (const PhraseMatch& m : matches) {
    const Cue& cue = cues_[static_cast<size_t>(m.payload)];
    if ((cue.langs & langs) == 0) continue;
    out->push_back({&cue, i, m.end});
  }
}

}  // namespace tally::extract
