// What an according phrase reports opens where its source ends (quotes84, probe73 Q6 (4), (5)): past a closed
// apposition of the name, a role noun first, capitalised in German too ("Laut Jan Roth, Fondsmanager bei einer Bank,
// dürfte ...", "Selon Paul Roux, analyste chez Vallon Invest, la ...", "According to Ann Roe, an analyst at Harbour
// Bank, the ..."; the mention is the name, as quotes_according_apposition_test.cpp has it), and in German at the
// finite verb after a source in the genitive ("Nach Angaben des Auswärtigen Amts sollen ...").
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <optional>
#include <string>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("what an according phrase reports opens past the name's apposition or at the verb", "[quotes][quotes84]") {
    check_cues({
        {"de",
         {"Laut Moritz Brändli, Fondsmanager bei einer Zürcher Bank, dürfte der Abbau die Marge belasten."},
         "dürfte der Abbau die Marge belasten",
         "Laut",
         "Moritz Brändli",
         "Moritz Brändli"},
        {"de",
         {"Nach Angaben des Auswärtigen Amts sollen bis zum Frühjahr weitere Gespräche folgen."},
         "sollen bis zum Frühjahr weitere Gespräche folgen",
         "Nach Angaben",
         "Auswärtigen Amts",
         "des Auswärtigen Amts"},
        {"fr",
         {"Selon Marc Dubosson, analyste chez une banque genevoise, la baisse devrait peser sur les marges."},
         "la baisse devrait peser sur les marges",
         "Selon",
         "Marc Dubosson",
         "Marc Dubosson"},
        {"en",
         {"According to Mark Dunmore, an analyst at a Dublin bank, the cuts will weigh on margins."},
         "the cuts will weigh on margins",
         "According to",
         "Mark Dunmore",
         "Mark Dunmore"},
    });
}

TEST_CASE("a comma after an according phrase's name with no role after it still opens the reported clause",
          "[quotes][quotes84]") {
    // ("Selon Paul Roux, la mesure, très attendue, ...": no role noun opens the words after the comma)
    const auto qs = extract_quotes(
        body("fr", {"Selon Marc Dubosson, la mesure, très attendue, entrera en vigueur au printemps prochain."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].mention == std::optional<std::string>("Marc Dubosson"));
}
