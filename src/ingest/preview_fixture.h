// Telegram preview pages for the collector's tests: fictional posts in the
// structure of the real public preview pages (https://t.me/s/NAME), so
// that tests and the fixture server build them one way.
//
//   FixturePost post{.id = 12, .text = "More than 40 soldiers..."};
//   std::string html = PreviewPageHtml("demo_channel", "Demo", {post});
#ifndef TALLY_SRC_INGEST_PREVIEW_FIXTURE_H_
#define TALLY_SRC_INGEST_PREVIEW_FIXTURE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace tally::ingest::testing {

struct FixturePost {
  int64_t id = 0;
  std::string text;  // inner HTML of the text element; "" = a photo only
  std::string datetime = "2026-03-05T09:15:00+00:00";
  std::string views = "1.2K";  // "" = no counter
  std::string forwarded_from;  // "" = not forwarded
  bool edited = false;
  bool service = false;  // a service message ("channel photo updated")
};

inline std::string PreviewPostHtml(const std::string& channel, const std::string& title,
                                   const FixturePost& p) {
  const std::string post = channel + "/" + std::to_string(p.id);
  std::string html = "<div class=\"tgme_widget_message_wrap js-widget_message_wrap\">";
  if (p.service) {
    return html + "<div class=\"tgme_widget_message service_message js-widget_message\" "
                  "data-post=\"" + post + "\"><div class=\"tgme_widget_message_bubble\">"
                  "<div class=\"tgme_widget_message_service_photo\"></div>"
                  "<div class=\"tgme_widget_message_text service_message_text\">Channel photo "
                  "updated</div></div></div></div>";
  }
  html += "<div class=\"tgme_widget_message text_not_supported_wrap js-widget_message\" "
          "data-post=\"" + post + "\" data-view=\"eyJjIjotMX0\">"
          "<div class=\"tgme_widget_message_user\"><a href=\"https://t.me/" + channel +
          "\"><i class=\"tgme_widget_message_user_photo bgcolor0\"></i></a></div>"
          "<div class=\"tgme_widget_message_bubble\"><i class=\"tgme_widget_message_bubble_tail\">"
          "</i><div class=\"tgme_widget_message_author accent_color\">"
          "<a class=\"tgme_widget_message_owner_name\" href=\"https://t.me/" + channel +
          "\"><span dir=\"auto\">" + title + "</span></a></div>";
  if (!p.forwarded_from.empty()) {
    html += "<div class=\"tgme_widget_message_forwarded_from accent_color\">Forwarded from "
            "<a class=\"tgme_widget_message_forwarded_from_name\" href=\"https://t.me/"
            "elsewhere/7\"><span dir=\"auto\">" + p.forwarded_from + "</span></a></div>";
  }
  html += "<a class=\"tgme_widget_message_photo_wrap blured\" href=\"https://t.me/" + post +
          "\" style=\"width:800px;background-image:url('https://cdn.example/p.jpg')\">"
          "<div class=\"tgme_widget_message_photo\" style=\"padding-top:56%\"></div></a>";
  if (!p.text.empty()) {
    html += "<div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">" + p.text +
            "</div>";
  }
  html += "<div class=\"tgme_widget_message_footer compact js-message_footer\">"
          "<div class=\"tgme_widget_message_info short js-message_info\">";
  if (!p.views.empty()) {
    html += "<span class=\"tgme_widget_message_views\">" + p.views + "</span>";
  }
  html += "<span class=\"tgme_widget_message_meta\">" + std::string(p.edited ? "edited " : "") +
          "<a class=\"tgme_widget_message_date\" href=\"https://t.me/" + post +
          "\"><time datetime=\"" + p.datetime + "\" class=\"time\">09:15</time></a></span>"
          "</div></div></div></div></div>";
  return html;
}

// A whole page: the channel header, then the posts in the order given
// (the real pages run oldest first), then the link to older posts.
inline std::string PreviewPageHtml(const std::string& channel, const std::string& title,
                                   const std::vector<FixturePost>& posts) {
  std::string html =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title +
      " - Telegram</title></head><body class=\"widget_frame_base tgme_webpreview_body\">"
      "<header class=\"tgme_header\"><div class=\"tgme_channel_info_header_title\"><span dir="
      "\"auto\">" + title + "</span></div></header><main class=\"tgme_main\">"
      "<section class=\"tgme_channel_history js-message_history\">";
  if (!posts.empty()) {
    html += "<div class=\"tgme_widget_message_centered js-messages_more_wrap\"><a href=\"/s/" +
            channel + "?before=" + std::to_string(posts.front().id) +
            "\" class=\"tme_messages_more js-messages_more\" data-before=\"" +
            std::to_string(posts.front().id) + "\"></a></div>";
  }
  for (const FixturePost& p : posts) html += PreviewPostHtml(channel, title, p);
  return html + "</section></main></body></html>";
}

}  // namespace tally::ingest::testing

#endif  // TALLY_SRC_INGEST_PREVIEW_FIXTURE_H_
