#include "src/ingest/walker.h"

#include "src/text/ascii.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

namespace tally::ingest {
namespace {

constexpr int kMaxFolderDepth = 64;

// Files that are never reporting: photos, video, audio, archives of media
// that exports and crawls keep beside the text.
bool IsMediaName(const std::string& name) {
  static constexpr const char* kMedia[] = {
      ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".ico",
      ".mp4", ".mov", ".webm", ".mkv", ".avi", ".mp3", ".ogg", ".oga",
      ".opus", ".wav", ".m4a", ".tgs", ".pdf", ".woff", ".woff2", ".ttf",
      ".css", ".js", ".db", ".sqlite", ".db-wal", ".db-shm"};
  const std::string lower = text::AsciiLower(name);
  for (const char* ext : kMedia) {
    const size_t n = std::strlen(ext);
    if (lower.size() > n && lower.compare(lower.size() - n, n, ext) == 0) return true;
  }
  return false;
}

Status StatError(int err) {
  if (err == ENOENT) return Status::NotFound("no such file or folder");
  if (err == EACCES) return Status::PermissionDenied("permission denied");
  if (err == ELOOP) return Status::InvalidArgument("symlink loop");
  return Status::IOError(std::string("cannot read: ") + std::strerror(err));
}

class Expander {
 public:
  Expander(const std::function<void(InputFile)>& on_file,
           const std::function<void(InputError)>& on_error,
           const std::function<void(const std::string&)>& on_skip)
      : on_file_(on_file), on_error_(on_error), on_skip_(on_skip) {}

  void Visit(const std::string& path, bool from_folder, int depth) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      on_error_(InputError{path, "", StatError(errno)});
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      VisitFolder(path, st, depth);
      return;
    }
    // A pipe is read only when named: met in a folder, opening it would
    // wait for a writer that may never come.
    if (!S_ISREG(st.st_mode) && !(S_ISFIFO(st.st_mode) && !from_folder)) {
      if (!from_folder) {
        on_error_(InputError{path, "", Status::InvalidArgument(
                                           "not a regular file or folder")});
      }
      return;
    }
    on_file_(InputFile{path, static_cast<uint64_t>(st.st_size), from_folder});
  }

 private:
  void VisitFolder(const std::string& path, const struct stat& st, int depth) {
    const std::pair<dev_t, ino_t> key(st.st_dev, st.st_ino);
    if (!seen_.insert(key).second) {
      on_error_(InputError{path, "", Status::InvalidArgument(
                                         "folder already read (named twice, or a symlink loop)")});
      return;
    }
    if (depth > kMaxFolderDepth) {
      on_error_(InputError{path, "", Status::ResourceExhausted("folders nested too deep")});
      return;
    }
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) {
      on_error_(InputError{path, "", StatError(errno)});
      return;
    }
    std::vector<std::string> names;
    while (const dirent* entry = ::readdir(dir)) {
      const std::string name = entry->d_name;
      if (name.empty() || name[0] == '.') continue;  // ".", "..", hidden
      names.push_back(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    const std::string prefix = path.back() == '/' ? path : path + "/";
    for (const std::string& name : names) {
      if (IsMediaName(name)) {
        on_skip_(prefix + name);
        continue;
      }
      Visit(prefix + name, /*from_folder=*/true, depth + 1);
    }
  }

  const std::function<void(InputFile)>& on_file_;
  const std::function<void(InputError)>& on_error_;
  const std::function<void(const std::string&)>& on_skip_;
  std::set<std::pair<dev_t, ino_t>> seen_;
};

}  // namespace

void ExpandInputs(const std::vector<std::string>& inputs,
                  const std::function<void(InputFile)>& on_file,
                  const std::function<void(InputError)>& on_error,
                  const std::function<void(const std::string&)>& on_skip) {
  Expander expander(on_file, on_error, on_skip);
  for (const std::string& input : inputs) {
    if (input == "-") {
      on_file(InputFile{"-", 0, false});
      continue;
    }
    expander.Visit(input, /*from_folder=*/false, 0);
  }
}

}  // namespace tally::ingest
