// tally eval --gold FILE --docs DIR : precision, recall and F1 of claim
// extraction against a hand-made gold file, and the accuracy of each field
// over the matched claims (the gold format is in ../shared/spec/claims.md).
#include <cstdio>
#include <filesystem>
#include <map>

#include "cli/common.h"
#include "src/extract/tokenizer.h"
#include "cli/extraction.h"
#include "src/eval/claim_eval.h"
#include "src/ingest/reader.h"
#include "src/ingest/walker.h"

namespace tally::cli {
namespace {

struct EvalFlags {
  std::string gold, docs, codebook, format = "table", show;
  bool verbose = false;
};

void PrintField(const char* name, const eval::FieldScore& f) {
  std::printf("  %-9s %5.1f%%  (%zu of %zu)\n", name, 100 * f.accuracy(), f.right, f.total);
}

int RunEval(const EvalFlags& flags) {
  Result<std::vector<eval::GoldClaim>> gold = eval::LoadGold(flags.gold);
  if (!gold.ok()) return ReportError(gold.status());
  Result<std::unique_ptr<Extraction>> ex = Extraction::Load(flags.codebook, /*ephemeral_key=*/true);
  if (!ex.ok()) return ReportError(ex.status());
  std::error_code ec;
  if (!std::filesystem::is_directory(flags.docs, ec)) {
    return ReportError(Status::NotFound(flags.docs + ": not a folder"));
  }
  std::map<std::string, std::vector<Claim>> predicted;
  int errors = 0;
  (*ex)->ForEachDocument(
      {flags.docs},
      [&](const Document& doc, DocumentClaimsView claims) {
        auto& list = predicted[std::filesystem::path(doc.meta.path).filename().string()];
        list.insert(list.end(), claims.claims.begin(), claims.claims.end());
      },
      [&](const ingest::InputError& e) {
        ++errors;
        std::fprintf(stderr, "tally: %s%s%s: %s\n", e.path.c_str(), e.record.empty() ? "" : ": ",
                     e.record.c_str(), e.status.message().c_str());
      });
  if (!flags.show.empty()) {
    // Every claim found in one document, with its sentence: for working on
    // the codebook.
    for (const Claim& c : predicted[flags.show]) {
      std::printf("%-22s %-12s %-8s %-3s %-30s | %s\n", c.text.c_str(), c.category.c_str(),
                  std::string(UnitName(c.quantity.unit)).c_str(), c.side.c_str(),
                  c.speaker ? (c.speaker->name + " / " + c.speaker->org).c_str() : "-",
                  c.sentence.c_str());
    }
    return kExitOk;
  }
  // A gold name the codebook knows is its actor, however the claim spells it.
  const extract::ActorBook& actors = (*ex)->codebook().actors;
  const eval::ActorOf actor_of = [&actors](std::string_view name) -> std::string {
    extract::TokenList tokens;
    if (!extract::Tokenize(name, 64, &tokens).ok() || tokens.size() == 0) return "";
    const extract::ActorMatch m = actors.MatchAt(tokens, 0);
    return m.actor >= 0 && m.end == tokens.size() ? actors.actor(m.actor).id : "";
  };
  const eval::EvalReport r = eval::Score(*gold, predicted, actor_of);
  if (flags.format == "jsonl") {
    std::printf(
        "{\"gold\":%zu,\"predicted\":%zu,\"matched\":%zu,\"precision\":%.4f,\"recall\":%.4f,"
        "\"f1\":%.4f,\"category\":%.4f,\"side\":%.4f,\"stance\":%.4f,\"unit\":%.4f,"
        "\"hedge\":%.4f,\"speaker\":%.4f}\n",
        r.gold, r.predicted, r.matched, r.precision(), r.recall(), r.f1(), r.category.accuracy(),
        r.side.accuracy(), r.stance.accuracy(), r.unit.accuracy(), r.hedge.accuracy(),
        r.speaker.accuracy());
  } else {
    if (flags.verbose) {
      for (const eval::Mismatch& m : r.mismatches) {
        std::printf("%-40s %-9s %s\n", m.doc.c_str(), m.kind.c_str(), m.detail.c_str());
      }
      std::printf("\n");
    }
    std::printf("claims: %zu gold, %zu found, %zu matched\n", r.gold, r.predicted, r.matched);
    std::printf("  precision %.3f  recall %.3f  F1 %.3f\n", r.precision(), r.recall(), r.f1());
    std::printf("matched claims, share right:\n");
    PrintField("category", r.category);
    PrintField("speaker", r.speaker);
    PrintField("stance", r.stance);
    PrintField("side", r.side);
    PrintField("unit", r.unit);
    PrintField("hedge", r.hedge);
  }
  return errors > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

Runner AddEvalCommand(CLI::App& app) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score claim extraction against a gold file (precision, recall, F1, field accuracy)");
  cmd->add_option("--gold", flags->gold, "Gold claims, JSON Lines (format: claims.md)")->required();
  cmd->add_option("--docs", flags->docs, "Folder of the documents the gold file names")->required();
  cmd->add_option("--codebook", flags->codebook, "Codebook folder");
  cmd->add_flag("--verbose,-v", flags->verbose, "List every miss, extra and wrong field");
  cmd->add_option("--show", flags->show, "Print every claim found in this document (file name) instead");
  AddFormatOption(*cmd, &flags->format);
  return [flags] { return RunEval(*flags); };
}

}  // namespace tally::cli
