// Pages in the languages the samples came to last (Portuguese, Dutch, Latin-American Spanish): their chrome, their
// agencies' datelines and how their news reports speech, each rule a table of invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("cookie banners in Portuguese, Dutch and Spanish are consent notices", "[languages][consent]") {
    for (const char* line :
         {"Este portal usa cookies para lhe oferecer uma melhor experiência de navegação. Ao continuar, dá o seu "
          "consentimento à sua utilização nos termos da nossa política.",
          "Wij gebruiken cookies om je ervaring op onze site te verbeteren en advertenties te tonen die bij je "
          "passen. Je kunt je voorkeuren op elk moment wijzigen in de instellingen van je browser of via de "
          "knop onderaan elke pagina van de site.",
          "Este diario utiliza cookies suyas y de terceros con el fin de adaptar tu experiencia de lectura a tus "
          "preferencias. Al seguir navegando, entendemos que das tu conformidad."}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // An article's sentence on cookies names them among many other words.
    for (const char* line :
         {"A pastelaria da vila vendeu mais de dois mil cookies de chocolate na feira de domingo, contou a dona.",
          "De bakker in de dorpsstraat verkoopt sinds maart ook cookies met haver, en de rij voor de deur wordt elke "
          "zaterdag langer.",
          "La panadería del barrio vendió cookies de avena durante toda la feria, según contó su dueña."}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}

TEST_CASE("a wire dateline may name the country after the place, and Lusa is an agency", "[languages][dateline]") {
    struct Row {
        const char* paragraph;
        const char* raw;
        const char* place;
        const char* agency;
    };
    const Row rows[] = {
        {"Salta (Argentina), 9 feb (EFE).- El gobierno provincial cerró el paso fronterizo.",
         "Salta (Argentina), 9 feb (EFE).-", "Salta (Argentina)", "efe"},
        {"Évora (Portugal), 4 nov 2024 (Lusa) – A câmara aprovou o orçamento da cidade.",
         "Évora (Portugal), 4 nov 2024 (Lusa) –", "Évora (Portugal)", "lusa"},
        {"Coimbra, 2 fev 2025 (Lusa) - O hospital abriu uma nova ala de pediatria.", "Coimbra, 2 fev 2025 (Lusa) -",
         "Coimbra", "lusa"},
        {"Lyon (France), 3 mars (AFP) - Le tribunal a rendu son jugement.", "Lyon (France), 3 mars (AFP) -",
         "Lyon (France)", "afp"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto d = dateline_tag(r.paragraph);
        REQUIRE(d);
        CHECK(d->raw == r.raw);
        CHECK(d->place == r.place);
        CHECK(d->agencies == std::vector<std::string>{r.agency});
    }
    // The country in parentheses with no agency's after it is no dateline.
    CHECK_FALSE(dateline_tag("Salta (Argentina), la ciudad del norte, cerró el paso fronterizo ayer (martes)."));
    CHECK_FALSE(dateline_tag("O presidente (Lusa) falou ontem."));
}

TEST_CASE("a Dutch page's change of its article is labelled \"aangepast\" or \"gewijzigd\"", "[languages][dates]") {
    for (const char* line : {"Aangepast 4 juni 2025, 13:15", "Gewijzigd op 4 juni 2025 om 13:15"}) {
        INFO(line);
        DateLine d = read_dates(line, "nl");
        CHECK(d.is_date_line);
        CHECK(d.updated.value_or("") == "2025-06-04T13:15");
    }
}
