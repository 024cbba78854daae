// Tests of the byline forms read in byline_credits.cpp and beside it: a wire story's credit line under its text
// ("Reporting by Jane Roe; Editing by John Doe"), an Italian byline word in small letters after a date ("Pubblicato
// il 3 marzo 2025 da Mario Rossi") and a word of origin before a byline's agency ("Por Ana Silva, da Lusa").
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "rows.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

using archive::test::check_found;

namespace {

// A byline's or a credit line's text, its page's language and the names read off it.
struct NamesRow {
    const char* line;
    const char* lang;
    std::vector<std::string> names;
};

// Checks that `read` (line, language) finds each row's names.
template <typename Read>
void check_names(const std::vector<NamesRow>& rows, Read read) {
    for (const auto& r : rows)
        check_found(r.line, read(r.line, r.lang), r.names);
}

std::optional<std::vector<std::string>> byline(std::string_view line, std::string_view lang) {
    return byline_authors(line, lang);
}

} // namespace

TEST_CASE("a wire credit line gives its reporters as authors, not its editors", "[classify][byline][credits]") {
    check_names({
        {"Reporting by Jane Roe; Editing by John Doe", "en", {"Jane Roe"}},
        {"Reporting by Tom Vale; Additional reporting by Kim Lee; Editing by Ann Moss", "en", {"Tom Vale", "Kim Lee"}},
        {"Reporte de Ana Ruiz y Luis Gil; Editado en español por Marta Vidal", "es", {"Ana Ruiz", "Luis Gil"}},
        {"Bericht von Anna Muster; Redigiert von Hans Beispiel", "de", {"Anna Muster"}},
        {"Reportage de Jean Dupont; Édité par Paul Martin", "fr", {"Jean Dupont"}},
        {"Reporting by Jane Roe in London and Sam Vale in Leeds; Editing by John Doe", "en", {"Jane Roe", "Sam Vale"}},
        {"Bericht von Anna Muster aus Bern und Lena Brandt; Redigiert von Hans Beispiel", "de",
         {"Anna Muster", "Lena Brandt"}},
    }, wire_credit_authors);
    // An editor alone credits no author; a sentence holding a semicolon is no credit line.
    CHECK_FALSE(wire_credit_authors("Editing by John Doe", "en"));
    CHECK_FALSE(wire_credit_authors("Reporting by Jane Roe was late; the ferry left without her.", "en"));
    CHECK_FALSE(wire_credit_authors("Reporting on the ferry line; Editing the timetable", "en"));
}

TEST_CASE("a page whose text closes with a wire credit line takes its reporters as authors",
          "[classify][byline][credits]") {
    struct Row {
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"Harbour Wire\nFerry line to resume after two years of repairs\n"
         "The ferry line linking the two banks of the river will run again on Monday after long repairs, its "
         "operator said on Thursday.\n"
         "The operator said it had spent more than planned on the new engines and that fares would rise by a tenth "
         "from the summer.\n"
         "Reporting by Jane Roe; Editing by John Doe\n",
         {"Jane Roe"}},
        {"Noticias del Puerto\nEl transbordador vuelve tras dos años de obras\n"
         "La línea de transbordador que une las dos orillas del río volverá a funcionar el lunes tras largas obras, "
         "dijo el jueves su operador.\n"
         "El operador dijo que gastó más de lo previsto en los nuevos motores y que las tarifas subirán una décima "
         "parte a partir del verano.\n"
         "Reporte de Ana Ruiz; Editado en español por Marta Vidal\n",
         {"Ana Ruiz"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(parse(r.page, "page.txt").authors == r.authors);
    }
}

TEST_CASE("an Italian byline word in small letters after a date names the author", "[classify][byline][credits]") {
    check_found("da Mario Rossi", byline_authors("da Mario Rossi", "it"), std::vector<std::string>{"Mario Rossi"});
    // Capitalised, or on a page of another language, "da" opens places and times.
    CHECK_FALSE(byline_authors("Da Torino a Bari", "it"));
    CHECK_FALSE(byline_authors("da Lucia Verdi", "pt"));
    const Article a = parse("Il Faro\nIl traghetto torna dopo due anni di lavori\n"
                            "Pubblicato il 3 marzo 2025 da Mario Rossi\n"
                            "La linea di traghetti che unisce le due sponde del fiume tornerà in servizio lunedì dopo "
                            "lunghi lavori, ha detto giovedì il suo gestore.\n"
                            "Il gestore ha detto di aver speso più del previsto per i nuovi motori e che le tariffe "
                            "saliranno di un decimo dall'estate.\n",
                            "page.txt");
    CHECK(a.authors == std::vector<std::string>{"Mario Rossi"});
    REQUIRE(a.published);
    CHECK(a.published->substr(0, 10) == "2025-03-03");
}

TEST_CASE("a word of origin before a byline's agency after the comma keeps the agency", "[classify][byline][credits]") {
    check_names({
        {"Por Ana Silva, da Lusa", "pt", {"Ana Silva", "Lusa"}},
        {"Por Ana Ruiz, de EFE", "es", {"Ana Ruiz", "EFE"}},
        {"By Jane Roe, of Reuters", "en", {"Jane Roe", "Reuters"}},
        {"Von Jana Roth, für dpa", "de", {"Jana Roth", "dpa"}},
    }, byline);
    // Another word after the comma is the author's job, dropped.
    check_found("Por Ana Silva, da redação", byline_authors("Por Ana Silva, da redação", "pt"),
                std::vector<std::string>{"Ana Silva"});
}
