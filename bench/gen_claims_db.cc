// tally-gen-claims-db DB [CLAIMS]: writes a store of generated documents
// and claims (default 100,000 claims, ten a document) for the server's
// load benchmark (bench/serve_bench). Deterministic: the same count gives
// the same store. Categories, sides, stances, regions, sources and days
// are drawn from small lists (the default codebook's codes, which the API
// checks), so that filters match a realistic share of
// the claims; texts are sentences of common words, for full-text search.
// Exit 0 on success, 1 with a message otherwise.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "src/store/store.h"

namespace {

const char* const kCategories[] = {"refusal", "desertion", "killed", "wounded", "captured",
                                   "missing", "mobilized", "prosecution", "legal_aid"};
const char* const kSides[] = {"RU", "UA"};
const char* const kStances[] = {"official-RU", "official-UA", "independent", "official-other"};
const char* const kPlaces[] = {"RU-AMU", "RU-BU", "RU-MOW", "RU-SPE", "RU-TAM", "UA-14",
                               "UA-63", "UA-65", "UA-30", "RU-KRS"};
const char* const kSources[] = {"Northern Ledger", "Eastern Monitor", "Kyiv Courier",
                                "Agora", "Mediazona", "Meduza", "Verstka", "BBC"};
const char* const kLangs[] = {"en", "ru", "uk"};
const char* const kWords[] = {
    "soldiers", "refused", "brigade", "court",   "lawyer",  "region",  "ministry", "losses",
    "front",    "village", "report",  "officer", "mothers", "appeal",  "contract", "unit",
    "border",   "deserted", "trial",  "volunteers", "mobilised", "families", "commander",
    "statement", "prisoners", "exchange", "hospital", "wounded", "missing", "names"};

template <size_t N>
const char* Pick(std::mt19937& rng, const char* const (&list)[N]) {
  return list[rng() % N];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: tally-gen-claims-db DB [CLAIMS]\n");
    return 1;
  }
  const long claims_wanted = argc == 3 ? std::atol(argv[2]) : 100000;
  constexpr int kClaimsPerDoc = 10;
  auto store = tally::store::Store::Open(argv[1], {});
  if (!store.ok()) {
    std::fprintf(stderr, "tally-gen-claims-db: %s\n", store.status().message().c_str());
    return 1;
  }
  std::mt19937 rng(20240305);
  const int64_t run = *(*store)->BeginRun("tally-gen-claims-db");
  if (!(*store)->BeginBatch().ok()) return 1;
  const long docs = (claims_wanted + kClaimsPerDoc - 1) / kClaimsPerDoc;
  for (long d = 0; d < docs; ++d) {
    tally::Document doc;
    std::string text = "Report " + std::to_string(d) + ".";
    for (int w = 0; w < 120; ++w) text += std::string(" ") + Pick(rng, kWords);
    doc.text = text;
    doc.id = tally::DocumentId(text);
    doc.format = tally::Format::kHtml;
    doc.lang = Pick(rng, kLangs);
    doc.meta.source = Pick(rng, kSources);
    doc.meta.title = std::string("Report on ") + Pick(rng, kWords) + " " + std::to_string(d);
    doc.meta.path = "generated/" + std::to_string(d) + ".html";
    // Days over two years; one document in twenty undated.
    if (rng() % 20 != 0) {
      const int day = static_cast<int>(rng() % 730);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2022 + day / 365, 1 + (day % 365) / 31 % 12,
                    1 + day % 28);
      doc.meta.published = buf;
    }
    tally::Result<bool> put = (*store)->PutDocument(doc, run);
    if (!put.ok()) {
      std::fprintf(stderr, "tally-gen-claims-db: %s\n", put.status().message().c_str());
      return 1;
    }
    std::vector<tally::Claim> claims;
    for (int i = 0; i < kClaimsPerDoc; ++i) {
      tally::Claim c;
      c.doc_id = doc.id;
      c.id = "c-" + doc.id.substr(2, 12) + std::to_string(10 + i);
      c.begin = static_cast<uint64_t>(10 * i);
      c.end = c.begin + 3;
      c.text = std::to_string(100 + rng() % 900);
      c.sentence = "About " + c.text + " " + Pick(rng, kWords) + " were counted.";
      c.quantity.lo = c.quantity.hi = std::atof(c.text.c_str());
      c.category = Pick(rng, kCategories);
      c.side = Pick(rng, kSides);
      c.speaker = tally::Speaker{.name = "", .org = Pick(rng, kSources), .kind = "org",
                                 .stance = Pick(rng, kStances), .is_private = false, .actor = ""};
      if (rng() % 3 == 0) c.places = {Pick(rng, kPlaces)};
      claims.push_back(std::move(c));
    }
    if (!(*store)->PutClaims(doc.id, claims).ok()) return 1;
    if (d % 500 == 499 && (!(*store)->CommitBatch().ok() || !(*store)->BeginBatch().ok())) return 1;
  }
  if (!(*store)->CommitBatch().ok()) return 1;
  return 0;
}
