// Reading a preview page: gumbo builds the tree, then one walk finds the
// message elements, and each message is read on its own, so that a
// message with parts missing costs only those parts. Every walk uses an
// explicit stack: a page nested thousands deep must not overflow the call
// stack.
#include "src/ingest/telegram_preview.h"

#include <gumbo.h>

#include <algorithm>
#include <functional>
#include <memory>

#include "src/text/dates.h"

namespace tally::ingest {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const char* Attribute(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

// Whether the element's class list holds `name` as a whole token.
bool HasClass(const GumboNode* node, std::string_view name) {
  const char* value = Attribute(node, "class");
  if (value == nullptr) return false;
  std::string_view rest(value);
  while (!rest.empty()) {
    while (!rest.empty() && IsSpace(rest.front())) rest.remove_prefix(1);
    size_t end = 0;
    while (end < rest.size() && !IsSpace(rest[end])) ++end;
    if (rest.substr(0, end) == name) return true;
    rest.remove_prefix(end);
  }
  return false;
}

// Pushes the children of `node` so that they come off the stack in order.
void PushChildren(const GumboNode* node, std::vector<const GumboNode*>* stack) {
  const GumboVector* children = Children(node);
  if (children == nullptr) return;
  for (unsigned i = children->length; i > 0; --i) {
    stack->push_back(static_cast<const GumboNode*>(children->data[i - 1]));
  }
}

// The first element under `root`, in document order, that `match`es,
// looking inside only the elements `descend` allows.
template <typename Match, typename Descend>
const GumboNode* FindFirst(const GumboNode* root, Match match, Descend descend) {
  std::vector<const GumboNode*> stack;
  PushChildren(root, &stack);
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (!IsElement(node)) continue;
    if (match(node)) return node;
    if (descend(node)) PushChildren(node, &stack);
  }
  return nullptr;
}

// The first element with class `name`, not looking inside elements with
// class `skip` (when given).
const GumboNode* FindClass(const GumboNode* root, std::string_view name,
                           std::string_view skip = {}) {
  return FindFirst(
      root, [name](const GumboNode* n) { return HasClass(n, name); },
      [skip](const GumboNode* n) { return skip.empty() || !HasClass(n, skip); });
}

const GumboNode* FindTag(const GumboNode* root, GumboTag tag) {
  return FindFirst(
      root, [tag](const GumboNode* n) { return n->v.element.tag == tag; },
      [](const GumboNode*) { return true; });
}

// All the text under `root`, with runs of white space made one space:
// for names and counters.
std::string PlainText(const GumboNode* root) {
  std::string out;
  std::vector<const GumboNode*> stack;
  PushChildren(root, &stack);
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      for (const char* p = node->v.text.text; *p != '\0'; ++p) {
        if (!IsSpace(*p)) {
          out += *p;
        } else if (!out.empty() && out.back() != ' ') {
          out += ' ';
        }
      }
    } else if (IsElement(node)) {
      PushChildren(node, &stack);
    }
  }
  return std::string(Trim(out));
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_P: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
      return true;
    default:
      return false;
  }
}

bool IsHttpUrl(std::string_view url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

// Whether a link's shown text already says where it goes: the URL itself,
// without its scheme, or cut short with an ellipsis as Telegram shows long
// ones.
bool TextShowsUrl(std::string_view shown, std::string_view href) {
  shown = Trim(shown);
  if (shown.empty()) return false;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (href.rfind(scheme, 0) == 0 && shown.rfind(scheme, 0) != 0) href.remove_prefix(scheme.size());
  }
  if (!href.empty() && href.back() == '/' && (shown.empty() || shown.back() != '/')) {
    href.remove_suffix(1);
  }
  return shown == href;
}

void EndLine(std::string* out) {
  if (!out->empty() && out->back() != '\n') *out += '\n';
}

// A post's text: text nodes as they are (source line breaks made spaces:
// the page writes a line break as <br>), <br> and block elements as line
// breaks, a link to somewhere its text does not show as "text (URL)".
std::string PostText(const GumboNode* root) {
  struct Step {
    const GumboNode* node;
    bool leaving;
    size_t start;  // where the element's text began, for links
  };
  std::string out;
  std::vector<Step> stack;
  auto push_children = [&stack](const GumboNode* node) {
    const GumboVector* children = Children(node);
    if (children == nullptr) return;
    for (unsigned i = children->length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(children->data[i - 1]), false, 0});
    }
  };
  push_children(root);
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    const GumboNode* node = step.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      for (const char* p = node->v.text.text; *p != '\0'; ++p) out += IsSpace(*p) ? ' ' : *p;
      continue;
    }
    if (!IsElement(node)) continue;
    const GumboTag tag = node->v.element.tag;
    if (step.leaving) {
      if (tag == GUMBO_TAG_A) {
        const char* href = Attribute(node, "href");
        const std::string_view shown(out.data() + step.start, out.size() - step.start);
        if (href != nullptr && IsHttpUrl(href) && !TextShowsUrl(shown, href)) {
          out += " (";
          out += href;
          out += ')';
        }
      } else if (IsBlock(tag)) {
        EndLine(&out);
      }
      continue;
    }
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
    if (tag == GUMBO_TAG_BR) {
      out += '\n';
      continue;
    }
    if (IsBlock(tag)) EndLine(&out);
    stack.push_back({node, true, out.size()});
    push_children(node);
  }
  // Lines keep their words but not the spaces around them.
  std::string text;
  size_t pos = 0;
  while (pos <= out.size()) {
    size_t end = out.find('\n', pos);
    if (end == std::string::npos) end = out.size();
    if (!text.empty()) text += '\n';
    text += Trim(std::string_view(out).substr(pos, end - pos));
    pos = end + 1;
  }
  return std::string(Trim(text));
}

// "NAME/ID" into its parts; false when it is not that.
bool SplitDataPost(std::string_view data_post, std::string* channel, int64_t* id) {
  const size_t slash = data_post.rfind('/');
  if (slash == std::string_view::npos || slash == 0) return false;
  const std::string_view digits = data_post.substr(slash + 1);
  if (digits.empty() || digits.size() > 15) return false;
  int64_t n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  if (n <= 0) return false;
  *channel = std::string(data_post.substr(0, slash));
  *id = n;
  return true;
}

// Whether the text of the meta element itself (not of its date link)
// says "edited".
bool MarkedEdited(const GumboNode* meta) {
  const GumboVector* children = Children(meta);
  for (unsigned i = 0; children != nullptr && i < children->length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(children->data[i]);
    if (child->type == GUMBO_NODE_TEXT &&
        std::string_view(child->v.text.text).find("edited") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

void ReadMessage(const GumboNode* message, PreviewPage* page) {
  PreviewPost post;
  const char* data_post = Attribute(message, "data-post");
  if (data_post == nullptr || !SplitDataPost(data_post, &post.channel, &post.id)) {
    ++page->without_id;
    return;
  }
  page->min_id = page->min_id == 0 ? post.id : std::min(page->min_id, post.id);
  page->max_id = std::max(page->max_id, post.id);
  if (HasClass(message, "service_message")) {
    page->passed_over.push_back({post.id, "telegram service message"});
    return;
  }
  if (page->channel_title.empty()) {
    if (const GumboNode* owner = FindClass(message, "tgme_widget_message_owner_name")) {
      page->channel_title = PlainText(owner);
    }
  }
  // A reply quotes the post it answers; its text is not this post's.
  const GumboNode* text = FindClass(message, "tgme_widget_message_text",
                                    "tgme_widget_message_reply");
  if (text != nullptr) post.text = PostText(text);
  if (post.text.empty()) {
    page->passed_over.push_back({post.id, "telegram post without text"});
    return;
  }
  post.url = "https://t.me/" + post.channel + "/" + std::to_string(post.id);
  if (const GumboNode* date = FindClass(message, "tgme_widget_message_date")) {
    if (const GumboNode* time = FindTag(date, GUMBO_TAG_TIME)) {
      if (const char* datetime = Attribute(time, "datetime")) {
        post.published = text::ToIsoDate(datetime);
      }
    }
  }
  if (const GumboNode* views = FindClass(message, "tgme_widget_message_views")) {
    post.views = PlainText(views);
  }
  if (const GumboNode* from = FindClass(message, "tgme_widget_message_forwarded_from_name")) {
    post.forwarded_from = PlainText(from);
  }
  if (const GumboNode* author = FindClass(message, "tgme_widget_message_from_author")) {
    post.author = PlainText(author);
  }
  if (const GumboNode* meta = FindClass(message, "tgme_widget_message_meta")) {
    post.edited = MarkedEdited(meta);
  }
  page->posts.push_back(std::move(post));
}

}  // namespace

bool IsPreviewUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return false;
  const size_t path = url.find('/', scheme + 3);
  if (path == std::string_view::npos) return false;
  std::string_view rest = url.substr(path);
  rest = rest.substr(0, rest.find_first_of("?#"));
  if (rest.substr(0, 3) != "/s/" || rest.size() == 3) return false;
  for (char c : rest.substr(3)) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

RawItem PreviewPostItem(PreviewPost post, const std::string& channel_title) {
  RawItem item;
  item.format = Format::kTelegram;
  item.kind = BodyKind::kPlain;
  item.input_bytes = post.text.size();
  item.body = std::move(post.text);
  item.meta.url = std::move(post.url);
  item.meta.source = channel_title.empty() ? post.channel : channel_title;
  item.meta.published = std::move(post.published);
  item.meta.author = std::move(post.author);
  item.meta.forwarded_from = std::move(post.forwarded_from);
  return item;
}

Result<PreviewPage> ParseTelegramPreview(std::string_view html, const std::string& url,
                                         const PreviewOptions& options) {
  if (html.size() > options.max_page_bytes) {
    return Status::ResourceExhausted(url + ": Telegram preview page over " +
                                     std::to_string(options.max_page_bytes) + " bytes");
  }
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::unique_ptr<GumboOutput, std::function<void(GumboOutput*)>> owned(
      output, [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  PreviewPage page;
  bool history = false;
  size_t messages = 0;
  std::vector<const GumboNode*> stack{output->root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (!IsElement(node)) continue;
    if (HasClass(node, "tgme_channel_history")) history = true;
    if (HasClass(node, "tgme_widget_message") && Attribute(node, "data-post") != nullptr) {
      if (++messages > options.max_messages) {
        return Status::ResourceExhausted(url + ": Telegram preview page with over " +
                                         std::to_string(options.max_messages) + " messages");
      }
      ReadMessage(node, &page);
      continue;  // messages do not nest
    }
    if (page.channel_title.empty() && HasClass(node, "tgme_channel_info_header_title")) {
      page.channel_title = PlainText(node);
    }
    PushChildren(node, &stack);
  }
  if (!history && messages == 0) {
    return Status::Corruption(url + ": not a Telegram channel preview page "
                                    "(no message history and no message)");
  }
  return page;
}

}  // namespace tally::ingest
