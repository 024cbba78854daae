// "<headline> / Wegen Bauarbeiten fallen 200 Züge aus. / Das Wichtigste in Kürze / <items> / <picture> / <text>": the
// label of the article's box of key points under the line under the headline makes that line the standfirst, with
// no byline or date line under it; the box stays a section of its own. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("a standfirst over the box of key points is the lede, with no byline under it",
          "[classify][lede][summary_box][head35]") {
    struct Row {
        const char* page;
        const char* lang;
        const char* lede;
        const char* box;
    };
    const Row rows[] = {
        {"Radio Nord\nStartseite\nRegion\nSport\nVerkehr\n"
         "Fähre nach Sylt fällt im Januar aus\n"
         "Wegen einer Reparatur am Anleger fahren drei Wochen lang keine Schiffe. Urlauber müssen den Zug nehmen.\n"
         "Das Wichtigste in Kürze\n"
         "Vom 5. bis 26. Januar fährt keine Fähre.\n"
         "Die Reederei erstattet die Tickets.\n"
         "Der Autozug fährt öfter.\n"
         "Bild: Keystone / Jana Roth\n"
         "Die Reederei Nordsee hat am Montag mitgeteilt, dass der Anleger in List im Januar repariert werden muss. Die "
         "Arbeiten dauern nach ihren Angaben mindestens drei Wochen.\n"
         "Wer in dieser Zeit auf die Insel will, muss den Autozug über den Hindenburgdamm nehmen, der dann häufiger "
         "fährt.\n",
         "de", "Wegen einer Reparatur am Anleger fahren drei Wochen lang keine Schiffe. Urlauber müssen den Zug nehmen.",
         "Das Wichtigste in Kürze"},
        {"North Radio\nHome\nRegion\nSport\nTransport\n"
         "Island ferry cancelled for all of January\n"
         "A repair to the pier halts every crossing for three weeks. Visitors will have to take the train.\n"
         "Key points\n"
         "No ferry runs from 5 to 26 January.\n"
         "The operator refunds tickets.\n"
         "The car train runs more often.\n"
         "Photo: Jana Roth\n"
         "The ferry operator said on Monday that the pier at the island's harbour must be repaired in January. The "
         "works will take at least three weeks, it said.\n"
         "Anyone travelling to the island in that time will have to take the car train over the causeway, which will "
         "run more often.\n",
         "en", "A repair to the pier halts every crossing for three weeks. Visitors will have to take the train.",
         "Key points"},
        {"Radio Nord\nAccueil\nRégion\nSport\nTransports\n"
         "Le bac vers l'île supprimé tout le mois de janvier\n"
         "Une réparation du ponton arrête toutes les traversées pendant trois semaines. Les visiteurs devront prendre "
         "le train.\n"
         "L'essentiel\n"
         "Aucun bac ne circule du 5 au 26 janvier.\n"
         "La compagnie rembourse les billets.\n"
         "Le train auto circule plus souvent.\n"
         "Photo : Jana Roth\n"
         "La compagnie a annoncé lundi que le ponton du port de l'île devait être réparé en janvier. Les travaux "
         "dureront au moins trois semaines, selon elle.\n"
         "Les personnes qui veulent se rendre sur l'île pendant cette période devront prendre le train auto, qui "
         "circulera plus souvent.\n",
         "fr",
         "Une réparation du ponton arrête toutes les traversées pendant trois semaines. Les visiteurs devront prendre "
         "le train.",
         "L'essentiel"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.language == r.lang);
        CHECK(a.lede.value_or("") == r.lede);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().heading.value_or("") == r.box);
    }
}
