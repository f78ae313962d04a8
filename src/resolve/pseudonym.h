// Pseudonyms for private people. A report's private individuals (a
// soldier's mother, a soldier who refused) are never printed by name: a
// keyed pseudonym stands in for the name, the same in every document for
// the same key, and the clear name can be kept sealed beside it for an
// operator who holds the key (../shared/spec/claims.md, "Privacy").
//
//   Result<Pseudonymizer> p = Pseudonymizer::LoadOrCreate({});
//   if (!p.ok()) return p.status();
//   std::string id = p->Pseudonym("Ivan Petrov");   // "person-3f9a0c1d2e4b"
//   std::string box = p->Seal("Ivan Petrov");       // bytes, for the store
//   Result<std::string> name = p->Open(box);         // "Ivan Petrov"
//
// The key is 32 random bytes, kept as 64 hex digits in a file only its
// owner can read. From it come, by HMAC-SHA256:
//   - the pseudonym: "person-" + the first 12 hex digits of
//     HMAC(key, NormalizeName(name)), so "IVAN  PETROV" and "Ivan Petrov's"
//     are the same person;
//   - the sealing key HMAC(key, "TALLY SEAL KEY V1") for AES-256-GCM, and
//     the key id HMAC(key, "TALLY KEY ID V1"). The labels hold capitals,
//     which a normalised (case-folded) name never does, so no pseudonym is
//     ever computed over a label.
//
// A Pseudonymizer is immutable after construction and thread-safe.
#ifndef TALLY_SRC_RESOLVE_PSEUDONYM_H_
#define TALLY_SRC_RESOLVE_PSEUDONYM_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "tally/status.h"

namespace tally::resolve {

struct PseudonymOptions {
  // Key file; default "": $TALLY_KEY_FILE, else $XDG_CONFIG_HOME/tally/key,
  // else $HOME/.config/tally/key.
  std::string key_file;
  // When set (64 hex digits), used instead of any file. Default: $TALLY_KEY
  // if set, unless key_file is given (an explicit option beats the
  // environment).
  std::string key_hex;
};

class Pseudonymizer {
 public:
  // A pseudonymizer for the key written as 64 hex digits (either case;
  // surrounding whitespace is ignored). Fails with kInvalidArgument
  // otherwise.
  static Result<Pseudonymizer> FromKeyHex(std::string_view hex);

  // Reads the key that `options` name (see PseudonymOptions), creating the
  // key file on first use: 32 bytes from RAND_bytes written as hex, mode
  // 0600, in a parent folder created 0700 when missing. Fails with
  // kPermissionDenied for a key file that group or others may access
  // (naming the file and the chmod to run), kCorruption for a file that
  // does not hold 64 hex digits, kNotFound when no path can be made (no
  // $HOME), kIOError when the file cannot be read or written.
  static Result<Pseudonymizer> LoadOrCreate(const PseudonymOptions& options);

  Pseudonymizer(const Pseudonymizer&) = default;
  Pseudonymizer& operator=(const Pseudonymizer&) = default;
  Pseudonymizer(Pseudonymizer&&) = default;
  Pseudonymizer& operator=(Pseudonymizer&&) = default;
  ~Pseudonymizer();

  // "person-" + 12 hex digits; the same for every spelling NormalizeName
  // joins.
  std::string Pseudonym(std::string_view name) const;

  // `name` encrypted with AES-256-GCM under the sealing key with a random
  // 12-byte nonce: nonce, 16-byte tag, ciphertext, as bytes. "" only if
  // the system's random generator fails or `name` is over 1 GiB (and
  // Open("") is kCorruption).
  std::string Seal(std::string_view name) const;

  // The name that Seal sealed. kCorruption when `sealed` was changed,
  // truncated or sealed under another key.
  Result<std::string> Open(std::string_view sealed) const;

  // 8 hex digits that tell keys apart without revealing them.
  std::string KeyId() const;

 private:
  using Key = std::array<uint8_t, 32>;
  explicit Pseudonymizer(const Key& key);

  Key key_{};
  Key seal_key_{};
};

// The form of a name that decides its pseudonym: NFKC with case folding
// (and default-ignorable characters such as soft hyphens dropped), every
// apostrophe as "'", whitespace runs as one space, trimmed, and a trailing
// possessive "'s" removed. Invalid UTF-8 bytes count as U+FFFD.
std::string NormalizeName(std::string_view utf8_name);

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_PSEUDONYM_H_
