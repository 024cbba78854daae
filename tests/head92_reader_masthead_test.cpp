// A reader view (Firefox Reader View, Safari Reader) prints the site's name on the page's first line, then the title,
// then the reading time ("4-5 minuti") or the author: a name of capitalised words holding a paper's noun ("Corriere di
// Valsecca", "Aarwiler Zeitung", "Tages-Anzeiger") is no kicker; a topic's word there ("Cronaca", "Stadtentwicklung")
// still is. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline.hpp"
#include "headline_rows.hpp"
#include "rows.hpp"

#include <string>

using archive::test::block_of;

namespace {

const char* const it_reader = R"(Corriere di Valsecca
Brenzano, il nuovo ponte sul Lario aprirà a primavera
4-5 minuti

Il nuovo ponte pedonale sul Lario, a Brenzano, sarà aperto al pubblico all'inizio della primavera. Lo ha confermato ieri l'assessore ai lavori pubblici Giulio Mantegna.

I lavori, iniziati due anni fa, hanno subito diversi rallentamenti a causa delle piene del fiume. Il costo finale supera i nove milioni di euro.

«Manca solo l'illuminazione», ha spiegato Mantegna ai giornalisti. Le ultime prove di carico sono previste per febbraio.

Il ponte collegherà il centro storico con il quartiere della stazione.
)";

const char* const de_reader = R"(Aarwiler Zeitung
Gemeinderat von Aarwil stoppt das Hochhausprojekt am Bahnhof
5-6 Minuten

Der Gemeinderat von Aarwil hat am Dienstagabend das umstrittene Hochhausprojekt beim Bahnhof gestoppt. Mit 21 zu 14 Stimmen lehnte er die nötige Änderung des Zonenplans ab.

Das 70 Meter hohe Gebäude hätte 180 Wohnungen und ein Hotel umfassen sollen. Gegner hatten vor allem den Schattenwurf auf die Altstadt kritisiert.

«Das ist kein Nein zur Entwicklung, sondern ein Nein zu diesem Projekt», sagte Gemeinderätin Anna Kuster nach der Abstimmung.

Ob das Projekt in veränderter Form zurückkommt, ist offen.
)";

std::string with_first_line(const char* page, const char* line) {
    const std::string text = page;
    return line + text.substr(text.find('\n'));
}

} // namespace

TEST_CASE("a reader view's first line naming the paper is no kicker, a topic's word there is",
          "[head92][kicker][reader_view]") {
    const archive::test::HeadRow rows[] = {
        {it_reader, "", "Brenzano, il nuovo ponte sul Lario aprirà a primavera", ""},
        {de_reader, "", "Gemeinderat von Aarwil stoppt das Hochhausprojekt am Bahnhof", ""},
        {with_first_line(de_reader, "Aarwiler Tages-Anzeiger"), "",
         "Gemeinderat von Aarwil stoppt das Hochhausprojekt am Bahnhof", ""},
        {with_first_line(it_reader, "Cronaca"), "Cronaca", "Brenzano, il nuovo ponte sul Lario aprirà a primavera",
         ""},
        {with_first_line(de_reader, "Stadtentwicklung"), "Stadtentwicklung",
         "Gemeinderat von Aarwil stoppt das Hochhausprojekt am Bahnhof", ""},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("a paper's name is capitalised words holding a paper's noun", "[head92][kicker][reader_view]") {
    for (const char* line : {"Corriere di Valsecca", "Aarwiler Zeitung", "Tages-Anzeiger", "Gazette de Brévannes",
                             "The Harbour Tribune", "Diario de Castrelo", "Giornale della Valle"}) {
        INFO(line);
        CHECK(archive::outlet_masthead(block_of(line)));
    }
    // (A topic's words in small letters, "presse" in "Revue de presse"; no paper's noun, "Tour de France"; a single
    // word; a figure; a stop; a menu's separator.)
    for (const char* line : {"Revue de presse", "Tour de France", "Guerre en Ukraine", "Zeitung", "Gazette 2026",
                             "Corriere di Valsecca.", "Zeitung | Archiv", "Zeitung lesen"}) {
        INFO(line);
        CHECK_FALSE(archive::outlet_masthead(block_of(line)));
    }
}
