// German puts the finite verb second: a manner or stress adverb opening the sentence, capitalised there, stands before
// the verb and its subject ("Besonders lobte er ...", "Ausdrücklich warnte sie ..."; [sentence_adverb_words]): no name,
// no speaker; the pronoun after the verb is the subject (quotes83, probe73 Q2c). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a capitalised adverb before a German verb and its pronoun is no speaker", "[quotes][quotes83]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"Besonders lobte er den jungen Torwart: \u00ABMarco hat uns heute den Sieg gerettet.\u00BB", "Jonas Weber"},
        {"Ausdrücklich warnte sie vor neuen Schulden: \u201EDas Geld fehlt uns sonst in zehn Jahren.\u201C",
         "Petra Haller"},
    };
    for (const auto& [p, who] : rows) {
        INFO(p);
        const std::string before = who == "Jonas Weber" ? "Trainer Jonas Weber war nach dem Spiel zufrieden."
                                                        : "Ministerin Petra Haller sprach im Landtag.";
        const auto qs = extract_quotes(body("de", {before, p}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].speaker == std::optional<std::string>(who));
    }
}
