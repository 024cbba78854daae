// quotes110: Dutch cue verbs of writing, putting forward, explaining and pointing out ("schrijft", "stelde", "legt
// ... uit", "wees erop"), Dutch role nouns (a Flemish "schepen", a team's roles) and mention stops ("ter zitting",
// "vanochtend", "toen"), and a mention opened by an indefinite article ("een woordvoerder", "a spokesman", "ein
// Kollege"), which names nobody (probe59 Q1, Q3, Q4; probe63 Q4). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("Dutch verbs of writing, putting forward and explaining cue a quote", "[quotes][quotes110]") {
    check_cues({
        {"nl",
         {"Pieter Jansen werkt al twintig jaar als econoom bij de bank.",
          "„De huren moeten omlaag, anders vertrekken de jonge gezinnen”, schrijft Jansen."},
         "De huren moeten omlaag, anders vertrekken de jonge gezinnen",
         "schrijft",
         "Pieter Jansen"},
        {"nl",
         {"„Wie geld leent aan een oliebedrijf, betaalt de boringen. Zo eenvoudig is het”, stelt Maria Breedveld."},
         "Wie geld leent aan een oliebedrijf, betaalt de boringen. Zo eenvoudig is het",
         "stelt",
         "Maria Breedveld"},
        {"nl",
         {"„Drie miljoen is veel geld voor een zwembad”, stelde fractievoorzitter Henk Schaap tijdens het debat."},
         "Drie miljoen is veel geld voor een zwembad",
         "stelde",
         "Henk Schaap",
         "fractievoorzitter Henk Schaap"},
        {"nl",
         {"„De meeste vlekken zijn onschuldig, maar we volgen ze wel”, legt arts Eva Bosman uit."},
         "De meeste vlekken zijn onschuldig, maar we volgen ze wel",
         "legt uit",
         "Eva Bosman"},
        {"nl",
         {"„Het spoor is oud en moet worden vervangen”, legde Karel de Wit uit."},
         "Het spoor is oud en moet worden vervangen",
         "legde uit",
         "Karel de Wit"},
    });
}

TEST_CASE("a Dutch pointing out opens an indirect quote", "[quotes][quotes110]") {
    const OneQuoteRow rows[] = {
        {"nl", "Wethouder Sanne Vos wees erop dat een groot deel van de kosten uit een subsidie komt.",
         "een groot deel van de kosten uit een subsidie komt", "Sanne Vos"},
        {"nl", "Directeur Joost Mulder wijst erop dat de fabriek honderden banen oplevert.",
         "de fabriek honderden banen oplevert", "Joost Mulder"},
    };
    check_indirect(rows);
}

TEST_CASE("a Dutch verb of putting forward without quote marks or a that-clause is no quote", "[quotes][quotes110]") {
    for (const char* p : {"De regering stelt een commissie in die de brand onderzoekt.",
                          "Burgemeester Anna Smit stelde een vraag aan de minister.",
                          "De schrijver Tom Lanting schreef drie boeken over de zee."}) {
        INFO(p);
        CHECK(extract_quotes(body("nl", {p})).empty());
    }
}
