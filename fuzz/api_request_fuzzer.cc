// Fuzzes the HTTP request path end to end, without sockets: a request
// target ("/api/v1/claims?side=RU", any bytes) is split and its path
// percent-decoded as cpp-httplib does, then answered by Route over a
// real small store (documents, claims, the search index) made at start-up
// in a scratch folder, through the server's answer cache. A leading '!'
// asks as a request with the operator's token (clear names).
//
// Checks: the status is one the API documents for a bad request (never
// 500: the store is sound, so a 500 is a bug); every body is UTF-8; a JSON
// body parses, and an error's body carries its status.
#include <httplib.h>
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "fuzz/scratch_dir.h"
#include "src/serve/api.h"
#include "src/text/charset.h"

namespace tally::fuzz {
namespace {

constexpr std::string_view kKeyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

// Three documents with five claims each, one speaker private.
void FillStore(const std::string& path, const resolve::Pseudonymizer& keys) {
  Result<std::unique_ptr<store::Store>> w = store::Store::Open(path, {});
  Require(w.ok(), "api_request: cannot create the store");
  const int64_t run = *(*w)->BeginRun("fuzz");
  static const char* kSides[] = {"RU", "UA", ""};
  static const char* kCategories[] = {"refusal", "killed", "desertion"};
  for (int d = 0; d < 3; ++d) {
    Document doc;
    doc.text = "Report " + std::to_string(d) + ": more than 1,000 soldiers refused to fight near Kursk.";
    doc.id = DocumentId(doc.text);
    doc.lang = d == 1 ? "ru" : "en";
    doc.meta.title = "Report " + std::to_string(d);
    doc.meta.source = d == 2 ? "Meduza" : "Agora";
    doc.meta.published = "2024-03-0" + std::to_string(d + 1);
    Require(*(*w)->PutDocument(doc, run), "api_request: cannot store a document");
    std::vector<Claim> claims;
    for (int i = 0; i < 5; ++i) {
      Claim c;
      c.id = "c-" + std::to_string(d) + std::to_string(i);
      c.doc_id = doc.id;
      c.begin = 10 + static_cast<uint64_t>(i);
      c.end = c.begin + 1;
      c.text = "1";
      c.sentence = doc.text;
      c.quantity.lo = c.quantity.hi = 1000 * (i + 1);
      c.category = kCategories[(d + i) % 3];
      c.side = kSides[i % 3];
      if (i % 2 == 1) c.places = {"RU-KRS"};
      if (i == 0) {
        Speaker s;
        s.name = keys.Pseudonym("Ivan Petrov");
        s.is_private = true;
        s.stance = "independent";
        c.speaker = s;
      }
      claims.push_back(c);
    }
    Require((*w)->PutClaims(doc.id, claims).ok(), "api_request: cannot store claims");
  }
  Require((*w)->PutSealedName(keys.Pseudonym("Ivan Petrov"), keys.Seal("Ivan Petrov")).ok(),
          "api_request: cannot store a sealed name");
}

struct Fixture {
  std::unique_ptr<store::Store> store;
  std::unique_ptr<serve::StoreCache> cache;
  exporting::ClaimVocabulary vocabulary = exporting::DefaultClaimVocabulary();
  std::unique_ptr<resolve::Pseudonymizer> keys;
};

Fixture& Shared() {
  static Fixture* f = [] {
    auto* fx = new Fixture;
    fx->keys = std::make_unique<resolve::Pseudonymizer>(*resolve::Pseudonymizer::FromKeyHex(kKeyHex));
    const std::string path = (ScratchDir() / "api.db").string();
    FillStore(path, *fx->keys);
    store::StoreOptions ro;
    ro.read_only = true;
    Result<std::unique_ptr<store::Store>> r = store::Store::Open(path, ro);
    Result<std::unique_ptr<store::Store>> watcher = store::Store::Open(path, ro);
    Require(r.ok() && watcher.ok(), "api_request: cannot open the store");
    fx->store = std::move(*r);
    fx->cache = std::make_unique<serve::StoreCache>(std::move(*watcher));
    return fx;
  }();
  return *f;
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  namespace serve = tally::serve;
  std::string_view target(reinterpret_cast<const char*>(data), size);
  tally::fuzz::Fixture& fx = tally::fuzz::Shared();

  serve::ApiContext ctx;
  ctx.store = fx.store.get();
  ctx.cache = fx.cache.get();
  ctx.vocabulary = &fx.vocabulary;
  if (!target.empty() && target.front() == '!') {
    ctx.reveal = fx.keys.get();
    target.remove_prefix(1);
  }
  const size_t q = target.find('?');
  const std::string path = httplib::detail::decode_url(std::string(target.substr(0, q)), false);
  const std::string_view query = q == std::string_view::npos ? std::string_view() : target.substr(q + 1);

  const serve::ApiResponse r = serve::Route("GET", path, query, ctx);
  Require(r.status == 200 || r.status == 400 || r.status == 404 || r.status == 413 || r.status == 501,
          "api_request: a status the API does not give for a request");
  Require(tally::text::IsValidUtf8(r.body), "api_request: a body that is not UTF-8");
  if (r.content_type != "application/json") return 0;
  static simdjson::dom::parser parser;
  simdjson::dom::element e;
  Require(parser.parse(r.body).get(e) == simdjson::SUCCESS, "api_request: a JSON body does not parse");
  if (r.status != 200) {
    int64_t status = 0;
    Require(e["error"]["status"].get(status) == simdjson::SUCCESS && status == r.status,
            "api_request: an error body without its status");
  }
  return 0;
}
