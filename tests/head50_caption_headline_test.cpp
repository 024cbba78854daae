// A tabloid's head: headline, a box of key points, byline, date, then the pictures, each a caption printed without a
// stop and closed by its credit line ("Credit: X", "Foto: X", "Crédit photo : X"), then the body. The caption under
// the signed head is the picture's, no title; the key points under their label are the summary, no title either.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* headline;
    const char* caption; // the first picture's caption, "" for no picture
};

void check_rows(const Row* rows, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k) {
        const Row& r = rows[k];
        INFO(r.lang << " " << r.headline);
        const Article a = parse(r.page);
        CHECK(a.headline.value_or("") == r.headline);
        if (*r.caption != '\0') {
            REQUIRE(!a.media.empty());
            CHECK(a.media.front().caption.value_or("") == r.caption);
        }
    }
}

} // namespace

TEST_CASE("a caption closed by a credit line under the byline and date is no headline",
          "[classify][headline][media][head50]") {
    // The caption shares more words with the body than the headline does, as a picture of the scene will.
    const Row rows[] = {
        {"en",
         "Home\nNews\nSport\nMoney\nHarbour horror as giant crane comes crashing down in gale\n"
         "By Jo Lane, News Reporter\nPublished: 09:12, 4 Dec 2026 | Updated: 11:40, 4 Dec 2026\n"
         "The crane lay across the roof of the ferry terminal on Thursday morning\nCredit: Harbour Pics\n"
         "Workers watched from the quay\nCredit: Jo Lane\n"
         "MORNING passengers watched as the crane toppled onto the roof of the ferry terminal on Thursday morning.\n"
         "Nobody was hurt, but the ferry terminal stayed shut for the day while engineers checked the roof.\n"
         "The port said ferries would sail from the old quay until the terminal roof was repaired next week.\n",
         "Harbour horror as giant crane comes crashing down in gale",
         "The crane lay across the roof of the ferry terminal on Thursday morning"},
        {"de",
         "Startseite\nNachrichten\nSport\nGeld\nHafen-Horror: Riesiger Kran kracht im Orkan herunter\n"
         "Von Anna Muster\n04.12.2026, 09:12 Uhr\n"
         "Der Kran liegt quer über dem Dach des Fährterminals am Donnerstagmorgen\nFoto: Hafenbild\n"
         "Arbeiter sahen vom Kai aus zu\nFoto: Anna Muster\n"
         "Fahrgäste sahen zu, wie der Kran am Donnerstagmorgen auf das Dach des Fährterminals stürzte.\n"
         "Verletzt wurde niemand, aber das Fährterminal blieb den Tag über geschlossen, während Ingenieure "
         "das Dach prüften.\n"
         "Die Fähren legen vom alten Kai ab, bis das Dach des Terminals in der nächsten Woche repariert ist.\n",
         "Hafen-Horror: Riesiger Kran kracht im Orkan herunter",
         "Der Kran liegt quer über dem Dach des Fährterminals am Donnerstagmorgen"},
        {"fr",
         "Accueil\nActualités\nSport\nArgent\nFrayeur au port : une grue géante s'écrase en pleine tempête\n"
         "Par Jeanne Morel\nPublié le 04/12/2026 à 09h12\n"
         "La grue couchée sur le toit de la gare maritime jeudi matin\nCrédit photo : Photo Port\n"
         "Des ouvriers regardent depuis le quai\nCrédit photo : Jeanne Morel\n"
         "Des passagers ont vu la grue tomber sur le toit de la gare maritime jeudi matin.\n"
         "Personne n'a été blessé, mais la gare maritime est restée fermée pendant que des ingénieurs "
         "vérifiaient le toit.\n"
         "Les ferries partiront du vieux quai jusqu'à la réparation du toit de la gare maritime la semaine "
         "prochaine.\n",
         "Frayeur au port : une grue géante s'écrase en pleine tempête",
         "La grue couchée sur le toit de la gare maritime jeudi matin"},
    };
    check_rows(rows, sizeof rows / sizeof rows[0]);
}

TEST_CASE("the items of a box of key points under the headline are no headline", "[classify][headline][head50]") {
    const Row rows[] = {
        {"en",
         "Home\nNews\nSport\nMoney\nHarbour crane topples onto ferry terminal roof during storm\nKey points\n"
         "Crane fell onto the terminal at 7am\nNobody was hurt in the collapse\nFerries moved to the old quay\n"
         "By Jo Lane, News Reporter\nPublished: 09:12, 4 Dec 2026 | Updated: 11:40, 4 Dec 2026\n"
         "A harbour crane toppled onto the roof of the ferry terminal during the storm on Thursday morning.\n"
         "Nobody was hurt, but the terminal stayed shut for the day while engineers checked the roof.\n"
         "The port said ferries would sail from the old quay until the roof was repaired next week.\n",
         "Harbour crane topples onto ferry terminal roof during storm", ""},
        {"de",
         "Startseite\nNachrichten\nSport\nHafenkran stürzt bei Sturm auf das Dach des Fährterminals\n"
         "Das Wichtigste in Kürze\nDer Kran stürzte um 7 Uhr auf das Terminal\nVerletzt wurde dabei niemand\n"
         "Die Fähren legen am alten Kai ab\nVon Anna Muster\n04.12.2026, 09:12 Uhr\n"
         "Ein Hafenkran ist während des Sturms am Donnerstagmorgen auf das Dach des Fährterminals gestürzt.\n"
         "Verletzt wurde niemand, aber das Terminal blieb den ganzen Tag geschlossen, während Ingenieure das Dach "
         "prüften.\n"
         "Die Fähren legen bis zur Reparatur in der nächsten Woche am alten Kai ab, teilte der Hafen mit.\n",
         "Hafenkran stürzt bei Sturm auf das Dach des Fährterminals", ""},
        {"fr",
         "Accueil\nActualités\nSport\nUne grue du port s'effondre sur le toit de la gare maritime pendant la tempête\n"
         "L'essentiel\nLa grue est tombée sur la gare à 7 heures\nPersonne n'a été blessé\n"
         "Les ferries partent du vieux quai\nPar Jeanne Morel\nPublié le 04/12/2026 à 09h12\n"
         "Une grue du port s'est effondrée sur le toit de la gare maritime pendant la tempête jeudi matin.\n"
         "Personne n'a été blessé, mais la gare est restée fermée toute la journée pendant que des ingénieurs "
         "vérifiaient le toit.\n"
         "Les ferries partiront du vieux quai jusqu'à la réparation du toit la semaine prochaine, selon le port.\n",
         "Une grue du port s'effondre sur le toit de la gare maritime pendant la tempête", ""},
    };
    check_rows(rows, sizeof rows / sizeof rows[0]);
}

TEST_CASE("a box's label over one title line, and a title right over its picture's credit, stay titles",
          "[classify][headline][head50]") {
    const Row rows[] = {
        // The label over the title alone, then the byline: the label is the kicker, the line under it the title.
        {"en",
         "Home\nNews\nSport\nMoney\nIn short\nHarbour crane topples onto ferry terminal roof during storm\n"
         "By Jo Lane, News Reporter\nPublished: 09:12, 4 Dec 2026\n"
         "A harbour crane toppled onto the roof of the ferry terminal during the storm on Thursday morning.\n"
         "Nobody was hurt, but the terminal stayed shut for the day while engineers checked the roof.\n"
         "The port said ferries would sail from the old quay until the roof was repaired next week.\n",
         "Harbour crane topples onto ferry terminal roof during storm", ""},
        // The label over a title and its stopped standfirst: no alike items, the title stays.
        {"en",
         "Home\nNews\nSport\nMoney\nIn short\nHarbour crane topples onto ferry terminal roof during storm\n"
         "Engineers say the terminal will stay shut until the roof is checked next week.\n"
         "By Jo Lane, News Reporter\nPublished: 09:12, 4 Dec 2026\n"
         "A harbour crane toppled onto the roof of the ferry terminal during the storm on Thursday morning.\n"
         "Nobody was hurt, but the terminal stayed shut for the day while engineers checked the roof.\n"
         "The port said ferries would sail from the old quay until the roof was repaired next week.\n",
         "Harbour crane topples onto ferry terminal roof during storm", ""},
        {"fr",
         "Accueil\nActualités\nSport\nL'essentiel\n"
         "Une grue du port s'effondre sur le toit de la gare maritime pendant la tempête\n"
         "Les ingénieurs disent que la gare restera fermée jusqu'au contrôle du toit la semaine prochaine.\n"
         "Par Jeanne Morel\nPublié le 04/12/2026 à 09h12\n"
         "Une grue du port s'est effondrée sur le toit de la gare maritime pendant la tempête jeudi matin.\n"
         "Personne n'a été blessé, mais la gare est restée fermée toute la journée pendant que des ingénieurs "
         "vérifiaient le toit.\n"
         "Les ferries partiront du vieux quai jusqu'à la réparation du toit la semaine prochaine, selon le port.\n",
         "Une grue du port s'effondre sur le toit de la gare maritime pendant la tempête", ""},
        // A title right over the lead picture's credit, no byline or date over it: the title stays.
        {"de",
         "Startseite\nNachrichten\nSport\nHafenkran stürzt bei Sturm auf das Dach des Fährterminals\nFoto: Hafenbild\n"
         "Ein Hafenkran ist während des Sturms am Donnerstagmorgen auf das Dach des Fährterminals gestürzt.\n"
         "Verletzt wurde niemand, aber das Terminal blieb den ganzen Tag geschlossen, während Ingenieure das Dach "
         "prüften.\n"
         "Die Fähren legen bis zur Reparatur in der nächsten Woche am alten Kai ab, teilte der Hafen mit.\n",
         "Hafenkran stürzt bei Sturm auf das Dach des Fährterminals", ""},
    };
    check_rows(rows, sizeof rows / sizeof rows[0]);
}
