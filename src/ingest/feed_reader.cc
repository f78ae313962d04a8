// RSS (0.9x, 1.0/RDF, 2.0) and Atom 1.0 feeds, read with libxml2's
// streaming xmlTextReader: one item in memory at a time, no network, no
// external entities.
//
// Each <item>/<entry> becomes an HTML fragment document: its full content
// (content:encoded, Atom <content>) when present, else its description or
// summary, with the item's title, link, date and author as metadata and the
// feed's title as the source.
#include <libxml/xmlreader.h>

#include <algorithm>
#include <memory>

#include "src/ingest/reader.h"
#include "src/text/dates.h"

namespace tally::ingest {
namespace {

struct Item {
  std::string title, link, guid, published, updated, author;
  std::string description, content;
  bool description_is_text = false;  // Atom text constructs: not HTML
  bool content_is_text = false;
};

// Namespaces whose elements are the feed's own. Elements of any other
// (media:, itunes:, georss: ...) carry captions and credits that must not
// overwrite the item's title or text.
bool IsFeedNamespace(std::string_view ns) {
  return ns.empty() || ns == "http://purl.org/rss/1.0/" ||
         ns == "http://my.netscape.com/rdf/simple/0.9/" ||
         ns == "http://purl.org/rss/1.0/modules/content/" ||
         ns == "http://purl.org/dc/elements/1.1/" ||
         ns == "http://purl.org/dc/terms/" ||
         ns == "http://www.w3.org/1999/02/22-rdf-syntax-ns#" ||
         ns == "http://www.w3.org/2005/Atom" || ns == "http://purl.org/atom/ns#";
}

// Atom's type attribute (RFC 4287 3.1.1): absent or "text" is plain text;
// "html" is escaped HTML; "xhtml" is inline markup; a MIME type is HTML
// only when it says so.
bool AtomIsText(const std::string& type) {
  if (type.empty() || type == "text") return true;
  if (type == "html" || type == "xhtml") return false;
  return type.find("html") == std::string::npos;
}

// Hands libxml2 small pieces: the reader stops at the first error in what
// it has been given, so small pieces mean the items before a break in the
// feed are all delivered first.
constexpr int kFeedChunk = 128;

// libxml2's input callback: the source and the first read error, which
// libxml2 itself cannot carry (it would say "Extra content at the end").
struct Input {
  ByteSource* source;
  Status error;
};

int ReadCallback(void* context, char* buffer, int len) {
  auto* input = static_cast<Input*>(context);
  Result<size_t> got =
      input->source->Read(buffer, static_cast<size_t>(std::min(len, kFeedChunk)));
  if (!got.ok()) {
    if (input->error.ok()) input->error = got.status();
    return -1;
  }
  return static_cast<int>(*got);
}

std::string Str(const xmlChar* s) {
  return s == nullptr ? std::string() : reinterpret_cast<const char*>(s);
}

struct ReaderCloser {
  void operator()(xmlTextReaderPtr r) const { xmlFreeTextReader(r); }
};

class FeedReader {
 public:
  FeedReader(ByteSource& in, const std::string& path,
             const ReaderOptions& options, ItemSink& sink)
      : input_{&in, Status::Ok()}, path_(path), options_(options), sink_(sink) {}

  Status Run() {
    std::unique_ptr<xmlTextReader, ReaderCloser> reader(xmlReaderForIO(
        ReadCallback, nullptr, &input_, nullptr, nullptr,
        // RECOVER: a feed broken halfway still gives the items before the
        // break (and often after it); the first error is reported.
        XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT |
            XML_PARSE_RECOVER | XML_PARSE_NOWARNING));
    if (reader == nullptr) {
      return Status::Internal(path_ + ": cannot start the XML reader");
    }
    reader_ = reader.get();
    xmlTextReaderSetErrorHandler(reader_, &FeedReader::OnXmlError, this);
    int rc;
    while ((rc = xmlTextReaderRead(reader_)) == 1) {
      const int type = xmlTextReaderNodeType(reader_);
      const std::string name = Str(xmlTextReaderConstLocalName(reader_));
      const int depth = xmlTextReaderDepth(reader_);
      const xmlChar* ns = xmlTextReaderConstNamespaceUri(reader_);
      if (!IsFeedNamespace(ns == nullptr ? "" : reinterpret_cast<const char*>(ns))) {
        continue;
      }
      if (type == XML_READER_TYPE_ELEMENT) {
        OnStart(name, depth);
      } else if (type == XML_READER_TYPE_END_ELEMENT) {
        OnEnd(name, depth);
      }
    }
    if (!input_.error.ok()) {
      // A read error (a cut gzip) explains any XML error that follows it.
      sink_.Error(InputError{path_, "", input_.error});
      return Status::Ok();
    }
    if (rc < 0 && first_error_.empty()) {
      first_error_ = "malformed XML";
      first_error_line_ = xmlTextReaderGetParserLineNumber(reader_);
    }
    if (!first_error_.empty()) {
      sink_.Error(InputError{path_, "line " + std::to_string(first_error_line_),
                             Status::Corruption("XML error: " + first_error_)});
    }
    if (items_ == 0 && rc >= 0 && !saw_feed_) {
      return Status::InvalidArgument(path_ + ": XML but not an RSS or Atom feed");
    }
    return Status::Ok();
  }

 private:
  // Text of the current element; the reader moves past it.
  std::string ElementText() {
    xmlChar* s = xmlTextReaderReadString(reader_);
    std::string out = Str(s);
    xmlFree(s);
    return out;
  }

  // Inner markup of the current element (Atom xhtml content).
  std::string InnerXml() {
    xmlChar* s = xmlTextReaderReadInnerXml(reader_);
    std::string out = Str(s);
    xmlFree(s);
    return out;
  }

  std::string Attr(const char* name) {
    xmlChar* s = xmlTextReaderGetAttribute(reader_,
                                           reinterpret_cast<const xmlChar*>(name));
    std::string out = Str(s);
    xmlFree(s);
    return out;
  }

  void OnStart(const std::string& name, int depth) {
    if (name == "rss" || name == "RDF" || name == "feed") {
      saw_feed_ = true;
      atom_ = name == "feed";
      return;
    }
    if (name == "item" || name == "entry") {
      in_item_ = true;
      item_ = Item{};
      item_depth_ = depth;
      ++items_;
      return;
    }
    if (!in_item_) {
      // The channel's or feed's own title names the source.
      if (name == "title" && feed_title_.empty()) feed_title_ = ElementText();
      return;
    }
    // Atom's <author> holds <name> (and <email>): the name is read below.
    if (depth != item_depth_ + 1 && !(name == "name" && atom_)) return;
    if (name == "title") {
      item_.title = ElementText();
    } else if (name == "link") {
      const std::string href = Attr("href");
      const std::string rel = Attr("rel");
      if (!href.empty()) {
        if (rel.empty() || rel == "alternate") item_.link = href;
      } else {
        item_.link = ElementText();
      }
    } else if (name == "guid" || name == "id") {
      item_.guid = ElementText();
    } else if (name == "pubDate" || name == "published" || name == "date" ||
               name == "issued") {
      item_.published = ElementText();
    } else if (name == "updated" || name == "modified") {
      item_.updated = ElementText();
    } else if (name == "creator" || name == "name" || (name == "author" && !atom_)) {
      if (item_.author.empty()) item_.author = ElementText();
    } else if (name == "description" || name == "summary") {
      const std::string type = Attr("type");
      item_.description = atom_ && type == "xhtml" ? InnerXml() : ElementText();
      item_.description_is_text = atom_ && AtomIsText(type);
    } else if (name == "encoded" || name == "content") {
      const std::string type = Attr("type");
      item_.content = atom_ && type == "xhtml" ? InnerXml() : ElementText();
      item_.content_is_text = atom_ && AtomIsText(type);
    }
  }

  void OnEnd(const std::string& name, int depth) {
    if (!in_item_ || depth != item_depth_ ||
        (name != "item" && name != "entry")) {
      return;
    }
    in_item_ = false;
    const std::string record = "item " + std::to_string(items_);
    const bool use_content = !item_.content.empty();
    std::string body = use_content ? item_.content : item_.description;
    const bool is_text = use_content ? item_.content_is_text : item_.description_is_text;
    if (body.find_first_not_of(" \t\r\n") == std::string::npos) {
      body = item_.title;
    }
    if (body.find_first_not_of(" \t\r\n") == std::string::npos) {
      sink_.Skipped("feed item without text");
      return;
    }
    if (body.size() > options_.max_document_bytes) {
      sink_.Error(InputError{path_, record,
                             Status::ResourceExhausted("item over the size limit")});
      return;
    }
    RawItem item;
    item.format = atom_ ? Format::kAtom : Format::kRss;
    item.kind = is_text ? BodyKind::kPlain : BodyKind::kHtmlPart;
    item.input_bytes = body.size();
    item.body = std::move(body);
    item.meta.path = path_;
    item.meta.record = record;
    item.meta.url = !item_.link.empty() ? item_.link
                    : item_.guid.rfind("http", 0) == 0 ? item_.guid
                                                        : std::string();
    item.meta.title = item_.title;
    item.meta.source = feed_title_;
    item.meta.author = item_.author;
    item.meta.published = text::ToIsoDate(
        item_.published.empty() ? item_.updated : item_.published);
    sink_.Item(std::move(item));
  }

  static void OnXmlError(void* arg, const char* msg, xmlParserSeverities severity,
                         xmlTextReaderLocatorPtr locator) {
    auto* self = static_cast<FeedReader*>(arg);
    if (severity == XML_PARSER_SEVERITY_WARNING ||
        severity == XML_PARSER_SEVERITY_VALIDITY_WARNING || !self->first_error_.empty()) {
      return;
    }
    self->first_error_ = msg != nullptr ? msg : "malformed XML";
    while (!self->first_error_.empty() &&
           (self->first_error_.back() == '\n' || self->first_error_.back() == ' ')) {
      self->first_error_.pop_back();
    }
    self->first_error_line_ = xmlTextReaderLocatorLineNumber(locator);
  }

  Input input_;
  const std::string& path_;
  const ReaderOptions& options_;
  ItemSink& sink_;
  xmlTextReaderPtr reader_ = nullptr;
  std::string first_error_;
  int first_error_line_ = 0;
  std::string feed_title_;
  Item item_;
  bool in_item_ = false;
  bool atom_ = false;
  bool saw_feed_ = false;
  int item_depth_ = 0;
  int items_ = 0;
};

}  // namespace

Status ReadFeed(ByteSource& in, const std::string& path,
                const ReaderOptions& options, ItemSink& sink) {
  FeedReader reader(in, path, options, sink);
  return reader.Run();
}

}  // namespace tally::ingest
