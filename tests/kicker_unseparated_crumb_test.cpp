// A page's breadcrumb copied without its separators ("Accueil Faits divers Saint-Aubin-des-Prés") right over a short
// label over the headline: the label is the kicker, as under a breadcrumb with its separators, when the crumb opens
// with the link to the site's home page and holds the label as one of its pieces, or reads as the menu's entries the
// page prints alone and then the label. Invented lines, pages without blank lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>

using namespace archive;

namespace {

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

} // namespace

TEST_CASE("a breadcrumb without its separators over a label: the label is the kicker", "[classify][kicker][crumb]") {
    // {language, the page down to the label over the headline, that label, the headline and the text}
    const std::tuple<const char*, const char*, const char*, const char*> pages[] = {
        {"fr", "L'Écho du Val\nActualités\nFaits divers\nSports\nSe connecter\nAccueil Faits divers Saint-Aubin-des-Prés\n",
         "Faits divers", rest_fr},
        {"en", "The Harbour Post\nNews\nSport\nBusiness\nSign in\nHome News World Europe\n", "Europe", rest_en},
        // no home link: the menu's entries printed alone above, then the label
        {"nl", "Het Veerblad\nNieuws\nBinnenland\nRegio\nSport\nInloggen\nNieuws Binnenland Regio Antwerpen\n", "Antwerpen",
         rest_nl},
    };
    for (const auto& [lang, top, label, rest] : pages) {
        INFO(label);
        const Article a = classify(segment(std::string(top) + label + "\n" + rest), lang);
        CHECK(a.kicker.value_or("") == label);
        CHECK(a.headline.value_or("") != label);
    }
}

TEST_CASE("a line opening with a home word but not holding the label is no breadcrumb over it",
          "[classify][kicker][crumb]") {
    // "Accueil des nouveaux habitants samedi" names an event; the label under it is no piece of it.
    const std::string fr = std::string("L'Écho du Val\nActualités\nSports\nSe connecter.\n") +
                           "Accueil des nouveaux habitants samedi\nFaits divers\n" + rest_fr;
    CHECK(classify(segment(fr), "fr").kicker.value_or("") != "Faits divers");
    // Pieces the page prints nowhere alone ("Regio" is no menu entry here) read as no breadcrumb.
    const std::string nl = std::string("Het Veerblad\nNieuws\nBinnenland\nSport\nInloggen\n") +
                           "Nieuws Binnenland Regio Antwerpen\nAntwerpen\n" + rest_nl;
    CHECK(classify(segment(nl), "nl").kicker.value_or("") != "Antwerpen");
}
