#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium (Debian's chromium)
# opens it from disk, and the page must render every chart, name every
# measure, log no console error and request nothing outside the file.
# Usage: report_browser_test.sh TALLY_BINARY SOURCE_DIR
# Exits 77 (skipped) when no chromium is installed; scripts/setup installs it.
set -u
tally=$1
src=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "skipped: no chromium (scripts/setup installs it)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TALLY_KEY_FILE="$work/key"
failed=0
fail() { echo "FAIL $*"; failed=1; }

"$tally" ingest -q --db "$work/t.db" "$src/examples" || fail "ingest"
"$tally" report --db "$work/t.db" --html "$work/report.html" 2>/dev/null || fail "report"
measures=$("$tally" measures --db "$work/t.db" --format jsonl | wc -l)
[ "$measures" -gt 3 ] || fail "only $measures measures"

run_browser() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$1" --enable-logging=stderr --v=0 "${@:2}"
}
run_browser dom --dump-dom "file://$work/report.html" >"$work/dom.html" 2>"$work/browser.log" ||
  fail "chromium could not render the report"
charts=$(grep -o '<svg' "$work/dom.html" | wc -l)
[ "$charts" -eq "$measures" ] || fail "$charts charts for $measures measures"
grep -q 'class="mark"' "$work/dom.html" || fail "no marks in the charts"
grep -q 'Near-duplicate documents' "$work/dom.html" || fail "no duplicates section"
grep -q 'class="series"' "$work/dom.html" || fail "no speaker's figures joined as a series"
stale=$("$tally" measures --db "$work/t.db" --format jsonl | grep -o '"who":' | wc -l)
[ "$stale" -gt 0 ] && [ "$(grep -o '<p class="stale">stale:' "$work/dom.html" | wc -l)" -eq "$stale" ] ||
  fail "the report does not say which of $stale figures are stale"
for key in $("$tally" measures --db "$work/t.db" --format jsonl | sed 's/.*"key":"\([^"]*\)".*/\1/' | head -5); do
  grep -q "id=\"$key\"" "$work/dom.html" || fail "no section for $key"
done
if grep -E 'CONSOLE|Uncaught|Failed to load resource|net::ERR' "$work/browser.log" >"$work/errors"; then
  fail "browser errors:"; cat "$work/errors"
fi
run_browser shot --hide-scrollbars --window-size=1100,1400 --screenshot="$work/report.png" \
  "file://$work/report.html" >/dev/null 2>&1 || fail "no screenshot"
[ -s "$work/report.png" ] || fail "empty screenshot"
[ "$failed" -eq 0 ] && echo "report renders: $charts charts, no console errors"
exit "$failed"
