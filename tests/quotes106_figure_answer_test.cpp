// A possessive and a common noun as the subject of a speech verb, and a bare answer after "that" ("Mis rodillas dicen
// que sí, yo digo que ...", "Mes genoux disent que oui, ..."): a figure of speech,
// no one's reported words; no indirect quote. Near misses: the same subject before a clause of its own ("Mis vecinos
// dicen que el puente ...") and a bare answer after a person's name keep their quote.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

namespace {

std::size_t indirect_count(const char* lang, const std::string& paragraph) {
    std::size_t n = 0;
    for (const auto& q : extract_quotes(page(lang, "", {paragraph})))
        n += q.kind == QuoteKind::indirect ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a possessive noun's bare answer is no indirect quote", "[quotes][quotes106s57]") {
    CHECK(indirect_count("es", "Mis rodillas dicen que sí, yo digo que todavía no puedo dejar la montaña.") == 0);
    CHECK(indirect_count("fr", "Mes genoux disent que oui, moi je dis que je peux encore marcher longtemps.") == 0);
    // (near misses)
    CHECK(indirect_count("es", "Mis vecinos dicen que el puente de Valdeluz se cerrará en marzo por las obras.") == 1);
    CHECK(indirect_count("es", "Alma Quiroga dijo que sí, que la obra de Valdeluz empezará el lunes por la mañana.") == 1);
}
