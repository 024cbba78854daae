// Tests of the kinds of lines probe101's unseen pages showed read wrong (invented pages, invented names): an agency's
// tag of Colombia's regional papers, a broadcaster's note on the programme that aired the story, the German labels
// of a picture's rights and the short French "Ph.", a paywall's button offering the rest, an obituary's boxes under
// its text, a disclaimer naming the publisher, a web archive's toolbar copied without its last line.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "page.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool in_body(const Article& a, const std::string& line) {
    for (const Section& s : a.sections) {
        if (s.heading && *s.heading == line)
            return true;
        if (std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end())
            return true;
    }
    return false;
}

bool in_boilerplate(const Article& a, const std::string& line) {
    return std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end();
}

} // namespace

TEST_CASE("Colombia's regional agency is an agency, in its dateline tag too", "[agency][probe101]") {
    CHECK(agency_id("Colprensa") == std::optional<std::string>("colprensa"));
    CHECK(agency_id("COLPRENSA") == std::optional<std::string>("colprensa"));
    // Near misses: the word for the press, a longer word.
    CHECK_FALSE(agency_id("prensa").has_value());
    CHECK_FALSE(agency_id("Colprensas").has_value());

    const Article a = parse("El Diario del Valle\nInicio\nNación\n"
                            "Alcaldía de Tuluá anuncia nuevo acueducto para el barrio La Esperanza\n"
                            "La obra costará 12.000 millones de pesos y estará lista en 2028.\n"
                            "7 de diciembre de 2026 - 10:20 a. m.\n"
                            "Cali, 7 dic (Colprensa).- La Alcaldía de Tuluá anunció este lunes la construcción de un "
                            "nuevo acueducto para el barrio La Esperanza, donde viven unas 4.000 familias.\n"
                            "El secretario de Obras, Andrés Villota, explicó que la obra comenzará en marzo.\n"
                            "Los vecinos llevan más de diez años pidiendo agua potable las veinticuatro horas.\n"
                            "© 2026 El Diario del Valle\n");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->agencies == std::vector<std::string>{"colprensa"});
    CHECK(a.dateline == std::optional<std::string>("Cali"));
}

