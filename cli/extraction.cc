#include "cli/extraction.h"

#include <cstdio>
#include <random>

#include "cli/common.h"
#include "src/codebook/boilerplate.h"
#include "src/ingest/walker.h"

namespace tally::cli {
namespace {

// Collects the reader's items and processes them one at a time.
class Sink : public ingest::ItemSink {
 public:
  Sink(const Extraction& ex,
       const std::function<void(const Document&, DocumentClaimsView)>& on_doc,
       const std::function<void(const ingest::InputError&)>& on_error)
      : ex_(ex), on_doc_(on_doc), on_error_(on_error) {}
  void Item(RawItem item) override {
    std::string path = item.meta.path, record = item.meta.record;
    Result<Document> doc = ingest::Process(std::move(item), ex_.process());
    if (!doc.ok()) {
      on_error_(ingest::InputError{std::move(path), std::move(record), doc.status()});
      return;
    }
    Result<resolve::DocumentClaims> claims = ex_.Extract(*doc);
    if (!claims.ok()) {
      on_error_(ingest::InputError{doc->meta.path, doc->meta.record, claims.status()});
      return;
    }
    on_doc_(*doc, *claims);
  }
  void Error(ingest::InputError error) override { on_error_(error); }
  void Skipped(std::string_view) override {}

 private:
  const Extraction& ex_;
  const std::function<void(const Document&, DocumentClaimsView)>& on_doc_;
  const std::function<void(const ingest::InputError&)>& on_error_;
};

}  // namespace

Result<std::unique_ptr<Extraction>> Extraction::Load(const std::string& codebook_flag,
                                                     bool ephemeral_key,
                                                     const std::string& key_file) {
  auto ex = std::unique_ptr<Extraction>(new Extraction());
  const std::string dir = codebook::FindCodebook(codebook_flag);
  if (dir.empty()) return Status::NotFound("no codebook folder found (use --codebook DIR)");
  Result<bool> process = LoadProcessOptions(dir, &ex->process_);
  if (!process.ok()) return process.status();
  Result<std::unique_ptr<resolve::ClaimCodebook>> book = resolve::ClaimCodebook::Load(dir);
  if (!book.ok()) return book.status();
  ex->codebook_ = std::move(*book);
  Result<resolve::Pseudonymizer> keys = Status::Internal("no key");
  if (ephemeral_key) {
    std::random_device rd;
    std::string hex;
    char buf[9];
    for (int i = 0; i < 8; ++i) {
      std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(rd()));
      hex += buf;
    }
    keys = resolve::Pseudonymizer::FromKeyHex(hex);
  } else {
    resolve::PseudonymOptions options;
    options.key_file = key_file;
    keys = resolve::Pseudonymizer::LoadOrCreate(options);
  }
  if (!keys.ok()) return keys.status();
  ex->keys_ = std::make_unique<resolve::Pseudonymizer>(std::move(*keys));
  const resolve::Pseudonymizer* pseudonyms = ex->keys_.get();
  ex->claim_options_.pseudonym = [pseudonyms](std::string_view name) {
    return pseudonyms->Pseudonym(name);
  };
  return ex;
}

Result<resolve::DocumentClaims> Extraction::Extract(const Document& doc) const {
  return resolve::ExtractClaims(doc, *codebook_, claim_options_);
}

void Extraction::ForEachDocument(
    const std::vector<std::string>& inputs,
    const std::function<void(const Document&, DocumentClaimsView)>& on_doc,
    const std::function<void(const ingest::InputError&)>& on_error) {
  Sink sink(*this, on_doc, on_error);
  ingest::ReaderOptions reader;
  ingest::ExpandInputs(
      inputs,
      [&](ingest::InputFile f) {
        Status s = ingest::ReadInput(f.path, f.from_folder, reader, sink);
        if (!s.ok()) sink.Error(ingest::ErrorFor(f.path, s));
      },
      [&](ingest::InputError e) { sink.Error(std::move(e)); },
      [](const std::string&) {});
}

}  // namespace tally::cli
