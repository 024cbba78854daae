// boiler25: the lines under an article's text that are none of it on page kinds the probes had not covered: a
// paywall's prompt in Polish and Dutch, the box presenting a company under its press release in Portuguese, Dutch,
// Italian and Polish. Invented lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {
// The block of a line alone, as segment() makes it.
Block line_block(const std::string& line) {
    auto blocks = segment(line + "\n");
    REQUIRE(blocks.size() == 1);
    return blocks.front();
}
} // namespace

TEST_CASE("a paywall's label counting the share of the article left, no reader addressed, is a cut",
          "[boiler25][paywall]") {
    const std::vector<std::pair<const char*, bool>> rows = { // a line, whether it is a cut
        {"Pozostało 72% artykułu", true},
        {"Restam 65% do artigo", true},
        {"Zostało 40% tekstu", true},
        // A sentence (a stop), or a share of something else than the article: no paywall's.
        {"Pozostało 40% artykułów.", false},
        {"Pozostało 30% budżetu", false},
        {"Restam 20% das obras", false},
        {"Remaining 40% of the articles were sold to collectors.", false},
        // The paywall's phrase naming the subscribers, Dutch and Polish.
        {"Dit artikel is alleen voor abonnees", true},
        {"Ten artykuł jest dostępny tylko dla prenumeratorów", true},
    };
    for (const auto& [line, cut] : rows) {
        INFO(line);
        CHECK(paywall_cut(line_block(line)) == cut);
    }
}

TEST_CASE("a paywall's prompt in Polish or Dutch closes the text and leaves the body", "[boiler25][paywall]") {
    const std::vector<test::BoxRow> rows = {
        {"pl", R"(Ratusz podnosi opłaty za parkowanie w centrum

Rada miasta przyjęła w czwartek uchwałę zmieniającą zasady parkowania w centrum, głosami radnych koalicji.

Najwięcej zapłacą kierowcy w ścisłym centrum: pierwsza godzina będzie kosztować osiem złotych, a druga prawie dziesięć.

– Chcemy, żeby ludzie przesiadali się do tramwajów i autobusów – mówił na sesji wiceprezydent miasta.

Pozostało 68% artykułu
Ten artykuł jest dostępny tylko dla prenumeratorów
Wykup dostęp, aby czytać dalej
Masz już konto? Zaloguj się
)",
         {"Pozostało 68% artykułu", "Ten artykuł jest dostępny tylko dla prenumeratorów",
          "Wykup dostęp, aby czytać dalej"},
         {"Najwięcej zapłacą kierowcy w ścisłym centrum: pierwsza godzina będzie kosztować osiem złotych, a druga "
          "prawie dziesięć.",
          "– Chcemy, żeby ludzie przesiadali się do tramwajów i autobusów – mówił na sesji wiceprezydent miasta."}},
        {"nl", R"(Parkeren in de binnenstad wordt duurder

De gemeenteraad heeft donderdag ingestemd met hogere parkeertarieven in de binnenstad en de wijken eromheen.

Het eerste uur parkeren kost straks vier euro, het tweede uur bijna vijf euro, zo staat in het besluit van de raad.

"We willen dat mensen vaker de bus of de fiets nemen", zei wethouder Mobiliteit tijdens het debat.

Dit artikel is alleen voor abonnees
Word abonnee en lees onbeperkt verder
Al abonnee? Log in
)",
         {"Dit artikel is alleen voor abonnees"},
         {"Het eerste uur parkeren kost straks vier euro, het tweede uur bijna vijf euro, zo staat in het besluit "
          "van de raad.",
          "\"We willen dat mensen vaker de bus of de fiets nemen\", zei wethouder Mobiliteit tijdens het debat."}},
    };
    test::check_boxes(rows);
}
