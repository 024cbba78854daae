// A box asking the reader for money under or between the article's paragraphs: its title ("Support The Harbour
// Ledger", "Soutenez notre rédaction", "Unterstützen Sie unabhängigen Journalismus"), a line or two of blurb and its
// button ("Donate", "Faire un don", "Jetzt spenden") leave the body for the boilerplate. A heading of the same words
// over text with no button under it stays. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::in_text;

namespace {

struct Row {
    const char* head;       // kicker, headline, byline
    const char* paragraphs; // the article's text, one line each
    const char* title;
    const char* blurb;
    const char* button;
};

} // namespace

TEST_CASE("a box asking for money leaves the body", "[sections][signup][appeal]") {
    const Row rows[] = {
        {"Harbour\n\nFerry crews vote to strike over winter rosters\n\nBy Jane Roe\nDecember 3, 2026\n",
         "Ferry crews on both crossings voted on Tuesday to strike from next Monday, the union said.\n"
         "The operator offered a three per cent rise, which the crews turned down by a large majority.\n"
         "Talks are due to resume on Friday under the chair of the transport minister, officials said.\n",
         "Support The Harbour Ledger", "Local reporting costs money. Support us with as little as 3 pounds a month.",
         "Donate"},
        {"Port\n\nLes équipages du bac votent la grève pour lundi\n\nPar Jeanne Morel\n3 décembre 2026\n",
         "Les équipages des deux traversées ont voté mardi une grève à partir de lundi prochain, selon le syndicat.\n"
         "L'exploitant proposait une hausse de trois pour cent, que les marins ont rejetée à une large majorité.\n"
         "Les discussions doivent reprendre vendredi sous la présidence du ministre des transports.\n",
         "Soutenez notre rédaction", "Une information locale indépendante a un prix. Chaque don compte.",
         "Faire un don"},
        {"Hafen\n\nFährleute stimmen für Streik ab Montag\n\nVon Anna Muster\n3. Dezember 2026\n",
         "Die Besatzungen beider Fähren haben am Dienstag für einen Streik ab kommendem Montag gestimmt.\n"
         "Der Betreiber bot drei Prozent mehr Lohn an, was die Besatzungen mit grosser Mehrheit ablehnten.\n"
         "Die Gespräche sollen am Freitag unter dem Vorsitz des Verkehrsministers weitergehen.\n",
         "Unterstützen Sie unabhängigen Journalismus", "Guter Lokaljournalismus kostet Geld.", "Jetzt spenden"},
        {"Puerto\n\nLas tripulaciones del ferri votan una huelga desde el lunes\n\nPor Lucía Gómez\n3 de diciembre de "
         "2026\n",
         "Las tripulaciones de ambas travesías votaron el martes una huelga a partir del próximo lunes, según el "
         "sindicato.\n"
         "La empresa ofrecía una subida del tres por ciento, que los marineros rechazaron por amplia mayoría.\n"
         "Las conversaciones se reanudarán el viernes bajo la presidencia del ministro de transportes.\n",
         "Apoya el periodismo local", "Informar cuesta dinero. Cada aporte cuenta.", "Dona ahora"},
        {"Haven\n\nBemanning veerpont stemt voor staking vanaf maandag\n\nDoor Jelle Dijkstra\n3 december 2026\n",
         "De bemanningen van beide veren hebben dinsdag gestemd voor een staking vanaf komende maandag.\n"
         "De exploitant bood drie procent loonsverhoging, wat de bemanningen met grote meerderheid afwezen.\n"
         "De gesprekken worden vrijdag hervat onder leiding van de minister van verkeer.\n",
         "Steun onafhankelijke journalistiek", "Lokaal nieuws kost geld. Elke bijdrage helpt.", "Doneer nu"},
    };
    for (const Row& r : rows) {
        const std::string page = std::string(r.head) + r.paragraphs + r.title + "\n" + r.blurb + "\n" + r.button +
                                 "\nMore stories\nCopyright 2026 Harbour Ledger\n";
        INFO(page);
        const Article a = parse(page);
        REQUIRE_FALSE(a.sections.empty());
        CHECK_FALSE(in_text(a, r.title));
        CHECK_FALSE(in_text(a, r.blurb));
        CHECK(test::in_boilerplate(a, r.title));
        CHECK(test::in_boilerplate(a, r.blurb));
        // The article's text stays whole.
        CHECK(a.sections.front().paragraphs.size() == 3);
    }
}

TEST_CASE("a heading opening with an appeal's word over text stays a heading", "[sections][signup][appeal]") {
    // No button under it: a section of the article about support.
    const std::string page =
        "Harbour\n\nFerry crews vote to strike over winter rosters\n\nBy Jane Roe\nDecember 3, 2026\n\n"
        "Ferry crews on both crossings voted on Tuesday to strike from next Monday, the union said.\n\n"
        "The operator offered a three per cent rise, which the crews turned down by a large majority.\n\n"
        "Support for the strike grows\n\n"
        "Passengers on the northern crossing said they backed the crews, though the strike would cost them time.\n\n"
        "Talks are due to resume on Friday under the chair of the transport minister, officials said.\n";
    const Article a = parse(page);
    REQUIRE(a.sections.size() == 2);
    REQUIRE(a.sections[1].heading);
    CHECK(*a.sections[1].heading == "Support for the strike grows");
}
