// Reports of the store's reconciled claims, for sharing: a self-contained
// HTML page (inline CSS and SVG charts, no script, no outside request,
// readable when mailed) and the same tables as Markdown to paste. For each
// measure: its verdict, the latest figure of each stance, a timeline chart
// and the table of its origins with their echoes, snippets and links back
// to the source; then the clusters of near-duplicate documents.
//
//   Result<ReportData> data = LoadReport(store, {});
//   std::string html = HtmlReport(*data);
#ifndef TALLY_SRC_REPORT_REPORT_H_
#define TALLY_SRC_REPORT_REPORT_H_

#include <string>
#include <vector>

#include "src/reconcile/measures.h"
#include "src/store/store.h"
#include "tally/status.h"

namespace tally::report {

struct ReportOptions {
  reconcile::MeasureOptions measures;
  // Near-duplicate clusters listed. Default: 50.
  int clusters = 50;
  // Origins listed per measure in the tables. Default: 200.
  size_t rows_per_measure = 200;
  std::string title = "tally report";
};

struct ReportData {
  ReportOptions options;
  store::Stats stats;
  std::vector<reconcile::Measure> measures;
  std::vector<store::DuplicateCluster> clusters;
};

Result<ReportData> LoadReport(store::Store& store, const ReportOptions& options);

std::string HtmlReport(const ReportData& data);
std::string MarkdownReport(const ReportData& data);

}  // namespace tally::report

#endif  // TALLY_SRC_REPORT_REPORT_H_
