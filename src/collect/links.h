// The article links of a listing page: every <a href> resolved against
// the page, without its fragment, kept when it starts with the source's
// `follow` prefix, each once, in page order.
#ifndef TALLY_SRC_COLLECT_LINKS_H_
#define TALLY_SRC_COLLECT_LINKS_H_

#include <string>
#include <string_view>
#include <vector>

namespace tally::collect {

// `html` is the page as fetched (links are ASCII in any charset tally
// reads); `page_url` is its final URL. At most `max_links` are returned.
std::vector<std::string> FollowedLinks(std::string_view html, const std::string& page_url,
                                       const std::string& prefix, size_t max_links);

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_LINKS_H_
