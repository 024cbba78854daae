// A credit's label alone on its line, without its colon ("Ilustración", "Foto", "Photo"), then the name it gives on the
// line under it, then the text's first paragraph: the name credits a picture printed without a caption, the label
// goes to the boilerplate (probe41 M2: both lines were a body's section heading and paragraph, or boilerplate).
// A word that is no credit's label over a name, and a label over a long sentence, are left alone. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

const std::string es_page = R"(EL DIARIO
Opinión
La vivienda no es un activo financiero
Los Gobiernos deben elegir entre proteger a los inquilinos o a los fondos
24 nov 2026 - 05:30 CET
LABEL
NAME
Durante la última década, la vivienda en las grandes ciudades ha pasado de ser un bien de uso a convertirse en un producto de inversión.
Las consecuencias son conocidas: alquileres que absorben la mitad del salario y jóvenes que no pueden emanciparse.
)";

const std::string it_page = R"(IL FOGLIO
Cronaca
Stop ai monopattini a noleggio tra le mura
Di Anna Riva
24 novembre 2026
LABEL
NAME
Da marzo i monopattini a noleggio non potranno più circolare tra le mura, dove ogni settimana si contano decine di mezzi lasciati sui marciapiedi.
Le società di noleggio chiedono una proroga di sei mesi per spostare i parcheggi nelle zone esterne.
)";

const std::string en_page = R"(The Valley Courier
Opinion
Why the ferry timetable has to change
Ferries that leave before the first train arrives help nobody on the island
By Jane Roe
24 November 2026
LABEL
NAME
Every winter the island's ferry company cuts its early sailings, and every winter the commuters who depend on them are left standing on the quay.
A timetable built around the trains would cost the company nothing and save hundreds of people an hour a day.
)";

Article with(const std::string& page, const char* label, const char* name) {
    return parse(test::replaced(test::replaced(page, "LABEL", label), "NAME", name));
}

} // namespace

TEST_CASE("a credit's label alone over a name over the text credits a picture with no caption",
          "[media][credit][media33]") {
    const struct {
        const std::string* page;
        const char* label;
        const char* name;
    } rows[] = {
        {&es_page, "Ilustración", "Sr. García"},
        {&es_page, "Fotografía", "Marta Vidal"},
        {&it_page, "Foto", "Luca Bassi"},
        {&en_page, "Photo", "Harry Stone"},
    };
    for (const auto& r : rows) {
        INFO(r.label << " / " << r.name);
        const Article a = with(*r.page, r.label, r.name);
        REQUIRE(a.media.size() == 1);
        CHECK_FALSE(a.media[0].caption);
        CHECK(a.media[0].credit == std::optional<std::string>(r.name));
        CHECK_FALSE(test::in_text(a, r.name));
        CHECK_FALSE(test::in_text(a, r.label));
    }
}

TEST_CASE("a word that is no credit's label over a name is no picture", "[media][credit][media33]") {
    for (const std::string* page : {&es_page, &it_page}) {
        const Article a = with(*page, page == &es_page ? "Opinión" : "Cronaca", "Marta Vidal");
        CHECK(a.media.empty());
    }
}
