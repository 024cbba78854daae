// A table of contents without numbers between a page's title and its text ("Contents", "On this page", "Inhalt",
// "Sur cette page"), whose entries the article prints again as its headings: neither an entry nor its heading is the
// page's title, which stands over the contents; the first heading under the contents heads the first section
// (contents.cpp unnumbered_contents_line(), headline_score.cpp).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "contents_runs.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::headings_of;

namespace {

struct ContentsListRow {
    const char* name;
    const char* language;
    const char* page;
    const char* headline;
    std::vector<std::string> headings; // the sections' headings, in order
};

const ContentsListRow rows[] = {
    {"guidance page, 'Contents' under the title's meta block (en)",
     "en",
     R"(Skip to main content
Council services
Menu
Search
Home
Environment and waste
Bins and recycling
Guidance
Book a collection of bulky household waste
How to ask the council to take away furniture, white goods and other large items, and what the collection costs.
From:
Waste and Recycling Team
Published
14 October 2026
Last updated
2 November 2026 — See all updates
Get emails about this page
Print this page
Contents
What the council collects
Booking and paying
Getting the items ready
If the crew cannot take something
What the council collects
The crew takes sofas, beds, wardrobes, fridges, washing machines and other items too big for your bin.
They do not take building rubble, car parts, paint tins or anything that holds oil or gas.
Booking and paying
Book online or by phone at least three working days before the day you want, and pay when you book.
A collection of up to five items costs £35; each item after that costs £6 more.
Getting the items ready
Leave the items outside your front door or at the edge of your property by 7am on the day.
Tape the doors of fridges and freezers shut so that they cannot swing open while they are carried.
If the crew cannot take something
The crew leaves a card saying why; you can rebook once for free within 14 days of the first date.
Is this page useful?
Yes
No
)",
     "Book a collection of bulky household waste",
     {"What the council collects", "Booking and paying", "Getting the items ready",
      "If the crew cannot take something"}},
    {"guidance page, 'Inhalt' under the title's meta block (de)",
     "de",
     R"(Zum Inhalt springen
Stadtverwaltung
Menü
Suche
Startseite
Umwelt und Abfall
Ratgeber
Sperrmüll zur Abholung anmelden
Wie Sie die Stadt bitten, Möbel, Elektrogeräte und andere große Dinge abzuholen, und was die Abholung kostet.
Herausgeber:
Abfallwirtschaft der Stadt
Veröffentlicht
14. Oktober 2026
Zuletzt aktualisiert
2. November 2026
Seite drucken
Inhalt
Was abgeholt wird
Anmelden und bezahlen
Die Dinge bereitstellen
Wenn etwas stehen bleibt
Was abgeholt wird
Die Mannschaft nimmt Sofas, Betten, Schränke, Kühlschränke und Waschmaschinen mit, die nicht in die Tonne passen.
Bauschutt, Autoteile, Farbeimer und alles, was Öl oder Gas enthält, bleiben stehen.
Anmelden und bezahlen
Melden Sie die Abholung online oder am Telefon mindestens drei Werktage vorher an und zahlen Sie dabei.
Bis zu fünf Stücke kosten 35 Euro, jedes weitere kostet 6 Euro mehr.
Die Dinge bereitstellen
Stellen Sie die Dinge bis 7 Uhr am Abholtag vor die Haustür oder an den Rand Ihres Grundstücks.
Kleben Sie die Türen von Kühlschränken zu, damit sie beim Tragen nicht aufgehen.
Wenn etwas stehen bleibt
Die Mannschaft hinterlässt eine Karte mit dem Grund; Sie können einmal kostenlos neu anmelden.
War diese Seite hilfreich?
Ja
Nein
)",
     "Sperrmüll zur Abholung anmelden",
     {"Was abgeholt wird", "Anmelden und bezahlen", "Die Dinge bereitstellen", "Wenn etwas stehen bleibt"}},
    {"guidance page, 'Sommaire' under the title's meta block (fr)",
     "fr",
     R"(Aller au contenu
Mairie de Valbrune
Menu
Rechercher
Accueil
Environnement et déchets
Fiche pratique
Faire enlever des encombrants devant chez soi
Comment demander à la mairie d'emporter des meubles et d'autres objets volumineux, et ce que cela coûte.
Publié par :
Service de la propreté
Publié le
14 octobre 2026
Mis à jour le
2 novembre 2026
Imprimer la page
Partager
Sommaire
Ce que la mairie emporte
Réserver et payer
Préparer les objets
Si un objet reste sur place
Ce que la mairie emporte
L'équipe emporte les canapés, les lits, les armoires et les réfrigérateurs trop grands pour la poubelle.
Elle ne prend pas les gravats, les pièces de voiture, les pots de peinture ni ce qui contient de l'huile ou du gaz.
Réserver et payer
Réservez en ligne ou par téléphone au moins trois jours ouvrés avant la date voulue, et payez à la réservation.
Un enlèvement de cinq objets au plus coûte 35 euros ; chaque objet en plus coûte 6 euros.
Préparer les objets
Sortez les objets devant votre porte ou en limite de votre terrain avant 7 heures le jour venu.
Fermez les portes des réfrigérateurs avec du ruban adhésif pour qu'elles ne s'ouvrent pas pendant le transport.
Si un objet reste sur place
L'équipe laisse une carte qui en donne la raison ; vous pouvez réserver de nouveau une fois sans frais sous 14 jours.
Cette page vous a-t-elle été utile ?
Oui
Non
)",
     "Faire enlever des encombrants devant chez soi",
     {"Ce que la mairie emporte", "Réserver et payer", "Préparer les objets", "Si un objet reste sur place"}},
    {"docs page, 'Sur cette page' under the introduction (fr)",
     "fr",
     R"(Aller au contenu
Lanterne
v2.1
Documentation
Blog
Rechercher
Démarrer
Installation
Premiers pas
Guides
Configurer le proxy
Greffons
Référence
Guides
Configurer le proxy
Configurer le proxy
Lanterne peut passer par un proxy pour télécharger ses paquets. Cette page dit où placer son adresse et l'exclure.
Sur cette page
Où placer l'adresse
Exclure des hôtes
Vérifier la configuration
Où placer l'adresse
L'adresse du proxy se place dans le fichier de configuration du projet, sous la clé proxy, ou dans une variable.
La variable l'emporte sur le fichier quand les deux sont définis.
Exclure des hôtes
La clé noProxy prend une liste d'hôtes séparés par des virgules, que Lanterne contacte sans passer par le proxy.
Vérifier la configuration
La commande lanterne doctor affiche le proxy utilisé et les hôtes exclus, puis tente de joindre le dépôt.
Modifier cette page
Précédent
Installation
Suivant
Greffons
)",
     "Configurer le proxy",
     {"Où placer l'adresse", "Exclure des hôtes", "Vérifier la configuration"}},
};

} // namespace

TEST_CASE("a contents' entry and its heading are no title, the title over the contents is", "[headline][contents]") {
    for (const ContentsListRow& r : rows) {
        INFO(r.name);
        const Article a = classify(segment(r.page), r.language);
        CHECK(a.headline.value_or("<none>") == r.headline);
        CHECK(headings_of(a) == r.headings);
    }
}

TEST_CASE("which lines are a contents' entries or their headings", "[contents]") {
    using Line = std::vector<char>;
    constexpr char o = ContentsLine::none, e = ContentsLine::entry, h = ContentsLine::heading, l = ContentsLine::label;
    // Under its label: the entries (2, 3, 4) and their copies further down (5, 7, 9); the title over them is none.
    const auto toc = segment("Avant le départ en car\nSommaire\nRéserver sa place\nSur la route\nÀ l'arrivée\n"
                             "Réserver sa place\nIl faut réserver sa place deux semaines à l'avance.\nSur la route\n"
                             "Le trajet dure trois heures sans arrêt.\nÀ l'arrivée\nUn bus attend les voyageurs.\n");
    CHECK(unnumbered_contents_lines(toc) == Line{o, l, e, e, e, h, o, h, o, h, o});
    // The region opening under the first heading opens at it; one opening over the contents stays.
    CHECK(open_at_contents_heading(unnumbered_contents_lines(toc), 6, 10) == 5);
    CHECK(open_at_contents_heading(unnumbered_contents_lines(toc), 0, 10) == 0);
    // Unlabelled, under a button the page prints again at its foot: the run is the three titles under the button.
    const auto button = segment("Ein Ruderboot anmelden\nSeite drucken\nWelche Boote\nSo melden Sie an\nDie Nummer\n"
                                "Welche Boote\nJedes Boot auf dem See braucht eine Erlaubnis.\nSo melden Sie an\n"
                                "Das Formular steht auf der Seite des Kreises.\nDie Nummer\nSie steht auf dem Bug.\n"
                                "Seite drucken\n");
    CHECK(unnumbered_contents_lines(button) == Line{o, o, e, e, e, h, o, h, o, h, o, o});
    // A menu printed again in the footer prints its labels in a row: no contents.
    const auto menu = segment("Home\nWeather\nSport\nTravel\nA storm closes the coast road for a day\nThe coast road "
                              "was closed on Sunday after waves threw stones onto it.\nHome\nWeather\nSport\nTravel\n");
    CHECK(unnumbered_contents_lines(menu) == Line(menu.size(), o));
    // Unlabelled, two titles printed again may be two teasers.
    const auto two = segment("Tide tables for the week\nWhere to park\nTide tables for the week\nLow water falls at "
                             "noon on Monday.\nWhere to park\nThe harbour car park opens at six.\n");
    CHECK(unnumbered_contents_lines(two) == Line(two.size(), o));
}
