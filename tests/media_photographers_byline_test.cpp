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

// "Texto: Jane Roe" / "Fotografía: Ana Ruiz" / ... / "<caption>. ANA RUIZ": a singular picture label and a name right
// under the byline name the story's photographer when a picture's credit on the page names the same person: no second
// picture. Near miss: the picture's credit names another person, the line stays a picture's credit (media98).
TEST_CASE("a picture label under the byline naming the photographer another credit names is the byline's",
          "[media][photographers_byline][media98]") {
    const struct {
        const char* page;
        const char* photo; // the line under the byline
        bool byline;
    } rows[] = {
        {"Cultura\nENTREVISTA\nMarta Olaizola: «Escribo para entender el puerto de mi abuelo»\nLa novelista publica "
         "su tercera novela, ambientada en una conservera de Lekeitio\nTexto: Jon Arregi\nFotografía: Ane Urkiza\n"
         "Domingo, 6 de diciembre 2026, 00:15\nLa escritora Marta Olaizola, en una librería de Lekeitio. ANE URKIZA\n"
         "Marta Olaizola llega a la cita con un ejemplar subrayado de su propia novela. Dice que no ha dejado de "
         "corregirla.\nLa novela cuenta la vida de tres mujeres que trabajan en la conservera durante un invierno "
         "largo.\n",
         "Fotografía: Ane Urkiza", true},
        {"Cultura\nINTERVISTA\nMarta Olivieri: «Scrivo per capire il porto di mio nonno»\nLa scrittrice pubblica il "
         "suo terzo romanzo, ambientato in una conserviera di Portovalle\nTesto: Luca Bertoni\nFotografia: Anna "
         "Ferri\nDomenica 6 dicembre 2026, 00:15\nLa scrittrice Marta Olivieri in una libreria di Portovalle. (Foto "
         "Anna Ferri)\nMarta Olivieri arriva all'incontro con una copia sottolineata del suo romanzo. Dice che non ha "
         "mai smesso di correggerlo.\nIl romanzo racconta la vita di tre donne che lavorano nella conserviera durante "
         "un lungo inverno.\n",
         "Fotografia: Anna Ferri", true},
        // (near miss: the picture's credit names someone else)
        {"Cultura\nENTREVISTA\nMarta Olaizola: «Escribo para entender el puerto de mi abuelo»\nLa novelista publica "
         "su tercera novela, ambientada en una conservera de Lekeitio\nTexto: Jon Arregi\nFotografía: Ane Urkiza\n"
         "Domingo, 6 de diciembre 2026, 00:15\nLa escritora Marta Olaizola, en una librería de Lekeitio. MIKEL SOLA\n"
         "Marta Olaizola llega a la cita con un ejemplar subrayado de su propia novela. Dice que no ha dejado de "
         "corregirla.\nLa novela cuenta la vida de tres mujeres que trabajan en la conservera durante un invierno "
         "largo.\n",
         "Fotografía: Ane Urkiza", false},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page, "page.txt");
        CHECK(credited(a, r.photo) == !r.byline);
        CHECK(a.media.size() == (r.byline ? 1U : 2U));
    }
}
