// A caption closed by the photographer's name alone in capitals (probe50 M1): "Las redes se secan al sol en el
// muelle." / "MARTA SOLER", the page naming her over the text with a credit's label ("Texto: Pablo Díaz Fotos: Marta
// Soler"). The name was boilerplate and the caption a paragraph. It is the caption's credit; a line in capitals that
// no label names ("SAM VALE" with no "Photographs by", "READ MORE") credits nothing. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

const char* const spanish = R"(Fotoensayo
Los pescadores de Bermeo, en imágenes
Durante dos semanas, nuestra fotógrafa acompañó a la tripulación de uno de los últimos barcos de bajura del puerto.
Texto: Pablo Díaz Fotos: Marta Soler
Bermeo, 14 de abril de 2026
Los hombres salen del puerto a las cuatro de la mañana. A las seis ya han echado las redes frente a la costa, con el mar todavía en calma.
Las redes se secan al sol en el muelle. Llevan allí desde el amanecer.
MARTA SOLER
El barco da trabajo a once personas, casi todas de la misma familia. En verano se suman otros dos marineros jóvenes.
Iñaki Bilbao repasa el motor antes de la salida.
MARTA SOLER
El relevo es el mayor problema del puerto, según la cofradía de pescadores, que pide ayudas para los jóvenes que empiezan.
Ya casi nadie quiere aprender el oficio, dicen los más veteranos, que llevan toda la vida en la mar.
)";

const char* const english = R"(Photo essay
The last ferrymen of the estuary, in pictures
For two weeks our photographer followed the crew of one of the last rowing ferries that still cross the estuary.
Words by Tom Ashe, photographs by Sam Vale
14 April 2026
The first crossing leaves at six in the morning. By seven the ferryman has already rowed across the estuary four times, whatever the weather.
Ropes dry on the jetty after the first crossing of the day.
SAM VALE
The ferry carries about forty people a day in winter and three times as many in summer, most of them walkers on the coast path.
Joe Hale checks the oars before the evening tide.
SAM VALE
Finding someone to take over is the biggest worry, the ferrymen say, now that few young people want to learn the trade.
None of them expects the council to keep paying for the crossing for long, they added.
)";

} // namespace

TEST_CASE("a photographer's name in capitals that a credit's label names credits the caption over it",
          "[media][credit][media35]") {
    const struct {
        const char* page;
        const char* first_caption;
        const char* credit;
    } rows[] = {
        {spanish, "Las redes se secan al sol en el muelle. Llevan allí desde el amanecer.", "MARTA SOLER"},
        {english, "Ropes dry on the jetty after the first crossing of the day.", "SAM VALE"},
    };
    for (const auto& r : rows) {
        INFO(r.credit);
        const Article a = parse(r.page);
        REQUIRE(a.media.size() == 2);
        CHECK(a.media[0].caption == std::optional<std::string>(r.first_caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK(a.media[1].credit == std::optional<std::string>(r.credit));
    }
}

TEST_CASE("a line in capitals that no credit's label names credits no caption", "[media][credit][media35]") {
    // The same page without the label naming the photographer.
    std::string page = english;
    const std::string label = "Words by Tom Ashe, photographs by Sam Vale";
    page.replace(page.find(label), label.size(), "By Tom Ashe");
    const Article a = parse(page);
    CHECK(a.media.empty());
}
