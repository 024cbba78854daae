// A live blog's time stamps as the languages print them (clock_stamp() of region_live.cpp, its words lexicon data:
// stamp_mark_words, clock_lead_words, clock_words, stamp_zone_words): "+++ 14:32 Uhr +++", "14.32 Uhr", "ore 14.32",
// "14h32", "14:32 h". Each stamps an entry, and the title under it is the entry's heading, never the page's headline
// over the first stamp. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a stamp between a ticker's marks, printed with a dot or after the clock's word", "[region][live][stamp]") {
    for (const char* line : {"+++ 14:32 Uhr +++", "+++ 14.32 Uhr +++", "++ 9:05 ++", "14.32 Uhr", "ore 14.32",
                             "ore 14:32", "Ore 9.05", "14:32 h", "14h32", "godz. 14:32", "• 14h32", "| 14:32 |",
                             "um 14:32 Uhr", "14:32 GMT"}) {
        CAPTURE(line);
        CHECK(entry_stamp(segment(line).front()));
    }
    // A dotted figure alone is a price or a score; marks round words, a sentence, a time out of the clock, a figure
    // with its unit or more words than a stamp prints are no stamp.
    for (const char* line : {"14.32", "+++ 14.32 +++", "4.50 EUR", "+++ Eilmeldung +++", "ore 25.10", "+++ 24:10 Uhr +++",
                             "ore 14.32 di ieri sera", "Preis 14.32 Euro", "14.32 Uhr.", "um 14 Uhr", "ore"}) {
        CAPTURE(line);
        CHECK_FALSE(entry_stamp(segment(line).front()));
    }
}

namespace {

struct LiveRow {
    const char* lang;
    const char* page;
    const char* headline;
    const char* first_heading;
};

} // namespace

TEST_CASE("the page's headline stands above the first stamp in each language's form", "[headline][live][stamp]") {
    const std::vector<LiveRow> rows = {
        {"de", R"(Startseite
Panorama
Liveblog
Hochwasser an der Elbe: Pegel in Dresden steigt weiter – Stadt sperrt Uferwege
Die Stadt ruft die zweithöchste Alarmstufe aus. Hunderte Helfer füllen Sandsäcke, mehrere Schulen bleiben geschlossen.
Von Katrin Vogel
Aktualisiert am 3. Dezember 2026, 14:40 Uhr
Das Wichtigste in Kürze
Der Pegel in Dresden liegt bei 6,80 Metern.
Mehrere Schulen bleiben am Donnerstag geschlossen.
+++ 14:32 Uhr +++
Feuerwehr meldet neuen Höchststand
Die Feuerwehr hat am Mittag einen neuen Höchststand gemessen. Nach ihren Angaben stieg das Wasser binnen drei Stunden um zwölf Zentimeter.
Teilen
+++ 13:05 Uhr +++
Uferwege in der Altstadt gesperrt
Die Stadtverwaltung hat alle Uferwege zwischen Augustusbrücke und Marienbrücke gesperrt. Spaziergänger sollen die Gegend meiden, teilte ein Sprecher mit.
Teilen
+++ 11:48 Uhr +++
Sandsäcke werden knapp
In mehreren Stadtteilen werden die Sandsäcke knapp. Die Stadt hat zusätzliche Lieferungen aus dem Umland angefordert und bittet Freiwillige um Hilfe.
Teilen
Impressum
)",
         "Hochwasser an der Elbe: Pegel in Dresden steigt weiter – Stadt sperrt Uferwege",
         "Feuerwehr meldet neuen Höchststand"},
        {"de", R"(Startseite
Liveblog
Sturm über Hamburg: Fähren stellen den Betrieb ein, Fischmarkt unter Wasser
Der Orkan erreicht am Abend seinen Höhepunkt. Die Feuerwehr rät, zu Hause zu bleiben.
Von Jonas Reimann
14.32 Uhr
Hafenfähren fahren nicht mehr
Die Verkehrsbetriebe haben alle Fähren im Hafen eingestellt. Ein Ersatzverkehr mit Bussen ist nach ihren Angaben nicht geplant.
Teilen
13.05 Uhr
Fischmarkt überflutet
Am Morgen stand das Wasser auf dem Fischmarkt einen halben Meter hoch. Händler hatten ihre Stände schon am Vorabend abgebaut.
Teilen
11.48 Uhr
Bäume auf der Elbchaussee
Auf der Elbchaussee sind zwei Bäume auf die Fahrbahn gestürzt. Die Straße bleibt nach Angaben der Polizei bis zum Abend gesperrt.
Teilen
)",
         "Sturm über Hamburg: Fähren stellen den Betrieb ein, Fischmarkt unter Wasser", "Hafenfähren fahren nicht mehr"},
        {"it", R"(Home
Cronaca
Diretta
Maltempo in Liguria, allerta rossa a Genova: chiuse scuole e parchi
Il Comune ha attivato il centro operativo. Attese piogge intense fino a domani mattina.
di Marco Ferri
3 dicembre 2026
ore 14.32
Il Bisagno sotto osservazione
Il livello del torrente Bisagno è salito di quaranta centimetri in due ore. I tecnici della Protezione civile lo controllano a vista.
Condividi
ore 13.05
Chiusi i sottopassi
Il Comune ha chiuso tutti i sottopassi della città per precauzione. La polizia locale presidia gli accessi principali.
Condividi
ore 11.48
Treni in ritardo
Sulla linea costiera i treni viaggiano con ritardi fino a quaranta minuti a causa di un guasto alla linea elettrica.
Condividi
Note legali
)",
         "Maltempo in Liguria, allerta rossa a Genova: chiuse scuole e parchi", "Il Bisagno sotto osservazione"},
        {"es", R"(Portada
Nacional
En directo
Temporal en Valencia: el Ayuntamiento cierra parques y suspende las clases
Las lluvias superan los cien litros por metro cuadrado en algunos barrios. Emergencias pide evitar desplazamientos.
Por Lucía Martín
14:32 h
Cortada la avenida del Puerto
La Policía Local ha cortado la avenida del Puerto por la acumulación de agua. El tráfico se desvía por las calles paralelas.
Compartir
13:05 h
Suspendidas las clases
La Conselleria de Educación ha suspendido las clases en todos los centros de la ciudad durante la jornada de mañana.
Compartir
11:48 h
Rescatados dos conductores
Los bomberos han rescatado a dos conductores atrapados en un paso inferior inundado en el barrio de Benicalap.
Compartir
Aviso legal
)",
         "Temporal en Valencia: el Ayuntamiento cierra parques y suspende las clases", "Cortada la avenida del Puerto"},
        {"fr", R"(Accueil
Direct
Crue de la Loire : la préfecture ordonne l'évacuation de trois quartiers à Orléans
Le fleuve a dépassé la cote d'alerte dans la nuit. Plus de deux mille habitants doivent quitter leur logement.
Par Claire Dumas
+++ 14h32 +++
Les gymnases ouverts aux sinistrés
La mairie a ouvert deux gymnases pour accueillir les habitants évacués. Des lits de camp ont été installés dans la matinée.
Partager
+++ 13h05 +++
Le pont Royal fermé à la circulation
Le pont Royal est fermé aux voitures depuis midi. Les bus sont déviés par le pont de l'Europe, a indiqué la métropole.
Partager
+++ 11h48 +++
Les pompiers en renfort
Deux cents pompiers venus des départements voisins sont arrivés en renfort dans la matinée pour aider aux évacuations.
Partager
)",
         "Crue de la Loire : la préfecture ordonne l'évacuation de trois quartiers à Orléans",
         "Les gymnases ouverts aux sinistrés"},
    };
    for (const LiveRow& r : rows) {
        CAPTURE(r.lang, r.headline);
        const Article a = parse(r.page, "page.txt");
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        const std::vector<std::string> headings = test::headings_of(a);
        REQUIRE_FALSE(headings.empty());
        CHECK(headings.front() == r.first_heading);
        CHECK(headings.size() == 3);
    }
}

// "10 h 12" (the French hour's "h" between spaces) and "10.12am" (the clock's word glued to a dotted time) are stamps
// too; a time out of the clock, words after the figures or a word glued that is no clock's are none (media98).
TEST_CASE("a stamp with a spaced hour's h or a glued am or pm", "[region][live][stamp][media98]") {
    for (const char* line : {"10 h 12", "9 h 48", "10.12am", "9.48pm"}) {
        CAPTURE(line);
        CHECK(entry_stamp(segment(line).front()));
    }
    for (const char* line : {"10 h 75", "25 h 10", "2 h 30 de route", "10 h", "10.75am", "10.12ab", "1.200am"}) {
        CAPTURE(line);
        CHECK_FALSE(entry_stamp(segment(line).front()));
    }
}
