// A person's name with a news agency in parentheses in the byline's place ("Mario Rossi (ANSA)", "Ana Ruiz (EFE)"
// over the date line) is the byline: the author and the agency's tag, no caption "Mario Rossi" credited "(ANSA)". A
// caption closed by the agency in a parenthesis and a photographer's "Name (AGENCY)" under a caption stay a picture's.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

const std::string it_page = R"(Il Foglio di Valle
Cronaca
Nuovo piano per le piste ciclabili in città
Il Comune stanzia fondi per dieci chilometri di corsie protette entro la fine del prossimo anno.
BYLINE
24 novembre 2026, 16:05
MILANO - Il Comune ha approvato ieri sera il nuovo piano per le piste ciclabili, che prevede dieci chilometri di corsie protette nei quartieri periferici.
I lavori inizieranno in primavera e dovrebbero concludersi entro dodici mesi, secondo il cronoprogramma del Comune.
)";

const std::string es_page = R"(El Diario del Valle
Sociedad
El Ayuntamiento aprueba un plan de carriles bici en los barrios
La ciudad invertirá en diez kilómetros de carriles protegidos antes de que acabe el próximo año.
BYLINE
24/11/2026 16:05
El Ayuntamiento aprobó anoche el nuevo plan de carriles bici, que prevé diez kilómetros de carriles protegidos en los barrios periféricos.
Las obras empezarán en primavera y deberían terminar en doce meses, según el calendario municipal.
)";

} // namespace

TEST_CASE("a name with a news agency in parentheses over the date is the byline", "[media][byline][media33]") {
    struct Row {
        const std::string* page;
        const char* line;
        const char* author;
        const char* agency;
    };
    const Row rows[] = {
        {&it_page, "Mario Rossi (ANSA)", "Mario Rossi", "ansa"},
        {&es_page, "Ana Ruiz (EFE)", "Ana Ruiz", "efe"},
        {&es_page, "Pedro Gil Soto (AFP)", "Pedro Gil Soto", "afp"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const Article a = parse(test::replaced(*r.page, "BYLINE", r.line));
        CHECK(a.authors == std::vector<std::string>{r.author});
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
        CHECK(a.media.empty());
    }
}

TEST_CASE("a bare name before an agency's parenthesis is no caption of a name", "[media][credit][media33]") {
    for (const char* line : {"Mario Rossi (ANSA)", "Ana Ruiz (EFE)", "Anna Muster (dpa)", "Jane Roe (Reuters)"}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)));
    }
    // (A caption's phrase before the agency is still split from it.)
    const auto it = split_trailing_credit(std::string_view("La sede del Comune di Valle durante la seduta (ANSA)"));
    REQUIRE(it);
    CHECK(it->second == "(ANSA)");
    const auto de = split_trailing_credit(std::string_view("Der neue Steg am Hafen (dpa)"));
    REQUIRE(de);
    CHECK(de->first == "Der neue Steg am Hafen");
}

TEST_CASE("a photographer's name with the agency under a caption is its credit", "[media][credit][media33]") {
    const struct {
        const std::string* page;
        const char* byline;
        const char* caption;
        const char* credit;
    } rows[] = {
        {&es_page, "Por Lucía Prado", "Un ciclista circula por el nuevo carril de la avenida del Puerto, en Valencia.",
         "Claudio Álvarez (EFE)"},
        {&it_page, "Di Anna Riva", "Un ciclista sulla nuova corsia protetta di viale Monza, a Milano.", "Luca Bassi (ANSA)"},
    };
    for (const auto& r : rows) {
        INFO(r.credit);
        const std::string page = test::replaced(*r.page, "BYLINE", r.byline);
        const std::string text =
            test::replaced(page, "16:05\n", std::string("16:05\n") + r.caption + "\n" + r.credit + "\n");
        const Article a = parse(text);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
    }
}
