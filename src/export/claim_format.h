// The claim record in its export formats: one JSON object (the shape of
// ../shared/spec/claims.md, for JSON Lines) and one CSV row (RFC 4180, a
// flat column set for spreadsheets and data frames).
//
//   std::string out = exporting::ClaimCsvHeader();
//   for (const store::ClaimRow& row : rows) out += exporting::ClaimCsvRow(row);
//   std::string line = exporting::ClaimJson(rows[0]) + "\n";
//
// Unknown values are JSON `null` and empty CSV fields; nothing is omitted.
// The speaker's actor id is internal and printed by neither format. Text
// fields are printed as stored: a private person's name is already a
// pseudonym there. Stateless; safe from any thread.
#ifndef TALLY_SRC_EXPORT_CLAIM_FORMAT_H_
#define TALLY_SRC_EXPORT_CLAIM_FORMAT_H_

#include <string>
#include <string_view>

#include "src/store/store.h"

namespace tally::exporting {

// The claim record as one line of compact JSON, keys in the contract's
// order: id, doc {id, path, url, source, published, lang}, span, text,
// sentence, quantity {lo, hi, lo_open, hi_open, qualifier, approx, unit},
// category, side, group, speaker {name, org, kind, stance, private} or
// null, channel, hedge, period {from, to}, basis, places, units, origin.
// Integral numbers print without a fraction ("1000", not "1000.0"). No
// newline.
std::string ClaimJson(const store::ClaimRow& row);

// The CSV header line, "\r\n"-terminated: id, doc_id, doc_path, doc_url,
// source, published, lang, span_begin, span_end, text, lo, hi, lo_open,
// hi_open, qualifier, approx, unit, category, side, group, speaker_name,
// speaker_org, speaker_kind, speaker_stance, speaker_private, channel,
// hedge, period_from, period_to, basis, places, units, origin, sentence.
std::string ClaimCsvHeader();

// One claim as a CSV line in ClaimCsvHeader's columns, "\r\n"-terminated.
// Null is an empty field; booleans are true/false (speaker_private is
// empty when there is no speaker); places and units are joined with ";".
// Each field goes through CsvField.
std::string ClaimCsvRow(const store::ClaimRow& row);

// One CSV field as RFC 4180 writes it: quoted when it holds a comma, a
// quote, CR or LF, with quotes doubled. Against formula injection in
// spreadsheets, a field that begins with =, +, -, @, tab or CR and is not
// a plain number ("-5", "+2.5e3") gets a leading apostrophe first:
// "=HYPERLINK(...)" is written as "'=HYPERLINK(...)", which a spreadsheet
// shows as text. Exposed for tests and other CSV writers.
std::string CsvField(std::string_view value);

}  // namespace tally::exporting

#endif  // TALLY_SRC_EXPORT_CLAIM_FORMAT_H_
