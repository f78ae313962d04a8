// Main-text extraction.
//
// Design. One walk over gumbo's tree cuts the visible text into blocks (a
// block ends wherever a block-level element starts or ends) and records the
// block-level elements as a tree of their own. Chrome is marked on the way
// down: tags that are chrome by definition (nav, aside, footer, header,
// forms' controls), hidden elements, and elements whose class or id names a
// chrome role (share, comments, related, newsletter, ...).
//
// Each remaining block of some length then votes for the elements above it:
// its parent gets the full score, the grandparent half, further ancestors a
// third of that per level, so a container of many real paragraphs wins over
// one with a single long teaser. Scores are damped by the container's link
// density. The best container, joined by siblings that score nearly as
// well, is the article. Inside it, sub-trees that are mostly links (link
// lists, tag clouds) and blocks that open a chrome section ("Read also")
// are dropped.
//
// Metadata comes from <title>, <meta> (Open Graph, article:*, Dublin Core,
// schema.org itemprop), <link rel=canonical>, JSON-LD and <time>.
#include "src/text/html_main.h"
#include "src/text/utf8.h"

#include <gumbo.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "src/text/ascii.h"
#include "src/text/dates.h"
#include "src/text/normalize.h"

namespace tally::text {
namespace {

// --- tag classes ----------------------------------------------------------

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MAP: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_APPLET:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR: case GUMBO_TAG_FORM: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

bool IsHeadingTag(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Tags that are page chrome whatever their class says.
bool IsChromeTag(GumboTag tag) {
  return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE ||
         tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_HEADER ||
         tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_ADDRESS;
}

// --- class and id words ---------------------------------------------------

// Roles that mark a sub-tree as chrome outright.
constexpr const char* kChromeWords[] = {
    "comment", "share", "sharing", "social", "related", "recommend",
    "newsletter", "subscribe", "signup", "sign-up", "promo", "sidebar",
    "footer", "breadcrumb", "cookie", "consent", "popup", "modal", "advert",
    "sponsor", "outbrain", "taboola", "disqus", "most-popular", "mostpopular",
    "trending", "read-more", "readmore", "more-stories", "navbar", "masthead",
    "toolbar", "skip-link", "paywall", "login", "pagination", "byline",
    "author-info", "author-bio", "tags", "tag-list", "taglist", "topics",
    "rating", "widget", "banner", "teaser", "caption", "credit", "dateline",
    "timestamp", "published-date", "print-only", "visually-hidden",
    "sr-only", "screen-reader", "hidden", "inline-ad", "ad-container",
    "adslot", "ad-slot", "dfp", "gpt-ad", "jump", "see-also", "seealso",
    "also-read", "inread", "recirc", "newsroom-nav", "site-header",
    "site-footer", "global-nav", "menu", "nav-", "-nav", "follow",
    "donate", "subscription", "app-promo", "video-player", "player",
    "gallery", "slideshow", "carousel", "overlay", "tooltip", "notification",
    "alert-bar", "meta-",
};

// Roles that speak for content.
constexpr const char* kContentWords[] = {
    "article", "body", "content", "entry", "main", "post", "text", "story",
    "blog", "page", "prose", "richtext", "rich-text", "paragraph",
};

// Roles that stay chrome even beside a content word ("comments-content").
constexpr const char* kAlwaysChromeWords[] = {
    "comment", "disqus", "share", "sharing", "social", "newsletter", "cookie",
    "breadcrumb", "related", "recommend", "outbrain", "taboola", "subscribe",
    "signup", "sidebar"};

// Word-sized roles that must match a whole class token ("ad", not "head").
constexpr const char* kChromeTokens[] = {"ad", "ads", "nav", "share", "tags",
                                         "meta", "social", "related"};

std::string AttrLower(const GumboElement& el, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&el.attributes, name);
  if (attr == nullptr) return "";
  return AsciiLower(attr->value);
}

bool ContainsAny(std::string_view haystack, const char* const* words,
                 size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (haystack.find(words[i]) != std::string_view::npos) return true;
  }
  return false;
}

bool HasToken(std::string_view s, std::string_view token) {
  size_t pos = 0;
  while ((pos = s.find(token, pos)) != std::string_view::npos) {
    const bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(
                                      s[pos - 1]));
    const size_t end = pos + token.size();
    const bool right =
        end == s.size() || !std::isalnum(static_cast<unsigned char>(s[end]));
    if (left && right) return true;
    pos = end;
  }
  return false;
}

struct Roles {
  bool chrome = false;
  int weight = 0;  // +25 content, -25 chrome, as class evidence
};

Roles ClassRoles(const GumboElement& el) {
  Roles roles;
  const std::string names = AttrLower(el, "class") + " " + AttrLower(el, "id");
  if (names.size() <= 1) return roles;
  bool chrome =
      ContainsAny(names, kChromeWords, std::size(kChromeWords));
  for (const char* token : kChromeTokens) {
    if (HasToken(names, token)) chrome = true;
  }
  const bool content =
      ContainsAny(names, kContentWords, std::size(kContentWords));
  if (chrome) roles.weight -= 25;
  if (content) roles.weight += 25;
  // A content word vouches for the element ("entry-content-wrap") unless
  // the chrome word is one that never names an article.
  roles.chrome = chrome && (!content || ContainsAny(names, kAlwaysChromeWords,
                                                    std::size(kAlwaysChromeWords)));
  return roles;
}

bool IsHidden(const GumboElement& el) {
  if (gumbo_get_attribute(&el.attributes, "hidden") != nullptr) return true;
  if (AttrLower(el, "aria-hidden") == "true") return true;
  std::string style = AttrLower(el, "style");
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}


// --- the walk -------------------------------------------------------------

struct Elem {
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool self_chrome = false;  // its own tag or class says chrome
  bool chrome = false;       // it or an ancestor is chrome, as finally decided
  int weight = 0;
  std::string class_name;
  double score = 0;
  size_t chars = 0;       // non-chrome text in the sub-tree
  size_t link_chars = 0;  // of which inside links
  size_t commas = 0;
  bool scored = false;
};

struct Block {
  int owner = -1;  // innermost block element
  std::string text;
  size_t chars = 0;
  size_t link_chars = 0;
  size_t commas = 0;
  bool chrome = false;
  bool heading = false;
};

class Walker {
 public:
  explicit Walker(const MainTextOptions& options) : options_(options) {}

  void Run(const GumboNode* root) {
    elems_.push_back(Elem{});  // 0: the document
    open_.push_back(0);
    Visit(root, 0);
    Flush();
  }

  std::vector<Elem>& elems() { return elems_; }
  std::vector<Block>& blocks() { return blocks_; }

 private:
  void Visit(const GumboNode* node, int depth) {
    if (depth > options_.max_depth) return;
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        AddText(node->v.text.text);
        return;
      case GUMBO_NODE_WHITESPACE:
        pending_space_ = true;
        return;
      case GUMBO_NODE_DOCUMENT:
        VisitChildren(&node->v.document.children, depth);
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;
    }
    const GumboElement& el = node->v.element;
    if (IsSkippedTag(el.tag) || IsHidden(el)) return;
    if (el.tag == GUMBO_TAG_BR) {
      current_.text += '\n';
      pending_space_ = false;
      return;
    }
    const Roles roles = ClassRoles(el);
    if (!IsBlockTag(el.tag)) {
      // Inline chrome (a share link, a "Read more" span) is dropped.
      if (roles.chrome && el.tag != GUMBO_TAG_A) return;
      const bool link = el.tag == GUMBO_TAG_A;
      link_depth_ += link;
      VisitChildren(&el.children, depth);
      link_depth_ -= link;
      return;
    }
    Flush();
    Elem elem;
    elem.parent = open_.back();
    elem.tag = el.tag;
    elem.weight = roles.weight;
    elem.self_chrome = IsChromeTag(el.tag) ||
                       (roles.chrome && el.tag != GUMBO_TAG_BODY &&
                        el.tag != GUMBO_TAG_HTML);
    const GumboAttribute* cls = gumbo_get_attribute(&el.attributes, "class");
    if (cls != nullptr) elem.class_name = cls->value;
    elems_.push_back(std::move(elem));
    open_.push_back(static_cast<int>(elems_.size() - 1));
    VisitChildren(&el.children, depth);
    Flush();
    open_.pop_back();
  }

  void VisitChildren(const GumboVector* children, int depth) {
    for (unsigned i = 0; i < children->length; ++i) {
      Visit(static_cast<const GumboNode*>(children->data[i]), depth + 1);
    }
  }

  void AddText(const char* text) {
    for (const char* p = text; *p != '\0'; ++p) {
      const unsigned char c = static_cast<unsigned char>(*p);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !current_.text.empty() &&
          current_.text.back() != '\n') {
        current_.text += ' ';
        if (link_depth_ > 0) ++current_.link_chars;
      }
      pending_space_ = false;
      current_.text += static_cast<char>(c);
      if ((c & 0xC0) != 0x80) {
        if (link_depth_ > 0) ++current_.link_chars;
        if (c == ',') ++current_.commas;
      }
    }
  }

  void Flush() {
    pending_space_ = false;
    Block block = std::move(current_);
    current_ = Block{};
    std::string text = NormalizeText(block.text);
    if (text.empty()) return;
    block.text = std::move(text);
    block.chars = CodePoints(block.text);
    block.link_chars = std::min(block.link_chars, block.chars);
    block.owner = open_.back();
    block.heading = IsHeadingTag(elems_[block.owner].tag);
    blocks_.push_back(std::move(block));
  }

  const MainTextOptions& options_;
  std::vector<Elem> elems_;
  std::vector<Block> blocks_;
  std::vector<int> open_;
  Block current_;
  bool pending_space_ = false;
  int link_depth_ = 0;
};

// --- choosing the main content ---------------------------------------------

// Settles which elements are chrome. Class names lie ("penci_sidebar" on
// the page's main column), so an element that holds most of the page's
// paragraph text is never chrome, whatever it is called.
void DecideChrome(std::vector<Elem>& elems, std::vector<Block>& blocks) {
  std::vector<size_t> prose(elems.size(), 0);
  size_t total = 0;
  for (const Block& b : blocks) {
    if (b.chars < 80 || b.link_chars * 3 > b.chars) continue;
    total += b.chars;
    for (int e = b.owner; e >= 0; e = elems[e].parent) prose[e] += b.chars;
  }
  // Elements come in document order, so parents before children.
  for (size_t i = 0; i < elems.size(); ++i) {
    Elem& e = elems[i];
    bool self = e.self_chrome;
    if (self && total >= 500 && prose[i] * 2 > total) self = false;
    e.chrome = self || (e.parent >= 0 && elems[e.parent].chrome);
  }
  for (Block& b : blocks) b.chrome = elems[b.owner].chrome;
}

bool IsInside(const std::vector<Elem>& elems, int node, int ancestor) {
  for (int e = node; e >= 0; e = elems[e].parent) {
    if (e == ancestor) return true;
  }
  return false;
}

double LinkDensity(const Elem& e) {
  return e.chars == 0 ? 0.0 : static_cast<double>(e.link_chars) / e.chars;
}

// Sums non-chrome text into every ancestor and lets each paragraph vote.
void Score(std::vector<Elem>& elems, const std::vector<Block>& blocks) {
  for (const Block& b : blocks) {
    if (b.chrome) continue;
    for (int e = b.owner; e >= 0; e = elems[e].parent) {
      elems[e].chars += b.chars;
      elems[e].link_chars += b.link_chars;
      elems[e].commas += b.commas;
    }
  }
  for (const Block& b : blocks) {
    if (b.chrome || b.heading || b.chars < 25) continue;
    if (static_cast<double>(b.link_chars) / b.chars > 0.5) continue;
    const double vote = 1.0 + b.commas +
                        std::min(3.0, static_cast<double>(b.chars) / 100.0);
    int level = 0;
    for (int e = elems[b.owner].parent; e > 0 && level < 5;
         e = elems[e].parent, ++level) {
      if (elems[e].chrome) break;
      Elem& elem = elems[e];
      if (!elem.scored) {
        elem.scored = true;
        elem.score += elem.weight;
      }
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      elem.score += vote / divider;
    }
  }
}

// Indices of the elements that make up the article.
std::vector<int> ChooseContent(const std::vector<Elem>& elems) {
  std::vector<std::pair<double, int>> ranked;
  for (size_t i = 1; i < elems.size(); ++i) {
    if (!elems[i].scored || elems[i].chrome) continue;
    ranked.emplace_back(elems[i].score * (1.0 - LinkDensity(elems[i])),
                        static_cast<int>(i));
  }
  if (ranked.empty()) return {};
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  int top = ranked[0].second;
  const double top_score = ranked[0].first;

  // When several strong candidates share an ancestor, the article is that
  // ancestor (paragraphs split across sibling wrappers).
  std::vector<int> strong;
  for (size_t i = 1; i < ranked.size() && i < 5; ++i) {
    if (ranked[i].first >= 0.75 * top_score) strong.push_back(ranked[i].second);
  }
  if (strong.size() >= 2) {
    for (int anc = elems[top].parent; anc > 0; anc = elems[anc].parent) {
      if (elems[anc].chrome) break;
      int inside = 0;
      for (int s : strong) inside += IsInside(elems, s, anc);
      if (inside >= 2) {
        top = anc;
        break;
      }
    }
  }

  std::vector<int> chosen;
  const int parent = elems[top].parent;
  if (parent <= 0) return {top};
  const double threshold = std::max(10.0, top_score * 0.2);
  for (size_t i = 1; i < elems.size(); ++i) {
    const Elem& e = elems[i];
    if (e.parent != parent) continue;
    const int idx = static_cast<int>(i);
    if (idx == top) {
      chosen.push_back(idx);
      continue;
    }
    if (e.chrome || e.chars == 0) continue;
    double bonus = 0;
    if (!e.class_name.empty() && e.class_name == elems[top].class_name) {
      bonus = top_score * 0.2;
    }
    const double score = e.score * (1.0 - LinkDensity(e)) + bonus;
    const bool paragraph_like = e.tag == GUMBO_TAG_P;
    if (score >= threshold ||
        (paragraph_like && e.chars > 80 && LinkDensity(e) < 0.25) ||
        (paragraph_like && e.chars > 0 && LinkDensity(e) == 0 &&
         e.commas > 0)) {
      chosen.push_back(idx);
    }
  }
  return chosen;
}

// A sub-tree of the article that is mostly links or a list of teasers.
bool IsLinkCluster(const Elem& e) {
  if (e.chars == 0) return false;
  const double density = LinkDensity(e);
  if (e.commas >= 10) return false;
  return (e.weight < 25 && density > 0.33) || density > 0.5;
}

bool IsChromePhrase(const std::string& text,
                    const std::vector<std::string>& phrases) {
  if (text.size() > 120 || phrases.empty()) return false;
  std::string lower = FoldCase(text);
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.')) {
    lower.pop_back();
  }
  return std::find(phrases.begin(), phrases.end(), lower) != phrases.end();
}

std::vector<std::string> CollectParagraphs(const std::vector<Elem>& elems,
                                           const std::vector<Block>& blocks,
                                           const std::vector<int>& chosen,
                                           const MainTextOptions& options) {
  // An element is dropped when it or an ancestor up to the chosen root is a
  // link cluster; memoised per element.
  std::vector<signed char> dropped(elems.size(), -1);
  auto is_dropped = [&](int e, int root) {
    std::vector<int> path;
    int result = 0;
    for (int x = e; x >= 0; x = elems[x].parent) {
      if (dropped[x] >= 0) {
        result = dropped[x];
        break;
      }
      path.push_back(x);
      if (x == root) break;
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      const Elem& el = elems[*it];
      if (!result && *it != root &&
          (el.tag == GUMBO_TAG_UL || el.tag == GUMBO_TAG_OL ||
           el.tag == GUMBO_TAG_DIV || el.tag == GUMBO_TAG_SECTION ||
           el.tag == GUMBO_TAG_TABLE || el.tag == GUMBO_TAG_DL) &&
          IsLinkCluster(el)) {
        result = 1;
      }
      dropped[*it] = static_cast<signed char>(result);
    }
    return result != 0;
  };

  // Each element's chosen root, or -1: parents come before children, so one
  // pass in document order settles it.
  std::vector<int> root_of(elems.size(), -1);
  for (int c : chosen) root_of[c] = c;
  for (size_t i = 0; i < elems.size(); ++i) {
    if (root_of[i] < 0 && elems[i].parent >= 0) root_of[i] = root_of[elems[i].parent];
  }

  std::vector<std::string> out;
  bool skipping_section = false;
  for (const Block& b : blocks) {
    if (b.chrome) continue;
    const int root = root_of[b.owner];
    if (root < 0) continue;
    if (root != 0 && elems[b.owner].tag == GUMBO_TAG_H1) continue;  // title
    if (IsChromePhrase(b.text, options.boilerplate_phrases)) {
      skipping_section = true;
      continue;
    }
    const double density = static_cast<double>(b.link_chars) / b.chars;
    if (skipping_section) {
      if (density > 0.5 || b.chars < 25) continue;
      skipping_section = false;
    }
    if (density > 0.5 && b.chars < 300) continue;
    if (is_dropped(b.owner, root)) continue;
    out.push_back(b.text);
  }
  return out;
}

// --- metadata -------------------------------------------------------------

std::string ElementText(const GumboNode* node, int depth = 0) {
  if (depth > 64) return "";
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    return node->v.text.text;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  std::string out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    out += ElementText(static_cast<const GumboNode*>(children.data[i]),
                       depth + 1);
    out += ' ';
  }
  return out;
}

struct Meta {
  std::string title_tag, og_title, h1, ld_headline;
  std::string canonical, og_url, ld_url;
  std::string site_name, ld_publisher, app_name;
  std::string published, ld_published, time_datetime;
  std::string author, ld_author;
  std::string lang;
};

std::string JsonString(simdjson::dom::element el) {
  std::string_view sv;
  if (el.get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  return "";
}

// Name of a schema.org Person/Organization given as a string, an object or
// an array of them.
std::string JsonName(simdjson::dom::element el) {
  if (el.is_string()) return JsonString(el);
  simdjson::dom::array arr;
  if (el.get_array().get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : arr) {
      std::string name = JsonName(item);
      if (!name.empty()) return name;
    }
    return "";
  }
  simdjson::dom::element name;
  if (el["name"].get(name) == simdjson::SUCCESS) return JsonString(name);
  return "";
}

bool IsArticleType(simdjson::dom::element type) {
  auto check = [](std::string_view t) {
    return t.find("Article") != std::string_view::npos ||
           t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting";
  };
  std::string_view sv;
  if (type.get_string().get(sv) == simdjson::SUCCESS) return check(sv);
  simdjson::dom::array arr;
  if (type.get_array().get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element t : arr) {
      if (t.get_string().get(sv) == simdjson::SUCCESS && check(sv)) return true;
    }
  }
  return false;
}

void ReadJsonLdObject(simdjson::dom::element el, Meta* meta, int depth) {
  if (depth > 8) return;
  simdjson::dom::array arr;
  if (el.get_array().get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : arr) {
      ReadJsonLdObject(item, meta, depth + 1);
    }
    return;
  }
  simdjson::dom::object obj;
  if (el.get_object().get(obj) != simdjson::SUCCESS) return;
  simdjson::dom::element graph;
  if (obj["@graph"].get(graph) == simdjson::SUCCESS) {
    ReadJsonLdObject(graph, meta, depth + 1);
  }
  simdjson::dom::element type;
  if (obj["@type"].get(type) != simdjson::SUCCESS || !IsArticleType(type)) {
    return;
  }
  simdjson::dom::element v;
  if (meta->ld_headline.empty() && obj["headline"].get(v) == simdjson::SUCCESS) {
    meta->ld_headline = JsonString(v);
  }
  if (meta->ld_published.empty() &&
      obj["datePublished"].get(v) == simdjson::SUCCESS) {
    meta->ld_published = JsonString(v);
  }
  if (meta->ld_publisher.empty() &&
      obj["publisher"].get(v) == simdjson::SUCCESS) {
    meta->ld_publisher = JsonName(v);
  }
  if (meta->ld_author.empty() && obj["author"].get(v) == simdjson::SUCCESS) {
    meta->ld_author = JsonName(v);
  }
  if (meta->ld_url.empty() && obj["url"].get(v) == simdjson::SUCCESS) {
    meta->ld_url = JsonString(v);
  }
}

void ReadJsonLd(std::string_view json, Meta* meta) {
  if (json.size() > (1 << 20)) return;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS) {
    return;
  }
  ReadJsonLdObject(root, meta, 0);
}

void CollectMeta(const GumboNode* node, Meta* meta, int depth) {
  if (depth > 256 || node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& el = node->v.element;
  switch (el.tag) {
    case GUMBO_TAG_HTML:
      meta->lang = AttrLower(el, "lang");
      break;
    case GUMBO_TAG_TITLE:
      if (meta->title_tag.empty()) meta->title_tag = ElementText(node);
      return;
    case GUMBO_TAG_H1:
      if (meta->h1.empty()) meta->h1 = ElementText(node);
      return;
    case GUMBO_TAG_TIME:
      if (meta->time_datetime.empty()) {
        const GumboAttribute* dt = gumbo_get_attribute(&el.attributes, "datetime");
        if (dt != nullptr) meta->time_datetime = dt->value;
      }
      break;
    case GUMBO_TAG_LINK: {
      const std::string rel = AttrLower(el, "rel");
      const GumboAttribute* href = gumbo_get_attribute(&el.attributes, "href");
      if (rel == "canonical" && href != nullptr && meta->canonical.empty()) {
        meta->canonical = href->value;
      }
      return;
    }
    case GUMBO_TAG_META: {
      std::string key = AttrLower(el, "property");
      if (key.empty()) key = AttrLower(el, "name");
      if (key.empty()) key = AttrLower(el, "itemprop");
      const GumboAttribute* content =
          gumbo_get_attribute(&el.attributes, "content");
      if (content == nullptr || key.empty()) return;
      const std::string value = content->value;
      auto set = [&](std::string* field) {
        if (field->empty()) *field = value;
      };
      if (key == "og:title") set(&meta->og_title);
      else if (key == "og:url") set(&meta->og_url);
      else if (key == "og:site_name") set(&meta->site_name);
      else if (key == "application-name") set(&meta->app_name);
      else if (key == "article:published_time" || key == "datepublished" ||
               key == "og:article:published_time" || key == "pubdate" ||
               key == "publishdate" || key == "publish-date" ||
               key == "dc.date.issued" || key == "dc.date" || key == "date" ||
               key == "parsely-pub-date" || key == "sailthru.date" ||
               key == "article.published" || key == "dcterms.created")
        set(&meta->published);
      else if (key == "author" || key == "article:author" ||
               key == "dc.creator" || key == "parsely-author")
        set(&meta->author);
      return;
    }
    case GUMBO_TAG_SCRIPT: {
      if (AttrLower(el, "type") != "application/ld+json") return;
      if (el.children.length == 0) return;
      const auto* child = static_cast<const GumboNode*>(el.children.data[0]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        ReadJsonLd(child->v.text.text, meta);
      }
      return;
    }
    default:
      break;
  }
  for (unsigned i = 0; i < el.children.length; ++i) {
    CollectMeta(static_cast<const GumboNode*>(el.children.data[i]), meta,
                depth + 1);
  }
}

std::string FirstNonEmpty(std::initializer_list<const std::string*> fields) {
  for (const std::string* f : fields) {
    std::string line = NormalizeLine(*f);
    if (!line.empty()) return line;
  }
  return "";
}

void FillMeta(const GumboNode* root, HtmlPage* page) {
  Meta meta;
  CollectMeta(root, &meta, 0);
  const std::string h1 = NormalizeLine(meta.h1);
  const std::string title_tag = NormalizeLine(meta.title_tag);
  const std::string og_title = NormalizeLine(meta.og_title);
  // The <h1> is the headline when the page's title agrees with it; else
  // prefer what the page declares for sharing, then schema.org, then
  // <title>.
  if (!h1.empty() && (title_tag.find(h1) != std::string::npos ||
                      og_title.find(h1) != std::string::npos)) {
    page->title = h1;
  } else {
    page->title = FirstNonEmpty({&meta.og_title, &meta.ld_headline,
                                 &meta.title_tag, &meta.h1});
  }
  page->canonical_url = FirstNonEmpty({&meta.canonical, &meta.og_url, &meta.ld_url});
  page->site_name =
      FirstNonEmpty({&meta.site_name, &meta.ld_publisher, &meta.app_name});
  for (const std::string* raw :
       {&meta.published, &meta.ld_published, &meta.time_datetime}) {
    page->published = ToIsoDate(*raw);
    if (!page->published.empty()) break;
  }
  page->author = FirstNonEmpty({&meta.author, &meta.ld_author});
  page->lang = meta.lang;
}

// An estimate of how deep the page nests, following open and close tags
// the way the parser roughly will: void elements and those the parser
// closes by itself are left out, and a close tag only closes an element
// that is open (closing those above it too). gumbo's tree building is
// quadratic in depth, so absurd nesting (junk or an attack) is refused
// before parsing.
int EstimateNesting(std::string_view html) {
  static constexpr std::string_view kSelfClosing[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr",
      "td", "th", "tbody", "thead", "tfoot", "rt", "rp", "optgroup", "colgroup"};
  std::vector<std::string> open;
  std::unordered_map<std::string, int> open_count;
  size_t max_depth = 0;
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    ++pos;
    if (pos >= html.size()) break;
    const bool close = html[pos] == '/';
    const size_t start = pos + close;
    size_t end = start;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    if (end == start || end - start > 32) continue;
    const std::string name = AsciiLower(html.substr(start, end - start));
    if (std::find(std::begin(kSelfClosing), std::end(kSelfClosing), name) !=
        std::end(kSelfClosing)) {
      continue;
    }
    if (!close) {
      open.push_back(name);
      ++open_count[name];
      max_depth = std::max(max_depth, open.size());
      continue;
    }
    auto it = open_count.find(name);
    if (it == open_count.end() || it->second == 0) continue;  // nothing to close
    // Each element is pushed and popped once: linear overall.
    while (!open.empty()) {
      const std::string top = std::move(open.back());
      open.pop_back();
      --open_count[top];
      if (top == name) break;
    }
  }
  return static_cast<int>(std::min<size_t>(max_depth, 1 << 30));
}

bool StartsWithNoCase(std::string_view s, size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[pos + i])) != word[i]) return false;
  }
  return true;
}

size_t FindNoCase(std::string_view s, size_t pos, std::string_view word) {
  while ((pos = s.find('<', pos)) != std::string_view::npos) {
    if (StartsWithNoCase(s, pos, word)) return pos;
    ++pos;
  }
  return std::string_view::npos;
}

// Copies `html` without the bodies of <script> and <style> elements, which
// are a third to two thirds of a news page's bytes and never text. JSON-LD
// scripts stay: they carry metadata. The HTML tokenizer would treat these
// bodies as raw text anyway, so cutting them changes nothing else.
std::string StripScriptBodies(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t copied = 0;
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    std::string_view close;
    if (StartsWithNoCase(html, pos, "<script")) {
      close = "</script";
    } else if (StartsWithNoCase(html, pos, "<style")) {
      close = "</style";
    } else {
      ++pos;
      continue;
    }
    const size_t tag_end = html.find('>', pos);
    if (tag_end == std::string_view::npos) break;
    const std::string_view open_tag = html.substr(pos, tag_end - pos);
    if (open_tag.find("ld+json") != std::string_view::npos) {
      pos = tag_end + 1;
      continue;
    }
    const size_t end = FindNoCase(html, tag_end + 1, close);
    if (end == std::string_view::npos) break;
    out.append(html.substr(copied, tag_end + 1 - copied));
    copied = end;
    pos = end + close.size();
  }
  out.append(html.substr(copied));
  return out;
}

// A bump allocator for gumbo: a page's tree is built, read once and thrown
// away whole, so per-node malloc and free are wasted work (a third of the
// parse time). Each thread keeps one arena and reuses its first blocks.
class Arena {
 public:
  static void* Allocate(void* self, size_t size) {
    return static_cast<Arena*>(self)->Take(size);
  }
  static void Deallocate(void*, void*) {}

  // Frees everything handed out; keeps up to kKeepBytes of blocks.
  void Reset() {
    size_t kept = 0;
    size_t n = 0;
    while (n < blocks_.size() && kept + blocks_[n].size <= kKeepBytes) {
      kept += blocks_[n].size;
      ++n;
    }
    blocks_.resize(n);
    large_.clear();
    current_ = 0;
    used_ = 0;
  }

 private:
  static constexpr size_t kBlockBytes = 256 * 1024;
  static constexpr size_t kKeepBytes = 4 * 1024 * 1024;
  struct Block {
    std::unique_ptr<char[]> data;
    size_t size;
  };

  void* Take(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (size > kBlockBytes / 4) {
      // Large buffers get a block of their own, kept out of the bump order.
      large_.push_back(std::make_unique<char[]>(size));
      return large_.back().get();
    }
    while (current_ < blocks_.size() && used_ + size > blocks_[current_].size) {
      ++current_;
      used_ = 0;
    }
    if (current_ == blocks_.size()) {
      blocks_.push_back(Block{std::make_unique<char[]>(kBlockBytes), kBlockBytes});
      used_ = 0;
    }
    void* p = blocks_[current_].data.get() + used_;
    used_ += size;
    return p;
  }

  std::vector<Block> blocks_;
  std::vector<std::unique_ptr<char[]>> large_;
  size_t current_ = 0;
  size_t used_ = 0;
};

// gumbo records every parse error with a copy of the open-element stack:
// quadratic time and memory on deeply nested junk. tally never reads them.
GumboOptions ParserOptions(Arena* arena) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.allocator = &Arena::Allocate;
  options.deallocator = &Arena::Deallocate;
  options.userdata = arena;
  return options;
}

// Returns the arena's memory when the page is done (the tree needs no
// destroy pass: it lives in the arena).
struct ArenaReset {
  void operator()(Arena* arena) const { arena->Reset(); }
};

}  // namespace

std::string HtmlPage::Body() const {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

Result<HtmlPage> ExtractHtml(std::string_view utf8,
                             const MainTextOptions& options) {
  // gumbo keeps offsets as unsigned int.
  if (utf8.size() >= (1u << 31)) {
    return Status::ResourceExhausted("HTML document over 2 GiB");
  }
  if (EstimateNesting(utf8) > options.max_parse_depth) {
    return Status::ResourceExhausted("HTML nested deeper than " +
                                     std::to_string(options.max_parse_depth) +
                                     " elements");
  }
  const std::string html = StripScriptBodies(utf8);
  thread_local Arena arena;
  std::unique_ptr<Arena, ArenaReset> arena_guard(&arena);
  const GumboOptions parser_options = ParserOptions(&arena);
  GumboOutput* output =
      gumbo_parse_with_options(&parser_options, html.data(), html.size());
  if (output == nullptr) return Status::Internal("HTML parser failed");
  HtmlPage page;
  FillMeta(output->root, &page);

  Walker walker(options);
  walker.Run(output->document);
  std::vector<Elem>& elems = walker.elems();
  std::vector<Block>& blocks = walker.blocks();

  DecideChrome(elems, blocks);
  Score(elems, blocks);
  // A fragment is all content: the document itself is the one root.
  std::vector<int> chosen =
      options.keep_all ? std::vector<int>{0} : ChooseContent(elems);
  if (chosen.empty()) {
    // No paragraph of any length: keep whatever is not chrome.
    for (Block& b : blocks) {
      if (!b.chrome) page.paragraphs.push_back(std::move(b.text));
    }
    return page;
  }
  page.paragraphs = CollectParagraphs(elems, blocks, chosen, options);
  return page;
}

}  // namespace tally::text
