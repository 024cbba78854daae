// Tests of four kinds of lines around an article's sections: a table of contents of two titles under its label, a
// heading under an inline link to another article, a short quotation with its cue in a language of few stopwords, and
// the agency's description of itself under a wire story.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::has_paragraph_starting;
using archive::test::headings_of;
using archive::test::in_boilerplate;
using archive::test::in_text;
using archive::test::page_of;
using archive::test::paragraphs_of;

namespace {

// A page in `lang`: its head, a contents `label` over two titles (the second a question), a lead, then each title over
// two paragraphs of its own.
struct ContentsCase {
    const char* lang;
    std::vector<std::string> head;
    std::string label, first, second, lead;
    std::vector<std::string> under_first, under_second;
};

std::string contents_page(const ContentsCase& c) {
    std::vector<std::string> lines = c.head;
    for (const std::string& l : {c.label, c.first, c.second, c.lead, c.first})
        lines.push_back(l);
    lines.insert(lines.end(), c.under_first.begin(), c.under_first.end());
    lines.push_back(c.second);
    lines.insert(lines.end(), c.under_second.begin(), c.under_second.end());
    lines.push_back("Contact");
    return page_of(lines);
}

const std::vector<ContentsCase>& contents_cases() {
    static const std::vector<ContentsCase> cases = {
        {"pl",
         {"Wiadomości", "Nowa przystań dla promów w porcie", "Anna Nowak", "5 grudnia 2026, 14:32"},
         "Spis treści",
         "Przystań za 40 mln zł",
         "Kiedy ruszą rejsy?",
         "Rada portu przyjęła w piątek plan budowy nowej przystani dla promów, na którą mieszkańcy wysp czekają od "
         "wielu lat.",
         {"Nowa przystań będzie miała dwa stanowiska dla promów i poczekalnię dla pasażerów, a jej budowa potrwa dwa "
          "lata.",
          "Radni podkreślali, że stara przystań jest zbyt mała i w czasie sztormów promy nie mogą do niej przybić."},
         {"Pierwsze rejsy z nowej przystani mają ruszyć wiosną 2029 roku, jeśli prace zakończą się w terminie.",
          "Do tego czasu promy będą odpływać ze starej przystani przy ulicy Rybackiej, jak dotąd."}},
        {"de",
         {"Nachrichten", "Neuer Anleger für die Fähren im Hafen", "Von Anna Muster", "5. Dezember 2026"},
         "Inhaltsverzeichnis",
         "Ein Anleger für 40 Millionen",
         "Wann fahren die ersten Fähren?",
         "Der Hafenrat hat am Freitag den Bau eines neuen Anlegers für die Fähren beschlossen, auf den die "
         "Inselbewohner seit Jahren warten.",
         {"Der neue Anleger bekommt zwei Liegeplätze für die Fähren und einen Warteraum für die Fahrgäste, der Bau "
          "dauert zwei Jahre.",
          "Die Ratsmitglieder betonten, dass der alte Anleger zu klein sei und die Fähren bei Sturm nicht anlegen "
          "könnten."},
         {"Die ersten Fähren sollen im Frühjahr 2029 vom neuen Anleger abfahren, wenn die Arbeiten rechtzeitig fertig "
          "werden.",
          "Bis dahin fahren die Fähren wie bisher vom alten Anleger an der Fischerstraße ab."}},
        {"en",
         {"News", "New ferry pier for the harbour", "By Jane Roe", "5 December 2026"},
         "Table of contents",
         "A pier for 40 million",
         "When will the first ferries sail?",
         "The harbour council approved the building of a new ferry pier on Friday, which the islanders have been "
         "waiting for for many years.",
         {"The new pier will have two berths for the ferries and a waiting room for the passengers, and it will take "
          "two years to build.",
          "Councillors stressed that the old pier was too small and that the ferries could not dock there in a storm."},
         {"The first ferries are due to sail from the new pier in the spring of 2029, if the work is finished on time.",
          "Until then the ferries will leave from the old pier on Fisher Street, as they do now."}},
        {"fr",
         {"Actualités", "Un nouvel embarcadère pour les ferries du port", "Par Jeanne Dupont", "5 décembre 2026"},
         "Sommaire",
         "Un embarcadère à 40 millions",
         "Quand partiront les premiers ferries ?",
         "Le conseil du port a approuvé vendredi la construction d'un nouvel embarcadère pour les ferries, que les "
         "insulaires attendent depuis des années.",
         {"Le nouvel embarcadère aura deux postes à quai pour les ferries et une salle d'attente pour les passagers, "
          "et sa construction durera deux ans.",
          "Les conseillers ont souligné que l'ancien embarcadère était trop petit et que les ferries ne pouvaient pas "
          "y accoster par gros temps."},
         {"Les premiers ferries doivent partir du nouvel embarcadère au printemps 2029, si les travaux se terminent à "
          "temps.",
          "D'ici là, les ferries partiront comme avant de l'ancien embarcadère de la rue des Pêcheurs."}},
    };
    return cases;
}

} // namespace

TEST_CASE("a table of contents of two titles under its label leaves the body, and the titles below stay headings",
          "[region][contents][region65]") {
    for (const ContentsCase& c : contents_cases()) {
        INFO(c.lang);
        const Article a = classify(segment(contents_page(c)), c.lang);
        CHECK(headings_of(a) == std::vector<std::string>{c.first, c.second});
        CHECK(in_boilerplate(a, c.label));
        // The lead opens the body: no title of the contents (the question neither) stays a paragraph over it.
        const auto paragraphs = paragraphs_of(a);
        REQUIRE_FALSE(paragraphs.empty());
        CHECK(paragraphs.front() == c.lead);
        CHECK(paragraphs.size() == 5);
    }
}

TEST_CASE("two titles printed again with no contents' label over them are no contents",
          "[region][contents][region65]") {
    // Without the label, the two lines over the lead stay where the page puts them (two teasers are printed so too);
    // the rule needs three titles there.
    ContentsCase c = contents_cases()[2];
    c.label = "Most read";
    const Article a = classify(segment(contents_page(c)), c.lang);
    CHECK(headings_of(a) != std::vector<std::string>{c.first, c.second});
}

TEST_CASE("a heading with a colon right under an inline link to another article stays a heading",
          "[region][headings][region65]") {
    struct Row {
        const char* lang;
        std::vector<std::string> lines;
        std::string heading;
    };
    const std::vector<Row> rows = {
        {"en",
         {"Harbour Weekly", "Harbour council approves new ferry budget", "By Jane Roe", "5 December 2026",
          "The harbour council approved the ferry budget on Friday after a long debate about the cost of the new boats "
          "and the timetable for the coming winter.",
          "Councillors said the service would run every half hour from March, and that the fares would stay at the "
          "level of this year for residents of the islands.",
          "Read more: Ferry fares frozen for islanders", "Critics: the plan costs too much",
          "The opposition said the budget hid the true cost of the boats and that the council would have to borrow "
          "more money before the end of the year.",
          "The council will vote on the final plan in January, when the new boats are due to arrive from the shipyard "
          "in the north.",
          "Contact"},
         "Critics: the plan costs too much"},
        {"de",
         {"Hafenblatt", "Hafenrat beschließt neues Budget für die Fähren", "Von Anna Muster", "5. Dezember 2026",
          "Der Hafenrat hat am Freitag nach einer langen Debatte über die Kosten der neuen Schiffe und den Fahrplan "
          "für den kommenden Winter das Budget für die Fähren beschlossen.",
          "Die Ratsmitglieder sagten, dass der Dienst ab März jede halbe Stunde fahren werde und dass die Preise für "
          "die Bewohner der Inseln auf dem Stand dieses Jahres bleiben.",
          "Lesen Sie auch: Fährpreise für Inselbewohner eingefroren", "Kritik: Der Plan ist zu teuer",
          "Die Opposition sagte, das Budget verschleiere die wahren Kosten der Schiffe und der Rat müsse vor dem Ende "
          "des Jahres noch mehr Geld aufnehmen.",
          "Der Rat wird im Januar über den endgültigen Plan abstimmen, wenn die neuen Schiffe aus der Werft im Norden "
          "eintreffen sollen.",
          "Kontakt"},
         "Kritik: Der Plan ist zu teuer"},
        {"fr",
         {"Le Petit Portuaire", "Le conseil du port adopte le nouveau budget des ferries", "Par Jeanne Dupont",
          "5 décembre 2026",
          "Le conseil du port a adopté vendredi le budget des ferries après un long débat sur le coût des nouveaux "
          "bateaux et sur les horaires de l'hiver qui vient.",
          "Les conseillers ont dit que le service partirait toutes les demi-heures dès le mois de mars et que les "
          "tarifs resteraient au niveau de cette année pour les habitants des îles.",
          "Lire aussi : Les tarifs des ferries gelés pour les insulaires", "Opposition : un budget trop cher",
          "L'opposition a dit que le budget cachait le vrai coût des bateaux et que le conseil devrait emprunter "
          "encore plus d'argent avant la fin de l'année.",
          "Le conseil votera sur le plan final en janvier, quand les nouveaux bateaux doivent arriver du chantier "
          "naval du nord.",
          "Contact"},
         "Opposition : un budget trop cher"},
        {"pl",
         {"Wiadomości", "Rada portu przyjęła nowy budżet na promy", "Anna Nowak", "5 grudnia 2026, 14:32",
          "Rada portu przyjęła w piątek budżet na promy po długiej debacie o kosztach nowych statków i o rozkładzie "
          "rejsów na nadchodzącą zimę.",
          "Radni powiedzieli, że od marca promy będą kursować co pół godziny, a ceny biletów dla mieszkańców wysp "
          "pozostaną na poziomie z tego roku.",
          "Czytaj także: Ceny biletów na promy zamrożone dla mieszkańców wysp", "Opozycja: budżet jest za drogi",
          "Opozycja twierdzi, że budżet ukrywa prawdziwe koszty statków i że rada będzie musiała pożyczyć jeszcze "
          "więcej pieniędzy przed końcem roku.",
          "Rada zagłosuje nad ostatecznym planem w styczniu, kiedy nowe statki mają przypłynąć ze stoczni na "
          "północy.",
          "Kontakt"},
         "Opozycja: budżet jest za drogi"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(page_of(r.lines)), r.lang);
        CHECK(headings_of(a) == std::vector<std::string>{r.heading});
        CHECK_FALSE(has_paragraph_starting(a, r.heading));
    }
}

TEST_CASE("two rows of facts stay a box: the lower one heads nothing", "[region][headings][region65]") {
    // The same place with a row of facts over the line: a box's last row, no heading (row_under_row()).
    const std::vector<std::string> lines = {
        "Harbour Weekly",
        "Harbour council approves new ferry budget",
        "By Jane Roe",
        "5 December 2026",
        "The harbour council approved the ferry budget on Friday after a long debate about the cost of the new boats "
        "and the timetable for the coming winter.",
        "Councillors said the service would run every half hour from March, and that the fares would stay at the "
        "level of this year for residents of the islands.",
        "Length: 21 km",
        "Stations: 18 stops",
        "The opposition said the budget hid the true cost of the boats and that the council would have to borrow more "
        "money before the end of the year.",
        "Contact"};
    const Article a = classify(segment(page_of(lines)), "en");
    const auto headings = headings_of(a);
    CHECK(std::find(headings.begin(), headings.end(), "Stations: 18 stops") == headings.end());
}

TEST_CASE("a quotation with its cue and its subject is a line of text whatever its stopwords",
          "[region][quality][region65]") {
    struct Row {
        const char* lang;
        const char* line;
        bool text;
    };
    const std::vector<Row> rows = {
        {"pl", "„Nowe statki przypłyną wiosną” – przekazała rzeczniczka prasowa zarządu portu.", true},
        {"pl", "„Dobry budżet dla wysp” – powiedziała radna Lewicy Anna Maria Kowal.", true},
        {"en", "“New vessels arriving Thursday, crews ready,” confirmed harbour authority spokeswoman Ann Pike.", true},
        {"en", "“New vessels arriving Thursday, crews ready,” harbour authority spokeswoman Ann Pike confirmed.", true},
        {"de",
         "„Neue Schiffe kommen Donnerstag, Besatzungen bereit“, bestätigte Hafenamtssprecherin Anke Pohl gestern.",
         true},
        // A quoted title over a list of words holds no verb of saying after it.
        {"pl", "„Port 2026” – program, bilety, dojazd, parkingi, godziny otwarcia, ceny biletów.", false},
        {"en", "“Harbour Lights” tickets, dates, venues, reviews, parking information, opening hours online.", false},
        {"de", "„Hafenfest 2026“ – Programm, Tickets, Anfahrt, Parkplätze, Öffnungszeiten, Eintrittspreise.", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(textual(block_quality(blocks[0], r.lang)) == r.text);
    }
}

TEST_CASE("an agency's description of itself under a wire story leaves the text", "[region][tail][region65]") {
    struct Row {
        const char* lang;
        std::vector<std::string> lines;
        std::string last, profile;
    };
    const std::vector<Row> rows = {
        {"en",
         {"Harbour Weekly", "Local", "Ferry service to the islands resumes", "By Jane Roe", "5 December 2026",
          "HARBOURTON (AP) — The ferry service to the northern islands resumed on Friday after a week of storms kept "
          "the boats in port.",
          "The harbour master said the crossings would run on the winter timetable until the end of the month, with "
          "one extra boat on Sundays.",
          "The council will meet next week to discuss a second pier that could be used when the wind blows from the "
          "east."},
         "The council will meet",
         "The Associated Press is an independent news organization that has reported from every corner of the world "
         "since the age of the telegraph."},
        {"de",
         {"Hafenblatt", "Nachrichten", "Die Fähren zu den Inseln fahren wieder", "Von Anna Muster", "5. Dezember 2026",
          "Hafenstadt (dpa) - Nach einer Woche voller Stürme fahren die Fähren zu den nördlichen Inseln seit Freitag "
          "wieder.",
          "Der Hafenmeister sagte, die Fähren fahren bis zum Monatsende nach dem Winterfahrplan, sonntags mit einem "
          "zusätzlichen Schiff.",
          "Der Gemeinderat berät in der nächsten Woche über einen zweiten Anleger, der bei Ostwind genutzt werden "
          "kann."},
         "Der Gemeinderat berät",
         "Die Deutsche Presse-Agentur (dpa) ist eine unabhängige Nachrichtenagentur, die seit vielen Jahrzehnten aus "
         "aller Welt berichtet."},
        {"fr",
         {"Le Petit Portuaire", "Actualités", "Les ferries reprennent la mer vers les îles", "Par Jeanne Dupont",
          "5 décembre 2026",
          "PORT-NEUF (AFP) - Les ferries vers les îles du nord ont repris la mer vendredi après une semaine de "
          "tempêtes qui les avait bloqués au port.",
          "Le capitaine du port a indiqué que les traversées suivraient l'horaire d'hiver jusqu'à la fin du mois, "
          "avec un bateau de plus le dimanche.",
          "Le conseil se réunira la semaine prochaine pour discuter d'un second quai utilisable par vent d'est."},
         "Le conseil se réunira",
         "L'AFP est une agence de presse mondiale qui couvre l'actualité de tous les pays depuis sa fondation au "
         "siècle dernier."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        std::vector<std::string> lines = r.lines;
        lines.push_back(r.profile);
        lines.push_back("Contact");
        const Article a = classify(segment(page_of(lines)), r.lang);
        CHECK(has_paragraph_starting(a, r.last));
        CHECK_FALSE(in_text(a, r.profile));
        CHECK(in_boilerplate(a, r.profile));
    }
}

TEST_CASE("an agency named in a closing sentence of the article, or a news agency named after a verb of being, "
          "stays the text's",
          "[region][tail][region65]") {
    const std::vector<std::string> head = {
        "Harbour Weekly",
        "Local",
        "Ferry service to the islands resumes",
        "By Jane Roe",
        "5 December 2026",
        "The ferry service to the northern islands resumed on Friday after a week of storms kept the boats in port.",
        "The harbour master said the crossings would run on the winter timetable until the end of the month, with one "
        "extra boat on Sundays."};
    for (const std::string last : {"AFP news agency said the ferry would stay in port if the wind turned to the east "
                                   "again.",
                                   "The minister is a former news agency editor who sailed to the islands as a "
                                   "child."}) {
        INFO(last);
        std::vector<std::string> lines = head;
        lines.push_back(last);
        lines.push_back("Contact");
        const Article a = classify(segment(page_of(lines)), "en");
        CHECK(in_text(a, last));
    }
}
