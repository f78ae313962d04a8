"""Serves the fetch benchmark's sources on 127.0.0.1: FEEDS RSS feeds and
CHANNELS Telegram channels (their public preview pages, written by
tests/preview_pages.py), each with ITEMS new items; every feed item links to
an article page served too. Feeds carry an ETag and answer 304 to it, as
polite servers do, so a second pass finds nothing new. Everything is made
in memory from the source's number: nothing is written but the sources
file, and nothing outside 127.0.0.1 is named.

Usage: fetch_bench_server.py SOURCES_TOML [--feeds 150] [--channels 50] [--items 50]
Prints "ready PORT" once listening; stops on SIGTERM.
"""
import argparse
import http.server
import os
import signal
import sys
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
import preview_pages  # noqa: E402  (the test's writer of preview pages)

SIDES = [("Ukraine's General Staff", "Russian"), ("the Russian defence ministry", "Ukrainian")]


def article(feed, item):
    speaker, side = SIDES[(feed + item) % 2]
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Desk %d, report %d"
            "</title></head><body><article><h1>Desk %d, report %d</h1><p>%s said on "
            "Tuesday that about %d %s soldiers had been killed and %d wounded over the past "
            "day in the district.</p><p>Another %d servicemen refused to return to the front,"
            " the regional court said in a statement.</p></article></body></html>"
            % (feed, item, feed, item, speaker, 100 + feed * 3 + item, side, 40 + item,
               item % 9 + 2))


def feed(base, n, items):
    entries = "".join(
        "<item><title>Report %d</title><link>%s/a/%d/%d.html</link>"
        "<pubDate>Tue, 07 Apr 2026 %02d:%02d:00 GMT</pubDate></item>"
        % (i, base, n, i, i % 24, n % 60) for i in range(items))
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
            "<title>Desk %d</title><link>%s/</link>%s</channel></rss>" % (n, base, entries))


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real site
    items = 50

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", etag=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        parts = url.path.strip("/").split("/")
        base = "http://127.0.0.1:%d" % self.server.server_port
        if url.path == "/robots.txt":
            return self.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if len(parts) == 2 and parts[0] == "feed" and parts[1].endswith(".xml"):
            etag = '"%s-v1"' % parts[1]
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, etag=etag)
            n = int(parts[1][:-4])
            return self.send(200, feed(base, n, self.items).encode(), "application/rss+xml", etag)
        if len(parts) == 3 and parts[0] == "a":
            return self.send(200, article(int(parts[1]), int(parts[2][:-5])).encode())
        if len(parts) == 2 and parts[0] == "s":
            before = urllib.parse.parse_qs(url.query).get("before", [""])[0]
            top = int(before) - 1 if before.isdigit() else self.items
            ids = list(range(max(1, top - preview_pages.PER_PAGE + 1), top + 1))
            return self.send(200, preview_pages.page(parts[1], ids).encode())
        return self.send(404, b"not found")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("sources")
    p.add_argument("--feeds", type=int, default=150)
    p.add_argument("--channels", type=int, default=50)
    p.add_argument("--items", type=int, default=50)
    args = p.parse_args()
    Handler.items = args.items
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = "http://127.0.0.1:%d" % server.server_port
    with open(args.sources, "w", encoding="utf-8") as f:
        for n in range(args.feeds):
            f.write('[[feed]]\nurl = "%s/feed/%d.xml"\nlabel = "Desk %d"\n\n' % (base, n, n))
        for n in range(args.channels):
            f.write('[[telegram]]\nchannel = "bench_desk_%d"\npreview = "%s/s/"\n\n' % (n, base))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print("ready %d" % server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
