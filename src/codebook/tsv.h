// Reading the codebook's tab-separated files: one record a line, "#"
// comments and blank lines skipped, every line checked to be UTF-8, and a
// failure named "file:line: what is wrong".
//
//   Status s = codebook::ForEachRecord(content, "codebook/actors.tsv",
//       [&](size_t line, const std::vector<std::string_view>& fields) {
//         if (fields.size() < 2) return codebook::LineError(name, line, "too few fields");
//         ...
//         return Status::Ok();
//       });
#ifndef TALLY_SRC_CODEBOOK_TSV_H_
#define TALLY_SRC_CODEBOOK_TSV_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/status.h"

namespace tally::codebook {

using RecordFn =
    std::function<Status(size_t line, const std::vector<std::string_view>& fields)>;

// Calls `fn` for every record of `content` with its fields (split at tabs,
// spaces trimmed); stops at the first failure and returns it.
Status ForEachRecord(std::string_view content, std::string_view name,
                     const RecordFn& fn);

// kCorruption "name:line: what".
Status LineError(std::string_view name, size_t line, std::string_view what);

// The whole file. kNotFound when missing, kIOError when unreadable.
Result<std::string> ReadCodebookFile(const std::string& path);

// The files in `dir` whose names end in `ext` (".tsv"), sorted; empty when
// the folder is missing.
std::vector<std::string> ListCodebookFiles(const std::string& dir,
                                           std::string_view ext);

// The name of `path` without folder and extension ("ru" for "claims/ru.tsv").
std::string FileStem(const std::string& path);

using LangFileFn = std::function<Status(std::string_view lang, std::string_view content,
                                        const std::string& path)>;

// Reads every "<lang>.tsv" in `dir`, in name order, and hands each to
// `add` with its language (the file's stem). Fails with kNotFound "DIR: no
// WHAT files (<lang>.tsv)" when there are none, kIOError for one that
// cannot be read, and with the first failure `add` returns.
Status ForEachLangFile(const std::string& dir, std::string_view what, const LangFileFn& add);

// The index of `lang` in `langs`, appending it when new. Fails with
// kResourceExhausted ("NAME: more than 32 languages") past 32, the bits of
// a LangMask.
Result<size_t> LangIndex(std::vector<std::string>* langs, std::string_view lang,
                         std::string_view name);

// Splits `s` at `sep`, trimming spaces; empty pieces are dropped.
std::vector<std::string_view> SplitList(std::string_view s, char sep);

}  // namespace tally::codebook

#endif  // TALLY_SRC_CODEBOOK_TSV_H_
