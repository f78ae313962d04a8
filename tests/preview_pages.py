"""Writes a fictional Telegram channel's public preview pages for
tests/collect_test.sh, in the structure of https://t.me/s/NAME: posts
FIRST..LAST, 20 a page, the newest page as index.html and each older one
as before-ID.html (ID: the oldest post of the page after it).

Usage: preview_pages.py FOLDER NAME FIRST LAST
"""
import os
import sys

PER_PAGE = 20


def post(name, i):
    ref = "%s/%d" % (name, i)
    text = ("Dispatch %d of %s: about %d reservists were sent home from the training "
            "ground,<br/>the district office wrote. <a href=\"https://example.org/d/%d\">"
            "Order</a>" % (i, name, i * 7, i))
    return ('<div class="tgme_widget_message_wrap js-widget_message_wrap">'
            '<div class="tgme_widget_message js-widget_message" data-post="%s">'
            '<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author">'
            '<a class="tgme_widget_message_owner_name" href="https://t.me/%s"><span>Field Desk'
            '</span></a></div><div class="tgme_widget_message_text js-message_text">%s</div>'
            '<div class="tgme_widget_message_footer"><div class="tgme_widget_message_info">'
            '<span class="tgme_widget_message_views">%d</span>'
            '<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" '
            'href="https://t.me/%s"><time datetime="2026-04-%02dT08:00:00+00:00">08:00</time>'
            '</a></span></div></div></div></div></div>' % (ref, name, text, i * 31, ref,
                                                        1 + i % 28))


def page(name, ids):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
            '<section class="tgme_channel_history js-message_history">%s</section>'
            '</body></html>' % "".join(post(name, i) for i in ids))


def main():
    folder, name, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    out = os.path.join(folder, "s", name)
    os.makedirs(out, exist_ok=True)
    top, file_name = last, "index.html"
    while top >= first:
        ids = list(range(max(first, top - PER_PAGE + 1), top + 1))
        with open(os.path.join(out, file_name), "w", encoding="utf-8") as f:
            f.write(page(name, ids))
        file_name = "before-%d.html" % ids[0]
        top = ids[0] - 1


if __name__ == "__main__":
    main()
