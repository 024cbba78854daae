// One who speaks for a person named with a title that a body's capitalised words open ("a spokesperson for House
// Speaker Dana Morrow") is not that person: speaker null. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a spokesperson for a titled person a body's name opens is not that person", "[quotes][speakers]") {
    check_quotes({
        {"en",
         {"The bill passed the Senate on Tuesday after a long debate.",
          "\"We have not seen the final text,\" a spokesperson for House Speaker Dana Morrow said."},
         "We have not seen the final text",
         ""},
        {"en",
         {"The plant will close in March, the company said.",
          "\"Talks go on,\" a spokesman for Acme Foods CEO Jane Roe said."},
         "Talks go on",
         ""},
        {"fr",
         {"Le projet de loi a été adopté mardi soir.",
          "«Nous n'avons pas vu le texte», a déclaré un porte-parole du Premier ministre Paul Roux."},
         "Nous n'avons pas vu le texte",
         ""},
    });
}

TEST_CASE("the titled person a body's name opens still speaks for herself", "[quotes][speakers]") {
    check_quotes({
        {"en",
         {"The bill passed the Senate on Tuesday after a long debate.",
          "\"We have not seen the final text,\" House Speaker Dana Morrow said."},
         "We have not seen the final text",
         "Dana Morrow"},
        {"fr",
         {"Le projet de loi a été adopté mardi soir.",
          "«Nous n'avons pas vu le texte», a déclaré le Premier ministre Paul Roux."},
         "Nous n'avons pas vu le texte",
         "Paul Roux"},
    });
}
