// Lines a probe of invented pages found misread: a desk's byline taken for a picture's credit, a gallery's label
// split as a credit, a match's score line and a live blog's entry titles taken for the headline. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "credit_rows.hpp"
#include "headline.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"

#include <string>

using namespace archive;

namespace {

Block one_block(const std::string& line) {
    std::vector<Block> blocks = segment(line);
    REQUIRE(blocks.size() == 1);
    return blocks.front();
}

} // namespace

TEST_CASE("a desk's word before an agency signs the text and credits no picture", "[credit][desk]") {
    for (const char* line : {"Redazione ANSA", "Redacción / EFE", "Redacción EFE", "Rédaction AFP", "Redaktion dpa",
                             "Redação Lusa", "Newsroom Reuters", "Redactie ANP", "Redakcja PAP"}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(line));
        CHECK_FALSE(is_credit_line(one_block(line)));
    }
    // The agency's and the photographer's credits stay credits.
    for (const char* line : {"ANSA/Ciro Fusco", "EFE/Lucía Gómez", "Getty Images", "KEYSTONE/Peter Muster"}) {
        CAPTURE(line);
        CHECK(is_credit_line(line));
    }
}

TEST_CASE("a credit prefix after one opening word is a gallery's label, not a caption's credit", "[credit][gallery]") {
    for (const char* line : {"In pictures: Storm Edwina batters the west coast",
                             "In photos: Storm Edwina batters the west coast"}) {
        CAPTURE(line);
        CHECK_FALSE(split_trailing_credit(line));
    }
    // A caption before the prefix keeps its credit, one word long too.
    const auto split = split_trailing_credit("Sunset. Photo: Jane Roe");
    REQUIRE(split);
    CHECK(split->first == "Sunset.");
    CHECK(split->second == "Photo: Jane Roe");
    const auto pictured = split_trailing_credit("Flood Pictures: Jane Roe");
    REQUIRE(pictured);
    CHECK(pictured->second == "Pictures: Jane Roe");
}

TEST_CASE("a match's score line with its scorers is no headline", "[headline][score]") {
    for (const char* line : {"Harbourside 2 (Okafor 71, 79) Millford 1 (Lindqvist 34)",
                             "Rotweiß Nordheim 3 (Berger 12., 45.+2, Kraus 80.) Nordstadt 1 (Yilmaz 60.)",
                             "Real Valdora 1 (Gómez 88) Atlético Lorval 0",
                             "Brighton & Hove Albion 2 (Roe 10, 55) Millford 2 (Doe 30, 90+3)"}) {
        CAPTURE(line);
        CHECK(score_line(line));
    }
    for (const char* line : {"Harbourside 2-1 Millford: Okafor double lifts Gulls into play-off places",
                             "Harbourside 2 Millford 1", "Budget 2025 (draft) adopted by 12 votes",
                             "Nordheim wins 3 (of 4) games in 10 days", "Top 10 (2024) films of the year"}) {
        CAPTURE(line);
        CHECK_FALSE(score_line(line));
    }
}

TEST_CASE("a live blog's stamp printed with a dot and its zone, or as a glued age", "[region][live][stamp]") {
    for (const char* line : {"11.48 GMT", "08.30 BST", "14.05 MEZ", "2h ago", "45m ago", "il y a 3 h", "vor 5 Min",
                             "hace 2 h"}) {
        CAPTURE(line);
        CHECK(entry_stamp(one_block(line)));
    }
    for (const char* line : {"11.48", "4.50 EUR", "24.61 GMT", "2h", "Top 5 ago", "2h ago today now"}) {
        CAPTURE(line);
        CHECK_FALSE(entry_stamp(one_block(line)));
    }
}

TEST_CASE("a live blog's entry title under its stamp is not the page's headline", "[headline][live]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* headline;
    };
    const Row rows[] = {
        {"en", R"(Skip to main content
News
Live
Ferry strike live: crossings cancelled for a third day as talks go on
No boats will sail before Friday, the operator says, and the unions meet the harbour board at noon.
Jane Roe and John Doe
Wed 3 Dec 2026 07.02 GMT
Key events
1h ago
Harbour board: talks "constructive"
2h ago
Crews walk out at dawn
4h ago
Morning summary
11.48 GMT
Harbour board: talks "constructive"
The harbour board said the talks with the crews' union had been constructive and would go on after lunch at the board's offices.
"We are close on pay, less so on hours," the board's chair told reporters outside the building this morning.
Share
10.15 GMT
Crews walk out at dawn
The first crossing of the day did not leave, and the crews stood on the quay with their banners while the passengers went home.
Share
08.30 GMT
Morning summary
Good morning. No ferries will cross the bay today, the operator has said, and the buses round the bay are full.
Share
)",
         "Ferry strike live: crossings cancelled for a third day as talks go on"},
        {"de", R"(Zum Inhalt springen
Nachrichten
Live
Fährstreik im Liveticker: Dritter Tag ohne Überfahrten, Gespräche gehen weiter
Vor Freitag fährt kein Boot, sagt die Betreiberin, und die Gewerkschaft trifft am Mittag die Hafenbehörde.
Anna Muster und Max Beispiel
Mittwoch, 3. Dezember 2026
Wichtigste Ereignisse
vor 1 Std
Hafenbehörde: Gespräche "konstruktiv"
vor 2 Std
Besatzungen legen Arbeit nieder
vor 4 Std
Der Morgen im Überblick
11.48 MEZ
Hafenbehörde: Gespräche "konstruktiv"
Die Hafenbehörde nannte die Gespräche mit der Gewerkschaft der Besatzungen konstruktiv, sie sollen nach dem Mittag weitergehen.
"Beim Lohn sind wir nah beieinander, bei den Arbeitszeiten weniger", sagte die Vorsitzende vor dem Gebäude.
Teilen
10.15 MEZ
Besatzungen legen Arbeit nieder
Die erste Fähre des Tages legte nicht ab, die Besatzungen standen mit ihren Transparenten am Kai, die Fahrgäste gingen heim.
Teilen
08.30 MEZ
Der Morgen im Überblick
Guten Morgen. Heute fährt keine Fähre über die Bucht, teilte die Betreiberin mit, und die Busse um die Bucht sind voll.
Teilen
)",
         "Fährstreik im Liveticker: Dritter Tag ohne Überfahrten, Gespräche gehen weiter"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = parse(r.page, "page.txt");
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
    }
}

TEST_CASE("a match report's score line under its title is not the headline", "[headline][score]") {
    const char* page = R"(Skip to content
Football
Championship
Harbourside 2-1 Millford: late double lifts the Gulls into the play-off places
Substitute strikes twice in eight minutes after Millford led at the break
By Jane Roe at the Quayside Stadium
Wed 3 Dec 2026 22.04 GMT
Harbourside 2 (Doe 71, 79) Millford 1 (Roe 34)
John Doe came off the bench to score twice in eight minutes and send Harbourside into the play-off places on Wednesday night.
Millford had led through a header from a corner, and for an hour the home side rarely threatened their goal.
"At half-time I told them we were playing not to lose," said the Harbourside manager. "John changed the game."
)";
    const Article a = parse(page, "page.txt");
    REQUIRE(a.headline);
    CHECK(*a.headline == "Harbourside 2-1 Millford: late double lifts the Gulls into the play-off places");
}

TEST_CASE("a photographer's name and the outlet the picture was taken for close a caption", "[credit][caption]") {
    test::check_splits({
        {"A nurse prepares a dose of the vaccine at a county clinic on Nov. 20. Maddie McGarvey for The Daily Record",
         "A nurse prepares a dose of the vaccine at a county clinic on Nov. 20.", "Maddie McGarvey for The Daily Record"},
        {"Le quai du port au lever du jour, le 20 novembre. Jeanne Morel pour Le Quotidien",
         "Le quai du port au lever du jour, le 20 novembre.", "Jeanne Morel pour Le Quotidien"},
    });
    // A sentence naming whom someone works for is no credit.
    for (const char* line : {"The ferry left at dawn. Jane Roe works for The Daily Record",
                             "The ferry left at dawn. She wrote for The Daily Record"}) {
        CAPTURE(line);
        CHECK_FALSE(split_trailing_credit(line));
    }
}

TEST_CASE("a caption closed by a photographer for an outlet is a picture's caption on the page", "[credit][caption]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* credit;
    };
    const Row rows[] = {
        {"en", R"(Skip to content
Health
Ferry crews to get free flu shots this winter, the harbour board says
By Jane Roe
Dec. 3, 2026
A nurse gives a crew member a flu shot at the harbour clinic on Nov. 20. Maddie McGarvey for The Daily Record
The harbour board said on Tuesday that every ferry crew member would be offered a free flu shot before the end of the month.
The shots will be given at the harbour clinic on weekdays, and the crews may go during their shifts, the board said.
)",
         "Maddie McGarvey for The Daily Record"},
        {"fr", R"(Aller au contenu
Santé
Les équipages des ferries vaccinés contre la grippe cet hiver, annonce le port
Par Jeanne Morel
3 décembre 2026
Une infirmière vaccine un marin au dispensaire du port, le 20 novembre. Luc Ferrand pour Le Quotidien
Le port a annoncé mardi que chaque membre d'équipage des ferries se verrait proposer un vaccin gratuit avant la fin du mois.
Les vaccins seront faits au dispensaire du port en semaine, et les équipages pourront s'y rendre pendant leur service.
)",
         "Luc Ferrand pour Le Quotidien"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = parse(r.page, "page.txt");
        REQUIRE(a.media.size() == 1);
        REQUIRE(a.media.front().credit);
        CHECK(*a.media.front().credit == r.credit);
    }
}

TEST_CASE("a rights notice after a mark closes a caption as its credit", "[credit][caption][rights]") {
    test::check_splits({
        {"Un uliveto colpito dalla siccità nelle campagne di Lecce - RIPRODUZIONE RISERVATA",
         "Un uliveto colpito dalla siccità nelle campagne di Lecce", "RIPRODUZIONE RISERVATA"},
        {"Le quai du port au lever du jour | Tous droits réservés", "Le quai du port au lever du jour",
         "Tous droits réservés"},
        {"The old pier after the storm – All rights reserved", "The old pier after the storm", "All rights reserved"},
    });
    // Without the mark, or after a caption of fewer than three words, the notice credits nothing.
    for (const char* line : {"Un uliveto nelle campagne di Lecce RIPRODUZIONE RISERVATA", "Lecce - RIPRODUZIONE RISERVATA",
                             "© 2026 Harbour Media - All rights reserved",
                             "Copyright 2026 Harbour Media Group - Alle Rechte vorbehalten"}) {
        CAPTURE(line);
        CHECK_FALSE(split_trailing_credit(line));
    }
}

TEST_CASE("a caption closed by a rights notice is a picture's caption on the page", "[credit][caption][rights]") {
    const char* page = R"(Vai al contenuto
Cronaca
Il porto di Valle riapre il molo vecchio dopo due anni di lavori
Il Comune ha speso quattro milioni per il restauro della banchina
Il molo vecchio di Valle al tramonto - RIPRODUZIONE RISERVATA
Il molo vecchio del porto di Valle riapre oggi dopo due anni di lavori di restauro, ha annunciato il sindaco in una nota.
I pescatori potranno tornare ad attraccare già da domani, mentre i traghetti useranno ancora il molo nuovo fino a marzo.
)";
    const Article a = parse(page, "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media.front().caption == "Il molo vecchio di Valle al tramonto");
    CHECK(a.media.front().credit == "RIPRODUZIONE RISERVATA");
}
