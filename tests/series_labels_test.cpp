// A series' or topic's label printed twice over the article and a third time past its end (over a box of links) is
// no picture's caption printed twice. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool captioned(const Article& a, const std::string& line) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == line; });
}

struct Row {
    const char* lang;
    const char* label;   // printed twice over the article's headline, and once more over the links under it
    const char* page;    // the article: a headline and its paragraphs
    const char* links;   // the links under the label's third print
};

std::string page_of(const Row& r, bool third_print) {
    return std::string("Home\nNews\nSport\n\n") + r.label + "\n" + r.label + "\n\n" + r.page + "\n" +
           (third_print ? std::string(r.label) + "\n" : std::string()) + r.links;
}

} // namespace

TEST_CASE("a label printed twice over the article and again past its end is no caption", "[classify][caption][series]") {
    const Row rows[] = {
        {"es", "Elecciones municipales 2027",
         R"(El escrutinio en Valdora supera el 90% y ningún partido alcanza la mayoría

Con el 92% de los votos contados, el reparto de concejales apenas se mueve: nueve para el partido más votado y siete para el segundo.

La participación ha subido casi cuatro puntos respecto a las anteriores elecciones y se sitúa por encima del sesenta por ciento.

El alcalde saliente ha pedido calma y ha dicho que hablará mañana con todos los grupos del nuevo pleno municipal.
)",
         "Resultados barrio a barrio\nLos concejales, uno a uno\n"},
        {"en", "Council elections 2027",
         R"(Count in Wendle passes 90 per cent with no party near a majority

With 92 per cent of the votes counted, the seats barely move: nine for the largest party and seven for the second.

Turnout rose almost four points on the last election and now stands above sixty per cent across the borough.

The outgoing leader asked for calm and said he would speak to every group of the new council in the morning.
)",
         "Results ward by ward\nThe councillors, one by one\n"},
        {"de", "Gemeinderatswahl Wendel 2027",
         R"(Auszählung in Wendel über 90 Prozent, keine Partei mit eigener Mehrheit

Nach 92 Prozent der ausgezählten Stimmen bewegt sich die Sitzverteilung kaum: neun Sitze für die stärkste Partei, sieben für die zweite.

Die Beteiligung stieg um fast vier Punkte gegenüber der letzten Wahl und liegt nun über sechzig Prozent.

Der scheidende Bürgermeister rief zur Ruhe auf und will am Morgen mit allen Fraktionen des neuen Rats sprechen.
)",
         "Ergebnisse nach Ortsteil\nDie Gemeinderäte im Porträt\n"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.label);
        const Article a = classify(segment(page_of(r, true)), r.lang);
        CHECK_FALSE(captioned(a, r.label));
        // (the line is kept: in the boilerplate)
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.label)) >= 1);
    }
}
