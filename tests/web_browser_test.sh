#!/usr/bin/env bash
# The dashboard in a real browser: ingests the examples (and the emoji
# fixture of tests/web/fixtures) into a temporary store, fetches two
# sources served on 127.0.0.1 into it, starts
# `tally serve --assets <repo>/web` on a free port, and runs
# tests/web/dashboard_test.mjs (playwright-core driving Debian's chromium)
# against it. Builds nothing.
# Usage: web_browser_test.sh TALLY_BINARY EXAMPLES_DIR
# Screenshots go to $TALLY_SCREENSHOTS if set (doc/img to refresh the
# README's), else to the temporary folder.
# Exits 77 (skipped) when node, tests/web/node_modules or chromium is
# missing; scripts/setup installs them.
set -u
tally=$1
examples=$2
repo=$(cd "$(dirname "$0")/.." && pwd)
browser=$(command -v chromium || command -v chromium-browser || true)
if ! command -v node >/dev/null 2>&1; then
  echo "skipped: no node (scripts/setup installs it)"
  exit 77
fi
if [ ! -d "$repo/tests/web/node_modules/playwright-core" ]; then
  echo "skipped: no tests/web/node_modules (scripts/setup runs npm ci there)"
  exit 77
fi
if [ -z "$browser" ]; then
  echo "skipped: no chromium (scripts/setup installs it)"
  exit 77
fi

failed=0
fail() { echo "FAIL $*"; failed=1; }

# The Sources page needs source states: `tally fetch` over a feed this test
# serves on 127.0.0.1 (no items: the store's documents stay the examples')
# and a source nothing listens for (port 1), which fails.
fetch_sources() {
  local site=$work/site feed_port feed_server
  mkdir -p "$site"
  printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Quiet desk</title></channel></rss>\n' >"$site/feed.xml"
  feed_port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  python3 -m http.server --bind 127.0.0.1 --directory "$site" "$feed_port" >"$work/feed.log" 2>&1 &
  feed_server=$!
  for _ in $(seq 1 100); do
    node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "http://127.0.0.1:$feed_port/feed.xml" && break
    sleep 0.1
  done
  printf '[[feed]]\nurl = "%s"\nlabel = "Quiet desk"\n[[feed]]\nurl = "%s"\nlabel = "Dead desk"\n' \
    "http://127.0.0.1:$feed_port/feed.xml" "http://127.0.0.1:1/dead.xml" >"$work/sources.toml"
  "$tally" fetch -q --sources "$work/sources.toml" --db "$work/t.db" >"$work/fetch.log" 2>&1
  kill "$feed_server" 2>/dev/null
  wait "$feed_server" 2>/dev/null
  "$tally" sources --db "$work/t.db" --format jsonl | grep -q '"health":"ok"' ||
    fail "tally fetch stored no healthy source: $(cat "$work/fetch.log")"
}

# The front end never builds markup from strings and never loads anything
# from outside.
if grep -nE 'innerHTML|outerHTML|insertAdjacentHTML|document\.write' "$repo"/web/*.js | grep -vE '^[^:]+:[0-9]+: *//'; then
  fail "web/ builds markup from strings (use DOM calls and textContent)"
fi
if grep -nE '(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/' "$repo"/web/* | grep -v 'www.w3.org/2000/svg'; then
  fail "web/ refers to another host"
fi

work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
export TALLY_KEY_FILE="$work/key"

"$tally" ingest -q --db "$work/t.db" "$examples" "$repo/tests/web/fixtures" || fail "ingest"
fetch_sources

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# --reveal: the test also checks that the operator's token brings the clear
# names and that without it the pages show only pseudonyms.
"$tally" serve --db "$work/t.db" --port "$port" --assets "$repo/web" --key-file "$TALLY_KEY_FILE" --reveal \
  >"$work/serve.log" 2>&1 &
server=$!
url="http://127.0.0.1:$port"
up=0
for _ in $(seq 1 300); do
  if ! kill -0 "$server" 2>/dev/null; then break; fi
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$url/api/v1/stats"; then
    up=1
    break
  fi
  sleep 0.2
done
if [ "$up" -ne 1 ]; then
  fail "tally serve did not answer on $url:"
  cat "$work/serve.log"
  exit 1
fi

token=$(grep -o 'Bearer [0-9a-f]*' "$work/serve.log" | head -1 | cut -d' ' -f2)
[ -n "$token" ] || fail "tally serve --reveal printed no token"
# The dashboard compiled into the binary must be this web/ folder, byte for
# byte (the browser test below uses --assets, so that edits show at once).
port2=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$tally" serve --db "$work/t.db" --port "$port2" >"$work/serve-embedded.log" 2>&1 &
embedded=$!
node - "http://127.0.0.1:$port2" "$repo/web" <<'JS' || fail "the embedded dashboard is not web/ (build tally from this tree)"
const [url, dir] = process.argv.slice(2);
const fs = require('fs');
(async () => {
  for (let i = 0; i < 300; i++) {
    try { await fetch(`${url}/api/v1/stats`); break; } catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  let bad = 0;
  for (const f of fs.readdirSync(dir)) {
    const res = await fetch(`${url}/assets/${f}`);
    const body = Buffer.from(await res.arrayBuffer());
    if (!res.ok || !body.equals(fs.readFileSync(`${dir}/${f}`))) { console.log(`embedded /assets/${f}: ${res.status}, not web/${f}`); bad++; }
  }
  const index = await fetch(`${url}/`);
  if (!index.ok || await index.text() !== fs.readFileSync(`${dir}/index.html`, 'utf8')) { console.log('GET / is not web/index.html'); bad++; }
  process.exit(bad ? 1 : 0);
})();
JS
kill "$embedded" 2>/dev/null
wait "$embedded" 2>/dev/null

shots=${TALLY_SCREENSHOTS:-$work/shots}
(cd "$repo/tests/web" && TALLY_REVEAL_TOKEN=$token node dashboard_test.mjs --url "$url" --chromium "$browser" --screenshots "$shots") ||
  fail "dashboard test (tally serve log: $(tail -5 "$work/serve.log" | tr '\n' ' '))"
exit "$failed"
