// A role noun's other gender where the language marks it by an ending ("die SPD-Politikerin" is not "der
// SPD-Politiker Jonas Reimann", "der Sprecher" not "Sprecherin Lena Vogt"); the one list of a name's particles that
// the bylines and the quotes read; a figure counts the nouns after it only when it is a number, not an age.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "quote_nouns.hpp"
#include "quote_rows.hpp"

#include <string_view>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role's feminine form does not stand for a man described by its masculine", "[quotes][quotes93]") {
    check_quotes({
        // (the man is the only one described so: no one else is meant)
        {"de",
         {"\u201EWir werden nicht zustimmen\u201C, sagte der SPD-Politiker Jonas Reimann. Er kritisierte die "
          "Kürzungen.",
          "\u201EDie Zahlen passen nicht\u201C, sagte die SPD-Politikerin am Abend."},
         "Die Zahlen passen nicht", "", "die SPD-Politikerin"},
        // (his gender not known otherwise: the masculine form itself tells it)
        {"de",
         {"\u201EWir werden nicht zustimmen\u201C, sagte SPD-Politiker Jonas Reimann am Montag.",
          "\u201EDie Zahlen passen nicht\u201C, sagte die SPD-Politikerin am Abend."},
         "Die Zahlen passen nicht", "", "die SPD-Politikerin"},
        // (guard, the other way round: a woman described by the feminine form)
        {"de",
         {"\u201EWir werden nicht zustimmen\u201C, sagte SPD-Politikerin Kim Vogt am Montag.",
          "\u201EDie Zahlen passen nicht\u201C, sagte der SPD-Politiker am Abend."},
         "Die Zahlen passen nicht", "", "der SPD-Politiker"},
        // (guard: the woman described by the feminine form is meant, not the man named after her)
        {"de",
         {"Die SPD-Politikerin Lea Kranz hatte den Antrag gestellt.",
          "\u201EWir werden nicht zustimmen\u201C, sagte der SPD-Politiker Jonas Reimann.",
          "\u201EDie Zahlen passen nicht\u201C, sagte die SPD-Politikerin am Abend."},
         "Die Zahlen passen nicht", "Lea Kranz", "die SPD-Politikerin"},
    });
}

TEST_CASE("a masculine role form may still name a woman where the language does not mark it so", "[quotes][quotes93]") {
    // (guards: Spanish and Italian write the masculine office before a woman's name, and the feminine later)
    check_quotes({
        {"es",
         {"El alcalde Ana Ruiz presentó el plan el lunes.",
          "\u201CEs un buen acuerdo\u201D, dijo la alcaldesa."},
         "Es un buen acuerdo", "Ana Ruiz"},
        {"it",
         {"Il sindaco Anna Rossi ha presentato il piano.",
          "\u00ABÈ un buon accordo\u00BB, ha detto la prima cittadina."},
         "È un buon accordo", "Anna Rossi"},
    });
}

TEST_CASE("the bylines and the quotes read one list of a name's particles", "[quotes][quotes93]") {
    for (std::string_view w : {"von", "van", "de", "di", "dos", "el", "ben", "bin", "al", "zu", "ten", "ter"}) {
        INFO(w);
        CHECK(name_particle(w));
        CHECK(quoting::particle(w));
    }
    // ("José Ortega y Gasset" on a byline; "Juan y Pedro", "warf das Handtuch" in running text)
    for (std::string_view w : {"y", "das"}) {
        INFO(w);
        CHECK(name_particle(w));
        CHECK_FALSE(quoting::particle(w));
    }
    // ("Tiago do Rosário" in running text; "JORNAL DO DOURO", an outlet, on a credit line)
    CHECK(quoting::particle("do"));
    CHECK_FALSE(name_particle("do"));
    for (std::string_view w : {"und", "and", "the", "sagte", "los", ""}) {
        INFO(w);
        CHECK_FALSE(name_particle(w));
        CHECK_FALSE(quoting::particle(w));
    }
}

TEST_CASE("an age before a name is no number counting the name", "[quotes][quotes93]") {
    // (guards of counted_word(), which the name spans now ask too: a figure of digits alone counts)
    check_quotes({
        {"de",
         {"\u201EIch habe so etwas noch nie erlebt\u201C, sagte die 27-jährige Lisa Brandt nach dem Spiel."},
         "Ich habe so etwas noch nie erlebt", "Lisa Brandt"},
        // (a number still counts what follows it: no name)
        {"de",
         {"Die Polizei stellte 12 Säcke Zement sicher. \u201EDas war kein Zufall\u201C, sagte ein Sprecher."},
         "Das war kein Zufall", ""},
    });
}

TEST_CASE("a role named by a phrase is held by the person the phrase described", "[quotes][quotes93]") {
    check_quotes({
        // ("le chef de la diplomatie" = "ministre", [role_phrases]: "Le ministre" and its pronoun are the same man)
        {"fr",
         {"Le chef de la diplomatie indienne, Rajiv Menon, a rencontré son homologue mardi.",
          "Le ministre a précisé que les patrouilles continueraient. \u00AB Ce sont des provocations délibérées "
          "\u00BB, a-t-il ajouté."},
         "Ce sont des provocations délibérées", "Rajiv Menon"},
        {"it",
         {"Il capo della diplomazia indiana, Rajiv Menon, ha incontrato il suo omologo martedì.",
          "\u00ABSono provocazioni deliberate\u00BB, ha detto il ministro."},
         "Sono provocazioni deliberate", "Rajiv Menon"},
    });
}

TEST_CASE("a pronoun after a role met with another nationality is not the holder named before",
          "[quotes][quotes93]") {
    // (French only: English and German pronouns after "The Chinese minister" take another path, left as it was)
    check_quotes({
        {"fr",
         {"Le chef de la diplomatie indienne, Rajiv Menon, a rencontré son homologue mardi.",
          "Le ministre chinois a toutefois proposé une rencontre. Il a dit souhaiter que la question \u00AB ne pèse "
          "pas sur la relation \u00BB."},
         "ne pèse pas sur la relation", ""},
    });
}
