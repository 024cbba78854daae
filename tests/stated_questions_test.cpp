// An interview's question put as a statement, closed by a full stop: among questions set apart above and glued over
// their answers, a short sentence standing as they do heads its answer as they do. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;

TEST_CASE("an interview's question put as a statement between its questions heads its answer",
          "[classify][heading][stated_question]") {
    check_heading_rows({
        {"fr", R"(« Les bacs vont bientôt naviguer à vide »

Le président du syndicat des passeurs met en garde contre la fin des traversées sur la rive nord.

Comment se passe la saison ?
Mal. Les traversées se sont allongées, mais pas la paie, et les jeunes partent en ville après deux hivers.

Vous réclamez une aide de la région pour les bateaux.
Nous réclamons surtout qu'on nous écoute. Le conseil nous a reçus en mai, puis plus rien jusqu'à la rentrée.

Qu'attendez-vous d'ici l'été ?
Un plan honnête et une réunion avec toutes les communes de la rive, avant que tout soit décidé.
)",
         {"Comment se passe la saison ?", "Vous réclamez une aide de la région pour les bateaux.",
          "Qu'attendez-vous d'ici l'été ?"}},
        {"de", R"(«Die Fähren fahren bald leer»

Der Präsident des Fährverbands warnt vor dem Ende der Querungen am Nordufer. Er fordert höhere Löhne.

Wie läuft die Saison?
Schlecht. Die Überfahrten wurden länger, der Lohn aber nicht, und die Jungen ziehen nach zwei Wintern weg.

Sie verlangen Geld vom Kanton für neue Boote.
Wir verlangen vor allem, dass man uns zuhört. Der Kanton hat uns im Mai empfangen, seither kam nichts mehr.

Was erwarten Sie bis zum Sommer?
Eine ehrliche Planung und ein Gespräch mit allen Gemeinden am Ufer, bevor alles entschieden ist.
)",
         {"Wie läuft die Saison?", "Sie verlangen Geld vom Kanton für neue Boote.", "Was erwarten Sie bis zum Sommer?"}},
        {"en", R"(“The ferries will soon run empty”

The head of the ferrymen's union warns that the crossings on the northern shore may end. He wants higher wages.

How is the season going?
Badly. The crossings got longer and the pay did not, and the young ones move to the city after two winters.

You are asking the county for money for new boats.
We are asking above all to be heard. The county saw us in May, and since then nothing has happened at all.

What do you expect by the summer?
An honest plan and a meeting with every town on the shore, before everything is decided.
)",
         {"How is the season going?", "You are asking the county for money for new boats.",
          "What do you expect by the summer?"}},
        {"es", R"("Los barcos van a navegar vacíos"

El presidente del gremio de barqueros advierte que los cruces de la orilla norte pueden desaparecer.

¿Cómo va la temporada?
Mal. Los cruces se hicieron más largos y el sueldo no, y los jóvenes se van a la ciudad después de dos inviernos.

Usted pide dinero a la provincia para barcos nuevos.
Pedimos sobre todo que nos escuchen. La provincia nos recibió en mayo y desde entonces no ha pasado nada.

¿Qué espera del verano?
Un plan honesto y una reunión con todos los pueblos de la orilla, antes de que todo esté decidido.
)",
         {"¿Cómo va la temporada?", "Usted pide dinero a la provincia para barcos nuevos.", "¿Qué espera del verano?"}},
    });
}

TEST_CASE("a short statement outside an interview's questions, or of two sentences, stays text",
          "[classify][heading][stated_question]") {
    check_heading_rows({
        // Before the first question: the introduction's last sentence, glued over a paragraph, is no question.
        {"en", R"(“The ferries will soon run empty”

The head of the ferrymen's union warns that the crossings on the northern shore may end.

He spoke to us on the quay last week.
He had just come back from the last crossing of the day, and the boat was nearly empty, as it is most evenings now.

How is the season going?
Badly. The crossings got longer and the pay did not, and the young ones move to the city after two winters.

What do you expect by the summer?
An honest plan and a meeting with every town on the shore, before everything is decided.
)",
         {"How is the season going?", "What do you expect by the summer?"}},
        // Two sentences: an answer's start broken off, no question.
        {"en", R"(“The ferries will soon run empty”

The head of the ferrymen's union warns that the crossings on the northern shore may end.

How is the season going?
Badly. The crossings got longer and the pay did not, and the young ones move to the city after two winters.

Not at all. We lost two boats.
We are asking above all to be heard. The county saw us in May, and since then nothing has happened at all.

What do you expect by the summer?
An honest plan and a meeting with every town on the shore, before everything is decided.
)",
         {"How is the season going?", "What do you expect by the summer?"}},
    });
}
