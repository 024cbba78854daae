// Tests of kinds of lines around an article's sections: a table of contents of two titles under its label.
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
