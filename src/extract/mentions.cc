// Design. One pass over each sentence's tokens finds the raw mentions:
// codebook actors (longest alias), handles, quoted or capitalised
// organisation names, capitalised person names, pronouns and descriptions
// of unnamed people. A second step per mention looks around it: a role
// word before a name ("Lawyer", "spokesman", "yurist"), with any
// organisation between them, becomes the person's role and organisation;
// an apposition after it (", founder of the Agora NGO," or " -- yurist
// gruppy ...") is folded into the mention, and the mentions inside it are
// marked nested so attribution passes over them. Entities gather mentions
// by a key: the actor id, a person's surname stem, an organisation's word
// stems; the display name is the longest full form (then the shortest
// spelling, which in Russian and Ukrainian is usually the nominative).
// Everything is bounded by small windows, so the work is linear.
#include "src/extract/mentions.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>

#include "src/text/normalize.h"

namespace tally::extract {
namespace {

constexpr size_t kMaxNameTokens = 4;
constexpr size_t kMaxOrgTokens = 9;
constexpr size_t kRoleReach = 12;   // role word ... name ("upovnovazhenyi z pytan' osib, ... Artur D.")
constexpr size_t kAppositionReach = 40;

// The first `n` code points of `s`.
std::string PrefixChars(std::string_view s, size_t n) {
  size_t i = 0, count = 0;
  while (i < s.size() && count < n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++count;
  }
  return std::string(s.substr(0, i));
}

std::string StripPossessive(std::string_view key) {
  if (key.size() > 2 && key.substr(key.size() - 2) == "'s") key.remove_suffix(2);
  if (!key.empty() && key.back() == '\'') key.remove_suffix(1);
  return std::string(key);
}

// How a surname or an organisation's word is matched across case forms:
// Cyrillic words by their first five letters, Latin ones whole.
std::string WordStem(std::string_view key, bool cyrillic) {
  const std::string plain = StripPossessive(key);
  return cyrillic ? PrefixChars(plain, 5) : plain;
}

bool HasInnerCapital(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, n, c);
  bool lower_seen = false;
  while (i < n) {
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    if (u_islower(c)) lower_seen = true;
    if (u_isupper(c) && lower_seen) return true;
  }
  return false;
}

class Finder {
 public:
  Finder(const DocView& v, const MentionResources& r) : v_(v), r_(r) {}

  MentionSet Run() {
    home_country_ = HomeCountry();
    // Every actor alias, looked up once per word.
    actor_at_.assign(v_.size(), ActorMatch());
    if (r_.actors != nullptr) {
      for (size_t t = 0; t < v_.size(); ++t) {
        if (v_.tokens()[t].kind != TokenKind::kDigits) actor_at_[t] = r_.actors->MatchAt(v_.tokens(), t);
      }
    }
    for (size_t s = 0; s < v_.sentence_count(); ++s) {
      Sentence(v_.first_token(s), v_.end_token(s));
    }
    std::sort(out_.mentions.begin(), out_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  const ActorMatch& ActorAt(size_t t) const {
    static const ActorMatch kNone;
    return t < actor_at_.size() ? actor_at_[t] : kNone;
  }

  // ---- entities ---------------------------------------------------------

  int EntityFor(const std::string& key, Entity::Type type) {
    if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
    Entity e;
    e.type = type;
    e.key = key;
    out_.entities.push_back(std::move(e));
    const int id = static_cast<int>(out_.entities.size()) - 1;
    by_key_[key] = id;
    return id;
  }

  int ActorEntity(int actor) {
    const int id = EntityFor("actor:" + r_.actors->actor(actor).id,
                             r_.actors->actor(actor).kind == "person"
                                 ? Entity::Type::kPerson
                                 : Entity::Type::kOrg);
    Entity& e = out_.entities[static_cast<size_t>(id)];
    if (e.actor < 0) {
      const Actor& a = r_.actors->actor(actor);
      e.actor = actor;
      e.kind = a.kind;
      e.name = a.Name(v_.lang());
      e.country = a.side;
      if (a.org >= 0) {
        // The organisation's entity may grow the list: index again after.
        const int org = ActorEntity(a.org);
        out_.entities[static_cast<size_t>(id)].org = org;
      }
    }
    return id;
  }

  // Keeps the better of two display names: more words, then fewer bytes.
  static void OfferName(Entity* e, const std::string& name) {
    auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' '); };
    if (e->name.empty() || words(name) > words(e->name) ||
        (words(name) == words(e->name) && name.size() < e->name.size())) {
      e->name = name;
    }
  }

  // The word starts no cue but topic words (group, category, side): it can
  // be part of a name ("Zapadnogo voennogo okruga").
  bool OnlyTopicCues(size_t t) const {
    for (const CueMatch& c : v_.CuesAt(t)) {
      switch (c.cue->kind) {
        case CueKind::kGroup:
        case CueKind::kCategory:
        case CueKind::kSide:
        case CueKind::kCountry:
        case CueKind::kExclude:
        case CueKind::kUnitNoun:
          break;
        default:
          return false;
      }
    }
    return true;
  }

  // A name that includes the office word: preferred when it is as long.
  static void OfferFullName(Entity* e, const std::string& name) {
    if (e->name.empty() || name.size() >= e->name.size()) e->name = name;
  }

  // ---- country ----------------------------------------------------------

  // The country most of the document's side words name: the default for
  // offices named without one.
  std::string HomeCountry() const {
    int ru = 0, ua = 0;
    for (const CueMatch& c : v_.CuesIn(0, v_.size())) {
      if (c.cue->kind != CueKind::kSide && c.cue->kind != CueKind::kCountry) continue;
      if (c.cue->value == "RU") ++ru;
      if (c.cue->value == "UA") ++ua;
    }
    // Russian and Ukrainian reports name their own country's offices
    // without the country.
    if (v_.lang() == "uk") return "UA";
    if (v_.lang() == "ru") return "RU";
    if (ru == ua) return ru > 0 ? "RU" : "";
    return ru > ua ? "RU" : "UA";
  }

  // A country word in [a, b) of the sentence, nearest to `near` first.
  std::string CountryNear(size_t a, size_t b) const {
    for (const CueMatch& c : v_.CuesIn(a, b)) {
      if (c.cue->kind == CueKind::kCountry) return c.cue->value;
    }
    return "";
  }

  // ---- raw mentions -----------------------------------------------------

  Mention& Add(MentionKind kind, size_t begin, size_t end, int entity) {
    Mention m;
    m.kind = kind;
    m.begin = static_cast<uint32_t>(begin);
    m.end = m.head_end = static_cast<uint32_t>(end);
    m.entity = entity;
    out_.mentions.push_back(m);
    return out_.mentions.back();
  }

  bool IsCapWord(size_t t) const { return v_.IsWord(t) && v_.Capitalized(t); }

  bool IsOrgHead(size_t t) const {
    return v_.CueAt(t, CueKind::kOrgNoun) != nullptr;
  }

  bool IsConnector(size_t t) const {
    const std::string_view k = v_.Key(t);
    return k == "of" || k == "for" || k == "the" || k == "and" || k == "on" ||
           k == "at";
  }

  // A run of capitalised words from t: [t, *end). Hyphen-glued pieces
  // ("Sever-Z", "Rostov-on-Don") stay inside. With `connectors`, lower-case
  // "of", "for", "the" may join capitalised words ("Shield of Conscience").
  size_t CapRun(size_t t, size_t b, bool connectors, size_t max) const {
    size_t e = t, words = 0;
    while (e < b && words < max) {
      if (IsCapWord(e)) {
        ++e;
        ++words;
        // Glued "-X" continues the word.
        while (e + 1 < b && v_.IsSymbol(e, "-") && v_.tokens()[e].glued &&
               v_.tokens()[e + 1].glued &&
               (v_.IsWord(e + 1) || v_.tokens()[e + 1].kind == TokenKind::kDigits)) {
          e += 2;
        }
        continue;
      }
      if (connectors && e > t && IsConnector(e)) {
        size_t f = e;
        while (f < b && IsConnector(f)) ++f;
        if (f < b && IsCapWord(f)) {
          e = f;
          continue;
        }
      }
      break;
    }
    return e;
  }

  // Is this token a word that cannot be part of a name: a cue of the
  // kinds that are grammar or topic, not names.
  bool NotName(size_t t) const {
    if (v_.Word(t).size() <= 2 && !v_.Cyrillic(t) && !v_.AllCaps(t)) return true;
    for (size_t k = t > 2 ? t - 2 : 0; k < t; ++k) {
      for (const CueMatch& c : v_.CuesAt(k)) {
        if (c.cue->kind == CueKind::kChannel && c.end > t) return true;
      }
    }
    for (const CueMatch& c : v_.CuesAt(t)) {
      switch (c.cue->kind) {
        case CueKind::kSide:
        case CueKind::kCountry:
        case CueKind::kPronoun:
        case CueKind::kSpeech:
        case CueKind::kSource:
        case CueKind::kClause:
        case CueKind::kRole:
        case CueKind::kQuestion:
        case CueKind::kHedge:
        case CueKind::kByline:
        case CueKind::kCalendar:
          return true;
        default:
          break;
      }
    }
    return false;
  }

  bool GivenAt(size_t t, std::string* lemma, bool* alone) const {
    return r_.names != nullptr && v_.IsWord(t) && v_.Capitalized(t) &&
           r_.names->Given(v_.Key(t), lemma, alone);
  }

  // A speech or source cue right before t or right after end.
  bool NearSpeech(size_t t, size_t end, size_t b) const {
    if (end < b && (v_.CueAt(end, CueKind::kSpeech) || v_.CueAt(end, CueKind::kTold))) {
      return true;
    }
    for (size_t k = t > 3 ? t - 3 : 0; k < t; ++k) {
      for (const CueMatch& c : v_.CuesAt(k)) {
        if ((c.cue->kind == CueKind::kSpeech || c.cue->kind == CueKind::kSource) &&
            c.end >= t) {
          return true;
        }
      }
    }
    return false;
  }

  // "Olga, his mother,", "Irina -- mat' soldata": a private person's role
  // right after a name, behind at most a comma or a dash and a possessive.
  bool PrivateRoleAfter(size_t e, size_t b) const {
    for (size_t k = e; k < b && k < e + 3; ++k) {
      for (const CueMatch& c : v_.CuesAt(k)) {
        if (c.cue->kind == CueKind::kRole && c.cue->value == "private") return true;
      }
      if (k > e && !v_.IsWord(k)) break;
    }
    return false;
  }

  // True when only symbols (quotation marks, dashes) stand between the
  // sentence's first token `a` and `t`.
  bool SentenceInitial(size_t t, size_t a) const {
    for (size_t k = a; k < t; ++k) {
      if (v_.tokens()[k].kind != TokenKind::kSymbol) return false;
    }
    return true;
  }

  // The person entity whose surname stem matches token t, or -1.
  int KnownSurname(size_t t) const {
    auto it = surname_index_.find(WordStem(v_.Key(t), v_.Cyrillic(t)));
    return it == surname_index_.end() ? -1 : it->second;
  }

  int PersonEntity(size_t b, size_t e, bool first_name_only, const std::string& lemma) {
    std::string key;
    if (first_name_only) {
      key = "given:" + lemma;
    } else {
      key = "person:" + WordStem(v_.Key(e - 1), v_.Cyrillic(e - 1));
    }
    const int id = EntityFor(key, Entity::Type::kPerson);
    Entity& ent = out_.entities[static_cast<size_t>(id)];
    ent.kind = "person";
    // One speaker in every case form: "Leonida Tymchenka" is Leonid Tymchenko.
    const std::string written(v_.Span(b, e));
    OfferName(&ent, r_.names != nullptr && !first_name_only ? r_.names->Nominative(written) : written);
    const std::string stem = WordStem(v_.Key(e - 1), v_.Cyrillic(e - 1));
    if (std::find(ent.surnames.begin(), ent.surnames.end(), stem) == ent.surnames.end()) {
      ent.surnames.push_back(stem);
    }
    if (!first_name_only) surname_index_.emplace(stem, id);
    if (first_name_only) ent.is_private = true;
    ent.name_spans.emplace_back(v_.tokens()[b].begin, v_.tokens()[e - 1].end);
    return id;
  }

  int OrgEntity(size_t b, size_t e, const std::string& kind) {
    // A quoted or introduced name the codebook knows ("proekta <<Khochu
    // zhyt'>>") is that actor.
    if (actor_at_[b].actor >= 0 && actor_at_[b].end == e) return ActorEntity(actor_at_[b].actor);
    std::string key = "org:";
    for (size_t t = b; t < e; ++t) {
      if (!v_.IsWord(t) || IsConnector(t)) continue;
      key += WordStem(v_.Key(t), v_.Cyrillic(t));
      key += ' ';
    }
    const int id = EntityFor(key, Entity::Type::kOrg);
    Entity& ent = out_.entities[static_cast<size_t>(id)];
    if (ent.kind.empty() || ent.kind == "org") ent.kind = kind.empty() ? "org" : kind;
    std::string name(v_.Span(b, e));
    if (name.size() > 2 && (name.substr(name.size() - 2) == "'s")) name.resize(name.size() - 2);
    OfferName(&ent, name);
    return id;
  }

  // A quoted name right at token t ("<<Pravo na otkaz>>"): its inner tokens.
  bool QuotedName(size_t t, size_t b, size_t* inner_b, size_t* inner_e, size_t* after) const {
    if (t >= b || v_.tokens()[t].kind != TokenKind::kSymbol) return false;
    const std::string_view k = v_.Key(t);
    if (k != "\xC2\xAB" && k != "\"" && k != "\xE2\x80\x9C" && k != "\xE2\x80\x9E") return false;
    size_t e = t + 1;
    while (e < b && e - t <= 7 && v_.tokens()[e].kind != TokenKind::kSymbol) ++e;
    // Allow inner hyphens and dots glued on both sides ("Chita-info",
    // "Sibir.Realii").
    while (e + 1 < b && (v_.IsSymbol(e, "-") || v_.IsSymbol(e, ".")) && e - t <= 7 &&
           v_.tokens()[e].glued && v_.tokens()[e + 1].glued &&
           v_.tokens()[e + 1].kind != TokenKind::kSymbol) {
      ++e;
      while (e < b && v_.tokens()[e].kind != TokenKind::kSymbol) ++e;
    }
    if (e >= b || e == t + 1) return false;
    const std::string_view close = v_.Key(e);
    if (close != "\xC2\xBB" && close != "\"" && close != "\xE2\x80\x9D" &&
        close != "\xE2\x80\x9C") {
      return false;
    }
    if (!IsCapWord(t + 1)) return false;
    *inner_b = t + 1;
    *inner_e = e;
    *after = e + 1;
    return true;
  }

  // An organisation named right after an organisation word at `t`:
  // "group Shield of Conscience", "outlet Mediazona", "proekta <<...>>".
  // Up to two adjectives may stand between ("the independent outlet").
  bool OrgAfterNoun(size_t t, size_t b, size_t* nb, size_t* ne, size_t* end) const {
    size_t k = t;
    // "The legal-aid group, Voice of the Mobilised, said": the name in
    // apposition.
    if (k + 1 < b && v_.IsSymbol(k, ",") && IsCapWord(k + 1)) ++k;
    std::string lemma;
    bool alone = false;
    if (k < b && IsCapWord(k) && !NotName(k) && !GivenAt(k, &lemma, &alone)) {
      size_t e = CapRun(k, b, true, kMaxOrgTokens);
      // A codebook actor named here is matched as itself.
      if (ActorInside(k > 0 ? k - 1 : k, e) == k) return false;
      e = ActorInside(k, e);
      // Russian and Ukrainian names run on in lower case: "Zapadnogo
      // voennogo okruga".
      while (v_.Cyrillic(k) && e < b && e < k + 5 && v_.IsWord(e) && v_.Cyrillic(e) &&
             !v_.Capitalized(e) && OnlyTopicCues(e)) {
        ++e;
      }
      if (e > k) {
        *nb = k;
        *ne = *end = e;
        return true;
      }
    }
    size_t ib = 0, ie = 0, after = 0;
    // A quoted name a few words on: "shtabu 214-yi okremoyi shturmovoyi
    // bryhady <<Chornyi Leleka>>".
    for (size_t q = k; q < b && q < k + 6; ++q) {
      if (v_.IsSymbol(q, ",") || v_.IsSymbol(q, ".") || v_.CueAt(q, CueKind::kSpeech)) break;
      if (QuotedName(q, b, &ib, &ie, &after)) {
        *nb = ib;
        *ne = ie;
        *end = after;
        return true;
      }
    }
    return false;
  }

  // "press-sluzhba suda", "oblvoenkomata": an office named by its kind and
  // the body it serves, in lower case.
  bool OfficeAfterNoun(size_t t, size_t b, size_t* end) const {
    if (t >= b || !v_.Cyrillic(t) || !v_.IsWord(t) || v_.Capitalized(t) || !OnlyTopicCues(t)) return false;
    *end = t + 1;
    return true;
  }

  void Sentence(size_t a, size_t b) {
    const size_t first_mention = out_.mentions.size();
    sentence_first_ = first_mention;
    size_t t = a;
    while (t < b) {
      const size_t next = Raw(t, a, b);
      t = next > t ? next : t + 1;
    }
    for (size_t i = first_mention; i < out_.mentions.size(); ++i) {
      Appositions(i, a, b);
    }
    MergeUnnamedWithName(first_mention, b);
  }

  // Finds one raw mention at t; returns the token after it (or t).
  size_t Raw(size_t t, size_t a, size_t b) {
    const Token& tok = v_.tokens()[t];
    // Handles: "@CourtWatchRU".
    if (v_.IsSymbol(t, "@") && t + 1 < b && v_.IsWord(t + 1) && v_.tokens()[t + 1].glued) {
      size_t e = t + 2;
      while (e < b && v_.tokens()[e].glued && v_.tokens()[e].kind != TokenKind::kSymbol) ++e;
      const int id = OrgEntity(t + 1, e, "media");
      OfferName(&out_.entities[static_cast<size_t>(id)], std::string(v_.Span(t, e)));
      Add(MentionKind::kNamed, t, e, id);
      return e;
    }
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kSymbol) return t;
    // "the Ministry of Defence of Ukraine": the article before an actor's
    // alias is no pronoun ("the ministry").
    if ((v_.Key(t) == "the") && t + 1 < b && r_.actors != nullptr &&
        ActorAt(t + 1).end > t + 1) {
      return t + 1;
    }

    // Codebook actors, named or generic.
    if (r_.actors != nullptr && ActorAt(t).end > t) {
      ActorMatch m = ActorAt(t);
      if (m.end > t && m.end <= b && ActorUsable(t, m, b)) {
        int actor = m.actor;
        if (actor < 0) {
          std::string country = CountryNear(t > a + 3 ? t - 3 : a, t);
          if (country.empty()) {
            // "Defence Ministry of Ukraine", "Minoborony Rossii": the
            // country after the office belongs to its name.
            // "Genshtabe VSU": an army's initials name the country too.
            for (const CueMatch& c : v_.CuesAt(m.end)) {
              const bool army = c.cue->kind == CueKind::kSide &&
                                (c.cue->value == "RU" || c.cue->value == "UA");
              if ((c.cue->kind == CueKind::kCountry || army) && c.end <= b) {
                country = c.cue->value;
                m.end = c.end;
                break;
              }
            }
          }
          if (country.empty()) country = home_country_;
          actor = r_.actors->Resolve(m.generic, country);
        }
        if (actor >= 0) {
          Add(MentionKind::kNamed, t, m.end, ActorEntity(actor));
          return m.end;
        }
      }
    }
    // An organisation word with the name after it comes first: "proekta
    // <<Sudebny monitor>>" is the project, not the pronoun "proekta".
    for (const CueMatch& c : v_.CuesAt(t)) {
      if (c.end > b || c.cue->kind != CueKind::kOrgNoun) continue;
      if (v_.Capitalized(t) && t != a) continue;
      size_t nb = 0, ne = 0, end = 0;
      const bool office = (c.cue->value == "government" || c.cue->value == "military") &&
                          v_.Cyrillic(t) && OfficeAfterNoun(c.end, b, &end);
      if (office) {
        nb = t;
        ne = end;
      }
      if (office || OrgAfterNoun(c.end, b, &nb, &ne, &end)) {
        const int id = OrgEntity(nb, ne, c.cue->value);
        if (v_.Cyrillic(t) && end == ne) {
          // "shtabe Zapadnogo voennogo okruga", "voennom komissariate ...":
          // the office word belongs to the name.
          size_t from = t;
          if (t > a && v_.IsWord(t - 1) && v_.Cyrillic(t - 1) &&
              (!v_.Capitalized(t - 1) || t - 1 == a) && OnlyTopicCues(t - 1)) {
            from = t - 1;
          } else if (t > a + 1 && v_.IsSymbol(t - 1, "-") && v_.tokens()[t].glued &&
                     v_.tokens()[t - 1].glued && v_.IsWord(t - 2)) {
            from = t - 2;  // "press-sluzhba"
          }
          OfferFullName(&out_.entities[static_cast<size_t>(id)], std::string(v_.Span(from, ne)));
        }
        Add(MentionKind::kNamed, t, end, id).head_end = static_cast<uint32_t>(end);
        return end;
      }
    }
    for (const CueMatch& c : v_.CuesAt(t)) {
      if (c.end > b) continue;
      switch (c.cue->kind) {
        case CueKind::kPronoun:
          if (c.cue->value == "self") {
            Add(MentionKind::kSelf, t, c.end, -1);
          } else {
            Mention& m = Add(MentionKind::kPronoun, t, c.end, -1);
            m.refers = c.cue->value;
            // "the headquarters", "vedomstvo": the noun picks the antecedent.
            size_t last = c.end;
            while (last > t && !v_.IsWord(last - 1)) --last;
            if (last > t && (c.end - t >= 2 || v_.Word(last - 1).size() > 6)) {
              m.head = WordStem(v_.Key(last - 1), v_.Cyrillic(last - 1));
              if (!v_.Cyrillic(last - 1) && m.head.size() > 4 && m.head.back() == 's' &&
                  m.head != "headquarters") {
                m.head.pop_back();
              }
            }
          }
          return c.end;
        case CueKind::kAnonymous: {
          // "A senior official, speaking on condition of anonymity": the
          // official, described, not a private person.
          if (!out_.mentions.empty()) {
            const Mention& last = out_.mentions.back();
            if (last.kind == MentionKind::kNamed && last.entity >= 0 && last.end + 6 >= t &&
                last.begin >= a && out_.entities[static_cast<size_t>(last.entity)].role == "official") {
              return c.end;
            }
          }
          size_t begin = t;
          while (begin > a && begin + 6 > t && !v_.IsSymbol(begin - 1, ",")) --begin;
          const int id = EntityFor("anonymous:" + std::to_string(t), Entity::Type::kPerson);
          out_.entities[static_cast<size_t>(id)].kind = "person";
          out_.entities[static_cast<size_t>(id)].is_private = true;
          out_.entities[static_cast<size_t>(id)].role = "private";
          Add(MentionKind::kAnonymous, begin, c.end, id);
          return c.end;
        }
        case CueKind::kRole:
          if (c.cue->value == "official" && !NameFollows(c.end, b)) {
            return UnnamedOfficial(t, c.end, a, b);
          }
          if (c.cue->value == "private") {
            // "a woman", "his mother": a person the text does not name,
            // unless a name follows ("her son Artyom").
            std::string lemma;
            bool alone = false;
            size_t k = c.end;
            if (k < b && v_.IsSymbol(k, ",")) ++k;
            if (k < b && (GivenAt(k, &lemma, &alone) || IsCapWord(k))) return t + 1;
            if (v_.IsWord(t) && !v_.Capitalized(t) && t > a &&
                (v_.Key(t - 1) == "a" || v_.Key(t - 1) == "an" || v_.Key(t - 1) == "his" ||
                 v_.Key(t - 1) == "her" || v_.Key(t - 1) == "their" ||
                 v_.Key(t - 1) == "the")) {
              const int id = EntityFor("private:" + std::to_string(t), Entity::Type::kPerson);
              Entity& e = out_.entities[static_cast<size_t>(id)];
              e.kind = "person";
              e.is_private = true;
              e.role = "private";
              Add(MentionKind::kAnonymous, t - 1, c.end, id);
              return c.end;
            }
            if (v_.Cyrillic(t) && t > a && v_.CueAt(t - 1, CueKind::kSpeech) != nullptr) {
              // "-- kazhe zhinka": refers to the private person before.
              Add(MentionKind::kPronoun, t, c.end, -1).refers = "private";
              return c.end;
            }
          }
          break;
        default:
          break;
      }
    }
    if (tok.kind == TokenKind::kSymbol) {
      // A quoted name next to a source word or a verb of saying.
      size_t ib = 0, ie = 0, after = 0;
      if (QuotedName(t, b, &ib, &ie, &after) && ActorInside(t, ie) == ie &&
          (NearSpeech(t, after, b) || Preceded(t, a, CueKind::kSource))) {
        Add(MentionKind::kNamed, t, after, OrgEntity(ib, ie, "org")).head_end =
            static_cast<uint32_t>(after);
        return after;
      }
      return t;
    }
    if (!v_.Capitalized(t) || NotName(t)) return t;
    return Name(t, a, b);
  }

  // A name follows within two tokens ("spokesman, Taras Hnatyuk", "rechnyka
  // ... Maksyma Tarasyuka" is found from the name's side).
  bool NameFollows(size_t k, size_t b) const {
    for (size_t j = k; j < b && j < k + 12; ++j) {
      if (v_.IsSymbol(j, ".") || v_.IsSymbol(j, ";")) return false;
      if (v_.CueAt(j, CueKind::kSpeech) || v_.CueAt(j, CueKind::kSource)) return false;
      std::string lemma;
      bool alone = false;
      if (GivenAt(j, &lemma, &alone)) return true;
      if (j < k + 2 && IsCapWord(j) && !NotName(j) && v_.Cyrillic(j) == v_.Cyrillic(k > 0 ? k - 1 : k) &&
          (j + 1 >= b || IsCapWord(j + 1))) {
        return true;
      }
    }
    return false;
  }

  // "a senior European intelligence official", "predstavitelya merii": an
  // official the text names only by office. One entity per mention.
  // How many mentions back a bare title looks for the person it names.
  static constexpr size_t kTitleReach = 200;

  std::string TitleStem(size_t t) const { return WordStem(v_.Key(t), v_.Cyrillic(t)); }

  // The person named earlier with the title at t ("predstavnyka HUR Andriya
  // Yusova" ... "Predstavnyk rozvidky nahadav"), or -1.
  int TitledEarlier(size_t t) const {
    const std::string stem = TitleStem(t);
    const size_t floor = out_.mentions.size() > kTitleReach ? out_.mentions.size() - kTitleReach : 0;
    for (size_t i = out_.mentions.size(); i-- > floor;) {
      const Mention& m = out_.mentions[i];
      if (m.kind != MentionKind::kNamed || m.entity < 0) continue;
      const Entity& e = out_.entities[static_cast<size_t>(m.entity)];
      if (e.type != Entity::Type::kPerson || e.is_private || e.name.empty()) continue;
      if (std::find(e.titles.begin(), e.titles.end(), stem) != e.titles.end()) return m.entity;
    }
    return -1;
  }

  size_t UnnamedOfficial(size_t t, size_t end, size_t a, size_t b) {
    // A bare title names the person it was given to before.
    if (const int earlier = TitledEarlier(t); earlier >= 0) {
      // "Predstavnyk rozvidky": the body after the title is part of it.
      if (r_.actors != nullptr && end < b) {
        const ActorMatch org = ActorAt(end);
        if (org.end > end && org.end <= b) end = org.end;
      }
      Add(MentionKind::kNamed, t, end, earlier);
      return end;
    }
    size_t begin = t;
    while (begin > a && begin + 4 > t && v_.IsWord(begin - 1) &&
           !v_.CueAt(begin - 1, CueKind::kSpeech) && !v_.CueAt(begin - 1, CueKind::kSource) &&
           !v_.CueAt(begin - 1, CueKind::kOblique) && !v_.CueAt(begin - 1, CueKind::kStop) &&
           (!v_.Capitalized(begin - 1) || v_.CueAt(begin - 1, CueKind::kCountry) || begin - 1 == a)) {
      --begin;
    }
    if (begin < t && (v_.Key(begin) == "a" || v_.Key(begin) == "an" || v_.Key(begin) == "the")) ++begin;
    const int id = EntityFor("official:" + std::to_string(t), Entity::Type::kPerson);
    Entity& e = out_.entities[static_cast<size_t>(id)];
    e.kind = "person";
    e.role = "official";
    e.name = std::string(v_.Span(begin, end));
    e.country = CountryNear(begin, std::min(b, end + 3));
    Add(MentionKind::kNamed, begin, end, id);
    return end;
  }

  bool Preceded(size_t t, size_t a, CueKind kind) const {
    for (size_t k = t > a + 3 ? t - 3 : a; k < t; ++k) {
      for (const CueMatch& c : v_.CuesAt(k)) {
        if (c.cue->kind == kind && c.end >= t) return true;
      }
    }
    return false;
  }

  // An actor alias is no mention when it is only part of a longer name
  // ("Moscow Oblast") or an adjective ("Moscow-based").
  bool ActorUsable(size_t t, const ActorMatch& m, size_t b) const {
    if (m.end < b && v_.tokens()[m.end].glued && v_.IsSymbol(m.end, "-")) return false;
    // ("HUR Andriy Yusov", "GUR Andriya Yusova": a given name starts a
    // person after the body.)
    std::string lemma;
    bool alone = false;
    // An abbreviation before a capital is the body before a surname ("DBR
    // Sukhachov"), not the first word of a longer name.
    if (m.end - t == 1 && m.end < b && IsCapWord(m.end) && !v_.CueAt(m.end, CueKind::kRole) &&
        !NotName(m.end) && !GivenAt(m.end, &lemma, &alone) && !v_.AllCaps(t)) {
      return false;
    }
    return true;
  }

  // The first token in (t, e) where a codebook actor's alias starts, or e:
  // "The Russian Ministry of Defence" is the ministry, not a name "The ...".
  size_t ActorInside(size_t t, size_t e) const {
    if (r_.actors == nullptr) return e;
    for (size_t k = t + 1; k < e; ++k) {
      if (ActorAt(k).end > k) return k;
    }
    return e;
  }

  // Capitalised words at t: a person, an organisation, or nothing.
  size_t Name(size_t t, size_t a, size_t b) {
    const std::string_view key = v_.Key(t);
    if (key == "the" || key == "a" || key == "an") return t + 1;
    const size_t org_end = ActorInside(t, CapRun(t, b, true, kMaxOrgTokens));
    if (org_end < CapRun(t, b, true, kMaxOrgTokens) && org_end <= t + 1) return org_end;
    // "Open Dockets Project", "Conflict Intelligence Team": ends in an
    // organisation word.
    for (size_t e = org_end; e > t + 1; --e) {
      if (IsCapWord(e - 1) && IsOrgHead(e - 1)) {
        const CueMatch* head = v_.CueAt(e - 1, CueKind::kOrgNoun);
        Add(MentionKind::kNamed, t, e, OrgEntity(t, e, head->cue->value));
        return e;
      }
    }
    // "the Bereg legal-aid NGO", "Signal Watch, a Russian NGO": a name
    // that an organisation word follows closely.
    {
      const size_t e = ActorInside(t, CapRun(t, b, true, kMaxOrgTokens));
      std::string lemma;
      bool alone = false;
      // A lone capital at a sentence's start is its first word, not a name
      // ("One legal-aid group said", "Hromadski orhanizatsii").
      const bool first_word_only = t == a && e == t + 1;
      if (e > t && !first_word_only && !GivenAt(t, &lemma, &alone)) {
        size_t k = e;
        size_t words = 0;
        if (k < b && v_.IsSymbol(k, ",")) ++k;
        while (k < b && words < 4 && !v_.IsSymbol(k, ",") && !v_.IsSymbol(k, ".")) {
          if (const CueMatch* org = v_.CueAt(k, CueKind::kOrgNoun);
              org != nullptr && (!v_.Capitalized(k) || v_.AllCaps(k))) {
            Add(MentionKind::kNamed, t, e, OrgEntity(t, e, org->cue->value));
            return e;
          }
          if (v_.CueAt(k, CueKind::kSpeech) || v_.CueAt(k, CueKind::kClause)) break;
          ++k;
          ++words;
        }
      }
    }
    // A name with inner capitals ("CourtWatchRU") is a handle-like org.
    if (HasInnerCapital(v_.Word(t)) && !v_.AllCaps(t)) {
      const size_t e = CapRun(t, b, false, 1);
      Add(MentionKind::kNamed, t, e, OrgEntity(t, e, "media"));
      return e;
    }
    std::string lemma;
    bool alone = false;
    const bool given = GivenAt(t, &lemma, &alone);
    size_t e = t + 1;
    while (e < b && e - t < kMaxNameTokens && IsCapWord(e) && !NotName(e) && !IsOrgHead(e) &&
           !v_.tokens()[e].glued) {
      ++e;
    }
    // Hyphenated surnames ("Rimsky-Korsakov").
    while (e + 1 < b && v_.IsSymbol(e, "-") && v_.tokens()[e].glued && IsCapWord(e + 1) &&
           v_.tokens()[e + 1].glued) {
      e += 2;
    }
    // A role right before a name ("Lawyer Pavel Chikov", "son Artyom"); a
    // private person's role must touch the name ("a woman from Russia's
    // Tambov region" names no Tambov), and a place word after it makes a
    // place of it.
    int role_at = RoleBefore(t, a);
    if (role_at >= 0) {
      const CueMatch* role = v_.CueAt(static_cast<size_t>(role_at), CueKind::kRole);
      // ("her son, Artyom" touches; "a soldier from Buryatia" does not.)
      if (role != nullptr && role->cue->value == "private" &&
          (role->end + 1 < t ||
           (role->end < t && v_.tokens()[role->end].kind != TokenKind::kSymbol))) {
        role_at = -1;
      }
    }
    if (e < b && v_.CueAt(e, CueKind::kPlaceWord) != nullptr) role_at = -1;
    const bool after_role = role_at >= 0;
    // Evidence that a given name is a person's: a role word before or
    // after it, or a verb of saying beside it. A given name that is also a
    // common word ("Lyudi", "Slava Ukraini") is a name only with it.
    const bool evidence =
        given && (after_role || NearSpeech(t, e, b) || PrivateRoleAfter(e, b));
    if (given && !evidence && r_.names->Common(v_.Key(t))) return t + 1;
    if (given && e == t + 1) {
      if (const int known = KnownSurname(t); known >= 0 && !out_.entities[static_cast<size_t>(known)].is_private) {
        AddPerson(t, e, known);
        return e;
      }
      // A lone first name marks a private person; at the start of a
      // sentence the capital proves nothing, so it needs a role or a verb
      // of saying there too.
      if (alone && (evidence || !SentenceInitial(t, a) || by_key_.count("given:" + lemma) > 0)) {
        AddPerson(t, e, PersonEntity(t, e, true, lemma));
        return e;
      }
      return e;
    }
    if (given || (after_role && e - t <= 3) || (e - t >= 2 && e - t <= 3 && NearSpeech(t, e, b))) {
      AddPerson(t, e, PersonEntity(t, e, false, ""));
      return e;
    }
    if (e == t + 1) {
      if (const int known = KnownSurname(t); known >= 0) {
        AddPerson(t, e, known);
        return e;
      }
      // "Grebenyuk said", ', Leviyev said': a surname heading its clause
      // before a verb of saying ("the highest Western estimates" is not).
      const bool heads = t == a || v_.IsSymbol(t - 1, ",") || v_.Key(t - 1) == "and" ||
                         v_.tokens()[t - 1].kind == TokenKind::kSymbol;
      // A quotation's first word is its speaker's ('"Khochu zaznachyty,
      // shcho ..."': "I want to note"), not a surname.
      const bool opens_quote = t > 0 && v_.QuoteOf(t) >= 0 && v_.QuoteOf(t - 1) < 0;
      if (heads && !opens_quote && e < b &&
          (v_.CueAt(e, CueKind::kSpeech) || v_.CueAt(e, CueKind::kTold)) && !v_.AllCaps(t)) {
        AddPerson(t, e, PersonEntity(t, e, false, ""));
        return e;
      }
    }
    return org_end > t ? t + 1 : t + 1;
  }

  void AddPerson(size_t b, size_t e, int entity) {
    Entity& ent = out_.entities[static_cast<size_t>(entity)];
    if (ent.name_spans.empty() || ent.name_spans.back().first != v_.tokens()[b].begin) {
      ent.name_spans.emplace_back(v_.tokens()[b].begin, v_.tokens()[e - 1].end);
    }
    Add(MentionKind::kNamed, b, e, entity);
  }

  // The role word in the few tokens before t ("Lawyer", "HUR spokesman",
  // "rechnika ugrupovannya ..."), or -1.
  int RoleBefore(size_t t, size_t a) const {
    const size_t floor = t > a + kRoleReach ? t - kRoleReach : a;
    for (size_t k = t; k-- > floor;) {
      if (v_.IsSymbol(k, ".") || v_.IsSymbol(k, ";")) break;
      // "rechnyka ... Maksyma Tarasyuka, na Pokrovs'komu": a name closed by
      // a comma took the role before it.
      if (v_.IsSymbol(k, ",") && k > floor && v_.Capitalized(k - 1)) break;
      for (const CueMatch& c : v_.CuesAt(k)) {
        if (c.cue->kind == CueKind::kRole && c.end <= t) return static_cast<int>(k);
        // A verb of saying between: the role is another clause's.
        if (c.cue->kind == CueKind::kSpeech && c.end <= t) return -1;
      }
    }
    return -1;
  }

  // ---- appositions and roles -------------------------------------------

  const CueMatch* RoleIn(size_t a, size_t b) const {
    for (const CueMatch& c : v_.CuesIn(a, b)) {
      if (c.cue->kind == CueKind::kRole) return &c;
    }
    return nullptr;
  }

  // The entity a pronoun-like org word ("the group", "proekta") points to:
  // the latest organisation mentioned before token t.
  int LatestOrgBefore(size_t t) const {
    const size_t floor = out_.mentions.size() > 256 ? out_.mentions.size() - 256 : 0;
    for (size_t i = out_.mentions.size(); i-- > floor;) {
      const Mention& m = out_.mentions[i];
      if (m.begin >= t || m.entity < 0) continue;
      if (out_.entities[static_cast<size_t>(m.entity)].type == Entity::Type::kOrg) return m.entity;
    }
    return -1;
  }

  // The organisation named in tokens [a, b): a mention there, or an
  // org pronoun resolved backwards.
  int OrgIn(size_t a, size_t b, size_t self) const {
    for (size_t i = sentence_first_; i < out_.mentions.size(); ++i) {
      if (i == self) continue;
      const Mention& m = out_.mentions[i];
      if (m.begin >= a && m.begin < b && m.entity >= 0 &&
          out_.entities[static_cast<size_t>(m.entity)].type == Entity::Type::kOrg) {
        return m.entity;
      }
      if (m.begin >= a && m.begin < b && m.kind == MentionKind::kPronoun && m.refers == "org") {
        return LatestOrgBefore(m.begin);
      }
    }
    return -1;
  }

  void SetRole(Entity* e, const CueMatch* role) {
    if (role == nullptr || !e->role.empty()) return;
    e->role = role->cue->value;
    if (e->role == "private") e->is_private = true;
  }

  void Appositions(size_t index, size_t a, size_t b) {
    Mention m = out_.mentions[index];
    if (m.kind != MentionKind::kNamed || m.entity < 0 || m.nested) return;
    Entity& ent = out_.entities[static_cast<size_t>(m.entity)];
    const bool person = ent.type == Entity::Type::kPerson;
    // Before a person: role word, maybe an organisation between.
    if (person) {
      const int role_at = RoleBefore(m.begin, a);
      if (role_at >= 0) {
        const CueMatch* role = RoleIn(static_cast<size_t>(role_at), static_cast<size_t>(role_at) + 1);
        SetRole(&out_.entities[static_cast<size_t>(m.entity)], role);
        if (role != nullptr && role->cue->value != "private") {
          out_.entities[static_cast<size_t>(m.entity)].titles.push_back(TitleStem(role->begin));
        }
        size_t begin = static_cast<size_t>(role_at);
        // "HUR spokesman", "Agora lawyer": an organisation right before.
        int org = OrgIn(begin, m.begin, index);
        for (size_t i = sentence_first_; org < 0 && i < out_.mentions.size(); ++i) {
          const Mention& o = out_.mentions[i];
          if (o.end == begin && o.entity >= 0 &&
              out_.entities[static_cast<size_t>(o.entity)].type == Entity::Type::kOrg) {
            org = o.entity;
            begin = o.begin;
          }
        }
        if (org < 0 && begin > a && v_.CueAt(begin - 1, CueKind::kPronoun) != nullptr) {
          // "the headquarters' spokesman": an org pronoun before the role.
          org = LatestOrgBefore(begin);
        }
        Entity& e = out_.entities[static_cast<size_t>(m.entity)];
        if (org >= 0 && e.org < 0) e.org = org;
        Nest(begin, m.begin, index);
        out_.mentions[index].begin = static_cast<uint32_t>(begin);
      }
    }
    size_t e = m.end;
    if (e >= b) return;
    // "Irina Dubova of the Moscow-based group Soldier's Right".
    if (person && v_.Key(e) == "of") {
      const int org = OrgIn(e, std::min(b, e + 8), index);
      if (org >= 0) {
        size_t end = e;
        for (size_t i = sentence_first_; i < out_.mentions.size(); ++i) {
          const Mention& o = out_.mentions[i];
          if (o.entity == org && o.begin >= e && o.begin < e + 8) end = o.end;
        }
        if (out_.entities[static_cast<size_t>(m.entity)].org < 0) {
          out_.entities[static_cast<size_t>(m.entity)].org = org;
        }
        Nest(e, end, index);
        out_.mentions[index].end = static_cast<uint32_t>(end);
        e = end;
      }
    }
    const bool comma = v_.IsSymbol(e, ",") || v_.IsSymbol(e, "(");
    const bool dash = v_.IsSymbol(e, "-") && !v_.tokens()[e].glued;
    if (!comma && !dash) return;
    // Where the apposition ends: at the comma before a verb of saying (a
    // subject's apposition), else at the next comma or the sentence end.
    size_t close = e + 1, verb = 0;
    for (size_t k = e + 1; k < b && k < e + kAppositionReach; ++k) {
      if (v_.CueAt(k, CueKind::kSpeech) || v_.CueAt(k, CueKind::kTold)) {
        verb = k;
        break;
      }
    }
    const CueMatch* role = nullptr;
    if (verb > 0 && v_.IsSymbol(verb - 1, ",")) {
      close = verb - 1;
    } else {
      size_t k = e + 1;
      while (k < b && k < e + 16 && !v_.IsSymbol(k, ",") && !v_.IsSymbol(k, ")") &&
             !v_.IsSymbol(k, ";")) {
        ++k;
      }
      role = RoleIn(e + 1, std::min(k, e + 5));
      // Only a description that starts with a role or an article is an
      // apposition ("Sorin, 41, said" keeps the age out of it).
      const std::string_view first = e + 1 < b ? v_.Key(e + 1) : std::string_view();
      if (role == nullptr && first != "a" && first != "an" && first != "the") return;
      close = k;
    }
    if (close <= e + 1) return;
    if (role == nullptr) role = RoleIn(e + 1, std::min(close, e + 6));
    Entity& target = out_.entities[static_cast<size_t>(m.entity)];
    SetRole(&target, role);
    const int org = OrgIn(e + 1, close, index);
    if (org >= 0 && org != m.entity && target.org < 0 && person) target.org = org;
    if (!person && target.country.empty()) target.country = CountryNear(e + 1, close);
    Nest(e, close, index);
    out_.mentions[index].end = static_cast<uint32_t>(close);
  }

  // Marks the mentions inside [a, b) (other than `self`) as nested.
  void Nest(size_t a, size_t b, size_t self) {
    for (size_t i = sentence_first_; i < out_.mentions.size(); ++i) {
      Mention& m = out_.mentions[i];
      if (i != self && m.begin >= a && m.begin < b) m.nested = true;
    }
  }

  // "said a woman ... who asked to be identified only by her first name,
  // Yelena": the unnamed person and the name are one.
  void MergeUnnamedWithName(size_t first, size_t b) {
    (void)b;
    for (size_t i = first; i < out_.mentions.size(); ++i) {
      Mention& m = out_.mentions[i];
      if (m.kind != MentionKind::kAnonymous) continue;
      for (size_t j = i + 1; j < out_.mentions.size(); ++j) {
        const Mention& n = out_.mentions[j];
        if (n.kind == MentionKind::kNamed && n.entity >= 0 &&
            out_.entities[static_cast<size_t>(n.entity)].is_private &&
            out_.entities[static_cast<size_t>(n.entity)].type == Entity::Type::kPerson) {
          m.entity = n.entity;
          m.kind = MentionKind::kNamed;
          break;
        }
      }
    }
  }

  const DocView& v_;
  const MentionResources& r_;
  MentionSet out_;
  std::map<std::string, int> by_key_;
  std::map<std::string, int> surname_index_;  // surname stem -> person
  std::string home_country_;
  size_t sentence_first_ = 0;  // first mention of the sentence being read
  std::vector<ActorMatch> actor_at_;  // token -> the longest actor alias there
};

}  // namespace

MentionSet FindMentions(const DocView& view, const MentionResources& res) {
  return Finder(view, res).Run();
}

}  // namespace tally::extract
