// A wire's notice under its text that bans the redistribution of its contents ("© AGENCIA 2026. Está expresamente
// prohibida la redistribución ... de los contenidos ...", "© AGENZIA 2026. È vietata la redistribuzione ... dei
// contenuti ...") is a licence notice (lexicon sections license_phrases and license_subjects): it leaves the text,
// and the closing agency tag and the desk's initials over it are read as they are without it. Long enough to be rated
// text, it kept both in the body. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

namespace {

const std::string wire_es =
    "Agencia Puerto\n"
    "Economía\n"
    "Sociedad\n"
    "El precio del alquiler sube un 9 % en las capitales de provincia\n"
    "Madrid, 4 nov (AP).- El precio medio del alquiler subió un 9 % en las capitales de provincia durante el último año, según el informe trimestral que publicó este martes un portal inmobiliario.\n"
    "Las mayores subidas se registraron en las ciudades de la costa, donde los pisos turísticos reducen la oferta de vivienda para los residentes durante todo el año.\n"
    "El informe señala que la oferta de pisos en alquiler cayó por tercer año consecutivo en la mayor parte de las capitales analizadas.\n"
    "Las asociaciones de inquilinos han convocado una concentración para el próximo sábado frente al ministerio.\n"
    "(AP)\n"
    "rtm/lgs\n"
    "© AGENCIA PUERTO 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Agencia Puerto, sin previo y expreso consentimiento.\n"
    "Etiquetas\n"
    "Vivienda\n"
    "Aviso legal\n";

const std::string wire_it =
    "Agenzia Porto\n"
    "Economia\n"
    "Cronaca\n"
    "Affitti, prezzi in crescita del 9 per cento nei capoluoghi\n"
    "ROMA, 4 NOV (AP) - Il prezzo medio degli affitti è salito del 9 per cento nei capoluoghi di provincia nell'ultimo anno, secondo il rapporto trimestrale pubblicato oggi da un portale immobiliare.\n"
    "Gli aumenti più forti si sono registrati nelle città della costa, dove gli affitti brevi riducono l'offerta di case per i residenti durante tutto l'anno.\n"
    "Il rapporto segnala che l'offerta di appartamenti in affitto è calata per il terzo anno di fila nella maggior parte dei capoluoghi.\n"
    "Le associazioni degli inquilini hanno convocato un presidio per sabato prossimo davanti al ministero.\n"
    "(AP)\n"
    "rtm/lgs\n"
    "© AGENZIA PORTO 2026. È vietata la redistribuzione e la ripubblicazione di tutto o parte dei contenuti dei servizi di Agenzia Porto senza previo ed espresso consenso.\n"
    "Tag\n"
    "Casa\n"
    "Note legali\n";

} // namespace

TEST_CASE("a wire's notice banning redistribution leaves the text with the tag and initials over it",
          "[region][region54]") {
    struct Row {
        const std::string* page;
        const char* last;
        const char* notice;
    };
    const Row rows[] = {
        {&wire_es, "Las asociaciones de inquilinos", "© AGENCIA PUERTO 2026."},
        {&wire_it, "Le associazioni degli inquilini", "© AGENZIA PORTO 2026."},
    };
    for (const auto& r : rows) {
        const Article a = parse(*r.page);
        INFO(r.notice);
        CHECK(test::has_paragraph_starting(a, r.last));
        CHECK_FALSE(test::has_paragraph_starting(a, r.notice));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), "rtm/lgs"));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), "(AP)"));
    }
}

TEST_CASE("a sentence of the text about a ban is no licence notice", "[region][region54]") {
    // (The phrase with no contents of a site: the court's ban on the redistribution of a film is the article's.)
    const std::string page = test::replaced(
        wire_es, "Las asociaciones de inquilinos han convocado una concentración para el próximo sábado frente al ministerio.\n",
        "El juez recordó que está prohibida la redistribución del vídeo de la vista, que grabó un periodista en la sala.\n");
    const Article a = parse(page);
    CHECK(test::has_paragraph_starting(a, "El juez recordó que está prohibida la redistribución"));
}
