// "Diario del Sur / Política / Economía / Suscribite / <headline>": the account or subscription button that closes a
// menu right over the headline, in the forms Latin American, Brazilian and Italian sites print ("Suscribite",
// "Ingresar", "Cadastre-se", "Registrati"; lexicon section account_buttons), is no kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

const char* const es_headline = "El gobernador promete obras para el puerto: \"Empezamos en marzo\"";
const char* const es_text =
    "El mandatario provincial anunció el plan tras reunirse con los intendentes de la costa.\n"
    "Por Laura Giménez\n"
    "El gobernador presentó el martes un plan de obras para ampliar el puerto de la ciudad y reparar los muelles "
    "dañados por el temporal del invierno pasado.\n"
    "Los intendentes de la costa celebraron el anuncio, aunque pidieron conocer los plazos de cada obra.\n";

} // namespace

TEST_CASE("an account button right over the headline is no kicker", "[classify][kicker][account_buttons][head42]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* button;
        const char* headline;
        const char* text;
    };
    const Row rows[] = {
        {"es", "Diario del Sur\nPolítica\nEconomía\n", "Suscribite",
         es_headline, es_text},
        {"es", "Diario del Sur\nPolítica\nEconomía\n", "Ingresar",
         es_headline, es_text},
        {"pt", "Jornal do Porto\nPolítica\nEconomia\n", "Cadastre-se",
         "Governador promete obras no porto: \"Começamos em março\"",
         "O governador anunciou o plano depois de se reunir com os prefeitos do litoral.\n"
         "Por Laura Gimenes\n"
         "O governador apresentou na terça-feira um plano de obras para ampliar o porto da cidade e reparar os "
         "cais danificados pela tempestade do inverno passado.\n"
         "Os prefeitos do litoral elogiaram o anúncio, mas pediram para conhecer os prazos de cada obra.\n"},
        {"it", "Gazzetta del Porto\nPolitica\nEconomia\n", "Registrati",
         "Il governatore promette lavori al porto: \"Cominciamo a marzo\"",
         "Il presidente della regione ha annunciato il piano dopo aver incontrato i sindaci della costa.\n"
         "Di Laura Gimelli\n"
         "Il governatore ha presentato martedì un piano di lavori per ampliare il porto della città e riparare le "
         "banchine danneggiate dalla tempesta dello scorso inverno.\n"
         "I sindaci della costa hanno accolto bene l'annuncio, ma hanno chiesto di conoscere i tempi di ogni "
         "lavoro.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.button);
        const std::string page = std::string(r.menu) + r.button + "\n" + r.headline + "\n" + r.text;
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") != r.button);
    }
}
