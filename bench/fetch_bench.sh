#!/usr/bin/env bash
# A `tally fetch` pass over 200 local sources (150 RSS feeds and 50
# Telegram channels, served by bench/fetch_bench_server.py on 127.0.0.1)
# with 50 new items each: 7,500 article pages and 2,500 posts through the
# whole pipeline (extraction, near-duplicates, claims), every response kept
# in WARC files. Then a second pass over every source (--all) that finds
# nothing new: feeds answer 304, channels' newest preview page holds only
# known posts. Prints each pass's wall time, peak memory and what it stored.
#
# --host-interval 0: the client's politeness pause between two requests
# to one host (1 s by default) would otherwise be the whole figure, since
# a pass fetches one page at a time: 200 sources x 51 requests take at
# least 10,200 s at one request a second, on one host or on 200.
#
# Usage: bench/fetch_bench.sh [--tally build-release/tally] [--dir DIR]
#                             [--feeds 150] [--channels 50] [--items 50]
set -euo pipefail
cd "$(dirname "$0")/.."
tally=build-release/tally
dir=${TMPDIR:-/tmp}/tally-bench/fetch
feeds=150
channels=50
items=50
while [ $# -gt 0 ]; do
  case $1 in
    --tally) tally=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --feeds) feeds=$2; shift 2 ;;
    --channels) channels=$2; shift 2 ;;
    --items) items=$2; shift 2 ;;
    *) echo "usage: bench/fetch_bench.sh [--tally PATH] [--dir DIR] [--feeds N] [--channels N] [--items N]" >&2
       exit 2 ;;
  esac
done
[ -x "$tally" ] || { echo "fetch bench: no $tally (scripts/bench builds it)" >&2; exit 1; }

rm -rf "$dir"
mkdir -p "$dir"
server=
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; fi; }
trap cleanup EXIT
python3 bench/fetch_bench_server.py "$dir/sources.toml" --feeds "$feeds" --channels "$channels" \
  --items "$items" >"$dir/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  grep -q '^ready' "$dir/server.log" && break
  sleep 0.1
done
grep -q '^ready' "$dir/server.log" || { echo "fetch bench: the server did not start: $(cat "$dir/server.log")" >&2; exit 1; }

export TALLY_KEY_FILE="$dir/key"
documents() {
  python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from documents").fetchone()[0])' "$dir/fetch.db"
}
pass() {  # pass NAME [tally fetch flags...]
  local name=$1
  shift
  local before secs kb
  before=$( [ -f "$dir/fetch.db" ] && documents || echo 0)
  /usr/bin/time -o "$dir/time.txt" -f "%e %M" \
    "$tally" fetch -q --sources "$dir/sources.toml" --db "$dir/fetch.db" --warc-dir "$dir/warc" \
    --host-interval 0 "$@" || { echo "fetch bench: $name: tally fetch failed" >&2; exit 1; }
  read -r secs kb <"$dir/time.txt"
  echo "fetch, $name: $((feeds + channels)) sources ($feeds feeds, $channels channels," \
    "$items items each): $(( $(documents) - before )) new documents in $secs s, peak $((kb / 1024)) MB"
}
pass "first pass"
pass "second pass (nothing new)" --all
echo "fetch: WARC $(du -sm "$dir/warc" | cut -f1) MB, store $(du -sm "$dir/fetch.db" | cut -f1) MB"
