// A credit under the standfirst, over the byline's head (probe41 M4): "<title>" / "<standfirst, no stop>" / "Foto:
// Ayuntamiento" / "Redacción" / "<date>". The standfirst is no caption of the credit: the credit's picture has none,
// and the standfirst stays the lede. A caption closed by a stop over a credit over the byline keeps its credit.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

const std::string es_page = R"(El Diario del Valle
Portada
Local
El Ayuntamiento limitará los grupos de turistas en el parque del castillo
Las visitas guiadas no podrán superar las quince personas a partir de marzo
CREDIT
Redacción
Valencia
24/11/2026 16:05
El Ayuntamiento aprobará la próxima semana una modificación de la ordenanza que limita a quince personas los grupos que visitan el parque del castillo.
El concejal de Turismo explicó en rueda de prensa que el objetivo es mejorar la convivencia con los vecinos del barrio.
)";

const std::string it_page = R"(Il Foglio di Valle
Home
Cronaca
Il Comune limita i gruppi di turisti nel parco del castello
Le visite guidate non potranno superare le quindici persone da marzo
CREDIT
Di Anna Riva
24 novembre 2026
Il Comune approverà la prossima settimana una modifica del regolamento che limita a quindici persone i gruppi che visitano il parco del castello.
L'assessore al Turismo ha spiegato in conferenza stampa che l'obiettivo è migliorare la convivenza con i residenti del quartiere.
)";

} // namespace

TEST_CASE("a credit under the standfirst over the byline leaves the standfirst the lede", "[media][credit][media33]") {
    const struct {
        const std::string* page;
        const char* credit;
        const char* lede;
    } rows[] = {
        {&es_page, "Foto: Ayuntamiento de Valencia",
         "Las visitas guiadas no podrán superar las quince personas a partir de marzo"},
        {&it_page, "Foto: Comune di Valle", "Le visite guidate non potranno superare le quindici persone da marzo"},
    };
    for (const auto& r : rows) {
        INFO(r.credit);
        const Article a = parse(test::replaced(*r.page, "CREDIT", r.credit));
        REQUIRE(a.media.size() == 1);
        CHECK_FALSE(a.media[0].caption);
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK(a.lede == std::optional<std::string>(r.lede));
    }
}

TEST_CASE("a caption closed by a stop over a credit over the byline keeps its credit", "[media][credit][media33]") {
    const std::string page = test::replaced(es_page, "CREDIT",
                                            "Turistas en la entrada del parque, en una imagen de archivo.\nFoto: Ayuntamiento");
    const Article a = parse(page);
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::optional<std::string>("Turistas en la entrada del parque, en una imagen de archivo."));
}
