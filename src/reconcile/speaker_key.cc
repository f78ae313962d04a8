#include "src/reconcile/speaker_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <string>


namespace tally::reconcile {
namespace {

// Digraphs first, longest first: English, German and scholarly
// transliterations of one Cyrillic letter become one letter here.
constexpr std::pair<std::string_view, std::string_view> kFolds[] = {
    {"shch", "s"}, {"sch", "s"}, {"tch", "c"}, {"ch", "c"}, {"sh", "s"}, {"zh", "z"},
    {"kh", "h"},   {"ts", "c"},  {"tz", "c"},  {"yu", "u"}, {"iu", "u"}, {"ya", "a"},
    {"ia", "a"},   {"yo", "o"},  {"ye", "e"},  {"y", "i"},  {"j", "i"},  {"w", "v"},
    {"x", "ks"},   {"q", "k"},
};

std::string LastWord(std::string_view s) {
  size_t end = s.size();
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '.')) --end;
  size_t begin = s.rfind(' ', end == 0 ? 0 : end - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  return std::string(s.substr(begin, end - begin));
}

}  // namespace

SpeakerKeys::SpeakerKeys() {
  UErrorCode status = U_ZERO_ERROR;
  to_latin_.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD,
                                                      status));
  if (U_FAILURE(status)) to_latin_.reset();
}

SpeakerKeys::~SpeakerKeys() = default;

std::string SpeakerKeys::SoundOf(std::string_view words) {
  auto [kept, added] = sounds_.try_emplace(std::string(words));
  if (!added) return kept->second;
  std::string ascii;
  if (to_latin_ != nullptr) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(words.data(), static_cast<int32_t>(words.size())));
    to_latin_->transliterate(u);
    u.toUTF8String(ascii);
  } else {
    ascii = std::string(words);
  }
  std::string letters;
  for (char ch : ascii) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if ((ch >= 'a' && ch <= 'z') || ch == ' ') letters += ch;
  }
  std::string out;
  for (size_t i = 0; i < letters.size();) {
    bool folded = false;
    for (const auto& [from, to] : kFolds) {
      if (letters.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        folded = true;
        break;
      }
    }
    if (!folded) out += letters[i++];
  }
  // Doubled letters come and go between spellings: "Lvova", "L'vova".
  std::string squeezed;
  for (char ch : out) {
    if (squeezed.empty() || squeezed.back() != ch || ch == ' ') squeezed += ch;
  }
  kept->second = squeezed;
  return squeezed;
}

std::string SpeakerKeys::Of(const store::ClaimKeyRow& c) {
  if (!c.has_speaker) return "";
  return Key(c.speaker_actor, c.speaker_name, c.speaker_org, c.speaker_private);
}

std::string SpeakerKeys::Of(const std::optional<Speaker>& s) {
  if (!s) return "";
  return Key(s->actor, s->name, s->org, s->is_private);
}

std::string SpeakerKeys::Key(const std::string& actor, const std::string& name,
                             const std::string& org, bool is_private) {
  if (!actor.empty()) return "actor:" + actor;
  if (is_private) return name.empty() ? "" : "private:" + name;
  // A person is often named in full once and by surname after; the
  // organisation they are credited with comes and goes between reports.
  if (!name.empty()) {
    const std::string surname = SoundOf(LastWord(name));
    if (!surname.empty()) return "name:" + surname;
  }
  if (!org.empty()) {
    const std::string sound = SoundOf(org);
    if (!sound.empty()) return "org:" + sound;
  }
  return "";
}

}  // namespace tally::reconcile
