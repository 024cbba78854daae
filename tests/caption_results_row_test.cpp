// A row of election results, a candidate and a party that is also a word of a picture's positions ("(Centre)", the
// Swiss party Le Centre, a Nordic Centre Party) then the figure, is a line of the text, no picture's caption
// (probe6 kind 4). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>

using namespace archive;

TEST_CASE("a party in parentheses before a result is no place in a picture", "[classify][caption][probe6]") {
    const char* results[] = {
        "Nicolas Pannatier (Centre) : 39,1%",       // fr-CH
        "Nicolas Pannatier (Centre) 39,1%",         // fr-CH
        "Nicolas Pannatier (Centre), 12 345 voix",  // fr-CH
        "Annika Lindqvist (Centre) 41.2%",          // en, a Nordic party
        "Annika Lindqvist (Centre) = 8,212 votes",  // en
    };
    for (const char* line : results) {
        INFO(line);
        CHECK_FALSE(pictured_position(line));
    }
    // A position followed by words still tells where a person stands.
    CHECK(pictured_position("Senator Ann Hill (centre) greets the delegates at the pier."));
    CHECK(pictured_position("Jeanne Morel (au centre) et son équipe devant la mairie"));
    CHECK(pictured_position("Christelle Borgeat (au centre) : la nouvelle conseillère d'Etat fête sa victoire"));
}

TEST_CASE("a table of election results stays in the text", "[classify][caption][probe6]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* row;
    };
    const Row rows[] = {
        {"fr",
         "Résultats serrés à Sion\n"
         "Le dépouillement a duré plus longtemps que prévu dans la capitale, où les deux candidats étaient au "
         "coude-à-coude jusqu'au bout de la soirée.\n"
         "Les résultats définitifs sont tombés peu avant 19 heures, après un recomptage dans deux bureaux de vote.\n"
         "Christelle Borgeat (PLR) : 52,4%\nNicolas Pannatier (Centre) : 39,1%\nYvan Rudaz (UDC) : 8,5%\n"
         "La participation a atteint 48,7%, un chiffre élevé pour une élection complémentaire, selon la "
         "chancellerie.\n",
         "Nicolas Pannatier (Centre) : 39,1%"},
        {"en",
         "Close race in the northern district\n"
         "Counting took longer than expected in the district, where the two leading candidates were level until "
         "late in the evening.\n"
         "The final figures came shortly before midnight, after a recount at two polling stations in the old town.\n"
         "Erik Holmgren (Liberal) 47.9%\nAnnika Lindqvist (Centre) 41.2%\nJonas Berg (Green) 10.9%\n"
         "Turnout reached 61 per cent, a high figure for a by-election, the election authority said.\n",
         "Annika Lindqvist (Centre) 41.2%"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.media.empty());
        bool kept = false;
        for (const Section& s : a.sections)
            for (const std::string& para : s.paragraphs)
                kept = kept || para == r.row;
        CHECK(kept);
    }
}
