#include "src/codebook/boilerplate.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "src/text/charset.h"
#include "src/text/normalize.h"

namespace tally::codebook {

Result<std::vector<std::string>> LoadPhraseList(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": no such file");
  }
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open");
  std::vector<std::string> phrases;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!text::IsValidUtf8(line)) {
      return Status::Corruption(path + ": line " + std::to_string(line_no) +
                                ": not UTF-8");
    }
    const std::string phrase = text::NormalizeLine(line);
    if (phrase.empty() || phrase[0] == '#') continue;
    phrases.push_back(text::FoldCase(phrase));
  }
  return phrases;
}

std::string FindCodebook(const std::string& flag) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("TALLY_CODEBOOK"); env && *env) return env;
  for (const char* dir : {TALLY_SOURCE_CODEBOOK, TALLY_INSTALLED_CODEBOOK}) {
    if (fs::is_directory(dir, ec)) return dir;
  }
  return "";
}

}  // namespace tally::codebook
