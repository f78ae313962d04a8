# Quick validator for a tally-gen-corpus output dir: python3 check_corpus.py DIR
import sys, os, glob, json, gzip, zlib, hashlib, base64, re, random, itertools, statistics
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
root = sys.argv[1]
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

# --- telegram
for f in sorted(glob.glob(f"{root}/telegram/*/result.json")):
    d = json.load(open(f, encoding="utf-8"))
    assert d["type"] == "public_channel" and isinstance(d["id"], int)
    msgs = d["messages"]; types = {}
    for i, m in enumerate(msgs, 1):
        if m["id"] != i: fail(f"{f} id {m['id']} != {i}")
        types[m.get("action", m["type"])] = types.get(m.get("action", m["type"]), 0) + 1
        if not m["date_unixtime"].isdigit(): fail("date_unixtime")
        t = m["text"]
        flat = t if isinstance(t, str) else "".join(x if isinstance(x, str) else x["text"] for x in t)
        if "".join(e["text"] for e in m["text_entities"]) != flat: fail(f"entities mismatch {f} {i}")
    print(f"telegram {os.path.basename(os.path.dirname(f))}: {os.path.getsize(f)} B, {len(msgs)} msgs, {types}")

# --- jsonl
for f in sorted(glob.glob(f"{root}/jsonl/*.jsonl")):
    n = 0
    for line in open(f, encoding="utf-8"):
        o = json.loads(line); n += 1
        assert list(o) == ["text", "url", "published", "source"], list(o)
    print(f"jsonl {os.path.basename(f)}: {os.path.getsize(f)} B, {n} lines")

# --- warc
def b32(data): return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()
for f in sorted(glob.glob(f"{root}/warc/*.warc.gz")):
    raw = open(f, "rb").read()
    # python gzip handles multi-member
    allbytes = gzip.decompress(raw)
    # walk members one at a time: each must hold exactly one record
    members = []; pos = 0
    while pos < len(raw):
        d = zlib.decompressobj(31); members.append(d.decompress(raw[pos:])); pos = len(raw) - len(d.unused_data)
    if b"".join(members) != allbytes: fail("member concat")
    types = {}; digests_ok = 0
    for rec in members:
        hdr_end = rec.index(b"\r\n\r\n")
        lines = rec[:hdr_end].decode("utf-8").split("\r\n")
        if lines[0] != "WARC/1.1": fail("version " + lines[0])
        h = dict(l.split(": ", 1) for l in lines[1:])
        for k in ("WARC-Type", "WARC-Date", "WARC-Record-ID", "Content-Length"):
            if k not in h: fail(f"missing {k}")
        if not re.fullmatch(r"<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>", h["WARC-Record-ID"]): fail("uuid " + h["WARC-Record-ID"])
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", h["WARC-Date"]): fail("date")
        body = rec[hdr_end + 4:]
        cl = int(h["Content-Length"])
        if len(body) != cl + 4 or body[cl:] != b"\r\n\r\n": fail(f"content-length {cl} vs {len(body)-4}")
        block = body[:cl]
        t = h["WARC-Type"]; types[t] = types.get(t, 0) + 1
        if t != "warcinfo" and t != "metadata" and "WARC-Target-URI" not in h: fail("no uri")
        if "WARC-Block-Digest" in h:
            if b32(block) != h["WARC-Block-Digest"]: fail("block digest")
            else: digests_ok += 1
        if t == "response":
            sep = block.index(b"\r\n\r\n"); payload = block[sep + 4:]
            hh = block[:sep].decode()
            m = re.search(r"Content-Length: (\d+)", hh)
            if int(m.group(1)) != len(payload): fail("http content-length")
            if b32(payload) != h["WARC-Payload-Digest"]: fail("payload digest")
            if "image/jpeg" in hh: types["jpeg"] = types.get("jpeg", 0) + 1; assert payload[:3] == b"\xff\xd8\xff" and payload[-2:] == b"\xff\xd9"
            else: payload.decode("utf-8")
    print(f"warc {os.path.basename(f)}: {len(raw)} B gz, {len(allbytes)} B raw, {len(members)} members/records, {types}, block digests ok {digests_ok}")

# --- rss
for f in sorted(glob.glob(f"{root}/rss/*.xml")):
    tree = ET.parse(f); items = tree.findall("./channel/item")
    desc = items[0].find("description").text
    if not desc.startswith("<p>"): fail("rss description " + desc[:40])
    for it in items:
        for k in ("title", "link", "guid", "pubDate", "description"):
            if it.find(k) is None: fail("rss missing " + k)
    cd = b"<![CDATA[" in open(f, "rb").read(100000)
    print(f"rss {os.path.basename(f)}: {os.path.getsize(f)} B, {len(items)} items, cdata={cd}")

# --- html
class P(HTMLParser):
    VOID = {"meta", "link", "img", "input", "br", "hr"}
    def __init__(s):
        super().__init__(); s.stack = []; s.counts = {}; s.errors = 0
    def handle_starttag(s, tag, a):
        s.counts[tag] = s.counts.get(tag, 0) + 1
        if tag not in s.VOID: s.stack.append(tag)
    def handle_endtag(s, tag):
        if not s.stack or s.stack[-1] != tag: s.errors += 1
        else: s.stack.pop()
fs = sorted(glob.glob(f"{root}/html/*/*.html"))
sizes = []; agg = {}
for f in fs:
    txt = open(f, encoding="utf-8").read(); sizes.append(len(txt.encode()))
    p = P(); p.feed(txt)
    if p.errors or p.stack: fail(f"html nesting {f} errors={p.errors} stack={p.stack[:5]}")
    for k in ("title", "h1", "p", "a", "script", "style", "figure", "blockquote", "form", "footer", "time", "li"):
        agg.setdefault(k, []).append(p.counts.get(k, 0))
    for needle in ('rel="canonical"', 'og:site_name', 'article:published_time', '"@type":"NewsArticle"', '<!'):
        if needle not in txt: fail(f"{f} lacks {needle}")
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', txt).group(1); json.loads(ld)
print(f"html: {len(fs)} files, size min/mean/max {min(sizes)}/{int(statistics.mean(sizes))}/{max(sizes)}")
print("  per-page tag counts min/median/max:", {k: (min(v), int(statistics.median(v)), max(v)) for k, v in agg.items()})

# --- text + near-duplicate check (word 5-shingle Jaccard)
ts = sorted(glob.glob(f"{root}/text/*/*.txt")); tsz = [os.path.getsize(f) for f in ts]
print(f"text: {len(ts)} files, size min/max {min(tsz)}/{max(tsz)}")
def sh(f):
    w = open(f, encoding="utf-8").read().split(); return {" ".join(w[i:i+5]) for i in range(len(w) - 4)}
random.seed(1); sample = random.sample(ts, min(200, len(ts))); S = [sh(f) for f in sample]
js = [len(a & b) / len(a | b) for a, b in itertools.combinations(S, 2) if a and b and len(a & b)]
allj = [len(a & b) / len(a | b) for a, b in itertools.combinations(S, 2)]
print(f"text near-dup: pairs={len(allj)} mean J={statistics.mean(allj):.3f} p99={sorted(allj)[int(len(allj)*.99)]:.3f} max={max(allj):.3f} >0.5: {sum(j>0.5 for j in allj)}")
print("ALL OK" if ok else "SOME CHECKS FAILED")
