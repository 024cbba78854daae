// A byline line that credits the text and the pictures, a mark between them (pt80, probe71 H3): "Texto de Ana Reis •
// Fotografia de Rui Lobo". The text's credit names the author; the picture's role word (lexicon section
// picture_roles, Portuguese now too) closes the authors, and the mark before it goes with it. Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a picture's credit after a mark on the byline line names no author", "[classify][byline][pt80]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        {"Texto de Inês Barroso Leal \u2022 Fotografia de Rui Lobo Pinto", "pt", {"Inês Barroso Leal"}},
        {"Por Inês Barroso Leal \u2022 Fotos de Rui Lobo Pinto", "pt", {"Inês Barroso Leal"}},
        {"Por Inês Barroso Leal, fotografias de Rui Lobo Pinto", "pt", {"Inês Barroso Leal"}},
        {"Texto de Marta Carrasco \u00b7 Fotografía de Óscar Ramírez", "es", {"Marta Carrasco"}},
        {"Di Giulia Ferri \u2013 foto di Paolo Neri", "it", {"Giulia Ferri"}},
        // (Two writers before the picture's credit stay two.)
        {"Texto de Inês Leal e Rui Lobo \u2022 Fotografia de Ana Prado", "pt", {"Inês Leal", "Rui Lobo"}},
    };
    for (const Row& r : rows) {
        CAPTURE(r.line);
        const auto names = byline_authors(r.line, r.lang);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
}

TEST_CASE("the standfirst over a byline line with a picture's credit stays the lede", "[classify][byline][pt80]") {
    struct Case {
        std::string byline;
        std::string author;
        bool spanish;
    };
    const std::vector<Case> cases = {
        {"Texto de Inês Barroso Leal \u2022 Fotografia de Rui Lobo Pinto", "Inês Barroso Leal", false},
        {"Texto de Marta Carrasco \u2022 Fotografía de Óscar Ramírez", "Marta Carrasco", true},
    };
    for (const Case& c : cases) {
        CAPTURE(c.byline);
        const std::string page =
            c.spanish
                ? "Vivienda\nEl Ayuntamiento convertirá tres edificios municipales en 240 pisos de alquiler asequible\n"
                  "Las primeras viviendas estarán listas en 2028. La oposición dice que el plan llega tarde.\n" +
                      c.byline +
                      "\n5 de diciembre de 2026, 14:32\nCompartir\n"
                      "El Ayuntamiento aprobó este jueves la reconversión de tres edificios municipales vacíos en 240 "
                      "viviendas de alquiler asequible.\n"
                      "Los edificios están en tres barrios distintos. Según el consistorio, las primeras viviendas se "
                      "entregarán a principios de 2028.\n"
                : "Habitação\nCâmara vai converter três edifícios municipais em 240 casas de renda acessível\n"
                  "Primeiros fogos devem ficar prontos em 2028. Oposição diz que o plano chega tarde.\n" +
                      c.byline +
                      "\n5 de Dezembro de 2026, 14:32\nPartilhar\n"
                      "A Câmara Municipal aprovou esta quinta-feira a reconversão de três edifícios municipais "
                      "devolutos em 240 habitações de renda acessível.\n"
                      "Os edifícios ficam em três freguesias diferentes. Segundo a autarquia, as primeiras casas "
                      "deverão ser entregues no início de 2028.\n";
        const Article a = parse(page, "page.txt");
        CHECK(a.authors == std::vector<std::string>{c.author});
        REQUIRE(a.lede);
        CHECK(a.lede->find("2028") != std::string::npos);
        // (The byline line is no picture's caption.)
        CHECK(a.media.empty());
    }
}
