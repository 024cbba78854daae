// "Autor: Anna Nowak (PAP)", "By Jane Roe (AFP)": an agency alone in the parenthesis closing a byline is the text's
// source, read as the tag, and no part of the author's last name. Invented lines.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an agency in the parenthesis closing a byline is cut off the name", "[bylines][parenthesised_agency]") {
    const struct {
        const char* lang;
        const char* line;
        std::vector<std::string> names;
    } rows[] = {
        {"pl", "Autor: Katarzyna Wierzbicka-Lis (PAP)", {"Katarzyna Wierzbicka-Lis", "PAP"}},
        {"en", "By Jane Roe (AFP)", {"Jane Roe", "AFP"}},
        {"fr", "Par Jeanne Morel (AFP)", {"Jeanne Morel", "AFP"}},
        {"es", "Por Ana Ruiz (EFE)", {"Ana Ruiz", "EFE"}},
        // A parenthesis that names no agency is left to the other readings: "(Harbour)" stays out of the tag.
        {"en", "By Jane Roe (Harbour)", {"Jane Roe"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(byline_authors(r.line, r.lang).value_or(std::vector<std::string>{}) == r.names);
    }
}

TEST_CASE("a byline closed by an agency in a parenthesis gives the author and the tag",
          "[bylines][parenthesised_agency]") {
    const char* page = R"(Kraj

Szpital powiatowy w Zalesiu zamknie oddział dziecięcy

Autor: Anna Nowak (PAP)

Dyrekcja szpitala powiatowego w Zalesiu poinformowała we wtorek, że oddział dziecięcy zostanie zamknięty od lutego.

Według dyrekcji szpitalowi brakuje pediatrów, a ogłoszenia o pracę od roku pozostają bez odpowiedzi.

Rodzice z okolicznych gmin będą musieli jeździć do szpitala wojewódzkiego oddalonego o sześćdziesiąt kilometrów.
)";
    const Article a = classify(segment(page), "pl");
    CHECK(a.authors == std::vector<std::string>{"Anna Nowak"});
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->agencies == std::vector<std::string>{"pap"});
}
