// The dashboard's static files: compiled into the binary from web/ at
// build time (cmake/embed_assets.cmake writes the table), or read from a
// folder (--assets DIR) while developing. Either way a request names a
// path relative to the asset root, and nothing outside it is ever served:
// "..", absolute paths, backslashes, NUL and hidden names are refused
// before any lookup, and a folder's files are opened only when their real
// path lies inside the folder (no symlink escapes).
//
//   AssetSource assets = AssetSource::Embedded();     // or Folder("web")
//   Result<Asset> a = assets.Read("app.js");           // kNotFound, kInvalidArgument
//   std::string_view type = ContentType("app.js");     // "text/javascript; charset=utf-8"
//
// Thread-safe: a source is immutable.
#ifndef TALLY_SRC_SERVE_ASSETS_H_
#define TALLY_SRC_SERVE_ASSETS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "tally/status.h"

namespace tally::serve {

// One file of the generated table.
struct EmbeddedAsset {
  const char* path;  // relative to web/: "index.html", "js/app.js"
  const unsigned char* data;
  size_t size;
};

struct Asset {
  std::string body;
  std::string_view content_type;
};

class AssetSource {
 public:
  // The files compiled in; none when web/ did not exist at build time.
  static AssetSource Embedded();
  // The files under `dir`; kNotFound when it is not a folder.
  static Result<AssetSource> Folder(const std::string& dir);

  // The file at `relative` (already percent-decoded). kInvalidArgument for
  // a path that tries to leave the root, kNotFound for one that is not
  // there.
  Result<Asset> Read(std::string_view relative) const;
  // Whether any file is there (the dashboard was built in).
  bool empty() const { return folder_.empty() && count_ == 0; }

 private:
  std::string folder_;  // real path; "" = embedded
  const EmbeddedAsset* table_ = nullptr;
  size_t count_ = 0;
};

// kInvalidArgument unless `relative` is a plain relative path: segments
// of visible characters, none empty, ".", ".." or starting with '.', no
// backslash, NUL or control character.
Status CheckAssetPath(std::string_view relative);

// The Content-Type for a file name, by its extension; octet-stream when
// unknown.
std::string_view ContentType(std::string_view path);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_ASSETS_H_
