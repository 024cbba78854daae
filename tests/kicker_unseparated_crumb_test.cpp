// A page's breadcrumb copied without its separators ("Accueil Faits divers Saint-Aubin-des-Prés") right over a short
// label over the headline: the label is the kicker, as under a breadcrumb with its separators, when the crumb opens
// with the link to the site's home page and holds the label as one of its pieces, or reads as the menu's entries the
// page prints alone and then the label. Invented lines, pages without blank lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* top;   // the site's lines over the breadcrumb
    const char* crumb; // the breadcrumb without separators
    const char* label; // the label over the headline
    const char* rest;  // the headline and the text
};

const char* const rest_fr = "Un entrepôt détruit par le feu dans la zone artisanale de la commune\n"
                            "Par Jeanne Morel\n"
                            "Le feu a pris dans la nuit de mardi à mercredi dans un local technique de l'entrepôt, selon les pompiers.\n"
                            "Une trentaine de pompiers ont lutté pendant six heures pour maîtriser l'incendie sans faire de blessé.\n"
                            "Les quarante salariés de l'entreprise seront placés en chômage technique dès la semaine prochaine.\n"
                            "La gendarmerie a ouvert une enquête pour déterminer l'origine exacte du sinistre, a indiqué le maire.\n";
const char* const rest_en = "Harbour ferry to run every ten minutes from May after council vote\n"
                            "By Jane Roe\n"
                            "The harbour ferry will run every ten minutes from May, the council announced on Tuesday after a vote.\n"
                            "The two new boats were built at the yard on the north quay and replace the old ones, which served thirty years.\n"
                            "Passengers on the morning crossing have complained for years about crowded decks and long queues in summer.\n"
                            "The council expects the number of passengers to double within two years of the new timetable.\n";
const char* const rest_nl = "Veerpont vaart vanaf mei elke tien minuten over de rivier\n"
                            "Door Sofie Claes\n"
                            "De veerpont over de rivier vaart vanaf mei elke tien minuten, zo besliste de gemeenteraad dinsdagavond.\n"
                            "De twee nieuwe boten werden gebouwd op de werf aan de noordkade en vervangen de oude, die dertig jaar voeren.\n"
                            "Reizigers klagen al jaren over volle dekken en lange wachtrijen aan de steiger, vooral in de zomer.\n"
                            "De gemeente verwacht dat het aantal reizigers binnen twee jaar na de nieuwe dienstregeling verdubbelt.\n";

std::string page_of(const Row& r) {
    return std::string(r.top) + "\n" + r.crumb + "\n" + r.label + "\n" + r.rest;
}

} // namespace

TEST_CASE("a breadcrumb without its separators over a label: the label is the kicker", "[classify][kicker][crumb]") {
    const Row rows[] = {
        {"fr", "L'Écho du Val\nActualités\nFaits divers\nSports\nSe connecter",
         "Accueil Faits divers Saint-Aubin-des-Prés", "Faits divers", rest_fr},
        {"en", "The Harbour Post\nNews\nSport\nBusiness\nSign in", "Home News World Europe", "Europe", rest_en},
        // no home link: the menu's entries printed alone above, then the label
        {"nl", "Het Veerblad\nNieuws\nRegio\nSport\nInloggen", "Nieuws Regio Antwerpen", "Antwerpen", rest_nl},
    };
    for (const Row& r : rows) {
        INFO(r.crumb);
        const Article a = classify(segment(page_of(r)), r.lang);
        CHECK(a.kicker.value_or("") == r.label);
        // The crumb stays with the boilerplate.
        CHECK(a.kicker.value_or("") != r.crumb);
        CHECK(a.headline.value_or("") != r.label);
    }
}

TEST_CASE("a line opening with a home word but not holding the label is no breadcrumb over it",
          "[classify][kicker][crumb]") {
    // "Accueil des nouveaux habitants samedi" names an event; the label under it is no piece of it.
    const Row fr{"fr", "L'Écho du Val\nActualités\nSports\nSe connecter.", "Accueil des nouveaux habitants samedi",
                 "Faits divers", rest_fr};
    CHECK(classify(segment(page_of(fr)), fr.lang).kicker.value_or("") != fr.label);
    // Pieces the page prints nowhere alone ("Regio" is no menu entry here) read as no breadcrumb.
    const Row nl{"nl", "Het Veerblad\nNieuws\nSport\nInloggen.", "Nieuws Regio Antwerpen", "Antwerpen", rest_nl};
    CHECK(classify(segment(page_of(nl)), nl.lang).kicker.value_or("") != nl.label);
}
