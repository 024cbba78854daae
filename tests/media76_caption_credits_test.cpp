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

namespace {

bool credited(const Article& a, const std::string& caption, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
        return m.caption.value_or("") == caption && m.credit.value_or("") == credit;
    });
}

bool heading_of(const Article& a, const std::string& text) {
    return std::any_of(a.sections.begin(), a.sections.end(),
                       [&](const Section& s) { return s.heading && *s.heading == text; });
}

} // namespace

TEST_CASE("a press office's credit under a caption over the first paragraph credits its picture",
          "[credits][caption_shapes][media76]") {
    struct Row {
        const char* page;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"Noticias\nInvestigadoras de la universidad patentan un envase que se degrada en el suelo\n"
         "03/12/2026 | 09:30\nPor Prensa Institucional UNV\n"
         "Las investigadoras del laboratorio de polímeros con las primeras muestras del envase.\n"
         "Prensa UNV\n"
         "Un equipo de la Facultad de Química de la Universidad Nacional del Valle desarrolló un envase que se "
         "degrada en el suelo en menos de seis meses y que puede fabricarse con residuos de la industria del maíz.\n"
         "El proyecto llevó tres años de trabajo y ya cuenta con una solicitud de patente presentada en noviembre.\n",
         "Las investigadoras del laboratorio de polímeros con las primeras muestras del envase.", "Prensa UNV"},
        {"Aktualności\nStudenci politechniki zbudowali łazik, który pojedzie na zawody do Stanów\n"
         "3 grudnia 2026\nAutor: Anna Kowalczyk\n"
         "Zespół studentów z łazikiem podczas testów na poligonie pod miastem.\n"
         "Biuro Prasowe PWK\n"
         "Studenci Politechniki Wschodniej zbudowali łazik marsjański, który w przyszłym roku weźmie udział w "
         "międzynarodowych zawodach w Stanach Zjednoczonych.\n"
         "Prace nad konstrukcją trwały dwa lata, a projekt wsparło kilka firm z regionu.\n",
         "Zespół studentów z łazikiem podczas testów na poligonie pod miastem.", "Biuro Prasowe PWK"},
        {"News\nStudents build a solar boat for the national river race\n"
         "By Jane Roe\nDecember 3, 2026\n"
         "The student team with their boat on the campus lake during the first trials.\n"
         "Press Office HTU\n"
         "A team of engineering students at Harbour Technical University has built a solar-powered boat that will "
         "compete in the national river race next summer.\n"
         "The boat took two years to design and was paid for by three local firms.\n",
         "The student team with their boat on the campus lake during the first trials.", "Press Office HTU"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.page);
        const Article a = parse(row.page);
        CHECK(credited(a, row.caption, row.credit));
        CHECK_FALSE(heading_of(a, row.credit));
    }
}

TEST_CASE("a press office's word opening a heading between paragraphs credits no picture",
          "[credits][caption_shapes][media76]") {
    const char* page = "Noticias\nLa universidad abre la inscripción a sus cursos de verano\n"
                       "03/12/2026\nPor Ana Ruiz\n"
                       "La universidad abrió este lunes la inscripción a los cursos de verano, que se dictarán entre "
                       "enero y febrero en las cuatro sedes del campus.\n"
                       "Los cursos son gratuitos para los estudiantes y tienen un costo reducido para graduados.\n"
                       "Prensa Universitaria\n"
                       "La radio de la universidad cumple veinte años y lo celebrará con una programación especial "
                       "durante toda la semana próxima.\n"
                       "Habrá entrevistas a sus fundadores y un concierto en el aula magna el viernes.\n";
    CHECK(parse(page).media.empty());
}
