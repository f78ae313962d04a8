#!/usr/bin/env python3
"""An example set (examples/SET/, default reconcile) gives the clusters,
origins, echoes, measures and verdicts it was written to have
(tests/golden/SET/expected.json; each part is checked when it is there):
ingested at once, in reverse order, and in two runs, since a report
ingested late must still become the origin.

Usage: reconcile_examples_test.py TALLY_BINARY SOURCE_DIR [SET]
"""
import json
import os
import subprocess
import sys
import tempfile


def run(tally, *args):
    out = subprocess.run([tally, *args], check=True, capture_output=True, text=True)
    return out.stdout


def jsonl(tally, *args):
    return [json.loads(line) for line in run(tally, *args).splitlines() if line.strip()]


def check(tally, db, expected, label):
    failures = []

    def expect(what, got, want):
        if got != want:
            failures.append(f"{label}: {what}: got {got!r}, want {want!r}")

    docs = jsonl(tally, "docs", "--db", db, "--format", "jsonl", "--limit", "1000")
    expect("documents", len(docs), expected["documents"])
    clusters = jsonl(tally, "docs", "--db", db, "--dups", "--format", "jsonl")
    got = sorted([d["source"] for d in c["docs"]] for c in clusters)
    expect("clusters (original first)", got, sorted(expected.get("clusters", [])))
    for c in clusters:
        expect("the first of a cluster is its original",
               [d["original"] for d in c["docs"]], [True] + [False] * (len(c["docs"]) - 1))

    origins = jsonl(tally, "claims", "--db", db, "--origins", "--format", "jsonl", "--limit", "1000")
    if "origins" in expected:
        got = sorted(
            (o["doc"]["source"], o["text"], o["basis"], (o["speaker"] or {}).get("name"),
             o.get("echoes", 0), sorted(o.get("echo_outlets", [])))
            for o in origins)
        want = sorted(
            (o["source"], o["text"], o["basis"], o["speaker"], o["echoes"], sorted(o["outlets"]))
            for o in expected["origins"])
        expect("origins (outlet, figure, basis, speaker, echoes, outlets)", got, want)
    for o in origins:
        expect(f"origin {o['id']} has no origin", o["origin"], None)

    # Every other claim points at one of the origins.
    origin_ids = {o["id"] for o in origins}
    claims = jsonl(tally, "claims", "--db", db, "--format", "jsonl", "--limit", "1000")
    for c in claims:
        if c["id"] not in origin_ids and c["origin"] not in origin_ids:
            failures.append(f"{label}: claim {c['id']} ({c['text']}) points at {c['origin']}, "
                            "which is no origin")

    measures = {m["key"]: m for m in jsonl(tally, "measures", "--db", db, "--format", "jsonl")}
    expect("measure keys", sorted(measures), sorted(expected["measures"]))
    for key, want_m in expected["measures"].items():
        m = dict(measures.get(key, {}))
        m["stale"] = [s["who"] for s in m.get("stale", [])]
        expect(f"{key}", {k: m.get(k) for k in want_m}, want_m)
    # No measure sets figures of two bases side by side.
    basis_of = {c["id"]: c["basis"] for c in claims}
    for key, m in measures.items():
        series = jsonl(tally, "measure", key, "--db", db, "--format", "jsonl")[0]["series"]
        expect(f"{key}: bases of its figures", sorted({basis_of[p["claim"]] for p in series}),
               [m["basis"]])
    return failures


def main():
    tally, source = sys.argv[1], sys.argv[2]
    name = sys.argv[3] if len(sys.argv) > 3 else "reconcile"
    folder = os.path.join(source, "examples", name)
    expected = json.load(open(os.path.join(source, "tests", "golden", name, "expected.json"),
                              encoding="utf-8"))
    lines = []
    for f in sorted(os.listdir(folder)):
        if f.endswith(".jsonl"):
            lines += open(os.path.join(folder, f), encoding="utf-8").read().splitlines(keepends=True)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TALLY_KEY_FILE"] = os.path.join(tmp, "key")
        wire = os.path.join(tmp, "all.jsonl")
        open(wire, "w", encoding="utf-8").write("".join(lines))
        reversed_wire = os.path.join(tmp, "reversed.jsonl")
        open(reversed_wire, "w", encoding="utf-8").write("".join(reversed(lines)))
        first, second = os.path.join(tmp, "first.jsonl"), os.path.join(tmp, "second.jsonl")
        # The later half first: its copies and echoes arrive before their originals.
        open(first, "w", encoding="utf-8").write("".join(lines[len(lines) // 2:]))
        open(second, "w", encoding="utf-8").write("".join(lines[:len(lines) // 2]))
        for label, runs in (("at once", [[wire]]), ("reversed", [[reversed_wire]]),
                            ("in two runs", [[first], [second]])):
            db = os.path.join(tmp, label.replace(" ", "-") + ".db")
            for inputs in runs:
                run(tally, "ingest", "-q", "--db", db, *inputs)
            failures += check(tally, db, expected, label)
    for f in failures:
        print("FAIL", f)
    print(f"{name} examples: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
