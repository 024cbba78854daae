// A title over a shorter standfirst signed by the byline, under a section's label: the standfirst scores best (the
// byline right under it), but the title shares a larger part of the article's words, so it is the headline and the
// standfirst the lede; the title no longer goes to the boilerplate. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* page;
    const char* headline;
    const char* lede;
};

} // namespace

TEST_CASE("a title over a shorter signed standfirst is the headline", "[headline][lede][byline30]") {
    const Row rows[] = {
        {R"(Inicio
Noticias
Mercado de Santurce reabre sus puertas tras dos años de obras
Los comerciantes celebran el regreso de los clientes
Por Ana Colón
3 de diciembre de 2026
El mercado, construido en 1910, cerró en 2024 para reforzar su estructura y renovar sus instalaciones eléctricas, según explicó el municipio en un comunicado.
La obra costó unos 12 millones de dólares, financiados en gran parte con fondos federales de recuperación tras el huracán.
"Esperamos que vuelva a ser el corazón del barrio", dijo la alcaldesa, María Ortiz, durante la inauguración.
Los comerciantes pagarán el mismo alquiler que antes del cierre durante los primeros dos años.
Compartir
)", "Mercado de Santurce reabre sus puertas tras dos años de obras",
         "Los comerciantes celebran el regreso de los clientes"},
        {R"(Accueil
Actualité
Le marché couvert de Vevey rouvre après deux ans de travaux
Les commerçants saluent le retour de la clientèle
Par Anne Collet
03.12.2026
Le marché couvert, construit en 1910, avait fermé en 2024 pour renforcer sa charpente et refaire toute son installation électrique, selon la commune.
Le chantier a coûté environ douze millions de francs, financés en grande partie par le canton et une fondation privée de la région.
Les commerçants paieront le même loyer qu'avant la fermeture pendant les deux premières années.
Partager
)", "Le marché couvert de Vevey rouvre après deux ans de travaux", "Les commerçants saluent le retour de la clientèle"},
        {R"(Home
News
Covered market in Portside reopens its doors after two years of repairs
Traders say they are glad to see shoppers back
By Ana Cole
December 3, 2026
The market, built in 1910, closed in 2024 to strengthen its frame and replace its wiring, the city said in a statement.
The works cost about $12 million, paid for largely with federal recovery funds after the hurricane.
"We hope it becomes the heart of the neighbourhood again," said the mayor, Mary Ortis, at the opening.
Stallholders will pay the same rent as before the closure for the first two years.
Share
)", "Covered market in Portside reopens its doors after two years of repairs",
         "Traders say they are glad to see shoppers back"},
        {R"(Startseite
Nachrichten
Markthalle in Hafenstadt öffnet nach zwei Jahren Bauzeit wieder ihre Türen
Die Händler freuen sich über die Rückkehr der Kunden
Von Anna Kohl
03.12.2026
Die Halle, 1910 gebaut, wurde 2024 geschlossen, um das Dach zu sichern und alle Leitungen zu erneuern, teilte die Stadt mit.
Die Arbeiten kosteten rund zwölf Millionen Euro, den größten Teil zahlte das Land.
"Wir hoffen, dass sie wieder das Herz des Viertels wird", sagte die Bürgermeisterin, Maria Ort, bei der Eröffnung.
Die Standbetreiber zahlen in den ersten zwei Jahren dieselbe Miete wie vor der Schließung.
Teilen
)", "Markthalle in Hafenstadt öffnet nach zwei Jahren Bauzeit wieder ihre Türen",
         "Die Händler freuen sich über die Rückkehr der Kunden"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
    }
}

TEST_CASE("a blog's tagline over a title signed by its date alone stays no headline", "[headline][byline30]") {
    // (The blog's name over the tagline reads as a label, and the tagline shares a larger part of the article's words
    // than the title; but the title is signed by its date, no byline: a blog's, no standfirst's.)
    const char* page = R"(harbour notes
Notes on boats, docks, ferries and the long coast road
Ten crossings, five seasick mornings
December 3, 2026
This autumn I took ten ferry crossings along the coast, from the short hop to the island to the long night crossing to the north.
The best of them was the slow boat to the quay at Portside, where the cranes still load the timber by hand.
The people of the harbours were kind to a stranger with a notebook, and I will be back in the spring with more ferries.
)";
    const archive::Article a = archive::parse(page, "x");
    CHECK(a.headline.value_or("") == "Ten crossings, five seasick mornings");
}
