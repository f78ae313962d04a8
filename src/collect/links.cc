#include "src/collect/links.h"

#include <gumbo.h>

#include <set>

#include "src/collect/url.h"

namespace tally::collect {
namespace {

// Walks the tree with an explicit stack: a page nested thousands deep
// must not overflow the call stack.
void CollectHrefs(const GumboNode* root, std::vector<std::string>* hrefs) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_A) {
      if (const GumboAttribute* href = gumbo_get_attribute(&e.attributes, "href")) {
        hrefs->emplace_back(href->value);
      }
    }
    // Children pushed last-first, so they come off the stack in order.
    for (unsigned i = e.children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i - 1]));
    }
  }
}

}  // namespace

std::vector<std::string> FollowedLinks(std::string_view html, const std::string& page_url,
                                       const std::string& prefix, size_t max_links) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::vector<std::string> hrefs;
  CollectHrefs(output->root, &hrefs);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  std::vector<std::string> links;
  std::set<std::string> seen;
  for (const std::string& href : hrefs) {
    if (links.size() >= max_links) break;
    Result<std::string> url = ResolveUrl(page_url, href);
    if (!url.ok() || url->rfind(prefix, 0) != 0 || *url == page_url) continue;
    if (seen.insert(*url).second) links.push_back(*url);
  }
  return links;
}

}  // namespace tally::collect
