// A picture's text printed twice, as its alternative text and as its caption, the second closed by its credit
// ("Tráfico en la Ronda de Dalt, en una imagen de archivo" / "Tráfico en la Ronda de Dalt, en una imagen de archivo
// (Àlex Garcia)"): one picture, the second line its caption and credit, neither a paragraph (media.cpp,
// caption_printed_twice()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a caption printed twice, the second with its credit, is one picture", "[media][caption][boiler27]") {
    struct Row {
        const char* lang;
        const char* head; // headline, standfirst, byline, date, first paragraph
        const char* alt;
        const char* caption_line;
        const char* credit;
        const char* rest;
    };
    const Row rows[] = {
        {"es",
         "Valencia ampliará la zona de bajas emisiones a seis municipios\nLa medida entrará en vigor en 2028 y "
         "afectará a unos 90.000 vehículos\nMarta Ribas\n04/12/2026 06:00\nEl Área Metropolitana de Valencia "
         "ampliará la zona de bajas emisiones a seis nuevos municipios a partir de enero de 2028, según ha "
         "anunciado este jueves su presidente.",
         "Tráfico en la avenida del Cid, en una imagen de archivo",
         "Tráfico en la avenida del Cid, en una imagen de archivo (Rober Solsona)", "(Rober Solsona)",
         "Los ayuntamientos afectados tendrán un año para instalar las cámaras de control de matrículas.\nLos "
         "transportistas han pedido una moratoria de dos años para los vehículos comerciales."},
        {"it",
         "Torino, riapre il ponte sul Po dopo quattro mesi di lavori\nIl cantiere è finito con due settimane di "
         "anticipo\nPaolo Gallo\n04 Dicembre 2026\nIl ponte torna percorribile da domani mattina, due settimane "
         "prima del previsto. Lo ha annunciato il Comune, che ha anticipato la fine dei lavori alle arcate.",
         "Il ponte riaperto visto dalla collina",
         "Il ponte riaperto visto dalla collina Foto: Studio Bosio", "Foto: Studio Bosio",
         "Con la riapertura torneranno in servizio anche i tram della linea 13, sostituiti da bus durante il "
         "cantiere.\nI lavori sono costati 3,8 milioni di euro, finanziati in gran parte con fondi europei."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.alt);
        const Article a = parse(std::string("Inicio\nNoticias\n") + r.head + "\n" + r.alt + "\n" + r.caption_line +
                                "\n" + r.rest + "\nCompartir\n");
        const auto m = std::find_if(a.media.begin(), a.media.end(), [&](const Media& x) { return x.caption == r.alt; });
        REQUIRE(m != a.media.end());
        CHECK(m->credit == std::optional<std::string>(r.credit));
        CHECK(a.media.size() == 1);
        CHECK_FALSE(test::in_text(a, r.alt));
        CHECK_FALSE(test::in_text(a, r.caption_line));
        CHECK(test::has_paragraph_starting(a, std::string(r.rest).substr(0, 20)));
    }
}
