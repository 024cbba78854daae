// "MARBELLA (MÁLAGA), 4 (EUROPA PRESS)" alone on its line over the text: Europa Press's dateline as its site prints it,
// with no dash after the agency's tag (the line's end parts it from the text). (The province in parentheses stays with
// the place, as the country does in "Salta (Argentina), 9 feb (EFE).-".) Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "press_datelines.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a dateline alone on its line closing on the agency's tag", "[agencies][dateline][head42]") {
    struct Row {
        const char* line;
        const char* next;
        const char* place;
        const char* agency;
    };
    const Row rows[] = {
        {"RONDA (MÁLAGA), 4 (EUROPA PRESS)",
         "La alcaldesa de Ronda ha asegurado este miércoles que el nuevo plan urbanístico estará listo en primavera.",
         "RONDA (MÁLAGA)", "europa-press"},
        {"RONDA, 4 (EUROPA PRESS)",
         "La alcaldesa de Ronda ha asegurado este miércoles que el nuevo plan urbanístico estará listo en primavera.",
         "RONDA", "europa-press"},
        {"Puerto Bravío (México), 5 dic (EFE)",
         "El gobierno estatal anunció este jueves un plan para reparar los muelles dañados por el huracán.",
         "Puerto Bravío (México)", "efe"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto tag = own_line_dateline(r.line, r.next);
        REQUIRE(tag);
        CHECK(tag->raw == r.line);
        CHECK(tag->place == r.place);
        REQUIRE(tag->agencies.size() == 1);
        CHECK(tag->agencies.front() == r.agency);
    }
    // A line closing on a parenthesis that is no agency's tag is no dateline.
    CHECK_FALSE(own_line_dateline("RONDA (MÁLAGA)", "La alcaldesa de Ronda ha asegurado este miércoles que el plan "
                                                    "estará listo en primavera."));
}

TEST_CASE("a page's dateline alone on its line closing on the agency's tag", "[agencies][dateline][head42]") {
    struct Row {
        const char* page;
        const char* dateline;
        const char* raw;
        const char* agency;
    };
    const Row rows[] = {
        {"Diario del Sur\nAndalucía\nLa alcaldesa de Ronda promete el nuevo plan urbanístico para 2027\n"
         "Publicado: miércoles, 4 diciembre 2026 14:10\nRONDA (MÁLAGA), 4 (EUROPA PRESS)\n"
         "La alcaldesa de Ronda ha asegurado este miércoles que el nuevo plan urbanístico estará aprobado "
         "definitivamente en 2027, tras resolver todas las alegaciones.\n"
         "En declaraciones a los periodistas, la regidora ha explicado que el equipo redactor ha trabajado durante "
         "tres años en el documento.\n"
         "La oposición ha criticado que el plan se haya tramitado sin debate en el pleno municipal.\n",
         "RONDA (MÁLAGA)", "RONDA (MÁLAGA), 4 (EUROPA PRESS)", "europa-press"},
        {"Nordkurier Online\nPolitik\nLandtag beschließt neues Hafengesetz für die Küste\n"
         "Veröffentlicht: Mittwoch, 4. Dezember 2026, 14:10 Uhr\nKIEL, 4. Dezember (dpa)\n"
         "Der Landtag hat am Mittwoch ein neues Hafengesetz beschlossen, das den kleinen Häfen an der Küste mehr Geld "
         "für den Ausbau der Kaimauern bringt.\n"
         "Die Opposition stimmte dagegen und kritisierte, das Gesetz sei zu spät gekommen.\n"
         "Die Reeder begrüßten die Entscheidung als wichtiges Signal für die Region.\n",
         "KIEL", "KIEL, 4. Dezember (dpa)", "dpa"},
    };
    for (const Row& r : rows) {
        INFO(r.raw);
        const Article a = parse(r.page);
        CHECK(a.dateline.value_or("") == r.dateline);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}
