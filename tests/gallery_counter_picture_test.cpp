// A gallery's picture under the text (boiler23, boiler22 kind 8): its counter in words over its caption and credit
// glued on one line ("Image 2 of 7" / "The ferry leaving the north pier. Photo: Sam Hollis") is a picture of `media`,
// caption and credit split, the counter boilerplate. The base left both lines in the boilerplate. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {

// A page's language, headline and paragraphs (a blank line between), then its gallery's picture: the counter, the
// caption and the credit printed after it on the caption's line.
struct Row {
    const char *lang, *headline, *body;
    const char *counter, *caption, *credit;
};

std::string page_of(const Row& r, const std::string& picture_line) {
    return std::string(r.headline) + "\n\n" + r.body + "\n\n" + r.counter + "\n" + picture_line + "\n\n12\n";
}

const Row rows[] = {
    {"en", "Last ferry of the night cut from the winter timetable",
     "The operator will stop the late sailing across the bay from January, leaving evening workers without a direct "
     "way home.\n\nPassengers who relied on the last boat will have to take the coast bus, a journey of about "
     "forty minutes around the water.",
     "Image 3 of 9", "The ferry leaving the west jetty at dusk.", "Photo: Rowan Petty"},
    {"es", "El mercado de abastos reabre tras dos años de obras",
     "Los comerciantes volvieron el lunes a sus puestos después de una reforma que ha cambiado la cubierta y las "
     "cámaras frigoríficas del edificio.\n\nEl ayuntamiento prevé abrir un espacio de degustación en la planta alta "
     "a partir de la primavera, según explicó la concejala.",
     "Foto 4 de 11", "Los puestos de fruta, el primer día de apertura.", "Foto: Nuria Cabello"},
    {"nl", "Fietstunnel onder het spoor een half jaar later klaar",
     "De nieuwe fietstunnel onder het spoor gaat pas na de zomer open, een half jaar later dan de gemeente had "
     "beloofd aan de bewoners.\n\nOmwonenden klagen al maanden over geluidsoverlast van de bouw, vooral in de "
     "nachten dat er geen treinen rijden.",
     "Foto 2 van 8", "De tunnel in aanbouw, gezien vanaf de zuidkant.", "Foto: Joost van Rijn"},
    {"pl", "Nowy most na rzece gotowy przed terminem",
     "Wykonawca zakończył prace przy nowym moście dwa miesiące przed terminem, a pierwsze samochody przejadą nim "
     "jeszcze w tym tygodniu.\n\nMieszkańcy okolicznych ulic obawiają się jednak większego ruchu i domagają się "
     "ekranów akustycznych od miasta.",
     "Zdjęcie 3 z 7", "Most o zmierzchu.", "Fot. Witold Sarnecki"},
    {"pt", "Nova ponte sobre o rio abre ao trânsito em janeiro",
     "A nova ponte sobre o rio abre ao trânsito no início de janeiro, depois de um ano e meio de obras e de um "
     "atraso de dois meses.\n\nAs obras sofreram um atraso por causa das cheias do inverno passado, explicou a "
     "vereadora responsável pelo projeto.",
     "Imagem 5 de 12", "A ponte vista da margem norte.", "Foto: Duarte Fontes"},
};

} // namespace

TEST_CASE("a gallery's counter over its picture's caption and credit on one line gives the picture",
          "[media][boiler23]") {
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.counter);
        const std::string line = std::string(r.caption) + " " + r.credit;
        const Article a = parse(page_of(r, line));
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == r.caption);
        REQUIRE(a.media[0].credit);
        CHECK(*a.media[0].credit == r.credit);
        CHECK(test::contains(a.boilerplate, r.counter));
        CHECK_FALSE(test::contains(a.boilerplate, line));
    }
}

TEST_CASE("a gallery's counter over a line closed by no credit gives no picture", "[media][boiler23]") {
    // "Image 3 of 9" / "Next picture": no caption closed by a picture's credit.
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.counter);
        const Article a = parse(page_of(r, r.caption));
        CHECK(a.media.empty());
    }
}
