// Names set off by commas after a description (quotes80, probe71 Q6, probe69 Q6): "Segundo a produtora, a Vale Shows,
// o ..." (a body's name after its article, the according phrase's), "El ponente, el magistrado Julián Ortega Vidal,
// subraya que ..." (a second description and the name before the cue); and the day's number after a weekday between
// a cue and its subject (probe71 Q7: "informou nesta sexta-feira, 5, o Instituto ..."). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a body's name after its article set off after an according phrase is its source", "[quotes][quotes80]") {
    check_cues({
        {"pt",
         {"Segundo a produtora responsável, a Vale Shows, o repertório vai reunir sucessos de três décadas."},
         "o repertório vai reunir sucessos de três décadas",
         "Segundo",
         "Vale Shows"},
        {"es",
         {"Según la organizadora, la Peña Rosales, el festival tendrá tres escenarios este verano."},
         "el festival tendrá tres escenarios este verano",
         "Según",
         "Peña Rosales"},
    });
}

TEST_CASE("the reported clause's subject before its relative clause is no source", "[quotes][quotes80]") {
    const char* const rows[][2] = {
        {"pt", "Segundo o relatório, a Junta de Viseu, que gere o porto, perdeu dois milhões no ano passado."},
    };
    for (const auto& r : rows) {
        INFO(r[1]);
        for (const Quote& q : extract_quotes(body(r[0], {r[1]})))
            CHECK(q.speaker.value_or("").find("Junta") == std::string::npos);
    }
}

TEST_CASE("a description, then an article, a role noun and a name before the cue", "[quotes][quotes80]") {
    check_cues({
        {"es",
         {"El ponente, el magistrado Julián Ortega Vidal, subraya que el acusado conocía el origen de los pagos."},
         "el acusado conocía el origen de los pagos",
         "subraya",
         "Julián Ortega Vidal"},
        {"pt",
         {"O relator, o juiz Rui Lopes Baptista, afirmou que o réu sabia da origem do dinheiro."},
         "o réu sabia da origem do dinheiro",
         "afirmou",
         "Rui Lopes Baptista"},
        {"fr",
         {"Le rapporteur, le député Paul Roux Martin, a affirmé que le texte serait voté avant l'été."},
         "le texte serait voté avant l'été",
         "a affirmé",
         "Paul Roux Martin"},
    });
}

TEST_CASE("the day's number after a weekday between a cue and its subject", "[quotes][quotes80]") {
    check_cues({
        {"pt",
         {"A inflação de novembro ficou abaixo do previsto pelos analistas, informou nesta sexta-feira, 5, o "
          "Instituto Nacional de Estatística."},
         "A inflação de novembro ficou abaixo do previsto pelos analistas",
         "informou",
         "Instituto Nacional de Estatística"},
        {"pt",
         {"«A inflação ficou abaixo do previsto», disse nesta quinta-feira, 4, a ministra Helena Cabral Vaz."},
         "A inflação ficou abaixo do previsto",
         "disse",
         "Helena Cabral Vaz"},
    });
}
