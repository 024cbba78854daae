// quotes82: the mention before a cue. A clause or a time set off by a comma before the name ("Asked about the hours,
// Mr. Akerley said", "Lundi, Claire Morel a jugé") describes no one and is left out; an apposition naming a role is
// kept; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a clause or a time before the comma is no part of the mention, a role's apposition is", "[quotes][quotes82]") {
    check_quotes({
        {"en", {"Asked about the library hours, Mr. Akerley said that \"nothing is final.\""}, "nothing is final.",
         "Akerley", "Mr. Akerley"},
        {"en", {"Speaking at the council meeting, Mayor Ann Roe said the plan was \"a fair deal for readers.\""},
         "a fair deal for readers.", "Ann Roe", "Mayor Ann Roe"},
        {"en", {"On Monday, Tom Vale said the hours were \"too short.\""}, "too short.", "Tom Vale", "Tom Vale"},
        {"fr", {"Lundi, Claire Morel a jug\u00E9 les horaires \u00ABtrop courts\u00BB."}, "trop courts", "Claire Morel",
         "Claire Morel"},
        {"es", {"El lunes, Ana Ruiz calific\u00F3 el horario de \u00ABdemasiado corto\u00BB."}, "demasiado corto",
         "Ana Ruiz", "Ana Ruiz"},
        // (an apposition naming a role stays the mention's, before the name or after it)
        {"de",
         {"Martin Kessler, Sprecher des Mieterverbands Nord kommentierte den Entscheid mit den Worten: „Das ist "
          "ein schlechter Tag für alle Mieter.“"},
         "Das ist ein schlechter Tag für alle Mieter.", "Martin Kessler",
         "Martin Kessler, Sprecher des Mieterverbands Nord"},
        {"en",
         {"The chairman of the hoteliers association, Josef Brandner, said the season was \"the best in years.\""},
         "the best in years.", "Josef Brandner", "The chairman of the hoteliers association, Josef Brandner"},
        {"fr",
         {"La directrice de la biblioth\u00E8que, Anne Roux, a dit que le lieu \u00E9tait \u00ABle c\u0153ur de la "
          "ville\u00BB."},
         "le c\u0153ur de la ville", "Anne Roux", "La directrice de la biblioth\u00E8que, Anne Roux"},
    });
}

TEST_CASE("a noun with an adverb's ending after an article or a preposition stays in the mention", "[quotes][quotes82]") {
    check_quotes({
        {"en", {"A lawyer for the family said the plan was \"unfair to readers.\""}, "unfair to readers.", "",
         "A lawyer for the family"},
        {"fr", {"L'ancien chef du gouvernement a d\u00E9clar\u00E9 : \u00AB Nous devons changer de cap. \u00BB"},
         "Nous devons changer de cap.", "", "L'ancien chef du gouvernement"},
        {"fr", {"Le chef du gouvernement a reconnu que la r\u00E9forme \u00E9tait \u00AB difficile \u00BB."}, "difficile",
         "", "Le chef du gouvernement"},
        // (an adverb right after the subject is still left out)
        {"en", {"Mayor Ann Roe firmly said the plan was \"a fair deal.\""}, "a fair deal.", "Ann Roe", "Mayor Ann Roe"},
        {"fr", {"Le maire Paul Roux a finalement jug\u00E9 le plan \u00AB \u00E9quitable \u00BB."}, "\u00E9quitable",
         "Paul Roux", "Le maire Paul Roux"},
    });
}

TEST_CASE("an adverb by its ending between the auxiliary and the participle belongs to the cue", "[quotes][quotes82]") {
    check_only_quotes(
        {
            {"fr", "Le maire Paul Roux a finalement jug\u00E9 le plan \u00AB \u00E9quitable \u00BB.", "\u00E9quitable",
             "a finalement jug\u00E9", "Le maire Paul Roux"},
            {"en", "Mayor Ann Roe has repeatedly called the plan \"a fair deal.\"", "a fair deal.",
             "has repeatedly called", "Mayor Ann Roe"},
            {"it", "Il sindaco Marco Ferri ha nuovamente definito il piano \u00ABun buon accordo\u00BB.",
             "un buon accordo", "ha nuovamente definito", "Il sindaco Marco Ferri"},
        },
        QuoteKind::partial);
}
