// A section's label printed on the headline's line before a colon ("Kultur: Das Stadttheater zeigt ...", "Cultura: la
// pieve riapre ..."), the page's menu printing the label as an entry of its own above: the label is the kicker and the
// headline is the rest (split_menu_colon_kicker(), headline_glued.cpp). A topic before the colon that no menu entry
// prints ("Fußball: ...", "Berlin: ...") stays the headline's first piece. Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {

// The menu of an invented page: the labels it prints one a line.
bool in_menu(std::string_view label) {
    static const std::vector<std::string_view> menu = {"Kultur",  "Cultura",     "Culture", "Deportes",
                                                       "Cultura", "Desporto",    "Sport",   "Vie locale",
                                                       "Bilder",  "Baumgutachten", "Sofas"};
    for (std::string_view m : menu)
        if (m == label)
            return true;
    return false;
}

} // namespace

TEST_CASE("a menu's label before the headline's colon is its kicker", "[headline][kicker][probe27]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* kicker;
        const char* title;
    };
    const Row rows[] = {
        {"Kultur: Das Stadttheater zeigt ein Stück in der Bahnhofshalle", "de", "Kultur",
         "Das Stadttheater zeigt ein Stück in der Bahnhofshalle"},
        // an Italian title may go on in small letters after the colon
        {"Cultura: la pieve del borgo riapre dopo tre anni di lavori", "it", "Cultura",
         "la pieve del borgo riapre dopo tre anni di lavori"},
        {"Deportes: El equipo local gana el derbi en el último minuto", "es", "Deportes",
         "El equipo local gana el derbi en el último minuto"},
        {"Desporto: Vitória vence o dérbi com dois golos na segunda parte", "pt", "Desporto",
         "Vitória vence o dérbi com dois golos na segunda parte"},
        {"Vie locale: La médiathèque ouvre le dimanche dès le mois de mai", "fr", "Vie locale",
         "La médiathèque ouvre le dimanche dès le mois de mai"},
        // a French colon after a space
        {"Culture : Le théâtre municipal rouvre ses portes après deux ans", "fr", "Culture",
         "Le théâtre municipal rouvre ses portes après deux ans"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        auto split = split_menu_colon_kicker(r.line, r.lang, in_menu);
        REQUIRE(split);
        CHECK(split->first == r.kicker);
        CHECK(split->second == r.title);
    }
}

TEST_CASE("a topic before the colon that no menu prints, a short rest or a gallery's flag stays in the headline",
          "[headline][kicker][probe27]") {
    struct Row {
        const char* line;
        const char* lang;
    };
    const Row rows[] = {
        {"Fußball: Der Trainer des Vereins tritt nach drei Jahren zurück", "de"}, // no menu entry "Fußball"
        {"Berlin: Parteitag der Kleinpartei findet nicht statt", "de"},
        {"Patrimonio: la pieve del borgo riapre dopo tre anni", "it"},
        {"Baumgutachten: wann und wie?", "de"},           // three words after the label: its second piece
        {"Bilder: Sturmflut trifft die Nordseeküste am Morgen", "de"}, // a gallery's flag, read by gallery_flag()
        {"Sport 2024: Die Saison der Ruderer beginnt im April", "de"},  // a figure: no menu's label
        {"Kultur:Das Stadttheater zeigt ein Stück in der Halle", "de"}, // no space after the colon
        // a dash parts a category page's topic from what it lists as often as a label from a title
        {"Sofas – Shops, Marken, Designer, online kaufen", "de"},
        {"Kultur - Das Stadttheater zeigt ein Stück in der Halle", "de"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK_FALSE(split_menu_colon_kicker(r.line, r.lang, in_menu));
    }
}

TEST_CASE("a page whose kicker and headline are printed on one line", "[classify][kicker][probe27]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* line;
        const char* kicker; // "" for none
        const char* headline;
        const char* body;
    };
    const char* de_body = "Von Thomas Brenner\n05.10.2024, 19:30 Uhr\n\nIm Stadttheater sitzt das Publikum auf Koffern, "
                          "die Schauspieler kommen durch die Drehtür der Bahnhofshalle. Bei der Premiere gab es langen "
                          "Applaus.\n\nBesonders der Darsteller der Titelrolle überzeugte, er spricht leise und fast "
                          "beiläufig.\n\nTeilen\n";
    const char* it_body = "di Giulia Ferraris\n12 marzo 2024, 18:40\n\nDopo tre anni di lavori la pieve romanica del "
                          "borgo riapre le porte ai fedeli e ai visitatori. I restauri hanno riportato alla luce gli "
                          "affreschi.\n\nIl parroco ha ringraziato i parrocchiani che hanno raccolto i fondi con cene e "
                          "lotterie.\n\nCondividi\n";
    const char* nl_body = "Door Jeroen Bakker\n1 december 2026, 14:00\n\nSlimme deurbellen zijn populair, maar bijna "
                          "alle merken vragen een abonnement voor het bewaren van de opnames.\n\nDe deurbel van Zonnekap "
                          "doet het anders: de beelden gaan naar een geheugenkaartje in het huis.\n\nDelen\n";
    const Row rows[] = {
        {"de", "Startseite\nLokales\nKultur\nSport\n", "Kultur: Das Stadttheater zeigt Lessing in einer Bahnhofshalle",
         "Kultur", "Das Stadttheater zeigt Lessing in einer Bahnhofshalle", de_body},
        {"it", "Home\nCronaca\nCultura\nSport\n", "Cultura: la pieve del borgo riapre dopo tre anni di lavori", "Cultura",
         "la pieve del borgo riapre dopo tre anni di lavori", it_body},
        // the label in capitals, the menu's entry not
        {"de", "Startseite\nLokales\nKultur\nSport\n", "KULTUR: Das Stadttheater zeigt Lessing in einer Bahnhofshalle",
         "KULTUR", "Das Stadttheater zeigt Lessing in einer Bahnhofshalle", de_body},
        // the label printed again right over the title is its kicker already: the title keeps its flag
        {"nl", "Nieuws\nReviews\nTips\n\nReview\n", "Review: de slimme deurbel van Zonnekap werkt zonder abonnement",
         "Review", "Review: de slimme deurbel van Zonnekap werkt zonder abonnement", nl_body},
        // the same lines under a menu without the label: the headline as printed, no kicker
        {"de", "Startseite\nLokales\nSport\n", "Kultur: Das Stadttheater zeigt Lessing in einer Bahnhofshalle", "",
         "Kultur: Das Stadttheater zeigt Lessing in einer Bahnhofshalle", de_body},
        {"it", "Home\nCronaca\nSport\n", "Cultura: la pieve del borgo riapre dopo tre anni di lavori", "",
         "Cultura: la pieve del borgo riapre dopo tre anni di lavori", it_body},
    };
    for (const Row& r : rows) {
        INFO(r.line << " under " << r.menu);
        const Article a = parse(std::string("Stadtanzeiger Nord\n") + r.menu + "\n" + r.line + "\n\n" + r.body);
        CHECK(a.language == r.lang);
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
        // the line is kept whole in the boilerplate when it is cut, so nothing of it is lost
        if (*r.kicker != '\0' && a.headline.value_or("") != r.line) {
            bool kept = false;
            for (const auto& line : a.boilerplate)
                kept = kept || line == r.line;
            CHECK(kept);
        }
    }
}
