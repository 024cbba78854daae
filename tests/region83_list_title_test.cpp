// A title glued under a paragraph over a list whose items share a form the title lacks (rows of a label, a colon and
// its value; items opening with a figure) heads the list, no item of it (probe72 R3): sections_headings.cpp
// announces_items(). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {
// The section headed by `heading`, or nullptr.
const Section* section_headed(const Article& a, const std::string& heading) {
    for (const auto& s : a.sections)
        if (s.heading && *s.heading == heading)
            return &s;
    return nullptr;
}
} // namespace

TEST_CASE("a title over a list of rows or figures heads the list", "[sections][lists][region83]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* title;
        const char* item; // the list's first item
    };
    const Row rows[] = {
        {"fr",
         "La Gazette du port\nTravaux\nLe quai Colbert fermé pendant un an pour sa rénovation\n"
         "Publié le 5 décembre 2026\n"
         "Le quai Colbert sera fermé aux voitures à partir du mois de février, pour des travaux qui doivent durer un "
         "an.\n"
         "La commune a choisi de refaire les pavés, l'éclairage et les bancs, et de planter une trentaine d'arbres.\n"
         "La réouverture du quai est prévue pour le début de l'année 2028.\n"
         "Le calendrier des travaux\n"
         "Février 2027 : installation du chantier et fermeture du quai\n"
         "Mars à juin 2027 : dépose et nettoyage des anciens pavés\n"
         "Juillet à octobre 2027 : réseaux, éclairage et nouveaux bancs publics\n"
         "Novembre 2027 : réouverture du quai\n"
         "Les commerçants du quai pourront ouvrir pendant toute la durée des travaux, précise la mairie.\n"
         "Une réunion d'information aura lieu le 12 janvier à la salle des fêtes, à partir de 19 heures.\n"
         "Mentions légales\n",
         "Le calendrier des travaux", "Février 2027 : installation du chantier et fermeture du quai"},
        {"en",
         "Harbour Weekly\nCulture\nThe harbour museum shows a century of ferry posters\nBy Jane Roe\n"
         "December 5, 2026\n"
         "The harbour museum opens on Saturday an exhibition of ninety posters made for the ferry company since 1920.\n"
         "Most of them have never been shown before, and some were found last year in the attic of the old ticket "
         "office.\n"
         "The curators restored each poster by hand over eight months, with the help of two students from the art "
         "school.\n"
         "What to know before a visit\n"
         "Opening hours: Tuesday to Sunday, 10 am to 6 pm\n"
         "Tickets: 8 pounds, free for children under 12\n"
         "Guided tours: every Sunday at 3 pm in the main hall\n"
         "Address: 12 Quay Street, Harbourton\n"
         "The exhibition runs until the end of April and will then travel to two other museums on the coast.\n"
         "A catalogue with all ninety posters is on sale in the museum shop for twenty pounds.\n"
         "Privacy\n",
         "What to know before a visit", "Opening hours: Tuesday to Sunday, 10 am to 6 pm"},
        {"de",
         "Hafenblatt\nLokales\nFreiwillige pflanzen einen Obstgarten auf dem alten Hafengelände\nVon Jana Roth\n"
         "05.12.2026\n"
         "Vierzig Freiwillige haben am Samstag Obstbäume auf dem Gelände gepflanzt, wo früher das Kohlelager des "
         "Hafens stand.\n"
         "Die Stadt hat dem Nachbarschaftsverein das Grundstück im Frühjahr überlassen, nach langen Gesprächen mit "
         "den Anwohnern.\n"
         "Der Verein hofft, in drei Jahren die ersten Äpfel ernten zu können, wenn die Winter mild bleiben.\n"
         "Was die Freiwilligen gepflanzt haben\n"
         "48 Apfel- und Birnbäume alter Sorten aus der Region\n"
         "12 Pflaumenbäume entlang des nördlichen Zauns\n"
         "6 Bienenstöcke, geliehen von einem Imker aus dem Dorf\n"
         "2 Bänke aus dem Holz des alten Anlegers\n"
         "Der Verein trifft sich an jedem ersten Samstag im Monat und freut sich über jede helfende Hand.\n"
         "Die erste Ernte wollen die Mitglieder an die Schulkantine und die Tafel nebenan verschenken.\n"
         "Impressum\n",
         "Was die Freiwilligen gepflanzt haben", "48 Apfel- und Birnbäume alter Sorten aus der Region"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.title);
        const Article a = classify(segment(r.page), r.lang);
        const Section* list = section_headed(a, r.title);
        REQUIRE(list != nullptr);
        REQUIRE_FALSE(list->paragraphs.empty());
        CHECK(list->paragraphs.front() == r.item);
        CHECK_FALSE(test::in_boilerplate(a, r.title));
    }
}

TEST_CASE("a line over rows of facts that is no title stays out of the list's head", "[sections][lists][region83]") {
    // A recipe card's buttons in capitals over its rows: no heading. A first item that shares the others' form (each
    // opening with a figure): an item, no heading.
    const char* buttons =
        "Harbour Kitchen\nRecipes\nA pear cake for the first cold evenings\nBy Jane Roe\n"
        "December 5, 2026\n"
        "My grandmother baked this cake every autumn, when the pears from the old tree were ripe.\n"
        "It takes ten minutes to prepare and keeps for three days under a cloth in the kitchen.\n"
        "Print Recipe\n"
        "Course: Dessert\n"
        "Cuisine: French\n"
        "Servings: 6\n"
        "Peel the pears and cut them into thin slices, then beat the eggs with the sugar until pale.\n"
        "Fold in the flour, pour the batter into a buttered tin and lay the slices on top.\n";
    const char* figures = "Harbour Weekly\nLocal\nThe ferry in figures\nBy Jane Roe\nDecember 5, 2026\n"
                          "The new ferry to the islands was presented on Monday, and the company gave its figures.\n"
                          "It is the largest ship the company has ever ordered for the crossing to the islands.\n"
                          "400 passengers on two decks\n"
                          "60 cars and 12 lorries\n"
                          "40 bicycles\n"
                          "2 cafés on board\n"
                          "The first trips will be free for the people of the islands until the end of the month.\n"
                          "The company expects the ship to carry a million passengers in its first year at sea.\n";
    const Article a = classify(segment(buttons), "en");
    CHECK(section_headed(a, "Print Recipe") == nullptr);
    const Article b = classify(segment(figures), "en");
    CHECK(section_headed(b, "400 passengers on two decks") == nullptr);
    CHECK(test::has_paragraph_starting(b, "400 passengers on two decks"));
}
