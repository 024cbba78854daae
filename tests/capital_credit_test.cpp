// A caption closed by its credit in capitals after its last full stop, the photographer's name and the paper or
// agency split by a slash ("... on Wednesday. JANE ROE / HARBOUR PRESS"): the caption and its credit are a picture of
// the article, not a paragraph of its body. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

TEST_CASE("a credit in capitals after a caption's last stop is split off", "[credits][capital_credit]") {
    using Split = std::optional<std::pair<std::string, std::string>>;
    const std::pair<const char*, Split> rows[] = {
        {"Des pompiers évacuent les habitants du quai, mercredi 11 mars. CLAIRE MARTIN / LE COURRIER DU LAC",
         Split{{"Des pompiers évacuent les habitants du quai, mercredi 11 mars.", "CLAIRE MARTIN / LE COURRIER DU LAC"}}},
        {"Volunteers fill sandbags on the river bank on Tuesday. TOM HARKER / NORTH SHORE NEWS",
         Split{{"Volunteers fill sandbags on the river bank on Tuesday.", "TOM HARKER / NORTH SHORE NEWS"}}},
        {"Helfer füllen am Dienstag Sandsäcke am Ufer. LENA KURZ / KURIER AM FLUSS",
         Split{{"Helfer füllen am Dienstag Sandsäcke am Ufer.", "LENA KURZ / KURIER AM FLUSS"}}},
        {"Los vecinos achican agua de sus casas el martes. ANA COSTA / HERALDO DEL VALLE",
         Split{{"Los vecinos achican agua de sus casas el martes.", "ANA COSTA / HERALDO DEL VALLE"}}},
        // A score, a pair of names of one word each, words in small letters: no credit.
        {"Le match s'est terminé sur un score nul au stade du port. PSG / OM", std::nullopt},
        {"Das Spiel endete am Abend unentschieden. Mehr dazu / hier", std::nullopt},
    };
    for (const auto& [line, split] : rows) {
        INFO(line);
        CHECK(split_trailing_credit(std::string_view(line)) == split);
    }
}

TEST_CASE("a caption with a credit in capitals leaves the body for the media", "[credits][capital_credit]") {
    const test::PageRow rows[] = {
        {"fr", R"(Crue de la Tarne : les quais de Valmont sous l'eau

La rivière est sortie de son lit dans la nuit de mardi à mercredi, une première depuis vingt ans.

Des pompiers évacuent les habitants du quai, mercredi 11 mars. CLAIRE MARTIN / LE COURRIER DU LAC

La Tarne a atteint 5,80 mètres à Valmont vers 3 heures du matin, selon le service de prévision des crues, qui s'attend à une décrue lente à partir de jeudi.

La préfecture a ordonné l'évacuation des rues les plus basses et ouvert un gymnase pour accueillir les habitants qui n'ont pas pu rejoindre des proches.
)",
         "CLAIRE MARTIN / LE COURRIER DU LAC"},
        {"en", R"(River bursts its banks in Northam

The river rose above its banks overnight for the first time in twenty years.

Volunteers fill sandbags on the river bank on Tuesday. TOM HARKER / NORTH SHORE NEWS

The river reached 5.8 metres at Northam at about 3am, according to the flood forecasting service, which expects the water to fall slowly from Thursday.

The council ordered the lowest streets to be cleared and opened a sports hall for residents who could not stay with relatives.
)",
         "TOM HARKER / NORTH SHORE NEWS"},
    };
    for (const test::PageRow& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::credits_of(a) == std::vector<std::string>{r.line});
        CHECK(test::paragraphs_of(a).size() == 2); // (the caption is no paragraph)
    }
}
