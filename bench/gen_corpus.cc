// gen_corpus.cc - benchmark corpus generator for tally.
//
// Produces synthetic but realistic-looking news corpora about the
// Russia-Ukraine war (refusals to fight, desertion, criminal cases,
// casualties, mobilisation) in the formats tally ingests: HTML pages, WARC
// (one gzip member per record), Telegram Desktop JSON exports, plain text,
// RSS 2.0 and JSONL.
//
// Build: g++ -std=c++20 -O2 -Wall -Wextra -o tally-gen-corpus gen_corpus.cc -lz
// Usage: tally-gen-corpus --format html|warc|telegram|text|rss|jsonl|all
//                         --lang en|ru|mixed --bytes N [--seed S] --out DIR
//
// Output is a pure function of the arguments (splitmix64, integer-only
// sampling). Memory is bounded: each document is generated, written and
// dropped; files are streamed through buffered stdio.
//
// Source is ASCII-only: Cyrillic text lives in u8 literals as \u escapes.

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tally::bench {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void Die(const std::string& msg) {
  std::fprintf(stderr, "tally-gen-corpus: %s\n", msg.c_str());
  std::exit(1);
}

std::string_view Sv(const char8_t* s) {
  return std::string_view(reinterpret_cast<const char*>(s));
}

// ---------------------------------------------------------------------------
// Deterministic PRNG (splitmix64). Only integer arithmetic is used for
// sampling so output is identical across standard libraries.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t Below(uint64_t n) { return n == 0 ? 0 : Next() % n; }
  int64_t Range(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo + 1)));
  }
  bool Chance(int pct) { return Below(100) < static_cast<uint64_t>(pct); }

 private:
  uint64_t state_;
};

struct Strs {
  const char8_t* const* items;
  size_t size;
};

template <size_t N>
constexpr Strs MakeStrs(const char8_t* const (&a)[N]) {
  return Strs{a, N};
}

std::string_view Pick(Rng& r, Strs s) { return Sv(s.items[r.Below(s.size)]); }

// ---------------------------------------------------------------------------
// Text data. Slots: {N} count (exact or approximate), {NE} exact count,
// {NS} small count, {NK} thousands, {P} percent phrase, {Q:one|few|many}
// noun agreeing with the last count (English: one|other), {R}/{RP}/{RG}
// region nominative/prepositional/genitive, {S}/{SG} speaker, {G:m|f}
// speaker-gender word, {C}/{CP} court, {B} unit (genitive in Russian),
// {U} unit number, {A} criminal article, {T}/{TD} prison term
// (accusative/dative), {D} date, {MP} month, {Y} year, {AGE}, {MONEY},
// {O} outlet, {=a|b|c} alternatives. A leading '^' marks a template whose
// first word may be lowercased after a connective prefix.

// clang-format off
// String tables: one entry per line (escaped Cyrillic is unreadable when
// wrapped).
constexpr const char8_t* kEnSentences[] = {
    u8"{C} sentenced a serviceman from {RP} to {T} in a penal colony for refusing to return to the front.",
    u8"Since the start of {Y}, military courts {=have received|have registered|have taken up} {N} {Q:case|cases} of unauthorized abandonment of a unit, according to court records.",
    u8"According to {SG}, at least {NS} {Q:soldier|soldiers} from military unit {U} refused to take part in combat operations.",
    u8"In {RP}, {N} {Q:mobilised man has|mobilised men have} been charged under {A}.",
    u8"^Human rights activists estimate that {P} of those mobilised in {RP} have tried to avoid being sent back to the front.",
    u8"^The number of desertion cases reached {NE} in {MP} {Y}, {O} reported, citing court statistics.",
    u8"{S} {=said|told reporters|stressed} that commanders had threatened the refuseniks with criminal prosecution.",
    u8"^Relatives of soldiers from {B} {=have complained|say|told journalists} that {N} {Q:man was|men were} held in a basement after refusing to fight.",
    u8"^The garrison court in {RP} has heard {N} {Q:case|cases} of going AWOL since {D}.",
    u8"^Officials in {RP} acknowledged {N} {Q:death|deaths} among local residents who had signed contracts with the Defence Ministry.",
    u8"{O} {=has counted|has confirmed|has identified} {NK} deaths by name, noting that the real figure is likely far higher.",
    u8"^Of the convicted servicemen, {P} received suspended sentences, while the rest were sent to penal colonies.",
    u8"^A soldier who deserted from {B} in {MP} {Y} was detained in {RP} on {D}.",
    u8"^Prosecutors asked for {T} for a contract soldier accused under {A}.",
    u8"^Since September 2022, courts have handed down more than {NK} verdicts in cases of unauthorized abandonment of a unit.",
    u8"{S} told {O} that {NS} {Q:serviceman|servicemen} from {RP} had written collective appeals to the prosecutor's office.",
    u8"^The enlistment office in {RP} {=sent out|handed out|delivered} {N} {Q:summons|summonses} in a single week, local media reported.",
    u8"^In {MP}, {N} {Q:man|men} from {RP} {Q:was|were} reported missing after fighting near {=the front line|Pokrovsk|Kupiansk|Vuhledar|Toretsk}.",
    u8"^The court found the defendant guilty under {A} and sentenced him to {T}.",
    u8"^According to the regional ombudsman, {N} {Q:complaint|complaints} about forced deployment {Q:was|were} received in {Y}.",
    u8"^Lawyers estimate that refusals now account for {P} of all military cases in {RP}.",
    u8"^Military investigators opened {N} criminal {Q:case|cases} against servicemen of {B}.",
    u8"{S} said at least {NS} {Q:deserter has|deserters have} been found hiding in {RP} since {D}.",
    u8"^Between {D} and the end of the month, the court in {RP} registered {N} new {Q:case|cases}.",
    u8"^The soldier's family said he had refused to return to his unit after being wounded {=twice|three times|again}.",
    u8"^The unit commander reported {NS} {Q:serviceman|servicemen} as having left their positions without permission.",
    u8"^In total, {N} residents of {RP} have been mobilised, according to the governor's office.",
    u8"^Court statistics show {N} {Q:conviction|convictions} for desertion under {A} in the first half of {Y}.",
    u8"{O} identified {N} soldiers from {RP} who were killed in the fighting, including {NS} {Q:officer|officers}.",
    u8"{P} of the men in the battalion {=are|were} listed as missing, {S} said.",
    u8"^The prosecutor's office in {RP} sent {N} {Q:case|cases} of evasion of mobilisation to court.",
    u8"^A military court in {RP} sentenced a mobilised man to {T} for refusing to obey an order.",
    u8"^Since {D}, the number of AWOL cases in {RP} has exceeded {NK}.",
    u8"According to {SG}, the servicemen were threatened with being sent to {=assault units|\"Storm Z\" units|the most dangerous sectors}.",
    u8"^Volunteers helping deserters said they received {N} {Q:request|requests} for help in {MP} alone.",
    u8"^The defendant, a {AGE}-year-old contract soldier, {=pleaded guilty|denied the charges|partially admitted guilt}.",
    u8"^Losses among mobilised men from {RP} were estimated at {NE} killed and {NE} wounded.",
    u8"{S} noted that {P} of the cases involve soldiers who left their units after being wounded.",
    u8"^Authorities in {RP} offered a one-time payment of {MONEY} to men signing a contract.",
    u8"^The regional draft board said {N} {Q:reservist|reservists} failed to appear after receiving summonses.",
    u8"^Among the convicted, {NS} {Q:was an officer|were officers}, {O} found.",
    u8"^The court in {RP} returned {NS} {Q:case|cases} to prosecutors for additional investigation.",
    u8"^At least {NE} soldiers of {B} have refused to fight since {D}, according to {SG}.",
    u8"^The Defence Ministry did not respond to a request for comment on reports of {N} refusals.",
    u8"^In {Y}, military courts convicted {NK} people of going AWOL, up from {NK} a year earlier.",
    u8"^Court records show the soldier had been absent from military unit {U} for {NS} days.",
    u8"{S} said: \"We have no information about where {=they are|these men are now|the soldiers were taken}.\"",
    u8"^Mothers of mobilised men from {RP} recorded a video appeal asking for their sons to be {=rotated home|demobilised|brought back}.",
    u8"^The hearing at {CP} lasted {NS} {Q:minute|minutes}, {S} said.",
};

constexpr const char8_t* kRuSentences[] = {
    u8"{C} \u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u0438\u043B \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0435\u0433\u043E \u0438\u0437 {RG} \u043A {TD} \u043A\u043E\u043B\u043E\u043D\u0438\u0438 \u0437\u0430 \u043E\u0442\u043A\u0430\u0437 \u0432\u0435\u0440\u043D\u0443\u0442\u044C\u0441\u044F \u043D\u0430 \u0444\u0440\u043E\u043D\u0442.",
    u8"\u0421 \u043D\u0430\u0447\u0430\u043B\u0430 {Y} \u0433\u043E\u0434\u0430 \u0432 \u0432\u043E\u0435\u043D\u043D\u044B\u0435 \u0441\u0443\u0434\u044B {=\u043F\u043E\u0441\u0442\u0443\u043F\u0438\u043B\u043E|\u043F\u043E\u0441\u0442\u0443\u043F\u0438\u043B\u0438|\u0431\u044B\u043B\u0438 \u043D\u0430\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u044B} {N} {Q:\u0434\u0435\u043B\u043E|\u0434\u0435\u043B\u0430|\u0434\u0435\u043B} \u043E \u0441\u0430\u043C\u043E\u0432\u043E\u043B\u044C\u043D\u043E\u043C \u043E\u0441\u0442\u0430\u0432\u043B\u0435\u043D\u0438\u0438 \u0447\u0430\u0441\u0442\u0438.",
    u8"\u041F\u043E \u0441\u043B\u043E\u0432\u0430\u043C {SG}, \u043A\u0430\u043A \u043C\u0438\u043D\u0438\u043C\u0443\u043C {NS} {Q:\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0439|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445} \u0438\u0437 \u0432/\u0447 {U} \u043E\u0442\u043A\u0430\u0437\u0430\u043B\u0438\u0441\u044C \u0443\u0447\u0430\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C \u0432 \u0431\u043E\u0435\u0432\u044B\u0445 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044F\u0445.",
    u8"\u0412 {RP} \u0443\u0433\u043E\u043B\u043E\u0432\u043D\u044B\u0435 \u0434\u0435\u043B\u0430 \u043F\u043E {A} \u0432\u043E\u0437\u0431\u0443\u0436\u0434\u0435\u043D\u044B \u043F\u0440\u043E\u0442\u0438\u0432 {N} {Q:\u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u043E\u0433\u043E|\u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u044B\u0445|\u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u044B\u0445}.",
    u8"^\u041F\u043E \u043E\u0446\u0435\u043D\u043A\u0435 \u043F\u0440\u0430\u0432\u043E\u0437\u0430\u0449\u0438\u0442\u043D\u0438\u043A\u043E\u0432, {P} \u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0432 {RP} \u043F\u044B\u0442\u0430\u043B\u0438\u0441\u044C \u0438\u0437\u0431\u0435\u0436\u0430\u0442\u044C \u043F\u043E\u0432\u0442\u043E\u0440\u043D\u043E\u0439 \u043E\u0442\u043F\u0440\u0430\u0432\u043A\u0438 \u043D\u0430 \u0444\u0440\u043E\u043D\u0442.",
    u8"^\u0427\u0438\u0441\u043B\u043E \u0434\u0435\u043B \u043E \u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u0441\u0442\u0432\u0435 \u0432 {MP} {Y} \u0433\u043E\u0434\u0430 \u0434\u043E\u0441\u0442\u0438\u0433\u043B\u043E {NE}, \u0441\u043E\u043E\u0431\u0449\u0430\u0435\u0442 \u0438\u0437\u0434\u0430\u043D\u0438\u0435 {O} \u0441\u043E \u0441\u0441\u044B\u043B\u043A\u043E\u0439 \u043D\u0430 \u0441\u0443\u0434\u0435\u0431\u043D\u0443\u044E \u0441\u0442\u0430\u0442\u0438\u0441\u0442\u0438\u043A\u0443.",
    u8"{S} {G:\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B|\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0430}, \u0447\u0442\u043E \u043A\u043E\u043C\u0430\u043D\u0434\u0438\u0440\u044B \u0443\u0433\u0440\u043E\u0436\u0430\u043B\u0438 \u043E\u0442\u043A\u0430\u0437\u043D\u0438\u043A\u0430\u043C \u0443\u0433\u043E\u043B\u043E\u0432\u043D\u044B\u043C \u043F\u0440\u0435\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043D\u0438\u0435\u043C.",
    u8"^\u0420\u043E\u0434\u0441\u0442\u0432\u0435\u043D\u043D\u0438\u043A\u0438 \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445 {B} {=\u0436\u0430\u043B\u0443\u044E\u0442\u0441\u044F|\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438 \u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u0430\u043C|\u0441\u043E\u043E\u0431\u0449\u0430\u044E\u0442}, \u0447\u0442\u043E {N} {Q:\u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430|\u0447\u0435\u043B\u043E\u0432\u0435\u043A|\u0447\u0435\u043B\u043E\u0432\u0435\u043A} \u0443\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u043B\u0438 \u0432 \u043F\u043E\u0434\u0432\u0430\u043B\u0435 \u043F\u043E\u0441\u043B\u0435 \u043E\u0442\u043A\u0430\u0437\u0430 \u0432\u043E\u0435\u0432\u0430\u0442\u044C.",
    u8"^\u0413\u0430\u0440\u043D\u0438\u0437\u043E\u043D\u043D\u044B\u0439 \u0432\u043E\u0435\u043D\u043D\u044B\u0439 \u0441\u0443\u0434 \u0432 {RP} \u0441 {D} \u0440\u0430\u0441\u0441\u043C\u043E\u0442\u0440\u0435\u043B {N} {Q:\u0434\u0435\u043B\u043E|\u0434\u0435\u043B\u0430|\u0434\u0435\u043B} \u043E \u0441\u0430\u043C\u043E\u0432\u043E\u043B\u044C\u043D\u043E\u043C \u043E\u0441\u0442\u0430\u0432\u043B\u0435\u043D\u0438\u0438 \u0447\u0430\u0441\u0442\u0438.",
    u8"^\u0412\u043B\u0430\u0441\u0442\u0438 {RG} \u043F\u0440\u0438\u0437\u043D\u0430\u043B\u0438 \u0433\u0438\u0431\u0435\u043B\u044C {N} {Q:\u043C\u0435\u0441\u0442\u043D\u043E\u0433\u043E \u0436\u0438\u0442\u0435\u043B\u044F|\u043C\u0435\u0441\u0442\u043D\u044B\u0445 \u0436\u0438\u0442\u0435\u043B\u0435\u0439|\u043C\u0435\u0441\u0442\u043D\u044B\u0445 \u0436\u0438\u0442\u0435\u043B\u0435\u0439}, \u043F\u043E\u0434\u043F\u0438\u0441\u0430\u0432\u0448\u0438\u0445 \u043A\u043E\u043D\u0442\u0440\u0430\u043A\u0442 \u0441 \u041C\u0438\u043D\u043E\u0431\u043E\u0440\u043E\u043D\u044B.",
    u8"^\u0416\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u044B {O} \u0443\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u043B\u0438 \u0438\u043C\u0435\u043D\u0430 {NK} \u043F\u043E\u0433\u0438\u0431\u0448\u0438\u0445, \u043E\u0442\u043C\u0435\u0442\u0438\u0432, \u0447\u0442\u043E \u0440\u0435\u0430\u043B\u044C\u043D\u043E\u0435 \u0447\u0438\u0441\u043B\u043E, \u0432\u0435\u0440\u043E\u044F\u0442\u043D\u043E, \u0437\u043D\u0430\u0447\u0438\u0442\u0435\u043B\u044C\u043D\u043E \u0432\u044B\u0448\u0435.",
    u8"^\u0418\u0437 \u043E\u0441\u0443\u0436\u0434\u0451\u043D\u043D\u044B\u0445 \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445 {P} \u043F\u043E\u043B\u0443\u0447\u0438\u043B\u0438 \u0443\u0441\u043B\u043E\u0432\u043D\u044B\u0435 \u0441\u0440\u043E\u043A\u0438, \u043E\u0441\u0442\u0430\u043B\u044C\u043D\u044B\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u044B \u0432 \u043A\u043E\u043B\u043E\u043D\u0438\u0438.",
    u8"^\u0412\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0439, \u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u043E\u0432\u0430\u0432\u0448\u0438\u0439 \u0438\u0437 {B} \u0432 {MP} {Y} \u0433\u043E\u0434\u0430, \u0431\u044B\u043B \u0437\u0430\u0434\u0435\u0440\u0436\u0430\u043D \u0432 {RP} {D}.",
    u8"^\u041F\u0440\u043E\u043A\u0443\u0440\u043E\u0440 \u0437\u0430\u043F\u0440\u043E\u0441\u0438\u043B {T} \u043A\u043E\u043B\u043E\u043D\u0438\u0438 \u0434\u043B\u044F \u043A\u043E\u043D\u0442\u0440\u0430\u043A\u0442\u043D\u0438\u043A\u0430, \u043E\u0431\u0432\u0438\u043D\u044F\u0435\u043C\u043E\u0433\u043E \u043F\u043E {A}.",
    u8"^\u0421 \u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F 2022 \u0433\u043E\u0434\u0430 \u0441\u0443\u0434\u044B \u0432\u044B\u043D\u0435\u0441\u043B\u0438 \u0431\u043E\u043B\u0435\u0435 {NK} \u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u043E\u0432 \u043F\u043E \u0434\u0435\u043B\u0430\u043C \u043E \u0441\u0430\u043C\u043E\u0432\u043E\u043B\u044C\u043D\u043E\u043C \u043E\u0441\u0442\u0430\u0432\u043B\u0435\u043D\u0438\u0438 \u0447\u0430\u0441\u0442\u0438.",
    u8"{S} {G:\u0441\u043E\u043E\u0431\u0449\u0438\u043B|\u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0430} \u0438\u0437\u0434\u0430\u043D\u0438\u044E {O}, \u0447\u0442\u043E {NS} {Q:\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0439|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445} \u0438\u0437 {RG} \u043D\u0430\u043F\u0440\u0430\u0432\u0438\u043B\u0438 \u043A\u043E\u043B\u043B\u0435\u043A\u0442\u0438\u0432\u043D\u044B\u0435 \u043E\u0431\u0440\u0430\u0449\u0435\u043D\u0438\u044F \u0432 \u043F\u0440\u043E\u043A\u0443\u0440\u0430\u0442\u0443\u0440\u0443.",
    u8"^\u0412\u043E\u0435\u043D\u043A\u043E\u043C\u0430\u0442 \u0432 {RP} \u0437\u0430 \u043E\u0434\u043D\u0443 \u043D\u0435\u0434\u0435\u043B\u044E {=\u0440\u0430\u0437\u043E\u0441\u043B\u0430\u043B|\u0432\u0440\u0443\u0447\u0438\u043B|\u043D\u0430\u043F\u0440\u0430\u0432\u0438\u043B} {N} {Q:\u043F\u043E\u0432\u0435\u0441\u0442\u043A\u0443|\u043F\u043E\u0432\u0435\u0441\u0442\u043A\u0438|\u043F\u043E\u0432\u0435\u0441\u0442\u043E\u043A}, \u043F\u0438\u0448\u0443\u0442 \u043C\u0435\u0441\u0442\u043D\u044B\u0435 \u0421\u041C\u0418.",
    u8"^\u0412 {MP} \u043F\u0440\u043E\u043F\u0430\u0432\u0448\u0438\u043C\u0438 \u0431\u0435\u0437 \u0432\u0435\u0441\u0442\u0438 \u043F\u043E\u0441\u043B\u0435 \u0431\u043E\u0451\u0432 {=\u043D\u0430 \u043F\u0435\u0440\u0435\u0434\u043E\u0432\u043E\u0439|\u043F\u043E\u0434 \u041F\u043E\u043A\u0440\u043E\u0432\u0441\u043A\u043E\u043C|\u043F\u043E\u0434 \u041A\u0443\u043F\u044F\u043D\u0441\u043A\u043E\u043C|\u043F\u043E\u0434 \u0423\u0433\u043B\u0435\u0434\u0430\u0440\u043E\u043C|\u043F\u043E\u0434 \u0422\u043E\u0440\u0435\u0446\u043A\u043E\u043C} \u0447\u0438\u0441\u043B\u0438\u043B\u0438\u0441\u044C {N} {Q:\u0436\u0438\u0442\u0435\u043B\u044C|\u0436\u0438\u0442\u0435\u043B\u044F|\u0436\u0438\u0442\u0435\u043B\u0435\u0439} {RG}.",
    u8"^\u0421\u0443\u0434 \u043F\u0440\u0438\u0437\u043D\u0430\u043B \u043F\u043E\u0434\u0441\u0443\u0434\u0438\u043C\u043E\u0433\u043E \u0432\u0438\u043D\u043E\u0432\u043D\u044B\u043C \u043F\u043E {A} \u0438 \u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u0438\u043B \u0435\u0433\u043E \u043A {TD}.",
    u8"^\u041F\u043E \u0434\u0430\u043D\u043D\u044B\u043C \u0440\u0435\u0433\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u043E\u0433\u043E \u043E\u043C\u0431\u0443\u0434\u0441\u043C\u0435\u043D\u0430, \u0432 {Y} \u0433\u043E\u0434\u0443 \u043F\u043E\u0441\u0442\u0443\u043F\u0438\u043B\u043E {N} {Q:\u0436\u0430\u043B\u043E\u0431\u0430|\u0436\u0430\u043B\u043E\u0431\u044B|\u0436\u0430\u043B\u043E\u0431} \u043D\u0430 \u043F\u0440\u0438\u043D\u0443\u0434\u0438\u0442\u0435\u043B\u044C\u043D\u0443\u044E \u043E\u0442\u043F\u0440\u0430\u0432\u043A\u0443 \u043D\u0430 \u0444\u0440\u043E\u043D\u0442.",
    u8"^\u041F\u043E \u043E\u0446\u0435\u043D\u043A\u0435 \u044E\u0440\u0438\u0441\u0442\u043E\u0432, \u043D\u0430 \u043E\u0442\u043A\u0430\u0437\u044B \u043E\u0442 \u0443\u0447\u0430\u0441\u0442\u0438\u044F \u0432 \u0431\u043E\u0435\u0432\u044B\u0445 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044F\u0445 \u0441\u0435\u0439\u0447\u0430\u0441 \u043F\u0440\u0438\u0445\u043E\u0434\u0438\u0442\u0441\u044F {P} \u0432\u0441\u0435\u0445 \u0432\u043E\u0435\u043D\u043D\u044B\u0445 \u0434\u0435\u043B \u0432 {RP}.",
    u8"^\u0412\u043E\u0435\u043D\u043D\u044B\u0435 \u0441\u043B\u0435\u0434\u043E\u0432\u0430\u0442\u0435\u043B\u0438 \u0432\u043E\u0437\u0431\u0443\u0434\u0438\u043B\u0438 {N} {Q:\u0443\u0433\u043E\u043B\u043E\u0432\u043D\u043E\u0435 \u0434\u0435\u043B\u043E|\u0443\u0433\u043E\u043B\u043E\u0432\u043D\u044B\u0445 \u0434\u0435\u043B\u0430|\u0443\u0433\u043E\u043B\u043E\u0432\u043D\u044B\u0445 \u0434\u0435\u043B} \u043F\u0440\u043E\u0442\u0438\u0432 \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445 {B}.",
    u8"{S} {G:\u0437\u0430\u044F\u0432\u0438\u043B|\u0437\u0430\u044F\u0432\u0438\u043B\u0430}, \u0447\u0442\u043E \u0441 {D} \u0432 {RP} \u0431\u044B\u043B\u0438 \u043E\u0431\u043D\u0430\u0440\u0443\u0436\u0435\u043D\u044B \u043D\u0435 \u043C\u0435\u043D\u0435\u0435 {NS} {Q:\u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u0430|\u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u043E\u0432|\u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u043E\u0432}.",
    u8"^\u0421 {D} \u0434\u043E \u043A\u043E\u043D\u0446\u0430 \u043C\u0435\u0441\u044F\u0446\u0430 \u0441\u0443\u0434 \u0432 {RP} \u0437\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043E\u0432\u0430\u043B {N} {Q:\u043D\u043E\u0432\u043E\u0435 \u0434\u0435\u043B\u043E|\u043D\u043E\u0432\u044B\u0445 \u0434\u0435\u043B\u0430|\u043D\u043E\u0432\u044B\u0445 \u0434\u0435\u043B}.",
    u8"^\u0421\u0435\u043C\u044C\u044F \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0435\u0433\u043E \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0430, \u0447\u0442\u043E \u043E\u043D \u043E\u0442\u043A\u0430\u0437\u0430\u043B\u0441\u044F \u0432\u043E\u0437\u0432\u0440\u0430\u0449\u0430\u0442\u044C\u0441\u044F \u0432 \u0447\u0430\u0441\u0442\u044C \u043F\u043E\u0441\u043B\u0435 {=\u0434\u0432\u0443\u0445 \u0440\u0430\u043D\u0435\u043D\u0438\u0439|\u0442\u0440\u0435\u0442\u044C\u0435\u0433\u043E \u0440\u0430\u043D\u0435\u043D\u0438\u044F|\u043A\u043E\u043D\u0442\u0443\u0437\u0438\u0438}.",
    u8"^\u041A\u043E\u043C\u0430\u043D\u0434\u0438\u0440 \u0447\u0430\u0441\u0442\u0438 \u0434\u043E\u043B\u043E\u0436\u0438\u043B, \u0447\u0442\u043E {NS} {Q:\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0439|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445} \u0441\u0430\u043C\u043E\u0432\u043E\u043B\u044C\u043D\u043E \u043F\u043E\u043A\u0438\u043D\u0443\u043B\u0438 \u043F\u043E\u0437\u0438\u0446\u0438\u0438.",
    u8"^\u0412\u0441\u0435\u0433\u043E, \u043F\u043E \u0434\u0430\u043D\u043D\u044B\u043C \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438 \u0433\u0443\u0431\u0435\u0440\u043D\u0430\u0442\u043E\u0440\u0430, \u0432 {RP} \u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043E {N} {Q:\u0447\u0435\u043B\u043E\u0432\u0435\u043A|\u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430|\u0447\u0435\u043B\u043E\u0432\u0435\u043A}.",
    u8"^\u0421\u0443\u0434\u0435\u0431\u043D\u0430\u044F \u0441\u0442\u0430\u0442\u0438\u0441\u0442\u0438\u043A\u0430 \u043F\u043E\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 {N} {Q:\u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440|\u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u0430|\u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u043E\u0432} \u0437\u0430 \u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u0441\u0442\u0432\u043E \u043F\u043E {A} \u0432 \u043F\u0435\u0440\u0432\u043E\u043C \u043F\u043E\u043B\u0443\u0433\u043E\u0434\u0438\u0438 {Y} \u0433\u043E\u0434\u0430.",
    u8"^\u0416\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u044B {O} \u0443\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u043B\u0438 {N} {Q:\u043F\u043E\u0433\u0438\u0431\u0448\u0435\u0433\u043E|\u043F\u043E\u0433\u0438\u0431\u0448\u0438\u0445|\u043F\u043E\u0433\u0438\u0431\u0448\u0438\u0445} \u0438\u0437 {RG}, \u0432 \u0442\u043E\u043C \u0447\u0438\u0441\u043B\u0435 {NS} {Q:\u043E\u0444\u0438\u0446\u0435\u0440\u0430|\u043E\u0444\u0438\u0446\u0435\u0440\u043E\u0432|\u043E\u0444\u0438\u0446\u0435\u0440\u043E\u0432}.",
    u8"{P} \u0431\u043E\u0439\u0446\u043E\u0432 \u0431\u0430\u0442\u0430\u043B\u044C\u043E\u043D\u0430 {=\u0447\u0438\u0441\u043B\u044F\u0442\u0441\u044F|\u0447\u0438\u0441\u043B\u0438\u043B\u0438\u0441\u044C} \u043F\u0440\u043E\u043F\u0430\u0432\u0448\u0438\u043C\u0438 \u0431\u0435\u0437 \u0432\u0435\u0441\u0442\u0438, {G:\u0441\u043A\u0430\u0437\u0430\u043B|\u0441\u043A\u0430\u0437\u0430\u043B\u0430} {S}.",
    u8"^\u041F\u0440\u043E\u043A\u0443\u0440\u0430\u0442\u0443\u0440\u0430 {RG} \u043D\u0430\u043F\u0440\u0430\u0432\u0438\u043B\u0430 \u0432 \u0441\u0443\u0434 {N} {Q:\u0434\u0435\u043B\u043E|\u0434\u0435\u043B\u0430|\u0434\u0435\u043B} \u043E\u0431 \u0443\u043A\u043B\u043E\u043D\u0435\u043D\u0438\u0438 \u043E\u0442 \u043C\u043E\u0431\u0438\u043B\u0438\u0437\u0430\u0446\u0438\u0438.",
    u8"^\u0412\u043E\u0435\u043D\u043D\u044B\u0439 \u0441\u0443\u0434 \u0432 {RP} \u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u0438\u043B \u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u043E\u0433\u043E \u043A {TD} \u0437\u0430 \u043D\u0435\u0438\u0441\u043F\u043E\u043B\u043D\u0435\u043D\u0438\u0435 \u043F\u0440\u0438\u043A\u0430\u0437\u0430.",
    u8"^\u0421 {D} \u0447\u0438\u0441\u043B\u043E \u0434\u0435\u043B \u043E \u0441\u0430\u043C\u043E\u0432\u043E\u043B\u044C\u043D\u043E\u043C \u043E\u0441\u0442\u0430\u0432\u043B\u0435\u043D\u0438\u0438 \u0447\u0430\u0441\u0442\u0438 \u0432 {RP} \u043F\u0440\u0435\u0432\u044B\u0441\u0438\u043B\u043E {NK}.",
    u8"\u041F\u043E \u0441\u043B\u043E\u0432\u0430\u043C {SG}, \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u043C \u0443\u0433\u0440\u043E\u0436\u0430\u043B\u0438 \u043E\u0442\u043F\u0440\u0430\u0432\u043A\u043E\u0439 {=\u0432 \u0448\u0442\u0443\u0440\u043C\u043E\u0432\u044B\u0435 \u043F\u043E\u0434\u0440\u0430\u0437\u0434\u0435\u043B\u0435\u043D\u0438\u044F|\u0432 \u043E\u0442\u0440\u044F\u0434\u044B \u00AB\u0428\u0442\u043E\u0440\u043C Z\u00BB|\u043D\u0430 \u0441\u0430\u043C\u044B\u0435 \u043E\u043F\u0430\u0441\u043D\u044B\u0435 \u0443\u0447\u0430\u0441\u0442\u043A\u0438}.",
    u8"^\u0412\u043E\u043B\u043E\u043D\u0442\u0451\u0440\u044B, \u043F\u043E\u043C\u043E\u0433\u0430\u044E\u0449\u0438\u0435 \u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u0430\u043C, \u0442\u043E\u043B\u044C\u043A\u043E \u0432 {MP} \u043F\u043E\u043B\u0443\u0447\u0438\u043B\u0438 {N} {Q:\u043E\u0431\u0440\u0430\u0449\u0435\u043D\u0438\u0435|\u043E\u0431\u0440\u0430\u0449\u0435\u043D\u0438\u044F|\u043E\u0431\u0440\u0430\u0449\u0435\u043D\u0438\u0439} \u0437\u0430 \u043F\u043E\u043C\u043E\u0449\u044C\u044E.",
    u8"^\u041F\u043E\u0434\u0441\u0443\u0434\u0438\u043C\u044B\u0439, {AGE}-\u043B\u0435\u0442\u043D\u0438\u0439 \u043A\u043E\u043D\u0442\u0440\u0430\u043A\u0442\u043D\u0438\u043A, {=\u043F\u043E\u043B\u043D\u043E\u0441\u0442\u044C\u044E \u043F\u0440\u0438\u0437\u043D\u0430\u043B \u0432\u0438\u043D\u0443|\u0432\u0438\u043D\u0443 \u043D\u0435 \u043F\u0440\u0438\u0437\u043D\u0430\u043B|\u0447\u0430\u0441\u0442\u0438\u0447\u043D\u043E \u043F\u0440\u0438\u0437\u043D\u0430\u043B \u0432\u0438\u043D\u0443}.",
    u8"^\u041F\u043E\u0442\u0435\u0440\u0438 \u0441\u0440\u0435\u0434\u0438 \u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0438\u0437 {RG} \u043E\u0446\u0435\u043D\u0438\u0432\u0430\u044E\u0442\u0441\u044F \u0432 {N} {Q:\u043F\u043E\u0433\u0438\u0431\u0448\u0435\u0433\u043E|\u043F\u043E\u0433\u0438\u0431\u0448\u0438\u0445|\u043F\u043E\u0433\u0438\u0431\u0448\u0438\u0445} \u0438 {N} {Q:\u0440\u0430\u043D\u0435\u043D\u043E\u0433\u043E|\u0440\u0430\u043D\u0435\u043D\u044B\u0445|\u0440\u0430\u043D\u0435\u043D\u044B\u0445}.",
    u8"{S} {G:\u043E\u0442\u043C\u0435\u0442\u0438\u043B|\u043E\u0442\u043C\u0435\u0442\u0438\u043B\u0430}, \u0447\u0442\u043E {P} \u0434\u0435\u043B \u043A\u0430\u0441\u0430\u044E\u0442\u0441\u044F \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445, \u043F\u043E\u043A\u0438\u043D\u0443\u0432\u0448\u0438\u0445 \u0447\u0430\u0441\u0442\u044C \u043F\u043E\u0441\u043B\u0435 \u0440\u0430\u043D\u0435\u043D\u0438\u044F.",
    u8"^\u0412\u043B\u0430\u0441\u0442\u0438 {RG} \u043F\u0440\u0435\u0434\u043B\u043E\u0436\u0438\u043B\u0438 \u0435\u0434\u0438\u043D\u043E\u0432\u0440\u0435\u043C\u0435\u043D\u043D\u0443\u044E \u0432\u044B\u043F\u043B\u0430\u0442\u0443 \u0432 \u0440\u0430\u0437\u043C\u0435\u0440\u0435 {MONEY} \u043C\u0443\u0436\u0447\u0438\u043D\u0430\u043C, \u043F\u043E\u0434\u043F\u0438\u0441\u0430\u0432\u0448\u0438\u043C \u043A\u043E\u043D\u0442\u0440\u0430\u043A\u0442.",
    u8"^\u0412\u043E\u0435\u043D\u043A\u043E\u043C\u0430\u0442 \u0441\u043E\u043E\u0431\u0449\u0438\u043B, \u0447\u0442\u043E {N} {Q:\u0440\u0435\u0437\u0435\u0440\u0432\u0438\u0441\u0442|\u0440\u0435\u0437\u0435\u0440\u0432\u0438\u0441\u0442\u0430|\u0440\u0435\u0437\u0435\u0440\u0432\u0438\u0441\u0442\u043E\u0432} \u043D\u0435 \u044F\u0432\u0438\u043B\u0438\u0441\u044C \u043F\u043E\u0441\u043B\u0435 \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u0438\u044F \u043F\u043E\u0432\u0435\u0441\u0442\u043E\u043A.",
    u8"^\u0421\u0440\u0435\u0434\u0438 \u043E\u0441\u0443\u0436\u0434\u0451\u043D\u043D\u044B\u0445 {NS} {Q:\u043E\u0444\u0438\u0446\u0435\u0440|\u043E\u0444\u0438\u0446\u0435\u0440\u0430|\u043E\u0444\u0438\u0446\u0435\u0440\u043E\u0432}, \u043F\u043E\u0434\u0441\u0447\u0438\u0442\u0430\u043B\u0438 \u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u044B {O}.",
    u8"^\u0421\u0443\u0434 \u0432 {RP} \u0432\u0435\u0440\u043D\u0443\u043B \u043F\u0440\u043E\u043A\u0443\u0440\u043E\u0440\u0430\u043C {NS} {Q:\u0434\u0435\u043B\u043E|\u0434\u0435\u043B\u0430|\u0434\u0435\u043B} \u0434\u043B\u044F \u0434\u043E\u043F\u043E\u043B\u043D\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0433\u043E \u0440\u0430\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043D\u0438\u044F.",
    u8"\u041F\u043E \u0434\u0430\u043D\u043D\u044B\u043C {SG}, \u0441 {D} \u0432\u043E\u0435\u0432\u0430\u0442\u044C \u043E\u0442\u043A\u0430\u0437\u0430\u043B\u0438\u0441\u044C \u043D\u0435 \u043C\u0435\u043D\u0435\u0435 {NE} {Q:\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0435\u0433\u043E|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445} {B}.",
    u8"^\u041C\u0438\u043D\u043E\u0431\u043E\u0440\u043E\u043D\u044B \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B\u043E \u043D\u0430 \u0437\u0430\u043F\u0440\u043E\u0441 \u043E \u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0438 \u043F\u043E \u043F\u043E\u0432\u043E\u0434\u0443 \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0439 \u043E\u0431 \u043E\u0442\u043A\u0430\u0437\u0430\u0445.",
    u8"^\u0412 {Y} \u0433\u043E\u0434\u0443 \u0432\u043E\u0435\u043D\u043D\u044B\u0435 \u0441\u0443\u0434\u044B \u043E\u0441\u0443\u0434\u0438\u043B\u0438 \u0437\u0430 \u0441\u0430\u043C\u043E\u0432\u043E\u043B\u044C\u043D\u043E\u0435 \u043E\u0441\u0442\u0430\u0432\u043B\u0435\u043D\u0438\u0435 \u0447\u0430\u0441\u0442\u0438 {NK} \u0447\u0435\u043B\u043E\u0432\u0435\u043A, \u0433\u043E\u0434\u043E\u043C \u0440\u0430\u043D\u0435\u0435 \u2014 {NK}.",
    u8"^\u0421\u043E\u0433\u043B\u0430\u0441\u043D\u043E \u043C\u0430\u0442\u0435\u0440\u0438\u0430\u043B\u0430\u043C \u0434\u0435\u043B\u0430, \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0439 \u043E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u043E\u0432\u0430\u043B \u0432 \u0432/\u0447 {U} {NS} {Q:\u0434\u0435\u043D\u044C|\u0434\u043D\u044F|\u0434\u043D\u0435\u0439}.",
    u8"{S} {G:\u0441\u043A\u0430\u0437\u0430\u043B|\u0441\u043A\u0430\u0437\u0430\u043B\u0430}: \u00AB\u0423 \u043D\u0430\u0441 \u043D\u0435\u0442 \u043D\u0438\u043A\u0430\u043A\u043E\u0439 \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u0438 \u043E \u0442\u043E\u043C, \u0433\u0434\u0435 {=\u043E\u043D\u0438 \u043D\u0430\u0445\u043E\u0434\u044F\u0442\u0441\u044F|\u0441\u0435\u0439\u0447\u0430\u0441 \u044D\u0442\u0438 \u043B\u044E\u0434\u0438|\u0438\u0445 \u0434\u0435\u0440\u0436\u0430\u0442}\u00BB.",
    u8"^\u041C\u0430\u0442\u0435\u0440\u0438 \u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0438\u0437 {RP} \u0437\u0430\u043F\u0438\u0441\u0430\u043B\u0438 \u0432\u0438\u0434\u0435\u043E\u043E\u0431\u0440\u0430\u0449\u0435\u043D\u0438\u0435 \u0441 \u043F\u0440\u043E\u0441\u044C\u0431\u043E\u0439 {=\u0432\u0435\u0440\u043D\u0443\u0442\u044C \u0441\u044B\u043D\u043E\u0432\u0435\u0439 \u0434\u043E\u043C\u043E\u0439|\u043F\u0440\u043E\u0432\u0435\u0441\u0442\u0438 \u0440\u043E\u0442\u0430\u0446\u0438\u044E|\u0434\u0435\u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u0442\u044C \u0438\u0445}.",
    u8"^\u0417\u0430\u0441\u0435\u0434\u0430\u043D\u0438\u0435 \u0432 {CP} \u0434\u043B\u0438\u043B\u043E\u0441\u044C {NS} {Q:\u043C\u0438\u043D\u0443\u0442\u0443|\u043C\u0438\u043D\u0443\u0442\u044B|\u043C\u0438\u043D\u0443\u0442}, {G:\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B|\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0430} {S}.",
};

constexpr const char8_t* kEnFillers[] = {
    u8"^The situation remains tense, local residents say.",
    u8"^Officials declined to comment on the figures.",
    u8"The data could not be independently verified.",
    u8"{O} has previously reported on similar cases.",
    u8"^The hearing was held behind closed doors.",
    u8"^The next hearing is scheduled for {D}.",
    u8"^Independent journalists have repeatedly pointed out gaps in official statistics.",
    u8"Read more about this in our {=previous report|earlier investigation|explainer}.",
    u8"This story was updated with comments from the regional administration.",
    u8"Neither side has published comprehensive figures.",
    u8"^Some of the names were withheld at the request of relatives.",
    u8"^The governor of {R} did not answer questions from reporters.",
    u8"^Lawyers say many cases never reach the courts.",
    u8"This article was prepared with the help of readers who sent us documents.",
    u8"^The verdict can be appealed within 15 days.",
    u8"The Kremlin has not commented on the reports.",
    u8"^Analysts warn that the trend may continue {=into next year|for months|well beyond the summer}.",
    u8"^Journalists spoke to {NS} {Q:relative|relatives} of servicemen.",
    u8"^Reporters reviewed court documents published on the court's website.",
    u8"^The regional press service said the information was being checked.",
};

constexpr const char8_t* kRuFillers[] = {
    u8"^\u0421\u0438\u0442\u0443\u0430\u0446\u0438\u044F \u043E\u0441\u0442\u0430\u0451\u0442\u0441\u044F \u043D\u0430\u043F\u0440\u044F\u0436\u0451\u043D\u043D\u043E\u0439, \u0433\u043E\u0432\u043E\u0440\u044F\u0442 \u043C\u0435\u0441\u0442\u043D\u044B\u0435 \u0436\u0438\u0442\u0435\u043B\u0438.",
    u8"^\u041E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0435 \u043B\u0438\u0446\u0430 \u043E\u0442\u043A\u0430\u0437\u0430\u043B\u0438\u0441\u044C \u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0438\u0440\u043E\u0432\u0430\u0442\u044C \u044D\u0442\u0438 \u0446\u0438\u0444\u0440\u044B.",
    u8"\u041D\u0435\u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E \u043F\u0440\u043E\u0432\u0435\u0440\u0438\u0442\u044C \u044D\u0442\u0438 \u0434\u0430\u043D\u043D\u044B\u0435 \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C.",
    u8"\u0420\u0430\u043D\u0435\u0435 \u0438\u0437\u0434\u0430\u043D\u0438\u0435 {O} \u043F\u0438\u0441\u0430\u043B\u043E \u043E \u043F\u043E\u0445\u043E\u0436\u0438\u0445 \u0441\u043B\u0443\u0447\u0430\u044F\u0445.",
    u8"^\u0417\u0430\u0441\u0435\u0434\u0430\u043D\u0438\u0435 \u043F\u0440\u043E\u0448\u043B\u043E \u0432 \u0437\u0430\u043A\u0440\u044B\u0442\u043E\u043C \u0440\u0435\u0436\u0438\u043C\u0435.",
    u8"^\u0421\u043B\u0435\u0434\u0443\u044E\u0449\u0435\u0435 \u0437\u0430\u0441\u0435\u0434\u0430\u043D\u0438\u0435 \u043D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u043E \u043D\u0430 {D}.",
    u8"^\u041D\u0435\u0437\u0430\u0432\u0438\u0441\u0438\u043C\u044B\u0435 \u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u044B \u043D\u0435\u043E\u0434\u043D\u043E\u043A\u0440\u0430\u0442\u043D\u043E \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u043B\u0438 \u043D\u0430 \u043F\u0440\u043E\u0431\u0435\u043B\u044B \u0432 \u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u043E\u0439 \u0441\u0442\u0430\u0442\u0438\u0441\u0442\u0438\u043A\u0435.",
    u8"\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435 \u043E\u0431 \u044D\u0442\u043E\u043C \u2014 \u0432 \u043D\u0430\u0448\u0435\u043C {=\u043F\u0440\u0435\u0434\u044B\u0434\u0443\u0449\u0435\u043C \u043C\u0430\u0442\u0435\u0440\u0438\u0430\u043B\u0435|\u0440\u0430\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043D\u0438\u0438|\u043E\u0431\u044A\u044F\u0441\u043D\u0435\u043D\u0438\u0438}.",
    u8"\u041C\u0430\u0442\u0435\u0440\u0438\u0430\u043B \u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D \u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0435\u043C \u0440\u0435\u0433\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u043E\u0439 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438.",
    u8"\u041D\u0438 \u043E\u0434\u043D\u0430 \u0438\u0437 \u0441\u0442\u043E\u0440\u043E\u043D \u043D\u0435 \u043F\u0443\u0431\u043B\u0438\u043A\u0443\u0435\u0442 \u043F\u043E\u043B\u043D\u044B\u0445 \u0434\u0430\u043D\u043D\u044B\u0445.",
    u8"^\u041D\u0435\u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u0438\u043C\u0435\u043D\u0430 \u043D\u0435 \u0440\u0430\u0441\u043A\u0440\u044B\u0432\u0430\u044E\u0442\u0441\u044F \u043F\u043E \u043F\u0440\u043E\u0441\u044C\u0431\u0435 \u0440\u043E\u0434\u0441\u0442\u0432\u0435\u043D\u043D\u0438\u043A\u043E\u0432.",
    u8"^\u0412 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438 \u0433\u0443\u0431\u0435\u0440\u043D\u0430\u0442\u043E\u0440\u0430 {RG} \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B\u0438 \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441\u044B \u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u043E\u0432.",
    u8"^\u042E\u0440\u0438\u0441\u0442\u044B \u0433\u043E\u0432\u043E\u0440\u044F\u0442, \u0447\u0442\u043E \u043C\u043D\u043E\u0433\u0438\u0435 \u0434\u0435\u043B\u0430 \u0442\u0430\u043A \u0438 \u043D\u0435 \u0434\u043E\u0445\u043E\u0434\u044F\u0442 \u0434\u043E \u0441\u0443\u0434\u0430.",
    u8"\u041C\u0430\u0442\u0435\u0440\u0438\u0430\u043B \u043F\u043E\u0434\u0433\u043E\u0442\u043E\u0432\u043B\u0435\u043D \u043F\u0440\u0438 \u043F\u043E\u043C\u043E\u0449\u0438 \u0447\u0438\u0442\u0430\u0442\u0435\u043B\u0435\u0439, \u043F\u0440\u0438\u0441\u043B\u0430\u0432\u0448\u0438\u0445 \u043D\u0430\u043C \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B.",
    u8"^\u041F\u0440\u0438\u0433\u043E\u0432\u043E\u0440 \u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C \u043E\u0431\u0436\u0430\u043B\u043E\u0432\u0430\u043D \u0432 \u0442\u0435\u0447\u0435\u043D\u0438\u0435 15 \u0441\u0443\u0442\u043E\u043A.",
    u8"\u0412 \u041A\u0440\u0435\u043C\u043B\u0435 \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u044F \u043D\u0435 \u043F\u0440\u043E\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0438\u0440\u043E\u0432\u0430\u043B\u0438.",
    u8"^\u0410\u043D\u0430\u043B\u0438\u0442\u0438\u043A\u0438 \u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0430\u044E\u0442, \u0447\u0442\u043E \u0442\u0435\u043D\u0434\u0435\u043D\u0446\u0438\u044F \u043C\u043E\u0436\u0435\u0442 \u0441\u043E\u0445\u0440\u0430\u043D\u0438\u0442\u044C\u0441\u044F {=\u0438 \u0432 \u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0435\u043C \u0433\u043E\u0434\u0443|\u0435\u0449\u0451 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u043C\u0435\u0441\u044F\u0446\u0435\u0432|\u0438 \u043F\u043E\u0441\u043B\u0435 \u043B\u0435\u0442\u0430}.",
    u8"^\u0416\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u044B \u043F\u043E\u0433\u043E\u0432\u043E\u0440\u0438\u043B\u0438 \u0441 {NS} {Q:\u0440\u043E\u0434\u0441\u0442\u0432\u0435\u043D\u043D\u0438\u043A\u043E\u043C|\u0440\u043E\u0434\u0441\u0442\u0432\u0435\u043D\u043D\u0438\u043A\u0430\u043C\u0438|\u0440\u043E\u0434\u0441\u0442\u0432\u0435\u043D\u043D\u0438\u043A\u0430\u043C\u0438} \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445.",
    u8"^\u041A\u043E\u0440\u0440\u0435\u0441\u043F\u043E\u043D\u0434\u0435\u043D\u0442\u044B \u0438\u0437\u0443\u0447\u0438\u043B\u0438 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B, \u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D\u043D\u044B\u0435 \u043D\u0430 \u0441\u0430\u0439\u0442\u0435 \u0441\u0443\u0434\u0430.",
    u8"^\u0412 \u043F\u0440\u0435\u0441\u0441-\u0441\u043B\u0443\u0436\u0431\u0435 \u0440\u0435\u0433\u0438\u043E\u043D\u0430 \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0438, \u0447\u0442\u043E \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0435\u0442\u0441\u044F.",
};

constexpr const char8_t* kEnPrefixes[] = {
    u8"Meanwhile, ", u8"At the same time, ", u8"In addition, ",
    u8"As {O} reported, ", u8"Separately, ", u8"Earlier, ",
    u8"According to local media, ", u8"Notably, ",
};
constexpr const char8_t* kRuPrefixes[] = {
    u8"\u041A\u0440\u043E\u043C\u0435 \u0442\u043E\u0433\u043E, ", u8"\u041F\u0440\u0438 \u044D\u0442\u043E\u043C ", u8"\u041C\u0435\u0436\u0434\u0443 \u0442\u0435\u043C ",
    u8"\u041A\u0430\u043A \u0441\u043E\u043E\u0431\u0449\u0430\u0435\u0442 \u0438\u0437\u0434\u0430\u043D\u0438\u0435 {O}, ", u8"\u0422\u0435\u043C \u0432\u0440\u0435\u043C\u0435\u043D\u0435\u043C ", u8"\u041A\u0430\u043A \u0432\u044B\u044F\u0441\u043D\u0438\u043B\u0438 \u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u044B, ",
    u8"\u0422\u0430\u043A\u0436\u0435 ", u8"\u041E\u0442\u043C\u0435\u0442\u0438\u043C, \u0447\u0442\u043E ",
};
constexpr const char8_t* kEnSuffixes[] = {
    u8", {O} reported.", u8", according to {O}.", u8", sources said.",
    u8", court documents show.", u8", {S} said.",
};
constexpr const char8_t* kRuSuffixes[] = {
    u8", \u0441\u043E\u043E\u0431\u0449\u0430\u0435\u0442 \u0438\u0437\u0434\u0430\u043D\u0438\u0435 {O}.", u8", \u043F\u0438\u0448\u0435\u0442 {O}.", u8", \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0438 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438.",
    u8", \u0441\u043B\u0435\u0434\u0443\u0435\u0442 \u0438\u0437 \u043C\u0430\u0442\u0435\u0440\u0438\u0430\u043B\u043E\u0432 \u0434\u0435\u043B\u0430.", u8", {G:\u0441\u043A\u0430\u0437\u0430\u043B|\u0441\u043A\u0430\u0437\u0430\u043B\u0430} {S}.",
};

constexpr const char8_t* kEnHeadlines[] = {
    u8"{C} jails soldier from {R} for refusing to fight",
    u8"Desertion cases in {R} reach {NE}",
    u8"More than {NK} AWOL verdicts since mobilisation began",
    u8"Mobilised men from {R} say they were held in a basement",
    u8"{NS} soldiers of {B} refuse to return to the front, relatives say",
    u8"Court in {R} jails deserter for {T}",
    u8"Number of refuseniks in {R} grows to {NE}",
    u8"Lawyer: {P} of military cases involve refusals to fight",
    u8"How {R} hides its war losses",
    u8"{N} residents of {R} killed in the war, count shows",
    u8"Military prosecutors open {N} cases against servicemen",
    u8"Why soldiers from {R} are leaving their units",
    u8"{R} offers {MONEY} to new recruits",
    u8"Deserter from {B} detained in {R}",
    u8"Families of missing soldiers from {R} demand answers",
    u8"Courts in {R} flooded with AWOL cases in {MP}",
};
constexpr const char8_t* kRuHeadlines[] = {
    u8"{C} \u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u0438\u043B \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0435\u0433\u043E \u0438\u0437 {RG} \u043A {TD} \u0437\u0430 \u043E\u0442\u043A\u0430\u0437 \u0432\u043E\u0435\u0432\u0430\u0442\u044C",
    u8"\u0427\u0438\u0441\u043B\u043E \u0434\u0435\u043B \u043E \u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u0441\u0442\u0432\u0435 \u0432 {RP} \u0434\u043E\u0441\u0442\u0438\u0433\u043B\u043E {NE}",
    u8"\u0421\u0443\u0434\u044B \u0432\u044B\u043D\u0435\u0441\u043B\u0438 \u0431\u043E\u043B\u0435\u0435 {NK} \u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u043E\u0432 \u0437\u0430 \u0441\u0430\u043C\u043E\u0432\u043E\u043B\u044C\u043D\u043E\u0435 \u043E\u0441\u0442\u0430\u0432\u043B\u0435\u043D\u0438\u0435 \u0447\u0430\u0441\u0442\u0438",
    u8"\u041C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u044B\u0435 \u0438\u0437 {RG} \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0447\u0442\u043E \u0438\u0445 \u0443\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u043B\u0438 \u0432 \u043F\u043E\u0434\u0432\u0430\u043B\u0435",
    u8"{NS} {Q:\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0439|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445|\u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445} {B} \u043E\u0442\u043A\u0430\u0437\u0430\u043B\u0438\u0441\u044C \u0432\u043E\u0437\u0432\u0440\u0430\u0449\u0430\u0442\u044C\u0441\u044F \u043D\u0430 \u0444\u0440\u043E\u043D\u0442",
    u8"\u0412 {RP} \u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u0430 \u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440\u0438\u043B\u0438 \u043A {TD} \u043A\u043E\u043B\u043E\u043D\u0438\u0438",
    u8"\u0427\u0438\u0441\u043B\u043E \u043E\u0442\u043A\u0430\u0437\u043D\u0438\u043A\u043E\u0432 \u0432 {RP} \u0432\u044B\u0440\u043E\u0441\u043B\u043E \u0434\u043E {NE}",
    u8"\u042E\u0440\u0438\u0441\u0442: {P} \u0432\u043E\u0435\u043D\u043D\u044B\u0445 \u0434\u0435\u043B \u0441\u0432\u044F\u0437\u0430\u043D\u044B \u0441 \u043E\u0442\u043A\u0430\u0437\u0430\u043C\u0438 \u0432\u043E\u0435\u0432\u0430\u0442\u044C",
    u8"\u041A\u0430\u043A {R} \u0441\u043A\u0440\u044B\u0432\u0430\u0435\u0442 \u043F\u043E\u0442\u0435\u0440\u0438 \u043D\u0430 \u0432\u043E\u0439\u043D\u0435",
    u8"\u0423\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u044B \u0438\u043C\u0435\u043D\u0430 {NK} \u043F\u043E\u0433\u0438\u0431\u0448\u0438\u0445 \u0438\u0437 {RG}",
    u8"\u0412\u043E\u0435\u043D\u043D\u0430\u044F \u043F\u0440\u043E\u043A\u0443\u0440\u0430\u0442\u0443\u0440\u0430 \u0432\u043E\u0437\u0431\u0443\u0434\u0438\u043B\u0430 {N} {Q:\u0434\u0435\u043B\u043E|\u0434\u0435\u043B\u0430|\u0434\u0435\u043B} \u043F\u0440\u043E\u0442\u0438\u0432 \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0445",
    u8"\u041F\u043E\u0447\u0435\u043C\u0443 \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0435 \u0438\u0437 {RG} \u043F\u043E\u043A\u0438\u0434\u0430\u044E\u0442 \u0441\u0432\u043E\u0438 \u0447\u0430\u0441\u0442\u0438",
    u8"\u0412\u043B\u0430\u0441\u0442\u0438 {RG} \u043E\u0431\u0435\u0449\u0430\u044E\u0442 {MONEY} \u043D\u043E\u0432\u044B\u043C \u043A\u043E\u043D\u0442\u0440\u0430\u043A\u0442\u043D\u0438\u043A\u0430\u043C",
    u8"\u0414\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u0430 \u0438\u0437 {B} \u0437\u0430\u0434\u0435\u0440\u0436\u0430\u043B\u0438 \u0432 {RP}",
    u8"\u0421\u0435\u043C\u044C\u0438 \u043F\u0440\u043E\u043F\u0430\u0432\u0448\u0438\u0445 \u0431\u0435\u0437 \u0432\u0435\u0441\u0442\u0438 \u0438\u0437 {RG} \u0442\u0440\u0435\u0431\u0443\u044E\u0442 \u043E\u0442\u0432\u0435\u0442\u043E\u0432",
    u8"\u0421\u0443\u0434\u044B {RG} \u0437\u0430\u0432\u0430\u043B\u0435\u043D\u044B \u0434\u0435\u043B\u0430\u043C\u0438 \u043E \u0421\u041E\u0427",
};

constexpr const char8_t* kEnComments[] = {
    u8"This has been going on for months and nobody talks about it.",
    u8"Where are the official numbers?",
    u8"My cousin from {R} was mobilised in {Y} and still has not come home.",
    u8"Thank you for covering this.",
    u8"The real figures are surely much higher.",
    u8"Does anyone know how to contact these lawyers?",
    u8"Same situation in {R}, nobody is counting.",
    u8"Shameful.",
    u8"I read the court documents myself. It is all true.",
    u8"How many more? {NE} is not just a number.",
};
constexpr const char8_t* kRuComments[] = {
    u8"\u042D\u0442\u043E \u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0430\u0435\u0442\u0441\u044F \u0443\u0436\u0435 \u043C\u043D\u043E\u0433\u043E \u043C\u0435\u0441\u044F\u0446\u0435\u0432, \u0438 \u043D\u0438\u043A\u0442\u043E \u043E\u0431 \u044D\u0442\u043E\u043C \u043D\u0435 \u0433\u043E\u0432\u043E\u0440\u0438\u0442.",
    u8"\u0413\u0434\u0435 \u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0435 \u0446\u0438\u0444\u0440\u044B?",
    u8"\u041C\u043E\u0439 \u0431\u0440\u0430\u0442 \u0438\u0437 {RG} \u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D \u0432 {Y} \u0433\u043E\u0434\u0443 \u0438 \u0434\u043E \u0441\u0438\u0445 \u043F\u043E\u0440 \u043D\u0435 \u0432\u0435\u0440\u043D\u0443\u043B\u0441\u044F.",
    u8"\u0421\u043F\u0430\u0441\u0438\u0431\u043E, \u0447\u0442\u043E \u043F\u0438\u0448\u0435\u0442\u0435 \u043E\u0431 \u044D\u0442\u043E\u043C.",
    u8"\u0420\u0435\u0430\u043B\u044C\u043D\u044B\u0435 \u0446\u0438\u0444\u0440\u044B \u043D\u0430\u0432\u0435\u0440\u043D\u044F\u043A\u0430 \u0433\u043E\u0440\u0430\u0437\u0434\u043E \u0432\u044B\u0448\u0435.",
    u8"\u041A\u0442\u043E-\u043D\u0438\u0431\u0443\u0434\u044C \u0437\u043D\u0430\u0435\u0442, \u043A\u0430\u043A \u0441\u0432\u044F\u0437\u0430\u0442\u044C\u0441\u044F \u0441 \u044D\u0442\u0438\u043C\u0438 \u044E\u0440\u0438\u0441\u0442\u0430\u043C\u0438?",
    u8"\u0412 {RP} \u0442\u043E \u0436\u0435 \u0441\u0430\u043C\u043E\u0435, \u043D\u0438\u043A\u0442\u043E \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0441\u0447\u0438\u0442\u0430\u0435\u0442.",
    u8"\u041F\u043E\u0437\u043E\u0440.",
    u8"\u0421\u0430\u043C \u0447\u0438\u0442\u0430\u043B \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B \u0441\u0443\u0434\u0430, \u0432\u0441\u0451 \u0442\u0430\u043A \u0438 \u0435\u0441\u0442\u044C.",
    u8"\u0421\u043A\u043E\u043B\u044C\u043A\u043E \u0435\u0449\u0451? {NE} \u2014 \u044D\u0442\u043E \u043D\u0435 \u043F\u0440\u043E\u0441\u0442\u043E \u0446\u0438\u0444\u0440\u0430.",
};

constexpr const char8_t* kEnQuotes[] = {
    u8"We do not know where our sons are, and no one gives us answers.",
    u8"He was sent back to the front with an unhealed wound.",
    u8"The commanders told them: either you go on the assault, or you go to prison.",
    u8"Every week we receive new requests from families.",
    u8"The courts simply rubber-stamp these cases.",
    u8"They were promised rotation after six months. It never happened.",
};
constexpr const char8_t* kRuQuotes[] = {
    u8"\u041C\u044B \u043D\u0435 \u0437\u043D\u0430\u0435\u043C, \u0433\u0434\u0435 \u043D\u0430\u0448\u0438 \u0441\u044B\u043D\u043E\u0432\u044C\u044F, \u0438 \u043D\u0438\u043A\u0442\u043E \u043D\u0435 \u0434\u0430\u0451\u0442 \u043D\u0430\u043C \u043E\u0442\u0432\u0435\u0442\u043E\u0432.",
    u8"\u0415\u0433\u043E \u043E\u0442\u043F\u0440\u0430\u0432\u0438\u043B\u0438 \u043E\u0431\u0440\u0430\u0442\u043D\u043E \u043D\u0430 \u0444\u0440\u043E\u043D\u0442 \u0441 \u043D\u0435\u0437\u0430\u0436\u0438\u0432\u0448\u0438\u043C \u0440\u0430\u043D\u0435\u043D\u0438\u0435\u043C.",
    u8"\u041A\u043E\u043C\u0430\u043D\u0434\u0438\u0440\u044B \u0441\u043A\u0430\u0437\u0430\u043B\u0438 \u0438\u043C: \u0438\u043B\u0438 \u0438\u0434\u0451\u0442\u0435 \u043D\u0430 \u0448\u0442\u0443\u0440\u043C, \u0438\u043B\u0438 \u0432 \u0442\u044E\u0440\u044C\u043C\u0443.",
    u8"\u041A\u0430\u0436\u0434\u0443\u044E \u043D\u0435\u0434\u0435\u043B\u044E \u043A \u043D\u0430\u043C \u043E\u0431\u0440\u0430\u0449\u0430\u044E\u0442\u0441\u044F \u043D\u043E\u0432\u044B\u0435 \u0441\u0435\u043C\u044C\u0438.",
    u8"\u0421\u0443\u0434\u044B \u043F\u0440\u043E\u0441\u0442\u043E \u0448\u0442\u0430\u043C\u043F\u0443\u044E\u0442 \u044D\u0442\u0438 \u0434\u0435\u043B\u0430.",
    u8"\u0418\u043C \u043E\u0431\u0435\u0449\u0430\u043B\u0438 \u0440\u043E\u0442\u0430\u0446\u0438\u044E \u0447\u0435\u0440\u0435\u0437 \u043F\u043E\u043B\u0433\u043E\u0434\u0430. \u0415\u0451 \u0442\u0430\u043A \u0438 \u043D\u0435 \u0431\u044B\u043B\u043E.",
};

constexpr const char8_t* kEnCaptions[] = {
    u8"Servicemen at a training ground in {RP}.",
    u8"A military enlistment office in {RP}.",
    u8"The building of the garrison military court.",
    u8"Relatives of mobilised men at a protest in {RP}.",
    u8"A memorial to soldiers killed in the war in {RP}.",
};
constexpr const char8_t* kRuCaptions[] = {
    u8"\u0412\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0438\u0435 \u043D\u0430 \u043F\u043E\u043B\u0438\u0433\u043E\u043D\u0435 \u0432 {RP}.",
    u8"\u0412\u043E\u0435\u043D\u043A\u043E\u043C\u0430\u0442 \u0432 {RP}.",
    u8"\u0417\u0434\u0430\u043D\u0438\u0435 \u0433\u0430\u0440\u043D\u0438\u0437\u043E\u043D\u043D\u043E\u0433\u043E \u0432\u043E\u0435\u043D\u043D\u043E\u0433\u043E \u0441\u0443\u0434\u0430.",
    u8"\u0420\u043E\u0434\u0441\u0442\u0432\u0435\u043D\u043D\u0438\u043A\u0438 \u043C\u043E\u0431\u0438\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u043D\u0430 \u0430\u043A\u0446\u0438\u0438 \u0432 {RP}.",
    u8"\u041C\u0435\u043C\u043E\u0440\u0438\u0430\u043B \u043F\u043E\u0433\u0438\u0431\u0448\u0438\u043C \u043D\u0430 \u0432\u043E\u0439\u043D\u0435 \u0432 {RP}.",
};

constexpr const char8_t* kEnOutlets[] = {
    u8"Eastern Dispatch", u8"Frontline Ledger", u8"the Northwind Review",
    u8"Kyiv Wire", u8"Steppe Monitor", u8"Baltic Observer",
    u8"Vostok Monitor", u8"the Independent Courts Project",
};
constexpr const char8_t* kRuOutlets[] = {
    u8"\u00AB\u0412\u043E\u0441\u0442\u043E\u0447\u043D\u044B\u0439 \u0432\u0435\u0441\u0442\u043D\u0438\u043A\u00BB", u8"\u00AB\u0421\u0438\u0431\u0438\u0440\u044C \u0441\u0435\u0433\u043E\u0434\u043D\u044F\u00BB", u8"\u00AB\u0410\u043C\u0443\u0440\u0441\u043A\u0430\u044F \u043D\u0435\u0434\u0435\u043B\u044F\u00BB",
    u8"\u00AB\u041F\u0440\u0430\u0432\u0430 \u0441\u043E\u043B\u0434\u0430\u0442\u0430\u00BB", u8"\u00AB\u041D\u043E\u0432\u0430\u044F \u043E\u043A\u0440\u0430\u0438\u043D\u0430\u00BB", u8"\u00AB\u0423\u0440\u0430\u043B\u044C\u0441\u043A\u0438\u0439 \u043A\u0443\u0440\u044C\u0435\u0440\u00BB",
    u8"\u00AB\u0412\u043E\u0435\u043D\u043D\u044B\u0439 \u043C\u043E\u043D\u0438\u0442\u043E\u0440\u00BB",
};

constexpr const char8_t* kEnArticles[] = {
    u8"part 5 of Article 337 of the Criminal Code", u8"Article 338 of the Criminal Code",
    u8"part 2.1 of Article 332", u8"part 3.1 of Article 337", u8"Article 352.1",
    u8"part 2 of Article 339",
};
constexpr const char8_t* kRuArticles[] = {
    u8"\u0447. 5 \u0441\u0442. 337 \u0423\u041A \u0420\u0424", u8"\u0441\u0442. 338 \u0423\u041A \u0420\u0424", u8"\u0447. 2.1 \u0441\u0442. 332 \u0423\u041A",
    u8"\u0447. 3.1 \u0441\u0442. 337 \u0423\u041A \u0420\u0424", u8"\u0441\u0442. 352.1 \u0423\u041A", u8"\u0447. 2 \u0441\u0442. 339 \u0423\u041A \u0420\u0424",
};

constexpr const char8_t* kSectionSlugs[] = {
    u8"top", u8"news", u8"war", u8"politics", u8"economy", u8"society",
    u8"investigations", u8"opinion", u8"video", u8"photo", u8"podcasts",
    u8"culture", u8"sport", u8"science", u8"tech", u8"regions", u8"army",
    u8"analysis", u8"live", u8"newsletters", u8"archive", u8"about",
    u8"contacts", u8"advertising", u8"features", u8"explainers",
    u8"interviews", u8"reportage", u8"world", u8"russia",
};
constexpr const char8_t* kEnSections[] = {
    u8"Top stories", u8"News", u8"War", u8"Politics", u8"Economy", u8"Society",
    u8"Investigations", u8"Opinion", u8"Video", u8"Photo", u8"Podcasts",
    u8"Culture", u8"Sport", u8"Science", u8"Tech", u8"Regions", u8"Military",
    u8"Analysis", u8"Live", u8"Newsletters", u8"Archive", u8"About us",
    u8"Contact", u8"Advertise", u8"Features", u8"Explainers", u8"Interviews",
    u8"Reportage", u8"World", u8"Russia",
};
constexpr const char8_t* kRuSections[] = {
    u8"\u0413\u043B\u0430\u0432\u043D\u043E\u0435", u8"\u041D\u043E\u0432\u043E\u0441\u0442\u0438", u8"\u0412\u043E\u0439\u043D\u0430", u8"\u041F\u043E\u043B\u0438\u0442\u0438\u043A\u0430", u8"\u042D\u043A\u043E\u043D\u043E\u043C\u0438\u043A\u0430", u8"\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u043E",
    u8"\u0420\u0430\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043D\u0438\u044F", u8"\u041C\u043D\u0435\u043D\u0438\u044F", u8"\u0412\u0438\u0434\u0435\u043E", u8"\u0424\u043E\u0442\u043E", u8"\u041F\u043E\u0434\u043A\u0430\u0441\u0442\u044B",
    u8"\u041A\u0443\u043B\u044C\u0442\u0443\u0440\u0430", u8"\u0421\u043F\u043E\u0440\u0442", u8"\u041D\u0430\u0443\u043A\u0430", u8"\u0422\u0435\u0445\u043D\u043E\u043B\u043E\u0433\u0438\u0438", u8"\u0420\u0435\u0433\u0438\u043E\u043D\u044B", u8"\u0410\u0440\u043C\u0438\u044F",
    u8"\u0410\u043D\u0430\u043B\u0438\u0442\u0438\u043A\u0430", u8"\u041E\u043D\u043B\u0430\u0439\u043D", u8"\u0420\u0430\u0441\u0441\u044B\u043B\u043A\u0438", u8"\u0410\u0440\u0445\u0438\u0432", u8"\u041E \u043D\u0430\u0441",
    u8"\u041A\u043E\u043D\u0442\u0430\u043A\u0442\u044B", u8"\u0420\u0435\u043A\u043B\u0430\u043C\u0430", u8"\u0418\u0441\u0442\u043E\u0440\u0438\u0438", u8"\u041E\u0431\u044A\u044F\u0441\u043D\u0435\u043D\u0438\u044F", u8"\u0418\u043D\u0442\u0435\u0440\u0432\u044C\u044E",
    u8"\u0420\u0435\u043F\u043E\u0440\u0442\u0430\u0436\u0438", u8"\u041C\u0438\u0440", u8"\u0420\u043E\u0441\u0441\u0438\u044F",
};
constexpr size_t kSectionCount = std::size(kSectionSlugs);
static_assert(std::size(kEnSections) == kSectionCount);
static_assert(std::size(kRuSections) == kSectionCount);

constexpr const char8_t* kEnFirstM[] = {
    u8"Daniel", u8"James", u8"Peter", u8"Alex", u8"Mark", u8"Victor",
    u8"Thomas", u8"Oliver",
};
constexpr const char8_t* kEnFirstF[] = {
    u8"Anna", u8"Maria", u8"Olga", u8"Sophie", u8"Irina", u8"Helen",
    u8"Laura", u8"Kate",
};
constexpr const char8_t* kEnLast[] = {
    u8"Keller", u8"Novak", u8"Harper", u8"Brooks", u8"Lind", u8"Moroz",
    u8"Sullivan", u8"Weber", u8"Hale", u8"Kovacs", u8"Fischer", u8"Doyle",
};
constexpr const char8_t* kRuFirstM[] = {
    u8"\u0410\u043B\u0435\u043A\u0441\u0435\u0439", u8"\u0414\u043C\u0438\u0442\u0440\u0438\u0439", u8"\u0418\u0432\u0430\u043D", u8"\u0421\u0435\u0440\u0433\u0435\u0439", u8"\u0410\u043D\u0434\u0440\u0435\u0439", u8"\u041C\u0438\u0445\u0430\u0438\u043B",
    u8"\u041D\u0438\u043A\u043E\u043B\u0430\u0439", u8"\u041F\u0430\u0432\u0435\u043B", u8"\u0415\u0433\u043E\u0440", u8"\u041C\u0430\u043A\u0441\u0438\u043C",
};
constexpr const char8_t* kRuFirstF[] = {
    u8"\u0410\u043D\u043D\u0430", u8"\u041C\u0430\u0440\u0438\u044F", u8"\u0415\u043A\u0430\u0442\u0435\u0440\u0438\u043D\u0430", u8"\u041E\u043B\u044C\u0433\u0430", u8"\u0414\u0430\u0440\u044C\u044F", u8"\u0418\u0440\u0438\u043D\u0430",
    u8"\u0421\u0432\u0435\u0442\u043B\u0430\u043D\u0430", u8"\u0410\u043B\u0438\u043D\u0430", u8"\u041A\u0441\u0435\u043D\u0438\u044F", u8"\u041D\u0430\u0442\u0430\u043B\u044C\u044F",
};
// Masculine surnames ending in -ov/-ev/-in: the feminine form appends "a".
constexpr const char8_t* kRuLast[] = {
    u8"\u0421\u043E\u043A\u043E\u043B\u043E\u0432", u8"\u041C\u043E\u0440\u043E\u0437\u043E\u0432", u8"\u0412\u043E\u043B\u043A\u043E\u0432", u8"\u041B\u0435\u0431\u0435\u0434\u0435\u0432", u8"\u041A\u043E\u0437\u043B\u043E\u0432", u8"\u041D\u043E\u0432\u0438\u043A\u043E\u0432",
    u8"\u041E\u0440\u043B\u043E\u0432", u8"\u0417\u0430\u0439\u0446\u0435\u0432", u8"\u0411\u0435\u043B\u044F\u0435\u0432", u8"\u0421\u043C\u0438\u0440\u043D\u043E\u0432", u8"\u041A\u043E\u0432\u0430\u043B\u0451\u0432", u8"\u041D\u0438\u043A\u0438\u0442\u0438\u043D",
    u8"\u041F\u043E\u043B\u044F\u043A\u043E\u0432", u8"\u0422\u0438\u0445\u043E\u043D\u043E\u0432",
};

constexpr const char8_t* kEnHashtags[] = {
    u8"#AWOL", u8"#mobilisation", u8"#courts", u8"#war", u8"#losses",
    u8"#desertion",
};
constexpr const char8_t* kRuHashtags[] = {
    u8"#\u0421\u041E\u0427", u8"#\u043C\u043E\u0431\u0438\u043B\u0438\u0437\u0430\u0446\u0438\u044F", u8"#\u0441\u0443\u0434\u044B", u8"#\u0432\u043E\u0439\u043D\u0430", u8"#\u043F\u043E\u0442\u0435\u0440\u0438",
    u8"#\u0434\u0435\u0437\u0435\u0440\u0442\u0438\u0440\u0441\u0442\u0432\u043E",
};
constexpr const char8_t* kEnMore[] = {u8"Read more", u8"Full story", u8"Source"};
constexpr const char8_t* kRuMore[] = {u8"\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435", u8"\u0427\u0438\u0442\u0430\u0442\u044C \u043F\u043E\u043B\u043D\u043E\u0441\u0442\u044C\u044E", u8"\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A"};
constexpr const char8_t* kEnChannels[] = {
    u8"Desertion Watch", u8"War Courts Monitor", u8"Frontline Ledger Live",
    u8"Mobilisation Tracker", u8"Eastern Dispatch", u8"Missing Soldiers Project",
};
constexpr const char8_t* kRuChannels[] = {
    u8"\u041C\u043E\u043D\u0438\u0442\u043E\u0440\u0438\u043D\u0433 \u0421\u041E\u0427", u8"\u0412\u043E\u0435\u043D\u043D\u044B\u0435 \u0441\u0443\u0434\u044B | \u0425\u0440\u043E\u043D\u0438\u043A\u0430", u8"\u0412\u043E\u0441\u0442\u043E\u0447\u043D\u044B\u0439 \u0432\u0435\u0441\u0442\u043D\u0438\u043A",
    u8"\u041C\u043E\u0431\u0438\u043B\u0438\u0437\u0430\u0446\u0438\u044F: \u043D\u043E\u0432\u043E\u0441\u0442\u0438", u8"\u041F\u0440\u043E\u043F\u0430\u0432\u0448\u0438\u0435 \u0431\u0435\u0437 \u0432\u0435\u0441\u0442\u0438", u8"\u041F\u0440\u0430\u0432\u0430 \u0441\u043E\u043B\u0434\u0430\u0442\u0430",
    u8"\u0421\u0432\u043E\u0434\u043A\u0438 \u0431\u0435\u0437 \u0446\u0435\u043D\u0437\u0443\u0440\u044B",
};
constexpr const char8_t* kReactions[] = {
    u8"\U0001F44D", u8"\U0001F622", u8"\U0001F621", u8"\U0001F64F", u8"\u2764",
    u8"\U0001F92F",
};

struct Speaker {
  const char8_t* nom;
  const char8_t* gen;
  bool female;
};
constexpr Speaker kEnSpeakers[] = {
    {u8"lawyer Pavel Zorin", u8"lawyer Pavel Zorin", false},
    {u8"human rights activist Elena Voronova", u8"human rights activist Elena Voronova", true},
    {u8"military lawyer Artyom Kurbatov", u8"military lawyer Artyom Kurbatov", false},
    {u8"Igor Sedykh, who runs a volunteer legal aid group", u8"Igor Sedykh, who runs a volunteer legal aid group", false},
    {u8"the soldier's mother, Natalia Ilyina", u8"the soldier's mother, Natalia Ilyina", true},
    {u8"analyst Dmitry Lavrentyev", u8"analyst Dmitry Lavrentyev", false},
    {u8"regional deputy Oksana Belova", u8"regional deputy Oksana Belova", true},
    {u8"journalist Kirill Maslov", u8"journalist Kirill Maslov", false},
    {u8"ombudsman Tatyana Gromova", u8"ombudsman Tatyana Gromova", true},
    {u8"defence attorney Roman Shestakov", u8"defence attorney Roman Shestakov", false},
    {u8"researcher Anna Frolova", u8"researcher Anna Frolova", true},
    {u8"former officer Sergei Loginov", u8"former officer Sergei Loginov", false},
};
constexpr Speaker kRuSpeakers[] = {
    {u8"\u0430\u0434\u0432\u043E\u043A\u0430\u0442 \u041F\u0430\u0432\u0435\u043B \u0417\u043E\u0440\u0438\u043D", u8"\u0430\u0434\u0432\u043E\u043A\u0430\u0442\u0430 \u041F\u0430\u0432\u043B\u0430 \u0417\u043E\u0440\u0438\u043D\u0430", false},
    {u8"\u043F\u0440\u0430\u0432\u043E\u0437\u0430\u0449\u0438\u0442\u043D\u0438\u0446\u0430 \u0415\u043B\u0435\u043D\u0430 \u0412\u043E\u0440\u043E\u043D\u043E\u0432\u0430", u8"\u043F\u0440\u0430\u0432\u043E\u0437\u0430\u0449\u0438\u0442\u043D\u0438\u0446\u044B \u0415\u043B\u0435\u043D\u044B \u0412\u043E\u0440\u043E\u043D\u043E\u0432\u043E\u0439", true},
    {u8"\u0432\u043E\u0435\u043D\u043D\u044B\u0439 \u044E\u0440\u0438\u0441\u0442 \u0410\u0440\u0442\u0451\u043C \u041A\u0443\u0440\u0431\u0430\u0442\u043E\u0432", u8"\u0432\u043E\u0435\u043D\u043D\u043E\u0433\u043E \u044E\u0440\u0438\u0441\u0442\u0430 \u0410\u0440\u0442\u0451\u043C\u0430 \u041A\u0443\u0440\u0431\u0430\u0442\u043E\u0432\u0430", false},
    {u8"\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u0432\u043E\u043B\u043E\u043D\u0442\u0451\u0440\u0441\u043A\u043E\u0439 \u0433\u0440\u0443\u043F\u043F\u044B \u0418\u0433\u043E\u0440\u044C \u0421\u0435\u0434\u044B\u0445", u8"\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044F \u0432\u043E\u043B\u043E\u043D\u0442\u0451\u0440\u0441\u043A\u043E\u0439 \u0433\u0440\u0443\u043F\u043F\u044B \u0418\u0433\u043E\u0440\u044F \u0421\u0435\u0434\u044B\u0445", false},
    {u8"\u043C\u0430\u0442\u044C \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0435\u0433\u043E \u041D\u0430\u0442\u0430\u043B\u044C\u044F \u0418\u043B\u044C\u0438\u043D\u0430", u8"\u043C\u0430\u0442\u0435\u0440\u0438 \u0432\u043E\u0435\u043D\u043D\u043E\u0441\u043B\u0443\u0436\u0430\u0449\u0435\u0433\u043E \u041D\u0430\u0442\u0430\u043B\u044C\u0438 \u0418\u043B\u044C\u0438\u043D\u043E\u0439", true},
    {u8"\u0430\u043D\u0430\u043B\u0438\u0442\u0438\u043A \u0414\u043C\u0438\u0442\u0440\u0438\u0439 \u041B\u0430\u0432\u0440\u0435\u043D\u0442\u044C\u0435\u0432", u8"\u0430\u043D\u0430\u043B\u0438\u0442\u0438\u043A\u0430 \u0414\u043C\u0438\u0442\u0440\u0438\u044F \u041B\u0430\u0432\u0440\u0435\u043D\u0442\u044C\u0435\u0432\u0430", false},
    {u8"\u0434\u0435\u043F\u0443\u0442\u0430\u0442 \u043E\u0431\u043B\u0430\u0441\u0442\u043D\u043E\u0439 \u0434\u0443\u043C\u044B \u041E\u043A\u0441\u0430\u043D\u0430 \u0411\u0435\u043B\u043E\u0432\u0430", u8"\u0434\u0435\u043F\u0443\u0442\u0430\u0442\u0430 \u043E\u0431\u043B\u0430\u0441\u0442\u043D\u043E\u0439 \u0434\u0443\u043C\u044B \u041E\u043A\u0441\u0430\u043D\u044B \u0411\u0435\u043B\u043E\u0432\u043E\u0439", true},
    {u8"\u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442 \u041A\u0438\u0440\u0438\u043B\u043B \u041C\u0430\u0441\u043B\u043E\u0432", u8"\u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u0430 \u041A\u0438\u0440\u0438\u043B\u043B\u0430 \u041C\u0430\u0441\u043B\u043E\u0432\u0430", false},
    {u8"\u0443\u043F\u043E\u043B\u043D\u043E\u043C\u043E\u0447\u0435\u043D\u043D\u0430\u044F \u043F\u043E \u043F\u0440\u0430\u0432\u0430\u043C \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u0422\u0430\u0442\u044C\u044F\u043D\u0430 \u0413\u0440\u043E\u043C\u043E\u0432\u0430", u8"\u0443\u043F\u043E\u043B\u043D\u043E\u043C\u043E\u0447\u0435\u043D\u043D\u043E\u0439 \u043F\u043E \u043F\u0440\u0430\u0432\u0430\u043C \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u0422\u0430\u0442\u044C\u044F\u043D\u044B \u0413\u0440\u043E\u043C\u043E\u0432\u043E\u0439", true},
    {u8"\u0437\u0430\u0449\u0438\u0442\u043D\u0438\u043A \u0420\u043E\u043C\u0430\u043D \u0428\u0435\u0441\u0442\u0430\u043A\u043E\u0432", u8"\u0437\u0430\u0449\u0438\u0442\u043D\u0438\u043A\u0430 \u0420\u043E\u043C\u0430\u043D\u0430 \u0428\u0435\u0441\u0442\u0430\u043A\u043E\u0432\u0430", false},
    {u8"\u0438\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u043D\u0438\u0446\u0430 \u0410\u043D\u043D\u0430 \u0424\u0440\u043E\u043B\u043E\u0432\u0430", u8"\u0438\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u043D\u0438\u0446\u044B \u0410\u043D\u043D\u044B \u0424\u0440\u043E\u043B\u043E\u0432\u043E\u0439", true},
    {u8"\u0431\u044B\u0432\u0448\u0438\u0439 \u043E\u0444\u0438\u0446\u0435\u0440 \u0421\u0435\u0440\u0433\u0435\u0439 \u041B\u043E\u0433\u0438\u043D\u043E\u0432", u8"\u0431\u044B\u0432\u0448\u0435\u0433\u043E \u043E\u0444\u0438\u0446\u0435\u0440\u0430 \u0421\u0435\u0440\u0433\u0435\u044F \u041B\u043E\u0433\u0438\u043D\u043E\u0432\u0430", false},
};

struct Region {
  const char8_t* en;
  const char8_t* nom;
  const char8_t* prep;
  const char8_t* gen;
};
constexpr Region kRegions[] = {
    {u8"Amur Oblast", u8"\u0410\u043C\u0443\u0440\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u0410\u043C\u0443\u0440\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u0410\u043C\u0443\u0440\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Primorsky Krai", u8"\u041F\u0440\u0438\u043C\u043E\u0440\u0441\u043A\u0438\u0439 \u043A\u0440\u0430\u0439", u8"\u041F\u0440\u0438\u043C\u043E\u0440\u0441\u043A\u043E\u043C \u043A\u0440\u0430\u0435", u8"\u041F\u0440\u0438\u043C\u043E\u0440\u0441\u043A\u043E\u0433\u043E \u043A\u0440\u0430\u044F"},
    {u8"Buryatia", u8"\u0411\u0443\u0440\u044F\u0442\u0438\u044F", u8"\u0411\u0443\u0440\u044F\u0442\u0438\u0438", u8"\u0411\u0443\u0440\u044F\u0442\u0438\u0438"},
    {u8"Sverdlovsk Oblast", u8"\u0421\u0432\u0435\u0440\u0434\u043B\u043E\u0432\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u0421\u0432\u0435\u0440\u0434\u043B\u043E\u0432\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u0421\u0432\u0435\u0440\u0434\u043B\u043E\u0432\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Krasnodar Krai", u8"\u041A\u0440\u0430\u0441\u043D\u043E\u0434\u0430\u0440\u0441\u043A\u0438\u0439 \u043A\u0440\u0430\u0439", u8"\u041A\u0440\u0430\u0441\u043D\u043E\u0434\u0430\u0440\u0441\u043A\u043E\u043C \u043A\u0440\u0430\u0435", u8"\u041A\u0440\u0430\u0441\u043D\u043E\u0434\u0430\u0440\u0441\u043A\u043E\u0433\u043E \u043A\u0440\u0430\u044F"},
    {u8"Bashkortostan", u8"\u0411\u0430\u0448\u043A\u043E\u0440\u0442\u043E\u0441\u0442\u0430\u043D", u8"\u0411\u0430\u0448\u043A\u043E\u0440\u0442\u043E\u0441\u0442\u0430\u043D\u0435", u8"\u0411\u0430\u0448\u043A\u043E\u0440\u0442\u043E\u0441\u0442\u0430\u043D\u0430"},
    {u8"Novosibirsk Oblast", u8"\u041D\u043E\u0432\u043E\u0441\u0438\u0431\u0438\u0440\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u041D\u043E\u0432\u043E\u0441\u0438\u0431\u0438\u0440\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u041D\u043E\u0432\u043E\u0441\u0438\u0431\u0438\u0440\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Rostov Oblast", u8"\u0420\u043E\u0441\u0442\u043E\u0432\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u0420\u043E\u0441\u0442\u043E\u0432\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u0420\u043E\u0441\u0442\u043E\u0432\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Zabaykalsky Krai", u8"\u0417\u0430\u0431\u0430\u0439\u043A\u0430\u043B\u044C\u0441\u043A\u0438\u0439 \u043A\u0440\u0430\u0439", u8"\u0417\u0430\u0431\u0430\u0439\u043A\u0430\u043B\u044C\u0441\u043A\u043E\u043C \u043A\u0440\u0430\u0435", u8"\u0417\u0430\u0431\u0430\u0439\u043A\u0430\u043B\u044C\u0441\u043A\u043E\u0433\u043E \u043A\u0440\u0430\u044F"},
    {u8"Chelyabinsk Oblast", u8"\u0427\u0435\u043B\u044F\u0431\u0438\u043D\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u0427\u0435\u043B\u044F\u0431\u0438\u043D\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u0427\u0435\u043B\u044F\u0431\u0438\u043D\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Tuva", u8"\u0422\u044B\u0432\u0430", u8"\u0422\u044B\u0432\u0435", u8"\u0422\u044B\u0432\u044B"},
    {u8"Khabarovsk Krai", u8"\u0425\u0430\u0431\u0430\u0440\u043E\u0432\u0441\u043A\u0438\u0439 \u043A\u0440\u0430\u0439", u8"\u0425\u0430\u0431\u0430\u0440\u043E\u0432\u0441\u043A\u043E\u043C \u043A\u0440\u0430\u0435", u8"\u0425\u0430\u0431\u0430\u0440\u043E\u0432\u0441\u043A\u043E\u0433\u043E \u043A\u0440\u0430\u044F"},
    {u8"Irkutsk Oblast", u8"\u0418\u0440\u043A\u0443\u0442\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u0418\u0440\u043A\u0443\u0442\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u0418\u0440\u043A\u0443\u0442\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Perm Krai", u8"\u041F\u0435\u0440\u043C\u0441\u043A\u0438\u0439 \u043A\u0440\u0430\u0439", u8"\u041F\u0435\u0440\u043C\u0441\u043A\u043E\u043C \u043A\u0440\u0430\u0435", u8"\u041F\u0435\u0440\u043C\u0441\u043A\u043E\u0433\u043E \u043A\u0440\u0430\u044F"},
    {u8"Tatarstan", u8"\u0422\u0430\u0442\u0430\u0440\u0441\u0442\u0430\u043D", u8"\u0422\u0430\u0442\u0430\u0440\u0441\u0442\u0430\u043D\u0435", u8"\u0422\u0430\u0442\u0430\u0440\u0441\u0442\u0430\u043D\u0430"},
    {u8"Moscow Oblast", u8"\u041C\u043E\u0441\u043A\u043E\u0432\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u041C\u043E\u0441\u043A\u043E\u0432\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u041C\u043E\u0441\u043A\u043E\u0432\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Belgorod Oblast", u8"\u0411\u0435\u043B\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u0411\u0435\u043B\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u0411\u0435\u043B\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Orenburg Oblast", u8"\u041E\u0440\u0435\u043D\u0431\u0443\u0440\u0433\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u041E\u0440\u0435\u043D\u0431\u0443\u0440\u0433\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u041E\u0440\u0435\u043D\u0431\u0443\u0440\u0433\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Volgograd Oblast", u8"\u0412\u043E\u043B\u0433\u043E\u0433\u0440\u0430\u0434\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u0412\u043E\u043B\u0433\u043E\u0433\u0440\u0430\u0434\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u0412\u043E\u043B\u0433\u043E\u0433\u0440\u0430\u0434\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"St. Petersburg", u8"\u0421\u0430\u043D\u043A\u0442-\u041F\u0435\u0442\u0435\u0440\u0431\u0443\u0440\u0433", u8"\u0421\u0430\u043D\u043A\u0442-\u041F\u0435\u0442\u0435\u0440\u0431\u0443\u0440\u0433\u0435", u8"\u0421\u0430\u043D\u043A\u0442-\u041F\u0435\u0442\u0435\u0440\u0431\u0443\u0440\u0433\u0430"},
    {u8"Dagestan", u8"\u0414\u0430\u0433\u0435\u0441\u0442\u0430\u043D", u8"\u0414\u0430\u0433\u0435\u0441\u0442\u0430\u043D\u0435", u8"\u0414\u0430\u0433\u0435\u0441\u0442\u0430\u043D\u0430"},
    {u8"Kemerovo Oblast", u8"\u041A\u0435\u043C\u0435\u0440\u043E\u0432\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u041A\u0435\u043C\u0435\u0440\u043E\u0432\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u041A\u0435\u043C\u0435\u0440\u043E\u0432\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
    {u8"Yakutia", u8"\u042F\u043A\u0443\u0442\u0438\u044F", u8"\u042F\u043A\u0443\u0442\u0438\u0438", u8"\u042F\u043A\u0443\u0442\u0438\u0438"},
    {u8"Omsk Oblast", u8"\u041E\u043C\u0441\u043A\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C", u8"\u041E\u043C\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438", u8"\u041E\u043C\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438"},
};

struct Court {
  const char8_t* en;
  const char8_t* nom;   // adjective, nominative
  const char8_t* prep;  // adjective, prepositional
};
constexpr Court kCourts[] = {
    {u8"Khabarovsk", u8"\u0425\u0430\u0431\u0430\u0440\u043E\u0432\u0441\u043A\u0438\u0439", u8"\u0425\u0430\u0431\u0430\u0440\u043E\u0432\u0441\u043A\u043E\u043C"},
    {u8"Vladivostok", u8"\u0412\u043B\u0430\u0434\u0438\u0432\u043E\u0441\u0442\u043E\u043A\u0441\u043A\u0438\u0439", u8"\u0412\u043B\u0430\u0434\u0438\u0432\u043E\u0441\u0442\u043E\u043A\u0441\u043A\u043E\u043C"},
    {u8"Ulan-Ude", u8"\u0423\u043B\u0430\u043D-\u0423\u0434\u044D\u043D\u0441\u043A\u0438\u0439", u8"\u0423\u043B\u0430\u043D-\u0423\u0434\u044D\u043D\u0441\u043A\u043E\u043C"},
    {u8"Yekaterinburg", u8"\u0415\u043A\u0430\u0442\u0435\u0440\u0438\u043D\u0431\u0443\u0440\u0433\u0441\u043A\u0438\u0439", u8"\u0415\u043A\u0430\u0442\u0435\u0440\u0438\u043D\u0431\u0443\u0440\u0433\u0441\u043A\u043E\u043C"},
    {u8"Krasnodar", u8"\u041A\u0440\u0430\u0441\u043D\u043E\u0434\u0430\u0440\u0441\u043A\u0438\u0439", u8"\u041A\u0440\u0430\u0441\u043D\u043E\u0434\u0430\u0440\u0441\u043A\u043E\u043C"},
    {u8"Novosibirsk", u8"\u041D\u043E\u0432\u043E\u0441\u0438\u0431\u0438\u0440\u0441\u043A\u0438\u0439", u8"\u041D\u043E\u0432\u043E\u0441\u0438\u0431\u0438\u0440\u0441\u043A\u043E\u043C"},
    {u8"Chita", u8"\u0427\u0438\u0442\u0438\u043D\u0441\u043A\u0438\u0439", u8"\u0427\u0438\u0442\u0438\u043D\u0441\u043A\u043E\u043C"},
    {u8"Perm", u8"\u041F\u0435\u0440\u043C\u0441\u043A\u0438\u0439", u8"\u041F\u0435\u0440\u043C\u0441\u043A\u043E\u043C"},
    {u8"Kazan", u8"\u041A\u0430\u0437\u0430\u043D\u0441\u043A\u0438\u0439", u8"\u041A\u0430\u0437\u0430\u043D\u0441\u043A\u043E\u043C"},
    {u8"Moscow", u8"\u041C\u043E\u0441\u043A\u043E\u0432\u0441\u043A\u0438\u0439", u8"\u041C\u043E\u0441\u043A\u043E\u0432\u0441\u043A\u043E\u043C"},
    {u8"Belgorod", u8"\u0411\u0435\u043B\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u0438\u0439", u8"\u0411\u0435\u043B\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u043E\u043C"},
    {u8"Omsk", u8"\u041E\u043C\u0441\u043A\u0438\u0439", u8"\u041E\u043C\u0441\u043A\u043E\u043C"},
    {u8"Blagoveshchensk", u8"\u0411\u043B\u0430\u0433\u043E\u0432\u0435\u0449\u0435\u043D\u0441\u043A\u0438\u0439", u8"\u0411\u043B\u0430\u0433\u043E\u0432\u0435\u0449\u0435\u043D\u0441\u043A\u043E\u043C"},
};

struct UnitKind {
  const char8_t* en;
  const char8_t* ru;  // genitive, follows "<number>"
};
constexpr UnitKind kUnitKinds[] = {
    {u8"Motor Rifle Regiment", u8"-\u0433\u043E \u043C\u043E\u0442\u043E\u0441\u0442\u0440\u0435\u043B\u043A\u043E\u0432\u043E\u0433\u043E \u043F\u043E\u043B\u043A\u0430"},
    {u8"Separate Motor Rifle Brigade", u8"-\u0439 \u043E\u0442\u0434\u0435\u043B\u044C\u043D\u043E\u0439 \u043C\u043E\u0442\u043E\u0441\u0442\u0440\u0435\u043B\u043A\u043E\u0432\u043E\u0439 \u0431\u0440\u0438\u0433\u0430\u0434\u044B"},
    {u8"Naval Infantry Brigade", u8"-\u0439 \u0431\u0440\u0438\u0433\u0430\u0434\u044B \u043C\u043E\u0440\u0441\u043A\u043E\u0439 \u043F\u0435\u0445\u043E\u0442\u044B"},
    {u8"Tank Regiment", u8"-\u0433\u043E \u0442\u0430\u043D\u043A\u043E\u0432\u043E\u0433\u043E \u043F\u043E\u043B\u043A\u0430"},
    {u8"Airborne Assault Regiment", u8"-\u0433\u043E \u0434\u0435\u0441\u0430\u043D\u0442\u043D\u043E-\u0448\u0442\u0443\u0440\u043C\u043E\u0432\u043E\u0433\u043E \u043F\u043E\u043B\u043A\u0430"},
    {u8"Separate Assault Battalion", u8"-\u0433\u043E \u043E\u0442\u0434\u0435\u043B\u044C\u043D\u043E\u0433\u043E \u0448\u0442\u0443\u0440\u043C\u043E\u0432\u043E\u0433\u043E \u0431\u0430\u0442\u0430\u043B\u044C\u043E\u043D\u0430"},
    {u8"Artillery Brigade", u8"-\u0439 \u0430\u0440\u0442\u0438\u043B\u043B\u0435\u0440\u0438\u0439\u0441\u043A\u043E\u0439 \u0431\u0440\u0438\u0433\u0430\u0434\u044B"},
    {u8"Motor Rifle Division", u8"-\u0439 \u043C\u043E\u0442\u043E\u0441\u0442\u0440\u0435\u043B\u043A\u043E\u0432\u043E\u0439 \u0434\u0438\u0432\u0438\u0437\u0438\u0438"},
};

constexpr const char* kEnMonths[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"};
constexpr const char* kMonAbbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kDayAbbr[] = {"Sun", "Mon", "Tue", "Wed",
                                    "Thu", "Fri", "Sat"};
constexpr const char8_t* kRuMonthsGen[] = {
    u8"\u044F\u043D\u0432\u0430\u0440\u044F", u8"\u0444\u0435\u0432\u0440\u0430\u043B\u044F", u8"\u043C\u0430\u0440\u0442\u0430", u8"\u0430\u043F\u0440\u0435\u043B\u044F", u8"\u043C\u0430\u044F", u8"\u0438\u044E\u043D\u044F",
    u8"\u0438\u044E\u043B\u044F", u8"\u0430\u0432\u0433\u0443\u0441\u0442\u0430", u8"\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F", u8"\u043E\u043A\u0442\u044F\u0431\u0440\u044F", u8"\u043D\u043E\u044F\u0431\u0440\u044F", u8"\u0434\u0435\u043A\u0430\u0431\u0440\u044F"};
constexpr const char8_t* kRuMonthsPrep[] = {
    u8"\u044F\u043D\u0432\u0430\u0440\u0435", u8"\u0444\u0435\u0432\u0440\u0430\u043B\u0435", u8"\u043C\u0430\u0440\u0442\u0435", u8"\u0430\u043F\u0440\u0435\u043B\u0435", u8"\u043C\u0430\u0435", u8"\u0438\u044E\u043D\u0435",
    u8"\u0438\u044E\u043B\u0435", u8"\u0430\u0432\u0433\u0443\u0441\u0442\u0435", u8"\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u0435", u8"\u043E\u043A\u0442\u044F\u0431\u0440\u0435", u8"\u043D\u043E\u044F\u0431\u0440\u0435", u8"\u0434\u0435\u043A\u0430\u0431\u0440\u0435"};

struct Site {
  const char* domain;
  const char8_t* name;
  int style;       // 0 semantic, 1 div soup, 2 WordPress-like
  int tz_minutes;  // UTC offset of the newsroom
};
constexpr Site kEnSites[] = {
    {"eastern-dispatch.net", u8"Eastern Dispatch", 0, 0},
    {"frontline-ledger.com", u8"Frontline Ledger", 1, 0},
    {"northwind-review.org", u8"The Northwind Review", 2, -300},
    {"kyiv-wire.info", u8"Kyiv Wire", 0, 120},
    {"steppe-monitor.com", u8"Steppe Monitor", 1, 60},
    {"baltic-observer.eu", u8"Baltic Observer", 2, 120},
};
constexpr Site kRuSites[] = {
    {"vostok-vestnik.ru", u8"\u0412\u043E\u0441\u0442\u043E\u0447\u043D\u044B\u0439 \u0432\u0435\u0441\u0442\u043D\u0438\u043A", 0, 180},
    {"sibir-segodnya.media", u8"\u0421\u0438\u0431\u0438\u0440\u044C \u0441\u0435\u0433\u043E\u0434\u043D\u044F", 1, 420},
    {"amur-nedelya.ru", u8"\u0410\u043C\u0443\u0440\u0441\u043A\u0430\u044F \u043D\u0435\u0434\u0435\u043B\u044F", 2, 540},
    {"prava-soldat.org", u8"\u041F\u0440\u0430\u0432\u0430 \u0441\u043E\u043B\u0434\u0430\u0442\u0430", 0, 180},
    {"novaya-okraina.net", u8"\u041D\u043E\u0432\u0430\u044F \u043E\u043A\u0440\u0430\u0438\u043D\u0430", 1, 180},
    {"ural-kurier.ru", u8"\u0423\u0440\u0430\u043B\u044C\u0441\u043A\u0438\u0439 \u043A\u0443\u0440\u044C\u0435\u0440", 2, 300},
};

struct Ui {
  const char8_t *home, *related, *most_read, *comments, *subscribe,
      *newsletter, *share, *by, *reply, *photo, *rights, *copy_link, *privacy,
      *terms, *staff, *ads, *contacts, *support, *email, *search, *skip,
      *archive, *views;
};
constexpr Ui kEnUi = {
    u8"Home", u8"Related", u8"Most read", u8"Comments", u8"Subscribe",
    u8"Get our daily briefing", u8"Share", u8"By", u8"Reply", u8"Photo:",
    u8"All rights reserved.", u8"Copy link", u8"Privacy policy",
    u8"Terms of use", u8"Editorial team", u8"Advertise", u8"Contact",
    u8"Support us", u8"Your email", u8"Search", u8"Skip to content",
    u8"Archive", u8"views"};
constexpr Ui kRuUi = {
    u8"\u0413\u043B\u0430\u0432\u043D\u0430\u044F", u8"\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435", u8"\u0421\u0430\u043C\u043E\u0435 \u0447\u0438\u0442\u0430\u0435\u043C\u043E\u0435", u8"\u041A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0438",
    u8"\u041F\u043E\u0434\u043F\u0438\u0441\u0430\u0442\u044C\u0441\u044F", u8"\u041F\u043E\u0434\u043F\u0438\u0448\u0438\u0442\u0435\u0441\u044C \u043D\u0430 \u043D\u0430\u0448\u0443 \u0440\u0430\u0441\u0441\u044B\u043B\u043A\u0443", u8"\u041F\u043E\u0434\u0435\u043B\u0438\u0442\u044C\u0441\u044F",
    u8"\u0410\u0432\u0442\u043E\u0440:", u8"\u041E\u0442\u0432\u0435\u0442\u0438\u0442\u044C", u8"\u0424\u043E\u0442\u043E:", u8"\u0412\u0441\u0435 \u043F\u0440\u0430\u0432\u0430 \u0437\u0430\u0449\u0438\u0449\u0435\u043D\u044B.",
    u8"\u0421\u043A\u043E\u043F\u0438\u0440\u043E\u0432\u0430\u0442\u044C \u0441\u0441\u044B\u043B\u043A\u0443", u8"\u041F\u043E\u043B\u0438\u0442\u0438\u043A\u0430 \u043A\u043E\u043D\u0444\u0438\u0434\u0435\u043D\u0446\u0438\u0430\u043B\u044C\u043D\u043E\u0441\u0442\u0438",
    u8"\u041F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u0441\u043A\u043E\u0435 \u0441\u043E\u0433\u043B\u0430\u0448\u0435\u043D\u0438\u0435", u8"\u0420\u0435\u0434\u0430\u043A\u0446\u0438\u044F", u8"\u0420\u0435\u043A\u043B\u0430\u043C\u0430", u8"\u041A\u043E\u043D\u0442\u0430\u043A\u0442\u044B",
    u8"\u041F\u043E\u0434\u0434\u0435\u0440\u0436\u0430\u0442\u044C \u043D\u0430\u0441", u8"\u0412\u0430\u0448 e-mail", u8"\u041F\u043E\u0438\u0441\u043A", u8"\u041F\u0435\u0440\u0435\u0439\u0442\u0438 \u043A \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u043D\u0438\u044E",
    u8"\u0410\u0440\u0445\u0438\u0432", u8"\u043F\u0440\u043E\u0441\u043C\u043E\u0442\u0440\u043E\u0432"};

// clang-format on

struct LangPack {
  Strs sentences, fillers, prefixes, suffixes, headlines, comments, quotes,
      captions, outlets, articles, sections, first_m, first_f, last_names,
      hashtags, more, channels;
  const Speaker* speakers;
  size_t n_speakers;
  const Site* sites;
  size_t n_sites;
  const Ui* ui;
};
const LangPack kEnPack = {MakeStrs(kEnSentences), MakeStrs(kEnFillers),
                          MakeStrs(kEnPrefixes),  MakeStrs(kEnSuffixes),
                          MakeStrs(kEnHeadlines), MakeStrs(kEnComments),
                          MakeStrs(kEnQuotes),    MakeStrs(kEnCaptions),
                          MakeStrs(kEnOutlets),   MakeStrs(kEnArticles),
                          MakeStrs(kEnSections),  MakeStrs(kEnFirstM),
                          MakeStrs(kEnFirstF),    MakeStrs(kEnLast),
                          MakeStrs(kEnHashtags),  MakeStrs(kEnMore),
                          MakeStrs(kEnChannels),  kEnSpeakers,
                          std::size(kEnSpeakers), kEnSites,
                          std::size(kEnSites),    &kEnUi};
const LangPack kRuPack = {MakeStrs(kRuSentences), MakeStrs(kRuFillers),
                          MakeStrs(kRuPrefixes),  MakeStrs(kRuSuffixes),
                          MakeStrs(kRuHeadlines), MakeStrs(kRuComments),
                          MakeStrs(kRuQuotes),    MakeStrs(kRuCaptions),
                          MakeStrs(kRuOutlets),   MakeStrs(kRuArticles),
                          MakeStrs(kRuSections),  MakeStrs(kRuFirstM),
                          MakeStrs(kRuFirstF),    MakeStrs(kRuLast),
                          MakeStrs(kRuHashtags),  MakeStrs(kRuMore),
                          MakeStrs(kRuChannels),  kRuSpeakers,
                          std::size(kRuSpeakers), kRuSites,
                          std::size(kRuSites),    &kRuUi};

// ---------------------------------------------------------------------------
// Small formatting helpers.

void AppendU64(std::string* out, uint64_t v) {
  char buf[24];
  int n = std::snprintf(buf, sizeof(buf), "%" PRIu64, v);
  out->append(buf, static_cast<size_t>(n));
}

void AppendGrouped(std::string* out, uint64_t v, std::string_view sep) {
  char buf[24];
  int n = std::snprintf(buf, sizeof(buf), "%" PRIu64, v);
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out->append(sep);
    out->push_back(buf[i]);
  }
}

void AppendHex(std::string* out, uint64_t v, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; --i)
    out->push_back(kHex[(v >> (4 * (i % 16))) & 15]);
}

// Russian plural class: 0 one (1, 21), 1 few (2-4, 22-24), 2 many.
int RuClass(uint64_t v) {
  if (v % 10 == 1 && v % 100 != 11) return 0;
  if (v % 10 >= 2 && v % 10 <= 4 && (v % 100 < 12 || v % 100 > 14)) return 1;
  return 2;
}

std::string_view RuForm(uint64_t v, std::string_view one, std::string_view few,
                        std::string_view many) {
  int c = RuClass(v);
  return c == 0 ? one : (c == 1 ? few : many);
}

size_t OptionCount(std::string_view opts) {
  return static_cast<size_t>(std::count(opts.begin(), opts.end(), '|')) + 1;
}

std::string_view Option(std::string_view opts, size_t k) {
  size_t start = 0;
  for (size_t i = 0; i < k; ++i) start = opts.find('|', start) + 1;
  size_t end = opts.find('|', start);
  return opts.substr(start, end == std::string_view::npos ? end : end - start);
}

// Upper/lowercases the first letter at `pos` (ASCII or basic Cyrillic).
void ChangeCase(std::string* s, size_t pos, bool upper) {
  if (pos >= s->size()) return;
  unsigned char c0 = static_cast<unsigned char>((*s)[pos]);
  if (c0 < 0x80) {
    if (upper && c0 >= 'a' && c0 <= 'z') (*s)[pos] = static_cast<char>(c0 - 32);
    if (!upper && c0 >= 'A' && c0 <= 'Z')
      (*s)[pos] = static_cast<char>(c0 + 32);
    return;
  }
  if (pos + 1 >= s->size()) return;
  unsigned code =
      ((c0 & 0x1Fu) << 6) | (static_cast<unsigned char>((*s)[pos + 1]) & 0x3Fu);
  if (c0 != 0xD0 && c0 != 0xD1) return;
  if (upper && code >= 0x430 && code <= 0x44F)
    code -= 0x20;
  else if (upper && code == 0x451)
    code = 0x401;
  else if (!upper && code >= 0x410 && code <= 0x42F)
    code += 0x20;
  else if (!upper && code == 0x401)
    code = 0x451;
  else
    return;
  (*s)[pos] = static_cast<char>(0xC0 | (code >> 6));
  (*s)[pos + 1] = static_cast<char>(0x80 | (code & 0x3F));
}

// Civil time from a Unix timestamp (H. Hinnant's algorithm, integer-only).
struct Civil {
  int year, month, day, hour, minute, second, weekday;
};
Civil ToCivil(int64_t t) {
  int64_t days = t / 86400, secs = t % 86400;
  if (secs < 0) {
    secs += 86400;
    --days;
  }
  Civil c;
  c.weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 = Thu.
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2));
  c.hour = static_cast<int>(secs / 3600);
  c.minute = static_cast<int>(secs / 60 % 60);
  c.second = static_cast<int>(secs % 60);
  return c;
}

enum class TimeFmt { kIsoOffset, kIsoZ, kLocal, kHttp, kRfc822, kWarcName };

void AppendTime(std::string* out, int64_t t, int tz_minutes, TimeFmt fmt) {
  Civil c = ToCivil(
      fmt == TimeFmt::kIsoZ || fmt == TimeFmt::kHttp ? t : t + tz_minutes * 60);
  char buf[64];
  int n = 0;
  int a = tz_minutes < 0 ? -tz_minutes : tz_minutes;
  char sign = tz_minutes < 0 ? '-' : '+';
  switch (fmt) {
    case TimeFmt::kIsoOffset:
      n = std::snprintf(
          buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", c.year,
          c.month, c.day, c.hour, c.minute, c.second, sign, a / 60, a % 60);
      break;
    case TimeFmt::kIsoZ:
      n = std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02dZ",
                        c.year, c.month, c.day, c.hour, c.minute, c.second);
      break;
    case TimeFmt::kLocal:
      n = std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d",
                        c.year, c.month, c.day, c.hour, c.minute, c.second);
      break;
    case TimeFmt::kHttp:
      n = std::snprintf(buf, sizeof(buf), "%s, %02d %s %04d %02d:%02d:%02d GMT",
                        kDayAbbr[c.weekday], c.day, kMonAbbr[c.month - 1],
                        c.year, c.hour, c.minute, c.second);
      break;
    case TimeFmt::kRfc822:
      n = std::snprintf(
          buf, sizeof(buf), "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
          kDayAbbr[c.weekday], c.day, kMonAbbr[c.month - 1], c.year, c.hour,
          c.minute, c.second, sign, a / 60, a % 60);
      break;
    case TimeFmt::kWarcName:
      n = std::snprintf(buf, sizeof(buf), "%02d-%02d-%04d_%02d-%02d-%02d",
                        c.day, c.month, c.year, c.hour, c.minute, c.second);
      break;
  }
  out->append(buf, static_cast<size_t>(n));
}

void AppendHumanDate(std::string* out, int64_t t, int tz_minutes, bool ru) {
  Civil c = ToCivil(t + tz_minutes * 60);
  char buf[48];
  if (ru) {
    AppendU64(out, static_cast<uint64_t>(c.day));
    out->push_back(' ');
    out->append(Sv(kRuMonthsGen[c.month - 1]));
    std::snprintf(buf, sizeof(buf), " %04d, %02d:%02d", c.year, c.hour,
                  c.minute);
  } else {
    std::snprintf(buf, sizeof(buf), "%s %d, %04d, %02d:%02d",
                  kEnMonths[c.month - 1], c.day, c.year, c.hour, c.minute);
  }
  out->append(buf);
}

// HTML text/attribute escaping. With `entities`, also emits named entities
// for nbsp, guillemets and em dash as many Russian CMSes do.
void AppendHtml(std::string* out, std::string_view s, bool entities) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '&':
        out->append("&amp;");
        continue;
      case '<':
        out->append("&lt;");
        continue;
      case '>':
        out->append("&gt;");
        continue;
      case '"':
        out->append("&quot;");
        continue;
      default:
        break;
    }
    if (entities && static_cast<unsigned char>(c) >= 0xC2) {
      std::string_view rest = s.substr(i);
      const char* ent = nullptr;
      size_t len = 2;
      if (rest.starts_with("\xC2\xA0"))
        ent = "&nbsp;";
      else if (rest.starts_with("\xC2\xAB"))
        ent = "&laquo;";
      else if (rest.starts_with("\xC2\xBB"))
        ent = "&raquo;";
      else if (rest.starts_with("\xE2\x80\x94")) {
        ent = "&mdash;";
        len = 3;
      }
      if (ent != nullptr) {
        out->append(ent);
        i += len - 1;
        continue;
      }
    }
    out->push_back(c);
  }
}

// XML character data escaping (used for RSS, on top of HTML markup).
void AppendXml(std::string* out, std::string_view s) {
  for (char c : s) {
    if (c == '&')
      out->append("&amp;");
    else if (c == '<')
      out->append("&lt;");
    else if (c == '>')
      out->append("&gt;");
    else
      out->push_back(c);
  }
}

// JSON string with quotes. UTF-8 is kept as is. `in_script` also escapes '<'
// so the value can sit inside an HTML <script> element.
void AppendJson(std::string* out, std::string_view s, bool in_script = false) {
  out->push_back('"');
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      default:
        if (u < 0x20 || (in_script && c == '<')) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", u);
          out->append(buf);
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

std::string_view CutAtSpace(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t sp = s.rfind(' ', max);
  return s.substr(0, sp == std::string_view::npos ? 0 : sp);
}

// ---------------------------------------------------------------------------
// SHA-1 (for WARC-Block-Digest / WARC-Payload-Digest) and base32.
class Sha1 {
 public:
  std::string Base32(std::string_view a, std::string_view b = {}) {
    h_[0] = 0x67452301;
    h_[1] = 0xEFCDAB89;
    h_[2] = 0x98BADCFE;
    h_[3] = 0x10325476;
    h_[4] = 0xC3D2E1F0;
    len_ = 0;
    nbuf_ = 0;
    Update(a);
    Update(b);
    uint64_t bits = len_ * 8;
    uint8_t pad = 0x80;
    Update(std::string_view(reinterpret_cast<char*>(&pad), 1));
    pad = 0;
    while (nbuf_ != 56)
      Update(std::string_view(reinterpret_cast<char*>(&pad), 1));
    for (int i = 7; i >= 0; --i) {
      uint8_t b8 = static_cast<uint8_t>(bits >> (8 * i));
      Update(std::string_view(reinterpret_cast<char*>(&b8), 1));
    }
    uint8_t d[20];
    for (int i = 0; i < 20; ++i)
      d[i] = static_cast<uint8_t>(h_[i / 4] >> (24 - 8 * (i % 4)));
    static constexpr char kB32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string out = "sha1:";
    for (int g = 0; g < 4; ++g) {  // 4 groups of 5 bytes -> 8 chars each.
      uint64_t v = 0;
      for (int i = 0; i < 5; ++i) v = (v << 8) | d[g * 5 + i];
      for (int i = 7; i >= 0; --i) out.push_back(kB32[(v >> (5 * i)) & 31]);
    }
    return out;
  }

 private:
  static uint32_t Rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
  template <int kGroup>
  static void Step(uint32_t a, uint32_t& b, uint32_t c, uint32_t d, uint32_t& e,
                   uint32_t w) {
    uint32_t f;
    if constexpr (kGroup == 0)
      f = (d ^ (b & (c ^ d))) + 0x5A827999;
    else if constexpr (kGroup == 2)
      f = ((b & c) | (d & (b | c))) + 0x8F1BBCDC;
    else
      f = (b ^ c ^ d) + (kGroup == 1 ? 0x6ED9EBA1 : 0xCA62C1D6);
    e += Rol(a, 5) + f + w;
    b = Rol(b, 30);
  }
  void Update(std::string_view s) {
    len_ += s.size();
    size_t i = 0;
    if (nbuf_ > 0) {
      while (i < s.size() && nbuf_ < 64)
        buf_[nbuf_++] = static_cast<uint8_t>(s[i++]);
      if (nbuf_ < 64) return;
      Block(buf_);
      nbuf_ = 0;
    }
    for (; i + 64 <= s.size(); i += 64)
      Block(reinterpret_cast<const uint8_t*>(s.data() + i));
    while (i < s.size()) buf_[nbuf_++] = static_cast<uint8_t>(s[i++]);
  }
  // Message schedule on the fly in a 16-word ring (a separate w[80] loop gets
  // auto-vectorized by GCC into store-forwarding stalls).
  static uint32_t W(uint32_t* w, int j) {
    if (j < 16) return w[j];
    uint32_t v = Rol(
        w[(j + 13) & 15] ^ w[(j + 8) & 15] ^ w[(j + 2) & 15] ^ w[j & 15], 1);
    w[j & 15] = v;
    return v;
  }
  template <int kGroup>
  static void Rounds(uint32_t* w, uint32_t& a, uint32_t& b, uint32_t& c,
                     uint32_t& d, uint32_t& e) {
    // Five steps per iteration with rotated roles avoid register shuffling.
    for (int i = 20 * kGroup; i < 20 * kGroup + 20; i += 5) {
      Step<kGroup>(a, b, c, d, e, W(w, i));
      Step<kGroup>(e, a, b, c, d, W(w, i + 1));
      Step<kGroup>(d, e, a, b, c, W(w, i + 2));
      Step<kGroup>(c, d, e, a, b, W(w, i + 3));
      Step<kGroup>(b, c, d, e, a, W(w, i + 4));
    }
  }
  void Block(const uint8_t* p) {
    uint32_t w[16];
    for (int i = 0; i < 16; ++i)
      w[i] = (uint32_t{p[4 * i]} << 24) | (uint32_t{p[4 * i + 1]} << 16) |
             (uint32_t{p[4 * i + 2]} << 8) | p[4 * i + 3];
    uint32_t a = h_[0], b = h_[1], c = h_[2], d = h_[3], e = h_[4];
    Rounds<0>(w, a, b, c, d, e);
    Rounds<1>(w, a, b, c, d, e);
    Rounds<2>(w, a, b, c, d, e);
    Rounds<3>(w, a, b, c, d, e);
    h_[0] += a;
    h_[1] += b;
    h_[2] += c;
    h_[3] += d;
    h_[4] += e;
  }
  uint32_t h_[5];
  uint64_t len_ = 0;
  uint8_t buf_[64];
  size_t nbuf_ = 0;
};

// ---------------------------------------------------------------------------
// Template-driven text generator. One instance per output format.
class TextGen {
 public:
  explicit TextGen(Rng* rng) : rng_(rng) {}

  // Picks per-document focus (region, court, speaker) so that a document
  // keeps returning to the same place and people, like a real story.
  void BeginDoc(bool ru) {
    ru_ = ru;
    focus_region_ = rng_->Below(std::size(kRegions));
    focus_court_ = rng_->Below(std::size(kCourts));
    focus_speaker_ = rng_->Below(pack().n_speakers);
  }
  bool ru() const { return ru_; }
  const LangPack& pack() const { return ru_ ? kRuPack : kEnPack; }
  Rng& rng() { return *rng_; }

  void Sentence(std::string* out) {
    cur_speaker_ = -1;
    const LangPack& p = pack();
    std::string_view t =
        Pick(*rng_, rng_->Chance(22) ? p.fillers : p.sentences);
    bool generic = t.starts_with('^');
    if (generic) t.remove_prefix(1);
    size_t start = out->size();
    bool prefixed = generic && rng_->Chance(25);
    if (prefixed) Expand(Pick(*rng_, p.prefixes), out);
    size_t body = out->size();
    Expand(t, out);
    if (prefixed) ChangeCase(out, body, false);
    ChangeCase(out, start, true);
    if (generic && !prefixed && rng_->Chance(12) && out->back() == '.') {
      out->pop_back();
      Expand(Pick(*rng_, p.suffixes), out);
    }
  }

  void Paragraph(std::string* out, int sentences) {
    for (int i = 0; i < sentences; ++i) {
      if (i > 0) out->push_back(' ');
      Sentence(out);
    }
  }

  // Expands a random template from `table`, capitalised.
  void From(Strs table, std::string* out) {
    cur_speaker_ = -1;
    size_t start = out->size();
    Expand(Pick(*rng_, table), out);
    ChangeCase(out, start, true);
  }
  void Headline(std::string* out) { From(pack().headlines, out); }

  void PersonName(std::string* out) {
    const LangPack& p = pack();
    bool female = rng_->Chance(50);
    out->append(Pick(*rng_, female ? p.first_f : p.first_m));
    out->push_back(' ');
    out->append(Pick(*rng_, p.last_names));
    if (female && ru_) out->append(Sv(u8"\u0430"));
  }

 private:
  void Expand(std::string_view t, std::string* out) {
    size_t i = 0;
    while (i < t.size()) {
      size_t open = t.find('{', i);
      if (open == std::string_view::npos) {
        out->append(t.substr(i));
        return;
      }
      out->append(t.substr(i, open - i));
      size_t close = t.find('}', open);
      Slot(t.substr(open + 1, close - open - 1), out);
      i = close + 1;
    }
  }

  const Speaker& CurSpeaker() {
    if (cur_speaker_ < 0) {
      cur_speaker_ = static_cast<int>(
          rng_->Chance(40) ? focus_speaker_ : rng_->Below(pack().n_speakers));
    }
    return pack().speakers[cur_speaker_];
  }

  // 3..60000, roughly log-uniform.
  uint64_t Magnitude() {
    uint64_t d = rng_->Below(100);
    if (d < 10) return static_cast<uint64_t>(rng_->Range(3, 9));
    if (d < 40) return static_cast<uint64_t>(rng_->Range(10, 99));
    if (d < 70) return static_cast<uint64_t>(rng_->Range(100, 999));
    if (d < 92) return static_cast<uint64_t>(rng_->Range(1000, 9999));
    return static_cast<uint64_t>(rng_->Range(10000, 60000));
  }

  void Exact(std::string* out, uint64_t v) {
    num_class_ = ru_ ? RuClass(v) : (v == 1 ? 0 : 2);
    if (!ru_) return AppendGrouped(out, v, ",");
    uint64_t s = rng_->Below(100);
    std::string_view sep =
        s < 40 ? " " : (s < 65 ? "\xC2\xA0" : (s < 75 ? "\xE2\x80\xAF" : ""));
    if (sep.empty() && v >= 10000) sep = " ";
    AppendGrouped(out, v, sep);
  }

  // A count phrase: exact ("1,351", "1 351"), approximate ("more than
  // 1,000", "svyshe 2 tysyach") or verbal ("hundreds of", "sotni").
  void Count(std::string* out) {
    uint64_t v = Magnitude();
    uint64_t style = rng_->Below(100);
    if (style < 45 || v < 20) return Exact(out, v);
    uint64_t rounded =
        v < 100 ? v / 10 * 10 : (v < 1000 ? v / 50 * 50 : v / 100 * 100);
    if (v >= 1000 && rng_->Chance(50)) rounded = v / 1000 * 1000;
    num_class_ = 2;
    if (!ru_) {
      static constexpr const char* kPre[] = {
          "more than ", "over ",   "nearly ", "about ",
          "at least ",  "almost ", "some ",   "roughly "};
      if (style < 85) {
        out->append(kPre[rng_->Below(std::size(kPre))]);
        return AppendGrouped(out, rounded, ",");
      }
      out->append(v < 100 ? "dozens of"
                          : (v < 1000 ? "hundreds of" : "thousands of"));
      return;
    }
    // clang-format off
    static constexpr const char8_t* kRuPre[] = {u8"\u0441\u0432\u044B\u0448\u0435 ", u8"\u0431\u043E\u043B\u0435\u0435 ", u8"\u043E\u043A\u043E\u043B\u043E ",
                                                u8"\u043F\u043E\u0447\u0442\u0438 ", u8"\u043F\u043E\u0440\u044F\u0434\u043A\u0430 ", u8"\u043D\u0435 \u043C\u0435\u043D\u0435\u0435 ",
                                                u8"\u043F\u0440\u0438\u043C\u0435\u0440\u043D\u043E "};
    // clang-format on
    std::string_view pre = Sv(kRuPre[rng_->Below(std::size(kRuPre))]);
    if (style < 72 || v < 1000) {
      if (style >= 92 && v >= 20) {
        out->append(Sv(
            v < 100 ? u8"\u0434\u0435\u0441\u044F\u0442\u043A\u0438"
                    : (v < 1000 ? u8"\u0441\u043E\u0442\u043D\u0438"
                                : u8"\u0442\u044B\u0441\u044F\u0447\u0438")));
        return;
      }
      out->append(pre);
      return Exact(out, rounded);  // Rounded ends in 0: plural "many".
    }
    uint64_t k = v / 1000, frac = v % 1000 / 100;
    if (pre == Sv(u8"\u043F\u0440\u0438\u043C\u0435\u0440\u043D\u043E "))
      pre = Sv(u8"\u043E\u043A\u043E\u043B\u043E ");
    if (style < 84) {
      out->append(pre);
      AppendU64(out, k);
      if (frac != 0 && k < 10) {
        out->push_back(',');
        AppendU64(out, frac);
        out->append(Sv(u8" \u0442\u044B\u0441\u044F\u0447\u0438"));
      } else {
        out->append(RuClass(k) == 0
                        ? Sv(u8" \u0442\u044B\u0441\u044F\u0447\u0438")
                        : Sv(u8" \u0442\u044B\u0441\u044F\u0447"));
      }
    } else {
      AppendU64(out, k);
      if (frac != 0) {
        out->push_back(',');
        AppendU64(out, frac);
      }
      out->append(Sv(u8" \u0442\u044B\u0441."));
    }
  }

  void Percent(std::string* out) {
    uint64_t a = 5 * static_cast<uint64_t>(rng_->Range(1, 12));
    uint64_t b = std::min<uint64_t>(
        95, a + 5 * static_cast<uint64_t>(rng_->Range(2, 8)));
    // clang-format off
    static constexpr const char8_t* kEn[] = {
        u8"from {a} to {b} percent", u8"{a} percent", u8"{a}%", u8"about {a} percent",
        u8"nearly a third", u8"almost half", u8"between {a} and {b} percent",
        u8"up to {b}%"};
    static constexpr const char8_t* kRu[] = {
        u8"\u043E\u0442 {a} \u0434\u043E {b}%", u8"\u043E\u0442 {a} \u0434\u043E {b} \u043F\u0440\u043E\u0446\u0435\u043D\u0442\u043E\u0432", u8"{a}%", u8"\u043E\u043A\u043E\u043B\u043E {a}%",
        u8"\u043F\u043E\u0447\u0442\u0438 \u0442\u0440\u0435\u0442\u044C", u8"\u043F\u043E\u0447\u0442\u0438 \u043F\u043E\u043B\u043E\u0432\u0438\u043D\u0430", u8"\u043F\u043E\u0440\u044F\u0434\u043A\u0430 {a} \u043F\u0440\u043E\u0446\u0435\u043D\u0442\u043E\u0432",
        u8"\u0434\u043E {b}%"};
    // clang-format on
    std::string_view t = ru_ ? Sv(kRu[rng_->Below(std::size(kRu))])
                             : Sv(kEn[rng_->Below(std::size(kEn))]);
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '{') {
        AppendU64(out, t[i + 1] == 'a' ? a : b);
        i += 2;
      } else {
        out->push_back(t[i]);
      }
    }
  }

  void Term(std::string* out, bool dative) {
    uint64_t y = static_cast<uint64_t>(rng_->Chance(80) ? rng_->Range(2, 8)
                                                        : rng_->Range(1, 15));
    uint64_t m =
        static_cast<uint64_t>(rng_->Chance(50) ? 6 : rng_->Range(1, 11));
    uint64_t style = rng_->Below(10);
    AppendU64(out, y);
    if (!ru_) {
      if (style < 2 && y < 10) {
        out->append(" and a half years");
        return;
      }
      out->append(y == 1 ? " year" : " years");
      if (style < 4) {
        out->append(" and ");
        AppendU64(out, m);
        out->append(m == 1 ? " month" : " months");
      }
      return;
    }
    if (style < 2) {
      out->append(Sv(u8",5 \u0433\u043E\u0434\u0430"));
      return;
    }
    out->push_back(' ');
    out->append(dative ? RuForm(y, Sv(u8"\u0433\u043E\u0434\u0443"),
                                Sv(u8"\u0433\u043E\u0434\u0430\u043C"),
                                Sv(u8"\u0433\u043E\u0434\u0430\u043C"))
                       : RuForm(y, Sv(u8"\u0433\u043E\u0434"),
                                Sv(u8"\u0433\u043E\u0434\u0430"),
                                Sv(u8"\u043B\u0435\u0442")));
    if (style < 4) {
      out->append(Sv(u8" \u0438 "));
      AppendU64(out, m);
      out->push_back(' ');
      out->append(
          dative ? RuForm(m, Sv(u8"\u043C\u0435\u0441\u044F\u0446\u0443"),
                          Sv(u8"\u043C\u0435\u0441\u044F\u0446\u0430\u043C"),
                          Sv(u8"\u043C\u0435\u0441\u044F\u0446\u0430\u043C"))
                 : RuForm(m, Sv(u8"\u043C\u0435\u0441\u044F\u0446"),
                          Sv(u8"\u043C\u0435\u0441\u044F\u0446\u0430"),
                          Sv(u8"\u043C\u0435\u0441\u044F\u0446\u0435\u0432")));
    }
  }

  void Money(std::string* out) {
    uint64_t v = 50000 * static_cast<uint64_t>(rng_->Range(2, 100));
    uint64_t style = rng_->Below(3);
    if (!ru_) {
      if (v >= 1000000 && style < 2) {
        AppendU64(out, v / 1000000);
        if (v % 1000000 != 0) {
          out->push_back('.');
          AppendU64(out, v % 1000000 / 100000);
        }
        out->append(" million rubles");
      } else {
        AppendGrouped(out, v, ",");
        out->append(" rubles");
      }
      return;
    }
    if (style == 0) {
      AppendGrouped(out, v, " ");
      out->append(Sv(u8" \u0440\u0443\u0431\u043B\u0435\u0439"));
    } else if (v < 1000000) {
      AppendU64(out, v / 1000);
      out->append(
          Sv(u8" \u0442\u044B\u0441. \u0440\u0443\u0431\u043B\u0435\u0439"));
    } else {
      AppendU64(out, v / 1000000);
      if (v % 1000000 != 0) {
        out->push_back(',');
        AppendU64(out, v % 1000000 / 100000);
      }
      out->append(
          Sv(u8" \u043C\u043B\u043D \u0440\u0443\u0431\u043B\u0435\u0439"));
    }
  }

  void Slot(std::string_view s, std::string* out) {
    Rng& r = *rng_;
    const LangPack& p = pack();
    if (s.starts_with('=')) {
      s.remove_prefix(1);
      out->append(Option(s, r.Below(OptionCount(s))));
      return;
    }
    if (s.size() > 2 && s[1] == ':') {
      std::string_view opts = s.substr(2);
      size_t k = s[0] == 'Q' ? static_cast<size_t>(
                                   ru_ ? num_class_ : (num_class_ == 0 ? 0 : 1))
                             : (CurSpeaker().female ? 1 : 0);
      out->append(Option(opts, std::min(k, OptionCount(opts) - 1)));
      return;
    }
    if (s == "N") return Count(out);
    if (s == "NE") return Exact(out, Magnitude());
    if (s == "NS") {
      uint64_t v = static_cast<uint64_t>(
          r.Chance(60) ? r.Range(2, 9)
                       : (r.Chance(75) ? r.Range(10, 30) : r.Range(31, 60)));
      return Exact(out, v);
    }
    if (s == "NK")
      return Exact(out,
                   static_cast<uint64_t>(r.Chance(70) ? r.Range(1000, 9999)
                                                      : r.Range(10000, 60000)));
    if (s == "P") return Percent(out);
    if (s[0] == 'R') {
      const Region& g =
          kRegions[r.Chance(55) ? focus_region_ : r.Below(std::size(kRegions))];
      out->append(
          Sv(!ru_ ? g.en : (s == "R" ? g.nom : (s == "RP" ? g.prep : g.gen))));
      return;
    }
    if (s == "S" || s == "SG") {
      const Speaker& sp = CurSpeaker();
      out->append(Sv(s == "S" ? sp.nom : sp.gen));
      return;
    }
    if (s == "C" || s == "CP") {
      const Court& c =
          kCourts[r.Chance(50) ? focus_court_ : r.Below(std::size(kCourts))];
      if (!ru_) {
        out->append("the ");
        out->append(Sv(c.en));
        out->append(" Garrison Military Court");
      } else if (s == "C") {
        out->append(Sv(c.nom));
        out->append(
            Sv(u8" \u0433\u0430\u0440\u043D\u0438\u0437\u043E\u043D\u043D\u044B"
               u8"\u0439 \u0432\u043E\u0435\u043D\u043D\u044B\u0439 "
               u8"\u0441\u0443\u0434"));
      } else {
        out->append(Sv(c.prep));
        out->append(
            Sv(u8" \u0433\u0430\u0440\u043D\u0438\u0437\u043E\u043D\u043D\u043E"
               u8"\u043C \u0432\u043E\u0435\u043D\u043D\u043E\u043C "
               u8"\u0441\u0443\u0434\u0435"));
      }
      return;
    }
    if (s == "B") {
      uint64_t n = static_cast<uint64_t>(r.Chance(85) ? r.Range(1, 160)
                                                      : r.Range(161, 400));
      const UnitKind& k = kUnitKinds[r.Below(std::size(kUnitKinds))];
      if (ru_) {
        AppendU64(out, n);
        out->append(Sv(k.ru));
        return;
      }
      out->append("the ");
      AppendU64(out, n);
      uint64_t t = n % 100;
      out->append(
          (t >= 11 && t <= 13)
              ? "th"
              : (n % 10 == 1
                     ? "st"
                     : (n % 10 == 2 ? "nd" : (n % 10 == 3 ? "rd" : "th"))));
      out->push_back(' ');
      out->append(Sv(k.en));
      return;
    }
    if (s == "U")
      return AppendU64(out, static_cast<uint64_t>(r.Range(10000, 99999)));
    if (s == "A") {
      out->append(Pick(r, p.articles));
      return;
    }
    if (s == "T" || s == "TD") return Term(out, s == "TD");
    if (s == "D") {
      uint64_t day = static_cast<uint64_t>(r.Range(1, 28));
      size_t mon = r.Below(12);
      if (ru_) {
        AppendU64(out, day);
        out->push_back(' ');
        out->append(Sv(kRuMonthsGen[mon]));
      } else if (r.Chance(50)) {
        out->append(kEnMonths[mon]);
        out->push_back(' ');
        AppendU64(out, day);
      } else {
        AppendU64(out, day);
        out->push_back(' ');
        out->append(kEnMonths[mon]);
      }
      return;
    }
    if (s == "MP") {
      size_t mon = r.Below(12);
      out->append(ru_ ? Sv(kRuMonthsPrep[mon])
                      : std::string_view(kEnMonths[mon]));
      return;
    }
    if (s == "Y")
      return AppendU64(out, static_cast<uint64_t>(r.Range(2022, 2025)));
    if (s == "AGE")
      return AppendU64(out, static_cast<uint64_t>(r.Range(19, 56)));
    if (s == "MONEY") return Money(out);
    if (s == "O") {
      out->append(Pick(r, p.outlets));
      return;
    }
    Die("unknown template slot {" + std::string(s) + "}");
  }

  Rng* rng_;
  bool ru_ = false;
  size_t focus_region_ = 0, focus_court_ = 0, focus_speaker_ = 0;
  int cur_speaker_ = -1;
  int num_class_ = 2;
};

// ---------------------------------------------------------------------------
// Articles.

constexpr int64_t kPubStart = 1645660800;    // 2022-02-24T00:00:00Z
constexpr int64_t kPubEnd = 1751241600;      // 2025-06-30T00:00:00Z
constexpr int64_t kCrawlStart = 1751328000;  // 2025-07-01T00:00:00Z

struct Article {
  bool ru = false;
  const Site* site = nullptr;
  size_t section = 0;
  uint64_t id = 0;
  int64_t published = 0;
  std::string title, url, author;
  std::vector<std::string> paras;
};

void AppendRandomUrl(const Site& s, Rng& r, std::string* out) {
  out->append("https://");
  out->append(s.domain);
  out->push_back('/');
  out->append(Sv(kSectionSlugs[r.Below(kSectionCount)]));
  out->append("/2024/");
  AppendU64(out, static_cast<uint64_t>(r.Range(10, 12)));
  out->push_back('/');
  AppendHex(out, r.Next(), 10);
  out->push_back('/');
}

// Fills metadata; `paras` paragraphs of 2-5 sentences (0 = caller adds).
void MakeArticle(TextGen& g, bool ru, uint64_t id, int paras, Article* a,
                 const Site* site = nullptr) {
  Rng& r = g.rng();
  g.BeginDoc(ru);
  const LangPack& p = g.pack();
  a->ru = ru;
  a->site = site != nullptr ? site : &p.sites[r.Below(p.n_sites)];
  a->section = r.Chance(60) ? 2 : r.Below(kSectionCount);
  a->id = id;
  a->published = kPubStart + static_cast<int64_t>(r.Below(kPubEnd - kPubStart));
  a->title.clear();
  g.Headline(&a->title);
  a->author.clear();
  g.PersonName(&a->author);
  Civil c = ToCivil(a->published);
  char date[32];
  std::snprintf(date, sizeof(date), "%04d/%02d/%02d/", c.year, c.month, c.day);
  std::string& u = a->url;
  u = "https://";
  u += a->site->domain;
  u.push_back('/');
  if (a->site->style == 1) {
    u += "news/";
    AppendU64(&u, id);
  } else {
    if (a->site->style == 0)
      u += Sv(kSectionSlugs[a->section]), u.push_back('/');
    u += date;
    if (!ru) {  // Slug from the English headline.
      size_t start = u.size();
      for (char ch : CutAtSpace(a->title, 60)) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
        bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (alnum)
          u.push_back(ch);
        else if (u.size() > start && u.back() != '-')
          u.push_back('-');
      }
      if (u.back() != '-') u.push_back('-');
    }
    AppendU64(&u, id);
  }
  u += a->site->style == 1 ? ".html" : "/";
  a->paras.resize(static_cast<size_t>(paras));
  for (auto& para : a->paras) {
    para.clear();
    g.Paragraph(&para, static_cast<int>(r.Range(2, 5)));
  }
}

void AddParagraph(TextGen& g, Article* a) {
  a->paras.emplace_back();
  g.Paragraph(&a->paras.back(), static_cast<int>(g.rng().Range(2, 5)));
}

// Paragraph as HTML; sometimes a 2-4 word span becomes a link.
void AppendParaHtml(const Article& a, std::string_view para, Rng& r, bool ent,
                    std::string* o) {
  if (!r.Chance(30)) return AppendHtml(o, para, ent);
  std::vector<size_t> spaces;
  for (size_t i = 0; i < para.size(); ++i)
    if (para[i] == ' ') spaces.push_back(i);
  if (spaces.size() < 6) return AppendHtml(o, para, ent);
  size_t w = r.Below(spaces.size() - 5);
  size_t begin = spaces[w] + 1, end = spaces[w + 2 + r.Below(3)];
  AppendHtml(o, para.substr(0, begin), ent);
  o->append("<a href=\"");
  AppendRandomUrl(*a.site, r, o);
  o->append(r.Chance(30) ? "\" target=\"_blank\" rel=\"noopener\">" : "\">");
  AppendHtml(o, para.substr(begin, end - begin), ent);
  o->append("</a>");
  AppendHtml(o, para.substr(end), ent);
}

// ---------------------------------------------------------------------------
// HTML page rendering (three site templates).

void AppendInlineScripts(const Article& a, Rng& r, std::string* o) {
  o->append(
      "<script>window.dataLayer=window.dataLayer||[];function "
      "gtag(){dataLayer.push(arguments);}"
      "gtag('js',new Date());gtag('config','G-");
  AppendHex(o, r.Next(), 10);
  o->append("',{anonymize_ip:true,content_group:'article'});</script>\n");
  if (a.ru) {
    o->append(
        "<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a|"
        "|[]).push(arguments)};"
        "m[i].l=1*new "
        "Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,"
        "k.src=r,"
        "a.parentNode.insertBefore(k,a)})(window,document,\"script\",\"https://"
        "mc.yandex.ru/metrika/tag.js\",\"ym\");"
        "ym(");
    AppendU64(o, 10000000 + r.Below(89999999));
    o->append(
        ",\"init\",{clickmap:true,trackLinks:true,accurateTrackBounce:true,"
        "webvisor:false});</script>\n");
  }
  o->append(
      "<script>(function(w,d){var "
      "s=d.createElement('script');s.async=true;s.src='https://ads.");
  o->append(a.site->domain);
  o->append("/loader.js?v=");
  AppendHex(o, r.Next(), 8);
  o->append("';w.__adSlots=[");
  for (int i = 0, n = static_cast<int>(r.Range(3, 8)); i < n; ++i) {
    if (i) o->push_back(',');
    o->append("{id:'ad-");
    AppendU64(o, static_cast<uint64_t>(i));
    o->append("',sizes:[[300,250],[728,90]],lazy:");
    o->append(r.Chance(50) ? "true" : "false");
    o->push_back('}');
  }
  o->append("];d.head.appendChild(s);})(window,document);</script>\n");
}

void AppendStyle(Rng& r, std::string* o) {
  static constexpr const char* kProps[] = {"display:flex",
                                           "margin:0 auto",
                                           "padding:12px 16px",
                                           "color:#1a1a1a",
                                           "font-size:15px",
                                           "line-height:1.6",
                                           "border-bottom:1px solid #e5e5e5",
                                           "background:#fff",
                                           "max-width:1200px",
                                           "font-weight:700",
                                           "text-decoration:none",
                                           "position:relative",
                                           "gap:8px",
                                           "opacity:.85"};
  static constexpr const char* kNames[] = {
      "header",  "menu", "article", "lead",   "share", "related", "footer",
      "sidebar", "card", "tag",     "button", "title", "meta",    "promo"};
  o->append("<style>");
  for (int i = 0, n = static_cast<int>(r.Range(30, 90)); i < n; ++i) {
    o->append(".");
    o->append(kNames[r.Below(std::size(kNames))]);
    o->append(r.Chance(50) ? "__" : "-");
    o->append(kNames[r.Below(std::size(kNames))]);
    o->push_back('{');
    for (int j = 0, m = static_cast<int>(r.Range(1, 4)); j < m; ++j) {
      if (j) o->push_back(';');
      o->append(kProps[r.Below(std::size(kProps))]);
    }
    o->push_back('}');
  }
  o->append(
      "@media (max-width:768px){.article__body{padding:0 "
      "12px}.sidebar{display:none}}</style>\n");
}

void AppendLinkList(const Article& a, TextGen& g, int n, bool views,
                    std::string* o) {
  Rng& r = g.rng();
  std::string h;
  for (int i = 0; i < n; ++i) {
    h.clear();
    g.Headline(&h);
    o->append("<li><a href=\"");
    AppendRandomUrl(*a.site, r, o);
    o->append("\">");
    AppendHtml(o, h, false);
    o->append("</a>");
    if (views) {
      o->append(" <span class=\"views\">");
      AppendGrouped(o, 1000 + r.Below(200000), a.ru ? " " : ",");
      o->append("</span>");
    }
    o->append("</li>\n");
  }
}

void RenderPage(const Article& a, TextGen& g, std::string* o) {
  Rng& r = g.rng();
  const Site& s = *a.site;
  const LangPack& p = a.ru ? kRuPack : kEnPack;
  const Ui& ui = *p.ui;
  const int style = s.style;
  const bool ent = style == 2;
  const size_t target = static_cast<size_t>(r.Range(20000, 80000));
  std::string home = std::string("https://") + s.domain + "/";
  std::string tmp, img;
  img = "https://cdn." + std::string(s.domain) + "/images/";
  AppendHex(&img, r.Next(), 16);
  img += ".jpg";
  auto text = [&](std::string_view t) { AppendHtml(o, t, ent); };
  auto iso = [&](int64_t t) {
    AppendTime(o, t, s.tz_minutes, TimeFmt::kIsoOffset);
  };

  o->clear();
  o->append(style == 1 ? "<!doctype html>\n<html lang=\""
                       : "<!DOCTYPE html>\n<html lang=\"");
  o->append(a.ru ? "ru" : "en");
  o->append("\" prefix=\"og: https://ogp.me/ns#\">\n<head>\n");
  o->append(style == 1 ? "<meta http-equiv=\"Content-Type\" "
                         "content=\"text/html; charset=utf-8\">\n"
                       : "<meta charset=\"utf-8\">\n");
  o->append(
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n<title>");
  text(a.title);
  o->append(" | ");
  text(Sv(s.name));
  o->append("</title>\n<meta name=\"description\" content=\"");
  text(CutAtSpace(a.paras[0], 200));
  o->append("\">\n<link rel=\"canonical\" href=\"");
  o->append(a.url);
  o->append("\">\n<meta property=\"og:site_name\" content=\"");
  text(Sv(s.name));
  o->append(
      "\">\n<meta property=\"og:type\" content=\"article\">\n<meta "
      "property=\"og:title\" content=\"");
  text(a.title);
  o->append("\">\n<meta property=\"og:url\" content=\"");
  o->append(a.url);
  o->append("\">\n<meta property=\"og:image\" content=\"");
  o->append(img);
  o->append("\">\n<meta property=\"article:published_time\" content=\"");
  iso(a.published);
  o->append("\">\n<meta property=\"article:modified_time\" content=\"");
  iso(a.published + r.Range(300, 90000));
  o->append("\">\n<meta property=\"article:section\" content=\"");
  text(Sv(p.sections.items[a.section]));
  o->append("\">\n<link rel=\"stylesheet\" href=\"/static/css/main.");
  AppendHex(o, r.Next(), 12);
  o->append(".css\">\n");
  AppendStyle(r, o);
  // JSON-LD NewsArticle.
  o->append(
      "<script "
      "type=\"application/ld+json\">{\"@context\":\"https://"
      "schema.org\",\"@type\":\"NewsArticle\","
      "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":");
  AppendJson(o, a.url, true);
  o->append("},\"headline\":");
  AppendJson(o, a.title, true);
  o->append(",\"description\":");
  AppendJson(o, CutAtSpace(a.paras[0], 200), true);
  o->append(",\"image\":[");
  AppendJson(o, img, true);
  o->append("],\"datePublished\":\"");
  iso(a.published);
  o->append("\",\"author\":[{\"@type\":\"Person\",\"name\":");
  AppendJson(o, a.author, true);
  o->append("}],\"publisher\":{\"@type\":\"Organization\",\"name\":");
  AppendJson(o, Sv(s.name), true);
  o->append(",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"");
  o->append(home);
  o->append("static/logo.png\"}},\"articleSection\":");
  AppendJson(o, Sv(p.sections.items[a.section]), true);
  o->append(",\"inLanguage\":\"");
  o->append(a.ru ? "ru" : "en");
  o->append("\"}</script>\n");
  AppendInlineScripts(a, r, o);
  o->append("</head>\n");

  // Header and navigation menu.
  static constexpr const char* kBody[] = {
      "<body class=\"page-article\">\n<a class=\"skip-link\" href=\"#main\">",
      "<body>\n<div class=\"l-page\"><div class=\"b-topline\"><span "
      "class=\"b-topline__skip\">",
      "<body class=\"post-template-default single single-post\">\n<div "
      "id=\"page\" class=\"site\"><a class=\"skip-link screen-reader-text\" "
      "href=\"#content\">"};
  static constexpr const char* kNavOpen[] = {
      "</a>\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">",
      "</span></div>\n<div class=\"b-header\"><a class=\"b-header__logo\" "
      "href=\"/\">",
      "</a>\n<header id=\"masthead\" class=\"site-header\"><div "
      "class=\"site-branding\"><a href=\"/\" rel=\"home\">"};
  o->append(kBody[style]);
  text(Sv(ui.skip));
  o->append(kNavOpen[style]);
  text(Sv(s.name));
  o->append(style == 0
                ? "</a>\n<nav class=\"main-nav\" aria-label=\"Main\"><ul>\n"
                : (style == 1 ? "</a><div class=\"b-menu\">\n"
                              : "</a></div><nav id=\"site-navigation\" "
                                "class=\"main-navigation\"><ul "
                                "id=\"primary-menu\" class=\"menu\">\n"));
  size_t nav_start = r.Below(kSectionCount);
  for (int i = 0, n = static_cast<int>(r.Range(15, 30)); i < n; ++i) {
    size_t k = (nav_start + static_cast<size_t>(i)) % kSectionCount;
    o->append(style == 1 ? "<div class=\"b-menu__item\"><a href=\"/"
                         : "<li class=\"menu-item\"><a href=\"/");
    o->append(Sv(kSectionSlugs[k]));
    o->append("/\">");
    text(Sv(p.sections.items[k]));
    o->append(style == 1 ? "</a></div>\n" : "</a></li>\n");
  }
  o->append(style == 1 ? "</div></div>\n" : "</ul></nav></header>\n");

  // Breadcrumbs.
  o->append(style == 1 ? "<div class=\"b-crumbs\"><a href=\"/\">"
                       : "<nav class=\"breadcrumbs\" "
                         "aria-label=\"breadcrumb\"><ol><li><a href=\"/\">");
  text(Sv(ui.home));
  o->append(style == 1 ? "</a> / <a href=\"/" : "</a></li><li><a href=\"/");
  o->append(Sv(kSectionSlugs[a.section]));
  o->append("/\">");
  text(Sv(p.sections.items[a.section]));
  o->append(style == 1 ? "</a></div>\n" : "</a></li></ol></nav>\n");

  // Article head.
  static constexpr const char* kArtOpen[] = {
      "<main id=\"main\" class=\"layout\">\n<article class=\"article\" "
      "itemscope itemtype=\"https://schema.org/NewsArticle\">\n<header "
      "class=\"article__header\"><h1 class=\"article__title\" "
      "itemprop=\"headline\">",
      "<div class=\"b-content\"><div class=\"b-content__main\"><div "
      "class=\"b-material\" data-type=\"article\">\n<div "
      "class=\"b-material__head\"><h1 class=\"b-material__title\">",
      "<div id=\"content\" class=\"site-content\"><div id=\"primary\" "
      "class=\"content-area\"><main id=\"main\" class=\"site-main\">\n<article "
      "class=\"post type-post status-publish format-standard "
      "has-post-thumbnail\"><header class=\"entry-header\"><h1 "
      "class=\"entry-title\">"};
  o->append(kArtOpen[style]);
  text(a.title);
  o->append(style == 0
                ? "</h1>\n<div class=\"article__meta\"><span class=\"byline\">"
                : (style == 1 ? "</h1><div class=\"b-material__info\"><span "
                                "class=\"b-material__author\">"
                              : "</h1><div class=\"entry-meta\"><span "
                                "class=\"byline author vcard\">"));
  text(Sv(ui.by));
  o->append(" <a rel=\"author\" href=\"/authors/");
  AppendU64(o, a.id % 997);
  o->append("/\">");
  text(a.author);
  o->append("</a></span> <time datetime=\"");
  iso(a.published);
  o->append(style == 2 ? "\" class=\"entry-date published\">" : "\">");
  AppendHumanDate(&tmp, a.published, s.tz_minutes, a.ru);
  text(tmp);
  o->append("</time></div>");
  o->append(style == 0
                ? "</header>\n<div class=\"article__body\" "
                  "itemprop=\"articleBody\">\n"
                : (style == 1 ? "</div>\n<div class=\"b-material__text\">\n"
                              : "</header>\n<div class=\"entry-content\">\n"));

  // Body paragraphs with figure, blockquote and ad slots.
  size_t fig_at = 1 + r.Below(2), quote_at = a.paras.size() / 2;
  for (size_t i = 0; i < a.paras.size(); ++i) {
    o->append(style == 1 ? "<div class=\"b-text-block\"><p>" : "<p>");
    AppendParaHtml(a, a.paras[i], r, ent, o);
    o->append(style == 1 ? "</p></div>\n" : "</p>\n");
    if (i == fig_at) {
      o->append("<figure class=\"article__figure\"><img src=\"");
      o->append(img);
      o->append("\" alt=\"");
      text(a.title);
      o->append(
          "\" width=\"1200\" height=\"800\" loading=\"lazy\"><figcaption>");
      tmp.clear();
      g.From(p.captions, &tmp);
      tmp += ' ';
      tmp += Sv(ui.photo);
      tmp += ' ';
      g.PersonName(&tmp);
      text(tmp);
      o->append("</figcaption></figure>\n");
    }
    if (i == quote_at) {
      o->append("<blockquote><p>");
      tmp.clear();
      g.From(p.quotes, &tmp);
      text(tmp);
      o->append("</p><cite>");
      tmp.clear();
      g.PersonName(&tmp);
      text(tmp);
      o->append("</cite></blockquote>\n");
    }
    if (i % 4 == 3) {
      o->append("<div class=\"ad-slot\" id=\"ad-inline-");
      AppendU64(o, i);
      o->append("\" data-ad-unit=\"/21");
      AppendU64(o, r.Below(1000000));
      o->append("/article/inline\"></div>\n");
    }
    if (style == 2 && r.Chance(10)) o->append("<p>&nbsp;</p>\n");
  }
  o->append("</div>\n");

  // Share bar.
  o->append("<div class=\"share\" data-url=\"");
  o->append(a.url);
  o->append("\"><span>");
  text(Sv(ui.share));
  o->append("</span>");
  static constexpr const char* kShare[] = {
      "https://t.me/share/url?url=", "https://vk.com/share.php?url=",
      "https://twitter.com/intent/tweet?url=",
      "https://www.facebook.com/sharer/sharer.php?u="};
  static constexpr const char* kShareName[] = {"Telegram", "VK", "X",
                                               "Facebook"};
  for (size_t i = 0; i < std::size(kShare); ++i) {
    o->append("<a class=\"share__item\" target=\"_blank\" href=\"");
    o->append(kShare[i]);
    for (char c : a.url) {
      if (c == ':')
        o->append("%3A");
      else if (c == '/')
        o->append("%2F");
      else
        o->push_back(c);
    }
    o->append("\">");
    o->append(kShareName[i]);
    o->append("</a>");
  }
  o->append("<button class=\"share__copy\" type=\"button\">");
  text(Sv(ui.copy_link));
  o->append("</button></div>\n");
  o->append(style == 0 ? "</article>\n"
                       : (style == 1 ? "</div>\n" : "</article>\n"));

  // Related headlines.
  o->append("<section class=\"related\"><h2>");
  text(Sv(ui.related));
  o->append("</h2><ul>\n");
  AppendLinkList(a, g, 5, false, o);
  o->append("</ul></section>\n");

  // Newsletter form.
  o->append("<form class=\"newsletter\" action=\"");
  o->append(home);
  o->append("subscribe\" method=\"post\"><label for=\"nl-email\">");
  text(Sv(ui.newsletter));
  o->append(
      "</label><input type=\"email\" id=\"nl-email\" name=\"email\" "
      "placeholder=\"");
  text(Sv(ui.email));
  o->append("\" required><input type=\"hidden\" name=\"csrf\" value=\"");
  AppendHex(o, r.Next(), 16);
  AppendHex(o, r.Next(), 16);
  o->append("\"><button type=\"submit\">");
  text(Sv(ui.subscribe));
  o->append("</button></form>\n");

  // Comments.
  int n_comments = static_cast<int>(r.Range(3, 10));
  o->append("<section id=\"comments\" class=\"comments\"><h3>");
  text(Sv(ui.comments));
  o->append(" (");
  AppendU64(o, static_cast<uint64_t>(n_comments));
  o->append(")</h3><ol class=\"comment-list\">\n");
  int64_t ct = a.published;
  for (int i = 0; i < n_comments; ++i) {
    ct += r.Range(60, 20000);
    o->append("<li class=\"comment\" id=\"comment-");
    AppendU64(o, a.id * 16 + static_cast<uint64_t>(i));
    o->append("\"><div class=\"comment-author\">");
    tmp.clear();
    if (r.Chance(50)) {
      g.PersonName(&tmp);
    } else {
      tmp = "user";
      AppendU64(&tmp, r.Below(100000));
    }
    text(tmp);
    o->append("</div><time datetime=\"");
    iso(ct);
    o->append("\">");
    tmp.clear();
    AppendHumanDate(&tmp, ct, s.tz_minutes, a.ru);
    text(tmp);
    o->append("</time><div class=\"comment-body\"><p>");
    tmp.clear();
    for (int j = 0, m = static_cast<int>(r.Range(1, 3)); j < m; ++j) {
      if (j) tmp.push_back(' ');
      g.From(p.comments, &tmp);
    }
    text(tmp);
    o->append("</p></div><a class=\"reply\" href=\"#comment-form\">");
    text(Sv(ui.reply));
    o->append("</a></li>\n");
  }
  o->append("</ol></section>\n");
  o->append(style == 0 ? "</main>\n"
                       : (style == 1 ? "</div>\n" : "</main></div>\n"));

  // Sidebar: most read.
  o->append(style == 2
                ? "<aside id=\"secondary\" class=\"widget-area\"><section "
                  "class=\"widget widget_popular\"><h3>"
                : "<aside class=\"sidebar\"><h3>");
  text(Sv(ui.most_read));
  o->append("</h3><ol>\n");
  AppendLinkList(a, g, static_cast<int>(r.Range(5, 10)), true, o);
  o->append(
      style == 2
          ? "</ol></section></aside>\n"
          : "</ol><div class=\"ad-slot\" id=\"ad-sidebar-1\"></div></aside>\n");
  if (style != 0) o->append("</div>\n");

  // Footer with many links.
  o->append(
      style == 1
          ? "<div class=\"b-footer\"><div class=\"b-footer__cols\">\n"
          : "<footer class=\"site-footer\"><div class=\"footer__cols\">\n");
  const char8_t* legal[] = {ui.privacy, ui.terms,    ui.staff,
                            ui.ads,     ui.contacts, ui.support};
  for (int i = 0, n = static_cast<int>(r.Range(30, 60)); i < n; ++i) {
    o->append("<a class=\"footer__link\" href=\"/");
    if (i % 5 == 4) {
      o->append("archive/");
      AppendU64(o, static_cast<uint64_t>(2014 + i % 12));
      o->append("/\">");
      text(Sv(ui.archive));
      o->push_back(' ');
      AppendU64(o, static_cast<uint64_t>(2014 + i % 12));
    } else if (i % 5 == 3) {
      o->append("info/");
      AppendU64(o, static_cast<uint64_t>(i));
      o->append("/\">");
      text(Sv(legal[static_cast<size_t>(i) % std::size(legal)]));
    } else {
      o->append(Sv(kSectionSlugs[static_cast<size_t>(i) % kSectionCount]));
      o->append("/\">");
      text(Sv(p.sections.items[static_cast<size_t>(i) % kSectionCount]));
    }
    o->append("</a>\n");
  }
  o->append("</div><p class=\"copyright\">&copy; 2014&ndash;2025 ");
  text(Sv(s.name));
  o->append(". ");
  text(Sv(ui.rights));
  if (a.ru)
    o->append(
        Sv(u8" 18+. "
           u8"\u0421\u0432\u0438\u0434\u0435\u0442\u0435\u043B\u044C\u0441"
           u8"\u0442\u0432\u043E \u043E "
           u8"\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438"
           u8"\u0438 \u0421\u041C\u0418 \u042D\u041B \u2116 \u0424\u0421 77-"));
  if (a.ru) AppendU64(o, 10000 + r.Below(90000));
  o->append(style == 1 ? "</p></div></div>\n" : "</p></footer>\n");
  if (style == 2) o->append("</div>\n");

  // Hydration state blob pads the page to its target size, as on real sites.
  o->append("<script>window.__INITIAL_STATE__={\"page\":{\"id\":");
  AppendU64(o, a.id);
  o->append(",\"type\":\"article\"},\"feed\":[");
  bool first = true;
  while (o->size() + 40 < target || first) {
    if (!first) o->push_back(',');
    first = false;
    tmp.clear();
    g.Headline(&tmp);
    o->append("{\"id\":");
    AppendU64(o, r.Below(100000000));
    o->append(",\"title\":");
    AppendJson(o, tmp, true);
    o->append(",\"url\":\"");
    AppendRandomUrl(s, r, o);
    o->append("\",\"img\":{\"src\":\"https://cdn.");
    o->append(s.domain);
    o->append("/i/");
    AppendHex(o, r.Next(), 16);
    o->append(".webp\",\"w\":1200,\"h\":800},\"ts\":");
    AppendU64(o,
              static_cast<uint64_t>(kPubStart) + r.Below(kPubEnd - kPubStart));
    o->append(",\"views\":");
    AppendU64(o, r.Below(300000));
    o->append(",\"tags\":[");
    AppendJson(o, Sv(p.sections.items[r.Below(kSectionCount)]), true);
    o->append(",");
    AppendJson(o, Sv(p.sections.items[r.Below(kSectionCount)]), true);
    o->append("],\"h\":\"");
    AppendHex(o, r.Next(), 16);
    o->append("\"}");
  }
  o->append("]};</script>\n</body>\n</html>\n");
}

// ---------------------------------------------------------------------------
// Output plumbing.

class Sink {
 public:
  Sink() = default;
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  ~Sink() { Close(); }
  void Open(const fs::path& path) {
    Close();
    f_ = std::fopen(path.c_str(), "wb");
    if (f_ == nullptr)
      Die("cannot open " + path.string() + ": " + std::strerror(errno));
    std::setvbuf(f_, nullptr, _IOFBF, 1 << 20);
    bytes_ = 0;
  }
  void Write(std::string_view s) {
    if (std::fwrite(s.data(), 1, s.size(), f_) != s.size()) Die("write failed");
    bytes_ += s.size();
  }
  void Close() {
    if (f_ != nullptr && std::fclose(f_) != 0) Die("close failed");
    f_ = nullptr;
  }
  bool open() const { return f_ != nullptr; }
  uint64_t bytes() const { return bytes_; }

 private:
  FILE* f_ = nullptr;
  uint64_t bytes_ = 0;
};

struct Stats {
  uint64_t files = 0, docs = 0, bytes = 0, raw = 0;
  double secs = 0;
};

enum class Lang { kEn, kRu, kMixed };

constexpr const char* kFormats[] = {"html", "warc", "telegram",
                                    "text", "rss",  "jsonl"};

std::string Numbered(const char* fmt, uint64_t n) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), fmt, n);
  return buf;
}

void AppendUuid(std::string* out, Rng& r) {
  uint64_t a = r.Next(), b = r.Next();
  out->append("<urn:uuid:");
  AppendHex(out, a >> 32, 8);
  out->push_back('-');
  AppendHex(out, a >> 16, 4);
  out->append("-4");
  AppendHex(out, a, 3);
  out->push_back('-');
  AppendHex(out, 8 | ((b >> 62) & 3), 1);
  AppendHex(out, b >> 48, 3);
  out->push_back('-');
  AppendHex(out, b, 12);
  out->push_back('>');
}

class Generator {
 public:
  Generator(Lang lang, uint64_t seed, int gzip_level, fs::path out)
      : lang_(lang),
        seed_(seed),
        gzip_level_(gzip_level),
        out_(std::move(out)) {}

  void Run(int format, uint64_t budget) {
    Rng rng(seed_ ^
            (0xD1B54A32D192ED03ull * static_cast<uint64_t>(format + 1)));
    TextGen g(&rng);
    auto start = std::chrono::steady_clock::now();
    Stats& st = stats_[format];
    switch (format) {
      case 0:
        Html(g, budget, st);
        break;
      case 1:
        Warc(g, budget, st);
        break;
      case 2:
        Telegram(g, budget, st);
        break;
      case 3:
        Text(g, budget, st);
        break;
      case 4:
        Rss(g, budget, st);
        break;
      default:
        Jsonl(g, budget, st);
        break;
    }
    st.secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
  }
  const Stats& stats(int format) const { return stats_[format]; }

 private:
  bool PickRu(Rng& r) {
    return lang_ == Lang::kRu || (lang_ == Lang::kMixed && r.Chance(50));
  }

  fs::path Dir(const std::string& sub) {
    fs::path d = out_ / sub;
    fs::create_directories(d);
    return d;
  }

  void Html(TextGen& g, uint64_t budget, Stats& st) {
    Article a;
    std::string page;
    Sink sink;
    fs::path dir;
    for (uint64_t i = 0; st.bytes < budget; ++i) {
      if (i % 1000 == 0) dir = Dir("html/" + Numbered("%03" PRIu64, i / 1000));
      bool ru = PickRu(
          g.rng());  // Separate statements: argument order is unspecified.
      MakeArticle(g, ru, 100000 + i, static_cast<int>(g.rng().Range(6, 20)),
                  &a);
      RenderPage(a, g, &page);
      sink.Open(dir / Numbered("%06" PRIu64 ".html", i));
      sink.Write(page);
      sink.Close();
      st.files++;
      st.docs++;
      st.bytes += page.size();
    }
  }

  void Text(TextGen& g, uint64_t budget, Stats& st) {
    Article a;
    std::string doc;
    Sink sink;
    fs::path dir;
    for (uint64_t i = 0; st.bytes < budget; ++i) {
      if (i % 1000 == 0) dir = Dir("text/" + Numbered("%03" PRIu64, i / 1000));
      MakeArticle(g, PickRu(g.rng()), 400000 + i, 1, &a);
      size_t target = static_cast<size_t>(g.rng().Range(2000, 9000));
      doc = a.title + "\n\n";
      for (size_t k = 0;; ++k) {
        if (k == a.paras.size()) AddParagraph(g, &a);
        if (doc.size() + a.paras[k].size() > 10200 && k > 0) break;
        doc += a.paras[k];
        doc += "\n\n";
        if (doc.size() >= target) break;
      }
      doc.pop_back();
      sink.Open(dir / Numbered("%06" PRIu64 ".txt", i));
      sink.Write(doc);
      sink.Close();
      st.files++;
      st.docs++;
      st.bytes += doc.size();
    }
  }

  void Jsonl(TextGen& g, uint64_t budget, Stats& st) {
    Article a;
    std::string line, text;
    Sink sink;
    Dir("jsonl");
    for (uint64_t i = 0; st.bytes + sink.bytes() < budget; ++i) {
      if (!sink.open() || sink.bytes() >= 50000000) {
        st.bytes += sink.bytes();
        sink.Open(out_ / "jsonl" /
                  Numbered("part-%03" PRIu64 ".jsonl", st.files++));
      }
      bool ru = PickRu(g.rng());
      MakeArticle(g, ru, 600000 + i, static_cast<int>(g.rng().Range(3, 14)),
                  &a);
      text = a.title;
      for (const auto& para : a.paras) text += "\n\n", text += para;
      line = "{\"text\":";
      AppendJson(&line, text);
      line += ",\"url\":";
      AppendJson(&line, a.url);
      line += ",\"published\":\"";
      AppendTime(&line, a.published, 0,
                 g.rng().Chance(50) ? TimeFmt::kIsoZ : TimeFmt::kIsoOffset);
      line += "\",\"source\":";
      AppendJson(&line, Sv(a.site->name));
      line += "}\n";
      sink.Write(line);
      st.docs++;
    }
    st.bytes += sink.bytes();
  }

  void Rss(TextGen& g, uint64_t budget, Stats& st) {
    Rng& r = g.rng();
    Article a;
    std::string buf, html;
    Sink sink;
    Dir("rss");
    while (st.bytes < budget) {
      bool ru = PickRu(r);
      const LangPack& p = ru ? kRuPack : kEnPack;
      const Site& s = p.sites[r.Below(p.n_sites)];
      bool cdata = r.Chance(25);
      uint64_t target = std::min<uint64_t>(
          budget - st.bytes, static_cast<uint64_t>(r.Range(1000000, 4900000)));
      sink.Open(out_ / "rss" / Numbered("feed-%03" PRIu64 ".xml", st.files++));
      int64_t t = kPubEnd - r.Range(0, 86400 * 30);
      buf =
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
          "xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n<title>";
      AppendXml(&buf, Sv(s.name));
      buf += "</title>\n<link>https://";
      buf += s.domain;
      buf += "/</link>\n<description>";
      AppendXml(&buf,
                Sv(ru ? u8"\u041F\u043E\u0441\u043B\u0435\u0434\u043D\u0438"
                        u8"\u0435 \u043D\u043E\u0432\u043E\u0441\u0442\u0438"
                      : u8"Latest news"));
      buf += "</description>\n<language>";
      buf += ru ? "ru" : "en";
      buf += "</language>\n<lastBuildDate>";
      AppendTime(&buf, t, s.tz_minutes, TimeFmt::kRfc822);
      buf += "</lastBuildDate>\n<atom:link href=\"https://";
      buf += s.domain;
      buf += "/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n";
      sink.Write(buf);
      for (bool first = true; first || sink.bytes() < target; first = false) {
        MakeArticle(g, ru, 800000 + st.docs, static_cast<int>(r.Range(2, 8)),
                    &a, &s);
        t -= r.Range(60, 7200);
        html.clear();
        for (const auto& para : a.paras) {
          html += "<p>";
          AppendParaHtml(a, para, r, false, &html);
          html += "</p>";
        }
        buf = "<item>\n<title>";
        AppendXml(&buf, a.title);
        buf += "</title>\n<link>";
        AppendXml(&buf, a.url);
        buf += "</link>\n<guid isPermaLink=\"true\">";
        AppendXml(&buf, a.url);
        buf += "</guid>\n<pubDate>";
        AppendTime(&buf, t, s.tz_minutes, TimeFmt::kRfc822);
        buf += "</pubDate>\n<dc:creator>";
        AppendXml(&buf, a.author);
        buf += "</dc:creator>\n<category>";
        AppendXml(&buf, Sv(p.sections.items[a.section]));
        buf += "</category>\n<description>";
        if (cdata) {
          buf += "<![CDATA[" + html + "]]>";
        } else {
          AppendXml(&buf, html);
        }
        buf += "</description>\n<enclosure url=\"https://cdn.";
        buf += s.domain;
        buf += "/images/";
        AppendHex(&buf, r.Next(), 16);
        buf += ".jpg\" type=\"image/jpeg\" length=\"";
        AppendU64(&buf, 20000 + r.Below(400000));
        buf += "\"/>\n</item>\n";
        sink.Write(buf);
        st.docs++;
      }
      sink.Write("</channel>\n</rss>\n");
      st.bytes += sink.bytes();
      sink.Close();
    }
  }

  // Telegram Desktop "result.json" layout (1-space indentation).
  void TgText(TextGen& g, std::string* o) {
    Rng& r = g.rng();
    const LangPack& p = g.pack();
    struct Ent {
      const char* type;
      std::string text, href;
    };
    std::vector<Ent> ents;
    std::string s;
    if (r.Chance(35)) {
      g.Headline(&s);
      ents.push_back({"bold", s, {}});
      ents.push_back({"plain", "\n\n", {}});
      s.clear();
    }
    for (int i = 0, n = static_cast<int>(r.Range(1, 4)); i < n; ++i) {
      if (i) s += r.Chance(50) ? "\n\n" : " ";
      g.Sentence(&s);
    }
    if (r.Chance(3)) s += Sv(u8" \u00AF\\_(\u30C4)_/\u00AF");
    if (r.Chance(5)) s += "\n\t";
    ents.push_back({"plain", s, {}});
    if (r.Chance(30)) {
      ents.push_back({"plain", "\n\n", {}});
      std::string url;
      AppendRandomUrl(p.sites[r.Below(p.n_sites)], r, &url);
      if (r.Chance(60))
        ents.push_back({"text_link", std::string(Pick(r, p.more)), url});
      else
        ents.push_back({"link", url, {}});
    }
    if (r.Chance(30)) {
      ents.push_back({"plain", "\n\n", {}});
      ents.push_back({"hashtag", std::string(Pick(r, p.hashtags)), {}});
      ents.push_back({"plain", " ", {}});
      ents.push_back({"hashtag", std::string(Pick(r, p.hashtags)), {}});
    }
    auto entity = [&](const Ent& e, bool force_obj) {
      if (!force_obj && std::string_view(e.type) == "plain") {
        AppendJson(o, e.text);
        return;
      }
      o->append("{\n     \"type\": \"");
      o->append(e.type);
      o->append("\",\n     \"text\": ");
      AppendJson(o, e.text);
      if (!e.href.empty()) {
        o->append(",\n     \"href\": ");
        AppendJson(o, e.href);
      }
      o->append("\n    }");
    };
    if (ents.size() == 1) {
      o->append("   \"text\": ");
      AppendJson(o, ents[0].text);
    } else {
      o->append("   \"text\": [\n");
      for (size_t i = 0; i < ents.size(); ++i) {
        o->append(i ? ",\n    " : "    ");
        entity(ents[i], false);
      }
      o->append("\n   ]");
    }
    o->append(",\n   \"text_entities\": [\n");
    for (size_t i = 0; i < ents.size(); ++i) {
      o->append(i ? ",\n    " : "    ");
      entity(ents[i], true);
    }
    o->append("\n   ]");
  }

  void Telegram(TextGen& g, uint64_t budget, Stats& st) {
    Rng& r = g.rng();
    std::string buf, name, from_id;
    Sink sink;
    while (st.bytes < budget) {
      bool ru = PickRu(r);
      g.BeginDoc(ru);
      const LangPack& p = g.pack();
      name = std::string(Pick(r, p.channels));
      if (r.Chance(50)) name += " " + std::to_string(r.Range(2, 99));
      uint64_t cid = 1000000000 + r.Below(900000000);
      from_id = "channel" + std::to_string(cid);
      uint64_t target = std::min<uint64_t>(
          budget - st.bytes, static_cast<uint64_t>(r.Range(2000000, 19500000)));
      sink.Open(Dir("telegram/" + Numbered("channel-%03" PRIu64, st.files++)) /
                "result.json");
      int tz = ru ? 180 : 0;
      buf = "{\n \"name\": ";
      AppendJson(&buf, name);
      buf +=
          ",\n \"type\": \"public_channel\",\n \"id\": " + std::to_string(cid) +
          ",\n \"messages\": [\n";
      int64_t t = kPubStart + static_cast<int64_t>(r.Below(86400 * 200));
      for (uint64_t id = 1; sink.bytes() < target; ++id) {
        t += r.Range(120, 14400);
        auto head = [&](const char* type) {
          buf += "  {\n   \"id\": " + std::to_string(id) + ",\n   \"type\": \"";
          buf += type;
          buf += "\",\n   \"date\": \"";
          AppendTime(&buf, t, tz, TimeFmt::kLocal);
          buf += "\",\n   \"date_unixtime\": \"" + std::to_string(t) + "\",\n";
        };
        if (id == 1 || r.Chance(3)) {
          head("service");
          buf += "   \"actor\": ";
          AppendJson(&buf, name);
          buf += ",\n   \"actor_id\": \"" + from_id + "\",\n";
          if (id == 1) {
            buf += "   \"action\": \"create_channel\",\n   \"title\": ";
            AppendJson(&buf, name);
          } else {
            buf += "   \"action\": \"pin_message\",\n   \"message_id\": " +
                   std::to_string(id - 1);
          }
          buf += ",\n   \"text\": \"\",\n   \"text_entities\": []\n  }";
        } else {
          head("message");
          if (r.Chance(15)) {
            buf += "   \"edited\": \"";
            AppendTime(&buf, t + 600, tz, TimeFmt::kLocal);
            buf += "\",\n   \"edited_unixtime\": \"" + std::to_string(t + 600) +
                   "\",\n";
          }
          buf += "   \"from\": ";
          AppendJson(&buf, name);
          buf += ",\n   \"from_id\": \"" + from_id + "\",\n";
          if (r.Chance(8)) {
            buf += "   \"forwarded_from\": ";
            AppendJson(&buf, Pick(r, p.channels));
            buf += ",\n";
          }
          if (id > 3 && r.Chance(5))
            buf += "   \"reply_to_message_id\": " +
                   std::to_string(id - 1 - r.Below(3)) + ",\n";
          if (r.Chance(20)) {
            buf += "   \"photo\": \"photos/photo_" + std::to_string(id) + "@";
            AppendTime(&buf, t, tz, TimeFmt::kWarcName);
            buf += ".jpg\",\n   \"width\": 1280,\n   \"height\": " +
                   std::to_string(r.Range(720, 1280)) + ",\n";
          }
          if (r.Chance(4)) {
            buf += "   \"text\": \"\",\n   \"text_entities\": []";
          } else {
            TgText(g, &buf);
          }
          if (r.Chance(30)) {
            buf += ",\n   \"reactions\": [\n";
            for (int k = 0, n = static_cast<int>(r.Range(1, 3)); k < n; ++k) {
              buf += k ? ",\n    {\n" : "    {\n";
              buf += "     \"type\": \"emoji\",\n     \"count\": " +
                     std::to_string(r.Range(1, 900)) + ",\n     \"emoji\": \"";
              buf += Sv(kReactions[r.Below(std::size(kReactions))]);
              buf += "\"\n    }";
            }
            buf += "\n   ]";
          }
          buf += "\n  }";
        }
        sink.Write(buf);
        buf = ",\n";
        st.docs++;
      }
      sink.Write("\n ]\n}\n");
      st.bytes += sink.bytes();
      sink.Close();
    }
  }

  // --- WARC ---
  class WarcOut {
   public:
    explicit WarcOut(int level) {
      std::memset(&zs_, 0, sizeof(zs_));
      if (deflateInit2(&zs_, level, Z_DEFLATED, 15 + 16, 8,
                       Z_DEFAULT_STRATEGY) != Z_OK)
        Die("deflateInit2 failed");
    }
    ~WarcOut() { deflateEnd(&zs_); }
    Sink& sink() { return sink_; }
    uint64_t raw() const { return raw_; }
    // Writes one record as its own gzip member. `fields` holds the named
    // fields (each ending in CRLF) except Content-Type/Content-Length.
    void Record(std::string_view fields, std::string_view type,
                std::string_view b1, std::string_view b2 = {}) {
      rec_ = "WARC/1.1\r\n";
      rec_ += fields;
      rec_ += "Content-Type: ";
      rec_ += type;
      rec_ += "\r\nContent-Length: " + std::to_string(b1.size() + b2.size()) +
              "\r\n\r\n";
      rec_ += b1;
      rec_ += b2;
      rec_ += "\r\n\r\n";
      raw_ += rec_.size();
      deflateReset(&zs_);
      size_t bound = deflateBound(&zs_, static_cast<uLong>(rec_.size()));
      if (zbuf_.size() < bound) zbuf_.resize(bound);
      zs_.next_in = reinterpret_cast<Bytef*>(rec_.data());
      zs_.avail_in = static_cast<uInt>(rec_.size());
      zs_.next_out = zbuf_.data();
      zs_.avail_out = static_cast<uInt>(zbuf_.size());
      if (deflate(&zs_, Z_FINISH) != Z_STREAM_END) Die("deflate failed");
      sink_.Write(std::string_view(reinterpret_cast<char*>(zbuf_.data()),
                                   zbuf_.size() - zs_.avail_out));
    }

   private:
    z_stream zs_;
    Sink sink_;
    std::string rec_;
    std::vector<unsigned char> zbuf_;
    uint64_t raw_ = 0;
  };

  void Warc(TextGen& g, uint64_t budget, Stats& st) {
    Rng& r = g.rng();
    WarcOut w(gzip_level_);
    Article a;
    Sha1 sha;
    std::string page, fields, http, date, info_id, req_id, resp_id, ip, body;
    struct Seen {
      std::string uri, date, digest;
    };
    std::vector<Seen> seen(64);  // Ring of recent captures for revisits.
    int64_t t = kCrawlStart;
    Dir("warc");
    auto common = [&](const char* type, const std::string& id,
                      const std::string& uri) {
      fields = "WARC-Type: ";
      fields += type;
      fields += "\r\nWARC-Record-ID: " + id + "\r\nWARC-Date: " + date + "\r\n";
      if (!uri.empty()) fields += "WARC-Target-URI: " + uri + "\r\n";
      if (!info_id.empty()) fields += "WARC-Warcinfo-ID: " + info_id + "\r\n";
    };
    auto request = [&](const std::string& uri, bool ru) {
      size_t host_end = uri.find('/', 8);
      body =
          "GET " + uri.substr(host_end) +
          " HTTP/1.1\r\nHost: " + uri.substr(8, host_end - 8) +
          "\r\nUser-Agent: Mozilla/5.0 (compatible; TallyBenchBot/1.0)\r\n"
          "Accept: "
          "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
          "Accept-Language: " +
          std::string(ru ? "ru-RU,ru;q=0.9,en;q=0.5" : "en-US,en;q=0.9") +
          "\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
      req_id.clear();
      AppendUuid(&req_id, r);
      resp_id.clear();
      AppendUuid(&resp_id, r);
      common("request", req_id, uri);
      fields += "WARC-Concurrent-To: " + resp_id +
                "\r\nWARC-IP-Address: " + ip + "\r\n";
      w.Record(fields, "application/http; msgtype=request", body);
    };
    uint64_t file_no = 0, base = 0;
    for (uint64_t i = 0; base + w.sink().bytes() < budget; ++i) {
      if (!w.sink().open() || w.sink().bytes() >= 99000000) {
        base += w.sink().bytes();
        w.sink().Close();
        std::string fname = Numbered("crawl-%03" PRIu64 ".warc.gz", file_no++);
        w.sink().Open(out_ / "warc" / fname);
        st.files++;
        date.clear();
        AppendTime(&date, t, 0, TimeFmt::kIsoZ);
        info_id.clear();
        std::string id;
        AppendUuid(&id, r);
        common("warcinfo", id, "");
        fields += "WARC-Filename: " + fname + "\r\n";
        info_id = id;
        w.Record(
            fields, "application/warc-fields",
            "software: tally-gen-corpus/1.0\r\nformat: WARC File Format 1.1\r\n"
            "conformsTo: "
            "https://iipc.github.io/warc-specifications/specifications/"
            "warc-format/warc-1.1/\r\n"
            "isPartOf: tally-bench-crawl\r\ndescription: synthetic news crawl "
            "for benchmarks\r\n"
            "robots: obey\r\nhttp-header-user-agent: Mozilla/5.0 (compatible; "
            "TallyBenchBot/1.0)\r\n");
      }
      t += r.Range(1, 20);
      date.clear();
      AppendTime(&date, t, 0, TimeFmt::kIsoZ);
      ip = std::to_string(r.Range(5, 212));  // One draw per statement (order).
      for (int k = 0; k < 3; ++k) ip += "." + std::to_string(r.Range(1, 254));
      bool ru = PickRu(r);
      MakeArticle(g, ru, 200000 + i, static_cast<int>(r.Range(6, 20)), &a);
      RenderPage(a, g, &page);
      request(a.url, a.ru);
      http = "HTTP/1.1 200 OK\r\nServer: nginx\r\nDate: ";
      AppendTime(&http, t, 0, TimeFmt::kHttp);
      http += "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
              std::to_string(page.size()) +
              "\r\nConnection: close\r\nVary: "
              "Accept-Encoding\r\nCache-Control: max-age=60\r\n"
              "X-Frame-Options: SAMEORIGIN\r\n\r\n";
      std::string payload_digest = sha.Base32(page);
      common("response", resp_id, a.url);
      fields += "WARC-Concurrent-To: " + req_id + "\r\nWARC-IP-Address: " + ip +
                "\r\nWARC-Block-Digest: " + sha.Base32(http, page) +
                "\r\nWARC-Payload-Digest: " + payload_digest +
                "\r\nWARC-Identified-Payload-Type: text/html\r\n";
      w.Record(fields, "application/http; msgtype=response", http, page);
      seen[i % seen.size()] = {a.url, date, payload_digest};
      st.docs++;
      if (r.Chance(8)) {  // Crawler metadata about the capture.
        std::string id;
        AppendUuid(&id, r);
        common("metadata", id, a.url);
        fields += "WARC-Refers-To: " + resp_id + "\r\n";
        body = "via: https://" + std::string(a.site->domain) +
               "/\r\nhopsFromSeed: L\r\nfetchTimeMs: " +
               std::to_string(r.Range(40, 3000)) + "\r\n";
        for (int k = 0, n = static_cast<int>(r.Range(2, 8)); k < n; ++k) {
          body += "outlink: ";
          AppendRandomUrl(*a.site, r, &body);
          body += " L a/@href\r\n";
        }
        w.Record(fields, "application/warc-fields", body);
      }
      if (i >= seen.size() &&
          r.Chance(3)) {  // Re-crawl with identical payload.
        const Seen& old = seen[r.Below(seen.size())];
        request(old.uri, a.ru);
        common("revisit", resp_id, old.uri);
        fields += "WARC-Concurrent-To: " + req_id +
                  "\r\nWARC-Profile: "
                  "http://netpreserve.org/warc/1.1/revisit/"
                  "identical-payload-digest\r\n"
                  "WARC-Refers-To-Target-URI: " +
                  old.uri + "\r\nWARC-Refers-To-Date: " + old.date +
                  "\r\nWARC-Payload-Digest: " + old.digest + "\r\n";
        body =
            "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; "
            "charset=utf-8\r\nDate: ";
        AppendTime(&body, t, 0, TimeFmt::kHttp);
        body += "\r\n\r\n";
        w.Record(fields, "application/http; msgtype=response", body);
      }
      if (r.Chance(5)) {  // An image capture with binary payload.
        std::string uri =
            "https://cdn." + std::string(a.site->domain) + "/images/";
        AppendHex(&uri, r.Next(), 16);
        uri += ".jpg";
        request(uri, a.ru);
        page.assign(
            "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00"
            "\x00",
            20);
        for (size_t n = static_cast<size_t>(r.Range(5000, 60000)) / 8; n > 0;
             --n) {
          uint64_t v = r.Next();
          page.append(reinterpret_cast<const char*>(&v), 8);
        }
        page += "\xFF\xD9";
        http =
            "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: "
            "image/jpeg\r\nContent-Length: " +
            std::to_string(page.size()) + "\r\n\r\n";
        common("response", resp_id, uri);
        fields += "WARC-Concurrent-To: " + req_id +
                  "\r\nWARC-IP-Address: " + ip +
                  "\r\nWARC-Payload-Digest: " + sha.Base32(page) +
                  "\r\nWARC-Identified-Payload-Type: image/jpeg\r\n";
        w.Record(fields, "application/http; msgtype=response", http, page);
      }
    }
    st.bytes = base + w.sink().bytes();
    st.raw = w.raw();
  }

  Lang lang_;
  uint64_t seed_;
  int gzip_level_;
  fs::path out_;
  Stats stats_[6];
};

[[noreturn]] void Usage() {
  std::fprintf(
      stderr,
      "usage: tally-gen-corpus --format html|warc|telegram|text|rss|jsonl|all\n"
      "                        --lang en|ru|mixed --bytes N [--seed S] --out "
      "DIR\n"
      "                        [--gzip-level 1-9]  (WARC deflate level, "
      "default 6)\n"
      "  N accepts plain integers, 5e8, or K/M/G suffixes (decimal).\n");
  std::exit(2);
}

uint64_t ParseBytes(const std::string& s) {
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  std::string suffix(end);
  double mul = suffix.empty()                   ? 1
               : suffix == "K" || suffix == "k" ? 1e3
               : suffix == "M"                  ? 1e6
               : suffix == "G"                  ? 1e9
                                                : -1;
  if (end == s.c_str() || mul < 0 || !(v > 0) || v * mul > 1e13) Usage();
  return static_cast<uint64_t>(v * mul);
}

int Main(int argc, char** argv) {
  std::string format, lang, out;
  uint64_t bytes = 0, seed = 1;
  int gzip_level = 6;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (i + 1 >= argc) Usage();
    std::string val = argv[++i];
    if (arg == "--format")
      format = val;
    else if (arg == "--lang")
      lang = val;
    else if (arg == "--bytes")
      bytes = ParseBytes(val);
    else if (arg == "--seed")
      seed = std::strtoull(val.c_str(), nullptr, 0);
    else if (arg == "--out")
      out = val;
    else if (arg == "--gzip-level")
      gzip_level = std::atoi(val.c_str());
    else
      Usage();
  }
  if (format.empty() || lang.empty() || out.empty() || bytes == 0) Usage();
  if (gzip_level < 1 || gzip_level > 9) Usage();
  Lang l = lang == "en"      ? Lang::kEn
           : lang == "ru"    ? Lang::kRu
           : lang == "mixed" ? Lang::kMixed
                             : (Usage(), Lang::kEn);
  std::vector<int> which;
  for (int f = 0; f < 6; ++f)
    if (format == "all" || format == kFormats[f]) which.push_back(f);
  if (which.empty()) Usage();

  auto start = std::chrono::steady_clock::now();
  Generator gen(l, seed, gzip_level, out);
  uint64_t share = bytes / which.size();
  for (size_t k = 0; k < which.size(); ++k)
    gen.Run(which[k], k + 1 == which.size() ? bytes - share * k : share);
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();

  Stats total;
  std::string detail;
  for (int f : which) {
    const Stats& s = gen.stats(f);
    total.files += s.files, total.docs += s.docs, total.bytes += s.bytes;
    char secs_buf[32];
    std::snprintf(secs_buf, sizeof(secs_buf), "/%.2fs", s.secs);
    detail += " " + std::string(kFormats[f]) + "=" + std::to_string(s.bytes) +
              "B/" + std::to_string(s.files) + "f/" + std::to_string(s.docs) +
              "d" + secs_buf;
    if (s.raw) detail += "(raw " + std::to_string(s.raw) + "B)";
  }
  std::printf("tally-gen-corpus: files=%" PRIu64 " docs=%" PRIu64
              " bytes=%" PRIu64 " time=%.2fs rate=%.1fMB/s |%s\n",
              total.files, total.docs, total.bytes, secs,
              total.bytes / 1e6 / (secs > 0 ? secs : 1e-9), detail.c_str());
  return 0;
}

}  // namespace
}  // namespace tally::bench

int main(int argc, char** argv) { return tally::bench::Main(argc, argv); }
