#include "src/serve/place_names.h"

#include <fstream>
#include <vector>

namespace tally::serve {

Result<PlaceNames> LoadPlaceNames(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot read the gazetteer");
  PlaceNames names;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // code, kind, parent, lang, forms
    std::vector<std::string> cols;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      cols.push_back(line.substr(start, tab - start));
    }
    cols.push_back(line.substr(start));
    if (cols.size() < 5 || cols[1] != "region" || cols[3] != "en") continue;
    names.emplace(cols[0], cols[4].substr(0, cols[4].find('|')));
  }
  return names;
}

}  // namespace tally::serve
