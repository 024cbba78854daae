// A subject set off with its apposition before a cue that takes an object (quotes80, probe71 Q5): "A empresa X, com
// sede em Y, anuncia a abertura de ..." reports nothing; the words before the comma are no reported words and what
// follows the cue is its object. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

namespace {

// The quotes found in `paragraph` of `lang`.
std::size_t quotes_in(const char* lang, const char* paragraph) {
    return extract_quotes(body(lang, {paragraph})).size();
}

} // namespace

TEST_CASE("a subject and its apposition before a cue and its object report nothing", "[quotes][quotes80]") {
    const char* const rows[][2] = {
        {"pt", "A Brenvale Corretora de Seguros, com sede em Joinville (SC), anuncia a abertura de duas filiais no "
               "Paraná."},
        {"pt", "A empresa, com sede em Joinville, anuncia a abertura de duas filiais no Paraná."},
        {"es", "La aseguradora Marcova, con sede en Zaragoza, anuncia la apertura de dos sucursales en Valencia."},
        {"fr", "La société Marcova, basée à Lyon, annonce l'ouverture de deux agences à Lille."},
    };
    for (const auto& r : rows) {
        INFO(r[1]);
        CHECK(quotes_in(r[0], r[1]) == 0);
    }
}

TEST_CASE("reported words before a cue and its subject are still a report", "[quotes][quotes80]") {
    // (a finite clause before the comma, and a person after the cue: the writer reports them)
    check_cues({
        {"pt",
         {"O porto de Leixões vai reabrir na próxima semana, anunciou a ministra."},
         "O porto de Leixões vai reabrir na próxima semana",
         "anunciou",
         ""},
        {"es",
         {"El puerto de Vigo reabrirá la próxima semana, anunció el alcalde."},
         "El puerto de Vigo reabrirá la próxima semana",
         "anunció",
         ""},
    });
}
