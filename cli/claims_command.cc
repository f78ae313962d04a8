// tally claims: the stored claims, filtered, as a table for people or as
// JSON Lines / CSV for scripts and spreadsheets.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <functional>
#include <map>
#include <memory>

#include "cli/common.h"
#include "src/codebook/boilerplate.h"
#include "src/extract/actors.h"
#include "src/extract/claim_lexicon.h"
#include "src/resolve/pseudonym.h"
#include "src/export/claim_filters.h"
#include "src/export/claim_format.h"
#include "src/export/json.h"
#include "src/export/reveal.h"
#include "src/export/claim_text.h"

namespace tally::cli {
namespace {

// Rows fetched per store query when streaming jsonl/csv: memory stays
// bounded by one page whatever the result size.
constexpr int kPageRows = 500;
// The table's rows when --limit is not given.
constexpr int kDefaultTableRows = 50;
// Context shown around the figure in the table's snippet line.
constexpr size_t kSnippetChars = 60;
// Assumed width when stdout is not a terminal and $COLUMNS is unset.
constexpr size_t kDefaultWidth = 120;

struct ClaimsFlags {
  std::string db, format, doc, codebook, key_file;
  bool reveal = false;
  bool origins = false;
  store::ClaimQuery query;
  int limit = 0;
  CLI::Option* limit_option = nullptr;
};

struct Output {
  bool tty = false;
  bool bold = false;  // may use ANSI bold for the figure
  size_t width = kDefaultWidth;
};

Output DescribeStdout() {
  Output out;
  out.tty = ::isatty(STDOUT_FILENO) == 1;
  winsize ws{};
  if (out.tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    out.width = ws.ws_col;
  } else if (const char* columns = std::getenv("COLUMNS")) {
    const long n = std::strtol(columns, nullptr, 10);
    if (n >= 20 && n <= 1000) out.width = static_cast<size_t>(n);
  }
  const char* term = std::getenv("TERM");
  out.bold = out.tty && std::getenv("NO_COLOR") == nullptr &&
             !(term != nullptr && std::string_view(term) == "dumb");
  return out;
}

bool Write(const std::string& s) {
  return std::fwrite(s.data(), 1, s.size(), stdout) == s.size();
}

// Streams every matching claim (at most `max_rows`, 0 = all) in pages.
// Applied to every row before it is printed (clear names for an operator
// who asked for them); may be empty.
using RowFn = std::function<void(store::ClaimRow*)>;

int StreamRows(store::Store& store, store::ClaimQuery query, int64_t max_rows,
               bool csv, const RowFn& transform) {
  if (csv && !Write(exporting::ClaimCsvHeader())) {
    return ReportError(Status::IOError("cannot write to standard output"));
  }
  int64_t written = 0;
  for (;;) {
    const int64_t left = max_rows > 0 ? max_rows - written : kPageRows;
    if (left <= 0) break;
    query.limit = static_cast<int>(std::min<int64_t>(kPageRows, left));
    Result<std::vector<store::ClaimRow>> page = store.ListClaims(query);
    if (!page.ok()) return ReportError(page.status());
    std::string out;
    for (store::ClaimRow& row : *page) {
      if (transform) transform(&row);
      if (csv) {
        out += exporting::ClaimCsvRow(row);
      } else {
        std::string json = exporting::ClaimJson(row);
        if (row.with_echoes) {
          json.pop_back();  // the closing brace
          json += ",\"echoes\":" + std::to_string(row.echoes.echoes) + ",\"echo_outlets\":";
          exporting::AppendJsonStringArray(&json, row.echoes.sources);
          json += '}';
        }
        out += json;
        out += '\n';
      }
    }
    if (!Write(out)) return ReportError(Status::IOError("cannot write to standard output"));
    written += static_cast<int64_t>(page->size());
    if (page->size() < static_cast<size_t>(query.limit)) break;
    query.after = page->back().rowid;
  }
  if (std::fflush(stdout) != 0) {
    return ReportError(Status::IOError("cannot write to standard output"));
  }
  return kExitOk;
}

// Column widths of the table's first line, fitted to the terminal: fixed
// columns for the short codes, and the rest shared by figure, speaker and
// source, each between a floor and a cap.
struct Columns {
  size_t figure = 14, interval = 16, category = 11, side = 4, speaker = 20, source = 12,
         date = 10;
};

Columns FitColumns(size_t width) {
  Columns c;
  const size_t used = c.figure + c.interval + c.category + c.side + c.speaker + c.source +
                      c.date + 2 * 6;
  size_t spare = width > used ? width - used : 0;
  auto grow = [&spare](size_t* column, size_t cap) {
    const size_t add = std::min(spare, cap > *column ? cap - *column : 0);
    *column += add;
    spare -= add;
  };
  grow(&c.figure, 20);
  grow(&c.speaker, 34);
  grow(&c.source, 20);
  grow(&c.figure, 24);
  grow(&c.speaker, 50);
  return c;
}

std::string ClaimDate(const store::ClaimRow& row) {
  if (!row.doc.published.empty()) return row.doc.published.substr(0, 10);
  if (!row.claim.period.to.empty()) return row.claim.period.to;
  return "-";
}

std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The speaker in `width` columns: the name and organisation give way
// before the stance does, which matters most when reading down a column.
std::string SpeakerCell(const std::optional<Speaker>& speaker, size_t width) {
  std::string label = exporting::SpeakerLabel(speaker);
  if (!speaker || speaker->stance.empty()) return Pad(label, width);
  const std::string stance = " (" + speaker->stance + ")";
  if (DisplayWidth(label) <= width || stance.size() + 6 > width) return Pad(label, width);
  std::optional<Speaker> who = speaker;
  who->stance.clear();
  who->is_private = false;
  return Pad(Fit(exporting::SpeakerLabel(who), width - stance.size()) + stance, width);
}

std::string TableRow(const store::ClaimRow& row, const Columns& c, const Output& out) {
  const Claim& claim = row.claim;
  std::string line = Pad(claim.text, c.figure) + "  " +
                     Pad(exporting::CompactInterval(claim.quantity), c.interval) + "  " +
                     Pad(OrDash(claim.category), c.category) + "  " +
                     Pad(OrDash(claim.side), c.side) + "  " +
                     SpeakerCell(claim.speaker, c.speaker) + "  " +
                     Pad(OrDash(row.doc.source), c.source) + "  " + ClaimDate(row);
  const size_t snippet = std::min(kSnippetChars, out.width > 12 ? out.width - 12 : 8);
  line += "\n    ";
  line += exporting::FigureSnippet(claim.sentence.empty() ? claim.text : claim.sentence,
                                   claim.text, snippet, out.bold ? "\x1b[1m" : "[",
                                   out.bold ? "\x1b[0m" : "]");
  line += '\n';
  if (row.with_echoes && row.echoes.echoes > 0) {
    std::string by;
    for (const std::string& s : row.echoes.sources) by += (by.empty() ? "" : ", ") + s;
    line += "    echoed " + std::to_string(row.echoes.echoes) + " times by " +
            std::to_string(row.echoes.outlets) + (row.echoes.outlets == 1 ? " outlet: " : " outlets: ") +
            Fit(by, out.width > 40 ? out.width - 40 : 40) + "\n";
  }
  return line;
}

int PrintTable(store::Store& store, store::ClaimQuery query, int64_t max_rows,
               const RowFn& transform) {
  Result<int64_t> total = store.CountClaims(query);
  if (!total.ok()) return ReportError(total.status());
  const Output out = DescribeStdout();
  const Columns c = FitColumns(out.width);
  std::string text = Pad("figure", c.figure) + "  " + Pad("interval", c.interval) + "  " +
                     Pad("category", c.category) + "  " + Pad("side", c.side) + "  " +
                     Pad("speaker (stance)", c.speaker) + "  " + Pad("source", c.source) +
                     "  date\n";
  int64_t shown = 0;
  int64_t last = query.after;
  while (shown < max_rows) {
    query.limit = static_cast<int>(std::min<int64_t>(kPageRows, max_rows - shown));
    Result<std::vector<store::ClaimRow>> page = store.ListClaims(query);
    if (!page.ok()) return ReportError(page.status());
    for (store::ClaimRow& row : *page) {
      if (transform) transform(&row);
      text += TableRow(row, c, out);
    }
    shown += static_cast<int64_t>(page->size());
    if (!page->empty()) last = page->back().rowid;
    if (!Write(text)) return ReportError(Status::IOError("cannot write to standard output"));
    text.clear();
    if (page->size() < static_cast<size_t>(query.limit)) break;
    query.after = last;
  }
  // Is there a next page? One row past the last one shown says.
  query.after = last;
  query.limit = 1;
  Result<std::vector<store::ClaimRow>> next = store.ListClaims(query);
  if (!next.ok()) return ReportError(next.status());
  const long long n = static_cast<long long>(*total);
  text = std::to_string(n) + (n == 1 ? " claim" : " claims");
  if (!next->empty()) {
    text += " (showing " + std::to_string(shown) +
            "; --limit/--after for more, next: --after " + std::to_string(last) + ")";
  } else if (shown != *total) {
    text += " (showing " + std::to_string(shown) + ")";
  }
  text += "\n";
  if (!Write(text) || std::fflush(stdout) != 0) {
    return ReportError(Status::IOError("cannot write to standard output"));
  }
  return kExitOk;
}

// The codebook's categories, and the actor a --speaker value names in any
// of its aliases ("Chikov", "Чиков"): both optional, the codebook may be
// absent where only a store was copied.
void UseCodebook(const std::string& flag, exporting::ClaimVocabulary* vocabulary,
                 store::ClaimQuery* query) {
  const std::string dir = codebook::FindCodebook(flag);
  if (dir.empty()) return;
  Result<extract::ClaimLexicon> lexicon = extract::ClaimLexicon::LoadDir(dir);
  if (lexicon.ok() && !lexicon->categories().empty()) vocabulary->categories = lexicon->categories();
  if (query->speaker.empty()) return;
  Result<extract::ActorBook> actors = extract::ActorBook::Load(dir + "/actors.tsv");
  if (!actors.ok()) return;
  extract::TokenList tokens;
  if (!extract::Tokenize(query->speaker, 64, &tokens).ok() || tokens.size() == 0) return;
  const extract::ActorMatch m = actors->MatchAt(tokens, 0);
  if (m.actor >= 0 && m.end == tokens.size()) query->speaker_actor = actors->actor(m.actor).id;
}

// Puts private people's names back in place of their pseudonyms, from the
// store's sealed names and the operator's key.
RowFn Revealer(store::Store& store, std::shared_ptr<resolve::Pseudonymizer> keys) {
  auto reveal = std::make_shared<exporting::NameRevealer>(&store, keys.get());
  return [keys, reveal](store::ClaimRow* row) { reveal->Claim(&row->claim); };
}

int RunClaims(ClaimsFlags& flags) {
  store::ClaimQuery query = flags.query;
  exporting::ClaimVocabulary vocabulary = exporting::DefaultClaimVocabulary();
  UseCodebook(flags.codebook, &vocabulary, &query);
  // Filters first: a typo is a usage error even before there is a store.
  Status checked = exporting::CheckClaimQuery(vocabulary, &query);
  if (!checked.ok()) return ReportError(checked);
  std::shared_ptr<resolve::Pseudonymizer> keys;
  if (flags.reveal) {
    resolve::PseudonymOptions options;
    options.key_file = flags.key_file;
    Result<resolve::Pseudonymizer> k = resolve::Pseudonymizer::LoadOrCreate(options);
    if (!k.ok()) return ReportError(k.status());
    keys = std::make_shared<resolve::Pseudonymizer>(std::move(*k));
  }
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  if (keys) {
    // A wrong key would print every pseudonym as if nothing were sealed.
    Status usable = exporting::CheckRevealKey(store->get(), *keys);
    if (!usable.ok()) return ReportError(usable.WithContext(flags.key_file));
  }
  RowFn transform = keys ? Revealer(**store, keys) : RowFn();
  if (flags.origins) {
    // Origins only, each with how often and by whom it was repeated.
    query.origins_only = true;
    Result<std::map<std::string, store::EchoCount>> echoes = (*store)->EchoCounts();
    if (!echoes.ok()) return ReportError(echoes.status());
    auto counts = std::make_shared<std::map<std::string, store::EchoCount>>(std::move(*echoes));
    RowFn reveal = transform;
    transform = [reveal, counts](store::ClaimRow* row) {
      if (reveal) reveal(row);
      auto it = counts->find(row->claim.id);
      row->echoes = it == counts->end() ? store::EchoCount() : it->second;
      row->with_echoes = true;
    };
  }
  if (!flags.doc.empty()) {
    Result<Document> doc = (*store)->GetDocument(flags.doc);
    if (!doc.ok()) return ReportError(doc.status());
    query.doc = doc->id;
  }
  const bool limited = flags.limit_option->count() > 0;
  if (flags.format == "table") {
    return PrintTable(**store, query, limited ? flags.limit : kDefaultTableRows, transform);
  }
  return StreamRows(**store, query, limited ? flags.limit : 0, flags.format == "csv", transform);
}

// The codes after a flag name, wrapped under the help's 15-column indent.
std::string Words(const std::vector<std::string>& codes) {
  std::string out;
  size_t column = 14;
  for (const std::string& code : codes) {
    if (column + 1 + code.size() > 78) {
      out += "\n              ";
      column = 14;
    }
    out += " " + code;
    column += 1 + code.size();
  }
  return out;
}

// --help's explanation of the filters, with the codes they accept.
std::string HelpFooter(const exporting::ClaimVocabulary& v) {
  return "Filters combine: a claim is listed when it passes all of them.\n"
         "  --category  " + Words(v.categories) + "\n"
         "  --side      " + Words(v.sides) + ": whose personnel\n"
         "  --stance    " + Words(v.stances) + ": the speaker's\n"
         "  --speaker    part of the speaker's name or organisation, any case\n"
         "               (\"chikov\"), or a codebook actor id exactly\n"
         "  --place      an ISO 3166-2 region the claim is about (RU-AMU, UA-14)\n"
         "  --since, --until  YYYY-MM-DD, inclusive, against the document's\n"
         "               publication day (else the end of the figure's period)\n"
         "  --lang, --source  the document's language and outlet (exact)\n"
         "  --doc        one document, by id or unique prefix\n"
         "  --unit      " + Words(v.units) + "\n"
         "  --hedge     " + Words(v.hedges) + "\n"
         "  --basis     " + Words(v.bases) + ": a running total, a figure\n"
         "               for a day, week, month or the year so far, or one\n"
         "               about a region, city or unit\n"
         "Claims come in storage order. The table shows 50 unless --limit says\n"
         "otherwise and ends with the count; --after ROWID continues where the\n"
         "last page stopped. jsonl (the contract's claim record) and csv print\n"
         "every match unless --limit is given. In csv, a field starting with\n"
         "= + - @ (other than a number) gets a leading ' so that spreadsheets\n"
         "show it as text instead of running it as a formula.";
}

}  // namespace

Runner AddClaimsCommand(CLI::App& app) {
  auto flags = std::make_shared<ClaimsFlags>();
  CLI::App* cmd = app.add_subcommand(
      "claims", "List stored claims: who said how many, of what, where and when");
  store::ClaimQuery& q = flags->query;
  cmd->add_option("--category", q.category, "Only this category");
  cmd->add_option("--side", q.side, "Only RU or UA personnel");
  cmd->add_option("--stance", q.stance, "Only speakers of this stance");
  cmd->add_option("--speaker", q.speaker, "Speaker name or organisation contains this");
  cmd->add_option("--place", q.place, "Only claims about this region (ISO 3166-2)");
  cmd->add_option("--since", q.since, "Dated on or after this day (YYYY-MM-DD)");
  cmd->add_option("--until", q.until, "Dated on or before this day (YYYY-MM-DD)");
  cmd->add_option("--lang", q.lang, "Only documents in this language");
  cmd->add_option("--source", q.source, "Only this outlet or channel (exact)");
  cmd->add_option("--doc", flags->doc, "Only this document (id or unique prefix)");
  cmd->add_option("--unit", q.unit, "Only figures counting this unit");
  cmd->add_option("--hedge", q.hedge, "Only figures with this hedge");
  cmd->add_option("--basis", q.basis, "Only running totals, figures for a period, or subsets");
  flags->limit_option =
      cmd->add_option("--limit", flags->limit, "At most this many (table: 50 by default)")
          ->check(CLI::Range(1, 100000000));
  cmd->add_option("--after", q.after, "Only claims after this rowid (the cursor)")
      ->check(CLI::NonNegativeNumber);
  flags->format = "table";
  cmd->add_option("--format", flags->format,
                  "Output: table for people, jsonl or csv for scripts")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}))
      ->capture_default_str();
  AddDbOption(*cmd, &flags->db);
  cmd->add_option("--codebook", flags->codebook, "Codebook folder (categories, speaker aliases)");
  cmd->add_flag("--origins", flags->origins,
                "Only origins (claims repeating no earlier one), with how often and by which outlets "
                "each was echoed");
  cmd->add_option("--key-file", flags->key_file, "The operator's pseudonym key file, for --reveal");
  cmd->add_flag("--reveal", flags->reveal,
                "Print private people's names in clear (needs --key-file: the key, given explicitly)")
      ->needs(cmd->get_option("--key-file"));
  cmd->footer(HelpFooter(exporting::DefaultClaimVocabulary()));
  return [flags] {
    // --speaker also names an actor id exactly ("ru-mod").
    flags->query.speaker_actor = flags->query.speaker;
    return RunClaims(*flags);
  };
}

}  // namespace tally::cli
