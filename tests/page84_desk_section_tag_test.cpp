// The agency and the desk that took its text, then the desk's section of the site, under the text ("ATS/RSI Sport",
// "SDA/SRF Kultur"): the record's source tag, as "ATS/RSI" alone is. A picture agency's credit after a slash
// ("AFP/Getty Images") and a section word after no agency stay no tag. Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

TEST_CASE("an agency's desk tag followed by the desk's section is the text's tag", "[agency][page84]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"ATS/RSI Sport", Ids{{"ats"}}},    {"ATS/RTS Culture", Ids{{"ats"}}}, {"SDA/SRF Kultur", Ids{{"sda"}}},
        {"AFP/Getty Images", std::nullopt}, {"RSI/RTS Sport", std::nullopt},   {"ATS/RSI Lugano", std::nullopt},
    };
    for (const auto& [line, expected] : rows) {
        INFO(line);
        CHECK(archive::agency_tag(line) == expected);
    }
}

TEST_CASE("a desk and section tag under the last paragraph gives the source tag", "[agency][page84]") {
    const std::pair<const char*, const char*> rows[] = {
        {R"(Calcio
Il Borgoverde cade a Montechiaro e perde la vetta
6 dicembre 2026
Il Borgoverde si ferma a Montechiaro e perde l'occasione di restare da solo in testa alla classifica.
Decisivo un gol nel finale dell'attaccante di casa, arrivato al termine di un'azione confusa in area.
L'allenatore ha chiesto scusa ai tifosi e ha annunciato un ritiro di tre giorni prima della Coppa.
ATS/RSI Sport
Notizie correlate
Chi siamo
)",
         "ATS/RSI Sport"},
        {R"(Culture
Le musée de Villebrune rouvre ses portes après deux ans de travaux
6 décembre 2026
Le musée des beaux-arts de Villebrune a rouvert samedi après deux ans de travaux de rénovation.
Les salles consacrées à la peinture du XIXe siècle ont été entièrement réaménagées et une nouvelle aile accueille les expositions temporaires.
La direction espère attirer cent mille visiteurs au cours de la première année.
ATS/RTS Culture
Articles liés
Qui sommes-nous
)",
         "ATS/RTS Culture"},
        {R"(Kultur
Kunstmuseum Hafenstadt öffnet nach zwei Jahren Umbau wieder
06.12.2026
Das Kunstmuseum Hafenstadt hat am Samstag nach zwei Jahren Umbau wieder geöffnet.
Die Säle für die Malerei des 19. Jahrhunderts wurden vollständig neu gestaltet, ein neuer Flügel nimmt die Wechselausstellungen auf.
Die Direktion hofft im ersten Jahr auf hunderttausend Besucherinnen und Besucher.
SDA/SRF Kultur
Mehr zum Thema
Über uns
)",
         "SDA/SRF Kultur"},
    };
    for (const auto& [page, tag] : rows) {
        INFO(tag);
        const archive::Article a = archive::parse(page, "x");
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->raw == tag);
        CHECK(a.media.empty());
    }
}
