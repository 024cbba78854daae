// What an according phrase reports opens where its source ends (quotes84, probe73 Q6 (4), (5)): past a closed
// apposition of the name, a role noun first, capitalised in German too ("Laut Jan Roth, Fondsmanager bei einer Bank,
// dürfte ...", "Selon Paul Roux, analyste chez Vallon Invest, la ...", "According to Ann Roe, an analyst at Harbour
// Bank, the ..."; the mention is the name, as quotes_according_apposition_test.cpp has it), and in German at the
// finite verb after a source in the genitive ("Nach Angaben des Auswärtigen Amts sollen ...").
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

struct AccordingRow {
    const char* language;
    const char* line;
    const char* mention;
    const char* text;
};

} // namespace

TEST_CASE("what an according phrase reports opens past the name's apposition or at the verb", "[quotes][quotes84]") {
    const std::vector<AccordingRow> rows = {
        {"de", "Laut Moritz Brändli, Fondsmanager bei einer Zürcher Bank, dürfte der Abbau die Marge belasten.",
         "Moritz Brändli", "dürfte der Abbau die Marge belasten"},
        {"de", "Nach Angaben des Auswärtigen Amts sollen bis zum Frühjahr weitere Gespräche folgen.",
         "des Auswärtigen Amts", "sollen bis zum Frühjahr weitere Gespräche folgen"},
        {"fr", "Selon Marc Dubosson, analyste chez une banque genevoise, la baisse devrait peser sur les marges.",
         "Marc Dubosson", "la baisse devrait peser sur les marges"},
        {"en", "According to Mark Dunmore, an analyst at a Dublin bank, the cuts will weigh on margins.",
         "Mark Dunmore", "the cuts will weigh on margins"},
    };
    for (const AccordingRow& r : rows) {
        INFO(r.language << ": " << r.line);
        const auto qs = extract_quotes(body(r.language, {r.line}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].mention == std::optional<std::string>(r.mention));
        CHECK(qs[0].text == r.text);
    }
}

TEST_CASE("a comma after an according phrase's name with no role after it still opens the reported clause",
          "[quotes][quotes84]") {
    // ("Selon Paul Roux, la mesure, très attendue, ...": no role noun opens the words after the comma)
    const auto qs = extract_quotes(
        body("fr", {"Selon Marc Dubosson, la mesure, très attendue, entrera en vigueur au printemps prochain."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].mention == std::optional<std::string>("Marc Dubosson"));
}
