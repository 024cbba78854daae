// Table-driven tests of a body's name opened by a preposition elided into its first word after the speaker's
// apposition, which is no speaker, on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a body's name opened by an elided preposition after the apposition is not the speaker",
          "[quotes][speakers]") {
    // "docente all'Università Statale di Pavia": the preposition is elided into the body's first word; the
    // capitalised words after it go on with the body's name, governed as after a preposition of its own.
    check_quotes({
        {"it",
         {"\"Il picco arriverà presto\", spiega all'agenzia il virologo Marco Bellini, docente all'Università Statale "
          "di Pavia."},
         "Il picco arriverà presto",
         "Marco Bellini"},
        {"it",
         {"\"Ci sono molti casi\", racconta il chimico Luca Sala, docente nell'Istituto Nazionale di Ricerca di Como."},
         "Ci sono molti casi",
         "Luca Sala"},
        {"it",
         {"\"Mancano i letti\", dice l'epidemiologa Anna Moretti, ricercatrice dell'Azienda Ospedaliera di Lodi."},
         "Mancano i letti",
         "Anna Moretti"},
        // (French writes the preposition apart, before the elided article: the body's name was governed already)
        {"fr",
         {"« Le pic arrivera vite », explique le virologue Marc Bellin, professeur à l'Université Catholique de "
          "Lille."},
         "Le pic arrivera vite",
         "Marc Bellin"},
    });
    // A name right after the told party's word stays the speaker's when no capital follows the apostrophe.
    check_quotes({
        {"it",
         {"\"Il picco arriverà presto\", ha detto all'agenzia Marco Bellini, docente di virologia a Pavia."},
         "Il picco arriverà presto",
         "Marco Bellini"},
    });
}
