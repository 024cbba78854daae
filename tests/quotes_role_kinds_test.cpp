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

// (the distractor between: a second person, of the mayor's gender, named after the mayor and before the noun)
TEST_CASE("a mayor named by another noun of the office is the page's one mayor", "[quotes][role_kinds]") {
    check_quotes({
        {"de", {"Der Oberbürgermeister von Lindau, Jens Albrecht, stellte die Pläne vor.",
                "Der Architekt Paul Stein zeigte die Modelle.",
                "„Das Bad wird im Sommer eröffnet“, sagte der Rathauschef am Abend."},
         "Das Bad wird im Sommer eröffnet", "Jens Albrecht"},
        {"de", {"Der Oberbürgermeister von Lindau, Jens Albrecht, stellte die Pläne vor.",
                "Der Architekt Paul Stein zeigte die Modelle.", "„Wir sparen nicht am Becken“, sagte das Stadtoberhaupt."},
         "Wir sparen nicht am Becken", "Jens Albrecht"},
        {"es", {"La alcaldesa de Teruel, Marta Lozano, defendió las cuentas ante el pleno.",
                "La portavoz vecinal, Lucía Gil, pidió más parques.",
                "«Es un presupuesto para los barrios», afirmó la regidora al cierre de la sesión."},
         "Es un presupuesto para los barrios", "Marta Lozano"},
        {"fr", {"Le maire de Vesoul, Alain Brossard, a défendu le budget devant le conseil.",
                "Le chef de l'opposition, Marc Javel, a voté contre.",
                "« Nous tiendrons nos engagements », a assuré l'édile à la sortie de la séance."},
         "Nous tiendrons nos engagements", "Alain Brossard"},
        {"pt", {"O presidente da câmara de Coimbra, Henrique Matos, lamentou a morte da artista.",
                "O neto, Rui Rebelo, lembrou as tardes na oficina.",
                "\"Coimbra perde uma das suas mãos mais sábias\", afirmou o autarca numa nota."},
         "Coimbra perde uma das suas mãos mais sábias", "Henrique Matos"},
        {"pt", {"O prefeito de Olinda, Jorge Mota, inaugurou a escola.", "O diretor Paulo Lins mostrou as salas.",
                "\"É um dia histórico\", disse o edil."},
         "É um dia histórico", "Jorge Mota"},
    });
}

// (a guard: a councillor named "regidor" holds a role of the group too, and the noun names nobody by it)
TEST_CASE("another noun of the mayor's office names nobody when a second person holds one of its roles",
          "[quotes][role_kinds]") {
    check_quotes({
        {"es", {"El alcalde de Puebla, Jorge Ibarra, presentó el plan.", "El regidor Pedro Salas lo votó en contra.",
                "Ana Ruiz, vecina, aplaudió.", "«Habrá más agua», dijo el edil."},
         "Habrá más agua", ""},
    });
}

TEST_CASE("a role linked to its field by a chain of links describes the name in apposition after it",
          "[quotes][role_kinds]") {
    check_quotes({
        {"fr", {"Le président du conseil départemental du Doubs, Paul Roy, a signé la convention.",
                "Le préfet Marc Duval était présent.", "« C'est un grand jour », a dit le président."},
         "C'est un grand jour", "Paul Roy"},
        {"pt", {"O presidente da câmara de Coimbra, Henrique Matos, lamentou a morte da artista.",
                "O neto, Rui Rebelo, lembrou as tardes na oficina.", "\"Coimbra perde muito\", afirmou o presidente."},
         "Coimbra perde muito", "Henrique Matos"},
        // (German links a role to its place by "von", to its field by "für")
        {"de", {"Die Ministerin für Bildung, Anke Roth, besuchte die Schule.", "Die Rektorin Eva Stein zeigte die Räume.",
                "„Wir bauen weiter“, sagte die Ministerin."},
         "Wir bauen weiter", "Anke Roth"},
    });
}

// (a guard: a name after the chain's last link is the body or the person the role is of, and holds no role)
TEST_CASE("a name after a chain of links to a role holds no role", "[quotes][role_kinds]") {
    const auto qs = extract_quotes(page("en", "", {"The chairman of the board of Acme Mills, Tom Ray, signed the deal.",
                                                   "Union leader Ed Vance was present.",
                                                   "\"It is a big day,\" the chairman said."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker.value_or("") != "Acme Mills");
}
