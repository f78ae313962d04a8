#include "src/ingest/reader.h"

#include "src/ingest/sniff.h"

namespace tally::ingest {

InputError ErrorFor(const std::string& path, const Status& status) {
  const std::string prefix = path + ": ";
  if (status.message().rfind(prefix, 0) != 0) return InputError{path, "", status};
  // Rebuild the status with the same code and the message minus the path.
  Status bare = status;
  const std::string message = status.message().substr(prefix.size());
  switch (status.code()) {
    case StatusCode::kInvalidArgument: bare = Status::InvalidArgument(message); break;
    case StatusCode::kNotFound: bare = Status::NotFound(message); break;
    case StatusCode::kCorruption: bare = Status::Corruption(message); break;
    case StatusCode::kIOError: bare = Status::IOError(message); break;
    case StatusCode::kUnsupported: bare = Status::Unsupported(message); break;
    case StatusCode::kResourceExhausted: bare = Status::ResourceExhausted(message); break;
    case StatusCode::kPermissionDenied: bare = Status::PermissionDenied(message); break;
    case StatusCode::kInternal: bare = Status::Internal(message); break;
    case StatusCode::kOk: break;
  }
  return InputError{path, "", bare};
}

Status ReadWhole(ByteSource& in, const std::string& path, Format format,
                 const ReaderOptions& options, ItemSink& sink) {
  Result<std::string> body = ReadAll(in, options.max_document_bytes);
  if (!body.ok()) return body.status().WithContext(path);
  if (body->empty()) return Status::InvalidArgument(path + ": empty file");
  RawItem item;
  item.format = format;
  item.kind = format == Format::kHtml       ? BodyKind::kHtml
              : format == Format::kMarkdown ? BodyKind::kMarkdown
                                            : BodyKind::kPlain;
  item.input_bytes = body->size();
  item.body = std::move(*body);
  item.meta.path = path;
  sink.Item(std::move(item));
  return Status::Ok();
}

Status ReadInput(const std::string& path, bool from_folder,
                 const ReaderOptions& options, ItemSink& sink) {
  Result<std::unique_ptr<ByteSource>> opened = OpenFile(path, options.bytes_read);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<ByteSource> source = std::move(*opened);
  for (int layer = 0;; ++layer) {
    std::string head;
    Status read = ReadHead(*source, kSniffBytes, &head);
    // An error after some bytes (a cut gzip) is the reader's to report,
    // after the records before it.
    if (!read.ok() && head.empty()) return read.WithContext(path);
    const Sniffed kind = Sniff(head, path);
    // Record formats do not expect a byte-order mark; text and HTML keep it
    // for the charset decoder.
    if ((kind == Sniffed::kWarc || kind == Sniffed::kJsonLines ||
         kind == Sniffed::kTelegram) &&
        head.rfind("\xEF\xBB\xBF", 0) == 0) {
      head.erase(0, 3);
    }
    source = Prepend(std::move(head), std::move(source), std::move(read));
    switch (kind) {
      case Sniffed::kEmpty:
        return Status::InvalidArgument(path + ": empty file");
      case Sniffed::kGzip:
        if (layer > 0) {
          return Status::Unsupported(path + ": gzip inside gzip");
        }
        source = Gunzip(std::move(source));
        continue;
      case Sniffed::kWarc:
        return ReadWarc(*source, path, options, sink);
      case Sniffed::kTelegram:
        return ReadTelegram(*source, path, options, sink);
      case Sniffed::kJsonLines:
        return ReadJsonLines(*source, path, options, sink);
      case Sniffed::kRss:
      case Sniffed::kAtom:
      case Sniffed::kXml:
        return ReadFeed(*source, path, options, sink);
      case Sniffed::kHtml:
        return ReadWhole(*source, path, Format::kHtml, options, sink);
      case Sniffed::kMarkdown:
        return ReadWhole(*source, path, Format::kMarkdown, options, sink);
      case Sniffed::kText:
        return ReadWhole(*source, path, Format::kText, options, sink);
      case Sniffed::kJson:
        return Status::Unsupported(
            path + ": JSON that is neither a Telegram export (no \"messages\") "
                   "nor JSON Lines of {\"text\": ...} objects");
      case Sniffed::kBinary:
        if (from_folder) {
          sink.Skipped("binary file");
          return Status::Ok();
        }
        return Status::Unsupported(path + ": binary data, not a format tally reads "
                                          "(HTML, WARC, Telegram JSON, RSS/Atom, "
                                          "text, Markdown, JSON Lines, gzip of these)");
    }
  }
}

}  // namespace tally::ingest
