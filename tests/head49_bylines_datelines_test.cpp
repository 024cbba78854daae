// A bare byline name whose surname glues a name's prefix to a capital ("Fiona MacLeod", "Marco DiStefano", "Anne
// LeBlanc"), an outlet's desk whose paper's name is a hyphened compound ("Posted by Millbrook Patch-Post Staff"),
// a wire's dateline with its day closed by the agency's parenthesis alone ("New Delhi, Dec 5 (PTI) The ..."), and a
// name with the ground it writes from over the date line ("Tom Ellery at the Riverside Ground"). Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "byline_desks.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "press_datelines.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a surname glued to a name's prefix is a name's word", "[classify][byline][names][head49]") {
    for (const char* w : {"MacLeod", "McRae", "DiStefano", "LeBlanc", "DeVries", "VanDam", "LaRocca"})
        CHECK(bare_name_word(w));
    // (a capital glued after any other piece joins two words, a firm's or a label's: no name)
    for (const char* w : {"ByJane", "YouTube", "PayPal", "NewsDesk", "EC"})
        CHECK_FALSE(bare_name_word(w));
}

namespace {

struct PageRow {
    const char* lang;
    const char* page;
    std::vector<std::string> authors;
};

// Each page's authors.
template <std::size_t N> void check_authors(const PageRow (&rows)[N]) {
    for (const PageRow& r : rows) {
        INFO(r.lang << " " << r.page);
        const Article a = parse(r.page);
        CHECK(a.authors == r.authors);
    }
}

} // namespace

TEST_CASE("a bare name with a Mac or Di surname over the job title is the byline", "[classify][byline][names][head49]") {
    const PageRow rows[] = {
        {"en",
         "Home\nNews\nHarbour ferry contract awarded to northern shipyard\nFiona MacLeod\n"
         "Scotland business correspondent\n"
         "A contract to build two new ferries for the island routes has been awarded to a shipyard in the north.\n"
         "The deal was announced by the state-owned vessel owner on Friday morning, officials said.\n",
         {"Fiona MacLeod"}},
        {"it",
         "Home\nCronaca\nIl porto rinnova le banchine dopo dieci anni di attesa\nMarco DiStefano\n"
         "5 dicembre 2026\n"
         "Il consiglio comunale ha approvato ieri sera il progetto per il rifacimento delle banchine del porto.\n"
         "I lavori cominceranno in primavera e dureranno circa due anni, secondo il sindaco.\n",
         {"Marco DiStefano"}},
        {"fr",
         "Accueil\nRégion\nLe port rénove ses quais après dix ans d'attente\nAnne LeBlanc\n"
         "5 décembre 2026\n"
         "Le conseil municipal a approuvé hier soir le projet de rénovation des quais du vieux port de la ville.\n"
         "Les travaux commenceront au printemps et dureront environ deux ans, selon le maire.\n",
         {"Anne LeBlanc"}},
    };
    check_authors(rows);
}

// A sports report's byline printed without its label, the author's name and the ground the report was written at,
// over the date line: the name is the author, the ground no part of it.
TEST_CASE("a name and the ground it writes from over the date line is the byline", "[classify][byline][venue][head49]") {
    const PageRow rows[] = {
        {"en",
         "Home\nSport\nHarwick United beat Ashby Rovers to go top of the league\nTom Ellery at the Riverside Ground\n"
         "Saturday 5 December 2026 17:21 GMT\n"
         "Kwame Mensah scored twice as Harwick United beat Ashby Rovers on Saturday to go top of the table.\n"
         "The hosts led at the break through a header from their captain and never looked back.\n",
         {"Tom Ellery"}},
        {"fr",
         "Accueil\nSport\nLe Stade Rennais s'impose face à Nantes et prend la tête du championnat\n"
         "Jeanne Morel au Roazhon Park\n5 décembre 2026 à 22h51\n"
         "Le Stade Rennais a battu Nantes samedi soir et prend seul la tête du championnat après quinze journées.\n"
         "Les Rennais ont ouvert le score peu avant la pause sur un coup franc de leur capitaine.\n",
         {"Jeanne Morel"}},
        {"de",
         "Startseite\nSport\nHafenstadt gewinnt das Derby und übernimmt die Tabellenspitze\n"
         "Anna Muster im Weserstadion\n05.12.2026, 17:21 Uhr\n"
         "Der FC Hafenstadt hat das Derby am Samstag gewonnen und steht nach fünfzehn Spieltagen an der Spitze.\n"
         "Die Gastgeber gingen kurz vor der Pause durch einen Kopfball ihres Kapitäns in Führung.\n",
         {"Anna Muster"}},
        // (a label of a place's kind over the date line names nobody)
        {"en",
         "Home\nNews\nHundreds gather for the vigil at the harbour on Friday night\nCandles at the Town Hall\n"
         "Saturday 5 December 2026 17:21 GMT\n"
         "Hundreds of people gathered at the harbour on Friday night to remember the crew of the lost trawler.\n"
         "The vigil was organised by the families and the local lifeboat station, a spokesman said.\n",
         {}},
    };
    check_authors(rows);
}

TEST_CASE("an outlet's desk named by a hyphened compound is signed as printed", "[classify][byline][desk][head49]") {
    CHECK(desk_signature("Millbrook Patch-Post Staff") == std::optional<std::string>("Millbrook Patch-Post Staff"));
    CHECK(desk_signature("Valley News Staff") == std::optional<std::string>("Valley News Staff"));
    // (a person's name before the staff word, hyphened or not, is no outlet's)
    CHECK_FALSE(desk_signature("Jane Smith-Roe Staff"));
    CHECK_FALSE(desk_signature("Jane Roe Staff"));
    const Article a = parse("Home\nNews\nCouncil approves new budget after long debate\n"
                            "Posted by Millbrook Patch-Post Staff\nDec. 5, 2026\n"
                            "The council approved its budget on Friday after a six-hour meeting in the town hall.\n"
                            "The vote was 7-2 and the budget takes effect in January, the clerk said.\n");
    CHECK(a.authors == std::vector<std::string>{"Millbrook Patch-Post Staff"});
}

TEST_CASE("a wire's dated dateline closed by the agency's parenthesis alone", "[classify][dateline][agency][head49]") {
    struct Row {
        const char* paragraph;
        const char* place; // "" for none
        const char* raw;
    };
    const Row rows[] = {
        {"New Delhi, Dec 5 (PTI) The Centre on Saturday released funds to five states for drought relief.",
         "New Delhi", "New Delhi, Dec 5 (PTI)"},
        {"Kolkata, Dec 5 (IANS) The state government on Saturday announced a new scheme for fishermen.", "Kolkata",
         "Kolkata, Dec 5 (IANS)"},
        {"Puerto Bravío, 5 dic (EFE) El Gobierno aprobó este sábado un plan de ayudas para los agricultores.",
         "Puerto Bravío", "Puerto Bravío, 5 dic (EFE)"},
        // (with its colon or dash, as before)
        {"New Delhi, Dec 5 (PTI): The Centre on Saturday released funds to five states for drought relief.",
         "New Delhi", "New Delhi, Dec 5 (PTI):"},
        // (no day between the place and the tag, or a small letter after it: no dateline)
        {"New Delhi (PTI) The Centre on Saturday released funds to five states for drought relief.", "", ""},
        {"New Delhi, Dec 5 (PTI) and other agencies reported that the Centre released funds.", "", ""},
        {"Jane Roe, 58 (AFP) The photographer was honoured at a ceremony on Saturday evening.", "", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto tag = dateline_tag(r.paragraph);
        if (*r.place == '\0') {
            CHECK_FALSE(tag);
            continue;
        }
        REQUIRE(tag);
        CHECK(tag->place == r.place);
        CHECK(tag->raw == r.raw);
    }
}
