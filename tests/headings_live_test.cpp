// Section headings of a live blog and of an interview: an entry's title holding a number printed in groups of three
// digits, an entry's title quoting the words of its text, and an interview's long question among short ones. Whole
// pages in several languages, one row per page; every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;

TEST_CASE("a number printed in groups of three digits is one figure, no row of a table", "[classify][table]") {
    struct Row {
        const char* line;
        bool row;
    };
    const Row rows[] = {
        {"Plus de 1 400 personnes évacuées", false},     // fr
        {"Über 12 000 Haushalte ohne Strom", false},     // de
        {"Nearly 2 500 homes still cut off", false},     // en
        {"Más de 3 000 vecinos desalojados", false},     // es
        {"Oltre 1 200 sfollati nella valle", false},     // it
        {"Le barrage retient 4 250 000 mètres cubes", false},
        // two figures still make a row: a name and its figures, the groups of each number kept together
        {"Harbour Board 412 3.5%", true},
        {"Anna Berg 17 000 12 500", true},
        {"Diesel 32,2 Mio. t 32,3 Mio. t", true},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(table_row(segment(r.line).front()) == r.row);
    }
}

TEST_CASE("a live blog's entry whose title holds a number of grouped digits heads its text", "[classify][heading]") {
    check_heading_rows({
        {"fr", R"(Crue du Lignon : les quais du port sous l'eau, suivez la situation en direct

Le fleuve a débordé dans la nuit et les pompiers ont commencé à évacuer les rues basses de la ville.

11h20
Les écoles resteront fermées demain
Le rectorat a annoncé la fermeture de toutes les écoles de la commune jusqu'à nouvel ordre, faute de pouvoir garantir la sécurité des élèves sur le trajet.
Partager

10h05
Plus de 2 300 foyers privés d'électricité
Le fournisseur d'électricité a coupé le courant dans les quartiers inondés par précaution, et les techniciens attendent la décrue pour intervenir.
Partager
)",
         {"Les écoles resteront fermées demain", "Plus de 2 300 foyers privés d'électricité"}},
        {"de", R"(Hochwasser am Lindbach: Die Altstadt steht unter Wasser, alle Entwicklungen im Liveticker

Der Fluss ist in der Nacht über die Ufer getreten, die Feuerwehr hat mit der Räumung der tiefen Gassen begonnen.

11.20 Uhr
Die Schulen bleiben auch morgen zu
Das Schulamt hat alle Schulen der Gemeinde bis auf Weiteres geschlossen, weil der Schulweg für die Kinder nicht sicher ist.
Teilen

10.05 Uhr
Über 12 000 Haushalte ohne Strom
Der Stromversorger hat die überfluteten Quartiere vorsorglich vom Netz genommen, die Techniker warten auf sinkende Pegel.
Teilen
)",
         {"Die Schulen bleiben auch morgen zu", "Über 12 000 Haushalte ohne Strom"}},
    });
}

TEST_CASE("a live blog's entry titled with the words its text quotes heads that text", "[classify][heading]") {
    check_heading_rows({
        {"fr", R"(Crue du Lignon : les quais du port sous l'eau, suivez la situation en direct

Le fleuve a débordé dans la nuit et les pompiers ont commencé à évacuer les rues basses de la ville.

Il y a 20 min
Les écoles resteront fermées demain
Le rectorat a annoncé la fermeture de toutes les écoles de la commune jusqu'à nouvel ordre, faute de pouvoir garantir la sécurité des élèves.
Partager

Il y a 45 min
« Le port ne rouvrira pas avant lundi »
La maire s'est rendue sur les quais dans la matinée. « Le port ne rouvrira pas avant lundi, il faut d'abord vider les caves », a-t-elle expliqué aux commerçants.
Partager

Il y a 1 heure
La gare fermée jusqu'à nouvel ordre
Aucun train ne part de la gare, dont les voies sont sous l'eau depuis la nuit, et les cars de remplacement partent de la place du marché.
Partager
)",
         {"Les écoles resteront fermées demain", "« Le port ne rouvrira pas avant lundi »",
          "La gare fermée jusqu'à nouvel ordre"}},
        {"de", R"(Hochwasser am Lindbach: Die Altstadt steht unter Wasser, alle Entwicklungen im Liveticker

Der Fluss ist in der Nacht über die Ufer getreten, die Feuerwehr hat mit der Räumung der tiefen Gassen begonnen.

vor 20 Minuten
Die Schulen bleiben auch morgen zu
Das Schulamt hat alle Schulen der Gemeinde bis auf Weiteres geschlossen, weil der Schulweg für die Kinder nicht sicher ist.
Teilen

vor 45 Minuten
«Der Hafen bleibt bis Montag zu»
Die Stadtpräsidentin hat am Morgen die Quais besucht. «Der Hafen bleibt bis Montag zu, zuerst müssen die Keller leer sein», sagte sie den Ladenbesitzern.
Teilen

vor 1 Stunde
Der Bahnhof bleibt bis auf Weiteres geschlossen
Kein Zug verlässt den Bahnhof, dessen Gleise seit der Nacht unter Wasser stehen, die Ersatzbusse fahren ab dem Marktplatz.
Teilen
)",
         {"Die Schulen bleiben auch morgen zu", "«Der Hafen bleibt bis Montag zu»",
          "Der Bahnhof bleibt bis auf Weiteres geschlossen"}},
        {"en", R"(Lind river floods: the old town under water, live updates

The river burst its banks overnight and firefighters started to clear the low streets of the town.

20 min ago
Schools to stay shut tomorrow
The education office has closed every school in the town until further notice, as the way to school is not safe for the children.
Share

45 min ago
“The harbour stays shut until Monday”
The mayor visited the quays this morning. “The harbour stays shut until Monday, the cellars have to be pumped out first,” she told the shop owners.
Share

1 hr ago
The station closed until further notice
No train leaves the station, whose tracks have been under water since the night, and replacement buses leave from the market square.
Share
)",
         {"Schools to stay shut tomorrow", "“The harbour stays shut until Monday”",
          "The station closed until further notice"}},
    });
}

TEST_CASE("an interview's long question among short ones heads its answer as they do", "[classify][heading]") {
    check_heading_rows({
        {"de", R"(«Die Fähren fahren bald leer»

Der Präsident des Fährverbands warnt vor dem Ende der Querungen am Nordufer. Er fordert höhere Löhne.

Frau Berg, die Gemeinde hat in zehn Jahren die Hälfte ihrer Fährleute verloren, und der Gemeinderat nennt die Löhne als Grund. Was ist schiefgelaufen?
Die Überfahrten wurden länger, der Lohn aber nicht. Dazu kommt, dass die Jungen nach zwei Wintern in die Stadt ziehen.

Warum gehen gerade die Jungen?
Die Arbeit ist hart, und im Winter beginnt der Dienst um vier Uhr früh. Wer jung ist, findet anderswo schnell eine Stelle.

Der Gemeinderat verspricht neue Boote. Reicht das nicht?
Neue Boote helfen, aber sie fahren nicht von allein. Wir brauchen Leute, und zwar bald, sonst fällt die erste Linie weg.

Was erwarten Sie bis zum Sommer?
Eine ehrliche Planung und ein Gespräch mit allen Gemeinden am Ufer, bevor alles entschieden ist.
)",
         {"Frau Berg, die Gemeinde hat in zehn Jahren die Hälfte ihrer Fährleute verloren, und der Gemeinderat nennt "
          "die Löhne als Grund. Was ist schiefgelaufen?",
          "Warum gehen gerade die Jungen?", "Der Gemeinderat verspricht neue Boote. Reicht das nicht?",
          "Was erwarten Sie bis zum Sommer?"}},
        {"en", R"(“The ferries will soon run empty”

The head of the ferrymen's union warns that the crossings on the northern shore may end. He wants higher wages.

Mrs Berg, the town has lost half of its ferry crews in ten years, and the council says the wages are to blame. What went wrong?
The crossings got longer and the pay did not. On top of that, the young ones move to the city after two winters.

Why are the young ones leaving?
The work is hard, and in winter the first shift starts at four in the morning. The young find other jobs easily.

The council promises new boats. Is that not enough?
New boats help, but they do not sail by themselves. We need people, and soon, or the first line will close.

What do you expect by the summer?
An honest plan and a meeting with every town on the shore, before everything is decided.
)",
         {"Mrs Berg, the town has lost half of its ferry crews in ten years, and the council says the wages are to "
          "blame. What went wrong?",
          "Why are the young ones leaving?", "The council promises new boats. Is that not enough?",
          "What do you expect by the summer?"}},
        {"fr", R"(« Les bacs vont bientôt naviguer à vide »

Le président du syndicat des passeurs met en garde contre la fin des traversées sur la rive nord. Il réclame des hausses de salaire.

Madame Berg, la commune a perdu la moitié de ses passeurs en dix ans, et le conseil municipal accuse les salaires. Qu'est-ce qui n'a pas marché ?
Les traversées se sont allongées, mais pas la paie. Et les jeunes partent en ville après deux hivers, tous sans exception.

Pourquoi les jeunes s'en vont-ils ?
Le travail est dur, et l'hiver le premier service commence à quatre heures du matin. Les jeunes trouvent vite ailleurs.

Le conseil promet de nouveaux bateaux. Cela ne suffit pas ?
Les bateaux neufs aident, mais ils ne naviguent pas tout seuls. Il nous faut du monde, et vite, sinon la première ligne fermera.

Qu'attendez-vous d'ici l'été ?
Un plan honnête et une réunion avec toutes les communes de la rive, avant que tout soit décidé.
)",
         {"Madame Berg, la commune a perdu la moitié de ses passeurs en dix ans, et le conseil municipal accuse les "
          "salaires. Qu'est-ce qui n'a pas marché ?",
          "Pourquoi les jeunes s'en vont-ils ?", "Le conseil promet de nouveaux bateaux. Cela ne suffit pas ?",
          "Qu'attendez-vous d'ici l'été ?"}},
    });
}

TEST_CASE("a long question asked in a paragraph of text heads nothing", "[classify][heading]") {
    // Only one short question glued over a paragraph: no interview, and the long question stays text.
    check_heading_rows({
        {"en", R"(The last ferryman of the northern bay

The old ferryman has crossed the bay twice a day for forty years, in fog and in storms, and never lost a boat.

So the council has lost half of its crews in ten years and now blames the wages, but who will row the first boat in winter?
Nobody in the village knows yet, and the council will meet again next month to talk about the crossing and the boats.

What comes next?
The villagers on the far shore have started a rota of their own, two rowers a day, to keep the crossing open.
)",
         {"What comes next?"}},
    });
}

TEST_CASE("an interview's labelled statement over its labelled answer heads it as its questions do",
          "[classify][heading]") {
    check_heading_rows({
        {"es", R"("Los barcos van a navegar vacíos"

El presidente del gremio de barqueros advierte que los cruces de la orilla norte pueden desaparecer. Pide mejores sueldos.

P: ¿Qué ha pasado con las tripulaciones?
R: Los cruces se hicieron más largos y el sueldo no. Además, los jóvenes se van a la ciudad después de dos inviernos.

P: Usted suele decir que el lago es una cuenta de ahorro.
R: Sí, y lo sigo diciendo. Durante décadas vivimos de los intereses, y ahora estamos gastando el capital sin darnos cuenta.

P: ¿Qué espera del verano?
R: Un plan honesto y una reunión con todos los pueblos de la orilla, antes de que todo esté decidido.
)",
         {"P: ¿Qué ha pasado con las tripulaciones?", "P: Usted suele decir que el lago es una cuenta de ahorro.",
          "P: ¿Qué espera del verano?"}},
        {"en", R"(“The ferries will soon run empty”

The head of the ferrymen's union warns that the crossings on the northern shore may end. He wants higher wages.

Q: What happened to the crews?
A: The crossings got longer and the pay did not. On top of that, the young ones move to the city after two winters.

Q: You often call the lake a savings account.
A: I do, and I still mean it. For decades we lived off the interest, and now we are spending the capital without noticing.

Q: What do you expect by the summer?
A: An honest plan and a meeting with every town on the shore, before everything is decided.
)",
         {"Q: What happened to the crews?", "Q: You often call the lake a savings account.",
          "Q: What do you expect by the summer?"}},
        {"de", R"(«Die Fähren fahren bald leer»

Der Präsident des Fährverbands warnt vor dem Ende der Querungen am Nordufer. Er fordert höhere Löhne.

Frage: Was ist mit den Besatzungen passiert?
Antwort: Die Überfahrten wurden länger, der Lohn aber nicht. Dazu kommt, dass die Jungen nach zwei Wintern in die Stadt ziehen.

Frage: Sie nennen den See gern ein Sparkonto.
Antwort: Das tue ich, und ich meine es ernst. Jahrzehntelang lebten wir von den Zinsen, jetzt geben wir das Kapital aus.

Frage: Was erwarten Sie bis zum Sommer?
Antwort: Eine ehrliche Planung und ein Gespräch mit allen Gemeinden am Ufer, bevor alles entschieden ist.
)",
         {"Frage: Was ist mit den Besatzungen passiert?", "Frage: Sie nennen den See gern ein Sparkonto.",
          "Frage: Was erwarten Sie bis zum Sommer?"}},
    });
}
