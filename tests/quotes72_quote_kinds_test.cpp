// Sentence starts before a quote (session 40): the reversed guillemets of German books and magazines open a quote
// that stands as a sentence of its own ("gedroht. »Ich werde ...«, sagte X." is direct), and a letter and a digit
// before a full stop name a line, a road or a group, no abbreviation ("der U2.", "the G7.", "l'A1."): the quote after
// it is direct too. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

void check_kinds(const std::vector<std::tuple<const char*, const char*, const char*, QuoteKind>>& rows) {
    for (const auto& [lang, paragraph, text, kind] : rows) {
        INFO(paragraph);
        const auto qs = extract_quotes(body(lang, {"Am Morgen begann die Sitzung.", paragraph}));
        const Quote* q = find_quote(qs, text);
        REQUIRE(q);
        CHECK(q->kind == kind);
    }
}

} // namespace

TEST_CASE("reversed guillemets after a full stop open a quote standing as a sentence", "[quotes][quotes72]") {
    check_kinds({
        {"de", "Der Minister hat gedroht. \u00BBIch unterschreibe das nicht\u00AB, sagte Karl Berger am Dienstag.",
         "Ich unterschreibe das nicht", QuoteKind::direct},
        {"de", "Die Fraktion widersprach. \u203AWir bleiben dabei\u2039, sagte Anna Roth.", "Wir bleiben dabei",
         QuoteKind::direct},
        // (inside the writer's sentence it stays partial; French guillemets open as before)
        {"de", "Der Minister sprach von einem \u00BBschweren Fehler\u00AB der Opposition.", "schweren Fehler",
         QuoteKind::partial},
        {"fr", "Le ministre a parlé. \u00AB C'est fini \u00BB, a dit Paul Roux.", "C'est fini", QuoteKind::direct},
    });
}

TEST_CASE("a letter and a digit before a full stop end the sentence before a quote", "[quotes][quotes72]") {
    check_kinds({
        {"de", "Die Partei verlangte eine Verlängerung der U2. \u201EDie Außenbezirke werden vergessen\u201C, so Klubchef Peter Wagner.",
         "Die Außenbezirke werden vergessen", QuoteKind::direct},
        {"de", "Der Stau reichte bis zur A1. \u201EDas war absehbar\u201C, sagte Polizeisprecher Jan Roth.",
         "Das war absehbar", QuoteKind::direct},
        {"en", "The leaders met at the G7. \u201CWe agreed on the main points,\u201D said Prime Minister Ann Vale.",
         "We agreed on the main points", QuoteKind::direct},
        {"fr", "Le trafic a repris sur l'A1. \u00AB Tout est rentré dans l'ordre \u00BB, a déclaré le porte-parole Paul Roux.",
         "Tout est rentré dans l'ordre", QuoteKind::direct},
    });
}
