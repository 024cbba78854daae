// An article whose sections hold one sentence each under a short heading, right under its first paragraph, is the
// article's text, no list of cards (title, summary, title, summary) that main_region() weighs against the region
// (short_sections()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <cstddef>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* heading; // a section's heading
    const char* last;    // the last section's sentence
};

// Each row's page keeps (or, with `kept` false, leaves out) its heading and its last sentence.
template <std::size_t N>
void check_rows(const Row (&rows)[N], bool kept) {
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.heading) == kept);
        CHECK(test::in_text(a, r.last) == kept);
    }
}

} // namespace

TEST_CASE("short sections of one sentence under the first paragraph stay in the text", "[region][region26]") {
    const Row rows[] = {
        {"en",
         "Home\nPolitics\nWhat the new bus fares mean for pupils\nThe council agreed on cheaper tickets.\n"
         "By Anna Field\n12 May 2026\n\n"
         "The council on Tuesday agreed to cut bus fares for pupils, a change that is due to apply from September.\n\n"
         "The background\n\n"
         "For years, parents have asked for cheaper tickets because the school run has become so expensive.\n\n"
         "The details\n\n"
         "From the first day of term, pupils under sixteen will pay half the adult fare on every line.\n\n"
         "What happens next\n\n"
         "Schools will hand out the new passes to their pupils in the last week of the summer term.\n\n"
         "Share\n",
         "The details", "Schools will hand out the new passes to their pupils in the last week of the summer term."},
        {"de",
         "Startseite\nTechnik\nDie neue Kamera im Test\nScharfe Bilder, ein schwacher Akku und ein fairer Preis.\n"
         "Von Jonas Keller\n14.05.2026\n"
         "Die Kamera kommt in zwei Farben und kostet mit dem einfachen Objektiv rund 900 Euro im Handel.\n"
         "Der Sucher\n"
         "Das Bild im Sucher ist auch bei hellem Licht klar und zeigt die Farben so, wie sie später im Foto sind.\n"
         "Der Akku\n"
         "Im Test reichte eine Ladung für etwa dreihundert Fotos, was für einen Ausflug knapp ist.\n"
         "Unser Fazit\n"
         "Wer eine leichte Kamera für die Reise sucht, wird mit diesem Modell lange zufrieden sein.\n"
         "Teilen\n",
         "Der Akku", "Wer eine leichte Kamera für die Reise sucht, wird mit diesem Modell lange zufrieden sein."},
        {"fr",
         "Accueil\nSociété\nCe que change la réforme des cantines\nLe conseil a voté des repas moins chers.\n"
         "Par Julie Morel\n12 mai 2026\n\n"
         "Le conseil municipal a voté mardi une baisse du prix des repas à la cantine, qui doit entrer en vigueur "
         "en septembre.\n\n"
         "Le contexte\n\n"
         "Depuis des années, les parents demandent des repas moins chers parce que la facture a beaucoup augmenté.\n\n"
         "Les détails\n\n"
         "Dès la rentrée, les familles paieront un tarif fixé selon leurs revenus pour chaque repas servi.\n\n"
         "Et maintenant\n\n"
         "Les écoles enverront les nouveaux formulaires aux familles avant la fin de l'année scolaire.\n\n"
         "Partager\n",
         "Les détails", "Les écoles enverront les nouveaux formulaires aux familles avant la fin de l'année scolaire."},
        {"es",
         "Inicio\nSociedad\nQué cambia con el nuevo abono de transporte\nEl ayuntamiento aprobó billetes más baratos.\n"
         "Por Lucía Ortega\n12 de mayo de 2026\n\n"
         "El ayuntamiento aprobó el martes un abono más barato para los estudiantes, que se aplicará a partir de "
         "septiembre.\n\n"
         "Los antecedentes\n\n"
         "Desde hace años, las familias piden billetes más baratos porque el precio del transporte ha subido mucho.\n\n"
         "Los detalles\n\n"
         "Desde el primer día del curso, los menores de dieciséis años pagarán la mitad en todas las líneas.\n\n"
         "Qué pasa ahora\n\n"
         "Los colegios entregarán los nuevos abonos a sus alumnos en la última semana del curso.\n\n"
         "Compartir\n",
         "Los detalles", "Los colegios entregarán los nuevos abonos a sus alumnos en la última semana del curso."},
    };
    check_rows(rows, true);
}

// A list of cards right under the article's last paragraph, its titles printed elsewhere on the page too (a box of
// the most read articles), stays out: an article's headings are printed once.
TEST_CASE("cards whose titles the page prints twice stay out of the text", "[region][region26]") {
    const Row rows[] = {
        {"en",
         "Home\nLocal\nMost read\nFerry fares rise again\nNew school opens\nMarket moves to the quay\n"
         "New benches for the market square\nBy Tom Baker\n14 May 2026\n\n"
         "The society on Tuesday put up ten new benches on the market square, built from the wood of old town "
         "trees and meant to last for many years.\n\n"
         "Ferry fares rise again\n\n"
         "The operator says the price of fuel leaves it no other choice this summer.\n\n"
         "New school opens\n\n"
         "Pupils moved into the new building on the hill after two years of work.\n\n"
         "Market moves to the quay\n\n"
         "The Saturday market will be held on the old quay while the square is closed.\n\n"
         "Share\n",
         "New school opens", "The Saturday market will be held on the old quay while the square is closed."},
        {"de",
         "Startseite\nLokales\nMeistgelesen\nFähre wird wieder teurer\nNeue Schule eröffnet\nMarkt zieht an den Kai\n"
         "Neue Bänke am Marktplatz\nVon Tom Becker\n14.05.2026\n\n"
         "Der Verein hat am Dienstag zehn neue Bänke am Marktplatz aufgestellt, die aus dem Holz alter Stadtbäume "
         "gebaut wurden und lange halten sollen.\n\n"
         "Fähre wird wieder teurer\n\n"
         "Der Betreiber sagt, der Preis für den Treibstoff lasse ihm in diesem Sommer keine Wahl.\n\n"
         "Neue Schule eröffnet\n\n"
         "Die Schüler sind nach zwei Jahren Bauzeit in das neue Gebäude auf dem Hügel gezogen.\n\n"
         "Markt zieht an den Kai\n\n"
         "Der Wochenmarkt findet am alten Kai statt, solange der Platz gesperrt ist.\n\n"
         "Teilen\n",
         "Neue Schule eröffnet", "Der Wochenmarkt findet am alten Kai statt, solange der Platz gesperrt ist."},
    };
    check_rows(rows, false);
}
