// Fuzzes the pseudonym key file: Pseudonymizer::LoadOrCreate reading the
// input as a key file (mode 0600), against FromKeyHex on the same bytes,
// and Open on the input as a sealed name. Differential: a file of at most
// 128 bytes (the reader looks no further) loads exactly when FromKeyHex
// takes its bytes, to the same key; a refused file is kCorruption. Under
// a loaded key, Seal then Open gives the name back, and Open of arbitrary
// bytes fails with kCorruption.
#include <sys/stat.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "fuzz/scratch_dir.h"
#include "src/resolve/pseudonym.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  using tally::resolve::Pseudonymizer;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);

  const std::string path = tally::fuzz::WriteScratchFile("key", raw);
  Require(::chmod(path.c_str(), 0600) == 0, "key_file: cannot chmod the scratch file");
  tally::resolve::PseudonymOptions options;
  options.key_file = path;
  tally::Result<Pseudonymizer> file = Pseudonymizer::LoadOrCreate(options);
  tally::Result<Pseudonymizer> hex = Pseudonymizer::FromKeyHex(raw);
  if (!file.ok()) {
    Require(file.status().code() == tally::StatusCode::kCorruption,
            "key_file: a refused key file is not kCorruption");
  }
  if (size <= 128) Require(file.ok() == hex.ok(), "key_file: the file and FromKeyHex disagree");
  if (file.ok() && hex.ok()) Require(file->KeyId() == hex->KeyId(), "key_file: two keys from one text");
  if (!file.ok()) return 0;

  const std::string_view name = raw.substr(0, 256);
  tally::Result<std::string> opened = file->Open(file->Seal(name));
  Require(opened.ok() && *opened == name, "key_file: Open(Seal(x)) != x");
  tally::Result<std::string> forged = file->Open(raw);
  Require(!forged.ok() && forged.status().code() == tally::StatusCode::kCorruption,
          "key_file: arbitrary bytes opened as a sealed name");
  return 0;
}
