#include "src/export/claim_format.h"

#include <gtest/gtest.h>

#include "src/export/json.h"

namespace tally::exporting {
namespace {

// The example record of ../shared/spec/claims.md.
store::ClaimRow ContractExample() {
  store::ClaimRow row;
  row.rowid = 7;
  row.doc = {.id = "d-0a9c1f3e", .path = "samples/refusals.html", .url = "",
             .source = "example.org", .published = "2022-05-20", .lang = "en"};
  Claim& c = row.claim;
  c.id = "c-5f1d0e2a9b7c4d31";
  c.doc_id = "d-0a9c1f3e";
  c.begin = 1873;
  c.end = 1888;
  c.text = "more than 1,000";
  c.sentence =
      "Lawyer X has written on Telegram that more than 1,000 military personnel ... "
      "have refused to go to Ukraine";
  c.quantity.lo = 1000;
  c.quantity.lo_open = true;
  c.quantity.qualifier = Qualifier::kMoreThan;
  c.quantity.unit = Unit::kPersons;
  c.category = "refusal";
  c.side = "RU";
  c.group = "military personnel and National Guard troops";
  c.speaker = Speaker{.name = "Pavel Chikov", .org = "Agora", .kind = "person",
                      .stance = "independent", .is_private = false, .actor = "agora"};
  c.channel = "Telegram";
  c.period.to = "2022-05-20";
  return row;
}

TEST(ClaimJson, PrintsTheContractsExampleExactly) {
  EXPECT_EQ(
      ClaimJson(ContractExample()),
      R"({"id":"c-5f1d0e2a9b7c4d31",)"
      R"("doc":{"id":"d-0a9c1f3e","path":"samples/refusals.html","url":null,)"
      R"("source":"example.org","published":"2022-05-20","lang":"en"},)"
      R"("span":[1873,1888],"text":"more than 1,000",)"
      R"("sentence":"Lawyer X has written on Telegram that more than 1,000 military )"
      R"(personnel ... have refused to go to Ukraine",)"
      R"("quantity":{"lo":1000,"hi":null,"lo_open":true,"hi_open":false,)"
      R"("qualifier":"more_than","approx":false,"unit":"persons"},)"
      R"("category":"refusal","side":"RU",)"
      R"("group":"military personnel and National Guard troops",)"
      R"("speaker":{"name":"Pavel Chikov","org":"Agora","kind":"person",)"
      R"("stance":"independent","private":false},)"
      R"("channel":"Telegram","hedge":null,"period":{"from":null,"to":"2022-05-20"},)"
      R"("basis":"total","places":[],"units":[],"origin":null})");
}

TEST(ClaimJson, UnknownsAreNullNeverOmitted) {
  store::ClaimRow row;
  row.claim.id = "c-1";
  row.claim.doc_id = "d-1";
  row.claim.quantity.hi = 12.5;
  row.claim.places = {"RU-AMU", "UA-14"};
  row.claim.basis = Basis::kSubset;
  EXPECT_EQ(ClaimJson(row),
            R"({"id":"c-1","doc":{"id":"d-1","path":null,"url":null,"source":null,)"
            R"("published":null,"lang":null},"span":[0,0],"text":null,"sentence":null,)"
            R"("quantity":{"lo":null,"hi":12.5,"lo_open":false,"hi_open":false,)"
            R"("qualifier":"exact","approx":false,"unit":"persons"},"category":null,)"
            R"("side":null,"group":null,"speaker":null,"channel":null,"hedge":null,)"
            R"("period":{"from":null,"to":null},"basis":"subset",)"
            R"("places":["RU-AMU","UA-14"],"units":[],"origin":null})");
}

TEST(ClaimJson, EscapesTextAndKeepsUnicode) {
  store::ClaimRow row = ContractExample();
  row.claim.sentence = "He said \"\\u\"\n\t\x01 \u0431\u043e\u043b\u0435\u0435";
  row.claim.speaker->is_private = true;
  const std::string json = ClaimJson(row);
  EXPECT_NE(json.find(R"("sentence":"He said \"\\u\"\n\t\u0001 )"
                      "\u0431\u043e\u043b\u0435\u0435\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("private":true})"), std::string::npos);
  EXPECT_EQ(json.find("agora"), std::string::npos);  // the actor id is internal
}

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("more than 1,000"), "\"more than 1,000\"");
  EXPECT_EQ(CsvField("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\rhere"), "\"cr\rhere\"");
}

TEST(CsvField, DefusesFormulas) {
  EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(CsvField("+cmd"), "'+cmd");
  EXPECT_EQ(CsvField("-cmd"), "'-cmd");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("\tx"), "'\tx");
  // Numbers keep their sign; words and text after the first character do not matter.
  EXPECT_EQ(CsvField("-5"), "-5");
  EXPECT_EQ(CsvField("+2.5e3"), "+2.5e3");
  EXPECT_EQ(CsvField("-.5"), "-.5");
  EXPECT_EQ(CsvField("-"), "'-");
  EXPECT_EQ(CsvField("-5 soldiers"), "'-5 soldiers");
  EXPECT_EQ(CsvField("1e"), "1e");
  EXPECT_EQ(CsvField("a=b"), "a=b");
}

// Splits one CSV line written by ClaimCsvRow back into fields (RFC 4180).
std::vector<std::string> ParseCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\r' && i + 2 == line.size()) {
      break;
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

TEST(ClaimCsv, HeaderNamesTheFlatColumns) {
  EXPECT_EQ(ClaimCsvHeader(),
            "id,doc_id,doc_path,doc_url,source,published,lang,span_begin,span_end,text,"
            "lo,hi,lo_open,hi_open,qualifier,approx,unit,category,side,group,"
            "speaker_name,speaker_org,speaker_kind,speaker_stance,speaker_private,"
            "channel,hedge,period_from,period_to,basis,places,units,origin,sentence\r\n");
}

TEST(ClaimCsv, RowMatchesTheHeader) {
  store::ClaimRow row = ContractExample();
  row.claim.places = {"RU-AMU", "RU-TAM"};
  row.claim.units = {"136th Guards Motor Rifle Brigade"};
  row.claim.basis = Basis::kSubset;
  row.claim.sentence = "He said \"more than 1,000\",\nthen left";
  const std::string line = ClaimCsvRow(row);
  ASSERT_GE(line.size(), 2u);
  EXPECT_EQ(line.substr(line.size() - 2), "\r\n");
  const std::vector<std::string> header = ParseCsvLine(ClaimCsvHeader());
  const std::vector<std::string> fields = ParseCsvLine(line);
  ASSERT_EQ(fields.size(), header.size()) << line;
  ASSERT_EQ(header.size(), 34u);
  std::map<std::string, std::string> by_name;
  for (size_t i = 0; i < header.size(); ++i) by_name[header[i]] = fields[i];
  EXPECT_EQ(by_name["id"], "c-5f1d0e2a9b7c4d31");
  EXPECT_EQ(by_name["doc_id"], "d-0a9c1f3e");
  EXPECT_EQ(by_name["doc_url"], "");
  EXPECT_EQ(by_name["span_begin"], "1873");
  EXPECT_EQ(by_name["text"], "more than 1,000");
  EXPECT_EQ(by_name["lo"], "1000");
  EXPECT_EQ(by_name["hi"], "");
  EXPECT_EQ(by_name["lo_open"], "true");
  EXPECT_EQ(by_name["approx"], "false");
  EXPECT_EQ(by_name["qualifier"], "more_than");
  EXPECT_EQ(by_name["speaker_name"], "Pavel Chikov");
  EXPECT_EQ(by_name["speaker_private"], "false");
  EXPECT_EQ(by_name["hedge"], "");
  EXPECT_EQ(by_name["period_to"], "2022-05-20");
  EXPECT_EQ(by_name["basis"], "subset");
  EXPECT_EQ(by_name["places"], "RU-AMU;RU-TAM");
  EXPECT_EQ(by_name["units"], "136th Guards Motor Rifle Brigade");
  EXPECT_EQ(by_name["sentence"], "He said \"more than 1,000\",\nthen left");
}

TEST(ClaimCsv, NoSpeakerLeavesItsColumnsEmpty) {
  store::ClaimRow row = ContractExample();
  row.claim.speaker.reset();
  const std::vector<std::string> fields = ParseCsvLine(ClaimCsvRow(row));
  ASSERT_EQ(fields.size(), 34u);
  for (size_t i = 20; i <= 24; ++i) EXPECT_EQ(fields[i], "") << "column " << i;
}

TEST(ClaimCsv, DefusesFormulasInText) {
  store::ClaimRow row = ContractExample();
  row.claim.group = "=1+1";
  row.claim.speaker->name = "@evil";
  const std::vector<std::string> fields = ParseCsvLine(ClaimCsvRow(row));
  ASSERT_EQ(fields.size(), 34u);
  EXPECT_EQ(fields[19], "'=1+1");
  EXPECT_EQ(fields[20], "'@evil");
}

TEST(Json, NumbersPrintIntegersWithoutFraction) {
  auto num = [](double v) {
    std::string out;
    AppendJsonNumber(&out, v);
    return out;
  };
  EXPECT_EQ(num(1000), "1000");
  EXPECT_EQ(num(-0.0), "0");
  EXPECT_EQ(num(12.5), "12.5");
  EXPECT_EQ(num(1e20), "1e+20");
  EXPECT_EQ(num(0.1), "0.1");
  std::string out;
  AppendJsonNumberOrNull(&out, std::nullopt);
  AppendJsonStringArray(&out, {"a\"b"});
  AppendJsonStringOrNull(&out, "");
  EXPECT_EQ(out, "null[\"a\\\"b\"]null");
}

}  // namespace
}  // namespace tally::exporting
