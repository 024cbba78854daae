// An update flag glued before the headline ("Update: ...", "Mise à jour : ...", "Aktualisiert: ...") is neither the
// headline nor the kicker: it is kept with the boilerplate. An update note between the headline and the standfirst
// ("Update: the tunnel reopens at five tomorrow.") is no standfirst: the standfirst is sought under it. Invented
// lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

// A page without blank lines: a menu, the title line, a standfirst, a byline, four paragraphs.
std::string page_of(const char* menu, const char* title, const char* standfirst, const char* byline,
                    const char* body) {
    return std::string(menu) + "\n" + title + "\n" + standfirst + "\n" + byline + "\n" + body;
}

const char* const body_en = "The harbour ferry will run every ten minutes from May, the council announced on Tuesday after a vote.\n"
                            "The two new boats were built at the yard on the north quay and replace the old ones, which served thirty years.\n"
                            "Passengers on the morning crossing have complained for years about crowded decks and long queues in summer.\n"
                            "The council expects the number of passengers to double within two years of the new timetable.\n";
const char* const body_fr = "Le bac du port passera toutes les dix minutes dès le mois de mai, a annoncé mardi la mairie après un vote.\n"
                            "Les deux nouveaux bateaux ont été construits au chantier du quai nord et remplacent les anciens, en service depuis trente ans.\n"
                            "Les passagers du matin se plaignent depuis des années des ponts bondés et des longues files d'attente en été.\n"
                            "La mairie s'attend à ce que le nombre de passagers double dans les deux ans suivant le nouvel horaire.\n";
const char* const body_de = "Die Fähre über den See fährt ab Mai alle zehn Minuten, wie die Gemeinde am Dienstag nach der Abstimmung mitteilte.\n"
                            "Die zwei neuen Schiffe wurden auf der Werft am Nordufer gebaut und ersetzen die alten, die dreissig Jahre fuhren.\n"
                            "Fahrgäste beklagen sich seit Jahren über volle Decks und lange Warteschlangen am Steg, vor allem im Sommer.\n"
                            "Die Gemeinde erwartet, dass sich die Zahl der Fahrgäste innert zwei Jahren nach dem neuen Fahrplan verdoppelt.\n";

} // namespace

TEST_CASE("an update flag glued before the headline is cut off it", "[classify][headline][update]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* flag;
        const char* title;
        const char* standfirst;
        const char* byline;
        const char* body;
    };
    // (The French and German flags read as a date's label too: the title is scored without its flag, or the line
    // would be no title.)
    const Row rows[] = {
        {"en", "Home\nNews\nLocal", "Update:", "Harbour ferry to run every ten minutes from May",
         "The council says the new boats will carry twice as many passengers as the old ones on the crossing.",
         "By Jane Roe", body_en},
        {"fr", "Accueil\nActualités\nRégion", "Mise à jour :", "Le bac du port passera toutes les dix minutes dès mai",
         "La mairie assure que les nouveaux bateaux transporteront deux fois plus de passagers que les anciens.",
         "Par Jeanne Dupont", body_fr},
        {"de", "Startseite\nNews\nRegion", "Aktualisiert:", "Neue Fähre fährt ab Mai alle zehn Minuten über den See",
         "Die Gemeinde rechnet mit doppelt so vielen Fahrgästen wie bisher auf der Strecke zwischen den Ufern.",
         "Von Anna Muster", body_de},
    };
    for (const Row& r : rows) {
        INFO(r.title);
        const std::string title_line = std::string(r.flag) + " " + r.title;
        const Article a = classify(segment(page_of(r.menu, title_line.c_str(), r.standfirst, r.byline, r.body)), r.lang);
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.kicker.value_or("") != r.flag);
        CHECK(test::in_boilerplate(a, r.flag));
        // The same title without the flag is the headline whole.
        const Article plain = classify(segment(page_of(r.menu, r.title, r.standfirst, r.byline, r.body)), r.lang);
        CHECK(plain.headline.value_or("") == r.title);
    }
}

TEST_CASE("a title whose first word is no update flag keeps its colon", "[classify][headline][update]") {
    // A label that is no update flag ("Harbour:"), and a flag over words in small letters (no title), are not cut.
    for (const char* title : {"Harbour: Ferry to run every ten minutes from May",
                              "Update: ferry to run every ten minutes from May"}) {
        INFO(title);
        const Article a = classify(
            segment(page_of("Home\nNews\nLocal", title,
                            "The council says the new boats will carry twice as many passengers as the old ones on the crossing.",
                            "By Jane Roe", body_en)),
            "en");
        CHECK(a.headline.value_or("") == title);
    }
}

TEST_CASE("an update note between the headline and the standfirst is no standfirst", "[classify][lede][update]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* title;
        const char* note;
        const char* standfirst;
        const char* byline;
        const char* body;
    };
    const Row rows[] = {
        {"en", "Home\nNews\nLocal", "Harbour ferry to run every ten minutes from May",
         "Update: the council confirmed the timetable on Wednesday evening.",
         "The council says the new boats will carry twice as many passengers as the old ones on the crossing.",
         "By Jane Roe", body_en},
        {"fr", "Accueil\nActualités\nRégion", "Le bac du port passera toutes les dix minutes dès mai",
         "Mise à jour : la mairie a confirmé l'horaire mercredi soir.",
         "La mairie assure que les nouveaux bateaux transporteront deux fois plus de passagers que les anciens.",
         "Par Jeanne Dupont", body_fr},
    };
    for (const Row& r : rows) {
        INFO(r.note);
        const std::string title_and_note = std::string(r.title) + "\n" + r.note;
        const Article a =
            classify(segment(page_of(r.menu, title_and_note.c_str(), r.standfirst, r.byline, r.body)), r.lang);
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.lede.value_or("") == r.standfirst);
    }
}

TEST_CASE("a live page's label glued before the title is no update flag", "[classify][headline][update]") {
    // "EN DIRECT", "LIVE" say the page is a live one, no change to it: update_flag_end() cuts nothing.
    for (const char* line : {"EN DIRECT : Le bac du port passera toutes les dix minutes dès mai",
                             "LIVE: Neue Fähre fährt ab Mai alle zehn Minuten über den See"})
        CHECK(update_flag_end(line) == 0);
    CHECK(update_flag_end("Actualización: El transbordador saldrá cada diez minutos") ==
          std::string("Actualización: ").size());
}
