// Credits that are no picture's own (media100): a reprint's copyright notice under the text ("© Northern Ledger.
// Republished with permission.", credits.cpp reprint_notice()) is the text's, no credit taking the last paragraph as
// its caption; a caption closed by a picture's label in parentheses and a bare agency ("... (foto d'archivio)
// Keystone", credit_captions.cpp agency_after_picture_label()); a credit in parentheses alone under a caption closed
// by its own ("... harbour (Jane Roe/PA)" / "(PA Archive)", media.cpp second_credit_under_caption()). Invented lines
// and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "media39_caption_rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

using namespace archive;

namespace {

bool in_sections(const Article& a, const std::string& line) {
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
        return std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end();
    });
}

} // namespace

TEST_CASE("a reprint's copyright notice is no picture's credit", "[media][credit][media100]") {
    const std::pair<const char*, bool> lines[] = {
        {"© Northern Ledger. Republished with permission.", false},
        {"© Allgäuer Rundschau. Nachdruck mit freundlicher Genehmigung.", false},
        {"© La Gazette du Causse. Reproduit avec autorisation.", false},
        {"© Gazzetta del Monte. Riprodotto su concessione.", false},
        {"© Diario del Valle. Reproducido con permiso.", false},
        // The outlet or the photographer alone after the sign still credit a picture.
        {"© Northern Ledger", true},
        {"© Allgäuer Rundschau", true},
        {"© Keystone", true},
    };
    test::check_credit_lines(lines);
}

TEST_CASE("a reprint's notice under the text leaves the last paragraph in the text", "[media][credit][media100]") {
    const struct {
        const char* head;
        const char* over;
        const char* last;
        const char* notice;
    } pages[] = {
        {"Harbour Gazette\nHome\nWorld\nThe island that banned plastic bags ten years ago\nShops on Selwick Isle say "
         "customers no longer miss them\nBy Tomas Brill\nPublished December 3, 2026\nThe council of Selwick Isle voted "
         "a decade ago to ban plastic bags from every shop on the island.\nAt first the grocers complained that "
         "tourists would stay away.\n",
         "The island has since banned plastic cups and paper plates at its summer fair, the harbour market and the "
         "school fete as well.",
         "Other islands in the north have written to the council to ask how the ban was enforced.",
         "© Northern Ledger. Republished with permission."},
        {"Kreisbote Online\nStartseite\nRegion\nDas Dorf, das seine Straßenlampen abschaltet\nSeit dem Frühjahr bleibt "
         "es in Wendelsried nachts dunkel\nVon Petra Lindner\n07.12.2026, 09:30 Uhr\nDer Gemeinderat von Wendelsried "
         "hat im Frühjahr beschlossen, die Straßenlampen nachts abzuschalten.\nViele Bewohner hatten mit Beschwerden "
         "gerechnet.\n",
         "Die Gemeinde spart damit nach eigenen Angaben rund 9.000 Euro im Jahr, das Geld fließt nun in den neuen "
         "Kindergarten am Dorfplatz.",
         "Auch die Nachbargemeinden wollen dem Beispiel von Wendelsried nun folgen.",
         "© Allgäuer Rundschau. Nachdruck mit freundlicher Genehmigung."},
    };
    for (const auto& r : pages) {
        INFO(r.notice);
        const Article a = parse(std::string(r.head) + r.over + "\n" + r.last + "\n" + r.notice + "\nShare\n");
        CHECK(a.media.empty());
        CHECK(in_sections(a, r.last));
        CHECK(test::in_boilerplate(a, r.notice));
    }
    // Near miss: a picture's credit under the same short closing line still makes the picture that closes the text.
    const Article a =
        parse(std::string(pages[0].head) + pages[0].over + "\n" + pages[0].last + "\n© Northern Ledger\nShare\n");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].credit == std::string("© Northern Ledger"));
}

TEST_CASE("a picture's label in parentheses and a bare agency close a caption", "[media][credit][media100]") {
    const test::CaptionSplitRow rows[] = {
        {"La frana sulla strada di Valmora (foto d'archivio) Keystone",
         "La frana sulla strada di Valmora (foto d'archivio)", "Keystone"},
        {"Le pont de Vernières avant les travaux (photo d'archives) Keystone",
         "Le pont de Vernières avant les travaux (photo d'archives)", "Keystone"},
        {"Die alte Brücke von Seetal (Archivbild) KEYSTONE", "Die alte Brücke von Seetal (Archivbild)", "KEYSTONE"},
        {"The old pier at Harwick (file photo) Getty Images", "The old pier at Harwick (file photo)", "Getty Images"},
        {"Il nuovo ponte sul fiume (foto d'archivio) Ti-Press", "Il nuovo ponte sul fiume (foto d'archivio)",
         "Ti-Press"},
    };
    test::check_caption_splits(rows);
    // Near misses: no picture's label in the parentheses, words after them that credit nobody, a sentence closed
    // by its stop before them.
    for (const char* line : {
             "La frana sulla strada di Valmora (in alto) Keystone",
             "La frana sulla strada di Valmora (foto d'archivio) Il sindaco",
             "The old pier at Harwick (file photo) and the new one",
             "La strada resta chiusa. Il sindaco (foto d'archivio) Keystone",
         }) {
        INFO(line);
        const auto split = split_trailing_credit(std::string_view(line));
        CHECK_FALSE((split.has_value() && (split->second == "Keystone" || split->second == "Il sindaco" ||
                                           split->second == "and the new one")));
    }
}

TEST_CASE("a photographer's name before the copyright sign takes no paragraph of the text as its caption",
          "[media][credit][media100]") {
    const std::string en_head =
        "Harbour Gazette\nHome\nWorld\nThe island that banned plastic bags ten years ago\nShops "
        "on Selwick Isle say customers no longer miss them\nBy Tomas Brill\nPublished December "
        "3, 2026\nThe council of Selwick Isle voted a decade ago to ban plastic bags from every "
        "shop on the island.\nAt first the grocers complained that tourists would stay away.\n";
    const std::string en_under = "\nMarta Kowal © Reuters\nOther islands in the north have written to the council to "
                                 "ask how the ban was enforced.\nThe answer was simple: inspectors visited every shop "
                                 "twice a year.\nMore from World\nShare\n";
    const std::string it_head =
        "Il Corriere di Valle\nHome\nCronaca\nIl paese che ha spento i lampioni\nDa primavera a "
        "Roccalba la notte è di nuovo buia\ndi Giulia Ferri\n7 dicembre 2026, 09:30\nIl "
        "consiglio comunale di Roccalba ha deciso in primavera di spegnere i lampioni tra "
        "mezzanotte e le cinque.\nMolti abitanti si aspettavano proteste.\n";
    const std::string it_under = "\nLuca Moretti © ANSA\nAltri paesi della valle hanno chiesto al comune di Roccalba "
                                 "come ha fatto.\nAltre notizie\nCondividi\n";
    const struct {
        const std::string& head;
        const char* paragraph;
        const std::string& under;
        const char* credit;
    } pages[] = {
        {en_head,
         "The island has since banned plastic cups and paper plates at its summer fair, the harbour market and the "
         "school fete as well.",
         en_under, "Marta Kowal © Reuters"},
        {it_head,
         "Il comune risparmia circa novemila euro all'anno, una somma che servirà a rifare la piazza e il campo "
         "sportivo della frazione.",
         it_under, "Luca Moretti © ANSA"},
    };
    for (const auto& r : pages) {
        INFO(r.paragraph);
        const Article a = parse(r.head + r.paragraph + r.under);
        REQUIRE(a.media.size() == 1);
        CHECK_FALSE(a.media[0].caption.has_value());
        CHECK(a.media[0].credit == std::string(r.credit));
        CHECK(in_sections(a, r.paragraph));
    }
    // Near miss: a line of a caption's length over the credit is the picture's caption.
    const Article a = parse(en_head + "Shoppers with baskets at the harbour market on Saturday." + en_under);
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::string("Shoppers with baskets at the harbour market on Saturday."));
}

TEST_CASE("a credit in parentheses alone under a credited caption is that picture's", "[media][credit][media100]") {
    const struct {
        const char* head;
        const char* caption_line;
        const char* second;
        const char* caption;
        const char* credit;
        const char* text;
    } pages[] = {
        {"The Harwick Courier\nNews\nFerry operator fined after gangway collapse at Dunmore harbour\nThe company "
         "admitted breaching safety law after nine passengers were hurt.\nBy Jane Hollis, PA\nPublished 7 December "
         "2026, 10:12 GMT\n",
         "The collapsed gangway at Dunmore harbour (Owen Pritchard/PA)", "(PA Archive)",
         "The collapsed gangway at Dunmore harbour", "(Owen Pritchard/PA) (PA Archive)",
         "A ferry operator has been fined two million pounds after a gangway collapsed beneath passengers at Dunmore "
         "harbour.\nThe company pleaded guilty to two breaches of the safety law at Carlow Crown Court on Monday.\n"},
        {"Seetaler Zeitung\nRegion\nFähre muss nach Unfall am Steg Strafe zahlen\nDie Reederei hat den Verstoß gegen "
         "die Sicherheitsregeln eingeräumt.\nVon Anna Muster\n07.12.2026, 10:12 Uhr\n",
         "Der eingestürzte Steg am Hafen von Seetal (Foto: Jana Roth)", "(Archiv)",
         "Der eingestürzte Steg am Hafen von Seetal", "(Foto: Jana Roth) (Archiv)",
         "Eine Reederei muss nach dem Einsturz eines Stegs im Hafen von Seetal eine hohe Strafe zahlen.\nDas "
         "Gericht in Seetal sprach am Montag von groben Versäumnissen bei der Wartung.\n"},
    };
    for (const auto& r : pages) {
        INFO(r.caption_line);
        const Article a = parse(std::string(r.head) + r.caption_line + "\n" + r.second + "\n" + r.text);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::string(r.caption));
        CHECK(a.media[0].credit == std::string(r.credit));
    }
    // Near miss: under a caption with no credit of its own, the credit in parentheses is that caption's only credit.
    const Article a =
        parse(std::string(pages[0].head) + pages[0].caption + "\n" + pages[0].second + "\n" + pages[0].text);
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::string(pages[0].caption));
    CHECK(a.media[0].credit == std::string("(PA Archive)"));
}

TEST_CASE("a caption closed by its picture's label and a bare agency under the date line is a picture",
          "[media][credit][media100]") {
    const struct {
        const char* head;
        const char* line;
        const char* caption;
        const char* credit;
        const char* text;
    } pages[] = {
        {"Portale Valli\nNotizie\nTicino e Grigioni\nFrana sulla strada di Valmora, chiusa per giorni\nCirca trecento "
         "metri cubi di materiale hanno invaso la carreggiata nella notte. Nessun ferito\n07.12.2026, 10:12\n"
         "Aggiornato: 07.12.2026, 14:05\n",
         "La frana sulla strada di Valmora (foto d'archivio) Keystone",
         "La frana sulla strada di Valmora (foto d'archivio)",
         "Keystone",
         "Una frana si è staccata nella notte sopra la strada di Valmora. La carreggiata resterà chiusa almeno fino "
         "a venerdì.\nSecondo la polizia, circa trecento metri cubi di sassi sono scesi poco dopo le due.\n"},
        {"Le Journal des Vallées\nActualités\nRégion\nÉboulement sur la route de Vernières, fermée plusieurs "
         "jours\nPrès de trois cents mètres cubes de roches ont envahi la chaussée dans la nuit\n07.12.2026, "
         "10:12\nMis à jour: "
         "07.12.2026, 14:05\n",
         "La route de Vernières avant l'éboulement (photo d'archives) Keystone",
         "La route de Vernières avant l'éboulement (photo d'archives)", "Keystone",
         "Un éboulement s'est produit dans la nuit au-dessus de la route de Vernières. La chaussée restera fermée "
         "jusqu'à vendredi.\nSelon la police, près de trois cents mètres cubes de roches sont tombés vers deux "
         "heures.\n"},
    };
    for (const auto& r : pages) {
        INFO(r.line);
        const Article a = parse(std::string(r.head) + r.line + "\n" + r.text);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::string(r.caption));
        CHECK(a.media[0].credit == std::string(r.credit));
        CHECK(std::none_of(a.sections.begin(), a.sections.end(),
                           [&](const Section& s) { return s.heading == std::string(r.line); }));
    }
}
