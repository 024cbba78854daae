// Kinds of words that were taken for a speaker or a pronoun's antecedent: a group of people or a share of one, a
// place after a preposition holding an article, a body's noun in the genitive after a text's noun, and a sentence
// adverb of several words opening the clause.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a capitalised run opened by a group's plural noun is no antecedent of a singular pronoun",
          "[quotes][speak24]") {
    check_quotes({
        {"de", {"Die Anwohner Kleinfeldens protestierten am Dienstag gegen den Plan.",
                "Er räumte ein, die Kosten seien „deutlich gestiegen“."},
         "deutlich gestiegen", ""},
        {"de", {"Der Landrat Jörg Imhoff verteidigte den Plan.",
                "Die Einwohner Bergstadts protestierten am Dienstag dagegen.",
                "Er räumte ein, die Kosten seien „leider gestiegen“."},
         "leider gestiegen", "Jörg Imhoff"},
        {"de", {"Die Hausbewohner Tannwegs protestierten am Dienstag gegen den Plan.",
                "Er sagte, der Lärm sei „kaum erträglich“."},
         "kaum erträglich", ""},
        // (a name is still the antecedent)
        {"de", {"Der Landrat Jörg Imhoff verteidigte den Plan.", "Er sagte, die Straße sei „längst überfällig“."},
         "längst überfällig", "Jörg Imhoff"},
    });
}

TEST_CASE("a share of a group heading the mention names nobody who spoke", "[quotes][speak24]") {
    check_quotes({
        {"de", {"Die Hälfte der Befragten gab an, der Bus sei „zu oft verspätet“."}, "zu oft verspätet", ""},
        {"de", {"Die Mehrheit der Mitglieder sagte, der Beitrag sei „viel zu hoch“."}, "viel zu hoch", ""},
        {"de", {"Rund 40 Prozent der Fahrgäste erklärten, das Angebot sei „kaum bekannt“."}, "kaum bekannt", ""},
        // (nor a count of a great many: no "sie")
        {"de", {"Das Lied erreichte bald Millionen Hörer.", "Sie sagte, das Netz sei „zu langsam“."},
         "zu langsam", ""},
        // (but a capitalised word after it makes it part of a role's name)
        {"en", {"Majority Leader Ann Roe said the bill was \"dead on arrival\"."}, "dead on arrival", "Ann Roe"},
    });
}

TEST_CASE("a run after a preposition holding an article is a place, no antecedent of a pronoun",
          "[quotes][speak24]") {
    check_quotes({
        {"de", {"Der Zug hielt am Bahnhof Neustadt.", "Er sagte, die Linie werde „gut angenommen“."},
         "gut angenommen", ""},
        {"de", {"Die Gäste kamen vom Flughafen Halle.", "Er betonte, der Anschluss sei „sehr wichtig“."},
         "sehr wichtig", ""},
        {"de", {"Die Bürgermeisterin Petra Wollinger sprach am Montag.", "Der Festakt fand im Rathaus Altdorf statt.",
                "Er sagte, die Feier sei „ein Erfolg“."},
         "ein Erfolg", ""},
        {"fr", {"Le cortège s'est arrêté au Palais Verdanne.", "Il a dit que la fête était « une réussite »."},
         "une réussite", ""},
        // (a place that is also a subject, or a person met after it, is as before)
        {"de", {"Am Montag sprach Karl Wenzel im Rathaus Altdorf.", "Er sagte, der Plan sei „gut durchdacht“."},
         "gut durchdacht", "Karl Wenzel"},
    });
}

TEST_CASE("a body's noun in the genitive after a text's noun speaks in its base form", "[quotes][speak24]") {
    check_quotes({
        {"de", {"Laut einem Bericht des Bauamts ist die Brücke „nicht mehr sicher“."}, "nicht mehr sicher", "Bauamt",
         "einem Bericht des Bauamts"},
        {"de", {"Laut einer Mitteilung des Landesamtes sei das Wasser „wieder sauber“."}, "wieder sauber", "Landesamt"},
        {"de", {"Laut einer Studie des Verkehrsministeriums sei die Strecke „stark überlastet“."}, "stark überlastet",
         "Verkehrsministerium"},
    });
}

TEST_CASE("a sentence adverb of several words opening the clause is not in the mention", "[quotes][speak24]") {
    check_quotes({
        {"de", {"Auf der anderen Seite sagte die Ärztin Petra Wollinger, der Plan sei „gut gemeint“."}, "gut gemeint",
         "Petra Wollinger", "die Ärztin Petra Wollinger"},
        {"de", {"Die Firma Kranwerk Süd bestreitet die Vorwürfe.",
                "Auf der anderen Seite räumt sie Fehler ein und gibt an, die Prüfung sei „zu knapp“ gewesen."},
         "zu knapp", "Kranwerk Süd"},
        {"de", {"Die Firma Kranwerk Ost bestreitet die Vorwürfe.",
                "Andererseits räumt sie Fehler ein und gibt an, die Prüfung sei „zu kurz“ gewesen."},
         "zu kurz", "Kranwerk Ost"},
        {"de", {"Der Bürgermeister Paul Brecht lehnt den Plan ab.",
                "Auf der anderen Seite sagte Brecht, der Platz sei „zu eng“."},
         "zu eng", "Paul Brecht", "Brecht"},
        {"de", {"Der Bürgermeister Paul Brecht lehnt den Plan ab.", "Im Übrigen sagte er, der Platz sei „zu klein“."},
         "zu klein", "Paul Brecht", "er"},
        {"es", {"Sin embargo la alcaldesa Marta Quiroga dijo que el plan es «demasiado caro»."}, "demasiado caro",
         "Marta Quiroga", "la alcaldesa Marta Quiroga"},
        {"en", {"On the other hand councillor Jim Parrow said the plan was \"far too costly\"."}, "far too costly",
         "Jim Parrow", "councillor Jim Parrow"},
        {"fr", {"En revanche la maire Claire Dufresnoy a déclaré que le plan était « trop cher »."}, "trop cher",
         "Claire Dufresnoy", "la maire Claire Dufresnoy"},
        {"it", {"In ogni caso la sindaca Lucia Ferravante ha detto che il piano è «troppo caro»."}, "troppo caro",
         "Lucia Ferravante", "la sindaca Lucia Ferravante"},
        {"es", {"No obstante, el concejal Andrés Villalba dijo que la obra es «necesaria»."}, "necesaria",
         "Andrés Villalba", "el concejal Andrés Villalba"},
    });
}
