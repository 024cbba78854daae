// A breadcrumb printed one crumb a line with its separators on lines of their own ("Accueil / › / Monde"), and a
// menu's item printed again under an advertisement's slot ("NEWS / Business / Advertisement / Business"): the line
// right over the headline is the breadcrumb's or the menu's, no kicker. A topic label under the last crumb, or a desk
// printed again in capitals, stays the kicker. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

namespace {

const char* const fr_rest = "Le gouvernement annonce un plan de soutien aux pêcheurs du littoral\n"
                            "Par Claire Dumas\n"
                            "Le gouvernement a présenté mardi un plan de quarante millions d'euros pour les pêcheurs "
                            "du littoral atlantique.\n"
                            "Les aides seront versées dès le mois prochain aux armateurs qui en feront la demande.\n"
                            "Les syndicats ont salué un premier pas, tout en réclamant des mesures sur le gazole.\n";
const char* const en_rest = "Port operator posts record profit as container traffic rebounds\n"
                            "By Ann Porter\n"
                            "The port operator reported a record annual profit on Tuesday, helped by a rebound in "
                            "container traffic.\n"
                            "Revenue rose by a fifth over the year, the company said, as shipping lines returned.\n"
                            "The board proposed a higher dividend and said it would buy two new cranes next spring.\n";
const char* const de_rest = "Der Hafenbetreiber meldet einen Rekordgewinn nach dem Umschlagsplus\n"
                            "Von Katrin Vogel\n"
                            "Der Hafenbetreiber hat am Dienstag einen Rekordgewinn gemeldet, getragen vom wieder "
                            "wachsenden Containerumschlag.\n"
                            "Der Umsatz stieg im Jahr um ein Fünftel, teilte das Unternehmen mit.\n"
                            "Der Vorstand schlägt eine höhere Dividende vor und will im Frühjahr zwei Kräne kaufen.\n";

struct Row {
    std::string text;
    const char* kicker; // "" for none
};

void check_rows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.text);
        const archive::Article a = archive::parse(r.text, "page.txt");
        CHECK(a.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}

} // namespace

TEST_CASE("the last crumb under a separator printed alone on its line is no kicker", "[classify][kicker][head34]") {
    check_rows({
        {std::string("Le Courrier du Port\nAccueil\n›\nPêche\n") + fr_rest, ""},
        // (The crumb printed in the menu above as well.)
        {std::string("Le Courrier du Port\nMonde\nSport\nAccueil\n›\nMonde\n") + fr_rest, ""},
        {std::string("Harbour Herald\nHome\n>\nShipping\n") + en_rest, ""},
        {std::string("Hafenblatt\nStartseite\n»\nWirtschaft\n»\nHäfen\n") + de_rest, ""},
    });
}

TEST_CASE("a topic label under a breadcrumb with separators on lines of their own stays the kicker",
          "[classify][kicker][head34]") {
    check_rows({
        {std::string("Le Courrier du Port\nAccueil\n›\nMonde\nPêche\n") + fr_rest, "Pêche"},
        {std::string("Harbour Herald\nHome\n>\nWorld\nShipping\n") + en_rest, "Shipping"},
    });
}

TEST_CASE("a menu's item printed again under an advertisement's slot is no kicker", "[classify][kicker][head34]") {
    check_rows({
        {std::string("Harbour Herald\nNews\nWorld\nBusiness\nNEWS / Business\nAdvertisement\nBusiness\n") + en_rest, ""},
        {std::string("Hafenblatt\nPolitik\nWirtschaft\nStartseite › Wirtschaft\nAnzeige\nWirtschaft\n") + de_rest, ""},
        // (The menu's item itself over the slot.)
        {std::string("Hafenblatt\nPolitik\nWirtschaft\nAnzeige\nWirtschaft\n") + de_rest, ""},
    });
}

TEST_CASE("a desk printed in capitals under an advertisement's slot stays the kicker", "[classify][kicker][head34]") {
    check_rows({
        {std::string("Harbour Herald\nNews\nWorld\nNEWS / Business\nAdvertisement\nBUSINESS\n") + en_rest, "BUSINESS"},
        {std::string("Hafenblatt\nPolitik\nStartseite › Wirtschaft\nAnzeige\nWIRTSCHAFT\n") + de_rest, "WIRTSCHAFT"},
    });
}

TEST_CASE("the crumb under a crumb that ends with its separator is no kicker, a place name as well",
          "[classify][kicker][head34]") {
    check_rows({
        {std::string("Le Courrier du Port\nAccueil ›\nRégions ›\nSaint-Brévin\n") + fr_rest, ""},
        {std::string("Le Courrier du Port\nAccueil / Régions /\nSaint-Brévin\n") + fr_rest, ""},
        {std::string("Hafenblatt\n\nStartseite »\n\nLokales »\n\nBad Tölz\n\n") + de_rest, ""},
        {std::string("Harbour Herald\nHome >\nLocal >\nPortsmouth\n") + en_rest, ""},
        // (Printed in capitals under the crumb: the article's own label.)
        {std::string("Le Courrier du Port\nAccueil › Idées ›\nTRIBUNE\n") + fr_rest, "TRIBUNE"},
        {std::string("Hafenblatt\nStartseite » Meinung »\nKOMMENTAR\n") + de_rest, "KOMMENTAR"},
    });
}
