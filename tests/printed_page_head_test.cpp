// A printer-friendly page (probe7 kind 2): the reader's print stamp over the article ("Imprimé le 4 décembre 2026 à
// 09 h 12") is no date of the article's, and the paper's name printed between the author's name and the date line is
// the author's affiliation, no headline. The base took the print day for `published` and the paper's name for the
// headline (the author's name for its kicker). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* paper;
    const char* stamp; // the print stamp
    const char* kicker;
    const char* headline;
    const char* author;
    const char* date;      // the article's date line
    const char* published; // what it gives
    const char* body;      // paragraphs, blank line between
};

std::string page_of(const Row& r) {
    return std::string(r.paper) + "\nhttps://www.example.org/2026/12/03/article-12345\n\n" + r.stamp + "\n\n" +
           r.kicker + "\n\n" + r.headline + "\n\n" + r.author + "\n" + r.paper + "\n" + r.date + "\n\n" + r.body +
           "\n\n© " + r.paper + " 2026\nPage 1 / 1\n";
}

} // namespace

TEST_CASE("a printer-friendly page's head: the print stamp and the paper under the author",
          "[headline][dates][probe7]") {
    const Row rows[] = {
        {"fr", "Le Riverain de l'Outaouais", "Imprimé le 4 décembre 2026 à 09 h 12", "ACTUALITÉS",
         "Déneigement : la Ville reconduit un contrat contesté pour cinq ans", "Mathieu Lafrenière-Ouimet",
         "3 décembre 2026 à 16 h 45", "2026-12-03T16:45",
         "La Ville a reconduit mardi soir le contrat de déneigement du secteur ouest, malgré les plaintes répétées "
         "de citoyens l'hiver dernier. Le conseil a approuvé la dépense par une voix de majorité.\n\nLe nouveau "
         "contrat prévoit des pénalités de 5000 $ par jour de retard au-delà des délais prescrits, une clause que la "
         "mairesse juge décisive."},
        {"en", "The Harbour Courier", "Printed on 4 December 2026", "NEWS",
         "Council renews disputed snow clearing contract for five years", "Jane Roe-Whitfield", "3 December 2026",
         "2026-12-03",
         "The council renewed the snow clearing contract for the western wards on Tuesday night, despite repeated "
         "complaints from residents last winter. The spending was approved by a single vote.\n\nThe new contract "
         "sets penalties for every day of delay beyond the agreed deadlines, a clause the mayor called decisive."},
        {"de", "Hafenblatt Kurier", "Gedruckt am 04.12.2026, 09:12 Uhr", "LOKALES",
         "Stadt verlängert umstrittenen Winterdienstvertrag um fünf Jahre", "Anna Keller-Rüegg",
         "03.12.2026, 16:45 Uhr", "2026-12-03T16:45",
         "Der Stadtrat hat am Dienstagabend den Vertrag für den Winterdienst in den westlichen Quartieren verlängert, "
         "trotz zahlreicher Beschwerden im vergangenen Winter. Der Entscheid fiel mit einer Stimme Mehrheit.\n\nDer "
         "neue Vertrag sieht Strafen für jeden Tag Verspätung vor, eine Klausel, die der Stadtpräsident als "
         "entscheidend bezeichnet."},
        {"es", "El Correo del Valle", "Impreso el 4 de diciembre de 2026", "LOCAL",
         "El ayuntamiento renueva por cinco años el polémico contrato de limpieza de nieve", "Javier Molina Ros",
         "3 de diciembre de 2026", "2026-12-03",
         "El pleno renovó el martes por la noche el contrato de limpieza de nieve de los barrios del oeste, pese a "
         "las quejas de los vecinos el invierno pasado. La votación se decidió por un solo voto.\n\nEl nuevo "
         "contrato fija sanciones por cada día de retraso, una cláusula que el alcalde considera decisiva."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.headline);
        const Article a = parse(page_of(r));
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        REQUIRE(a.kicker);
        CHECK(*a.kicker == r.kicker);
        REQUIRE(a.published);
        CHECK(*a.published == r.published);
        CHECK(test::contains(a.boilerplate, r.stamp));
    }
}

TEST_CASE("a title between a name and a date line, its words in the text, stays the headline",
          "[headline][probe7]") {
    // A columnist's name over the headline: the line between the name and the date is the title, the text repeats
    // its words.
    const std::string page = "Accueil\n\nOpinions\n\nJane Roe-Whitfield\nWhy the harbour bridge still matters\n3 "
                             "December 2026\n\nThe harbour bridge was built in 1931 and still carries four thousand "
                             "people a day. Closing it would cut the old town off from its station.\n\nThe council "
                             "should repair the bridge before the winter storms, not after them, and say so now.\n";
    const Article a = parse(page);
    REQUIRE(a.headline);
    CHECK(*a.headline == "Why the harbour bridge still matters");
}
