// A scare quote inside a noun phrase (`our "daily" report`): the word after its closing mark is the noun it
// qualifies, never a cue, however much it looks like a speech verb ("report", "warning", "annonce", "note").
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the noun after a scare quote opened by an article or a possessive is no cue", "[quotes][scare_quote]") {
    const std::vector<std::pair<const char*, const char*>> rows = {
        {"en", "For two weeks our \"daily\" report arrived at one in the morning for the sales team."},
        {"en", "A \"routine\" warning went out on Monday to every school in the county."},
        {"fr", "Pendant deux semaines, une « simple » annonce a suffi pour remplir la salle des fêtes."},
        {"fr", "La « petite » note circulait dans les bureaux de la mairie depuis le mois de mai."},
    };
    for (const auto& [lang, paragraph] : rows) {
        INFO(paragraph);
        for (const auto& q : extract_quotes(page(lang, "", {paragraph})))
            CHECK(!q.cue);
    }
}

TEST_CASE("a cue right after a quote that opens its sentence still attributes it", "[quotes][scare_quote]") {
    check_only_quotes(
        {
            {"en", "\"We will reopen the hall in June\" said Ann Roe, the mayor of the town.",
             "We will reopen the hall in June", "said", "Ann Roe"},
            {"fr", "« Nous rouvrirons la salle en juin » annonce Anne Roux, la maire de la ville.",
             "Nous rouvrirons la salle en juin", "annonce", "Anne Roux"},
        },
        QuoteKind::direct);
}
