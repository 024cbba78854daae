// "Comme le dit Youssef, « Q »": an object pronoun spelt as an article ([verb_clitic_words]) between a comparative
// opener and its cue belongs to the cue, whose subject follows it; right before a cue it is no part of the subject
// before it ("Camille Laurent le rappelle"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a clitic between a comparative opener and its cue leaves the subject after the cue",
          "[quotes][comparative_clitic]") {
    check_only_quotes(
        {
            {"fr",
             "Nous n'avons supprimé aucun test. Comme le dit Youssef, « un test lent vaut mieux qu'un test "
             "absent ».",
             "un test lent vaut mieux qu'un test absent", "dit", "Youssef"},
            {"fr", "Comme le rappelle Claire Dubois, « la forêt brûle plus tôt chaque été ».",
             "la forêt brûle plus tôt chaque été", "rappelle", "Claire Dubois"},
            // (the same lead without the clitic, in the other languages, as read before)
            {"es", "No quitamos ninguna prueba. Como dice Marta Ruiz, «una prueba lenta es mejor que ninguna».",
             "una prueba lenta es mejor que ninguna", "dice", "Marta Ruiz"},
            {"it", "Non abbiamo tolto nessun test. Come dice Marco Neri, «un test lento è meglio di nessun test».",
             "un test lento è meglio di nessun test", "dice", "Marco Neri"},
            {"en", "We did not delete any tests. As Ann Roe puts it, \"a slow test beats a missing test\".",
             "a slow test beats a missing test", "puts it", "Ann Roe"},
        },
        QuoteKind::partial);
}

TEST_CASE("a clitic right before the cue is no part of the subject before it", "[quotes][comparative_clitic]") {
    check_only_quotes(
        {
            {"fr", "Camille Laurent le rappelle : « La suite de tests est notre filet de sécurité. »",
             "La suite de tests est notre filet de sécurité.", "rappelle", "Camille Laurent"},
            {"fr", "La maire le répète : « Une salle pour tous, ouverte tous les soirs. »",
             "Une salle pour tous, ouverte tous les soirs.", "répète", "La maire"},
        },
        QuoteKind::direct);
}
