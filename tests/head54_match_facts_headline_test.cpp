// A match report prints its facts around its head: the score between the two teams' names over the title ("Real
// Madrid 3 - 1 Atlético" kind), and the scorers' row under the byline ("Marcatori: 38' ...", "Tore: ...", "Buts :
// ...", "Scorers: ..."). Neither is ever the headline: the title stays the headline and the standfirst under it the
// lede. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* page;
    const char* headline;
    const char* lede;
};

void check_rows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page);
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        // (A page whose date line has no year keeps no lede yet: nullptr there.)
        if (r.lede != nullptr) {
            REQUIRE(a.lede);
            CHECK(*a.lede == r.lede);
        }
    }
}

} // namespace

TEST_CASE("head54: a score between the teams' names over the title is no headline", "[headline][match_facts][head54]") {
    check_rows({
        {R"(Portada
Fútbol
Baloncesto
Motor
Crónica
Deportivo Arenal 2 - 0 Unión Sierra
Tello sentencia el derbi de la costa
El delantero marcó de cabeza y de penalti ante un rival que no encontró el camino
Carmen Villalobos
Actualizado 04/12/2026 - 22:31 CET
El Deportivo Arenal sumó su cuarta victoria seguida en un partido que se decidió tras el descanso. Durante la primera parte el Unión Sierra tuvo las mejores ocasiones, pero su portero apenas tuvo trabajo.
En el minuto 58 Tello remató de cabeza un centro desde la derecha y abrió el marcador ante la grada más llena de la temporada.
Diez minutos después el árbitro señaló penalti por una mano en el área y el propio Tello lo transformó con un disparo raso.
)",
         "Tello sentencia el derbi de la costa",
         "El delantero marcó de cabeza y de penalti ante un rival que no encontró el camino"}, // es
        {R"(Home
Football
Rugby
Cricket
Match report
Harbourside 3 - 1 Millford
Okafor double sends Harbourside top as Millford fade late
The striker scored twice in the second half after a nervous opening hour at the Quay
By Daniel Marsh
Published 4 December 2026, 22:31
Harbourside moved to the top of the table with a third win in a row, although for an hour they were second best against a Millford side that pressed well.
Okafor finally broke through on 62 minutes, turning in a low cross at the near post, and added a second from the penalty spot ten minutes later.
Millford pulled one back through Lindqvist, but a header from the captain settled the game in stoppage time.
)",
         "Okafor double sends Harbourside top as Millford fade late",
         "The striker scored twice in the second half after a nervous opening hour at the Quay"}, // en
    });
}

TEST_CASE("head54: a scorers' row under the byline is no headline", "[headline][match_facts][head54]") {
    check_rows({
        {R"(Calcio
Serie A
Serie B
Tennis
Porto Alto-Valrossa 2-1: Ferri e Gallo ribaltano tutto nel finale
Al Comunale decide una doppietta in sei minuti, Valrossa avanti con Moretti
Luca Benedetti
4 dicembre - GENOVA
Porto Alto-Valrossa 2-1
Marcatori: 31' Moretti (V), 85' Ferri (P), 90'+3 Gallo (P)
Il Porto Alto si prende tre punti che sembravano persi. Per un'ora il Valrossa aveva controllato la partita, passando in vantaggio con un sinistro di Moretti sul secondo palo.
Poi i cambi dell'allenatore hanno cambiato tutto: il pareggio è arrivato all'85' con un colpo di testa di Ferri, il sorpasso in pieno recupero con un destro di Gallo da fuori area.
In classifica il Porto Alto sale al quarto posto, il Valrossa resta a metà tabella.
)",
         "Porto Alto-Valrossa 2-1: Ferri e Gallo ribaltano tutto nel finale",
         nullptr}, // it
        {R"(Sport
Fußball
Handball
Lindenau-Hafenstadt 2:1: Später Doppelschlag dreht das Derby
Zwei Tore in sieben Minuten bringen den dritten Sieg in Serie, Hafenstadt rutscht ab
Jonas Brehmer
4. Dezember - KIEL
Lindenau-Hafenstadt 2:1
Tore: 27' Petersen (H), 76' Wunder (L), 83' Schäfer (L)
Die erste Halbzeit gehörte den Gästen. In der 27. Minute nutzte Petersen einen Fehler der Abwehr und traf aus 16 Metern zur Führung.
Nach der Pause brachte der Trainer zwei Stürmer. Das zahlte sich aus: In der 76. Minute köpfte Wunder nach einer Ecke ein, sieben Minuten später verwandelte Schäfer den Elfmeter.
Lindenau klettert damit auf den fünften Platz der Tabelle.
)",
         "Lindenau-Hafenstadt 2:1: Später Doppelschlag dreht das Derby",
         nullptr}, // de
    });
}
