// Tests of a match box's line-up rows opened by the side's goals and a spaced dash ("1 - Valdeluz: Moreno; Gil,
// ..."), as the Spanish and Portuguese press print their "ficha técnica": the rows are the box's, the box the
// article's (facts_row()). Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a line-up row opened by the side's goals and a spaced dash is a row of the match's box",
          "[classify][match][match79]") {
    struct Row {
        const char* lang;
        const char* page;
        std::vector<const char*> rows;
        const char* teaser;
    };
    const std::vector<Row> rows = {
        {"es",
         "Diario del Ebro\nDeportes\n\nEl Valdeluz remonta en el descuento ante el Arenales\n\n"
         "El Valdeluz le dio la vuelta al partido en los últimos minutos con dos goles de cabeza tras sendos "
         "córners.\n\n"
         "El entrenador local reconoció después que su equipo había sufrido mucho durante toda la primera parte.\n\n"
         "Ficha técnica\n"
         "2 - Valdeluz: Moreno; Gil, Soto, Prieto, Lara; Cano (Ruiz, min. 70), Vidal; Mora, Peña.\n"
         "1 - Arenales: Ortega; Benítez, Campos, Rey; Santos, Molina (Sanz, min. 62); Herrero.\n"
         "Goles: 0-1, min. 12: Herrero. 1-1, min. 88: Peña. 2-1, min. 92: Soto.\n"
         "Árbitro: Tomás Iglesias Cuesta. Amonestó a Vidal y Campos.\n\n"
         "Clasificación\nLo más visto\nEl Arenales despide a su entrenador tras la derrota\nContacto\n",
         {"2 - Valdeluz: Moreno; Gil, Soto, Prieto, Lara; Cano (Ruiz, min. 70), Vidal; Mora, Peña.",
          "1 - Arenales: Ortega; Benítez, Campos, Rey; Santos, Molina (Sanz, min. 62); Herrero.",
          "Árbitro: Tomás Iglesias Cuesta. Amonestó a Vidal y Campos."},
         "El Arenales despide a su entrenador tras la derrota"},
        {"pt",
         "Jornal do Vale\nDesporto\n\nO Ribeirense vence o clássico com um golo no fim\n\n"
         "O Ribeirense venceu no sábado o clássico da região com um golo marcado já depois dos noventa minutos.\n\n"
         "O treinador disse no fim que a equipa nunca deixou de acreditar, mesmo depois de sofrer o empate.\n\n"
         "Ficha técnica\n"
         "2 – Ribeirense: Costa; Pires, Neves, Matos; Lopes, Faria (Reis, 75m); Teixeira.\n"
         "1 – Serrano: Moura; Sousa, Pinto, Vaz; Cunha (Melo, 60m), Rocha; Brito.\n"
         "Árbitro: Rui Carvalho (AF Vale).\n\n"
         "Mais lidas\nO Serrano apresenta o novo treinador\nContactos\n",
         {"2 – Ribeirense: Costa; Pires, Neves, Matos; Lopes, Faria (Reis, 75m); Teixeira.",
          "1 – Serrano: Moura; Sousa, Pinto, Vaz; Cunha (Melo, 60m), Rocha; Brito.",
          "Árbitro: Rui Carvalho (AF Vale)."},
         "O Serrano apresenta o novo treinador"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::headings_of(a) == std::vector<std::string>{"Ficha técnica"});
        const auto paragraphs = test::paragraphs_of(a);
        for (const char* line : r.rows) {
            INFO(line);
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end());
        }
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.teaser)) == paragraphs.end());
    }
}

TEST_CASE("a figure and a dash open no line-up row when a small letter follows", "[classify][match][match79]") {
    // "3 - los socios ..." under a label: a list's item in prose, no row of a box; the label takes nothing in.
    const char* page = "Diario del Ebro\nDeportes\n\nEl Valdeluz presenta sus cuentas a los socios\n\n"
                       "El Valdeluz presentó el sábado sus cuentas ante una asamblea de socios más llena que nunca.\n\n"
                       "La directiva defendió la gestión del último año y anunció una subida de las cuotas.\n\n"
                       "Ficha técnica\n1 - los socios votan: sí; no\n2 - la directiva responde: mañana; lunes\n\n"
                       "Contacto\nPublicidad\n";
    const Article a = classify(segment(page), "es");
    const auto paragraphs = test::paragraphs_of(a);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string("1 - los socios votan: sí; no")) ==
          paragraphs.end());
    CHECK(test::headings_of(a).empty());
}
