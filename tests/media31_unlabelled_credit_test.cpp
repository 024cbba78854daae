// A caption closed, after its full stop, by the photographer's name and the outlet after a slash, with no label
// ("... on a test run. Sam Vale/Harbour Times", "... quitte le port. Jean Roux/Le Courrier du Lac", "... prova in
// mare. Luca Bassi / Il Secolo Nuovo"): the outlet's
// words may run past the line's last word, and the line is still a picture's caption and its credit, not a paragraph.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

struct Row {
    const char* headline;
    const char* standfirst;
    const char* byline;
    const char* line; // the caption and its credit on one line
    const char* caption;
    const char* credit;
    const char* first;
    const char* last;
};

Article page_of(const Row& r) {
    return parse(std::string(r.headline) + "\n" + r.standfirst + "\n" + r.byline + "\n" + r.line + "\n" + r.first +
                     "\n" + r.last + "\n",
                 "page.txt");
}

} // namespace

TEST_CASE("a caption closed by a name and an outlet after a slash, no label, is a picture's caption and credit",
          "[classify][media31]") {
    const Row rows[] = {
        {"Harbour ferry returns after winter repairs",
         "The town's only car ferry resumes service on Monday after four months in dry dock.", "By Kim Tran",
         "The ferry Marigold leaves the harbour at Port Ellis on a test run. Sam Vale/Harbour Times",
         "The ferry Marigold leaves the harbour at Port Ellis on a test run.", "Sam Vale/Harbour Times",
         "The car ferry between Port Ellis and the island will run again from Monday, the harbour board said on "
         "Friday, after four months of repairs to its engines.",
         "Tickets bought for the winter crossings remain valid until the end of March."},
        {"Le traversier reprend du service",
         "Le seul traversier de la ville reprend le service lundi après quatre mois au chantier.", "Par Marie Lenoir",
         "Le traversier Marigold quitte le port de Saint-Ellis pour un essai. Jean Roux/Le Courrier du Lac",
         "Le traversier Marigold quitte le port de Saint-Ellis pour un essai.", "Jean Roux/Le Courrier du Lac",
         "La liaison entre le port et l'île reprendra dès lundi, a indiqué vendredi la direction du port, après "
         "quatre mois de réparations aux moteurs.",
         "Les billets achetés pour les traversées d'hiver restent valables jusqu'à fin mars."},
        {"Die Fähre fährt wieder",
         "Die einzige Autofähre der Stadt nimmt am Montag nach vier Monaten in der Werft den Betrieb wieder auf.",
         "Von Kim Tran", "Die Fähre Marigold verlässt den Hafen zu einer Probefahrt. Anna Muster/Der Seebote",
         "Die Fähre Marigold verlässt den Hafen zu einer Probefahrt.", "Anna Muster/Der Seebote",
         "Die Autofähre zwischen dem Hafen und der Insel fährt ab Montag wieder, wie die Hafenverwaltung am Freitag "
         "mitteilte, nach vier Monaten Reparaturen an den Motoren.",
         "Die Tickets für die Winterfahrten bleiben bis Ende März gültig."},
        // (spaces around the slash)
        {"Il traghetto torna in servizio",
         "L'unico traghetto della città riprende il servizio lunedì dopo quattro mesi in cantiere.",
         "Di Marco Neri", "Il traghetto Marigold lascia il porto per una prova in mare. Luca Bassi / Il Secolo Nuovo",
         "Il traghetto Marigold lascia il porto per una prova in mare.", "Luca Bassi / Il Secolo Nuovo",
         "Il collegamento tra il porto e l'isola riprenderà da lunedì, ha detto venerdì l'autorità portuale, dopo "
         "quattro mesi di riparazioni ai motori.",
         "I biglietti comprati per le traversate invernali restano validi fino alla fine di marzo."},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const Article a = page_of(r);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(r.line)) == 0);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(r.first)) == 1);
    }
}

TEST_CASE("a paragraph with a slash after its stop that names no photographer stays text", "[classify][media31]") {
    // ("Mon/Fri": no name of two words before the slash; "km/h": small letters.)
    const Row rows[] = {
        {"Harbour ferry returns after winter repairs",
         "The town's only car ferry resumes service on Monday after four months in dry dock.", "By Kim Tran",
         "The new ferry will run every hour between the two piers on weekdays. Trips Mon/Fri only until the summer.",
         nullptr, nullptr,
         "The car ferry between Port Ellis and the island will run again from Monday, the harbour board said on "
         "Friday, after four months of repairs to its engines.",
         "Tickets bought for the winter crossings remain valid until the end of March."},
        {"Le traversier reprend du service",
         "Le seul traversier de la ville reprend le service lundi après quatre mois au chantier.", "Par Marie Lenoir",
         "Le nouveau traversier reliera les deux quais toutes les heures. Il filera à 30 km/h sur le lac.", nullptr,
         nullptr,
         "La liaison entre le port et l'île reprendra dès lundi, a indiqué vendredi la direction du port, après "
         "quatre mois de réparations aux moteurs.",
         "Les billets achetés pour les traversées d'hiver restent valables jusqu'à fin mars."},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const Article a = page_of(r);
        CHECK(a.media.empty());
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(r.line)) == 1);
    }
}
