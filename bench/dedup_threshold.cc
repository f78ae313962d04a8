// Where to put the near-duplicate threshold: the estimated Jaccard
// similarity (tally's own MinHash) of syndicated copies of real articles,
// made the ways outlets make them, against that of distinct articles.
//
//   dedup_threshold DIR...     # folders of .txt articles, one a file
//
// Copies of each article of at least 100 words: under a new headline with
// a credit line; with the last fifth cut; with one word in twenty changed;
// with a paragraph of another story appended; with all of these at once.
// Prints, per kind, the lowest and median similarity, the highest
// similarity of two distinct articles, and for thresholds from 0.3 to 0.9
// the share of copies caught and of distinct pairs wrongly joined.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "src/reconcile/minhash.h"

namespace {

namespace fs = std::filesystem;
using tally::reconcile::EstimatedJaccard;
using tally::reconcile::MinHashOf;
using tally::reconcile::Signature;

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string Join(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

struct Kind {
  const char* name;
  std::vector<double> scores;
  std::vector<bool> candidates;  // shares an LSH band with its original
};

bool ShareABand(const Signature& a, const Signature& b) {
  const std::vector<int64_t> ka = tally::reconcile::BandKeys(a), kb = tally::reconcile::BandKeys(b);
  for (size_t i = 0; i < ka.size() && i < kb.size(); ++i) {
    if (ka[i] == kb[i]) return true;
  }
  return false;
}

double Quantile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<size_t>(q * static_cast<double>(v.size() - 1))];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(argv[i], ec)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path());
      std::stringstream ss;
      ss << in.rdbuf();
      if (Words(ss.str()).size() >= 100) texts.push_back(ss.str());
    }
    if (ec) {
      std::fprintf(stderr, "dedup_threshold: %s: %s\n", argv[i], ec.message().c_str());
      return 1;
    }
  }
  if (texts.size() < 2) {
    std::fprintf(stderr, "usage: dedup_threshold DIR... (folders of .txt articles; "
                         "at least two of 100 words or more)\n");
    return 2;
  }
  std::sort(texts.begin(), texts.end());  // directory order is not stable
  std::mt19937_64 rng(7);
  std::vector<Kind> kinds = {{"new headline + credit", {}, {}},
                             {"last fifth cut", {}, {}},
                             {"1 word in 20 changed", {}, {}},
                             {"other story appended", {}, {}},
                             {"all of these", {}, {}}};
  std::vector<Signature> originals;
  for (const std::string& t : texts) originals.push_back(MinHashOf(t));
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::vector<std::string> w = Words(texts[i]);
    const std::vector<std::string> other = Words(texts[(i + 1) % texts.size()]);
    const std::string headline = "A new headline for the same story, as the copy has it\n\n";
    const std::string credit = "\n\nThis article first appeared in another outlet.";
    auto changed = [&](std::vector<std::string> v) {
      for (size_t k = rng() % 20; k < v.size(); k += 20) v[k] = "changed" + std::to_string(k);
      return v;
    };
    const std::vector<std::string> edited = changed(w);
    const std::string cut = Join(w, 0, w.size() * 4 / 5);
    const std::string appended = texts[i] + "\n\n" + Join(other, 0, w.size() / 4);
    const std::string all = headline + Join(edited, 0, w.size() * 4 / 5) + "\n\n" +
                            Join(other, 0, w.size() / 4) + credit;
    const std::string variants[] = {headline + texts[i] + credit, cut, Join(edited, 0, edited.size()),
                                    appended, all};
    for (size_t k = 0; k < kinds.size(); ++k) {
      const Signature copy = MinHashOf(variants[k]);
      kinds[k].scores.push_back(EstimatedJaccard(originals[i], copy));
      kinds[k].candidates.push_back(ShareABand(originals[i], copy));
    }
  }
  std::vector<double> distinct;
  for (size_t i = 0; i < originals.size(); ++i) {
    for (size_t j = i + 1; j < originals.size(); ++j) {
      distinct.push_back(EstimatedJaccard(originals[i], originals[j]));
    }
  }

  std::printf("%zu articles, %zu copies, %zu distinct pairs\n\n", texts.size(),
              texts.size() * kinds.size(), distinct.size());
  std::printf("%-24s %8s %8s %8s\n", "copy", "lowest", "p10", "median");
  std::vector<double> copies;
  std::vector<bool> candidates;
  for (const Kind& k : kinds) {
    candidates.insert(candidates.end(), k.candidates.begin(), k.candidates.end());
    std::printf("%-24s %8.3f %8.3f %8.3f\n", k.name, Quantile(k.scores, 0), Quantile(k.scores, 0.1),
                Quantile(k.scores, 0.5));
    copies.insert(copies.end(), k.scores.begin(), k.scores.end());
  }
  std::printf("%-24s %8s %8s %8s\n", "distinct articles", "highest", "p99.9", "median");
  std::printf("%-24s %8.3f %8.3f %8.3f\n\n", "", Quantile(distinct, 1), Quantile(distinct, 0.999),
              Quantile(distinct, 0.5));
  // Caught: similar enough and found through a shared band, as at ingest.
  std::printf("%-10s %16s %18s\n", "threshold", "copies caught", "distinct joined");
  for (double t = 0.3; t < 0.95; t += 0.1) {
    size_t caught = 0;
    for (size_t i = 0; i < copies.size(); ++i) caught += copies[i] >= t && candidates[i];
    const auto joined =
        std::count_if(distinct.begin(), distinct.end(), [&](double s) { return s >= t; });
    std::printf("%-10.1f %15.1f%% %17.3f%%\n", t, 100.0 * static_cast<double>(caught) / copies.size(),
                100.0 * static_cast<double>(joined) / distinct.size());
  }
  return 0;
}
