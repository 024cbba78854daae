// A byline of the broadcasters' layout, the writer's bare name over the newsroom and the place filed from, where the
// newsroom is a broadcaster's acronym or an agency ("Lucy Hale" / "RTE, Cork", "Ana Ruiz" / "RTVE, Sevilla";
// probe61 H4): the name is the author. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a name over a broadcaster's acronym or an agency and the place, near the date, is the byline",
          "[classify][byline][head66]") {
    struct Row {
        const char* lang;
        std::string page;
        std::vector<std::string> authors;
    };
    const std::string en_body =
        "The harbour board said on Monday that the old ferry pier would close for the winter after divers found "
        "rusted supports under the deck.\n\nPassengers will use the east quay until March, the board said, and "
        "a shuttle bus will run every twenty minutes.\n";
    const Row rows[] = {
        {"en",
         "Home\nNews\nHarbour board shuts old ferry pier for winter repairs\n5 December 2026\nShare\nSave\n"
         "Tom Hale\nRTE, Port Ellis\n" +
             en_body,
         {"Tom Hale"}},
        {"en",
         "Home\nNews\nHarbour board shuts old ferry pier for winter repairs\n5 December 2026\nShare\n"
         "Tom Hale\nReuters, Port Ellis\n" +
             en_body,
         {"Tom Hale"}},
        {"es",
         "Inicio\nLocal\nEl puerto cierra el viejo muelle de los ferris durante el invierno\n5 de diciembre de 2026\n"
         "Compartir\nAna Ruiz\nRTVE, Sevilla\n"
         "La autoridad portuaria anunció el lunes que el viejo muelle cerrará todo el invierno después de que los "
         "buzos encontraran soportes oxidados bajo la plataforma.\n\nLos pasajeros usarán el muelle este hasta marzo, "
         "dijo la autoridad, y un autobús saldrá cada veinte minutos.\n",
         {"Ana Ruiz"}},
        {"fr",
         "Accueil\nRégion\nLe port ferme le vieux débarcadère des ferries pour l'hiver\n5 décembre 2026\nPartager\n"
         "Jeanne Morel\nRTBF, Liège\n"
         "Le conseil du port a annoncé lundi que le vieux débarcadère fermerait tout l'hiver après que des plongeurs "
         "ont trouvé des supports rouillés sous le pont.\n\nLes passagers utiliseront le quai est jusqu'en mars, a "
         "indiqué le conseil, et une navette partira toutes les vingt minutes.\n",
         {"Jeanne Morel"}},
        {"de",
         "Startseite\nLokales\nHafenrat sperrt alten Fähranleger über den Winter\n5. Dezember 2026\nTeilen\n"
         "Anna Keller\nORF, Graz\n"
         "Der Hafenrat hat am Montag mitgeteilt, dass der alte Fähranleger den ganzen Winter geschlossen bleibt, "
         "nachdem Taucher verrostete Stützen unter dem Deck gefunden haben.\n\nDie Fahrgäste nutzen bis März den "
         "Ostkai, teilte der Rat mit, und ein Pendelbus fährt alle zwanzig Minuten.\n",
         {"Anna Keller"}},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.authors.front());
        const Article a = parse(r.page);
        CHECK(a.authors == r.authors);
    }
}

TEST_CASE("a name over a place after a word in small letters or a long word in capitals signs nothing",
          "[classify][byline][head66]") {
    // "WEATHER, Port Ellis": a word of seven capitals is no acronym of a broadcaster; the name over it is no byline.
    const Article a = parse("Home\nNews\nHarbour board shuts old ferry pier for winter repairs\n5 December 2026\n"
                            "Share\nTom Hale\nWEATHERS, Port Ellis\n"
                            "The harbour board said on Monday that the old ferry pier would close for the winter "
                            "after divers found rusted supports under the deck.\n\nPassengers will use the east quay "
                            "until March, the board said, and a shuttle bus will run every twenty minutes.\n");
    CHECK(a.authors.empty());
}
