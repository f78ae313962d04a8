#include "src/extract/actors.h"

#include <algorithm>

#include "src/codebook/tsv.h"

namespace tally::extract {
namespace {

const std::vector<std::string_view> kKinds = {"person", "org", "government",
                                              "military", "media"};
const std::vector<std::string_view> kStances = {"official-RU", "official-UA",
                                                "official-other", "independent"};

bool OneOf(std::string_view v, const std::vector<std::string_view>& allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

}  // namespace

const std::string& Actor::Name(std::string_view lang) const {
  static const std::string kEmpty;
  if (auto it = names.find(lang); it != names.end()) return it->second;
  if (auto it = names.find("en"); it != names.end()) return it->second;
  return names.empty() ? kEmpty : names.begin()->second;
}

Result<ActorBook> ActorBook::Load(const std::string& path) {
  Result<std::string> content = codebook::ReadCodebookFile(path);
  if (!content.ok()) return content.status();
  ActorBook book;
  Status s = book.AddFile(*content, path);
  if (!s.ok()) return s;
  return book;
}

int ActorBook::Find(std::string_view id) const {
  for (size_t i = 0; i < actors_.size(); ++i) {
    if (actors_[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

Status ActorBook::AddFile(std::string_view content, std::string_view name) {
  return codebook::ForEachRecord(
      content, name, [&](size_t line, const std::vector<std::string_view>& f) {
        auto fail = [&](const std::string& what) {
          return codebook::LineError(name, line, what);
        };
        auto need = [&](size_t n) -> Status {
          if (f.size() != n) {
            return fail("'" + std::string(f[0]) + "' takes " + std::to_string(n - 1) +
                        " tab-separated fields, not " + std::to_string(f.size() - 1));
          }
          return Status::Ok();
        };
        auto known = [&](std::string_view id, int* out) -> Status {
          *out = Find(id);
          if (*out < 0) return fail("unknown actor '" + std::string(id) + "' (declare it first)");
          return Status::Ok();
        };
        const std::string_view kind = f[0];
        if (kind == "actor") {
          if (Status s = need(5); !s.ok()) return s;
          if (Find(f[1]) >= 0) return fail("actor '" + std::string(f[1]) + "' twice");
          if (!OneOf(f[2], kKinds)) return fail("unknown actor kind '" + std::string(f[2]) + "'");
          if (!OneOf(f[3], kStances)) return fail("unknown stance '" + std::string(f[3]) + "'");
          if (f[4] != "RU" && f[4] != "UA" && f[4] != "-") {
            return fail("side is RU, UA or -, not '" + std::string(f[4]) + "'");
          }
          Actor a;
          a.id = std::string(f[1]);
          a.kind = std::string(f[2]);
          a.stance = std::string(f[3]);
          a.side = f[4] == "-" ? "" : std::string(f[4]);
          actors_.push_back(std::move(a));
          return Status::Ok();
        }
        if (kind == "name") {
          if (Status s = need(4); !s.ok()) return s;
          int id = -1;
          if (Status s = known(f[1], &id); !s.ok()) return s;
          actors_[static_cast<size_t>(id)].names[std::string(f[2])] = std::string(f[3]);
          return Status::Ok();
        }
        if (kind == "alias") {
          if (Status s = need(3); !s.ok()) return s;
          int id = -1;
          if (Status s = known(f[1], &id); !s.ok()) return s;
          for (std::string_view form : codebook::SplitList(f[2], '|')) {
            if (Status s = phrases_.Add(form, id); !s.ok()) return fail(s.message());
          }
          return Status::Ok();
        }
        if (kind == "member") {
          if (Status s = need(3); !s.ok()) return s;
          int id = -1, org = -1;
          if (Status s = known(f[1], &id); !s.ok()) return s;
          if (Status s = known(f[2], &org); !s.ok()) return s;
          actors_[static_cast<size_t>(id)].org = org;
          return Status::Ok();
        }
        if (kind == "topic") {
          if (Status s = need(3); !s.ok()) return s;
          int id = -1;
          if (Status s = known(f[1], &id); !s.ok()) return s;
          actors_[static_cast<size_t>(id)].topic = std::string(f[2]);
          return Status::Ok();
        }
        if (kind == "generic") {
          if (Status s = need(3); !s.ok()) return s;
          auto it = std::find(generics_.begin(), generics_.end(), f[1]);
          int g = static_cast<int>(it - generics_.begin());
          if (it == generics_.end()) generics_.emplace_back(f[1]);
          for (std::string_view form : codebook::SplitList(f[2], '|')) {
            if (Status s = phrases_.Add(form, -(g + 1)); !s.ok()) return fail(s.message());
          }
          return Status::Ok();
        }
        if (kind == "answers") {
          if (Status s = need(4); !s.ok()) return s;
          int id = -1;
          if (Status s = known(f[1], &id); !s.ok()) return s;
          auto it = std::find(generics_.begin(), generics_.end(), f[2]);
          if (it == generics_.end()) {
            return fail("unknown generic office '" + std::string(f[2]) + "'");
          }
          answers_[{static_cast<int>(it - generics_.begin()), std::string(f[3])}] = id;
          return Status::Ok();
        }
        return fail("unknown kind '" + std::string(kind) + "'");
      });
}

ActorMatch ActorBook::MatchAt(const TokenList& tokens, size_t i) const {
  ActorMatch m;
  const PhraseMatch p = phrases_.LongestAt(tokens, i);
  if (p.end == 0) return m;
  m.end = p.end;
  if (p.payload >= 0) {
    m.actor = p.payload;
  } else {
    m.generic = -p.payload - 1;
  }
  return m;
}

int ActorBook::Resolve(int generic, std::string_view country) const {
  auto it = answers_.find({generic, std::string(country)});
  return it == answers_.end() ? -1 : it->second;
}

}  // namespace tally::extract
