// Section headings of a rarer shape: a few words quoted between blank lines. Whole pages in several languages, one row
// per page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::headings_of;

namespace {
struct Row {
    const char* lang;
    const char* page;
    std::vector<std::string> headings;
};

void check_rows(const std::vector<Row>& rows) {
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(headings_of(classify(segment(r.page), r.lang)) == r.headings);
    }
}
} // namespace

TEST_CASE("a few quoted words set apart between paragraphs head the section below", "[classify][heading]") {
    check_rows({
        {"en", R"(The last ferryman of the northern bay

The old ferryman has crossed the bay twice a day for forty years, in fog and in storms, and never lost a boat.

His son will not take over the boat next spring, and the council has not found anybody else for the crossing yet.

‘We will keep rowing’

The villagers on the far shore have started a rota of their own, two rowers a day, to keep the crossing open.

They meet every Sunday in the chapel to settle who rows on which day, and who keeps the old boat in repair.
)",
         {"‘We will keep rowing’"}},
        {"de", R"(Der letzte Fährmann der Nordbucht

Der alte Fährmann fährt seit vierzig Jahren zweimal am Tag über die Bucht, bei Nebel und bei Sturm, ohne Unfall.

Sein Sohn wird das Boot im nächsten Frühling nicht übernehmen, und die Gemeinde hat noch niemanden gefunden.

„Wir rudern einfach weiter“

Die Leute am anderen Ufer haben einen eigenen Dienstplan aufgestellt, zwei Ruderer am Tag, für die Überfahrt.

Sie treffen sich jeden Sonntag in der Kapelle, um die Tage zu verteilen und die Pflege des alten Bootes zu regeln.
)",
         {"„Wir rudern einfach weiter“"}},
        {"fr", R"(Le dernier passeur de la baie du nord

Le vieux passeur traverse la baie deux fois par jour depuis quarante ans, par brouillard et par tempête, sans accident.

Son fils ne reprendra pas le bateau au printemps prochain, et la commune n'a encore trouvé personne pour la traversée.

«Nous continuerons à ramer»

Les habitants de l'autre rive ont organisé leur propre tour de garde, deux rameurs par jour, pour garder le passage.

Ils se retrouvent chaque dimanche à la chapelle pour fixer les jours de chacun et l'entretien du vieux bateau.
)",
         {"«Nous continuerons à ramer»"}},
        {"es", R"(El último barquero de la bahía del norte

El viejo barquero cruza la bahía dos veces al día desde hace cuarenta años, con niebla y con tormenta, sin accidentes.

Su hijo no se hará cargo del barco la próxima primavera, y el ayuntamiento todavía no ha encontrado a nadie más.

“Seguiremos remando”

Los vecinos de la otra orilla han organizado su propio turno, dos remeros al día, para mantener abierto el paso.

Se reúnen cada domingo en la capilla para decidir quién rema qué día y quién repara el viejo barco de madera.
)",
         {"“Seguiremos remando”"}},
        {"it", R"(L'ultimo traghettatore della baia del nord

Il vecchio traghettatore attraversa la baia due volte al giorno da quarant'anni, con la nebbia e con la tempesta.

Suo figlio non prenderà la barca la prossima primavera, e il comune non ha ancora trovato nessuno per la traversata.

«Continueremo a remare»

Gli abitanti dell'altra riva hanno organizzato un proprio turno, due rematori al giorno, per tenere aperto il passaggio.

Si incontrano ogni domenica nella cappella per decidere chi rema in quale giorno e chi ripara la vecchia barca.
)",
         {"«Continueremo a remare»"}},
    });
}

TEST_CASE("quoted lines of dialogue or with a sentence's mark inside head nothing", "[classify][heading]") {
    check_rows({
        // A line of dialogue under another one.
        {"en", R"(The last ferryman of the northern bay

The old ferryman has crossed the bay twice a day for forty years, in fog and in storms, and never lost a boat.

“Why did you never tell us?”

“Nobody asked me”

The villagers on the far shore have started a rota of their own, two rowers a day, to keep the crossing open.
)",
         {}},
        // A quoted sentence closed by its stop inside the marks.
        {"de", R"(Der letzte Fährmann der Nordbucht

Der alte Fährmann fährt seit vierzig Jahren zweimal am Tag über die Bucht, bei Nebel und bei Sturm, ohne Unfall.

„Wir rudern einfach weiter.“

Die Leute am anderen Ufer haben einen eigenen Dienstplan aufgestellt, zwei Ruderer am Tag, für die Überfahrt.
)",
         {}},
        // Glued to the paragraph below: a quotation opening the text, no title.
        {"fr", R"(Le dernier passeur de la baie du nord

Le vieux passeur traverse la baie deux fois par jour depuis quarante ans, par brouillard et par tempête, sans accident.

«Nous continuerons à ramer»
Les habitants de l'autre rive ont organisé leur propre tour de garde, deux rameurs par jour, pour garder le passage.
)",
         {}},
    });
}

