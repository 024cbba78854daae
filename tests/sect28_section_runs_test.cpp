// Tests of the definition-list fold (fold_definition_lists(), sections.cpp) on an article's short sections: four or
// five headings over a sentence each are the article's parts when their headings open with an article or a clause's
// word, or when the run closes on the heading of a closing section; bare terms stay a definition list. Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;
using archive::test::contains;
using archive::test::headings_of;

TEST_CASE("four one-sentence sections under headings opened by an article or a clause's word stay sections",
          "[classify][heading][definition][sect28]") {
    check_heading_rows({
        {"en", R"(Home
Transport
What the new bus fares mean for riders
By Nora Hale
3 March 2025

The council on Tuesday approved new bus fares, which are due to apply from the summer.

The background

For years, riders have complained that fares rise faster than the wages of most people.

The details

A single ride will cost two pounds, and a monthly pass will cost forty pounds from June.

What matters now

Anyone who takes the bus every day should buy the monthly pass before the end of May.

The opposition's criticism

The opposition calls the new fares unfair because they hit people on the lowest incomes.

Share
)",
         {"The background", "The details", "What matters now", "The opposition's criticism"}},
        {"de", R"(Start
Verkehr
Was die neuen Busfahrpreise für Fahrgäste bedeuten
Von Nora Hahn
03.03.2025

Der Stadtrat hat am Dienstag neue Fahrpreise für die Busse beschlossen, die vom Sommer an gelten sollen.

Der Hintergrund

Seit Jahren klagen die Fahrgäste, dass die Preise schneller steigen als die Löhne der meisten Menschen.

Die Einzelheiten

Eine einfache Fahrt kostet zwei Euro, und eine Monatskarte kostet vom Juni an vierzig Euro.

Was jetzt wichtig ist

Wer jeden Tag mit dem Bus fährt, sollte die Monatskarte noch vor Ende Mai kaufen.

Die Kritik

Die Opposition hält die neuen Preise für ungerecht, weil sie die Menschen mit den kleinsten Einkommen treffen.

Teilen
)",
         {"Der Hintergrund", "Die Einzelheiten", "Was jetzt wichtig ist", "Die Kritik"}},
        {"fr", R"(Accueil
Transports
Ce que les nouveaux tarifs de bus changent pour les usagers
Par Nora Hamel
3 mars 2025

Le conseil municipal a adopté mardi de nouveaux tarifs de bus, qui doivent entrer en vigueur cet été.

Le contexte

Depuis des années, les usagers se plaignent que les tarifs montent plus vite que les salaires de la plupart des gens.

Les détails

Un trajet simple coûtera deux euros, et une carte mensuelle coûtera quarante euros à partir de juin.

Ce qui compte maintenant

Celui qui prend le bus chaque jour devrait acheter sa carte mensuelle avant la fin du mois de mai.

La critique

L'opposition juge les nouveaux tarifs injustes, parce qu'ils frappent les personnes aux revenus les plus modestes.

Partager
)",
         {"Le contexte", "Les détails", "Ce qui compte maintenant", "La critique"}},
        // (A page without blank lines.)
        {"es", R"(Inicio
Transporte
Lo que significan las nuevas tarifas de autobús para los usuarios
Por Nora Herrera
03.03.2025
El ayuntamiento aprobó el martes nuevas tarifas de autobús, que entrarán en vigor a partir del verano.
El contexto
Desde hace años, los usuarios se quejan de que las tarifas suben más rápido que los sueldos de la mayoría.
Los detalles
Un viaje sencillo costará dos euros, y una tarjeta mensual costará cuarenta euros a partir de junio.
Lo que importa ahora
Quien toma el autobús cada día debería comprar la tarjeta mensual antes de que termine mayo.
La crítica
La oposición considera injustas las nuevas tarifas, porque golpean a las personas con menos ingresos.
Compartir
)",
         {"El contexto", "Los detalles", "Lo que importa ahora", "La crítica"}},
    });
}

TEST_CASE("short sections closing on a closing section's heading are a review's parts, not a definition list",
          "[classify][heading][definition][sect28]") {
    check_heading_rows({
        {"de", R"(Startseite
Technik
Die neue Kamera im Test
Von Jonas Pfeil
22.03.2025
Die Kamera kommt in zwei Farben und kostet mit dem kleinen Objektiv rund 900 Euro im Handel.
Gehäuse
Das Gehäuse liegt gut in der Hand und ist gegen Regen und Staub abgedichtet, was im Test auch hielt.
Sucher
Der Sucher zeigt ein großes und helles Bild, auch bei wenig Licht am Abend noch ohne Rauschen.
Akku
Im Test hielt der Akku an einem langen Tag gut vierhundert Bilder durch, mit Blitz etwas weniger.
Fazit
Wer eine robuste Kamera für Reisen sucht, wird mit diesem Modell lange zufrieden sein.
Teilen
)",
         {"Gehäuse", "Sucher", "Akku", "Fazit"}},
        {"en", R"(Home
Tech
The new camera reviewed
By Jonas Pike
March 22, 2025
The camera comes in two colours and costs about 900 pounds with the small lens in the shops.
Body
The body sits well in the hand and is sealed against rain and dust, which held up in our test.
Viewfinder
The viewfinder shows a large and bright picture, even in poor light in the evening without noise.
Battery
In our test the battery lasted a good four hundred shots over a long day, a few less with the flash.
Verdict
Anyone looking for a sturdy camera for travel will be happy with this model for a long time.
Share
)",
         {"Body", "Viewfinder", "Battery", "Verdict"}},
        {"fr", R"(Accueil
Tech
Le nouvel appareil photo à l'essai
Par Jonas Perrin
22 mars 2025
L'appareil existe en deux couleurs et coûte environ 900 euros avec le petit objectif en magasin.
Boîtier
Le boîtier tient bien en main et il est protégé contre la pluie et la poussière, ce qui a tenu pendant l'essai.
Viseur
Le viseur montre une image grande et claire, même avec peu de lumière le soir et sans bruit.
Batterie
Pendant notre essai, la batterie a tenu quatre cents photos sur une longue journée, un peu moins avec le flash.
Bilan
Qui cherche un appareil robuste pour voyager sera content de ce modèle pendant longtemps.
Partager
)",
         {"Boîtier", "Viseur", "Batterie", "Bilan"}},
    });
}

TEST_CASE("bare terms stay a definition list: one opened by an article, or a closing word last in alphabetical order",
          "[classify][heading][definition][sect28]") {
    const test::PageRow rows[] = {
        // (One term of four opens with an article: the run's terms are still bare.)
        {"en", R"(The Allotment App
The new allotment app gathers everything a gardener needs before going to the plot, and it works without a network.
Sowing calendar
See what to sow in each week of the year for every bed of the allotment, with the depth of the seeds and the distance between the rows.
A plot finder
Find a free plot near your home and ask for it before the spring, with a map of the paths and the taps of water at each of them.
Frost warnings
Get a warning on your phone when the night will bring frost, so that you can cover the young plants in the beds before dark.
Seed swaps
Offer your spare seeds to the other gardeners of the site and see which of them they have to give away in return this season.
The app is free and works on phones and tablets, and the allotment society will add new features every spring.
)", "A plot finder"},
        {"de", R"(Die Kleingarten-App
Die neue Kleingarten-App bündelt alles, was ein Gärtner vor dem Gang zur Parzelle braucht, und sie läuft ohne Netz.
Der Verein hat sie im Winter mit der Volkshochschule geschrieben, und die erste Fassung ist für alle Mitglieder kostenlos.
Aussaatkalender
Sehen Sie, was in jeder Woche des Jahres für jedes Beet gesät wird, mit der Tiefe der Samen und dem Abstand zwischen den Reihen, und lesen Sie die Tipps der erfahrenen Gärtner dazu.
Eine Parzellensuche
Finden Sie eine freie Parzelle nahe Ihrer Wohnung und fragen Sie vor dem Frühjahr danach, mit einer Karte der Wege und der Wasserhähne, die im Winter abgestellt werden.
Frostwarnungen
Erhalten Sie eine Warnung auf dem Telefon, wenn die Nacht Frost bringt, damit Sie die jungen Pflanzen in den Beeten vor dem Abend mit einem Vlies oder mit Stroh abdecken.
Samentausch
Bieten Sie Ihre übrigen Samen den anderen Gärtnern der Anlage an und sehen Sie, welche Sorten diese in dieser Saison abgeben können, vom Kürbis bis zur alten Bohne.
Die App ist kostenlos und läuft auf Telefonen und Tablets, und der Verein will jedes Frühjahr neue Funktionen hinzufügen.
)", "Eine Parzellensuche"},
        // (A glossary of the court, its terms in alphabetical order, the last one a closing word.)
        {"en", R"(Words of the Court
Every juror hears the same handful of words on the first morning, and the clerk explains them before the first trial of the week begins.
Appeal
A request to a higher court to look again at a case, made by the side that lost it, within a few weeks of the judgment.
Bail
Money paid to the court so that a person waiting for trial may go home, given back when the person comes to every hearing.
Plea
What the accused answers when the charge is read out in court at the start of the trial, guilty or not guilty.
Verdict
The decision of the jury at the end of the trial, read out in court by the foreman after the jurors have talked it over.
)", "Verdict"},
        {"fr", R"(Les mots du tribunal
Chaque juré entend les mêmes quelques mots le premier matin, et le greffier les explique avant le premier procès de la semaine.
Les mots ci-dessous reviennent dans toutes les audiences, et chacun est expliqué une fois ici, dans l'ordre de l'alphabet.
Acquittement
La décision qui déclare l'accusé non coupable des faits qui lui sont reprochés, lue à la fin du procès, après laquelle il repart libre de la salle d'audience.
Appel
Une demande faite à une cour plus haute de revoir une affaire, par la partie qui l'a perdue, dans les semaines qui suivent le jugement rendu en première instance par le tribunal.
Caution
Une somme versée au tribunal pour qu'une personne en attente de procès rentre chez elle, rendue quand elle vient à chaque audience jusqu'au jugement de son affaire.
Conclusion
Un écrit remis au tribunal par un avocat avant l'audience, où il expose les demandes de son client et les raisons de droit et de fait qui les fondent.
)", "Conclusion"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a).empty());
        CHECK(contains(test::paragraphs_of(a), r.line));
    }
}
