// What every command that extracts claims shares: the codebook, the
// pseudonym key, and a loop that reads inputs (files, folders, stdin)
// through the ingest readers and hands each document with its claims to
// the caller.
#ifndef TALLY_CLI_EXTRACTION_H_
#define TALLY_CLI_EXTRACTION_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "src/ingest/processor.h"
#include "src/ingest/reader.h"
#include "src/resolve/claim_builder.h"
#include "src/resolve/claim_codebook.h"
#include "src/resolve/pseudonym.h"
#include "tally/document.h"
#include "tally/status.h"

namespace tally::cli {

using DocumentClaimsView = const resolve::DocumentClaims&;

class Extraction {
 public:
  // Loads the codebook (`codebook_flag`, else the default search) and the
  // pseudonym key (`key_file`, else $TALLY_KEY, $TALLY_KEY_FILE, or
  // ~/.config/tally/key, made on first use). `ephemeral_key`: a random key
  // for this run only (for scoring, where pseudonyms need not be stable).
  static Result<std::unique_ptr<Extraction>> Load(const std::string& codebook_flag,
                                                  bool ephemeral_key,
                                                  const std::string& key_file = "");

  // Reads `inputs` in order; for each document, calls on_doc with it and
  // its claims; problems go to on_error.
  void ForEachDocument(const std::vector<std::string>& inputs,
                       const std::function<void(const Document&, DocumentClaimsView)>& on_doc,
                       const std::function<void(const ingest::InputError&)>& on_error);

  Result<resolve::DocumentClaims> Extract(const Document& doc) const;

  const resolve::ClaimCodebook& codebook() const { return *codebook_; }
  const ingest::ProcessOptions& process() const { return process_; }
  const resolve::Pseudonymizer& keys() const { return *keys_; }

 private:
  std::unique_ptr<resolve::ClaimCodebook> codebook_;
  ingest::ProcessOptions process_;
  resolve::ClaimOptions claim_options_;
  std::unique_ptr<resolve::Pseudonymizer> keys_;
};

}  // namespace tally::cli

#endif  // TALLY_CLI_EXTRACTION_H_
