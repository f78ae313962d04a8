#!/usr/bin/env python3
"""Writes a Telegram Desktop export of look-alike posts: a few templates
(a daily losses post, a bot's digest, a regional round-up) filled with new
figures and dates each time, as a monitoring channel posts them.

Such a channel is the worst case for near-duplicate detection and origin
linking: every post shares most of its words with every other post of its
template, and figures repeat across posts. Ingesting it must cost the same
per post whether the channel has 20,000 posts or 200,000.

Usage: bench/gen_templated_posts.py --posts N [--templates K] [--seed S] --out FILE

The output is a pure function of the arguments.
"""
import argparse
import datetime
import json
import random
import sys

# Our own wording, in the shapes such posts take. {date} is the day,
# {total} a running total, {day} that day's figure, {n}/{m} other figures.
TEMPLATES = [
    "Total combat losses of the enemy from 24.02.2022 to {date} are approximately: "
    "personnel - about {total} (+{day}) persons, tanks - {n} (+{m}), "
    "armoured combat vehicles - {m2} (+{m3}). The data are being updated.",
    "\u0417\u0430\u0433\u0430\u043b\u044c\u043d\u0456 \u0431\u043e\u0439\u043e\u0432\u0456 "
    "\u0432\u0442\u0440\u0430\u0442\u0438 \u043f\u0440\u043e\u0442\u0438\u0432\u043d\u0438\u043a"
    "\u0430 \u0437 24.02.22 \u043f\u043e {date} \u043e\u0440\u0456\u0454\u043d\u0442\u043e"
    "\u0432\u043d\u043e \u0441\u043a\u043b\u0430\u043b\u0438: \u043e\u0441\u043e\u0431\u043e"
    "\u0432\u043e\u0433\u043e \u0441\u043a\u043b\u0430\u0434\u0443 - \u0431\u043b\u0438\u0437"
    "\u044c\u043a\u043e {total} (+{day}) \u043e\u0441\u0456\u0431, \u0442\u0430\u043d\u043a"
    "\u0456\u0432 - {n} (+{m}).",
    "\u0414\u0430\u0439\u0434\u0436\u0435\u0441\u0442 \u0437\u0430 {date}: \u0441\u0443\u0434"
    "\u044b \u0440\u0430\u0441\u0441\u043c\u043e\u0442\u0440\u0435\u043b\u0438 {day} "
    "\u0434\u0435\u043b \u043e \u0441\u0430\u043c\u043e\u0432\u043e\u043b\u044c\u043d\u043e"
    "\u043c \u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u0438\u0438 \u0447\u0430\u0441"
    "\u0442\u0438, \u0441 \u043d\u0430\u0447\u0430\u043b\u0430 \u0433\u043e\u0434\u0430 "
    "\u2014 {total}. \u0411\u043e\u043b\u0435\u0435 {n} \u0432\u043e\u0435\u043d\u043d"
    "\u043e\u0441\u043b\u0443\u0436\u0430\u0449\u0438\u0445 \u043e\u0442\u043a\u0430\u0437"
    "\u0430\u043b\u0438\u0441\u044c \u0432\u043e\u0437\u0432\u0440\u0430\u0449\u0430\u0442"
    "\u044c\u0441\u044f \u043d\u0430 \u0444\u0440\u043e\u043d\u0442, \u0441\u043e\u043e"
    "\u0431\u0449\u0430\u044e\u0442 \u044e\u0440\u0438\u0441\u0442\u044b.",
    "Regional round-up for {date}: {day} servicemen from the region were reported killed "
    "this week, {n} are missing and {m} were captured, relatives told the local council. "
    "Since the start of the year the region has buried at least {total} men.",
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, required=True)
    ap.add_argument("--templates", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if args.posts < 1 or not 1 <= args.templates <= len(TEMPLATES):
        sys.exit("gen_templated_posts: --posts >= 1 and --templates 1..%d" % len(TEMPLATES))
    rng = random.Random(args.seed)
    start = datetime.datetime(2023, 1, 1, 8, 0, 0)
    total = 100000
    with open(args.out, "w", encoding="utf-8") as out:
        out.write('{\n "name": "Daily figures",\n "type": "public_channel",\n'
                  ' "id": 1770000001,\n "messages": [\n')
        for i in range(args.posts):
            when = start + datetime.timedelta(minutes=37 * i)
            day = rng.randint(1, 1500)
            total += day
            text = TEMPLATES[i % args.templates].format(
                date=when.strftime("%d.%m.%Y"), total=total, day=day,
                n=rng.randint(2, 9000), m=rng.randint(1, 40),
                m2=rng.randint(2, 20000), m3=rng.randint(1, 90))
            message = {
                "id": i + 1,
                "type": "message",
                "date": when.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(when.replace(tzinfo=datetime.timezone.utc).timestamp())),
                "from": "Daily figures",
                "from_id": "channel1770000001",
                "text": text,
                "text_entities": [{"type": "plain", "text": text}],
            }
            out.write(("  " if i == 0 else ",\n  ") + json.dumps(message, ensure_ascii=False))
        out.write("\n ]\n}\n")


if __name__ == "__main__":
    main()
