#!/usr/bin/env bash
# The command line as a user meets it: exit codes, help, output formats,
# bad paths. Usage: cli_test.sh TALLY_BINARY SOURCE_DIR [MAKE_CLAIMS_DB]
# (MAKE_CLAIMS_DB: tests/make_claims_db, which writes a store with claims;
# without it the claim listing cases that need claims are skipped.)
set -u
tally=$1
src=$2
make_claims_db=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/t.db"
# Pseudonym keys go to the test's folder, never to the user's home.
export TALLY_KEY_FILE="$work/key"
unset TALLY_KEY
passed=0
failed=0

check() {  # check NAME EXPECTED_EXIT COMMAND...
  local name=$1 want=$2
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: exit $got, wanted $want"
    head -5 "$work/err"
  fi
}

expect_output() {  # expect_output NAME PATTERN
  if grep -q -- "$2" "$work/out" "$work/err"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $1: no '$2' in output"
    head -5 "$work/out" "$work/err"
  fi
}

check "no subcommand" 2 "$tally"
check "help" 0 "$tally" --help
check "ingest help" 0 "$tally" ingest --help
expect_output "ingest help names formats" "Telegram"
check "unknown flag" 2 "$tally" docs --bogus
check "docs before any ingest" 3 "$tally" docs --db "$work/none.db"
expect_output "docs before ingest says what to do" "tally ingest"

check "ingest examples" 0 "$tally" ingest -q --db "$db" "$src/examples"
check "ingest again" 0 "$tally" ingest --db "$db" "$src/examples/html"
expect_output "second ingest reports known documents" "already stored:   6"
# A bulk load and a run that keeps the indexes store the same claims (one
# worker each: near-duplicate clusters follow the order of storing).
check "ingest as a bulk load" 0 "$tally" ingest -q --threads 1 --db "$work/bulk.db" "$src/examples"
check "ingest keeping the indexes" 0 "$tally" ingest -q --threads 1 --no-bulk-load --db "$work/kept.db" "$src/examples"
check "claims of the bulk load" 0 "$tally" claims --db "$work/bulk.db" --format jsonl
sort "$work/out" >"$work/bulk.jsonl"
check "claims with the indexes kept" 0 "$tally" claims --db "$work/kept.db" --format jsonl
sort "$work/out" >"$work/kept.jsonl"
if cmp -s "$work/bulk.jsonl" "$work/kept.jsonl" && [ -s "$work/kept.jsonl" ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL a bulk load and a run keeping the indexes store different claims"
fi
check "ingest a missing path" 1 "$tally" ingest --db "$db" "$work/missing.html"
expect_output "missing path is named" "missing.html: no such file"
check "stdin" 0 bash -c "echo 'Piped report about 12 deserters.' | '$tally' ingest -q --db '$db' -"

check "docs" 0 "$tally" docs --db "$db" --lang ru --limit 5
expect_output "docs has a header" "published"
check "docs jsonl" 0 "$tally" docs --db "$db" --format jsonl --limit 100
if [ "$(wc -l <"$work/out")" -eq 63 ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL docs jsonl: $(wc -l <"$work/out") lines, wanted 63"; fi
id=$(head -1 "$work/out" | sed 's/.*"id":"\(d-[0-9a-f]*\)".*/\1/')
check "show by prefix" 0 "$tally" show --db "$db" "${id:0:8}"
expect_output "show prints metadata" "language"
check "show jsonl" 0 "$tally" show --db "$db" --format jsonl "$id"
expect_output "show jsonl has text" '"text":'
check "show unknown" 3 "$tally" show --db "$db" d-ffffffffffffffff
check "stats" 0 "$tally" stats --db "$db"
expect_output "stats by language" "by language"
check "stats jsonl" 0 "$tally" stats --db "$db" --format jsonl
expect_output "stats jsonl counts" '"documents":63'
check "text of a page" 0 "$tally" text "$src/examples/html/en-refusals-amur.html"
check "not a database" 4 "$tally" stats --db "$src/examples/jsonl/pipeline.jsonl"

check "figures of words" 0 "$tally" figures Moscow said "1,351" servicemen, Kyiv more than 18,000
expect_output "figures span in code points" '"text":"1,351","span":\[12,17\]'
expect_output "figures more than" '"lo":18000,"hi":null,"lo_open":true'
check "figures in Russian" 0 "$tally" figures --lang ru "около 300 из двух тысяч"
expect_output "figures Russian span" '"text":"двух тысяч","span":\[13,23\]'
check "figures from stdin" 0 bash -c "echo 'nearly 1,000 soldiers' | '$tally' figures -"
expect_output "figures nearly" '"qualifier":"nearly","approx":true'
check "figures from a file" 0 "$tally" figures --file "$src/tests/golden/html/uk-szch-statistics.expected.txt"
expect_output "figures Ukrainian" '"text":"понад 5 200"'
check "figures without text" 2 "$tally" figures
check "figures missing file" 3 "$tally" figures --file "$work/missing.txt"
check "figures bad codebook" 3 "$tally" figures --codebook "$work/nothing" "5 soldiers"

expect_lines() {  # expect_lines NAME N: stdout has exactly N lines
  local got
  got=$(wc -l <"$work/out")
  if [ "$got" -eq "$2" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL $1: $got lines, wanted $2"; fi
}

csv_header='id,doc_id,doc_path,doc_url,source,published,lang,span_begin,span_end,text,lo,hi,lo_open,hi_open,qualifier,approx,unit,category,side,group,speaker_name,speaker_org,speaker_kind,speaker_stance,speaker_private,channel,hedge,period_from,period_to,basis,places,units,origin,sentence'

# tally claims on a store without claims, and bad filter values.
check "claims help" 0 "$tally" claims --help
expect_output "claims help lists categories" "legal_aid"
expect_output "claims help explains dates" "publication"
check "claims before any ingest" 3 "$tally" claims --db "$work/none.db"
expect_output "claims before ingest says what to do" "tally ingest"
edb="$work/empty.db"
check "ingest without claims" 0 "$tally" ingest -q --no-claims --db "$edb" "$src/examples/html"
check "claims on an empty store" 0 "$tally" claims --db "$edb"
expect_output "claims empty count" "^0 claims"
check "claims empty jsonl" 0 "$tally" claims --db "$edb" --format jsonl
expect_lines "claims empty jsonl prints nothing" 0
check "claims empty csv" 0 "$tally" claims --db "$edb" --format csv
expect_lines "claims empty csv is the header" 1
if [ "$(head -1 "$work/out" | tr -d '\r')" = "$csv_header" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL claims csv header: $(head -1 "$work/out")"; fi
check "claims bad side" 2 "$tally" claims --db "$db" --side XX
expect_output "claims bad side says the sides" "RU, UA"
check "claims bad category" 2 "$tally" claims --db "$db" --category refusals
expect_output "claims bad category lists them" "legal_aid"
check "claims bad stance" 2 "$tally" claims --db "$db" --stance official
check "claims bad hedge" 2 "$tally" claims --db "$db" --hedge maybe
check "claims bad unit" 2 "$tally" claims --db "$db" --unit people
check "claims bad basis" 2 "$tally" claims --db "$db" --basis daily
expect_output "claims bad basis lists them" "total, period, subset"
check "claims bad date" 2 "$tally" claims --db "$db" --since 2024-02-30
expect_output "claims bad date shows the form" "YYYY-MM-DD"
check "claims dates backwards" 2 "$tally" claims --db "$db" --since 2024-03-02 --until 2024-03-01
check "claims bad place" 2 "$tally" claims --db "$db" --place Amur
check "claims bad format" 2 "$tally" claims --db "$db" --format xml
check "claims zero limit" 2 "$tally" claims --db "$db" --limit 0
check "claims negative cursor" 2 "$tally" claims --db "$db" --after -1
check "claims bad filter without a store" 2 "$tally" claims --db "$work/none.db" --side XX
check "claims unknown document" 3 "$tally" claims --db "$db" --doc d-ffffffffffffffff
check "stats jsonl counts claims" 0 "$tally" stats --db "$edb" --format jsonl
expect_output "stats jsonl claims" '"claims":0,"claims_by_category":{}'

# tally claims on a store that has claims.
if [ -n "$make_claims_db" ]; then
  cdb="$work/claims.db"
  check "make claims db" 0 "$make_claims_db" "$cdb"
  read -r en_doc _ <"$work/out"
  check "claims table" 0 "$tally" claims --db "$cdb"
  expect_output "claims table header" "speaker (stance)"
  expect_output "claims table interval" "(1000, inf)"
  expect_output "claims table percent" "\[20, 40\]%"
  expect_output "claims table marks the figure" "that \[more than 1,000\] military"
  expect_output "claims table stance" "(independent)"
  expect_output "claims table footer" "^63 claims (showing 50; --limit/--after for more, next: --after 50)$"
  check "claims table all" 0 "$tally" claims --db "$cdb" --limit 100
  expect_output "claims table footer when all shown" "^63 claims$"
  check "claims jsonl streams all" 0 "$tally" claims --db "$cdb" --format jsonl
  expect_lines "claims jsonl streams all" 63
  check "claims jsonl limit" 0 "$tally" claims --db "$cdb" --format jsonl --limit 7
  expect_lines "claims jsonl limit" 7
  check "claims cursor" 0 "$tally" claims --db "$cdb" --format jsonl --after 60
  expect_lines "claims cursor" 3
  check "claims csv" 0 "$tally" claims --db "$cdb" --format csv
  expect_lines "claims csv rows" 64
  expect_output "claims csv defuses formulas" "\"'=HYPERLINK("
  check "claims by category" 0 "$tally" claims --db "$cdb" --category killed --format jsonl
  expect_lines "claims by category" 1
  expect_output "claims jsonl record" '"quantity":{"lo":1351,"hi":1351,"lo_open":false'
  check "claims by speaker" 0 "$tally" claims --db "$cdb" --speaker CHIKOV --format jsonl
  expect_lines "claims by speaker" 1
  check "claims by actor" 0 "$tally" claims --db "$cdb" --speaker ru-mod --format jsonl
  expect_lines "claims by actor" 1
  check "claims by place" 0 "$tally" claims --db "$cdb" --place ru-amu --format jsonl
  expect_lines "claims by place" 2
  check "claims by side and date" 0 "$tally" claims --db "$cdb" --side ua --since 2024-03-01 --until 2024-03-01 --format jsonl
  expect_lines "claims by side and date" 60
  check "claims by language" 0 "$tally" claims --db "$cdb" --lang ru --format jsonl
  expect_lines "claims by language" 1
  check "claims by document prefix" 0 "$tally" claims --db "$cdb" --doc "${en_doc:0:8}" --format jsonl
  expect_lines "claims by document prefix" 2
  check "claims by hedge and unit" 0 "$tally" claims --db "$cdb" --hedge estimate --unit percent
  expect_output "claims by hedge and unit" "^1 claim$"
  # What each figure adds up: the two with places are subsets, the share
  # has a period of twenty days, the sixty plain figures are totals.
  for basis_count in subset:2 Period:1 total:60; do
    check "claims by basis ${basis_count%:*}" 0 "$tally" claims --db "$cdb" --basis "${basis_count%:*}" --format jsonl
    expect_lines "claims by basis ${basis_count%:*}" "${basis_count#*:}"
  done
  expect_output "the basis follows the period" '"period":{"from":null,"to":null},"basis":"total","places":\[\]'
  check "claims by basis in a table" 0 "$tally" claims --db "$cdb" --basis period
  expect_output "a period figure" "^1 claim$"
  check "stats with claims" 0 "$tally" stats --db "$cdb"
  expect_output "stats claims by category" "claims by category"
  check "stats jsonl with claims" 0 "$tally" stats --db "$cdb" --format jsonl
  expect_output "stats jsonl claim counts" '"claims_by_category":{"desertion":60,"refusal":2,"killed":1}'
fi

# Claims from the command line: extraction without a database, the claims
# ingest stored, private people only as pseudonyms.
check "extract help" 0 "$tally" extract --help
check "extract a missing file" 1 "$tally" extract "$work/missing.txt"
expect_output "extract names the missing file" "missing.txt"
: > "$work/empty.txt"
check "extract an empty file" 1 "$tally" extract "$work/empty.txt"
expect_output "extract says the file is empty" "empty"
check "extract a text" 0 bash -c "echo 'Lawyer Ivan Petrov said on Telegram that more than 1,000 soldiers have refused to fight.' | '$tally' extract -"
expect_lines "extract finds one claim" 1
expect_output "extract gives the interval" '"lo":1000,"hi":null,"lo_open":true'
expect_output "extract gives the category" '"category":"refusal"'
expect_output "extract gives the speaker" '"name":"Ivan Petrov"'
expect_output "extract gives the channel" '"channel":"Telegram"'
expect_output "extract gives the basis" '"basis":"total"'
check "extract as csv" 0 "$tally" extract --format csv "$src/examples/html/en-refusals-amur.html"
if [ "$(head -1 "$work/out" | tr -d '\r')" = "$csv_header" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL extract csv header"; fi
check "extract a private person" 0 bash -c "echo 'Olga said 14 men from his company went missing.' | '$tally' extract -"
expect_output "a private speaker is a pseudonym" '"name":"person-[0-9a-f]\{12\}"'
if grep -q "Olga" "$work/out"; then failed=$((failed + 1)); echo "FAIL private name printed"; else
  passed=$((passed + 1)); fi
if [ "$(stat -c %a "$TALLY_KEY_FILE")" = 600 ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL key file mode $(stat -c %a "$TALLY_KEY_FILE")"; fi
check "extract reveals with the key" 0 bash -c "echo 'Olga said 14 men from his company went missing.' | '$tally' extract --reveal --key-file '$TALLY_KEY_FILE' -"
expect_output "reveal prints the name" '"name":"Olga"'
check "reveal needs the key file" 2 "$tally" extract --reveal -
check "ingest stores claims" 0 "$tally" ingest --db "$work/c.db" "$src/examples/text"
expect_output "ingest counts claims" "claims found:"
check "claims of the examples" 0 "$tally" claims --db "$work/c.db" --format jsonl
if [ "$(wc -l < "$work/out")" -gt 5 ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL few claims from examples/text"; fi
# Issue 15: a wrong key revealed nothing and said nothing.
check "ingest a private person" 0 bash -c "echo 'Olga said 14 men from his company went missing.' | '$tally' ingest -q --db '$work/c.db' -"
check "claims reveal with the key" 0 "$tally" claims --db "$work/c.db" --format jsonl --reveal --key-file "$TALLY_KEY_FILE"
expect_output "claims --reveal prints the name" '"name":"Olga"'
printf '%064d\n' 7 > "$work/other-key"
chmod 600 "$work/other-key"
check "claims reveal with a wrong key" 2 "$tally" claims --db "$work/c.db" --reveal --key-file "$work/other-key"
expect_output "a wrong key is said to be one" "sealed names*: a wrong key?"
expect_output "the wrong key's file is named" "other-key"
if grep -q "person-" "$work/out"; then failed=$((failed + 1)); echo "FAIL a wrong key printed pseudonyms"; else
  passed=$((passed + 1)); fi
check "a key file made on the spot is a wrong key too" 2 "$tally" claims --db "$work/c.db" --reveal --key-file "$work/fresh-key"
check "a store without private people" 0 bash -c "echo 'The ministry said 120 soldiers deserted.' | '$tally' ingest -q --db '$work/plain.db' -"
check "has nothing a key could fail to open" 0 "$tally" claims --db "$work/plain.db" --reveal --key-file "$work/other-key"
# tally reextract: the same codebook gives the same claims (private
# names opened with the key and sealed again), a changed one its own, and
# a wrong key is refused before anything changes.
check "claims before reextract" 0 "$tally" claims --db "$work/c.db" --format jsonl
cp "$work/out" "$work/before-reextract.jsonl"
check "reextract" 0 "$tally" reextract --db "$work/c.db"
expect_output "reextract says what it did" "reextracted"
check "claims after reextract" 0 "$tally" claims --db "$work/c.db" --format jsonl
if cmp -s "$work/out" "$work/before-reextract.jsonl"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL reextract with the same codebook changed the claims"; fi
check "reextract with a wrong key" 2 "$tally" reextract --db "$work/c.db" --key-file "$work/other-key"
expect_output "reextract names the key problem" "a wrong key?"
check "reextract of no store" 3 "$tally" reextract --db "$work/none-such.db"
check "ingest another war" 0 bash -c "echo 'About 15,000 Soviet soldiers were killed in Afghanistan.' | '$tally' ingest -q --db '$work/war.db' -"
check "another war gives no claim" 0 "$tally" claims --db "$work/war.db" --format jsonl
if [ ! -s "$work/out" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL a figure of another war was a claim"; fi
mkdir -p "$work/cb-nowar"
cp -r "$src/codebook/." "$work/cb-nowar/"
for f in "$work"/cb-nowar/claims/*.tsv; do grep -v '^other_war' "$f" > "$f.new" && mv "$f.new" "$f"; done
check "reextract with an edited codebook" 0 "$tally" reextract --db "$work/war.db" --codebook "$work/cb-nowar"
check "claims after the edit" 0 "$tally" claims --db "$work/war.db" --format jsonl
if [ "$(wc -l < "$work/out")" -eq 1 ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL reextract did not follow the edited codebook"; fi
chmod 644 "$TALLY_KEY_FILE"
check "a key others can read is refused" 4 "$tally" extract "$src/examples/text/wire-copy.txt"
expect_output "the refusal says what to run" "chmod 600"
chmod 600 "$TALLY_KEY_FILE"
echo "not a key" > "$work/badkey"
chmod 600 "$work/badkey"
check "a malformed key file" 4 "$tally" extract --key-file "$work/badkey" "$src/examples/text/wire-copy.txt"
expect_output "the bad key names the file" "badkey"
mkdir -p "$work/cb"
cp -r "$src/codebook/." "$work/cb/"
printf 'category\tfoo\trefusal\tverb\tmore\n' >> "$work/cb/claims/en.tsv"
check "a broken codebook" 4 "$tally" extract --codebook "$work/cb" "$src/examples/text/wire-copy.txt"
expect_output "the broken codebook names file and line" "claims/en.tsv:[0-9]*:"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
