// "Accueil / Société / Société / <headline>", "Home / Politics / Politics / <headline>": a breadcrumb whose only entry
// over the section's label is the link to the home page, the label printed again right over the headline: the second
// print is the kicker (menu_entry_again()). Invented pages without blank lines, as a scraper's innerText copies them.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

const char* const rest_fr = "Les bibliothèques de la ville ouvriront le dimanche dès septembre\n"
                            "Par Jeanne Morel\n"
                            "La ville va ouvrir ses bibliothèques municipales le dimanche après-midi à partir de septembre, a annoncé mardi la mairie.\n"
                            "Deux bibliothécaires ont été recrutés, et des bénévoles du club de lecture aideront à l'accueil du public.\n"
                            "Les parents réclament depuis des années un jour où les familles peuvent emprunter des livres ensemble.\n";
const char* const rest_en = "Town library to open on Sundays from April after years of requests\n"
                            "By Jane Roe\n"
                            "The town library will open on Sundays from April, the council said on Tuesday after a long debate.\n"
                            "Two new librarians have been hired, and volunteers from the reading club will help at the desk.\n"
                            "Parents have asked for years for a day when working families can borrow books together.\n";
const char* const rest_es = "La biblioteca municipal abrirá los domingos a partir de mayo\n"
                            "Por Lucía Ferrer\n"
                            "La biblioteca municipal abrirá los domingos por la tarde desde mayo, anunció el martes el ayuntamiento tras la votación.\n"
                            "Se han contratado dos nuevas bibliotecarias y los voluntarios del club de lectura ayudarán en el mostrador.\n"
                            "Las familias piden desde hace años un día en el que puedan tomar libros prestados juntas.\n";

} // namespace

TEST_CASE("a label printed again under the home page's link, right over the headline, is the kicker",
          "[classify][kicker][menu_again][head25]") {
    struct Row {
        const char* lang;
        const char* top;
        const char* label;
        const char* rest;
    };
    const Row rows[] = {
        {"fr", "Accueil\nSociété\nSociété\n", "Société", rest_fr},
        {"en", "Home\nPolitics\nPolitics\n", "Politics", rest_en},
        {"es", "Portada\nSociedad\nSociedad\n", "Sociedad", rest_es},
    };
    for (const Row& r : rows) {
        INFO(r.top);
        const Article a = classify(segment(std::string(r.top) + r.rest), r.lang);
        CHECK(a.kicker.value_or("") == r.label);
    }
}

TEST_CASE("a label printed twice under a line that is no home page's link, nor under the home link a name, is no "
          "kicker",
          "[classify][kicker][menu_again][head25]") {
    struct Row {
        const char* lang;
        const char* top;
        const char* rest;
    };
    const Row rows[] = {
        // the site's name over it: one line, no menu
        {"fr", "La Gazette du Lac\nSociété\nSociété\n", rest_fr},
        {"en", "Harbour Times\nPolitics\nPolitics\n", rest_en},
        // a person's name printed twice is no section's label
        {"en", "Home\nJane Roe\nJane Roe\n", rest_en},
    };
    for (const Row& r : rows) {
        INFO(r.top);
        const Article a = classify(segment(std::string(r.top) + r.rest), r.lang);
        CHECK_FALSE(a.kicker);
    }
}
