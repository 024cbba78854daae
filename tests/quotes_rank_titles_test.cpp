// "O coordenador estadual da Defesa Civil, coronel Ricardo Amaral, disse que ...": a military or police rank right
// before a name set off by commas is a title opening the name, never the end of the body named before the comma (the
// speaker is the person, not "Defesa Civil"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive::quote_checks;

TEST_CASE("a rank before a name set off by commas is a title, and the name speaks", "[quotes][rank_titles]") {
    check_cues({
        {"pt",
         {"O coordenador estadual da Defesa Civil, coronel Ricardo Amaral, disse que as equipes seguem nas ruas."},
         "as equipes seguem nas ruas",
         "disse",
         "Ricardo Amaral",
         "O coordenador estadual da Defesa Civil, coronel Ricardo Amaral"},
        {"es",
         {"El jefe regional de Protección Civil, coronel Luis Mora, dijo que los equipos seguirán toda la noche."},
         "los equipos seguirán toda la noche",
         "dijo",
         "Luis Mora",
         "El jefe regional de Protección Civil, coronel Luis Mora"},
        {"fr",
         {"Le chef de la Sécurité civile, colonel Marc Roux, a déclaré que les équipes resteront mobilisées."},
         "les équipes resteront mobilisées",
         "a déclaré",
         "Marc Roux",
         "Le chef de la Sécurité civile, colonel Marc Roux"},
        {"it",
         {"Il capo della Protezione civile, colonnello Marco Rossi, ha detto che le squadre resteranno in strada."},
         "le squadre resteranno in strada",
         "ha detto",
         "Marco Rossi",
         "Il capo della Protezione civile, colonnello Marco Rossi"},
        {"en",
         {"The head of the regional Civil Defence, colonel Ann Roe, said that the teams would stay out all night."},
         "the teams would stay out all night",
         "said",
         "Ann Roe",
         "The head of the regional Civil Defence, colonel Ann Roe"},
    });
}

TEST_CASE("a lower-case word that is no title before a name set off by commas opens no name",
          "[quotes][rank_titles]") {
    // ("..., segundo Ricardo Amaral, ...": a preposition, no title; the body before the comma is no speaker either)
    const auto qs = extract_quotes(body(
        "pt", {"O coordenador estadual da Defesa Civil, segundo Ricardo Amaral, disse que as equipes seguem nas ruas."}));
    for (const auto& q : qs)
        CHECK(q.mention.value_or("") != "O coordenador estadual da Defesa Civil, segundo Ricardo Amaral");
}

TEST_CASE("the noun of a description and a rank name the person described again", "[quotes][rank_titles]") {
    const char* intro[] = {
        "O coordenador estadual da Defesa Civil, coronel Ricardo Amaral, disse que as equipes seguem nas ruas.",
        "El coordinador regional de Protección Civil, coronel Luis Mora, dijo que los equipos siguen en la calle.",
        "Il coordinatore regionale della Protezione civile, colonnello Marco Rossi, ha detto che le squadre restano.",
        "Le coordinateur régional de la Sécurité civile, colonel Marc Roux, a dit que les équipes restent mobilisées.",
    };
    check_cues({
        {"pt", {intro[0], "\"Pedimos que as famílias deixem as áreas de risco\", afirmou o coordenador."},
         "Pedimos que as famílias deixem as áreas de risco", "afirmou", "Ricardo Amaral", "o coordenador"},
        {"pt", {intro[0], "\"A situação é grave em toda a região\", disse o coronel."},
         "A situação é grave em toda a região", "disse", "Ricardo Amaral", "o coronel"},
        {"es", {intro[1], "\"Pedimos a las familias que dejen las zonas de riesgo\", afirmó el coordinador."},
         "Pedimos a las familias que dejen las zonas de riesgo", "afirmó", "Luis Mora", "el coordinador"},
        {"it", {intro[2], "«Chiediamo alle famiglie di lasciare le zone a rischio», ha spiegato il colonnello."},
         "Chiediamo alle famiglie di lasciare le zone a rischio", "ha spiegato", "Marco Rossi", "il colonnello"},
        {"fr", {intro[3], "« Nous demandons aux familles de quitter les zones à risque », a précisé le coordinateur."},
         "Nous demandons aux familles de quitter les zones à risque", "a précisé", "Marc Roux", "le coordinateur"},
    });
}
