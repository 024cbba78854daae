// An opinion piece signed by the author's bare name over the text and closed by the author's bio ("NAME est
// professeur ..."): the bio repeats the name's words as a text repeats its headline's, but the name, and the line of
// the author's role under it, are no title (probe6 kind 2: the name or the label over it was taken as the headline).
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

struct Opinion {
    const char* lang;
    const char* site;
    const char* section;
    const char* title;
    const char* label; // "Point de vue", "Gastbeitrag"
    const char* name;
    const char* role; // the line under the name
    const char* date;
    const char* text;
    const char* bio;
};

std::string page_of(const Opinion& o) {
    return std::string(o.site) + "\n\n" + o.section + "\n\n" + o.title + "\n\n" + o.label + "\n" + o.name + "\n" +
           o.role + "\n\n" + o.date + "\n\n" + o.text + "\n\n" + o.bio + "\n";
}

const char* const text_fr =
    "Le conseil municipal a annoncé lundi qu'il soumettrait le projet de tramway à un référendum dès le mois de "
    "février. Sur papier, l'idée paraît démocratique.\n\nCar le dossier est complexe. Le tracé proposé traverse trois "
    "quartiers et suppose la démolition d'une vingtaine de bâtiments.\n\nOrganisons d'abord des séances publiques "
    "dans chaque quartier touché. Ensuite seulement, posons la question aux citoyens.";

} // namespace

TEST_CASE("the author's name and role over an opinion closed by the author's bio are no headline",
          "[headline][probe6]") {
    const Opinion rows[] = {
        {"fr", "Le Soleil de l'Estuaire", "OPINIONS",
         "Le tramway de Rimouski mérite mieux qu'un référendum à la sauvette", "Point de vue",
         "Jean-Sébastien Thériault", "Collaboration spéciale", "Publié le 3 décembre 2026 à 5 h 00", text_fr,
         "Jean-Sébastien Thériault est professeur d'urbanisme à l'Université du Bas-Fleuve."},
        {"fr, a role under the name", "Le Soleil de l'Estuaire", "OPINIONS",
         "Le tramway de Rimouski mérite mieux qu'un référendum à la sauvette", "Chronique",
         "Jean-Sébastien Thériault", "Professeur d'urbanisme", "Publié le 3 décembre 2026 à 5 h 00", text_fr,
         "Jean-Sébastien Thériault est professeur d'urbanisme à l'Université du Bas-Fleuve."},
        {"de", "Der Seebote", "MEINUNG", "Die Seeuferinitiative verdient eine ehrliche Debatte statt Schnellschüsse",
         "Gastbeitrag", "Anna Keller-Rüegg", "Gastautorin", "Publiziert am 3. Dezember 2026, 05.00 Uhr",
         "Der Gemeinderat will die Seeuferinitiative schon im Februar vors Volk bringen. Das klingt demokratisch, doch "
         "in sechs Wochen lässt sich die Frage nicht seriös diskutieren.\n\nDer geplante Uferweg führt durch drei "
         "Quartiere und verlangt den Abbruch mehrerer Bootshäuser.\n\nOrganisieren wir zuerst Informationsabende in "
         "jedem Quartier. Erst dann soll das Volk entscheiden.",
         "Anna Keller-Rüegg ist Professorin für Raumplanung an der Fachhochschule Ostschweiz."},
        {"en", "The Kestle Courier", "OPINION", "The harbour bridge deserves a real debate, not a rushed referendum",
         "Guest essay", "Marcus Leland", "Special to the Courier", "Published December 3, 2026 at 5:00 a.m.",
         "The council announced on Monday that it would put the harbour bridge to a referendum in February. On paper, "
         "the idea sounds democratic.\n\nThe route crosses three neighbourhoods and requires the demolition of some "
         "twenty buildings.\n\nLet us first hold public meetings in every neighbourhood. Only then should we put the "
         "question to the voters.",
         "Marcus Leland is a lecturer in urban planning at Kestle University."},
    };
    for (const Opinion& r : rows) {
        INFO(r.lang);
        const Article a = parse(page_of(r));
        REQUIRE(a.headline);
        CHECK(*a.headline == r.title);
    }
}
