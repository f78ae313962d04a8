#!/usr/bin/env bash
# The command line as a user meets it: exit codes, help, output formats,
# bad paths. Usage: cli_test.sh TALLY_BINARY SOURCE_DIR
set -u
tally=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/t.db"
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
check "ingest a missing path" 1 "$tally" ingest --db "$db" "$work/missing.html"
expect_output "missing path is named" "missing.html: no such file"
check "stdin" 0 bash -c "echo 'Piped report about 12 deserters.' | '$tally' ingest -q --db '$db' -"

check "docs" 0 "$tally" docs --db "$db" --lang ru --limit 5
expect_output "docs has a header" "published"
check "docs jsonl" 0 "$tally" docs --db "$db" --format jsonl --limit 100
if [ "$(wc -l <"$work/out")" -eq 44 ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL docs jsonl: $(wc -l <"$work/out") lines, wanted 44"; fi
id=$(head -1 "$work/out" | sed 's/.*"id":"\(d-[0-9a-f]*\)".*/\1/')
check "show by prefix" 0 "$tally" show --db "$db" "${id:0:8}"
expect_output "show prints metadata" "language"
check "show jsonl" 0 "$tally" show --db "$db" --format jsonl "$id"
expect_output "show jsonl has text" '"text":'
check "show unknown" 3 "$tally" show --db "$db" d-ffffffffffffffff
check "stats" 0 "$tally" stats --db "$db"
expect_output "stats by language" "by language"
check "stats jsonl" 0 "$tally" stats --db "$db" --format jsonl
expect_output "stats jsonl counts" '"documents":44'
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

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
