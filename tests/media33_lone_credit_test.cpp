// Credits that are one only under a caption (probe41 M2): a news agency's name alone in parentheses ("(Ansa)",
// "(Efe)"), the outlet's name in capitals ("EL MUNDO", "LA STAMPA", printed as the masthead too), an archive's word
// alone ("Archivo", "Archivio"), on the line between a caption under the byline's date and the text's first
// paragraph. The caption went to the body (or the boilerplate) and the credit to a section heading. After the text's
// last paragraph "(Ansa)" is still the text's source tag. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "credits_parts.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

const std::string it_page = R"(IL FOGLIO
Cronaca
Nuovo piano per le piste ciclabili in città
Di Anna Riva
24 novembre 2026, 16:05
Un ciclista sulla nuova corsia protetta di viale Monza, a Milano.
CREDIT
Il Comune ha approvato ieri sera il nuovo piano per le piste ciclabili, che prevede dieci chilometri di corsie protette nei quartieri periferici.
I lavori inizieranno in primavera e dovrebbero concludersi entro dodici mesi, secondo il cronoprogramma del Comune.
)";

const std::string es_page = R"(EL DIARIO
Sociedad
El Ayuntamiento aprueba un plan de carriles bici en los barrios
Por Lucía Prado
24/11/2026 16:05
Un ciclista en el nuevo carril de la avenida del Puerto, en una imagen de archivo.
CREDIT
El Ayuntamiento aprobó anoche el nuevo plan de carriles bici, que prevé diez kilómetros de carriles protegidos en los barrios periféricos.
Las obras empezarán en primavera y deberían terminar en doce meses, según el calendario municipal.
)";

} // namespace

TEST_CASE("a lone agency, outlet or archive credit under a caption under the byline is the picture's",
          "[media][credit][media33]") {
    const struct {
        const std::string* page;
        const char* credit;
    } rows[] = {
        {&it_page, "(Ansa)"},     {&es_page, "(Efe)"},    {&it_page, "(Reuters)"}, {&es_page, "EL DIARIO"},
        {&it_page, "IL FOGLIO"},  {&es_page, "Archivo"},   {&it_page, "Archivio"},
    };
    for (const auto& r : rows) {
        INFO(r.credit);
        const Article a = parse(test::replaced(*r.page, "CREDIT", r.credit));
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        REQUIRE(a.media[0].caption);
        CHECK(a.media[0].caption->starts_with("Un ciclista"));
        CHECK_FALSE(test::in_text(a, r.credit));
    }
}

TEST_CASE("a heading in capitals printed once under a caption-like sentence is no credit", "[media][credit][media33]") {
    for (const std::string* page : {&es_page, &it_page}) {
        const std::string text = test::replaced(*page, "CREDIT", page == &es_page ? "EL CONTEXTO" : "IL CONTESTO");
        const Article a = parse(text);
        CHECK(a.media.empty());
    }
}

TEST_CASE("a lone agency in parentheses after the last paragraph is still the text's tag", "[media][credit][media33]") {
    const std::string page = test::replaced(test::replaced(it_page, "Un ciclista sulla nuova corsia protetta di viale Monza, a Milano.\nCREDIT\n", ""),
                                            "del Comune.\n", "del Comune.\n(Ansa)\nLeggi anche\n");
    const Article a = parse(page);
    CHECK(a.media.empty());
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "(Ansa)");
}

TEST_CASE("the shapes of a credit that needs its caption", "[media][credit][media33]") {
    for (const char* line : {"(Ansa)", "(EFE)", "EL MUNDO", "LA STAMPA", "EL DIARIO DEL VALLE", "Archivo", "Archivio"}) {
        INFO(line);
        CHECK(lone_credit_line(line));
    }
    // (A name, a heading in mixed case, a long line in capitals, a parenthesis of two words, a figure are none.)
    for (const char* line : {"(Ana Ruiz)", "(foto)", "Mario Rossi", "Las obras", "LA CRISIS DE LA VIVIENDA EN MADRID",
                             "EL 2026", "ONU", "(Sin Firma)", "Archivado En"}) {
        INFO(line);
        CHECK_FALSE(lone_credit_line(line));
    }
}
