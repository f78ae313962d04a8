// Expands the paths a user names (files, folders, "-") into the files to
// read. Folders are walked recursively in name order; symlinked folders are
// followed once (a loop is reported, never walked twice); hidden entries
// and media files inside folders are passed over.
#ifndef TALLY_SRC_INGEST_WALKER_H_
#define TALLY_SRC_INGEST_WALKER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "src/ingest/reader.h"

namespace tally::ingest {

struct InputFile {
  std::string path;
  uint64_t size = 0;       // 0 for standard input
  bool from_folder = false;  // found by walking, not named by the user
};

// Calls `on_file` for each file and `on_error` for each path that cannot be
// read (missing, permission denied, a symlink loop). `on_skip` gets media
// files passed over inside folders.
void ExpandInputs(const std::vector<std::string>& inputs,
                  const std::function<void(InputFile)>& on_file,
                  const std::function<void(InputError)>& on_error,
                  const std::function<void(const std::string&)>& on_skip);

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_WALKER_H_
