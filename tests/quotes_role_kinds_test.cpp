// A generic noun of an office or a kind ([role_kinds]: a magistrate for a judge or a prosecutor, a minister for a
// Swiss "conseiller d'État", a head of government's noun for a governor or a mayor, a parliamentarian for a deputy or
// a senator) names the one person of the page holding a role of its group.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a generic noun of an office names the one holder of a role of its group", "[quotes][role_kinds]") {
    check_quotes({
        {"it", {"«Era tutto organizzato», ha spiegato il procuratore Carla Bonsignore.",
                "La magistrata ha precisato che le verifiche sui conti del consorzio proseguiranno per mesi."},
         "le verifiche sui conti del consorzio proseguiranno per mesi", "Carla Bonsignore"},
        {"fr", {"«Le chantier a pris du retard», a reconnu la conseillère d'État Odile Vuillerat.",
                "La ministre a ajouté que le budget du tram passerait à 365 millions de francs."},
         "le budget du tram passerait à 365 millions de francs", "Odile Vuillerat"},
        {"es", {"El gobernador Anselmo Quiroga firmó el decreto.", "El mandatario agregó que los fondos llegarán pronto."},
         "los fondos llegarán pronto", "Anselmo Quiroga"},
        {"pt", {"\"O corte é injusto\", afirmou o deputado Nestor Cavalcanti.", "\"Vamos recorrer\", declarou o parlamentar."},
         "Vamos recorrer", "Nestor Cavalcanti"},
        {"en", {"\"The law is clear,\" said Judge Wendell Farraday.", "The magistrate added that the hearing would resume."},
         "the hearing would resume", "Wendell Farraday"},
    });
}

// (a guard: the plain rules' answer, which the group leaves as it is)
TEST_CASE("a generic noun of an office names nobody when two people hold roles of its group", "[quotes][role_kinds]") {
    check_quotes({
        {"es", {"El gobernador Anselmo Quiroga firmó el decreto.", "El intendente Rubén Salcedo lo criticó.",
                "El mandatario agregó que los fondos llegarán pronto."},
         "los fondos llegarán pronto", ""},
    });
}

TEST_CASE("the mayor's noun in Portuguese is a role", "[quotes][role_kinds]") {
    check_quotes({
        {"pt", {"\"A cidade vai perder obras\", disse a prefeita Celina Arruda.", "\"Não aceitamos\", disse a prefeita."},
         "Não aceitamos", "Celina Arruda"},
        {"pt", {"\"Faltam médicos\", disse o prefeito Osvaldo Tavares.", "Maria Lins, vereadora, discordou.",
                "\"Vamos contratar\", afirmou o prefeito."},
         "Vamos contratar", "Osvaldo Tavares"},
    });
}

TEST_CASE("a Portuguese role linked to its field describes the name in apposition after it", "[quotes][role_kinds]") {
    check_quotes({
        {"pt", {"O ministro da Saúde, Osvaldo Tavares, visitou o hospital.", "O diretor Paulo Lins mostrou as obras.",
                "\"Faltam médicos\", disse o ministro."},
         "Faltam médicos", "Osvaldo Tavares"},
    });
}
