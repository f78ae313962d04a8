// Telegram Desktop export reader (result.json), streaming.
//
// Exports run to gigabytes, so the file is never parsed whole. A small
// scanner walks the JSON structure byte by byte (strings, escapes and
// nesting only) and remembers each object's "name", "type" and "id". Any
// object with a "messages" array is a chat: a single-channel export is one
// at the top, a full account export has them under chats.list. Each
// element of a messages array is cut out and parsed on its own with
// simdjson, so a broken message costs only itself, and a file cut short
// keeps every message before the cut.
#include <simdjson.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "src/ingest/reader.h"
#include "src/text/dates.h"

namespace tally::ingest {
namespace {

constexpr size_t kMaxToken = 4096;
constexpr size_t kMaxDepth = 256;

struct Frame {
  bool object = false;
  bool messages = false;  // the array of a chat's messages
  bool expect_key = true;
  int chat_frame = -1;    // for a messages array: its chat's frame
  std::string key;
  std::string name, type, id;
};

bool IsChannel(const std::string& type) {
  return type == "public_channel" || type == "private_channel";
}

// Concatenates a message's "text": a string, or a list of strings and
// entity objects that carry their own "text".
std::string MessageText(simdjson::dom::element text) {
  std::string_view sv;
  if (text.get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  std::string out;
  simdjson::dom::array parts;
  if (text.get_array().get(parts) != simdjson::SUCCESS) return out;
  for (simdjson::dom::element part : parts) {
    if (part.get_string().get(sv) == simdjson::SUCCESS) {
      out.append(sv);
    } else if (part["text"].get_string().get(sv) == simdjson::SUCCESS) {
      out.append(sv);
    }
  }
  return out;
}

std::string StringField(simdjson::dom::object obj, const char* key) {
  std::string_view sv;
  if (obj[key].get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  int64_t n = 0;
  if (obj[key].get_int64().get(n) == simdjson::SUCCESS) return std::to_string(n);
  return "";
}

class TelegramReader {
 public:
  TelegramReader(ByteSource& in, const std::string& path,
                 const ReaderOptions& options, ItemSink& sink)
      : in_(in), path_(path), options_(options), sink_(sink) {}

  Status Run() {
    std::vector<char> buf(1 << 16);
    for (;;) {
      Result<size_t> got = in_.Read(buf.data(), buf.size());
      if (!got.ok()) {
        Error("", got.status());
        return Status::Ok();
      }
      if (*got == 0) break;
      for (size_t i = 0; i < *got; ++i, ++offset_) {
        Step(buf[i]);
        if (broken_) return Status::Ok();
      }
    }
    if (capturing_ || !stack_.empty() || in_string_) {
      Error("", Status::Corruption(
                    "file ends inside the JSON (truncated export?) after " +
                    std::to_string(messages_) + " messages"));
    } else if (!saw_messages_) {
      Error("", Status::InvalidArgument(
                    "JSON has no \"messages\" list: not a Telegram export"));
    }
    return Status::Ok();
  }

 private:
  void Error(const std::string& record, Status status) {
    sink_.Error(InputError{path_, record, std::move(status)});
  }

  void Step(char c) {
    if (capturing_) {
      Capture(c);
      return;
    }
    if (in_string_) {
      // The token keeps its escapes; Unescape() decodes names when needed.
      if (escape_) {
        escape_ = false;
        if (token_.size() < kMaxToken) token_ += c;
      } else if (c == '\\') {
        escape_ = true;
        if (token_.size() < kMaxToken) token_ += c;
      } else if (c == '"') {
        in_string_ = false;
        OnValue(/*is_string=*/true);
      } else if (token_.size() < kMaxToken) {
        token_ += c;
      }
      return;
    }
    switch (c) {
      case '"':
        EndScalar();
        in_string_ = true;
        token_.clear();
        return;
      case '{':
      case '[':
        EndScalar();
        Open(c == '{');
        return;
      case '}':
      case ']':
        EndScalar();
        Close();
        return;
      case ',':
        EndScalar();
        if (!stack_.empty() && stack_.back().object) {
          stack_.back().expect_key = true;
        }
        return;
      case ':':
        return;
      case ' ': case '\n': case '\r': case '\t':
        EndScalar();
        return;
      default:
        if (!in_scalar_) token_.clear();
        in_scalar_ = true;
        if (token_.size() < kMaxToken) token_ += c;
        return;
    }
  }

  // A JSON string token (escapes kept) as its UTF-8 value, by simdjson.
  std::string Unescape(const std::string& token, bool is_string) {
    if (!is_string || token.find('\\') == std::string::npos) return token;
    std::string_view value;
    if (parser_.parse("\"" + token + "\"").get_string().get(value) != simdjson::SUCCESS) {
      return token;
    }
    return std::string(value);
  }

  void EndScalar() {
    if (!in_scalar_) return;
    in_scalar_ = false;
    OnValue(/*is_string=*/false);
  }

  void OnValue(bool is_string) {
    if (stack_.empty() || !stack_.back().object) return;
    Frame& top = stack_.back();
    if (top.expect_key && is_string) {
      top.key = token_;
      top.expect_key = false;
      return;
    }
    if (top.key == "name") top.name = Unescape(token_, is_string);
    else if (top.key == "type") top.type = Unescape(token_, is_string);
    else if (top.key == "id") top.id = Unescape(token_, is_string);
  }

  void Open(bool object) {
    if (stack_.size() >= kMaxDepth) {
      Error("", Status::Corruption("JSON nested too deep"));
      broken_ = true;
      return;
    }
    if (!stack_.empty() && stack_.back().messages && object) {
      capturing_ = true;
      capture_depth_ = 1;
      capture_.assign(1, '{');
      capture_start_ = offset_;
      return;
    }
    Frame frame;
    frame.object = object;
    if (!object && !stack_.empty() && stack_.back().object &&
        stack_.back().key == "messages") {
      frame.messages = true;
      frame.chat_frame = static_cast<int>(stack_.size()) - 1;
      saw_messages_ = true;
    }
    stack_.push_back(std::move(frame));
  }

  void Close() {
    if (stack_.empty()) {
      Error("", Status::Corruption("unbalanced JSON brackets"));
      broken_ = true;
      return;
    }
    stack_.pop_back();
  }

  void Capture(char c) {
    if (capture_.size() < options_.max_record_bytes) {
      capture_ += c;
    } else {
      capture_overflow_ = true;
    }
    if (capture_in_string_) {
      if (capture_escape_) {
        capture_escape_ = false;
      } else if (c == '\\') {
        capture_escape_ = true;
      } else if (c == '"') {
        capture_in_string_ = false;
      }
      return;
    }
    if (c == '"') {
      capture_in_string_ = true;
    } else if (c == '{' || c == '[') {
      ++capture_depth_;
    } else if (c == '}' || c == ']') {
      if (--capture_depth_ == 0) {
        capturing_ = false;
        Message();
      }
    }
  }

  void Message() {
    ++messages_;
    const std::string where = "message at byte " + std::to_string(capture_start_);
    if (capture_overflow_) {
      capture_overflow_ = false;
      Error(where, Status::ResourceExhausted("message over the size limit"));
      return;
    }
    simdjson::dom::element el;
    const simdjson::error_code err = parser_.parse(capture_).get(el);
    simdjson::dom::object msg;
    if (err != simdjson::SUCCESS || el.get_object().get(msg) != simdjson::SUCCESS) {
      Error(where, Status::Corruption(
                       std::string("malformed message JSON: ") +
                       (err != simdjson::SUCCESS ? simdjson::error_message(err)
                                                 : "not an object")));
      return;
    }
    const std::string id = StringField(msg, "id");
    const std::string record = id.empty() ? where : "message " + id;
    const std::string type = StringField(msg, "type");
    if (type != "message") {
      sink_.Skipped(type == "service" ? "telegram service message"
                                      : "telegram entry that is not a message");
      return;
    }
    simdjson::dom::element text_el;
    std::string text;
    if (msg["text"].get(text_el) == simdjson::SUCCESS) text = MessageText(text_el);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      sink_.Skipped("telegram message without text");
      return;
    }
    const Frame& chat = stack_[stack_.back().chat_frame];
    RawItem item;
    item.format = Format::kTelegram;
    item.kind = BodyKind::kPlain;
    item.input_bytes = capture_.size();
    item.body = std::move(text);
    item.meta.path = path_;
    item.meta.record = record;
    // A personal chat is named after the other person: a private name.
    item.meta.source = chat.type == "personal_chat" ? "personal chat" : chat.name;
    const std::string unix_time = StringField(msg, "date_unixtime");
    char* end = nullptr;
    const long long seconds = std::strtoll(unix_time.c_str(), &end, 10);
    if (!unix_time.empty() && end != nullptr && *end == '\0') {
      item.meta.published = text::IsoFromUnix(seconds);
    } else {
      item.meta.published = text::ToIsoDate(StringField(msg, "date"));
    }
    // In groups and private chats the sender is a private person: keep no
    // name. A channel's posts are signed by the channel (or its authors).
    if (IsChannel(chat.type)) item.meta.author = StringField(msg, "from");
    // Forwards in private chats may name a private person.
    if (IsChannel(chat.type)) item.meta.forwarded_from = StringField(msg, "forwarded_from");
    sink_.Item(std::move(item));
  }

  ByteSource& in_;
  const std::string& path_;
  const ReaderOptions& options_;
  ItemSink& sink_;
  simdjson::dom::parser parser_;

  std::vector<Frame> stack_;
  std::string token_;
  bool in_string_ = false;
  bool escape_ = false;
  bool in_scalar_ = false;
  bool broken_ = false;
  bool saw_messages_ = false;
  uint64_t offset_ = 0;
  size_t messages_ = 0;

  bool capturing_ = false;
  bool capture_in_string_ = false;
  bool capture_escape_ = false;
  bool capture_overflow_ = false;
  int capture_depth_ = 0;
  uint64_t capture_start_ = 0;
  std::string capture_;
};

}  // namespace

Status ReadTelegram(ByteSource& in, const std::string& path,
                    const ReaderOptions& options, ItemSink& sink) {
  TelegramReader reader(in, path, options, sink);
  return reader.Run();
}

}  // namespace tally::ingest
