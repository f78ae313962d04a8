#include "src/serve/assets.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

// The table cmake/embed_assets.cmake generates from web/.
extern const tally::serve::EmbeddedAsset kTallyEmbeddedAssets[];
extern const size_t kTallyEmbeddedAssetCount;

namespace tally::serve {
namespace {

// Files larger than this are not served from a folder.
constexpr size_t kMaxAssetBytes = 32 << 20;

Result<std::string> RealPath(const std::string& path) {
  char buf[PATH_MAX];
  if (::realpath(path.c_str(), buf) == nullptr) return Status::NotFound("no such asset");
  return std::string(buf);
}

Status NotThere(std::string_view relative) {
  return Status::NotFound("no asset '" + std::string(relative.substr(0, 80)) + "'");
}

}  // namespace

Status CheckAssetPath(std::string_view relative) {
  const Status bad = Status::InvalidArgument("bad asset path");
  if (relative.empty() || relative.size() > 512 || relative.front() == '/') return bad;
  size_t start = 0;
  while (start <= relative.size()) {
    size_t slash = relative.find('/', start);
    if (slash == std::string_view::npos) slash = relative.size();
    const std::string_view segment = relative.substr(start, slash - start);
    // Hidden names, "." and ".." all start with a dot.
    if (segment.empty() || segment.front() == '.') return bad;
    for (char c : segment) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7F || c == '\\' || c == ':') return bad;
    }
    start = slash + 1;
  }
  return Status::Ok();
}

std::string_view ContentType(std::string_view path) {
  struct Type {
    std::string_view ext, type;
  };
  static constexpr Type kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".ico", "image/x-icon"},
      {".webp", "image/webp"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".wasm", "application/wasm"},
  };
  for (const Type& t : kTypes) {
    if (path.size() >= t.ext.size() && path.substr(path.size() - t.ext.size()) == t.ext) {
      return t.type;
    }
  }
  return "application/octet-stream";
}

AssetSource AssetSource::Embedded() {
  AssetSource s;
  s.table_ = kTallyEmbeddedAssets;
  s.count_ = kTallyEmbeddedAssetCount;
  return s;
}

Result<AssetSource> AssetSource::Folder(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return Status::NotFound(dir + ": not a folder (--assets)");
  }
  Result<std::string> real = RealPath(dir);
  if (!real.ok()) return Status::NotFound(dir + ": cannot resolve (--assets)");
  AssetSource s;
  s.folder_ = *real;
  return s;
}

Result<Asset> AssetSource::Read(std::string_view relative) const {
  Status s = CheckAssetPath(relative);
  if (!s.ok()) return s;
  if (folder_.empty()) {
    for (size_t i = 0; i < count_; ++i) {
      if (relative == table_[i].path) {
        return Asset{std::string(reinterpret_cast<const char*>(table_[i].data), table_[i].size),
                     ContentType(relative)};
      }
    }
    return NotThere(relative);
  }
  // The checked path cannot climb out, but a symlink inside could: the
  // real path must still be inside the folder.
  Result<std::string> real = RealPath(folder_ + "/" + std::string(relative));
  if (!real.ok()) return NotThere(relative);
  if (real->compare(0, folder_.size() + 1, folder_ + "/") != 0) return NotThere(relative);
  struct stat st {};
  if (::stat(real->c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
      static_cast<size_t>(st.st_size) > kMaxAssetBytes) {
    return NotThere(relative);
  }
  std::ifstream in(*real, std::ios::binary);
  if (!in) return NotThere(relative);
  std::ostringstream body;
  body << in.rdbuf();
  return Asset{body.str(), ContentType(relative)};
}

}  // namespace tally::serve
