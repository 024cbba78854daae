// The speaker's name in English press: an office linked to its field by "for" ("Minister for Housing Siobhán
// Nolan") or by two links ("Secretary of State for Health Tom Webb") is no part of the name; the letters of a seat
// or an honour after a name ("Sarah Jenkins MP", "Anna Roth MdB") are none either; a body's name holding a plural
// possessive ("the Taxpayers' Alliance") is read whole.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an office and its field before a name are no part of the speaker's name", "[quotes][quotes97]") {
    check_quotes({
        {"en",
         {"Minister for Housing Carmel Brady said: \u201CNo tenant should live at the mercy of a postcode.\u201D"},
         "No tenant should live at the mercy of a postcode.", "Carmel Brady", "Minister for Housing Carmel Brady"},
        // (an office of two links: the role, its link and its own capitalised field before the link)
        {"en",
         {"Secretary of State for Transport Dan Moyle said: \u201CThe line will reopen in the spring.\u201D"},
         "The line will reopen in the spring.", "Dan Moyle"},
        {"en",
         {"Chancellor of the Exchequer Dan Moyle said: \u201CThe books will balance by next year.\u201D"},
         "The books will balance by next year.", "Dan Moyle"},
        {"en",
         {"German Chancellor Karl Brenner said: \u201CThe coalition will hold through the winter.\u201D"},
         "The coalition will hold through the winter.", "Karl Brenner"},
        // (guards: an office with "of" before a name, and the same kind in German and French)
        {"en",
         {"Secretary of State Clara Holt said: \u201CWe will talk to all sides.\u201D"},
         "We will talk to all sides.", "Clara Holt"},
        {"de",
         {"\u201EWir halten Wort\u201C, sagte der Minister f\u00FCr Gesundheit Karl Brenner am Montag."},
         "Wir halten Wort", "Karl Brenner"},
        {"fr",
         {"\u00AB Nous tiendrons parole \u00BB, a d\u00E9clar\u00E9 le ministre de la Sant\u00E9 Marc Roux."},
         "Nous tiendrons parole", "Marc Roux"},
    });
}

TEST_CASE("the letters of a seat, an honour or a degree after a name are no part of it", "[quotes][quotes97]") {
    check_quotes({
        {"en",
         {"Local MP Gwen Ashby MP said: \u201CThe station must stay open.\u201D"},
         "The station must stay open.", "Gwen Ashby", "Local MP Gwen Ashby MP"},
        {"en",
         {"\u201CThe appeal will be heard in the new year,\u201D said Helen Marsh KC."},
         "The appeal will be heard in the new year", "Helen Marsh"},
        {"en",
         {"Professor Alan Reid OBE said: \u201CThe findings change how we treat older patients.\u201D"},
         "The findings change how we treat older patients.", "Alan Reid"},
        {"de",
         {"\u201EWir werden zustimmen\u201C, sagte die Abgeordnete Anna Roth MdB am Montag."},
         "Wir werden zustimmen", "Anna Roth"},
        {"de",
         {"\u201EDas reicht nicht\u201C, sagte Jan Vogt MdL am Abend."},
         "Das reicht nicht", "Jan Vogt"},
    });
}

TEST_CASE("a body's name holding a plural possessive is read whole", "[quotes][quotes97]") {
    check_quotes({
        {"en",
         {"The Taxpayers' Alliance said: \u201CThe levy will cost every household dearly.\u201D"},
         "The levy will cost every household dearly.", "Taxpayers' Alliance", "The Taxpayers' Alliance"},
        {"en",
         {"The Irish Property Owners\u2019 Association said: \u201CMore landlords will sell up.\u201D"},
         "More landlords will sell up.", "Irish Property Owners\u2019 Association"},
        // (guard: an owner's apostrophe before a person's full name leaves the owner out)
        {"en",
         {"Reuters' Jane Roe said: \u201CThe figures were checked twice.\u201D"},
         "The figures were checked twice.", "Jane Roe"},
    });
}

TEST_CASE("a plural possessive before a body's noun that carries a longer name on is no body's name of its own",
          "[quotes][quotes97]") {
    // (the name goes on past the noun, "Board on Professional Conduct": "Appeals' Board" names no speaker)
    const auto qs = extract_quotes(page(
        "en", "", {"The Court of Appeals' Board on Professional Conduct said: \u201CThe rules were broken.\u201D"}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker.value_or("").find("Appeals") == std::string::npos);
}
