// Claim extraction for one document: every figure about military
// personnel, as the claim record of ../shared/spec/claims.md.
//
//   ClaimOptions options;
//   options.pseudonym = [&](std::string_view name) { return keys.Pseudonym(name); };
//   Result<DocumentClaims> out = ExtractClaims(doc, *codebook, options);
//   for (const Claim& c : out->claims) ...   // spans index out->text
//
// The stages: figures (src/extract/figures.h), what each counts
// (figure_context.h), who said it (mentions.h, attribution.h), then the
// resolvers: places, units, the period and the basis (basis.h),
// pseudonyms for private people and restatements inside the document.
// Private individuals' names are replaced in the returned text and in
// every field by their pseudonym, so nothing downstream ever holds them in
// clear; `private_names` pairs each pseudonym with the name it hides, for
// the caller to seal or drop.
//
// Thread-safe for concurrent calls with one codebook.
#ifndef TALLY_SRC_RESOLVE_CLAIM_BUILDER_H_
#define TALLY_SRC_RESOLVE_CLAIM_BUILDER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "src/resolve/claim_codebook.h"
#include "tally/claim.h"
#include "tally/document.h"
#include "tally/status.h"

namespace tally::resolve {

// A private person's name -> its pseudonym ("person-7c2e41d09a3b").
using PseudonymFn = std::function<std::string(std::string_view name)>;

struct ClaimOptions {
  // Required: how private names become pseudonyms.
  PseudonymFn pseudonym;
  // Longest document text read. Default: 64 MiB.
  size_t max_text_bytes = size_t{64} << 20;
  // Most claims kept from one document. Default: 100,000.
  size_t max_claims = 100000;
  // A longer text is read a part at a time, cut at paragraph breaks, so
  // that extraction's memory (tokens, sentences, mentions: about 17 bytes
  // a byte of text) is bounded by the part, not the document. Default:
  // 1 MiB, far above a news article.
  size_t part_bytes = size_t{1} << 20;
};

struct PrivateName {
  std::string pseudonym;
  std::string name;  // as the document writes it (one form of the name)
};

struct DocumentClaims {
  std::vector<Claim> claims;  // in text order
  std::string text;           // the document text, private names replaced
  std::vector<PrivateName> private_names;
};

// Fails with kInvalidArgument when no pseudonym function is given,
// kResourceExhausted when the text is over the limit.
Result<DocumentClaims> ExtractClaims(const Document& doc, const ClaimCodebook& codebook,
                                     const ClaimOptions& options);

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_CLAIM_BUILDER_H_
