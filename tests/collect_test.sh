#!/usr/bin/env bash
# tally fetch and tally sources end to end, as a user runs them: a fixture
# site served by Python's http.server on a free 127.0.0.1 port (robots.txt,
# a feed, article pages, one of them windows-1251 without a charset), a
# dead source beside it, two passes (the second sends If-Modified-Since
# and stores nothing), the WARC files read back by tally ingest, and the
# error for a bad sources file. The misbehaving answers (429, 304 by ETag,
# loops, oversized bodies) are covered by src/collect/fetcher_test.cc.
#
# Usage: tests/collect_test.sh TALLY_BINARY
set -euo pipefail
tally=$1
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
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

(cd "$site" && exec $py -m http.server --bind 127.0.0.1 "$port" > /dev/null 2> "$work/server.log") &
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
grep -q '"key":"feed http://127.0.0.1:1/dead.xml".*"health":"failing (2)"' "$work/sources.jsonl" ||
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

if [ "$failures" -gt 0 ]; then
  echo "$failures failures" >&2
  exit 1
fi
echo "collect_test: all passed"
