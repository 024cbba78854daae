// A box of facts closing the article (a question or a label over three to eight short items, half of them with a
// figure or a label's colon) right under its last paragraph joins the body as a section headed by its title, however
// few of the items' words are stopwords. Whole pages, in several languages; and a box of teasers' titles under a label
// (no figures) stays out.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

// An English story of a ferry out of service, closed by a box of facts.
const std::string en_page = R"(Lakeside Courier
Local
Island ferry out of service until Friday
The island ferry will not run until Friday at the earliest because of damage to its rudder, the operator said on Tuesday.
Commuters have to take the detour over the bridge, which takes almost an hour longer in the morning than the crossing.
The mayor said the council was looking at a replacement bus that could run twice a day from Thursday.
Key facts
In service since 1987
Room for 40 cars and 300 passengers
About 450,000 passengers a year
New ship planned for 2029
Read more
Bridge repairs take longer than planned
Newsletter
Privacy
)";

} // namespace

TEST_CASE("a box of facts under the article's last paragraph is its last section", "[region][facts][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
        std::vector<std::string> items;
    };
    const std::vector<Row> rows = {
        {"de", R"(Seebote
Region
Fähre zur Insel fällt bis Freitag aus
Die Fähre zur Insel fällt wegen eines Schadens am Ruder bis mindestens Freitag aus, wie die Reederei am Dienstag mitteilte.
Die Pendler müssen auf den Umweg über die Brücke ausweichen, der morgens fast eine Stunde länger dauert als die Überfahrt.
Der Bürgermeister sagte, die Gemeinde prüfe einen Ersatzbus, der ab Donnerstag zweimal am Tag fahren könnte.
Was ist die Inselfähre?
In Betrieb seit 1987
Platz für 40 Autos und 300 Personen
Jedes Jahr rund 450.000 Fahrgäste
Neues Schiff ab 2029 geplant
Mehr zum Thema
Brücke: Sanierung dauert länger als geplant
Newsletter
Impressum
)",
         "Was ist die Inselfähre?",
         {"In Betrieb seit 1987", "Platz für 40 Autos und 300 Personen", "Jedes Jahr rund 450.000 Fahrgäste", "Neues Schiff ab 2029 geplant"}},
        {"fr", R"(La Gazette du Lac
Région
Le bac de l'île ne circulera pas avant vendredi
Le bac de l'île ne circulera pas avant vendredi au moins, à cause d'une avarie du gouvernail, a annoncé la compagnie mardi.
Les habitants doivent faire le détour par le pont, qui prend près d'une heure de plus le matin que la traversée.
Le maire a indiqué que la commune étudie un bus de remplacement, qui pourrait circuler deux fois par jour dès jeudi.
En chiffres
En service depuis 1987
Capacité : 40 voitures et 300 passagers
Environ 450 000 passagers par an
Nouveau bateau prévu pour 2029
Lire aussi
Le pont : les travaux durent plus longtemps que prévu
Newsletter
Mentions légales
)",
         "En chiffres",
         {"En service depuis 1987", "Capacité : 40 voitures et 300 passagers", "Environ 450 000 passagers par an", "Nouveau bateau prévu pour 2029"}},
        {"en", en_page.c_str(),
         "Key facts",
         {"In service since 1987", "Room for 40 cars and 300 passengers", "About 450,000 passengers a year", "New ship planned for 2029"}},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.back().heading.value_or("") == r.title);
        CHECK(a.sections.back().paragraphs == r.items);
    }
}

TEST_CASE("titles of other articles under a label after the last paragraph stay out of the body", "[region][facts]") {
    std::string page = en_page;
    const std::string box = "Key facts\nIn service since 1987\nRoom for 40 cars and 300 passengers\n"
                            "About 450,000 passengers a year\nNew ship planned for 2029\n";
    page.replace(page.find(box), box.size(),
                 "Most read\nMayor opens the new market hall\nSchool buses change their routes\n"
                 "The lake festival comes back this summer\n");
    const Article a = classify(segment(page), "en");
    const auto paragraphs = test::paragraphs_of(a);
    for (const char* line : {"Mayor opens the new market hall", "School buses change their routes"})
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), line) == paragraphs.end());
}

TEST_CASE("the title of a box of facts amid the text heads its items, a row of the box heads nothing",
          "[classify][facts][heading]") {
    test::check_heading_rows({
        {"en", R"(New metro line opens in March
The new metro line to the airport will open in March, the transport authority said on Monday after the last safety tests.
Commuters on the southern side of the city have waited six years for the line, which was due to open in 2024.
Key facts
Length: 21 km
Stations: 18 (6 elevated, 12 underground)
Trains every 4 minutes at peak hours
Meanwhile, the authority said feeder buses would run from every station from the first day of service.
)",
         {"Key facts"}},
        {"de", R"(Neue Tramlinie fährt ab März
Die neue Tramlinie zum Flughafen fährt ab März, wie die Verkehrsbetriebe am Montag nach den letzten Tests mitteilten.
Die Pendler im Süden der Stadt haben sechs Jahre auf die Linie gewartet, die eigentlich schon 2024 fahren sollte.
Die wichtigsten Zahlen
Länge: 21 Kilometer
Haltestellen: 18, davon 6 unterirdisch
Alle 4 Minuten ein Tram zu Stosszeiten
Die Verkehrsbetriebe kündigten zudem an, dass ab dem ersten Tag Zubringerbusse an allen Haltestellen fahren.
)",
         {"Die wichtigsten Zahlen"}},
        {"fr", R"(La nouvelle ligne de tram ouvrira en mars
La nouvelle ligne de tram vers l'aéroport ouvrira en mars, a annoncé lundi la société de transport après les derniers essais.
Les habitants du sud de la ville attendent cette ligne depuis six ans, alors qu'elle devait ouvrir dès 2024.
En chiffres
21 km de voies
18 arrêts dont 6 souterrains
Un tram toutes les 4 minutes aux heures de pointe
La société a aussi annoncé que des bus de rabattement desserviront chaque arrêt dès le premier jour.
)",
         {"En chiffres"}},
        // The box's rows under a paragraph, no title over them: the first row heads nothing.
        {"fr", R"(La nouvelle ligne de tram ouvrira en mars
La nouvelle ligne de tram vers l'aéroport ouvrira en mars, a annoncé lundi la société de transport après les derniers essais.
Les habitants du sud de la ville attendent cette ligne depuis six ans, alors qu'elle devait ouvrir dès 2024.
Combe-Noire: 72,4% de oui
Saint-Valbert: 64,1% de oui
Les Essarts-Dessus: 38,6% de oui
Vermont-le-Haut: 24,2% de oui
La société a aussi annoncé que des bus de rabattement desserviront chaque arrêt dès le premier jour.
)",
         {}},
    });
}
