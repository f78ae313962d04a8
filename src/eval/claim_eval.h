// Scoring claims against a hand-made gold file, as ../shared/spec/claims.md
// defines it: a predicted claim matches a gold claim in the same document
// when their texts overlap (one contains the other, ignoring case) and
// their intervals are equal; precision, recall and F1 count matches, and
// category, side, stance, unit, hedge and speaker are accuracies over the
// matched pairs.
//
//   Result<std::vector<GoldClaim>> gold = LoadGold("gold.jsonl");
//   EvalReport r = Score(*gold, predicted);   // predicted: doc name -> claims
//   std::printf("F1 %.3f\n", r.f1());
#ifndef TALLY_SRC_EVAL_CLAIM_EVAL_H_
#define TALLY_SRC_EVAL_CLAIM_EVAL_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/claim.h"
#include "tally/status.h"

namespace tally::eval {

struct GoldClaim {
  std::string doc;  // file name in the evaluated folder
  std::string text;
  std::optional<double> lo, hi;
  bool lo_open = false, hi_open = false;
  std::string qualifier, unit, category, side, stance, hedge;
  std::vector<std::string> speakers;
  bool is_private = false;
  size_t line = 0;  // in the gold file
};

// Reads a gold file (JSON Lines). Fails with kNotFound for a missing file,
// kCorruption naming "file:line: what is wrong".
Result<std::vector<GoldClaim>> LoadGold(const std::string& path);

struct FieldScore {
  size_t right = 0, total = 0;
  double accuracy() const { return total == 0 ? 0 : static_cast<double>(right) / total; }
};

struct Mismatch {
  std::string doc, kind, detail;  // kind: missed, extra, category, speaker, ...
};

struct EvalReport {
  size_t gold = 0, predicted = 0, matched = 0;
  FieldScore category, side, stance, unit, hedge, speaker;
  std::vector<Mismatch> mismatches;
  double precision() const { return predicted == 0 ? 0 : static_cast<double>(matched) / predicted; }
  double recall() const { return gold == 0 ? 0 : static_cast<double>(matched) / gold; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

// The codebook actor id a name stands for ("British intelligence" ->
// "uk-intel"), or "" when it is none.
using ActorOf = std::function<std::string(std::string_view name)>;

// Scores `predicted` (document file name -> its claims) against `gold`.
// Documents in `predicted` without gold claims count their claims as
// extra; gold documents missing from `predicted` count as missed. A
// speaker is right when its name or organisation contains a gold name, or
// (with `actor_of`) when a gold name is the codebook actor it was
// credited to: "British intelligence" is "British Defence Intelligence".
EvalReport Score(const std::vector<GoldClaim>& gold,
                 const std::map<std::string, std::vector<Claim>>& predicted,
                 const ActorOf& actor_of = {});

}  // namespace tally::eval

#endif  // TALLY_SRC_EVAL_CLAIM_EVAL_H_
