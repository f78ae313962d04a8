#!/usr/bin/env bash
# tally fetch, tally watch and tally sources end to end, as a user runs
# them: a fixture site served on a free 127.0.0.1 port by
# tests/collect_fixture_server.py (robots.txt, a feed, article pages, one
# of them windows-1251 without a charset, and fictional Telegram channels'
# preview pages), a dead source beside it, two passes (the second sends
# If-Modified-Since and stores nothing), the WARC files read back by tally
# ingest, the error for a bad sources file, and tally watch stopped by
# SIGTERM while a page is in flight, then run again. The misbehaving
# answers (429, 304 by ETag, loops, oversized bodies) are covered by
# src/collect/fetcher_test.cc and fetcher_telegram_test.cc.
#
# Usage: tests/collect_test.sh TALLY_BINARY
set -euo pipefail
tally=$1
work=$(mktemp -d)
server_pid=
watch_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export TALLY_KEY_FILE=$work/key
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

site=$work/site
mkdir -p "$site/news" "$site/private"
port=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
printf 'User-agent: *\nDisallow: /private/\n' > "$site/robots.txt"
cat > "$site/feed.xml" <<XML
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Fixture News</title>
<item><title>One</title><link>$base/news/1.html</link></item>
<item><title>Two</title><link>$base/news/2.html</link></item>
<item><title>Hidden</title><link>$base/private/3.html</link></item>
</channel></rss>
XML
cat > "$site/news/1.html" <<'HTML'
<html><head><title>Refusals grow</title></head><body><article><h1>Refusals grow</h1>
<p>More than 1,000 soldiers have refused to fight this year, a lawyer said on Monday.</p>
<p>The lawyer's group said the figure came from court records in seven regions.</p>
</article></body></html>
HTML
# "Более тысячи солдат отказались воевать, сообщил адвокат." in windows-1251,
# served as text/html without a charset.
$py -c 'import sys; t="<html><body><article><h1>Отказы</h1><p>Более тысячи солдат отказались воевать, сообщил адвокат в понедельник.</p><p>Адвокат ссылается на решения судов в семи регионах.</p></article></body></html>"; sys.stdout.buffer.write(t.encode("cp1251"))' > "$site/news/2.html"
echo '<html><body><p>Never to be fetched.</p></body></html>' > "$site/private/3.html"

here=$(cd "$(dirname "$0")" && pwd)
$py "$here/preview_pages.py" "$site" field_desk 1 25
$py "$here/preview_pages.py" "$site" slow_desk 1 23
$py "$here/collect_fixture_server.py" "$port" "$site" > /dev/null 2> "$work/server.log" &
server_pid=$!
for _ in $(seq 50); do
  curl -fs "$base/robots.txt" >/dev/null 2>&1 && break
  sleep 0.1
done

cat > "$work/sources.toml" <<TOML
[[feed]]
url = "http://127.0.0.1:1/dead.xml"
label = "Dead"

[[feed]]
url = "$base/feed.xml"
label = "Fixture"
TOML

db=$work/t.db
code=0
"$tally" fetch --sources "$work/sources.toml" --db "$db" --warc-dir "$work/warc" \
  --host-interval 0 --contact test@example.org > "$work/first.txt" 2> "$work/first.err" || code=$?
[ "$code" -eq 1 ] || fail "first pass exit $code, want 1 (the dead source failed)"
grep -q '^  new documents:    2$' "$work/first.txt" || fail "first pass: $(cat "$work/first.txt")"
grep -q '127.0.0.1:1' "$work/first.err" || fail "the dead source's error is not printed"
grep -q '"GET /private/' "$work/server.log" && fail "a disallowed path was requested"
grep -q 'tally/0.1 (+test@example.org)' "$work/server.log" || true  # http.server logs no agent
ls "$work"/warc/tally-*.warc.gz > /dev/null || fail "no WARC file"

# The second pass, --all so that every source is due again: nothing new.
code=0
"$tally" fetch --all -q --sources "$work/sources.toml" --db "$db" --host-interval 0 || code=$?
[ "$code" -eq 1 ] || fail "second pass exit $code, want 1"
[ "$(grep -c '"GET /news/1.html' "$work/server.log")" -eq 1 ] || fail "an article was fetched twice"
"$tally" stats --db "$db" --format jsonl | grep -q '"documents":2,' || fail "second pass stored more"

# The windows-1251 page was decoded.
"$tally" docs --db "$db" --format jsonl | grep -q '"charset":"windows-1251"' ||
  fail "the windows-1251 page was not detected"

# tally sources: the dead one failing twice, the feed ok.
"$tally" sources --db "$db" --format jsonl > "$work/sources.jsonl"
grep -q '"key":"feed http://127.0.0.1:1/dead.xml".*"health":"backed-off".*"failures":2' "$work/sources.jsonl" ||
  fail "dead source: $(cat "$work/sources.jsonl")"
grep -q "\"key\":\"feed $base/feed.xml\".*\"health\":\"ok\".*\"items_seen\":3" "$work/sources.jsonl" ||
  fail "feed source: $(cat "$work/sources.jsonl")"
"$tally" sources --db "$db" | grep -q 'Fixture' || fail "the table has no label"

# The WARC files read back to the same documents.
out=$("$tally" ingest --db "$db" "$work/warc" 2>&1 || true)
echo "$out" | grep -q '^  new documents:    0$' || fail "WARC re-ingest: $out"
echo "$out" | grep -q '^  already stored:   2$' || fail "WARC re-ingest: $out"

# A bad sources file names its line, exits 2 and fetches nothing.
printf '[[site]]\nurl = "%s/"\n' "$base" > "$work/bad.toml"
code=0
"$tally" fetch --sources "$work/bad.toml" --db "$db" 2> "$work/bad.err" || code=$?
[ "$code" -eq 2 ] || fail "bad sources file exit $code, want 2"
grep -q "bad.toml:1: \[\[site\]\] needs 'follow'" "$work/bad.err" || fail "bad file: $(cat "$work/bad.err")"

# A sources file that lists nothing says so, and fetches nothing.
: > "$work/empty.toml"
"$tally" fetch --sources "$work/empty.toml" --db "$db" > /dev/null 2> "$work/empty.err" ||
  fail "an empty sources file failed"
grep -q 'lists no sources' "$work/empty.err" || fail "empty file: $(cat "$work/empty.err")"

# Waits up to 20 s for `pattern` in `file`.
wait_for() {
  for _ in $(seq 200); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# tally watch over two Telegram channels: the first read back to its first
# post (two preview pages), the second's page slow; SIGTERM while that page
# is in flight ends the watch cleanly with its posts stored.
cat > "$work/telegram.toml" <<TOML
[[telegram]]
channel = "field_desk"
preview = "$base/s/"

[[telegram]]
channel = "slow_desk"
preview = "$base/s/"
TOML
tdb=$work/telegram.db

# Runs tally watch (output in $work/NAME.txt, .err), waits until FILE
# holds PATTERN, sends SIGNAL, and checks that the watch exits 0.
watch_until() {
  local name=$1 file=$2 pattern=$3 signal=$4 code=0
  "$tally" watch --sources "$work/telegram.toml" --db "$tdb" --host-interval 0 \
    --warc-dir "$work/twarc" > "$work/$name.txt" 2> "$work/$name.err" &
  watch_pid=$!
  wait_for "$file" "$pattern" || fail "$name: never saw '$pattern' in $file"
  kill "-$signal" "$watch_pid"
  wait "$watch_pid" || code=$?
  watch_pid=
  [ "$code" -eq 0 ] || fail "$name: exit $code after SIG$signal, want 0: $(cat "$work/$name.err")"
}

watch_until watch1 "$work/server.log" 'arrived /s/slow_desk' TERM
grep -q '^watch stopped by a signal after 1 passes: 45 new documents' "$work/watch1.txt" ||
  fail "watch summary: $(cat "$work/watch1.txt")"
grep -q '^  new documents:    45$' "$work/watch1.txt" || fail "watch pass: $(cat "$work/watch1.txt")"
grep -q 'stopped     telegram slow_desk: 20 new posts, 1 pages' "$work/watch1.txt" ||
  fail "the slow channel was not stopped after its page: $(cat "$work/watch1.txt")"
grep -q 'arrived /s/field_desk?before=6' "$work/server.log" || fail "no ?before= page was asked for"
$py - "$tdb" <<'PY' || fail "the store after SIGTERM"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 45
assert db.execute("SELECT count(*) FROM documents WHERE format = 'telegram'").fetchone()[0] == 45
assert db.execute("SELECT count(*) FROM documents WHERE url = 'https://t.me/field_desk/7'").fetchone()[0] == 1
items = dict(db.execute("SELECT key, last_item FROM collect_sources"))
assert items == {"telegram field_desk": 25, "telegram slow_desk": 0}, items
run = db.execute("SELECT finished_at, documents_new FROM runs ORDER BY id DESC").fetchone()
assert run[0] is not None and run[1] == 45, run
PY

# Run again: the first channel is not due; the stopped one is read again
# from its newest page, whose posts are already stored, to its first post.
watch_until watch2 "$work/watch2.txt" '^next pass in' INT
grep -q '^  new documents:    3$' "$work/watch2.txt" || fail "second watch: $(cat "$work/watch2.txt")"
grep -q '^  already stored:   20$' "$work/watch2.txt" || fail "second watch: $(cat "$work/watch2.txt")"
[ "$(grep -c 'arrived /s/field_desk' "$work/server.log")" -eq 2 ] ||
  fail "the channel that was not due was fetched again"
"$tally" sources --db "$tdb" --format jsonl | grep -q '"key":"telegram slow_desk".*"health":"ok"' ||
  fail "sources after watch: $("$tally" sources --db "$tdb" --format jsonl)"
$py -c 'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 48; assert db.execute("SELECT last_item FROM collect_sources WHERE key = ?", ("telegram slow_desk",)).fetchone()[0] == 23' "$tdb" ||
  fail "the store after the second watch"

# The preview pages' WARC copies read back to the same posts: 25 + 20 from
# the first watch, 20 + 3 from the second.
out=$("$tally" ingest --db "$tdb" "$work/twarc" 2>&1 || true)
echo "$out" | grep -q '^  new documents:    0$' || fail "Telegram WARC re-ingest: $out"
echo "$out" | grep -q '^  already stored:   68$' || fail "Telegram WARC re-ingest: $out"

if [ "$failures" -gt 0 ]; then
  echo "$failures failures" >&2
  exit 1
fi
echo "collect_test: all passed"
