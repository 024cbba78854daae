// A subject set off by its apposition before a cue's comma ("La conseillère du quartier, Odile Marchand, a demandé
// ..."): no reported words, and no inverted reporting clause after the cue (quote_indirect.cpp).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a noun phrase and the name after its comma are the subject of the cue, not what was said",
          "[quotes][indirect]") {
    const struct {
        const char* lang;
        const char* paragraph;
        const char* subject;
    } rows[] = {
        {"fr", "La conseillère du quartier, Odile Marchand, a demandé un report d'une année.",
         "La conseillère du quartier, Odile Marchand"},
        {"fr", "Le président du club de voile, Marc Vidal, a réclamé une nouvelle cale.",
         "Le président du club de voile, Marc Vidal"},
        {"de", "Die Sprecherin des Hafens, Anna Muster, forderte eine Prüfung der Kosten.",
         "Die Sprecherin des Hafens, Anna Muster"},
        {"es", "La diputada del distrito, Lucía Gómez, pidió una moratoria de un año.",
         "La diputada del distrito, Lucía Gómez"},
        {"it", "La deputata del collegio, Giulia Conti, ha chiesto una moratoria di un anno.",
         "La deputata del collegio, Giulia Conti"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        for (const auto& q : extract_quotes(page(r.lang, "", {r.paragraph})))
            CHECK(q.text != r.subject);
    }
}

TEST_CASE("reported words closed by a cue and the speaker's name after it keep their speaker", "[quotes][indirect]") {
    // The inverted clause still reports when the words before its comma are a clause of their own.
    check_quotes({
        {"fr", {"Les travaux de la digue nord seront achevés au printemps, a déclaré mardi la maire, Odile Marchand."},
         "Les travaux de la digue nord seront achevés au printemps", "Odile Marchand", "la maire, Odile Marchand"},
        {"fr", {"Le port de Lorval, fermé depuis deux ans, rouvrira ses quais en avril, a annoncé le maire, Marc Vidal."},
         "Le port de Lorval, fermé depuis deux ans, rouvrira ses quais en avril", "Marc Vidal",
         "le maire, Marc Vidal"},
    });
}
