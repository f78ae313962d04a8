// Mentions: the people and organisations a document names, each mention
// tied to an entity (all mentions of one speaker together), with what the
// text says about them -- role, organisation, kind, country, and whether
// they are a private individual.
//
//   MentionSet m = FindMentions(view, resources);
//   for (const Mention& x : m.mentions) {
//     const Entity& who = m.entities[x.entity];   // x.entity < 0: a pronoun
//   }
//
// What counts as a mention: an actor the codebook knows (any alias, any
// script), or a generic office ("the Defence Ministry") resolved through a
// country word near it; a capitalised name that starts with a given name or
// follows a role word ("Lawyer Pavel Chikov", "yurist Maksim Egorov"); an
// organisation: a capitalised name that ends in an organisation word ("Open
// Dockets Project") or follows one ("the group Shield of Conscience",
// "proekt <<Sudebny monitor>>"); a handle ("@CourtWatchRU"); a surname
// seen before in the document; pronouns and definite descriptions ("he",
// "the ministry", "vedomstvo"), first-person words inside a quotation, and
// descriptions of people who are not named ("a volunteer who asked not to
// be named"). An apposition after a name (", founder of the Agora NGO,")
// becomes part of its mention and gives its role and organisation.
#ifndef TALLY_SRC_EXTRACT_MENTIONS_H_
#define TALLY_SRC_EXTRACT_MENTIONS_H_

#include <string>
#include <vector>

#include "src/extract/actors.h"
#include "src/extract/doc_view.h"
#include "src/extract/name_book.h"

namespace tally::extract {

enum class MentionKind : uint8_t {
  kNamed,      // an entity by name (actor, person, organisation)
  kPronoun,    // he, she, the group, vedomstvo: refers back
  kSelf,       // I, we, our, my: the speaker of the quotation it is in
  kAnonymous,  // a person the report does not name
};

struct Mention {
  MentionKind kind = MentionKind::kNamed;
  uint32_t begin = 0, end = 0;  // tokens, appositions included
  uint32_t head_end = 0;        // end of the name itself
  int entity = -1;              // kNamed, kAnonymous
  std::string refers;           // kPronoun: person | org | any | private
  std::string head;             // kPronoun: stem of its noun ("headquarters")
  bool nested = false;          // inside another mention's apposition
};

struct Entity {
  enum class Type : uint8_t { kPerson, kOrg };
  Type type = Type::kOrg;
  int actor = -1;            // codebook actor, or -1
  std::string name;          // display name; "" for an unnamed person
  std::string kind;          // person | org | government | military | media
  std::string role;          // public | private | official | ""
  std::string country;       // RU, UA, GB, US ... when the text says
  int org = -1;              // a person's organisation: an entity index
  bool is_private = false;
  std::string key;           // how mentions are matched to it
  std::vector<std::string> surnames;  // folded last words of its name forms
  std::vector<std::string> titles;    // stems of the role words before its name
                                      // ("predstavnyk", "minister")
  std::vector<std::pair<uint32_t, uint32_t>> name_spans;  // bytes, for redaction
};

struct MentionSet {
  std::vector<Mention> mentions;  // in text order
  std::vector<Entity> entities;
};

struct MentionResources {
  const ActorBook* actors = nullptr;
  const NameBook* names = nullptr;
};

MentionSet FindMentions(const DocView& view, const MentionResources& res);

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_MENTIONS_H_
