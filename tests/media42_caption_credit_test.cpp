// Two captions the media rules left: a photographer named with the role after a comma under a caption ("Daniel
// Ruiz, Staff photographer", credits.cpp photographer_role_credit()), and a broadcaster's uncredited top caption
// under the byline on a page that shows a credited picture further down (media.cpp caption_under_byline(), which
// left any page with media alone: the top picture is now put first, in line order). Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "media39_caption_rows.hpp"

#include <string>
#include <utility>

using namespace archive;

TEST_CASE("a photographer's name and role after a comma is a credit line", "[media][credit][media42]") {
    const std::pair<const char*, bool> rows[] = {
        {"Daniel Ruiz, Staff photographer", true},
        {"Anna Keller, Fotografin", true},
        {"Léa Morand, photographe", true},
        {"Marco Bianchi, fotografo", true},
        // A writer's role makes a byline; two commas, a stop, a first name alone, a sentence, no name.
        {"Daniel Ruiz, Staff writer", false},
        {"Léa Morand, journaliste", false},
        {"Daniel Ruiz, Ledger, Staff photographer", false},
        {"Daniel Ruiz, Staff photographer.", false},
        {"Daniel, our photographer", false},
        {"As the town's first woman, she became a photographer", false},
        {"the old harbour, fotograf", false},
    };
    test::check_credit_lines(rows);
}

TEST_CASE("a caption over a photographer's name and role after a comma is the picture's", "[media][credit][media42]") {
    const test::CaptionPageRow rows[] = {
        {"en", "The Harbour Post\n\nHarbour wall gives way in overnight storm\n\nBy Jane Roe\nMarch 3, 2026\n\n",
         "The damaged harbour wall seen from the north pier on Wednesday morning.", "Daniel Ruiz, Staff photographer",
         "A section of the old harbour wall collapsed during the storm on Tuesday night, the council said.\n\n"
         "Engineers found more cracks along its length on Wednesday, and repairs will take several months.\n"},
        {"de", "Hafenblatt\n\nSturm reißt Teil der alten Hafenmauer ein\n\nVon Anna Muster\n03.03.2026, 10.00 Uhr\n\n",
         "Die beschädigte Hafenmauer am Mittwochmorgen, vom Nordanleger aus gesehen.", "Anna Keller, Fotografin",
         "Ein Teil der alten Hafenmauer ist in der Nacht zum Mittwoch im Sturm eingestürzt, teilte die Stadt mit.\n\n"
         "Die Ingenieure fanden am Mittwoch weitere Risse, die Reparatur wird Monate dauern.\n"},
        {"fr", "Le Courrier du Val\n\nLa vieille digue du port cède dans la tempête\n\nPar Jeanne Morel\nPublié le "
               "03/03/2026 à 10:00\n\n",
         "La digue endommagée vue depuis le ponton nord, mercredi matin.", "Léa Morand, photographe",
         "Une partie de la vieille digue du port s'est effondrée pendant la tempête de mardi soir, selon la mairie.\n\n"
         "Les ingénieurs ont trouvé d'autres fissures mercredi, et les réparations dureront plusieurs mois.\n"},
    };
    test::check_caption_pages(rows);
}

namespace {

struct PageRow {
    const char* head;    // menu, headline, byline lines
    const char* name;    // the byline's name, its first line
    const char* top;     // the uncredited caption under the byline
    const char* text;    // the text's first paragraphs
    const char* caption; // a picture further down, its caption and credit
    const char* credit;
    const char* tail; // the text's last paragraphs
};

const PageRow pages[] = {
    {"Home\nNews\nSport\nWeather\nIsland ferry contract goes to a shipyard abroad\nPublished\n2 hours ago\nShare\n"
     "Jane Roe\nTransport correspondent\nReporting from Oban\n",
     "Jane Roe",
     "The new ferries are expected to enter service in 2029",
     "A contract to build three new ferries for the island routes has been given to a shipyard across the sea.\n"
     "The deal was announced by the ferry operator on Thursday afternoon after months of delay.\n",
     "The old ferry at the pier in Oban last winter", "Photo: Sam Hollis",
     "Islanders have complained about cancelled sailings for years, and some say the economy is suffering.\n"
     "The operator said the new vessels would be larger and greener than those they replace.\n"},
    {"Accueil\nInfo\nSport\nMétéo\nLe contrat des ferries attribué à un chantier étranger\nPublié\nil y a 2 heures\n"
     "Partager\nJeanne Morel\nCorrespondante régionale\nEn direct de Brest\n",
     "Jeanne Morel",
     "Les nouveaux ferries devraient entrer en service en 2029",
     "Le contrat pour construire trois nouveaux ferries pour les îles a été attribué à un chantier étranger.\n"
     "L'accord a été annoncé jeudi après-midi par l'exploitant des lignes, après des mois de retard.\n",
     "Le vieux ferry à quai à Brest l'hiver dernier", "Photo : Luc Ferrand",
     "Les îliens se plaignent depuis des années des traversées annulées, et l'économie locale en souffre.\n"
     "L'exploitant assure que les nouveaux navires seront plus grands et moins polluants.\n"},
    {"Startseite\nNachrichten\nSport\nWetter\nAuftrag für neue Fähren geht an eine Werft im Ausland\n"
     "Veröffentlicht\nvor 2 Stunden\nTeilen\nAnna Muster\nKorrespondentin Norddeutschland\nAus Kiel\n",
     "Anna Muster",
     "Die neuen Fähren sollen im Jahr 2029 in Dienst gehen",
     "Der Auftrag für den Bau von drei neuen Fähren für die Inselrouten ist an eine Werft im Ausland gegangen.\n"
     "Die Reederei gab die Entscheidung am Donnerstagnachmittag nach monatelanger Verzögerung bekannt.\n",
     "Die alte Fähre am Anleger in Kiel im vergangenen Winter", "Foto: Karl Weber",
     "Die Inselbewohner klagen seit Jahren über ausgefallene Fahrten, die Wirtschaft leidet darunter.\n"
     "Die Reederei sagt, die neuen Schiffe seien größer und sauberer als die alten.\n"},
};

} // namespace

TEST_CASE("an uncredited caption under the byline comes first on a page with a credited picture further down",
          "[media][caption][media42]") {
    for (const PageRow& r : pages) {
        INFO(r.top);
        const Article a = parse(std::string(r.head) + r.top + "\n" + r.text + r.caption + "\n" + r.credit + "\n" +
                                r.tail);
        REQUIRE(a.media.size() == 2);
        CHECK(a.media[0].caption == std::string(r.top));
        CHECK_FALSE(a.media[0].credit);
        CHECK(a.media[1].caption == std::string(r.caption));
        CHECK(a.media[1].credit == std::string(r.credit));
    }
}

TEST_CASE("a picture printed over the byline keeps the line under the byline out of the media",
          "[media][caption][media42]") {
    // (The picture over the byline is the page's top picture: the stop-less line under the byline is none.)
    for (const PageRow& r : pages) {
        INFO(r.top);
        std::string head(r.head);
        head.insert(head.find(std::string("\n") + r.name + "\n") + 1, std::string(r.caption) + "\n" + r.credit + "\n");
        const Article a = parse(head + r.top + "\n" + r.text + r.tail);
        REQUIRE_FALSE(a.media.empty());
        CHECK(a.media[0].caption == std::string(r.caption));
        for (const Media& m : a.media)
            CHECK(m.caption != std::string(r.top));
    }
}
