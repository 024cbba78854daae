// A wire text whose last paragraph closes with the agency's name after its stop ("... en la investigación. EFE",
// "... au printemps. AFP", "... am Montag. dpa"): the paragraph stays the text's last, no picture's caption credited
// to the agency, and the agency is the record's source tag. A caption credited to the agency between the paragraphs
// stays a caption. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

namespace {

struct Row {
    const char* page;
    const char* last_paragraph;
    const char* agency;
};

} // namespace

TEST_CASE("an agency's name after the last paragraph's stop signs the text", "[agency][credits][page84]") {
    const Row rows[] = {
        {R"(Sociedad
La depuradora de Villanueva del Campo no funcionará hasta el verano
4 dic 2026
La planta que debía tratar las aguas residuales de cuatro municipios de la comarca seguirá cerrada al menos hasta junio, según confirmó este jueves la consejería.
Los alcaldes de la zona reclaman desde hace dos años una solución para los vertidos que llegan al río cada vez que llueve con fuerza.
La consejería prevé adjudicar en enero las obras de reparación de los filtros que fallaron durante las pruebas de la primavera pasada. EFE
ava/jlp
Etiquetas
Medio ambiente
)",
         "La consejería prevé adjudicar en enero las obras de reparación de los filtros que fallaron durante las "
         "pruebas de la primavera pasada. EFE",
         "efe"},
        {R"(Société
Le tramway de Villebrune ne roulera pas avant l'été
4 décembre 2026
La mise en service de la deuxième ligne du tramway de Villebrune est repoussée de six mois, a annoncé jeudi la métropole.
Les essais menés en novembre ont révélé un défaut sur les aiguillages du dépôt, que le constructeur doit remplacer à ses frais.
Les commerçants du centre-ville, qui subissent les travaux depuis trois ans, demandent une indemnisation supplémentaire à la métropole. AFP
Partager
Sur le même sujet
)",
         "Les commerçants du centre-ville, qui subissent les travaux depuis trois ans, demandent une indemnisation "
         "supplémentaire à la métropole. AFP",
         "afp"},
        {R"(Panorama
Neue Straßenbahnlinie in Hafenstadt verzögert sich bis zum Sommer
04.12.2026
Die zweite Straßenbahnlinie in Hafenstadt wird frühestens im Juni in Betrieb gehen, wie die Stadtwerke am Donnerstag mitteilten.
Bei Probefahrten im November waren Mängel an den Weichen im Betriebshof aufgefallen, die der Hersteller auf eigene Kosten beheben muss.
Die Händler in der Innenstadt, die seit drei Jahren unter der Baustelle leiden, fordern eine zusätzliche Entschädigung von der Stadt. dpa
Teilen
Mehr zum Thema
)",
         "Die Händler in der Innenstadt, die seit drei Jahren unter der Baustelle leiden, fordern eine zusätzliche "
         "Entschädigung von der Stadt. dpa",
         "dpa"},
        {R"(Cronaca
Il nuovo tram di Borgoverde non partirà prima dell'estate
4 dicembre 2026
La seconda linea del tram di Borgoverde entrerà in servizio non prima di giugno, ha comunicato giovedì il Comune.
Durante le prove di novembre sono emersi difetti agli scambi del deposito, che il costruttore dovrà sostituire a sue spese.
I commercianti del centro, che da tre anni convivono con i cantieri, chiedono al Comune un ulteriore indennizzo. (ANSA)
Condividi
Leggi anche
)",
         "I commercianti del centro, che da tre anni convivono con i cantieri, chiedono al Comune un ulteriore "
         "indennizzo. (ANSA)",
         "ansa"},
    };
    for (const Row& r : rows) {
        INFO(r.agency);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.media.empty());
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections.back().paragraphs.empty());
        CHECK(a.sections.back().paragraphs.back() == r.last_paragraph);
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}

TEST_CASE("a caption credited to the agency between the paragraphs stays a caption", "[agency][credits][page84]") {
    const char* pages[] = {
        R"(Sociedad
La depuradora de Villanueva del Campo no funcionará hasta el verano
4 dic 2026
La planta que debía tratar las aguas residuales de cuatro municipios de la comarca seguirá cerrada al menos hasta junio, según confirmó este jueves la consejería.
Vista aérea de la depuradora de Villanueva del Campo, cerrada desde las pruebas de la primavera pasada. EFE
Los alcaldes de la zona reclaman desde hace dos años una solución para los vertidos que llegan al río cada vez que llueve con fuerza.
La consejería prevé adjudicar en enero las obras de reparación de los filtros que fallaron durante las pruebas.
)",
        R"(Société
Le tramway de Villebrune ne roulera pas avant l'été
4 décembre 2026
La mise en service de la deuxième ligne du tramway de Villebrune est repoussée de six mois, a annoncé jeudi la métropole.
Une rame du tramway de Villebrune lors des essais sur le pont de la Sarre, le 12 novembre dernier. AFP
Les essais menés en novembre ont révélé un défaut sur les aiguillages du dépôt, que le constructeur doit remplacer à ses frais.
Les commerçants du centre-ville demandent une indemnisation supplémentaire à la métropole.
)",
    };
    for (const char* page : pages) {
        INFO(page);
        const archive::Article a = archive::parse(page, "x");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].credit.value_or("").size() == 3);
    }
}
