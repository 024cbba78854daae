// The head of the page (head96): a site's name printed alone over the title that carries it again as its last
// piece is the masthead, no headline; a place alone glued under the byline is where the author files from, no heading
// of the text; a byline closing the standfirst after its last sentence gives the authors and leaves the lede. Every
// line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "headline_rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace head96 {

// The masthead, the title (its last piece after `bar` the site's name perhaps), the standfirst, the byline, then the
// text.
std::string mast(const char* site, const char* title, const char* bar, const char* last, const char* stand,
                 const char* text) {
    return std::string(site) + "\n" + title + bar + last + "\n\n" + stand + "\n\n" + text + "\n";
}

const char* const es_text =
    "Ana Ruiz\nValdora, 3 de diciembre de 2026\n\n"
    "El Ayuntamiento de Valdora ha cerrado este lunes la piscina municipal cubierta tras detectar una fuga de agua en "
    "el vaso principal, según ha informado el consistorio en un comunicado.\n\n"
    "Los técnicos municipales estiman que las obras de reparación durarán al menos seis semanas y costarán bastante.";
const char* const fr_text =
    "Anne Roux\nBrenval, 3 décembre 2026\n\n"
    "La commune de Brenval a annoncé lundi la fermeture du pont de la Sorne pendant trois mois, le temps de remplacer "
    "le tablier abîmé par les crues du printemps.\n\n"
    "Les automobilistes devront emprunter une déviation de huit kilomètres par le village de Méroux.";
const char* const it_text =
    "Marco Neri\nValdosca, 3 dicembre 2026\n\n"
    "Il Comune di Valdosca ha chiuso lunedì la piscina comunale coperta dopo aver scoperto una perdita d'acqua nella "
    "vasca principale, ha fatto sapere l'amministrazione.\n\n"
    "I tecnici comunali stimano che i lavori dureranno almeno sei settimane e costeranno parecchio.";

TEST_CASE("a site's name over the title carrying it as its last piece is the masthead, no headline",
          "[head96][headline]") {
    // (A language's title and standfirst.)
    const std::pair<const char*, const char*> es{"La piscina municipal de Valdora cierra seis semanas por una fuga",
                                                 "Las obras de reparación costarán unos 200.000 euros, según el "
                                                 "consistorio."},
        fr{"Le pont de la Sorne fermé trois mois pour travaux", "La commune estime le chantier à 400 000 euros."},
        it{"Chiude per sei settimane la piscina comunale di Valdosca",
           "I lavori costeranno circa 200.000 euro, secondo il Comune."};
    const archive::test::HeadRow rows[] = {
        {mast("La Gaceta de Valdora", es.first, " - ", "La Gaceta de Valdora", es.second, es_text), "", es.first,
         es.second},
        {mast("Le Courrier de Brenval", fr.first, " | ", "Le Courrier de Brenval", fr.second, fr_text), "", fr.first,
         fr.second},
        {mast("Il Corriere di Valdosca", it.first, " - ", "Il Corriere di Valdosca", it.second, it_text), "", it.first,
         it.second},
        // Near miss: the title's last piece names another paper than the line over it: the rule cuts nothing off the
        // title, which keeps that paper's name (the first line, a paper's name over a title's line, is no headline:
        // masthead_over_title(), head106).
        {mast("Il Corriere di Valdosca", it.first, " - ", "Il Foglio di Brenta", it.second, it_text), "",
         "Chiude per sei settimane la piscina comunale di Valdosca - Il Foglio di Brenta", it.second},
    };
    archive::test::check_heads(rows);
}

// A head with a byline whose next line is `place`, then a blank line and the text.
std::string signed_head(const char* title, const char* stand, const char* byline, const char* place,
                        const char* text) {
    return std::string(title) + "\n\n" + stand + "\n\n" + byline + "\n" + place + "\n\n" + text + "\n";
}

TEST_CASE("a place alone glued under the byline is where the author files from, no heading", "[head96][byline]") {
    const char* const es_body =
        "El Ayuntamiento de Valdora ha cerrado este lunes la piscina municipal cubierta tras detectar una fuga de agua "
        "en el vaso principal, según ha informado el consistorio.\n\n"
        "Los técnicos municipales estiman que las obras de reparación durarán al menos seis semanas.";
    const char* const fr_body =
        "Le conseil municipal de Brenval a reporté lundi soir sa décision sur la reconstruction du pont de la Sorne, "
        "faute d'une deuxième expertise du sol.\n\n"
        "L'administration espérait lancer l'appel d'offres dès le printemps, elle compte désormais six mois de retard.";
    // (A language's title and standfirst.)
    const std::pair<const char*, const char*> es{"El Ayuntamiento de Valdora cierra la piscina municipal por una fuga",
                                                 "Las obras de reparación durarán al menos seis semanas, según el "
                                                 "consistorio."},
        fr{"Le conseil municipal reporte sa décision sur le pont de la Sorne",
           "Une deuxième expertise du sol doit être rendue en mai."};
    struct Row {
        std::string page;
        const char* place;
        bool dropped;
    };
    const Row rows[] = {
        {signed_head(es.first, es.second, "Por Ana Ruiz", "Valdora", es_body), "Valdora", true},
        {signed_head(fr.first, fr.second, "Par Anne Roux", "Brenval", fr_body), "Brenval", true},
        // Near miss: set apart from the byline by a blank line, the short line heads the text under it.
        {signed_head(fr.first, fr.second, "Par Anne Roux", "\nLe contexte", fr_body), "Le contexte", false},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(archive::test::is_heading(a, r.place) == !r.dropped);
        CHECK(archive::test::in_boilerplate(a, r.place) == r.dropped);
    }
}

// A title, a standfirst (a byline perhaps closing it), a date line, then the text.
std::string stand_page(const char* title, const char* stand, const char* date, const char* text) {
    return std::string(title) + "\n\n" + stand + "\n\n" + date + "\n\n" + text + "\n";
}

TEST_CASE("a byline closing the standfirst after its last sentence gives the authors and leaves the lede",
          "[head96][lede]") {
    const char* const de_stand_text =
        "Der Stadtrat von Kesselbrück hat am Montagabend den Entscheid über den Neubau der Wernbrücke vertagt, weil "
        "ein "
        "zweites Gutachten zum Baugrund noch nicht vorliegt.\n\n"
        "Die Verwaltung hatte gehofft, die Arbeiten noch im Frühjahr ausschreiben zu können. Nun rechnet die "
        "Baudezernentin mit einer Verzögerung von einem halben Jahr.";
    const char* const fr_stand_text =
        "Le conseil municipal de Brenval a reporté lundi soir sa décision sur la reconstruction du pont de la Sorne, "
        "faute d'une deuxième expertise du sol.\n\n"
        "L'administration espérait lancer l'appel d'offres dès le printemps, elle compte désormais six mois de retard.";
    const char* const en_stand_text =
        "Kelbridge council on Monday night put off its decision on rebuilding the Wern bridge because a second survey "
        "of "
        "the ground has not been delivered.\n\n"
        "Officials had hoped to put the works out to tender in the spring and now expect a delay of six months.";
    const char* const it_stand_text =
        "Il consiglio comunale di Valdosca ha rinviato lunedì sera la decisione sulla ricostruzione del ponte del "
        "Sorno, "
        "perché manca ancora una seconda perizia sul terreno.\n\n"
        "L'amministrazione sperava di bandire la gara già in primavera e prevede ora un ritardo di sei mesi.";
    struct Row {
        std::string page;
        const char* lede;
        const char* author;
    };
    const Row rows[] = {
        {stand_page("Stadtrat verschiebt Entscheid über die Wernbrücke",
                    "Ein zweites Gutachten zum Baugrund soll bis Mai vorliegen. Von Anna Muster, Bern",
                    "3. Dezember 2026", de_stand_text),
         "Ein zweites Gutachten zum Baugrund soll bis Mai vorliegen.", "Anna Muster"},
        {stand_page("Le conseil municipal reporte sa décision sur le pont de la Sorne",
                    "Une deuxième expertise du sol doit être rendue mardi. Par Anne Roux, Lausanne", "3 décembre 2026",
                    fr_stand_text),
         "Une deuxième expertise du sol doit être rendue mardi.", "Anne Roux"},
        {stand_page("Council delays vote on the Wern bridge",
                    "A second survey of the ground is due on Monday. By Jane Hill, Leeds", "3 December 2026",
                    en_stand_text),
         "A second survey of the ground is due on Monday.", "Jane Hill"},
        {stand_page("Il consiglio comunale rinvia la decisione sul ponte del Sorno",
                    "Una seconda perizia sul terreno è attesa per ieri. di Marco Neri, Torino", "3 dicembre 2026",
                    it_stand_text),
         "Una seconda perizia sul terreno è attesa per ieri.", "Marco Neri"},
        // Near misses: a name inside the standfirst's sentence, a sentence after the stop that names no author.
        {stand_page("Stadtrat verschiebt Entscheid über die Wernbrücke",
                    "Das Gutachten stammt von Anna Muster aus Bern und soll bis Mai vorliegen.", "3. Dezember 2026",
                    de_stand_text),
         "Das Gutachten stammt von Anna Muster aus Bern und soll bis Mai vorliegen.", ""},
        {stand_page("Council delays vote on the Wern bridge",
                    "A second survey of the ground is due on Monday. By then the bridge stays shut", "3 December 2026",
                    en_stand_text),
         "A second survey of the ground is due on Monday. By then the bridge stays shut", ""},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.lede.value_or("") == r.lede);
        CHECK((a.authors.empty() ? std::string() : a.authors.front()) == r.author);
    }
}

} // namespace head96
