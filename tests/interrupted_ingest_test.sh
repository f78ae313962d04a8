#!/usr/bin/env bash
# An ingest killed halfway (kill -9: no chance to clean up) loses nothing it
# had committed, and the next run carries on: after it, the store holds the
# same documents, claims and origins as one uninterrupted run.
# Usage: interrupted_ingest_test.sh TALLY_BINARY SOURCE_DIR
set -u
tally=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TALLY_KEY_FILE="$work/key"
unset TALLY_KEY
failed=0
passed=0

# A channel of 6,000 look-alike posts (12 of the writer's batches) and the
# bundled examples beside it.
python3 "$src/bench/gen_templated_posts.py" --posts 6000 --out "$work/channel.json" || exit 1
inputs=("$work/channel.json" "$src/examples")

# What a store holds, as sorted lines: documents, and claims with origins.
contents() {
  "$tally" docs --db "$1" --format jsonl --limit 1000000 |
    python3 -c 'import json,sys; [print(json.loads(l)["id"]) for l in sys.stdin]' | sort
  "$tally" claims --db "$1" --format jsonl |
    python3 -c 'import json,sys; [print(c["id"], c["origin"]) for c in map(json.loads, sys.stdin)]' |
    sort
}

# One text worker throughout: near-duplicate clusters depend on the order
# documents are stored in, which two workers do not keep.
"$tally" ingest -q --threads 1 --db "$work/clean.db" "${inputs[@]}" || { echo "FAIL clean ingest"; exit 1; }
contents "$work/clean.db" >"$work/clean.txt"

stored() {  # documents in a store being written, 0 while it has none
  "$tally" stats --db "$1" --format jsonl 2>/dev/null |
    python3 -c 'import json,sys
try: print(json.loads(sys.stdin.readline()).get("documents", 0))
except Exception: print(0)'
}

for round in 1 2 3; do
  db="$work/killed$round.db"
  "$tally" ingest -q --threads 1 --db "$db" "${inputs[@]}" 2>/dev/null &
  pid=$!
  # Kill it once a batch or more is committed (or when it is nearly done:
  # then the resumed run has little to do, which must work as well).
  for _ in $(seq 1 400); do
    [ "$(stored "$db")" -ge $((round * 700)) ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  before=$(stored "$db")
  if ! "$tally" ingest -q --threads 1 --db "$db" "${inputs[@]}"; then
    echo "FAIL round $round: the run after the kill failed"
    failed=$((failed + 1))
    continue
  fi
  contents "$db" >"$work/resumed.txt"
  if cmp -s "$work/clean.txt" "$work/resumed.txt"; then
    passed=$((passed + 1))
    echo "round $round: killed with $before documents stored; resumed store equals a clean run"
  else
    failed=$((failed + 1))
    echo "FAIL round $round: killed with $before documents; the resumed store differs:"
    diff "$work/clean.txt" "$work/resumed.txt" | head -10
  fi
done

echo "interrupted_ingest_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
