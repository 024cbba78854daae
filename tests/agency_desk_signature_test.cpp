// A newsroom's signature naming the agencies its text was written from ("Redacción / EFE", "Rédaction avec AFP",
// "Redaktion/dpa", "red, noe.ORF.at/APA") tags the text with those agencies (probe6 kind 3b, 3d); the desk alone or
// with a section tags nothing. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a desk's word joined to agencies is the agencies' tag", "[agencies][probe6]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"Redacción / EFE", Ids{{"efe"}}},                   // es
        {"Redacción y Agencias / EFE", Ids{{"efe"}}},        // es
        {"Rédaction avec AFP", Ids{{"afp"}}},                // fr
        {"Rédaction / AFP / Reuters", Ids{{"afp", "reuters"}}}, // fr
        {"Redaktion/dpa", Ids{{"dpa"}}},                     // de
        {"Redazione | ANSA", Ids{{"ansa"}}},                 // it
        {"Redacción", std::nullopt},                         // the desk alone names no agency
        {"Rédaction / Agences", std::nullopt},               // agencies unnamed
        {"Redacción / Deportes", std::nullopt},              // the desk's section
        {"Redaktion Hafenblatt / Lokales", std::nullopt},    // the paper's desk
        {"Redacción: la EFE informó del incendio", std::nullopt}, // a sentence
        {"red, noe.ORF.at/APA", Ids{{"apa"}}},                    // de-AT: the desk's initials and the host
        {"red, tirol.ORF.at/APA/dpa", Ids{{"apa", "dpa"}}},       // de-AT
        {"red, wien.ORF.at/Agenturen", std::nullopt},             // agencies unnamed
        {"red, Hafenblatt/APA", std::nullopt},                    // no host: a name
        {"sieben, acht/AP", std::nullopt},                        // no desk's initials: a word
    };
    for (const auto& [line, ids] : rows) {
        INFO(line);
        CHECK(agency_tag(line) == ids);
    }
}

TEST_CASE("a desk's signature with its agency under the headline tags the page", "[agencies][probe6]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* agency;
    };
    const Row rows[] = {
        {"es",
         "Sucesos\nUn incendio en una nave industrial obliga a confinar a 3.000 vecinos\nRedacción / EFE\n"
         "03 dic 2026 - 12:15\n"
         "Los bomberos dieron por controlado a media mañana el incendio que arrasó una nave de 2.000 metros "
         "cuadrados en el polígono norte de la localidad.\n"
         "La columna de humo era visible desde varios kilómetros, lo que llevó al Ayuntamiento a activar el plan "
         "de emergencia municipal.\n",
         "efe"},
        {"fr",
         "Faits divers\nUn incendie dans un entrepôt oblige 3000 habitants à rester chez eux\nRédaction avec AFP\n"
         "03.12.2026 à 12h15\n"
         "Les pompiers ont maîtrisé en fin de matinée l'incendie qui a ravagé un entrepôt de 2000 mètres carrés dans "
         "la zone industrielle nord de la commune.\n"
         "La colonne de fumée était visible à plusieurs kilomètres, ce qui a conduit la mairie à déclencher son plan "
         "d'urgence.\n",
         "afp"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
        CHECK(a.authors.empty());
    }
}

TEST_CASE("an Austrian regional page's signature under the text tags it with its agency", "[agencies][probe6]") {
    const std::string page =
        "Wien\nNiederösterreich\nChronik\nFloridsdorf: Neue Brücke über die Alte Donau gesperrt\n"
        "Die erst im Sommer eröffnete Fußgängerbrücke beim Strandbad ist seit Mittwoch gesperrt. Bei einer "
        "Routinekontrolle wurden Risse in zwei Trägern entdeckt.\n"
        "Die Sperre gilt bis auf Weiteres, teilte die zuständige Magistratsabteilung am Mittwochnachmittag mit. "
        "Passanten müssen einen Umweg von rund 800 Metern nehmen.\n"
        "Ein Gutachten soll bis Mitte Jänner klären, ob ein Materialfehler vorliegt, hieß es aus dem Rathaus.\n"
        "red, wien.ORF.at/APA\n"
        "Publiziert am 03.12.2026\n";
    const Article a = parse(page);
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "red, wien.ORF.at/APA");
    CHECK(a.source_tag->agencies == std::vector<std::string>{"apa"});
}
