// Picture credits of institutional and Latin American pages that stayed in the caption or the body (probe67 M1): a
// lending body's label ("Gentileza: X", "Cortesía de X", "Cortesia: X", "Courtesy: X") and an institution's long name
// after a slash or a bar closing the caption ("... / Ayuntamiento de Villanueva de la Sierra"), a shortened label
// ("Fot.") kept with whatever name follows it, and a press office's credit on the line under a caption over the
// text's first paragraph ("Prensa UNL"), which became a section's heading. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <algorithm>
#include <string>
#include <string_view>

using namespace archive;

namespace {

struct Row {
    const char* line;
    const char* caption;
    const char* credit;
};

void check_rows(std::initializer_list<Row> rows) {
    for (const Row& r : rows) {
        INFO(r.line);
        const auto split = split_trailing_credit(std::string_view(r.line));
        REQUIRE(split);
        CHECK(split->first == r.caption);
        CHECK(split->second == r.credit);
    }
}

} // namespace

TEST_CASE("a lending body's label opens a caption's credit", "[classify][credit][media76]") {
    check_rows({
        {"Vista aérea del humedal tras las lluvias de octubre. Gentileza: Fundación Selva Viva",
         "Vista aérea del humedal tras las lluvias de octubre.", "Gentileza: Fundación Selva Viva"},
        {"El nuevo buque escuela amarrado en el muelle sur. Cortesía de la Armada",
         "El nuevo buque escuela amarrado en el muelle sur.", "Cortesía de la Armada"},
        {"Los alumnos durante la feria de ciencias del colegio. Cortesía: Colegio San Andrés",
         "Los alumnos durante la feria de ciencias del colegio.", "Cortesía: Colegio San Andrés"},
        {"Alunos da escola municipal durante a feira de ciências. Cortesia: Prefeitura de Lagoa Azul",
         "Alunos da escola municipal durante a feira de ciências.", "Cortesia: Prefeitura de Lagoa Azul"},
        {"Volunteers planting oaks along the river path. Courtesy: Harbour Trust",
         "Volunteers planting oaks along the river path.", "Courtesy: Harbour Trust"},
    });
    // The label alone on the line under its caption is a credit line.
    CHECK(is_credit_line("Gentileza: Fundación Selva Viva"));
    CHECK(is_credit_line("Cortesía de la Armada"));
    CHECK(is_credit_line("Cortesia: Prefeitura de Lagoa Azul"));
}

TEST_CASE("courtesy in a sentence of prose is no credit's label", "[classify][credit][media76]") {
    for (const char* line : {
             "El dueño del restaurante nos invitó al postre por cortesía de la casa.",
             "Agradecemos la gentileza de los vecinos que nos prestaron sus fotos antiguas.",
             "A visita ao museu foi uma cortesia da direção para os alunos.",
         }) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)));
        CHECK_FALSE(is_credit_line(line));
    }
    CHECK_FALSE(is_credit_line("cortesía de la casa"));
}
