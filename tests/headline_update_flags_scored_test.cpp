// A title with an update flag glued before it, in the languages whose flag reads as a date's label ("Mise à jour :",
// "Aktualisiert:", "Actualización:"): the title after the flag is what the headline's choice scores, so the line is
// chosen and the flag cut off it (update_flag_end()). A label of a live page ("EN DIRECT :") is no update flag.
// Invented lines, pages without blank lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

const char* const page_fr = "Accueil\nActualités\nRégion\n"
                            "%FLAG%Le bac du port passera toutes les dix minutes dès mai\n"
                            "La mairie assure que les nouveaux bateaux transporteront deux fois plus de passagers que les anciens.\n"
                            "Par Jeanne Dupont\n"
                            "Le bac du port passera toutes les dix minutes dès le mois de mai, a annoncé mardi la mairie après un vote.\n"
                            "Les deux nouveaux bateaux ont été construits au chantier du quai nord et remplacent les anciens, en service depuis trente ans.\n"
                            "Les passagers du matin se plaignent depuis des années des ponts bondés et des longues files d'attente en été.\n"
                            "La mairie s'attend à ce que le nombre de passagers double dans les deux ans suivant le nouvel horaire.\n";
const char* const page_de = "Startseite\nNews\nRegion\n"
                            "%FLAG%Neue Fähre fährt ab Mai alle zehn Minuten über den See\n"
                            "Die Gemeinde rechnet mit doppelt so vielen Fahrgästen wie bisher auf der Strecke zwischen den Ufern.\n"
                            "Von Anna Muster\n"
                            "Die Fähre über den See fährt ab Mai alle zehn Minuten, wie die Gemeinde am Dienstag nach der Abstimmung mitteilte.\n"
                            "Die zwei neuen Schiffe wurden auf der Werft am Nordufer gebaut und ersetzen die alten, die dreissig Jahre fuhren.\n"
                            "Fahrgäste beklagen sich seit Jahren über volle Decks und lange Warteschlangen am Steg, vor allem im Sommer.\n"
                            "Die Gemeinde erwartet, dass sich die Zahl der Fahrgäste innert zwei Jahren nach dem neuen Fahrplan verdoppelt.\n";
const char* const page_es = "Inicio\nNoticias\nRegión\n"
                            "%FLAG%El transbordador del puerto saldrá cada diez minutos desde mayo\n"
                            "El Ayuntamiento asegura que los nuevos barcos llevarán el doble de pasajeros que los antiguos.\n"
                            "Por Lucía Gómez\n"
                            "El transbordador del puerto saldrá cada diez minutos a partir de mayo, anunció el martes el Ayuntamiento tras la votación.\n"
                            "Los dos barcos nuevos se construyeron en el astillero del muelle norte y sustituyen a los antiguos, que navegaron treinta años.\n"
                            "Los pasajeros de la mañana se quejan desde hace años de las cubiertas llenas y de las colas en el muelle en verano.\n"
                            "El Ayuntamiento espera que el número de pasajeros se duplique en dos años con el nuevo horario de la línea.\n";

std::string with_flag(const char* page, const std::string& flag) {
    std::string out(page);
    const std::string mark = "%FLAG%";
    out.replace(out.find(mark), mark.size(), flag);
    return out;
}

} // namespace

TEST_CASE("a title under an update flag that reads as a date's label is the headline", "[classify][headline][update]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* flag;
        const char* title;
    };
    const Row rows[] = {
        {"fr", page_fr, "Mise à jour :", "Le bac du port passera toutes les dix minutes dès mai"},
        {"de", page_de, "Aktualisiert:", "Neue Fähre fährt ab Mai alle zehn Minuten über den See"},
        {"es", page_es, "Actualización:", "El transbordador del puerto saldrá cada diez minutos desde mayo"},
    };
    for (const Row& r : rows) {
        INFO(r.flag);
        const Article a = classify(segment(with_flag(r.page, std::string(r.flag) + " ")), r.lang);
        CHECK(a.headline.value_or("") == r.title);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.flag) != a.boilerplate.end());
        // The same page without the flag has the same headline.
        CHECK(classify(segment(with_flag(r.page, "")), r.lang).headline.value_or("") == r.title);
    }
}

TEST_CASE("a live page's label glued before the title is no update flag", "[classify][headline][update]") {
    for (const char* line : {"EN DIRECT : Le bac du port passera toutes les dix minutes dès mai",
                             "LIVE: Neue Fähre fährt ab Mai alle zehn Minuten über den See"}) {
        CAPTURE(line);
        CHECK(update_flag_end(line) == 0);
    }
    CHECK(update_flag_end("Mise à jour : Le bac du port passera toutes les dix minutes") == std::string("Mise à jour : ").size());
    CHECK(update_flag_end("Aktualisiert: Neue Fähre ab Mai") == std::string("Aktualisiert: ").size());
}
