// A name alone under the headline or the standfirst, over the paper's name and then the date line: the author, who
// signs with the paper they write for. Without the date line under the paper's name, the two lines sign nothing.
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

namespace {

struct Row {
    const char* page;
    const char* author; // "" for none
};

} // namespace

TEST_CASE("a name over the paper's name and the date line is the author", "[bylines][head29]") {
    const Row rows[] = {
        {"Harbour Courier\nSubscribe\nNews\nLocal\nSports\nOpinion\n"
         "School board delays vote on later start times\n"
         "Parents packed the meeting, with most speaking against the change\n"
         "Ruth Ellen Marsh\nHarbour Courier\n"
         "Published 6:02 a.m. CT Nov. 24, 2026 | Updated 8:15 a.m. CT Nov. 24, 2026\n"
         "The school board on Monday postponed a vote on moving the high school's start time, saying it needed more data on bus routes.\n"
         "More than 150 parents attended the meeting, and most of those who spoke were against the change.\n"
         "The superintendent said the district would survey families in December before the board meets again.\n",
         "Ruth Ellen Marsh"},
        {"Hafenblatt\nAbo\nLokales\nSport\nKultur\n"
         "Schulrat vertagt Entscheidung über späteren Unterrichtsbeginn\n"
         "Die Eltern füllten den Saal, die meisten sprachen sich gegen die Änderung aus\n"
         "Anna Muster\nHafenblatt\n"
         "Veröffentlicht am 24.11.2026, 06:02 Uhr\n"
         "Der Schulrat hat am Montag die Entscheidung über einen späteren Unterrichtsbeginn vertagt, weil er mehr Zahlen zu den Buslinien braucht.\n"
         "Mehr als 150 Eltern kamen zur Sitzung, und die meisten Redner sprachen sich gegen die Änderung aus.\n"
         "Die Schulleitung will die Familien im Dezember befragen, bevor der Schulrat erneut tagt.\n",
         "Anna Muster"},
        {"Courrier du Port\nAbonnement\nLocal\nSports\nCulture\n"
         "Le conseil d'école reporte le vote sur l'horaire du matin\n"
         "Les parents ont rempli la salle, la plupart contre le changement\n"
         "Claire Morel\nCourrier du Port\n"
         "Publié le 24 novembre 2026 à 6 h 02\n"
         "Le conseil d'école a reporté lundi le vote sur le nouvel horaire du lycée, faute de données sur les lignes de bus.\n"
         "Plus de 150 parents ont assisté à la réunion, et la plupart des intervenants se sont opposés au changement.\n"
         "La direction interrogera les familles en décembre avant la prochaine réunion du conseil.\n",
         "Claire Morel"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.authors == std::vector<std::string>{r.author});
    }
}

TEST_CASE("under the lead picture, a name over the page's masthead and the date line is the author",
          "[bylines][headline][head29]") {
    // The masthead's words come back in the text ("harbour", "Hafen"): it is still the author's paper, no title.
    const struct {
        const char* page;
        const char* headline;
        const char* author;
    } rows[] = {
        {"Harbour Gazette\nSubscribe\nNews\nLocal\nSports\n"
         "Harbour board delays vote on the new ferry timetable\n"
         "Dozens of island commuters packed the meeting, most of them speaking against the change.\n"
         "Image\n"
         "Commuters wait for the morning ferry at the east pier on Monday.\n"
         "Credit...Tom Baker for the Harbour Gazette\n"
         "Ruth Ellen Marsh\nHarbour Gazette\n"
         "Published 6:02 a.m. CT Nov. 24, 2026 | Updated 8:15 a.m. CT Nov. 24, 2026\n"
         "The harbour board on Monday postponed a vote on moving the first ferry of the day, saying it needed more data on the early crossings.\n"
         "More than 80 commuters attended the meeting, and most of those who spoke said the earlier start would leave them waiting in the dark.\n"
         "The board's chair said the operator would count passengers on every crossing in December.\n",
         "Harbour board delays vote on the new ferry timetable", "Ruth Ellen Marsh"},
        {"Hafen Kurier\nAbo\nLokales\nSport\nKultur\n"
         "Hafenrat vertagt Entscheidung über neuen Fährfahrplan\n"
         "Dutzende Pendler von der Insel füllten den Saal, die meisten sprachen sich gegen die Änderung aus.\n"
         "Bild\n"
         "Pendler warten am Montag am Ostanleger auf die erste Fähre.\n"
         "Foto: Tom Baker\n"
         "Anna Muster\nHafen Kurier\n"
         "Veröffentlicht am 24.11.2026, 06:02 Uhr\n"
         "Der Hafen-Rat hat am Montag die Entscheidung über eine frühere erste Fähre vertagt, weil er mehr Zahlen zu den Überfahrten braucht.\n"
         "Mehr als 80 Pendler kamen zur Sitzung, und die meisten Redner sagten, sie müssten dann im Dunkeln am Hafen warten.\n"
         "Der Vorsitzende sagte, der Betreiber werde im Dezember die Fahrgäste jeder Überfahrt zählen.\n",
         "Hafenrat vertagt Entscheidung über neuen Fährfahrplan", "Anna Muster"},
    };
    for (const auto& r : rows) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.authors == std::vector<std::string>{r.author});
    }
}

TEST_CASE("a name over the paper's name with no date line under it signs nothing", "[bylines][head29]") {
    const std::string page =
        "Harbour Courier\nSubscribe\nNews\nLocal\nSports\nOpinion\n"
        "School board delays vote on later start times\n"
        "Parents packed the meeting, with most speaking against the change\n"
        "Ruth Ellen Marsh\nHarbour Courier\n"
        "The school board on Monday postponed a vote on moving the high school's start time, saying it needed more data on bus routes.\n"
        "More than 150 parents attended the meeting, and most of those who spoke were against the change.\n"
        "The superintendent said the district would survey families in December before the board meets again.\n";
    const archive::Article a = archive::parse(page, "x");
    CHECK(a.authors.empty());
}
