// The text stage for one item: decode, extract, normalise, identify the
// language and hash. Pure and thread-safe: the pipeline runs it on worker
// threads.
#ifndef TALLY_SRC_INGEST_PROCESSOR_H_
#define TALLY_SRC_INGEST_PROCESSOR_H_

#include "src/text/html_main.h"
#include "tally/document.h"
#include "tally/status.h"

namespace tally::ingest {

struct ProcessOptions {
  text::MainTextOptions main_text;
};

// Turns `item` into a Document. Fails with kInvalidArgument when no text
// is left (an empty page, a page of chrome only).
Result<Document> Process(RawItem item, const ProcessOptions& options);

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_PROCESSOR_H_
