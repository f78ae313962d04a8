// tally figures TEXT... : every figure tally reads in a text (a claim or
// not), one JSON object a line, with its span in code points.
#include <cstdio>

#include "cli/common.h"
#include "src/ingest/reader.h"
#include "src/codebook/boilerplate.h"
#include "src/extract/figures.h"
#include "src/extract/number_lexicon.h"
#include "src/text/charset.h"
#include "src/text/language.h"

namespace tally::cli {
namespace {

struct FiguresFlags {
  std::vector<std::string> text;
  std::string file, codebook, lang;
};

// The text of `path` ("-" = stdin), through the same byte source as ingest:
// the same errors (missing, permission, a folder) and the same size limit.
Result<std::string> ReadText(const std::string& path) {
  Result<std::unique_ptr<ingest::ByteSource>> source = ingest::OpenFile(path);
  if (!source.ok()) return source.status();
  Result<std::string> text = ingest::ReadAll(**source, ingest::ReaderOptions().max_document_bytes);
  // Read errors name the path already; the size limit does not.
  if (!text.ok() && text.status().message().rfind(path, 0) != 0) {
    return text.status().WithContext(path);
  }
  return text;
}

std::string FigureJson(std::string_view text, const extract::Figure& f,
                       size_t cp_begin, size_t cp_end) {
  const Quantity& q = f.quantity;
  std::string out = "{\"text\":";
  AppendJsonString(&out, text.substr(f.begin, f.end - f.begin));
  out += ",\"span\":[" + std::to_string(cp_begin) + "," +
         std::to_string(cp_end) + "],\"lo\":";
  exporting::AppendJsonNumberOrNull(&out, q.lo);
  out += ",\"hi\":";
  exporting::AppendJsonNumberOrNull(&out, q.hi);
  out += ",\"lo_open\":";
  out += q.lo_open ? "true" : "false";
  out += ",\"hi_open\":";
  out += q.hi_open ? "true" : "false";
  out += ",\"qualifier\":";
  AppendJsonString(&out, QualifierName(q.qualifier));
  out += ",\"approx\":";
  out += q.approx ? "true" : "false";
  out += ",\"unit\":";
  AppendJsonString(&out, UnitName(q.unit));
  out += "}";
  return out;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

int RunFigures(const FiguresFlags& flags) {
  std::string text;
  if (!flags.file.empty()) {
    if (!flags.text.empty()) {
      return ReportError(Status::InvalidArgument("give TEXT or --file, not both"));
    }
    Result<std::string> read = ReadText(flags.file);
    if (!read.ok()) return ReportError(read.status());
    text = std::move(*read);
  } else if (flags.text.size() == 1 && flags.text[0] == "-") {
    Result<std::string> read = ReadText("-");
    if (!read.ok()) return ReportError(read.status());
    text = std::move(*read);
  } else if (!flags.text.empty()) {
    for (const std::string& part : flags.text) {
      if (!text.empty()) text += ' ';
      text += part;
    }
  } else {
    return ReportError(Status::InvalidArgument("give TEXT, - or --file PATH"));
  }
  if (!text::IsValidUtf8(text)) {
    Result<text::Decoded> fixed = text::DecodeToUtf8(text, "UTF-8");
    if (!fixed.ok()) return ReportError(fixed.status());
    std::fprintf(stderr, "tally: invalid UTF-8 replaced by U+FFFD\n");
    text = std::move(fixed->utf8);
  }
  const std::string codebook = codebook::FindCodebook(flags.codebook);
  if (codebook.empty()) {
    return ReportError(Status::NotFound("no codebook folder (use --codebook)"));
  }
  Result<extract::NumberLexicon> lexicon =
      extract::NumberLexicon::LoadDir(codebook + "/numbers");
  if (!lexicon.ok()) return ReportError(lexicon.status());
  std::string lang = flags.lang;
  if (lang == "auto") {
    lang = text::DetectLanguage(text);
    if (lang != "en" && lang != "ru" && lang != "uk") lang.clear();
  }
  Result<std::vector<extract::Figure>> figures =
      extract::FindFigures(text, *lexicon, lang);
  if (!figures.ok()) return ReportError(figures.status());
  size_t byte = 0, cp = 0;
  std::string out;
  for (const extract::Figure& f : *figures) {
    cp += CodePoints(std::string_view(text).substr(byte, f.begin - byte));
    const size_t cp_end =
        cp + CodePoints(std::string_view(text).substr(f.begin, f.end - f.begin));
    out += FigureJson(text, f, cp, cp_end);
    out += '\n';
    byte = f.begin;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace

Runner AddFiguresCommand(CLI::App& app) {
  auto flags = std::make_shared<FiguresFlags>();
  CLI::App* cmd = app.add_subcommand(
      "figures",
      "Print every figure in a text as JSON Lines: its words, span in code "
      "points, and interval");
  cmd->add_option("text", flags->text,
                  "The text (words are joined by spaces), or - for stdin");
  cmd->add_option("--file", flags->file, "Read the text from a file (- for stdin)");
  flags->lang = "auto";
  cmd->add_option("--lang", flags->lang, "en, ru, uk, or auto (detect)")
      ->check(CLI::IsMember({"auto", "en", "ru", "uk"}))
      ->capture_default_str();
  cmd->add_option("--codebook", flags->codebook, "Codebook folder");
  return [flags] { return RunFigures(*flags); };
}

}  // namespace tally::cli
