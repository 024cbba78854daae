// An agency's name alone on a line: a picture's credit beside a picture, the site's own name elsewhere (media.cpp).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

// The last two paragraphs of a page about a ferry line, under its picture.
const char* const closing_paragraphs =
    "Residents had asked for the link since the bridge was closed for repairs, and the shop owners on the south bank "
    "said trade had fallen.\n"
    "The council will pay for the fuel of the first year, the mayor said at the opening of the new pier on Thursday.\n";

} // namespace

TEST_CASE("an agency's name alone over a wire story, no picture beside it, credits no picture", "[classify][credit]") {
    struct Row {
        const char* lang;
        const char* page; // the site's menu, the agency's name alone, a wire story with the agency's tag
    };
    const Row rows[] = {
        {"en", "Skip to main content\nReuters\nWorld\nBusiness\n"
               "Harbour ferry line to reopen after two-year repair, operator says\nBy Jane Roe\n"
               "LONDON, March 3 (Reuters) - The ferry line that links the two banks of the river will reopen on "
               "Monday after a two-year repair, its operator said on Thursday.\n"
               "The operator said it had spent more than it planned on the new engines, and that fares would rise "
               "by a tenth from the summer.\n"
               "\"We are glad to be back on the water,\" the operator's chief executive said in a statement.\n"},
        {"de", "Zum Inhalt springen\nAPA\nPolitik\nWirtschaft\nFährlinie über den Fluss fährt nach zwei Jahren wieder\n"
               "Von Anna Muster\n"
               "WIEN (APA) - Die Fähre, die beide Ufer des Flusses verbindet, fährt ab Montag wieder, wie die "
               "Betreiberin am Donnerstag mitteilte.\n"
               "Die Betreiberin sagte, die neuen Motoren hätten mehr gekostet als geplant, die Preise stiegen im "
               "Sommer um ein Zehntel.\n"
               "Die Anwohner hatten die Verbindung lange gefordert, seit die Brücke für Reparaturen gesperrt ist.\n"},
        {"fr", "Aller au contenu\nAFP\nMonde\nÉconomie\nLa ligne de ferry du port rouvre après deux ans de travaux\n"
               "Par Jeanne Morel\n"
               "LORVAL (AFP) - Le ferry qui relie les deux rives du fleuve reprendra lundi après deux ans de travaux, "
               "a annoncé jeudi l'exploitant.\n"
               "L'exploitant a indiqué que les nouveaux moteurs avaient coûté plus que prévu et que les tarifs "
               "augmenteraient d'un dixième cet été.\n"
               "Les riverains réclamaient la liaison depuis la fermeture du pont pour travaux.\n"},
        {"es", "Ir al contenido\nEFE\nMundo\nEconomía\nLa línea de ferri del puerto vuelve tras dos años de obras\n"
               "Por Lucía Gómez\n"
               "VALDORA (EFE) - El ferri que une las dos orillas del río volverá a navegar el lunes tras dos años de "
               "obras, informó el jueves el operador.\n"
               "El operador dijo que los nuevos motores costaron más de lo previsto y que las tarifas subirán una "
               "décima parte en verano.\n"
               "Los vecinos pedían la conexión desde que se cerró el puente por obras.\n"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = parse(r.page, "page.txt");
        CHECK(a.media.empty());
        REQUIRE(a.source_tag);
    }
}

TEST_CASE("an agency's name alone under a caption credits its picture", "[classify][credit]") {
    const Article a = parse("Harbour Weekly\nHarbour ferry line to reopen after two-year repair\n"
                            "The ferry line that links the two banks of the river will reopen on Monday after a "
                            "two-year repair, its operator said on Thursday.\n"
                            "The operator said it had spent more than it planned on the new engines, and that fares "
                            "would rise by a tenth from the summer.\n"
                            "The new ferry leaves the yard at Wendle on its first trip.\nReuters\n" +
                                std::string(closing_paragraphs),
                            "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::optional<std::string>("The new ferry leaves the yard at Wendle on its first trip."));
    CHECK(a.media[0].credit == std::optional<std::string>("Reuters"));
}

TEST_CASE("an agency's name alone inside the text, a caption's sentence under it, credits its picture",
          "[classify][credit]") {
    const Article a = parse("Harbour Weekly\nHarbour ferry line to reopen after two-year repair\n"
                            "The ferry line that links the two banks of the river will reopen on Monday after a "
                            "two-year repair, its operator said on Thursday, and the first boat will leave at six.\n"
                            "AFP\nThe new ferry leaves the yard at Wendle on its first trip.\n" +
                                std::string(closing_paragraphs),
                            "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].credit == std::optional<std::string>("AFP"));
}
