// make_claims_db DB: writes a small store with documents and claims for
// cli_test.sh, since no tally command stores claims yet. Test-only; not
// installed. Exit 0 on success, 1 with a message otherwise.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "src/store/store.h"

namespace {

using tally::Claim;
using tally::Document;
using tally::Qualifier;
using tally::Speaker;
using tally::Unit;

Document MakeDoc(const std::string& text, const std::string& lang,
                 const std::string& source, const std::string& published) {
  Document d;
  d.text = text;
  d.id = tally::DocumentId(text);
  d.format = tally::Format::kText;
  d.lang = lang;
  d.meta.path = "fixture/" + source + ".txt";
  d.meta.source = source;
  d.meta.published = published;
  return d;
}

Claim MakeClaim(const Document& doc, const std::string& text, uint64_t begin) {
  Claim c;
  c.doc_id = doc.id;
  c.id = "c-" + doc.id.substr(2, 8) + std::to_string(100000 + begin).substr(1);
  c.begin = begin;
  c.end = begin + text.size();  // ASCII figures: bytes are code points
  c.text = text;
  c.sentence = doc.text;
  return c;
}

std::vector<Claim> EnglishClaims(const Document& doc) {
  Claim refusal = MakeClaim(doc, "more than 1,000", 49);
  refusal.quantity.lo = 1000;
  refusal.quantity.lo_open = true;
  refusal.quantity.qualifier = Qualifier::kMoreThan;
  refusal.category = "refusal";
  refusal.side = "RU";
  refusal.group = "military personnel";
  refusal.speaker = Speaker{"Pavel Chikov", "Agora", "person", "independent", false, "agora"};
  refusal.channel = "Telegram";
  refusal.places = {"RU-AMU"};

  Claim share = MakeClaim(doc, "from 20 to 40 percent", 145);
  share.quantity.lo = 20;
  share.quantity.hi = 40;
  share.quantity.qualifier = Qualifier::kRange;
  share.quantity.unit = Unit::kPercent;
  share.category = "refusal";
  share.side = "RU";
  share.group = "=HYPERLINK(\"http://x\")";  // must come out defused in CSV
  share.speaker =
      Speaker{"Ruslan Leviyev", "Conflict Intelligence Team", "person", "independent", false, ""};
  share.hedge = "estimate";
  share.period = {"2022-05-01", "2022-05-20"};  // a figure for May so far: basis period
  return {refusal, share};
}

std::vector<Claim> RussianClaims(const Document& doc) {
  Claim killed = MakeClaim(doc, "1351", 17);
  killed.quantity.lo = 1351;
  killed.quantity.hi = 1351;
  killed.category = "killed";
  killed.side = "RU";
  // "Minoborony" in Cyrillic.
  killed.speaker = Speaker{"", "\u041c\u0438\u043d\u043e\u0431\u043e\u0440\u043e\u043d\u044b",
                           "government", "official-RU", false, "ru-mod"};
  killed.places = {"RU-AMU", "RU-TAM"};
  return {killed};
}

// Enough plain claims that the table's default page of 50 is not all.
std::vector<Claim> ManyClaims(const Document& doc) {
  std::vector<Claim> claims;
  for (uint64_t i = 0; i < 60; ++i) {
    Claim c = MakeClaim(doc, "12", i * 10);
    c.quantity.lo = 12;
    c.quantity.hi = 12;
    c.category = "desertion";
    c.side = "UA";
    claims.push_back(c);
  }
  return claims;
}

int Fail(const tally::Status& s) {
  std::fprintf(stderr, "make_claims_db: %s\n", s.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_claims_db DB\n");
    return 1;
  }
  auto store = tally::store::Store::Open(argv[1], {});
  if (!store.ok()) return Fail(store.status());
  auto run = (*store)->BeginRun("make_claims_db");
  if (!run.ok()) return Fail(run.status());
  const Document en = MakeDoc(
      "Lawyer Pavel Chikov has written on Telegram that more than 1,000 military "
      "personnel have refused to go to Ukraine. Ruslan Leviyev estimates that from 20 to "
      "40 percent refused.",
      "en", "example.org", "2022-05-20");
  const Document ru = MakeDoc("Moscow says that 1351 servicemen were killed.", "ru",
                              "meduza.io", "2023-01-10");
  const Document many = MakeDoc("Twelve, again and again.", "uk", "kyiv.example", "2024-03-01");
  struct Batch {
    const Document& doc;
    std::vector<Claim> claims;
  };
  for (const Batch& b : {Batch{en, EnglishClaims(en)}, Batch{ru, RussianClaims(ru)},
                         Batch{many, ManyClaims(many)}}) {
    auto added = (*store)->PutDocument(b.doc, *run);
    if (!added.ok()) return Fail(added.status());
    tally::Status s = (*store)->PutClaims(b.doc.id, b.claims);
    if (!s.ok()) return Fail(s);
  }
  std::printf("%s %s %s\n", en.id.c_str(), ru.id.c_str(), many.id.c_str());
  return 0;
}
