// Shared pieces of the command line: exit codes, the database location,
// JSON output and error printing. Only cli/ writes to stdout and stderr.
#ifndef TALLY_CLI_COMMON_H_
#define TALLY_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "src/export/json.h"
#include "src/ingest/processor.h"
#include "src/store/store.h"
#include "tally/document.h"
#include "tally/status.h"

namespace tally::cli {

// Exit codes, documented in README.md. Never renumber.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeInputsFailed = 1;  // ingest: errors recorded
inline constexpr int kExitUsage = 2;             // bad flags or arguments
inline constexpr int kExitNotFound = 3;          // no such document/database
inline constexpr int kExitFailure = 4;           // store or I/O failure

using Runner = std::function<int()>;

// Each subcommand registers itself on `app` and returns what runs it.
Runner AddIngestCommand(CLI::App& app);
Runner AddDocsCommand(CLI::App& app);
Runner AddShowCommand(CLI::App& app);
Runner AddStatsCommand(CLI::App& app);
Runner AddTextCommand(CLI::App& app);
Runner AddFiguresCommand(CLI::App& app);
Runner AddEvalCommand(CLI::App& app);
Runner AddExtractCommand(CLI::App& app);
Runner AddMeasuresCommand(CLI::App& app);
Runner AddMeasureCommand(CLI::App& app);
Runner AddReextractCommand(CLI::App& app);
Runner AddReportCommand(CLI::App& app);
Runner AddClaimsCommand(CLI::App& app);
Runner AddServeCommand(CLI::App& app);
Runner AddFetchCommand(CLI::App& app);
Runner AddWatchCommand(CLI::App& app);
Runner AddSourcesCommand(CLI::App& app);

// Fills `options` from the codebook (--codebook flag, else the default
// search). Returns false when no codebook folder exists; fails when a
// codebook file is malformed.
Result<bool> LoadProcessOptions(const std::string& codebook_flag,
                                ingest::ProcessOptions* options);

// --db with its default: $TALLY_DB, else ./tally.db.
void AddDbOption(CLI::App& cmd, std::string* db);
// --format table|jsonl.
void AddFormatOption(CLI::App& cmd, std::string* format);

// --window DAYS of measures, measure and report (MeasureOptions::window_days).
void AddWindowOption(CLI::App& cmd, int* days);

Result<std::unique_ptr<store::Store>> OpenStoreForReading(const std::string& db);

// Prints "tally: <message>" on stderr and returns the exit code for it.
int ReportError(const Status& status);

// The JSON writers live with the export formats (src/export/json.h).
using exporting::AppendJsonNumber;
using exporting::AppendJsonString;

// The document's metadata as a JSON object, with its text if `with_text`.
std::string DocumentJson(const Document& doc, bool with_text);

// Fits `s` into `width` display columns (code points), ending in "..." when
// cut.
std::string Fit(std::string_view s, size_t width);

// Fit, then padded with spaces to exactly `width` columns.
std::string Pad(std::string_view s, size_t width);

// What to call a document in a listing: its title, else its first line.
std::string DisplayTitle(const Document& doc);

}  // namespace tally::cli

#endif  // TALLY_CLI_COMMON_H_
