// A standfirst over the author's name alone and the agency's name alone on the next line, then the date line
// ("<chapeau> / Marie-Ève Tremblay / La Presse Canadienne / 3 décembre 2026"): the name and the agency sign the text,
// so the line over them is the lede, and the body's first paragraph keeps its dateline. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <array>
#include <string>

using namespace archive;

TEST_CASE("a standfirst over a name and an agency's line is the lede", "[classify][lede][agency_signature]") {
    // The page in its language, then its lede and the dateline of its first paragraph.
    const std::array<const char*, 4> rows[] = {
        {"fr", R"(Météo

Des pluies verglaçantes attendues sur l'Outaouais jeudi

Les routes pourraient devenir glissantes dès la fin de l'après-midi. Les automobilistes sont invités à la prudence.

Pascale Dufour-Béland

La Presse Canadienne

3 décembre 2026 à 9 h 41

GATINEAU — Environnement Canada a émis un avertissement de pluie verglaçante pour l'Outaouais et les Laurentides, jeudi matin.

Le verglas pourrait atteindre cinq millimètres par endroits avant que la pluie se change en neige dans la soirée.

Les services municipaux ont commencé à épandre des abrasifs sur les principales artères dès l'aube, selon la Ville.
)",
         "Les routes pourraient devenir glissantes dès la fin de l'après-midi. Les automobilistes sont invités à la prudence.",
         "GATINEAU"},
        {"en", R"(Weather

Freezing rain expected across eastern Ontario on Thursday

Roads could turn slick by late afternoon. Drivers are being urged to stay home if they can.

Graham Okonkwo-Reid

The Canadian Press

Dec. 3, 2026 9:41 a.m.

KINGSTON — Environment Canada issued a freezing rain warning for eastern Ontario on Thursday morning.

Up to five millimetres of ice could build up in places before the rain turns to snow in the evening.

City crews began spreading salt on the main roads at dawn, the city said in a statement.
)",
         "Roads could turn slick by late afternoon. Drivers are being urged to stay home if they can.", "KINGSTON"},
    };
    for (const auto& [lang, page, lede, dateline] : rows) {
        INFO(lang);
        const Article a = classify(segment(page), lang);
        CHECK(a.lede.value_or("") == lede);
        CHECK(a.dateline.value_or("") == dateline);
    }
}
