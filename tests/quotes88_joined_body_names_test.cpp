// Names of bodies joined by "and" ("Northvale Fire and Rescue Service") or listing the fields of a ministry with
// commas before the last ("the Department for Housing, Planning and Local Affairs", "el Ministerio de Agricultura,
// Pesca y Alimentación", "das Ministerium für Umwelt, Klima und Energie") are one speaker, not their last part. Every
// line is invented (session 52, quotes88).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a capitalised run joined by and that closes with a body's noun is one name",
          "[quotes][names][bodies][quotes88]") {
    check_quotes({
        {"en",
         {"More than 200 homes in Eastwick were flooded overnight, Northvale Fire and Rescue Service said."},
         "More than 200 homes in Eastwick were flooded overnight",
         "Northvale Fire and Rescue Service"},
        {"en",
         {"\"Crews pumped water out of forty homes before dawn,\" Northvale Fire and Rescue Service said in a "
          "statement."},
         "Crews pumped water out of forty homes before dawn",
         "Northvale Fire and Rescue Service"},
    });
}

TEST_CASE("a ministry whose fields are listed with commas before the last is one name",
          "[quotes][names][bodies][quotes88]") {
    check_quotes({
        {"en",
         {"\"We are watching the rivers closely,\" the Department for Housing, Planning and Local Affairs said."},
         "We are watching the rivers closely",
         "Department for Housing, Planning and Local Affairs"},
        {"es",
         {"El Ministerio de Agricultura, Pesca y Alimentación aseguró que las ayudas llegarán en enero."},
         "las ayudas llegarán en enero",
         "Ministerio de Agricultura, Pesca y Alimentación"},
        {"de",
         {"„Die Pegel sinken seit dem Morgen“, teilte das Ministerium für Umwelt, Klima und Energie mit."},
         "Die Pegel sinken seit dem Morgen",
         "Ministerium für Umwelt, Klima und Energie"},
    });
}

TEST_CASE("two people or a person and a body joined by and stay apart", "[quotes][names][bodies][guard][quotes88]") {
    check_quotes({
        {"en",
         {"The Ministry of Health, Anna Lindqvist and Tom Vale said the clinics would reopen on Monday."},
         "the clinics would reopen on Monday",
         "Tom Vale"},
    });
}
