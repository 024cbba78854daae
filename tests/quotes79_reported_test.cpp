// Reported speech: a speech verb with a plain object closing the sentence reports nothing ("dismissed the
// announcement", "a confirmé la tenue de la réunion", "warnte vor einer Eskalation"); the Konjunktiv I after a bare
// name ("erklärte, Berlin unterstütze die Kommission") reports (quotes79). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_checks;

namespace {

std::size_t indirect_count(const char* lang, const char* paragraph) {
    std::size_t n = 0;
    for (const auto& q : extract_quotes(body(lang, {paragraph})))
        n += q.kind == QuoteKind::indirect ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a speech verb with a plain object after its subject's apposition reports nothing", "[quotes][quotes79]") {
    CHECK(indirect_count("en", "Her rival in the primary, state treasurer Glen Ackers, dismissed the announcement.") == 0);
    CHECK(indirect_count("fr", "A Brest, le porte-parole de la mairie, Paul Roux, a confirmé la tenue de la réunion.") ==
          0);
    CHECK(indirect_count("de", "Der frühere Minister Karl Berger, heute Berater mehrerer Konzerne, warnte vor einer "
                               "Eskalation.") == 0);
    // (the same shape with a subject after the verb reports the words before the comma, also where the subject's
    // noun is none known: no name closes the words before the comma)
    CHECK(indirect_count("en", "The ferry will run again in the spring, confirmed the harbour master.") == 1);
    CHECK(indirect_count("en", "The quay will stay closed, confirmed the harbour authority.") == 1);
    CHECK(indirect_count("fr", "Le port restera fermé tout l'hiver, a confirmé le maire de Brest.") == 1);
    CHECK(indirect_count("de", "Die Autoindustrie sei besonders verwundbar, warnte der Minister.") == 1);
}

TEST_CASE("the Konjunktiv I after a bare name reports", "[quotes][quotes79]") {
    check_cues({
        {"de", {"Ein Sprecher der Bundesregierung erklärte, Berlin unterstütze die Kommission in diesem Streit."},
         "Berlin unterstütze die Kommission in diesem Streit", "erklärte", "", "Ein Sprecher der Bundesregierung"},
        {"de", {"Die Sprecherin Anna Berg sagte, Siemens plane keinen weiteren Abbau im Werk."},
         "Siemens plane keinen weiteren Abbau im Werk", "sagte", "Anna Berg", "Die Sprecherin Anna Berg"},
    });
    // (a past after the name is the writer's: "Berlin plante")
    CHECK(indirect_count("de", "Ein Sprecher der Bundesregierung erklärte, Berlin plante damals keinen Ausbau.") == 0);
}
