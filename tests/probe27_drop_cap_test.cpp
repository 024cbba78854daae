// A magazine's drop cap copied as a line of its own over the rest of its word ("L" / "a route s'arrête ...", "D" / "as
// Publikum ..."): the letter opens the paragraph again (drop_cap_over(), sections_build.cpp), and its line is held by
// that paragraph, no longer the boilerplate's. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

std::string page(const char* head, const char* cap, const char* first, const char* second, bool blank) {
    return std::string(head) + "\n\n" + cap + (blank ? "\n\n" : "\n") + first + "\n\n" + second + "\n";
}

} // namespace

TEST_CASE("a drop cap on a line of its own opens the paragraph under it", "[sections][probe27]") {
    struct Row {
        const char* lang;
        const char* head;
        const char* cap;
        const char* first;
        const char* second;
        const char* joined;
    };
    const Row rows[] = {
        {"fr", "Le dernier berger de la vallée\n\nPar Hélène Darrigade\nPublié le 2 août 2024 à 07h00", "L",
         "a route s'arrête bien avant la cabane. Il faut encore une heure de marche pour atteindre l'estive.",
         "Son fils est parti à Pau travailler dans une banque. Personne ne reprendra le troupeau.",
         "La route s'arrête bien avant la cabane. Il faut encore une heure de marche pour atteindre l'estive."},
        {"de", "Der letzte Hirte im Tal\n\nVon Thomas Brenner\n05.10.2024, 19:30 Uhr", "D",
         "er Weg endet lange vor der Hütte. Man muss noch eine Stunde laufen, um die Alm zu erreichen.",
         "Sein Sohn arbeitet inzwischen bei einer Bank in der Stadt. Niemand wird die Herde übernehmen.",
         "Der Weg endet lange vor der Hütte. Man muss noch eine Stunde laufen, um die Alm zu erreichen."},
        {"en", "The last shepherd of the valley\n\nBy Jane Roe\nAugust 2, 2024", "T",
         "he road ends well before the hut. It takes another hour on foot to reach the summer pasture.",
         "His son now works at a bank in the city. Nobody will take over the flock when he stops.",
         "The road ends well before the hut. It takes another hour on foot to reach the summer pasture."},
    };
    for (const Row& r : rows)
        for (bool blank : {false, true}) {
            INFO(r.lang << (blank ? " set apart" : " glued"));
            const Article a = parse(page(r.head, r.cap, r.first, r.second, blank));
            CHECK(a.language == r.lang);
            REQUIRE_FALSE(a.sections.empty());
            REQUIRE_FALSE(a.sections.front().paragraphs.empty());
            CHECK(a.sections.front().paragraphs.front() == r.joined);
            CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.cap) == a.boilerplate.end());
        }
    // A letter alone over a paragraph opening with a capital is no drop cap: the paragraph stays as printed.
    const Article en = parse(page(rows[2].head, "A", "Another hour on foot takes you to the summer pasture and the hut.",
                                  rows[2].second, false));
    REQUIRE_FALSE(en.sections.empty());
    CHECK(en.sections.front().paragraphs.front() == "Another hour on foot takes you to the summer pasture and the hut.");
}
