// Cues that need their helper verb (quotes78, session 49): the conditional of unconfirmed speech ("avrebbe detto",
// "habría dicho"), participles that are cues only after an auxiliary ("ha escrito", "ha calificado de", "ha
// pubblicato sui social"), and a habit verb before a speech verb's infinitive ("solía repetir", "amava ripetere").
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("the conditional of unconfirmed speech joins its participle", "[quotes][quotes78]") {
    check_cues({
        {"it",
         {"\u00ABLa trattativa non \u00E8 chiusa\u00BB, avrebbe detto il governatore Marco Ferri."},
         "La trattativa non \u00E8 chiusa",
         "avrebbe detto",
         "Marco Ferri",
         "il governatore Marco Ferri"},
        {"it",
         {"\u00ABNon firmeremo nulla\u00BB, avrebbero spiegato i sindacati."},
         "Non firmeremo nulla",
         "avrebbero spiegato",
         "",
         nullptr},
        {"es",
         {"\u00ABLa negociaci\u00F3n no est\u00E1 cerrada\u00BB, habr\u00EDa dicho el gobernador Marcos Ferrer."},
         "La negociaci\u00F3n no est\u00E1 cerrada",
         "habr\u00EDa dicho",
         "Marcos Ferrer",
         "el gobernador Marcos Ferrer"},
    });
}

TEST_CASE("a participle that is a noun alone is a cue after its auxiliary", "[quotes][quotes78]") {
    check_cues({
        {"es",
         {"\u00ABPerdemos a un creador irrepetible\u00BB, ha escrito la alcaldesa Nerea Goikoetxea."},
         "Perdemos a un creador irrepetible",
         "ha escrito",
         "Nerea Goikoetxea",
         "la alcaldesa Nerea Goikoetxea"},
        {"es",
         {"\u00ABEs una verg\u00FCenza\u00BB, ha publicado en X la portavoz de Vecinos Unidos, Luc\u00EDa Soler."},
         "Es una verg\u00FCenza",
         "ha publicado",
         "Luc\u00EDa Soler",
         nullptr},
        {"it",
         {"\u00ABUna giornata da dimenticare\u00BB, ha pubblicato sui social il sindaco Paolo Gatti."},
         "Una giornata da dimenticare",
         "ha pubblicato",
         "Paolo Gatti",
         nullptr},
    });
    // ("un escrito", "lo publicado": without the auxiliary the participle is a noun, and reports nothing)
    const auto qs = extract_quotes(
        body("es", {"El juez recibi\u00F3 un escrito de la defensa. Lo publicado en la web no era cierto."}));
    CHECK(qs.empty());
}

TEST_CASE("the one who judged a plan with a quoted word after an auxiliary", "[quotes][quotes78]") {
    check_cues({
        {"es",
         {"La concejala Marta Ib\u00E1\u00F1ez ha calificado de \u00ABimprovisado\u00BB el plan de obras."},
         "improvisado",
         "ha calificado",
         "Marta Ib\u00E1\u00F1ez",
         "La concejala Marta Ib\u00E1\u00F1ez"},
    });
}

TEST_CASE("a habit verb before the infinitive of a speech verb is the cue", "[quotes][quotes78]") {
    check_cues({
        {"es",
         {"\u00ABYo no pinto el r\u00EDo, pinto la luz\u00BB, sol\u00EDa repetir el pintor Ander Zubiri."},
         "Yo no pinto el r\u00EDo, pinto la luz",
         "sol\u00EDa repetir",
         "Ander Zubiri",
         "el pintor Ander Zubiri"},
        {"es",
         {"\u00ABSin suelo no hay casas\u00BB, suele decir el ministro Tom\u00E1s Ortega."},
         "Sin suelo no hay casas",
         "suele decir",
         "Tom\u00E1s Ortega",
         "el ministro Tom\u00E1s Ortega"},
        {"it",
         {"\u00ABIo non dipingo il fiume, dipingo la luce\u00BB, amava ripetere il pittore Guido Sala."},
         "Io non dipingo il fiume, dipingo la luce",
         "amava ripetere",
         "Guido Sala",
         "il pittore Guido Sala"},
    });
}
