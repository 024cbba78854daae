// The noise of whole pages that the invented samples es-ep-bibliotecas, it-paywall-ponte and pt-lusa-barragem print:
// an agency's name of two words in its tag, the slot of an advertisement between two paragraphs, a caption closed by
// "(foto Name)" and a dateline naming a place of four words. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace archive;

using archive::test::check_found;
using archive::test::check_heading_rows;

TEST_CASE("an agency's name of two words in parentheses tags the text", "[classify][agency][noise]") {
    struct Row {
        const char* line;
        const char* agency;
    };
    const Row rows[] = {
        {"(EUROPA PRESS)", "europa-press"},
        {"(Europa Press)", "europa-press"},
        {"(Agência Brasil)", "agencia-brasil"},
        {"(Agencia Brasil)", "agencia-brasil"},
        {"(Avec Europa Press)", "europa-press"},
    };
    for (const auto& r : rows)
        check_found(r.line, agency_tag(r.line), std::vector<std::string>{r.agency});
    // Two words that name no agency together are no tag.
    CHECK_FALSE(agency_tag("(Buenos Aires)"));
    CHECK_FALSE(agency_tag("(Europa Central)"));
    CHECK_FALSE(agency_tag("(Press Office)"));
}

TEST_CASE("a dateline names an agency of two words", "[classify][dateline][noise]") {
    // The paragraph, then the tag it opens with: {raw, place, agencies}.
    const std::pair<const char*, DatelineTag> rows[] = {
        {"MADRID, 2 Dic. (EUROPA PRESS) - El Gobierno aprobará el martes la nueva ley de bibliotecas.",
         {"MADRID, 2 Dic. (EUROPA PRESS) -", "MADRID", {"europa-press"}}},
        {"SEVILLA, 14 Mar. (EUROPA PRESS) -", {"SEVILLA, 14 Mar. (EUROPA PRESS) -", "SEVILLA", {"europa-press"}}},
        {"Brasília (Agência Brasil) - O governo anunciou hoje um novo plano para as estradas do interior.",
         {"Brasília (Agência Brasil) -", "Brasília", {"agencia-brasil"}}},
        {"BRUXELLES, 3 Déc. (Europa Press) - La Commission a présenté mardi son plan pour les ports.",
         {"BRUXELLES, 3 Déc. (Europa Press) -", "BRUXELLES", {"europa-press"}}},
    };
    for (const auto& [paragraph, want] : rows) {
        const auto d = dateline_tag(paragraph);
        INFO(paragraph);
        REQUIRE(d);
        CHECK((std::tie(d->raw, d->place, d->agencies) == std::tie(want.raw, want.place, want.agencies)));
    }
    CHECK_FALSE(dateline_tag("Los vecinos (Buenos Aires) - dijo ayer el alcalde - no quieren el nuevo puerto."));
}
