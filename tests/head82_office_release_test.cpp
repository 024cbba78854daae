// A press release of an administration: the name of the office that issues it, the genre label, the date line, then
// the title over a paragraph of prose ("Département de l'environnement ... / Communiqué de presse / Publié le ... /
// <title> / <text>"). The office's name shares the text's words (the text names it again) but the title is the
// headline. Invented pages, fr, en, de.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {
const char* const fr_page = R"(Canton de Valmont
Accueil
Actualités
Communiqués
Département de l'environnement et du territoire
Communiqué de presse
Publié le 03.12.2026
Les communes recevront une aide pour planter des arbres en ville
Le gouvernement cantonal a adopté un programme de 4 millions de francs pour rafraîchir les centres urbains pendant les étés chauds.
Le programme sera conduit par le Département de l'environnement et du territoire, qui recevra les demandes des communes dès le mois de février.
Chaque commune pourra obtenir jusqu'à 200 000 francs pour planter des arbres dans les rues, les places et les cours d'école.
«Les arbres sont la manière la plus simple de rafraîchir une ville», a déclaré la cheffe du Département de l'environnement et du territoire.
Les premiers arbres devraient être plantés à l'automne 2027.
)";
const char* const en_page = R"(Valmont County Council
Home
News
Press releases
Department of Environment and Planning
Press release
Published 3 December 2026
Towns will get funding to plant trees in their streets
The county government has approved a programme of 4 million pounds to cool town centres during hot summers.
The programme will be run by the Department of Environment and Planning, which will take applications from towns from February.
Each town can receive up to 200,000 pounds to plant trees in streets, squares and school yards.
"Trees are the simplest way to cool a town," said the head of the Department of Environment and Planning.
The first trees should be planted in the autumn of 2027.
)";
const char* const de_page = R"(Kanton Valmont
Startseite
Aktuell
Medienmitteilungen
Amt für Umwelt und Raumplanung
Medienmitteilung
Veröffentlicht am 03.12.2026
Gemeinden erhalten Geld für neue Bäume in den Strassen
Die Kantonsregierung hat ein Programm von 4 Millionen Franken beschlossen, um die Ortszentren in heissen Sommern zu kühlen.
Das Programm wird vom Amt für Umwelt und Raumplanung geleitet, das die Gesuche der Gemeinden ab Februar entgegennimmt.
Jede Gemeinde kann bis zu 200 000 Franken erhalten, um Bäume in Strassen, auf Plätzen und auf Schulhöfen zu pflanzen.
«Bäume sind der einfachste Weg, eine Stadt zu kühlen», sagte die Leiterin des Amts für Umwelt und Raumplanung.
Die ersten Bäume sollen im Herbst 2027 gepflanzt werden.
)";

struct Row {
    const char* page;
    const char* office;
    const char* title;
};

} // namespace

TEST_CASE("the title under a press release's office, genre label and date is the headline", "[headline][head82]") {
    const Row rows[] = {
        {fr_page, "Département de l'environnement et du territoire",
         "Les communes recevront une aide pour planter des arbres en ville"},
        {en_page, "Department of Environment and Planning", "Towns will get funding to plant trees in their streets"},
        {de_page, "Amt für Umwelt und Raumplanung", "Gemeinden erhalten Geld für neue Bäume in den Strassen"},
    };
    for (const Row& r : rows) {
        INFO(r.title);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.title);
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections.front().paragraphs.empty());
        CHECK(a.sections.front().paragraphs.front() != r.title);
    }
}

TEST_CASE("an office's name over its date line with no title under it stays the headline", "[headline][head82]") {
    // Under the date, a sentence of the text opens at once: no title line to take.
    std::string page = fr_page;
    const std::string title = "Les communes recevront une aide pour planter des arbres en ville\n";
    page.erase(page.find(title), title.size());
    const archive::Article a = archive::parse(page, "x");
    CHECK(a.headline.value_or("") != "Le gouvernement cantonal a adopté un programme de 4 millions de francs pour "
                                     "rafraîchir les centres urbains pendant les étés chauds.");
}
