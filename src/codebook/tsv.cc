#include "src/codebook/tsv.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/text/charset.h"

namespace tally::codebook {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Status LineError(std::string_view name, size_t line, std::string_view what) {
  return Status::Corruption(std::string(name) + ":" + std::to_string(line) +
                            ": " + std::string(what));
}

Status ForEachRecord(std::string_view content, std::string_view name,
                     const RecordFn& fn) {
  size_t pos = 0, line_no = 0;
  std::vector<std::string_view> fields;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    const std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!text::IsValidUtf8(line)) return LineError(name, line_no, "not UTF-8");
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    fields.clear();
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      fields.push_back(Trim(line.substr(start, tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status s = fn(line_no, fields);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::string> ReadCodebookFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound(path + ": no such codebook file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": cannot read");
  return ss.str();
}

std::vector<std::string> ListCodebookFiles(const std::string& dir,
                                           std::string_view ext) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0 &&
        name[0] != '.') {
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

Status ForEachLangFile(const std::string& dir, std::string_view what, const LangFileFn& add) {
  const std::vector<std::string> files = ListCodebookFiles(dir, ".tsv");
  if (files.empty()) {
    return Status::NotFound(dir + ": no " + std::string(what) + " files (<lang>.tsv)");
  }
  for (const std::string& path : files) {
    Result<std::string> content = ReadCodebookFile(path);
    if (!content.ok()) return content.status();
    Status s = add(FileStem(path), *content, path);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Result<size_t> LangIndex(std::vector<std::string>* langs, std::string_view lang,
                         std::string_view name) {
  for (size_t i = 0; i < langs->size(); ++i) {
    if ((*langs)[i] == lang) return i;
  }
  if (langs->size() == 32) {
    return Status::ResourceExhausted(std::string(name) + ": more than 32 languages");
  }
  langs->emplace_back(lang);
  return langs->size() - 1;
}

std::string FileStem(const std::string& path) {
  return std::filesystem::path(path).stem().string();
}

std::vector<std::string_view> SplitList(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view piece = Trim(s.substr(start, end - start));
    if (!piece.empty()) out.push_back(piece);
    start = end + 1;
  }
  return out;
}

}  // namespace tally::codebook
