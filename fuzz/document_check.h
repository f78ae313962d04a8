// What every Document out of the text stage promises (tally/document.h).
#ifndef TALLY_FUZZ_DOCUMENT_CHECK_H_
#define TALLY_FUZZ_DOCUMENT_CHECK_H_

#include "fuzz/fuzz_check.h"
#include "fuzz/phrases.h"
#include "src/ingest/processor.h"
#include "src/text/charset.h"
#include "tally/document.h"

namespace tally::fuzz {

inline ingest::ProcessOptions FuzzProcessOptions() {
  ingest::ProcessOptions options;
  options.main_text.boilerplate_phrases = BoilerplatePhrases();
  return options;
}

// Runs the text stage on `item` and checks the result. Failures are
// allowed only with the codes Process documents (or passes on).
inline void ProcessAndCheck(RawItem item) {
  static const ingest::ProcessOptions options = FuzzProcessOptions();
  Result<Document> doc = ingest::Process(std::move(item), options);
  if (!doc.ok()) {
    const StatusCode code = doc.status().code();
    Require(code == StatusCode::kInvalidArgument ||
                code == StatusCode::kCorruption ||
                code == StatusCode::kResourceExhausted,
            "process: failed with an unexpected status code");
    return;
  }
  Require(!doc->text.empty(), "process: empty text");
  Require(text::IsValidUtf8(doc->text), "process: text not UTF-8");
  Require(text::IsValidUtf8(doc->meta.title), "process: title not UTF-8");
  Require(doc->id == DocumentId(doc->text), "process: id is not the text hash");
  Require(!doc->lang.empty(), "process: no language");
  Require(!doc->charset.empty(), "process: no charset");
}

}  // namespace tally::fuzz

#endif  // TALLY_FUZZ_DOCUMENT_CHECK_H_
