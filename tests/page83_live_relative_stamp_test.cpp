// A live blog whose newest entry is stamped relatively ("vor 6 Minuten", "il y a 6 min", "6 minuti fa", "6 min ago"):
// the first stamp may be read as the page's (unresolved) date, yet the title under it heads the first entry's section
// as the later entries' titles do (region_live.cpp, entry_over_region()). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* page;
    const char* heading;
    const char* paragraph_opening;
};

} // namespace

TEST_CASE("the first entry of a live blog under a relative stamp keeps its title", "[sections][live][page83]") {
    const Row rows[] = {
        {R"(Startseite
Lokales
Liveticker
Sturm über Hafenstadt: Bahnverkehr eingestellt, Schulen bleiben geschlossen
Ein Orkantief zieht über die Küste. Wir berichten laufend über die Lage in der Stadt und im Umland.
Von Jana Roth
Aktualisiert: 06.12.2026, 15:42 Uhr
Teilen
Neueste zuerst
vor 6 Minuten
Feuerwehr: „Wir haben alle Hände voll zu tun“
Seit dem frühen Morgen ist die Feuerwehr mehr als zweihundert Mal ausgerückt, meist wegen umgestürzter Bäume und abgedeckter Dächer in der Innenstadt.
Teilen
vor 40 Minuten
Fähren bleiben im Hafen
Die Reederei hat alle Abfahrten zu den Inseln bis zum Abend gestrichen, die Passagiere sollen sich auf der Internetseite informieren.
Teilen
vor 1 Stunde
Bahn stellt Regionalverkehr ein
Auf allen Strecken im Norden fahren bis auf Weiteres keine Regionalzüge, teilte das Unternehmen am Vormittag mit.
Teilen
)",
         "Feuerwehr: „Wir haben alle Hände voll zu tun“", "Seit dem frühen Morgen"},
        {R"(Startseite
Lokales
Liveticker
Sturm über Hafenstadt: Bahnverkehr eingestellt, Schulen bleiben geschlossen
vor 6 Minuten
Feuerwehr: „Wir haben alle Hände voll zu tun“
Seit dem frühen Morgen ist die Feuerwehr mehr als zweihundert Mal ausgerückt, meist wegen umgestürzter Bäume und abgedeckter Dächer in der Innenstadt.
Teilen
vor 40 Minuten
Fähren bleiben im Hafen
Die Reederei hat alle Abfahrten zu den Inseln bis zum Abend gestrichen, die Passagiere sollen sich auf der Internetseite informieren.
Teilen
vor 1 Stunde
Bahn stellt Regionalverkehr ein
Auf allen Strecken im Norden fahren bis auf Weiteres keine Regionalzüge, teilte das Unternehmen am Vormittag mit.
Teilen
)",
         "Feuerwehr: „Wir haben alle Hände voll zu tun“", "Seit dem frühen Morgen"},
        {R"(Accueil
Régions
En direct
Tempête sur la côte : les trains suspendus, les écoles fermées
Une dépression traverse le littoral. Suivez heure par heure la situation dans la ville et les communes voisines.
Par Jeanne Roux
Mis à jour le 6 décembre 2026 à 15h42
Partager
Les plus récents
il y a 6 min
Les pompiers : « Nous sommes sur le pont depuis l'aube »
Depuis le petit matin, les pompiers sont intervenus plus de deux cents fois, surtout pour des arbres tombés et des toitures arrachées.
Partager
il y a 40 min
Les ferries restent à quai
La compagnie a annulé toutes les traversées vers les îles jusqu'au soir, les passagers sont invités à consulter son site.
Partager
il y a 1 h
Les trains régionaux à l'arrêt
Aucun train régional ne circule sur les lignes du nord jusqu'à nouvel ordre, a annoncé l'entreprise dans la matinée.
Partager
)",
         "Les pompiers : « Nous sommes sur le pont depuis l'aube »", "Depuis le petit matin"},
        {R"(Home
Cronaca
Diretta
Tempesta sulla costa: treni sospesi, scuole chiuse in tutta la provincia
Una perturbazione attraversa il litorale. Seguite con noi l'evoluzione della situazione in città e nei comuni vicini.
di Giulia Rossi
Aggiornato il 6 dicembre 2026 alle 15:42
Condividi
Più recenti
6 minuti fa
Vigili del fuoco: «Siamo al lavoro dall'alba»
Dalle prime ore del mattino i vigili del fuoco sono intervenuti più di duecento volte, soprattutto per alberi caduti e tetti scoperchiati.
Condividi
40 minuti fa
I traghetti restano in porto
La compagnia ha cancellato tutte le partenze per le isole fino a sera, i passeggeri sono invitati a consultare il sito.
Condividi
1 ora fa
Treni regionali fermi
Nessun treno regionale circola sulle linee del nord fino a nuovo ordine, ha comunicato la società in mattinata.
Condividi
)",
         "Vigili del fuoco: «Siamo al lavoro dall'alba»", "Dalle prime ore"},
        {R"(Home
Local
Live
Storm hits the coast: trains suspended and schools closed across the county
A deep low is crossing the coast. Follow the latest on the situation in the city and the surrounding towns.
By Jane Rowe
Updated 6 December 2026, 15:42
Share
Newest first
6 min ago
Fire service: 'We have been flat out since dawn'
Since early morning firefighters have been called out more than two hundred times, mostly to fallen trees and damaged roofs in the city centre.
Share
40 min ago
Ferries stay in port
The operator has cancelled all sailings to the islands until the evening and passengers are asked to check its website.
Share
1 hour ago
Regional trains halted
No regional trains are running on the northern lines until further notice, the operator said in the morning.
Share
)",
         "Fire service: 'We have been flat out since dawn'", "Since early morning"},
    };
    for (const Row& r : rows) {
        INFO(r.heading);
        const archive::Article a = archive::parse(r.page, "x");
        REQUIRE(a.sections.size() >= 2);
        CHECK(a.sections[0].heading.value_or("") == r.heading);
        REQUIRE(!a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0].starts_with(r.paragraph_opening));
    }
}
