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

TEST_CASE("an institution's long name after a slash closing a caption is its credit", "[classify][credit][media76]") {
    check_rows({
        {"Operarios del servicio de aguas durante la reparación en la avenida Mayor. / Ayuntamiento de Villanueva de "
         "la Sierra",
         "Operarios del servicio de aguas durante la reparación en la avenida Mayor.",
         "Ayuntamiento de Villanueva de la Sierra"},
        {"La nueva pasarela peatonal sobre el arroyo, el día de su apertura. / Ayto. de San Martín del Valle",
         "La nueva pasarela peatonal sobre el arroyo, el día de su apertura.", "Ayto. de San Martín del Valle"},
        {"El consejero visita los invernaderos de la cooperativa. | Consejería de Agricultura y Pesca",
         "El consejero visita los invernaderos de la cooperativa.", "Consejería de Agricultura y Pesca"},
        {"Máquinas na limpeza do rio depois das cheias de março. / Câmara Municipal de Vila Nova da Serra",
         "Máquinas na limpeza do rio depois das cheias de março.", "Câmara Municipal de Vila Nova da Serra"},
        {"Nuove panchine nel parco dietro la stazione. / Comune di San Martino della Valle",
         "Nuove panchine nel parco dietro la stazione.", "Comune di San Martino della Valle"},
        {"Nowe ławki w parku przy dworcu kolejowym. / Urząd Miasta i Gminy Nowa Wola",
         "Nowe ławki w parku przy dworcu kolejowym.", "Urząd Miasta i Gminy Nowa Wola"},
        {"Volunteers clearing the creek after the spring floods. / Department of Parks and Recreation",
         "Volunteers clearing the creek after the spring floods.", "Department of Parks and Recreation"},
    });
}

TEST_CASE("words in small letters or a lone word after a slash are no institution's credit",
          "[classify][credit][media76]") {
    for (const char* line : {
             "El pleno aprobó el presupuesto de la ciudad para el año que viene. / Leer más sobre el pleno",
             "El pleno aprobó el presupuesto de la ciudad para el año que viene. | Compartir",
             "The council approved the budget for next year on Monday night. / Read more about the Council",
         }) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)));
    }
}

TEST_CASE("a shortened label stays with the credit whatever name follows it", "[classify][credit][media76]") {
    // "Fot." (Polish "photo") is closed by a stop: a name that reads as a photographer for an outlet ("Fundacja
    // Miasto dla Ludzi": "dla" is "for") or for an agency after a slash follows the label, not the caption's stop.
    check_rows({
        {"Nowe ławki w parku przy dworcu kolejowym. Fot. Fundacja Miasto dla Ludzi",
         "Nowe ławki w parku przy dworcu kolejowym.", "Fot. Fundacja Miasto dla Ludzi"},
        {"Aleja kasztanowców przy ul. Ogrodowej. Fot. Towarzystwo Przyjaciół dla Zieleni",
         "Aleja kasztanowców przy ul. Ogrodowej.", "Fot. Towarzystwo Przyjaciół dla Zieleni"},
        {"Konferencja prasowa w ratuszu po sesji rady. Fot. Jan Roe/Agencja",
         "Konferencja prasowa w ratuszu po sesji rady.", "Fot. Jan Roe/Agencja"},
    });
}
