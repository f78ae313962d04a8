// The timeline chart of one measure, drawn as SVG: a point or an interval
// bar per origin claim at its date, coloured by the speaker's stance, open
// ends drawn as arrows to the edge, axes with dates and thousands
// separators, a legend, and a <title> on every mark for hover text. No
// script and no outside resource: the markup is complete in itself.
//
//   std::string svg = TimelineSvg(measure, {});
#ifndef TALLY_SRC_REPORT_SVG_CHART_H_
#define TALLY_SRC_REPORT_SVG_CHART_H_

#include <string>

#include "src/reconcile/measures.h"

namespace tally::report {

struct ChartOptions {
  int width = 760;   // pixels. Default: 760.
  int height = 280;  // pixels. Default: 280.
};

std::string TimelineSvg(const reconcile::Measure& measure, const ChartOptions& options = {});

// The colour a stance is drawn in ("#c0392b" for official-RU ...).
std::string StanceColour(const std::string& stance);

// `s` with & < > " escaped for HTML and SVG text.
std::string Escape(std::string_view s);

}  // namespace tally::report

#endif  // TALLY_SRC_REPORT_SVG_CHART_H_
