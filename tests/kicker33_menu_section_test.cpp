// On a page without blank lines, a run of menu lines (or a breadcrumb laid out one crumb a line) may end with one of
// the site's standing desks ("Politique", "Cronaca", "Sociedad", "Sport") right over the headline: printed once, that
// item is the menu's last, no kicker. A topic label closing the same run ("Votations fédérales", "Crisi idrica"), or
// the desk printed again over the title (in capitals or not), stays the kicker. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <cstddef>
#include <string>

namespace {

// The lines over the label (no blank line), the label right over the headline, the headline with its byline and
// text, and the headline alone.
struct Row {
    const char *menu, *label, *rest, *headline;
};

const char* const fr_rest =
    "La commune rouvre sa piscine couverte après deux ans de travaux\n"
    "Par Claire Dumas\n"
    "Le bassin de vingt-cinq mètres accueillera de nouveau le public dès samedi, a annoncé la municipalité mardi.\n"
    "Les travaux ont porté sur la toiture, le chauffage de l'eau et les vestiaires, pour un coût de six millions.\n"
    "Les clubs de natation de la région attendaient cette réouverture depuis l'automne dernier.\n"
    "L'entrée restera gratuite pour les écoliers de la commune jusqu'à la fin de l'année, selon le maire.\n";
const char* const it_rest =
    "Il Comune chiude il vecchio ponte girevole dopo la scoperta di crepe\n"
    "di Paola Ferri\n"
    "Il consiglio comunale ha votato lunedì la chiusura del ponte girevole per due anni, dopo che i sommozzatori hanno trovato crepe.\n"
    "Sul ponte passano ogni giorno circa novemila automobili tra le due metà della città, secondo il Comune.\n"
    "I commercianti della riva est temono di perdere un terzo della clientela durante l'inverno.\n"
    "Un traghetto partirà ogni venti minuti dal vecchio molo durante i lavori, ha detto il sindaco.\n";
const char* const es_rest =
    "La ciudad cierra su viejo puente giratorio tras hallar grietas en dos pilares\n"
    "Por Marta Ruiz\n"
    "El pleno municipal aprobó el lunes cerrar el puente giratorio durante dos años, después de que los buzos hallaran grietas.\n"
    "Por el puente pasan cada día unos nueve mil coches entre las dos mitades de la ciudad, según el Ayuntamiento.\n"
    "Los comerciantes de la orilla este temen perder un tercio de su clientela durante el invierno.\n"
    "Un transbordador saldrá cada veinte minutos del viejo muelle mientras duren las obras, dijo el alcalde.\n";
const char* const en_rest =
    "Town reopens its indoor pool after two years of repairs\n"
    "By Ann Porter\n"
    "The twenty-five metre pool will open to the public again on Saturday, the town council said on Tuesday.\n"
    "The work covered the roof, the water heating and the changing rooms, at a cost of six million pounds.\n"
    "Swimming clubs across the county had been waiting for the reopening since last autumn.\n"
    "Entry will stay free for the town's schoolchildren until the end of the year, the mayor said.\n";

const char* const fr_title = "La commune rouvre sa piscine couverte après deux ans de travaux";
const char* const it_title = "Il Comune chiude il vecchio ponte girevole dopo la scoperta di crepe";
const char* const es_title = "La ciudad cierra su viejo puente giratorio tras hallar grietas en dos pilares";
const char* const en_title = "Town reopens its indoor pool after two years of repairs";

// Each row's page read: the headline found, and the label over it kept as the kicker or not.
template <std::size_t N> void check_rows(const Row (&rows)[N], bool label_is_kicker) {
    for (const Row& r : rows) {
        INFO(r.label);
        const archive::Article a = archive::parse(std::string(r.menu) + r.label + "\n" + r.rest, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == (label_is_kicker ? r.label : ""));
    }
}

} // namespace

TEST_CASE("a site's desk printed once as the last of a run of menu lines over the headline is no kicker",
          "[classify][kicker][unspaced]") {
    const Row rows[] = {
        {"Le Courrier du Port\nActualité\n", "Politique", fr_rest, fr_title},
        {"Gazzetta del Lago\nHome\n", "Cronaca", it_rest, it_title},
        {"Radio del Lago\nTicino e Grigioni\nSvizzera\n", "Mondo", it_rest, it_title},
        {"La Crónica del Puerto\nPolítica\nEconomía\n", "Sociedad", es_rest, es_title},
        {"Agencia del Puerto\nÚltimas noticias\n", "Internacional", es_rest, es_title},
        {"Harbour Herald\nHome\nNews\n", "Sport", en_rest, en_title},
    };
    check_rows(rows, false);
}

TEST_CASE("a topic label or the desk printed again closing a run of menu lines stays the kicker",
          "[classify][kicker][unspaced]") {
    const Row rows[] = {
        // A topic label of the article names no desk.
        {"Le Courrier du Port\nSuisse\nMonde\nSport\n", "Votations fédérales", fr_rest, fr_title},
        {"Gazzetta del Lago\nCronaca\nPolitica\n", "Crisi idrica", it_rest, it_title},
        {"La Crónica del Puerto\nPolítica\nEconomía\n", "Crisis del agua", es_rest, es_title},
        // The desk printed again under the menu (here in capitals) is the article's own label.
        {"Gazzetta del Lago\nCronaca\nPolitica\nSport\n", "POLITICA", it_rest, it_title},
        {"La Crónica del Puerto\nEspaña\nEconomía\nDeportes\n", "ECONOMÍA", es_rest, es_title},
    };
    check_rows(rows, true);
}

TEST_CASE("a site's desk opening a block of its own over the headline stays the kicker", "[classify][kicker]") {
    // "Le Courrier du Port / Actualité / <blank> / Politique / <headline>": the blank line parts the label from the
    // menu.
    const std::string fr = std::string("Le Courrier du Port\nActualité\n\nPolitique\n") + fr_rest;
    const std::string es = std::string("La Crónica del Puerto\nPolítica\nEconomía\n\nSociedad\n") + es_rest;
    CHECK(archive::parse(fr, "x").kicker.value_or("") == "Politique");
    CHECK(archive::parse(es, "x").kicker.value_or("") == "Sociedad");
}
