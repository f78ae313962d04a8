// English names of the regions the gazetteer knows (codebook/places.tsv:
// the first English form of each region), for the API's places list.
//
//   Result<PlaceNames> names = LoadPlaceNames(codebook_dir + "/places.tsv");
//   names->at("RU-AMU");   // "Amur Oblast"
#ifndef TALLY_SRC_SERVE_PLACE_NAMES_H_
#define TALLY_SRC_SERVE_PLACE_NAMES_H_

#include <map>
#include <string>

#include "tally/status.h"

namespace tally::serve {

using PlaceNames = std::map<std::string, std::string>;

// kNotFound/kIOError when the file cannot be read; lines that are not
// region records are passed over.
Result<PlaceNames> LoadPlaceNames(const std::string& path);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_PLACE_NAMES_H_
