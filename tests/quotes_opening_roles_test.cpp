// A capitalised role or a person's part in the matter opening a sentence before a name ([role_words],
// [trade_words]) is no part of the speaker's name; a role noun describes the person, so the role after its article
// later names them again.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role opening a sentence before a name is no part of the name", "[quotes][opening_roles]") {
    check_quotes({
        {"en", {"Superintendent Odell Farrow said the gym will reopen. \"We fixed the roof,\" he said."},
         "We fixed the roof", "Odell Farrow"},
        {"nl", {"Ondernemer Wim Stoelhorst ziet het somber in. \"Niemand komt nog langs\", zegt hij."},
         "Niemand komt nog langs", "Wim Stoelhorst"},
        {"nl", {"Ondernemster Fleur Kamsteeg twijfelt. \"De huur is te hoog\", zegt ze."}, "De huur is te hoog",
         "Fleur Kamsteeg"},
    });
}

TEST_CASE("the role named again after its article is the person it opened", "[quotes][opening_roles]") {
    check_quotes({
        {"en", {"Superintendent Odell Farrow said the gym will reopen.", "Coach Pia Lund was pleased.",
                "The superintendent told teachers: \"The floor comes next.\""},
         "The floor comes next.", "Odell Farrow"},
        {"nl", {"Ondernemer Wim Stoelhorst ziet het somber in.", "Burgemeester Ria Tol belooft hulp.",
                "De ondernemer zegt: \"Ik wacht niet langer.\""},
         "Ik wacht niet langer.", "Wim Stoelhorst"},
    });
}

TEST_CASE("one's part in the matter opening a sentence before a name is no part of the name",
          "[quotes][opening_roles]") {
    check_quotes({
        {"en", {"Parent Lorna Quill was not convinced. \"They had all summer,\" she said."}, "They had all summer",
         "Lorna Quill"},
        {"en", {"Resident Abe Korvath has lived on the hill for decades. \"Nobody asked us,\" he said."},
         "Nobody asked us", "Abe Korvath"},
        {"nl", {"Huurder Sanne Oudeweg is boos. \"De lift is al weken stuk\", zegt ze."}, "De lift is al weken stuk",
         "Sanne Oudeweg"},
        {"pt", {"Empresária Dalva Quintanilha está preocupada. \"As vendas caíram pela metade\", disse ela."},
         "As vendas caíram pela metade", "Dalva Quintanilha"},
        {"pt", {"Morador Tião Barbalho reclama da poeira. \"Ninguém aguenta mais\", disse ele."}, "Ninguém aguenta mais",
         "Tião Barbalho"},
    });
}

TEST_CASE("a trade opening a name describes the person for the trade after its article", "[quotes][opening_roles]") {
    check_quotes({
        {"en", {"Farmer Ulla Brandvik lost half her crop.", "Mayor Tom Ekdahl promised help.",
                "The farmer told the council: \"Help came too late.\""},
         "Help came too late.", "Ulla Brandvik"},
        {"nl", {"Huurder Sanne Oudeweg is boos.", "Wethouder Piet Klaver belooft een oplossing.",
                "De huurder zegt: \"Ik geloof het pas als ik het zie.\""},
         "Ik geloof het pas als ik het zie.", "Sanne Oudeweg"},
        {"pt", {"Empresária Dalva Quintanilha perdeu clientes.", "O prefeito Osvaldo Tavares prometeu ajuda.",
                "A empresária disse: \"A ajuda chegou tarde.\""},
         "A ajuda chegou tarde.", "Dalva Quintanilha"},
    });
}
