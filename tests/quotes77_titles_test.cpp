// Titles and terms in quote marks next to a cue are no quotes (session 41, from probes of invented pages): a show
// after "on", a paper after "au", a programme after "l'émission", a magazine after "des Magazins", a name glued into
// a compound ("Ö1-„…“"), a term after "der Begriff", a fund after "cagnotte". Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::body;
using archive::quote_checks::find_quote;

namespace {

struct TitleRow {
    const char* lang;
    const char* paragraph;
    const char* title;  // no quote
    const char* quoted; // a quote of the same paragraph, "" for none
    const char* speaker;
};

void check_titles(const std::vector<TitleRow>& rows) {
    for (const TitleRow& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {"The first paragraph of the page.", r.paragraph}));
        CHECK_FALSE(find_quote(qs, r.title));
        if (*r.quoted) {
            const Quote* q = find_quote(qs, r.quoted);
            REQUIRE(q);
            CHECK(q->speaker.value_or("") == r.speaker);
        }
    }
}

} // namespace

TEST_CASE("a show's or a paper's name after a preposition is no quote", "[quotes][quotes77]") {
    check_titles({
        {"en", "\u201CThe port needs a fighter, not a career politician,\u201D Ann Roe said on \u201CFox & Friends.\u201D",
         "Fox & Friends.", "The port needs a fighter, not a career politician", "Ann Roe"},
        {"en", "Tom Vale, who appeared on \u201CMeet the Press\u201D on Sunday, called the talks \u201Ca slow-motion car "
               "crash.\u201D",
         "Meet the Press", "", ""},
        {"fr", "L'ancien ministre Paul Vidal estime, dans un entretien au « Monde », que la France « a perdu la bataille "
               "du récit ».",
         "Monde", "a perdu la bataille du récit", "Paul Vidal"},
    });
}

TEST_CASE("a name after a noun of its kind, or glued into a compound, is no quote", "[quotes][quotes77]") {
    check_titles({
        {"fr", "Paul Vidal avait déjà témoigné de sa colère dans l'émission «Temps présent» en 2019.", "Temps présent",
         "", ""},
        {"fr", "Contact : cagnotte « Soutien à la boulangerie du port ».", "Soutien à la boulangerie du port", "", ""},
        {"de", "Das sei falsch, sagte Lars Klein in einem Podcast des Magazins „Stern“.", "Stern", "", ""},
        {"de", "Die Regierung habe keinen Plan, sagte Andreas Huber im Ö1-„Morgenjournal“.", "Morgenjournal", "", ""},
        {"de", "Der Begriff „Sondervermögen“ sei nur ein „Euphemismus für Schulden“, spottete Jan Moll.",
         "Sondervermögen", "Euphemismus für Schulden", "Jan Moll"},
        {"en", "The term \u201CRainy Day Fund\u201D is \u201Ca polite word for debt,\u201D Ann Roe said.", "Rainy Day Fund",
         "a polite word for debt", "Ann Roe"},
    });
}

TEST_CASE("lower-case words after a preposition are still a quote", "[quotes][quotes77]") {
    const auto qs = extract_quotes(body("en", {"The first paragraph of the page.",
                                              "Ann Roe said the town would insist on \u201Cevery last cent\u201D."}));
    const Quote* q = find_quote(qs, "every last cent");
    REQUIRE(q);
    CHECK(q->speaker.value_or("") == "Ann Roe");
}

TEST_CASE("a day after a show's title in a who-clause is no speaker", "[quotes][quotes77]") {
    const auto qs = extract_quotes(body("en", {"The first paragraph of the page.",
                                              "Tom Vale, who appeared on \u201CMeet the Press\u201D on Sunday, called the "
                                              "talks \u201Ca slow-motion car crash.\u201D"}));
    const Quote* q = find_quote(qs, "a slow-motion car crash.");
    REQUIRE(q);
    CHECK(q->speaker.value_or("") != "Sunday");
    CHECK(q->cue.value_or("") == "called");
}

TEST_CASE("a clause's words after a genitive noun of a channel are still a quote", "[quotes][quotes77]") {
    const auto qs = extract_quotes(body(
        "de", {"Der erste Absatz der Seite.", "Schließlich seien die Reporter des Senders „Angestellte, die von einem "
                                             "Konzern bezahlt werden“, sagte Jan Moll."}));
    const Quote* q = find_quote(qs, "Angestellte, die von einem Konzern bezahlt werden");
    REQUIRE(q);
    CHECK(q->speaker.value_or("") == "Jan Moll");
}
