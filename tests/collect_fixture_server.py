"""The fixture site of tests/collect_test.sh: files from a folder, as
http.server gives them, plus Telegram's public preview paging: /s/NAME is
s/NAME/index.html and /s/NAME?before=ID is s/NAME/before-ID.html. Pages of
a channel whose name starts with "slow" take two seconds, so that a test
can signal tally while one is in flight. Each request is logged to stderr
as it arrives ("arrived PATH"), and again when answered, as http.server does.

Usage: collect_fixture_server.py PORT FOLDER
"""
import functools
import http.server
import os
import sys
import time
import urllib.parse


class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        sys.stderr.write("arrived %s\n" % self.path)
        sys.stderr.flush()
        url = urllib.parse.urlsplit(self.path)
        parts = url.path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "s":
            before = urllib.parse.parse_qs(url.query).get("before", [""])[0]
            name = "before-%s.html" % before if before.isdigit() else "index.html"
            if parts[1].startswith("slow"):
                time.sleep(2)
            self.path = "/s/%s/%s" % (parts[1], name)
        super().do_GET()


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    handler = functools.partial(Handler, directory=os.path.abspath(folder))
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()


if __name__ == "__main__":
    main()
