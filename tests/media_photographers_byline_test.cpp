// "Fotos: Jane Roe" beside the byline or over the date line: a plural picture label and a name alone say who took
// all of a story's pictures. It is the photographer's byline, no picture's credit, and the standfirst over it is no
// caption. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* lede;
    const char* photos; // the photographer's line
};

bool credited(const Article& a, const std::string& line) {
    for (const auto& m : a.media)
        if (m.credit.value_or("") == line)
            return true;
    return false;
}

} // namespace

TEST_CASE("a plural picture label and a name in the page's head are no picture's credit",
          "[media][photographers_byline]") {
    const Row rows[] = {
        {"de", R"(Reportage

Der letzte Fährmann vom Lauenensee

Seit 38 Sommern rudert Hans Zumbrunnen die Gäste über den See. Nächstes Jahr hört er auf, und niemand will das Boot.

Fotos: Martina Inäbnit

Publiziert: 03.12.2026, 05.30 Uhr

Der Weg zum Bootssteg ist kurz, aber steil. Hans Zumbrunnen geht ihn seit 1988 jeden Morgen, bei jedem Wetter.

Die Gemeinde sucht seit zwei Jahren eine Nachfolge. Ausgeschrieben wurde die Stelle dreimal, gemeldet hat sich niemand.

Einen Motor auf dem See will die Gemeinde nicht erlauben, und rudern wollen die Jungen nicht, sagt der Gemeindepräsident.
)",
         "Seit 38 Sommern rudert Hans Zumbrunnen die Gäste über den See. Nächstes Jahr hört er auf, und niemand will das Boot.",
         "Fotos: Martina Inäbnit"},
        {"fr", R"(Reportage

Le dernier passeur du lac de Vassivière

Depuis 38 étés, Jean Marsaud fait traverser le lac aux visiteurs. Il arrête l'an prochain, et personne ne veut reprendre.

Photos : Erwan Le Bihan

3 décembre 2026 à 6 h 00

Le chemin jusqu'au ponton est court mais raide. Jean Marsaud le descend chaque matin depuis 1988, par tous les temps.

La commune cherche un successeur depuis deux ans. Le poste a été publié trois fois, sans candidat sérieux.

Un moteur sur le lac, la commune n'en veut pas, et les jeunes ne veulent pas ramer, dit le maire.
)",
         "Depuis 38 étés, Jean Marsaud fait traverser le lac aux visiteurs. Il arrête l'an prochain, et personne ne veut reprendre.",
         "Photos : Erwan Le Bihan"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(a.lede.value_or("") == r.lede);
        CHECK_FALSE(credited(a, r.photos));
    }
}

TEST_CASE("a plural picture label under a gallery's caption, no byline or date beside it, stays its credit",
          "[media][photographers_byline]") {
    const char* page = R"(Der letzte Fährmann vom Lauenensee

Seit 38 Sommern rudert Hans Zumbrunnen die Gäste über den See. Nächstes Jahr hört er auf, und niemand will das Boot.

Der Weg zum Bootssteg ist kurz, aber steil. Hans Zumbrunnen geht ihn seit 1988 jeden Morgen, bei jedem Wetter.

Die Boote am Steg im Morgennebel.

Fotos: Martina Inäbnit

Die Gemeinde sucht seit zwei Jahren eine Nachfolge. Ausgeschrieben wurde die Stelle dreimal, gemeldet hat sich niemand.

Einen Motor auf dem See will die Gemeinde nicht erlauben, und rudern wollen die Jungen nicht, sagt der Gemeindepräsident.
)";
    const Article a = classify(segment(page), "de");
    CHECK(credited(a, "Fotos: Martina Inäbnit"));
}
