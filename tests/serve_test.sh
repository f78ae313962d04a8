#!/usr/bin/env bash
# tally serve end to end: starts the real server on a free port over a
# store ingested from examples/, and checks every endpoint's status codes
# and shapes with curl, paging, search, privacy (clear names only with the
# operator's token), path traversal, and that bad requests (garbage query
# strings, huge and many headers, slow clients, broken request lines)
# neither crash it nor stop it answering.
#
# Usage: tests/serve_test.sh TALLY_BINARY SOURCE_DIR
set -euo pipefail
tally=$1
src=$2
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export TALLY_KEY_FILE=$work/key
failures=0
# The system's Python when there is one: a version manager's shim costs a
# good half second a call, and this script makes many.
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

"$tally" ingest -q --db "$work/ex.db" "$src/examples" || [ $? -eq 1 ]

# A dashboard fixture of our own, with a file outside it to try to reach.
mkdir -p "$work/web/js"
echo '<!doctype html><title>fixture</title>' > "$work/web/index.html"
echo 'console.log(1);' > "$work/web/js/app.js"
echo 'secret' > "$work/secret.txt"

# start NAME ARGS...: runs tally serve on a free port; sets $port (and
# $token when --reveal is among ARGS).
start() {
  local name=$1
  shift
  "$tally" serve --db "$work/ex.db" --port 0 "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
  server_pid=$!
  for _ in $(seq 50); do
    grep -q 'listening on' "$work/$name.out" 2>/dev/null && break
    sleep 0.1
  done
  port=$(grep -o '127.0.0.1:[0-9]*' "$work/$name.out" | cut -d: -f2)
  token=$(grep -o 'Bearer [0-9a-f]*' "$work/$name.out" | cut -d' ' -f2 || true)
  [ -n "$port" ] || { cat "$work/$name.err" >&2; echo "FAIL: $name did not start" >&2; exit 1; }
}

start main --threads 8 --reveal --key-file "$work/key" --assets "$work/web"
main_pid=$server_pid
base=http://127.0.0.1:$port

# expect STATUS PATH [curl args...]: the status code, and for the API a JSON body.
expect() {
  local want=$1 path=$2
  shift 2
  local got
  got=$(curl -s -o "$work/body" -w '%{http_code}' "$@" "$base$path" || echo 000)
  if [ "$got" != "$want" ]; then
    fail "$path: status $got, expected $want: $(head -c 300 "$work/body")"
    return
  fi
  case $path in
    /api/*/export*) ;;
    /api/*)
      $py -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/body" ||
        fail "$path: body is not JSON"
      if [ "$want" -ge 400 ]; then
        $py -c '
import json,sys
e = json.load(open(sys.argv[1]))["error"]
assert e["status"] == int(sys.argv[2]) and e["message"], e' "$work/body" "$want" ||
          fail "$path: error body is not {\"error\":{status,message}}"
      fi ;;
  esac
}

# jq-like checks in Python on the last body: shape PYTHON_EXPRESSION (b = the body).
shape() {
  $py -c "
import json,sys
b = json.load(open(sys.argv[1]))
assert ($1), sys.argv[2]" "$work/body" "$1" || fail "shape: $1"
}

# --- every endpoint, its shape ------------------------------------------
echo "[$SECONDS s] every endpoint, its shape"
expect 200 /api/v1/stats
shape 'b["documents"] > 0 and b["claims"] > 0 and all(k in b for k in ["clusters","runs","by_lang","by_format","by_source","claims_by_category","claims_by_side","claims_by_stance"])'
expect 200 '/api/v1/claims?limit=5'
shape 'len(b["claims"]) == 5 and b["next"] and b["total"] > 5'
shape 'all(k in b["claims"][0] for k in ["id","doc","span","text","sentence","quantity","category","side","group","speaker","channel","hedge","period","basis","places","units","origin","date","measure"])'
claim_id=$($py -c 'import json,sys; print(json.load(open(sys.argv[1]))["claims"][0]["id"])' "$work/body")
expect 200 "/api/v1/claims/$claim_id"
shape 'b["claim"]["id"] == "'"$claim_id"'"'
expect 200 '/api/v1/claims?category=refusal&side=ru&sort=date'
shape 'all(c["category"] == "refusal" and c["side"] == "RU" for c in b["claims"])'
expect 200 '/api/v1/claims?basis=period&limit=200'
shape 'b["total"] > 0 and all(c["basis"] == "period" and c["measure"].rsplit("/", 1)[-1] in ("day", "week", "month", "period") for c in b["claims"])'
expect 400 '/api/v1/claims?basis=daily'
expect 200 '/api/v1/claims?origins=1'
expect 200 '/api/v1/claims?q=soldiers'
shape 'b["total"] > 0'
expect 200 '/api/v1/claims/export?format=csv&side=RU'
head -1 "$work/body" | grep -q '^id,doc_id' || fail "export: not the CSV header"
expect 200 '/api/v1/claims/export?format=jsonl'
expect 200 /api/v1/measures
shape 'len(b["measures"]) > 0 and "points" not in b["measures"][0] and "latest" in b["measures"][0]'
key=$($py -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(open(sys.argv[1]))["measures"][0]["key"], safe=""))' "$work/body")
expect 200 "/api/v1/measures/$key"
shape 'len(b["measure"]["points"]) > 0 and "interval_text" in b["measure"]["points"][0]'
# A key with a '/' (a measure of period figures), quoted as the dashboard does.
expect 200 /api/v1/measures
key=$($py -c 'import json,sys,urllib.parse; print(urllib.parse.quote([m["key"] for m in json.load(open(sys.argv[1]))["measures"] if "/" in m["key"]][0], safe=""))' "$work/body")
expect 200 "/api/v1/measures/$key"
shape '"/" in b["measure"]["key"] and b["measure"]["basis"] in ("period", "subset")'
expect 200 '/api/v1/measures?by=place'
expect 200 '/api/v1/documents?limit=3'
shape 'len(b["documents"]) == 3 and b["next"] and all(k in b["documents"][0] for k in ["id","title","source","url","path","published","lang","format","chars","claims"])'
doc_id=$($py -c 'import json,sys; print(json.load(open(sys.argv[1]))["documents"][0]["id"])' "$work/body")
expect 200 "/api/v1/documents/$doc_id"
shape 'b["document"]["text"] and "claims" in b and "duplicates" in b and b["original"]'
expect 200 '/api/v1/search?q=soldiers&limit=2'
shape 'len(b["results"]) == 2 and b["total"] >= 2 and b["next"] and all(r["snippet"][s:e].lower().startswith("soldier") for r in b["results"] for s, e in r["highlights"])'
expect 200 /api/v1/places
shape 'all(k in b["places"][0] for k in ["place","name","claims","by_category"])'
# A store nothing was fetched into lists no source (web_browser_test.sh
# fetches some).
expect 200 /api/v1/sources
shape 'b["sources"] == [] and b["now"].endswith("Z")'
expect 400 '/api/v1/sources?kind=feed'

# --- 400s, 404s, 405, 413 -----------------------------------------------
echo "[$SECONDS s] 400s, 404s, 405, 413"
expect 400 '/api/v1/claims?side=XX'
expect 400 '/api/v1/claims?category=refusals'
expect 400 '/api/v1/claims?since=2024-02-30'
expect 400 '/api/v1/claims?limit=201'
expect 400 '/api/v1/claims?limit=-1'
expect 400 '/api/v1/claims?cursor=bogus'
expect 400 '/api/v1/claims?sort=size'
expect 400 '/api/v1/claims?unknown=1'
expect 400 "/api/v1/claims?q=$(printf 'a%.0s' $(seq 2100))"
expect 400 '/api/v1/search'
expect 400 '/api/v1/search?q=%FF'
expect 200 '/api/v1/search?q=%22NEAR(*%20OR'
expect 404 /api/v1/claims/c-0000000000000000
expect 404 /api/v1/documents/d-0000000000000000
expect 404 /api/v1/measures/killed%3AXX
expect 404 /api/v1/nothing
expect 404 /nothing
expect 405 /api/v1/stats -X POST
expect 405 /api/v1/stats -X DELETE
expect 413 /api/v1/stats -X GET --data-binary @<(head -c 20000 /dev/zero | tr '\0' a)

# --- every error body is UTF-8 JSON, whatever bytes the request held -----
echo "[$SECONDS s] every error body is UTF-8 JSON, whatever bytes the request held"
for path in /api/v1/measures/%ff /api/v1/documents/%c3%28 /api/v1/claims/%ff%fe \
            /assets/%c0%ae%c0%ae/x /assets/js/%ff.js '/api/v1/claims?side=%ff' \
            '/api/v1/claims?%c3%28=1' '/api/v1/search?q=%ed%a0%80'; do
  code=$(curl -s --path-as-is -o "$work/body" -w '%{http_code}' "$base$path")
  case $code in 4??) ;; *) fail "$path: status $code" ;; esac
  $py -c 'import json,sys; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' "$work/body" ||
    fail "$path: the body is not UTF-8 JSON: $(head -c 200 "$work/body" | od -c | head -3)"
done

# --- pagination walks every claim exactly once, in both date orders -----
echo "[$SECONDS s] pagination walks every claim exactly once, in both date orders"
for sort in -date date stored; do
  $py - "$base" "$sort" <<'PY' || fail "paging with sort=$sort"
import json, sys, urllib.request, urllib.parse
base, sort = sys.argv[1], sys.argv[2]
seen, cursor, total = [], None, None
while True:
    q = {"limit": "7", "sort": sort}
    if cursor: q["cursor"] = cursor
    b = json.load(urllib.request.urlopen(base + "/api/v1/claims?" + urllib.parse.urlencode(q)))
    total = b["total"]
    seen += [c["id"] for c in b["claims"]]
    cursor = b["next"]
    if not cursor: break
assert len(seen) == total == len(set(seen)), (len(seen), total, len(set(seen)))
PY
done

# --- privacy: pseudonyms without the token, names with it ---------------
echo "[$SECONDS s] privacy: pseudonyms without the token, names with it"
private_id=$($py - "$base" <<'PY'
import json, sys, urllib.request
lines = urllib.request.urlopen(sys.argv[1] + "/api/v1/claims/export?format=jsonl").read().decode().splitlines()
for line in lines:
    c = json.loads(line)
    if c["speaker"] and c["speaker"]["private"]:
        print(c["id"], c["doc"]["id"]); break
PY
)
if [ -z "$private_id" ]; then
  fail "examples/ have no private speaker to test privacy with"
else
  set -- $private_id
  expect 200 "/api/v1/claims/$1"
  shape 'b["claim"]["speaker"]["name"].startswith("person-")'
  expect 200 "/api/v1/claims/$1" -H "Authorization: Bearer wrong$token"
  shape 'b["claim"]["speaker"]["name"].startswith("person-")'
  expect 200 "/api/v1/claims/$1" -H "Authorization: Bearer $token"
  shape 'not b["claim"]["speaker"]["name"].startswith("person-")'
  name=$($py -c 'import json,sys; print(json.load(open(sys.argv[1]))["claim"]["speaker"]["name"])' "$work/body")
  expect 200 "/api/v1/documents/$2"
  grep -qF "$name" "$work/body" && fail "a private name without the token"
  expect 200 "/api/v1/documents/$2" -H "Authorization: Bearer $token"
  grep -qF "$name" "$work/body" || fail "no clear name with the token"
  # Spans still point at the figures in the revealed text.
  shape 'all(b["document"]["text"][c["span"][0]:c["span"][1]] == c["text"] for c in b["claims"])'
  curl -s "$base/api/v1/claims/export?format=jsonl" | grep -qF "$name" && fail "a private name in the export"
fi

# --- static files and path traversal -------------------------------------
echo "[$SECONDS s] static files and path traversal"
expect 200 /
grep -q fixture "$work/body" || fail "/ is not index.html"
expect 200 /assets/js/app.js
for bad in /assets/../secret.txt /assets/%2e%2e/secret.txt /assets/%2E%2E%2Fsecret.txt \
           /assets/js/..%2f..%2fsecret.txt /assets//etc/passwd /assets/%2fetc%2fpasswd \
           /assets/index.html%00.js /assets/.hidden /assets/..%5csecret.txt; do
  code=$(curl -s --path-as-is -o "$work/body" -w '%{http_code}' "$base$bad")
  case $code in 400|404) ;; *) fail "$bad: status $code" ;; esac
  grep -q secret "$work/body" && fail "$bad: served a file outside the asset folder"
done

# --- robustness: garbage, huge and many headers, slow clients ----------
echo "[$SECONDS s] robustness: garbage, huge and many headers, slow clients"
$py - "$port" <<'PY' || fail "robustness requests"
import json, random, socket, sys, time
port = int(sys.argv[1])
random.seed(5)

# half_close: say we are done sending (the server then answers nothing:
# it finds the peer gone), so that a broken request costs no timeout.
def raw(data, wait=2.0, half_close=False):
    s = socket.create_connection(("127.0.0.1", port), timeout=wait)
    try:
        s.sendall(data)
        if half_close: s.shutdown(socket.SHUT_WR)
        out = b""
        while True:
            chunk = s.recv(65536)
            if not chunk: break
            out += chunk
        return out
    except (socket.timeout, ConnectionResetError, BrokenPipeError):
        return b""
    finally:
        s.close()

alphabet = bytes(range(33, 127)) + b"%%%&&&===\xff\xfe\xc0"
for i in range(120):
    n = random.randint(0, 300)
    q = bytes(random.choice(alphabet) for _ in range(n))
    path = random.choice([b"/api/v1/claims", b"/api/v1/search", b"/api/v1/documents", b"/api/v1/measures"])
    r = raw(b"GET " + path + b"?" + q + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", wait=0.5)
    # Bytes HTTP does not allow in a request line get the connection closed.
    if r and not (r.startswith(b"HTTP/1.1 200") or r.startswith(b"HTTP/1.1 4")):
        sys.exit("garbage query %r: %r" % (q, r[:80]))
# A 100 KB header, a thousand headers, a 20 KB request line.
for req in [b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 + b"\r\n\r\n",
            b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(1000)) + b"\r\n",
            b"GET /api/v1/stats?" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"]:
    r = raw(req, half_close=True)
    if r.startswith(b"HTTP/1.1 200"): sys.exit("oversized request accepted: %r" % req[:60])
# Malformed request lines.
for req in [b"\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"\x00\x01\x02\xff" * 100,
            b"GET /api/v1/stats HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            b"GET /api/v1/stats HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n",
            b"GET /api/v1/stats HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"GET http://evil/ HTTP/1.1\r\n\r\n", b"GET /%ZZ HTTP/1.1\r\n\r\n"]:
    raw(req, half_close=True)
# Issue 15: malformed requests the library's parser let through (it
# answered them 200) are 400, with a JSON body.
good = b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
if not raw(good, wait=10).startswith(b"HTTP/1.1 200"): sys.exit("the well-formed request failed")
bad = [
    b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n",
    b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nConnection: close\r\n\r\n",
    b"GET /api/v1/stats HTTP/1.1\r\nHost : x\r\nConnection: close\r\n\r\n",
    b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\n folded\r\nConnection: close\r\n\r\n",
    b"GET  /api/v1/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    b"GET /api/v1/stats  HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    b"GET /api/v1/stats HTTP/1.1\r\nHost: x\nConnection: close\r\n\r\n",
]
for req in bad:
    r = raw(req, wait=10)
    if not r.startswith(b"HTTP/1.1 400"): sys.exit("%r: %r" % (req, r[:60]))
    body = r.split(b"\r\n\r\n", 1)[1]
    if json.loads(body.decode("utf-8"))["error"]["status"] != 400: sys.exit("%r: %r" % (req, body))
# Requests one after another on one kept-alive connection.
def answer(f):
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        c = f.read(1)
        if not c: return head
        head += c
    n = [int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
    return head + f.read(n[0] if n else 0)

keep = good.replace(b"Connection: close", b"Connection: keep-alive")
s = socket.create_connection(("127.0.0.1", port), timeout=10)
f = s.makefile("rb")
for _ in range(3):
    s.sendall(keep)
    if not answer(f).startswith(b"HTTP/1.1 200"): sys.exit("keep-alive: no second answer")
# A malformed request ends its connection: what follows is not read.
s.sendall(bad[2].replace(b"Connection: close", b"Connection: keep-alive"))
if not answer(f).startswith(b"HTTP/1.1 400"): sys.exit("kept-alive malformed request: not 400")
try:
    s.sendall(keep)
    if answer(f): sys.exit("a malformed request's connection went on")
except (ConnectionResetError, BrokenPipeError):
    pass
s.close()
# Slow clients: partial requests left open while others are served.
slow = []
for i in range(6):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    slow.append(s)
t = time.time()
r = raw(b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", wait=15)
if not r.startswith(b"HTTP/1.1 200"): sys.exit("no answer while slow clients hold connections")
# The timeouts let them go.
time.sleep(6)
for s in slow:
    s.settimeout(1)
    try:
        s.recv(100)
    except socket.timeout:
        sys.exit("a slow client was never cut off")
    except ConnectionResetError:
        pass
    s.close()
PY
expect 200 /api/v1/stats
kill -0 "$main_pid" || fail "the server died"

# --- slow clients neither starve the workers nor stay ----------------------
# Issue 15: eight connections that each sent a header byte a second held
# all eight workers; a normal request waited 27 s and none was cut off.
# Two workers here, ten connections dribbling their heads from 127.0.0.1
# (under its cap of 12), a 3 s head deadline; then a cap of 12 per
# address, filled from 127.0.0.2 (loopback too), answers the 13th 503.
echo "[$SECONDS s] slow clients neither starve the workers nor stay"
start slow --threads 2 --timeout 3 --idle-timeout 3 --max-per-client 12 --max-connections 40
slow_pid=$server_pid
$py - "$port" <<'PY' || fail "slow clients (see above)"
import json, socket, sys, threading, time
port = int(sys.argv[1])
def connect(source="127.0.0.1"):
    s = socket.socket()
    s.settimeout(10)
    s.bind((source, 0))
    s.connect(("127.0.0.1", port))
    return s
def ask(source="127.0.0.1"):
    s = connect(source)
    s.sendall(b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    out = b""
    while True:
        c = s.recv(65536)
        if not c: break
        out += c
    s.close()
    return out
head = b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100
slow = [connect() for _ in range(10)]
opened = time.time()
stop = threading.Event()
def dribble():
    # One byte on each every 0.3 s, for at most 8 s.
    for i in range(len(head)):
        if stop.wait(0.3) or time.time() - opened > 8: return
        for s in slow:
            try: s.send(head[i:i + 1])
            except OSError: pass
threading.Thread(target=dribble, daemon=True).start()
time.sleep(1)
t = time.time()
r = ask()
took = time.time() - t
if not r.startswith(b"HTTP/1.1 200") or took > 2:
    sys.exit("a request beside 10 slow clients: %.1f s, %r" % (took, r[:40]))
# Each slow client is answered 408 (or dropped) once its 3 s are up.
for s in slow:
    try:
        got = s.recv(4096)
    except (socket.timeout, ConnectionResetError) as e:
        sys.exit("a slow client was not cut off: %r" % e)
    cut = time.time() - opened
    if got and not got.startswith(b"HTTP/1.1 408"): sys.exit("a slow client got %r" % got[:40])
    if cut > 5: sys.exit("a slow client was cut off after %.1f s, not 3" % cut)
    s.close()
stop.set()
# Per-address cap: 12 idle connections from 127.0.0.2, the 13th is 503.
idle = [connect("127.0.0.2") for _ in range(12)]
time.sleep(0.3)
r = ask("127.0.0.2")
head_part, _, body = r.partition(b"\r\n\r\n")
if not head_part.startswith(b"HTTP/1.1 503") or b"\r\nRetry-After: " not in head_part:
    sys.exit("over the per-address cap: %r" % r[:200])
if json.loads(body.decode("utf-8"))["error"]["status"] != 503: sys.exit("503 body: %r" % body)
# Another address is still served.
if not ask().startswith(b"HTTP/1.1 200"): sys.exit("127.0.0.1 refused while 127.0.0.2 is at its cap")
for s in idle: s.close()
PY
kill -0 "$slow_pid" || fail "the server with slow clients died"
kill "$slow_pid"

# --- without the token's key, and without assets -------------------------
echo "[$SECONDS s] without the token's key, and without assets"
start plain
plain_pid=$server_pid
base=http://127.0.0.1:$port
# Without --assets the dashboard compiled in is served, when there is one.
if [ -f "$src/web/index.html" ]; then
  expect 200 /
  cmp -s "$work/body" "$src/web/index.html" || fail "/ is not the compiled-in web/index.html"
else
  expect 404 /
  grep -q 'dashboard was not built' "$work/body" || fail "/ without a dashboard: $(cat "$work/body")"
fi
[ -z "$private_id" ] || {
  set -- $private_id
  expect 200 "/api/v1/claims/$1" -H "Authorization: Bearer $token"
  shape 'b["claim"]["speaker"]["name"].startswith("person-")'
}

# --- an ingest while it serves shows on the next request -----------------
# Every worker has answered (and the server kept) the stats, a total and a
# search before; after the commit all of them answer anew.
echo "[$SECONDS s] an ingest while it serves"
number() { $py -c "import json,sys; print(eval(sys.argv[2], {'b': json.load(open(sys.argv[1]))}))" "$work/body" "$1"; }
for _ in $(seq 12); do
  expect 200 /api/v1/stats
  expect 200 "/api/v1/claims?category=refusal"
  expect 200 "/api/v1/search?q=zyxquorum"
done
expect 200 /api/v1/stats; docs_before=$(number 'b["documents"]')
expect 200 "/api/v1/claims?category=refusal"; refusals_before=$(number 'b["total"]')
expect 200 "/api/v1/search?q=zyxquorum"; [ "$(number 'b["total"]')" = 0 ] || fail "zyxquorum found before it was ingested"
printf 'Zyxquorum report\n\nThe lawyer Pavel Chikov said on Monday that more than 1,200 soldiers had refused to fight in the Zyxquorum district.\n' >"$work/late.txt"
"$tally" ingest -q --db "$work/ex.db" "$work/late.txt" || fail "the ingest beside the server failed"
for _ in $(seq 8); do
  expect 200 /api/v1/stats
  [ "$(number 'b["documents"]')" = $((docs_before + 1)) ] || fail "stats kept after an ingest: $(number 'b["documents"]') documents"
  expect 200 "/api/v1/claims?category=refusal"
  [ "$(number 'b["total"]')" = $((refusals_before + 1)) ] || fail "a total kept after an ingest: $(number 'b["total"]')"
  expect 200 "/api/v1/search?q=zyxquorum"
  [ "$(number 'b["total"]')" = 1 ] || fail "a search kept after an ingest"
done
kill "$plain_pid"

# --- a key that opens none of the sealed names is refused at start --------
echo "[$SECONDS s] a wrong key is refused at start"
printf '%064d\n' 7 >"$work/other-key"
chmod 600 "$work/other-key"
code=0
timeout 20 "$tally" serve --db "$work/ex.db" --port 0 --reveal --key-file "$work/other-key" \
  >"$work/wrongkey.out" 2>"$work/wrongkey.err" || code=$?
[ "$code" = 2 ] || fail "serve --reveal with a wrong key: exit $code, expected 2"
grep -q 'sealed names*: a wrong key?' "$work/wrongkey.err" ||
  fail "serve --reveal with a wrong key: $(cat "$work/wrongkey.err")"

# --- a non-loopback host needs --public ----------------------------------
echo "[$SECONDS s] a non-loopback host needs --public"
if "$tally" serve --db "$work/ex.db" --host 0.0.0.0 --port 0 >/dev/null 2>"$work/public.err"; then
  fail "--host 0.0.0.0 without --public started"
fi
grep -q -- '--public' "$work/public.err" || fail "no word of --public"
"$tally" serve --db "$work/ex.db" --host 0.0.0.0 --public --port 0 >"$work/public.out" 2>"$work/public.err" &
pids+=($!)
# The warning comes as it starts: wait for it (a sanitized build on a busy
# machine takes seconds), not a fixed second.
for _ in $(seq 1 300); do
  grep -q warning "$work/public.err" && break
  sleep 0.1
done
grep -q warning "$work/public.err" || fail "--public printed no warning"

if [ "$failures" -gt 0 ]; then
  echo "serve_test: $failures failures" >&2
  exit 1
fi
echo "serve_test: ok"
