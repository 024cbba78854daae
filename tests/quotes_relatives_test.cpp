// Table-driven tests of relatives as speakers, on invented sentences in several languages: a relative's noun after
// an owner ("Webers Onkel", "his uncle", "sa mère") names no one by it, a pronoun stands for a relative only when no
// better person precedes, and a relative named before is found by the noun.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a name closed by a relative's noun is no person, and a later pronoun finds the person known before",
          "[quotes][speakers][relatives]") {
    check_quotes({
        {"de",
         {"Anselm Weber züchtet Bienen im Jura. „Die kennen mich“, sagt er.",
          "Als Webers Onkel 1983 starb, fand die Familie im Keller alte Bücher. „Ich habe sie eine Woche lang "
          "gelesen“, erzählt er."},
         "Ich habe sie eine Woche lang gelesen", "Anselm Weber"},
        // (with nobody before, the pronoun stands for the relative, whom the text does not name)
        {"de",
         {"Als Webers Onkel 1983 starb, fand die Familie im Keller alte Bücher. „Ich habe sie eine Woche lang "
          "gelesen“, erzählt er."},
         "Ich habe sie eine Woche lang gelesen", ""},
        {"nl",
         {"Als Jansens Oom in 1983 overleed, vond de familie oude boeken. „Ik heb ze in een week gelezen“, vertelt hij."},
         "Ik heb ze in een week gelezen", ""},
    });
}

TEST_CASE("a relative who spoke is no one named, and so is the pronoun after their words", "[quotes][speakers][relatives]") {
    check_quotes({
        {"en",
         {"Tom Harlow has kept bees for forty years.", "\"We had nothing,\" his uncle said. \"It was hard,\" he added."},
         "It was hard", ""},
        {"fr",
         {"Paul Girard élève des abeilles depuis quarante ans.",
          "« Nous n'avions rien », a raconté sa mère. « C'était dur », a-t-elle ajouté."},
         "C'était dur", ""},
        {"es",
         {"Pablo Ruiz cría abejas desde hace cuarenta años.", "«No teníamos nada», contó su tía. «Fue duro», añadió ella."},
         "Fue duro", ""},
        {"it",
         {"Paolo Rossi alleva api da quarant'anni.",
          "«Non avevamo niente», ha raccontato sua zia. «È stata dura», ha aggiunto lei."},
         "È stata dura", ""},
        // (German capitalises the noun: no group named "Onkel")
        {"de", {"Anselm Weber züchtet Bienen im Jura.", "„Wir hatten nichts“, sagte sein Onkel."}, "Wir hatten nichts", ""},
    });
}

TEST_CASE("a relative's noun finds the person named before as that relative", "[quotes][speakers][relatives]") {
    check_quotes({
        {"en",
         {"Tom Harlow has kept bees for forty years. His uncle, Carl Harlow, taught him.", "\"We had nothing,\" his uncle said."},
         "We had nothing", "Carl Harlow"},
        {"de",
         {"Anselm Weber züchtet Bienen im Jura. Sein Onkel, Karl Weber, brachte es ihm bei.",
          "„Wir hatten nichts“, sagte sein Onkel."},
         "Wir hatten nichts", "Karl Weber"},
        {"fr",
         {"Paul Girard élève des abeilles depuis quarante ans. Son oncle, Marc Girard, lui a tout appris.",
          "« Nous n'avions rien », a raconté son oncle."},
         "Nous n'avions rien", "Marc Girard"},
    });
}
