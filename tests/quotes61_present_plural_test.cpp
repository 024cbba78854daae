// Reported speech in the present tense and with a plural subject ("Critics argue ...", "Anwohner kritisieren, ...",
// "Omwonenden klagen dat ...") is indirect speech; an infinitive after its helper ("I need to say that ...", "Wir
// wollen dazu nichts sagen, ...") and the writer's own "wir" are not (quotes61); on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// Paragraphs (a language, a paragraph) that hold no quote.
void check_no_quotes(const std::vector<std::pair<const char*, const char*>>& rows) {
    for (const auto& [lang, paragraph] : rows) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
}

} // namespace

TEST_CASE("a plural present cue reports the clause after it", "[quotes][indirect][quotes61]") {
    check_only_quotes(
        {
            // ("that" after a plural present: a form listed in [speech_verbs] now)
            {"en", "Residents complain that the bridge is too narrow for cyclists.",
             "the bridge is too narrow for cyclists", "complain", "Residents"},
            {"en", "Critics argue that the money should have gone to the schools.",
             "the money should have gone to the schools", "argue", "Critics"},
            {"en", "Parents warn that the crossing will be dangerous in winter.",
             "the crossing will be dangerous in winter", "warn", "Parents"},
            // (German: a comma and the Konjunktiv I, or "dass")
            {"de", "Anwohner kritisieren, die Brücke sei zu schmal für Radfahrer.",
             "die Brücke sei zu schmal für Radfahrer", "kritisieren", "Anwohner"},
            {"de", "Die Ärzte warnen, dass die Klinik im Winter überlastet ist.",
             "die Klinik im Winter überlastet ist", "warnen", "Die Ärzte"},
            {"de", "Die Eltern fordern, die Schule solle länger geöffnet bleiben.",
             "die Schule solle länger geöffnet bleiben", "fordern", "Die Eltern"},
            // (Dutch: "dat")
            {"nl", "Omwonenden klagen dat de brug te smal is voor fietsers.", "de brug te smal is voor fietsers",
             "klagen", "Omwonenden"},
            {"nl", "Het bouwbedrijf verzekert dat de constructie hoogwater aankan.",
             "de constructie hoogwater aankan", "verzekert", "Het bouwbedrijf"},
            {"nl", "Bewoners zeggen dat de brug te smal is voor fietsers.", "de brug te smal is voor fietsers",
             "zeggen", "Bewoners"},
            // ("sagen": a cue of reported speech only, [reported_only_cue_words])
            {"de", "Die Anwohner sagen, die Brücke sei zu schmal für Radfahrer.",
             "die Brücke sei zu schmal für Radfahrer", "sagen", "Die Anwohner"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a strong verb's Konjunktiv I in -te reports after the cue's comma", "[quotes][indirect][quotes61]") {
    check_only_quotes(
        {
            {"de", "Die Baufirma versichert, die Konstruktion halte auch dem Hochwasser stand.",
             "die Konstruktion halte auch dem Hochwasser stand", "versichert", "Die Baufirma"},
            {"de", "Der Verband erklärte, die Regel gelte auch für kleine Betriebe im Ort.",
             "die Regel gelte auch für kleine Betriebe im Ort", "erklärte", "Der Verband"},
        },
        QuoteKind::indirect);
}

TEST_CASE("English reports a bare clause after say, and after insist or argue when its helper comes early",
          "[quotes][indirect][quotes61]") {
    check_only_quotes(
        {
            {"en", "City officials say the costs for the new bridge have not risen.",
             "the costs for the new bridge have not risen", "say", "City officials"},
            {"en", "The builder insists the structure will withstand the spring floods.",
             "the structure will withstand the spring floods", "insists", "The builder"},
            {"en", "Critics argue the money should have gone to the schools instead.",
             "the money should have gone to the schools instead", "argue", "Critics"},
            // ("it", "there": [bare_clause_subject_words])
            {"en", "The council insists it will finish the bridge before the winter.",
             "it will finish the bridge before the winter", "insists", "The council"},
        },
        QuoteKind::indirect);
    // (no clause there: an object, a preposition, or a clause a helper opens, whose subject stands before the cue)
    check_no_quotes({
        {"en", "Residents insist on a new crossing for the whole town and its schools."},
        {"en", "Critics argue the case for a tunnel under the river at every meeting."},
        {"en", "The council rejected a plan residents say would have cost far too much money."},
    });
}

TEST_CASE("an infinitive after its helper is no cue", "[quotes][indirect][quotes61]") {
    check_no_quotes({
        {"en", "I need to say the council has been wrong about the bridge for years."},
        {"en", "Let's say the bridge had cost twice as much as the council planned."},
        {"en", "It would be fair to say the works have gone better than anyone expected."},
        {"de", "Wir wollen dazu nichts sagen, die Brücke sei ohnehin zu schmal für alle."},
        {"de", "Die Anwohner können nur kritisieren, die Brücke sei zu schmal für Radfahrer."},
        {"de", "Die Anwohner können nur versichern, dass die Brücke zu schmal für Radfahrer ist."},
        {"nl", "Ze willen niet zeggen dat de brug te smal is voor fietsers."},
        {"nl", "De bewoners zullen klagen dat de brug te smal is voor fietsers."},
    });
    // (a name that is a helper's word is no helper: "Theresa May said"; a past after "wollte ... und" is a cue)
    check_only_quotes(
        {
            {"en", "Prime Minister Anna May said the bridge would open before the summer.",
             "the bridge would open before the summer", "said", "Prime Minister Anna May"},
            {"de", "Die Anwohner wollten helfen und sagten, die Brücke sei zu schmal für alle.",
             "die Brücke sei zu schmal für alle", "sagten", "Die Anwohner"},
        },
        QuoteKind::indirect);
}

TEST_CASE("the writer's own we beside a plural present cue reports nothing", "[quotes][indirect][quotes61]") {
    check_no_quotes({
        {"de", "Heute kritisieren wir, dass die Brücke zu schmal für Radfahrer ist."},
        {"de", "Wir fordern, dass die Stadt die Brücke für Radfahrer verbreitert."},
        {"nl", "Wij zeggen dat de brug te smal is voor fietsers."},
        {"de", "Wie die Abstimmung ausgeht, berichten wir euch natürlich sofort hier auf der Seite."},
    });
}

TEST_CASE("a German plural present that is an infinitive too cues no words in quote marks",
          "[quotes][quotes61]") {
    // ([reported_only_cue_words]; "„Q“, sagte er" still is a cue)
    for (const char* paragraph : {
             "Zyniker würden dazu wohl „Lohnarbeit“ oder „Pflicht“ sagen.",
             "Wenn wir „Heimat“ sagen, meinen wir oft etwas ganz anderes als die Nachbarn.",
         }) {
        INFO(paragraph);
        for (const auto& q : extract_quotes(page("de", "", {paragraph})))
            CHECK(!q.cue);
    }
    check_quotes({{"de", {"„Die Brücke ist zu schmal“, sagte der Radfahrer Tom Berger."}, "Die Brücke ist zu schmal",
                   "Tom Berger"}});
}

TEST_CASE("a plural present closing a sentence after its subject is a relative clause where the verb comes last",
          "[quotes][indirect][quotes61]") {
    check_no_quotes({
        {"de", "Wir suchen uns Nachrichten, Thesen und Zahlen aus, die unsere eigene Sicht bestätigen."},
        {"nl", "Mensen zoeken berichten en cijfers over de nieuwe brug op, die hun mening bevestigen."},
    });
    // (English reads its subject first: "..., residents say.")
    check_only_quotes({{"en", "The bridge is far too narrow for cyclists and walkers, residents say.",
                        "The bridge is far too narrow for cyclists and walkers", "say", "residents"}},
                      QuoteKind::indirect);
}

TEST_CASE("a plural present used as a noun or inside a quote is no cue", "[quotes][indirect][quotes61]") {
    check_no_quotes({
        {"en", "The complaints that the bridge is too narrow have reached the council."},
        {"de", "Die Forderungen der Anwohner sind bekannt, die Brücke sei zu schmal."},
        {"en", "As critics argue, the money should have gone to the schools."},
    });
    // (inside quote marks the words are the speaker's: "they say" there cues nothing of its own)
    const auto qs = extract_quotes(
        page("en", "", {"\"They say it is fine, but the bridge is too narrow for us,\" said the cyclist Tom Vale."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].kind == QuoteKind::direct);
    CHECK(qs[0].speaker.value_or("") == "Tom Vale");
}
