// JSON Lines input, so other pipelines can feed tally: one object a line,
//   {"text": "...", "url": "...", "published": "...", "source": "..."}
// with optional "title" and "author"; "html" instead of "text" gives a page
// that goes through main-text extraction. Blank lines are allowed; a bad
// line is reported with its number and the rest are read.
#include <simdjson.h>

#include "src/ingest/reader.h"
#include "src/text/dates.h"

namespace tally::ingest {
namespace {

std::string Field(simdjson::dom::object obj, const char* key) {
  std::string_view sv;
  if (obj[key].get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  return "";
}

}  // namespace

Status ReadJsonLines(ByteSource& in, const std::string& path,
                     const ReaderOptions& options, ItemSink& sink) {
  BufferedReader reader(in);
  simdjson::dom::parser parser;
  std::string line;
  bool too_long = false;
  for (size_t line_no = 1;; ++line_no) {
    Result<bool> got = reader.ReadLine(&line, options.max_record_bytes, &too_long);
    if (!got.ok()) {
      sink.Error(InputError{path, "line " + std::to_string(line_no), got.status()});
      return Status::Ok();
    }
    if (!*got) return Status::Ok();
    const std::string record = "line " + std::to_string(line_no);
    if (too_long) {
      sink.Error(InputError{path, record,
                            Status::ResourceExhausted("line over the size limit")});
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element el;
    simdjson::dom::object obj;
    const simdjson::error_code err = parser.parse(line).get(el);
    if (err != simdjson::SUCCESS || el.get_object().get(obj) != simdjson::SUCCESS) {
      sink.Error(InputError{
          path, record,
          Status::Corruption(std::string("malformed JSON: ") +
                             (err != simdjson::SUCCESS ? simdjson::error_message(err)
                                                       : "not an object"))});
      continue;
    }
    RawItem item;
    item.format = Format::kJsonl;
    item.body = Field(obj, "text");
    item.kind = BodyKind::kPlain;
    if (item.body.empty()) {
      item.body = Field(obj, "html");
      item.kind = BodyKind::kHtml;
    }
    if (item.body.find_first_not_of(" \t\r\n") == std::string::npos) {
      sink.Error(InputError{path, record,
                            Status::InvalidArgument("no \"text\" or \"html\" field")});
      continue;
    }
    item.input_bytes = line.size();
    item.meta.path = path;
    item.meta.record = record;
    item.meta.url = Field(obj, "url");
    item.meta.source = Field(obj, "source");
    item.meta.title = Field(obj, "title");
    item.meta.author = Field(obj, "author");
    item.meta.published = text::ToIsoDate(Field(obj, "published"));
    sink.Item(std::move(item));
  }
}

}  // namespace tally::ingest
