// The day a reader saved the page is no date of the article: a read-later view's stamp under the text ("Enregistré
// depuis lemonde.fr le 6 décembre 2026", "Saved from example.com on December 6, 2026", "Gespeichert am 4. Dezember
// 2026"; lexicon section print_stamp_labels, classify_dates.cpp closing_date()). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a read-later view's save stamp under the text dates no article", "[dates][save_stamp]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* stamp;
    };
    const Row rows[] = {
        {"fr",
         "Pocket\nMes éléments\nArchiver\n\nLe port de pêche de Lorient sera agrandi d'ici à 2028\nouestmatin.fr\n"
         "Par Anne Kervella\nVoir l'original\n\nLe conseil portuaire a validé mercredi un projet d'agrandissement du "
         "port de pêche, qui doit accueillir une dizaine de bateaux de plus.\n\nLes travaux, estimés à 40 millions "
         "d'euros, commenceront à l'automne prochain, selon le président du conseil portuaire.\n\nAnne Kervella\n\n"
         "Enregistré depuis ouestmatin.fr le 4 décembre 2026\nVoir l'original\nPartager\n",
         "Enregistré depuis ouestmatin.fr le 4 décembre 2026"},
        {"en",
         "Pocket\nMy List\nArchive\n\nCouncil approves new ferry timetable for the winter\nharbourdaily.example\nBy "
         "Tom Ashby\nView Original\n\nThe town council approved a new ferry timetable on Tuesday that adds two "
         "evening crossings during the winter months.\n\nThe operator said the change would cost about $200,000 a "
         "year and would be reviewed in the spring.\n\nTom Ashby\n\nSaved from harbourdaily.example on December 4, "
         "2026\nView Original\nShare\n",
         "Saved from harbourdaily.example on December 4, 2026"},
        {"de",
         "Pocket\nMeine Liste\nArchivieren\n\nSeetaler Stadtrat will neue Buslinien bis Ende 2027\nseetaler-bote.ch\n"
         "Von Lena Brunner\nOriginal ansehen\n\nDer Stadtrat von Seetal will das Busnetz bis Ende 2027 deutlich "
         "ausbauen, wie er am Mittwoch mitteilte.\n\nDie Kosten belaufen sich auf rund 30 Millionen Franken, die "
         "Hälfte davon trägt der Kanton.\n\nLena Brunner\n\nGespeichert am 4. Dezember 2026\nOriginal ansehen\n",
         "Gespeichert am 4. Dezember 2026"},
        {"it",
         "Pocket\nLa mia lista\nArchivia\n\nA Genova la nuova diga del porto è in ritardo di un anno\nilporto.it\nDi "
         "Marta Ferri\nVedi originale\n\nMercoledì la società che costruisce la nuova diga del porto ha comunicato "
         "che i lavori finiranno con un anno di ritardo.\n\nIl Comune ha chiesto un incontro per capire le ragioni "
         "del ritardo e i costi aggiuntivi.\n\nMarta Ferri\n\nSalvato il 4 dicembre 2026\nVedi "
         "originale\n",
         "Salvato il 4 dicembre 2026"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK_FALSE(a.published.has_value());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.stamp) != a.boilerplate.end());
    }
    // A date under the text with no saving label still dates the article (closing_date()).
    const Article dated = parse(
        "Council approves new ferry timetable for the winter\n\nThe town council approved a new ferry timetable on "
        "Tuesday that adds two evening crossings during the winter months.\n\nThe operator said the change would cost "
        "about $200,000 a year and would be reviewed in the spring.\n\nPublished: December 4, 2026\n");
    CHECK(dated.published == std::optional<std::string>("2026-12-04"));
}
