// A phrase set before a sentence's subject and its comma, opened by a preposition or a word opening such a phrase
// ([fronted_phrase_words]: "Lors d'une réunion, Paul Roux a ...", "Nach dem Treffen, Karl Roth trat ...", "After a
// meeting with the union leader, Jane Roe rejected ..."), is no description of the name after the comma: neither its
// role nouns nor its gender are the person's, and a later role or pronoun still finds them (quotes84, probe73 Q1b).
// A name set off by commas on both sides stays the apposition of the role before it. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

struct FrontedRow {
    const char* language;
    std::vector<std::string> paragraphs;
    const char* speaker; // (of every quote)
};

} // namespace

TEST_CASE("a fronted phrase before a name and its comma does not describe the name", "[quotes][quotes84]") {
    const std::vector<FrontedRow> rows = {
        {"fr",
         {"Lors d'une conférence de presse à la préfecture, Marc Dufresne a opposé un refus aux syndicats.",
          "\u00AB Le calendrier ne bougera pas \u00BB, a déclaré le chef du gouvernement.",
          "\u00AB Nous irons au bout \u00BB, a-t-il ajouté."},
         "Marc Dufresne"},
        {"fr",
         {"Face à la ministre de la Santé, Paul Vernier a défendu son projet de clinique.",
          "\u00AB Nous ne céderons pas \u00BB, a déclaré le syndicaliste.",
          "\u00AB Le projet tiendra \u00BB, a-t-il ajouté."},
         "Paul Vernier"},
        {"de",
         {"Nach dem Treffen mit der Gewerkschaftschefin, Karl Brunner trat vor die Presse.",
          "\u00ABWir müssen sparen\u00BB, sagte der Finanzminister.",
          "\u00ABEs gibt keinen anderen Weg\u00BB, fügte er hinzu."},
         "Karl Brunner"},
        {"en",
         {"After a meeting with the union leader, Jane Harrow rejected the demands.",
          "\u201CThe timetable will not change,\u201D the prime minister said.",
          "\u201CWe will see it through,\u201D she added."},
         "Jane Harrow"},
    };
    for (const FrontedRow& r : rows) {
        INFO(r.language << ": " << r.paragraphs[0]);
        const auto qs = extract_quotes(body(r.language, r.paragraphs));
        REQUIRE(qs.size() == 2);
        for (const auto& q : qs)
            CHECK(q.speaker == std::optional<std::string>(r.speaker));
    }
}

TEST_CASE("a name set off by commas after a fronted role is still that role's", "[quotes][quotes84]") {
    // ("Avec la ministre, Anne Roux, ...": the comma after the name closes an apposition)
    const auto fr =
        extract_quotes(body("fr", {"Avec la ministre de la Santé, Anne Vernier, le syndicat a signé l'accord.",
                                   "\u00AB C'est un premier pas \u00BB, a déclaré la ministre."}));
    REQUIRE(fr.size() == 1);
    CHECK(fr[0].speaker == std::optional<std::string>("Anne Vernier"));
    const auto de =
        extract_quotes(body("de", {"Nach Angaben der Ministerin, Eva Brunner, ist der Vertrag unterschrieben.",
                                   "\u00ABDas ist ein erster Schritt\u00BB, sagte die Ministerin."}));
    REQUIRE(de.size() >= 1);
    CHECK(de.back().speaker == std::optional<std::string>("Eva Brunner"));
}
