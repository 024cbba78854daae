// What a role mention or a bare given name asked of every person at each mention, now read once per mention or per
// person: the groups of [rival_roles] of a description and of each person (quote_descriptions.cpp rival_role), the
// office each of a description's words names (office_bases), and the longest name opening with a given name asked
// again among many namesakes (Speakers::longest_opening, the answer kept for a long chain). What each gives must not
// have changed. Invented lines and names.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_descriptions.hpp"
#include "quote_rows.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a rival role is read of a person's roles as they grow, a description's own group once",
          "[quotes][scale96]") {
    // The lawyer is named first with no role and a role mention reads the people's groups then; described as the
    // lawyer afterwards, the lawyer is no defendant (the roles added since are read: the defendant, named with no
    // role the lists know, is no one named, as in quotes87), and still the lawyer.
    quote_rows::check_quotes({
        {"en",
         {"Frank Rivers, 41, is accused of setting fire to the Tolworth grain warehouse last winter.",
          "Ann Roe spoke briefly to reporters outside the Harlow court on Monday morning.",
          "\"The case will take weeks,\" the prosecutor told reporters.",
          "His lawyer, Ann Roe, argued that there was \"not a shred of evidence\" against her client.",
          "\"I did nothing. I was at home that night,\" the defendant told the court."},
         "I did nothing. I was at home that night",
         ""},
        {"en",
         {"Frank Rivers, 41, is accused of setting fire to the Tolworth grain warehouse last winter.",
          "Ann Roe spoke briefly to reporters outside the Harlow court on Monday morning.",
          "\"The case will take weeks,\" the prosecutor told reporters.",
          "His lawyer, Ann Roe, argued that there was \"not a shred of evidence\" against her client.",
          "\"My client was at home that night,\" the lawyer told the court."},
         "My client was at home that night",
         "Ann Roe"},
        {"fr",
         {"Luc Ferrand, 41 ans, est accusé d'avoir incendié l'entrepôt de grain de Pont-Morel l'hiver dernier.",
          "Anne Roux a parlé brièvement à la presse devant le tribunal de Lorval lundi matin.",
          "« L'affaire prendra des semaines », a déclaré le procureur.",
          "Son avocate, Anne Roux, a plaidé qu'il n'y avait « aucune preuve » contre son client.",
          "« Je n'ai rien fait. J'étais chez moi cette nuit-là », a déclaré l'accusé devant la cour."},
         "Je n'ai rien fait. J'étais chez moi cette nuit-là",
         ""},
    });
}

TEST_CASE("office_bases gives the office each office word names, read once for a description", "[quotes][scale96]") {
    struct Row {
        const char* lang;
        std::vector<std::string_view> offices;
        std::vector<std::string_view> bases;
    };
    for (const Row& r : {
             Row{"fr", {"ministre", "l'ambassadrice", "directeur"}, {"ministre", "ambassadrice", ""}},
             Row{"en", {"mayor", "senator", "director"}, {"mayor", "senator", ""}},
             Row{"de", {"bundesministerin", "bürgermeisterin", "direktorin"}, {"ministerin", "bürgermeisterin", ""}},
         }) {
        INFO(r.lang);
        quoting::Speakers sp = speakers_for(r.lang);
        sp.capitalised_nouns = std::string_view(r.lang) == "de";
        CHECK(quoting::office_bases(r.offices, sp) == r.bases);
        // (near miss: where nouns are written in lower case, an office word's end names no office: "administre")
        if (!sp.capitalised_nouns)
            CHECK(quoting::office_bases({"administre", "prominister"}, sp) == std::vector<std::string_view>{"", ""});
    }
}

TEST_CASE("a given name asked again among many namesakes finds the longest name opening with it as names are added",
          "[quotes][scale96]") {
    for (const char* lang : {"fr", "de", "en"}) {
        INFO(lang);
        quoting::Speakers sp = speakers_for(lang);
        // Hundreds of "Marie Dupontaa", ...: a chain long enough for its answer to be kept.
        int last = -1;
        for (char a = 'a'; a <= 'z'; ++a)
            for (char b = 'a'; b <= 'j'; ++b)
                last = sp.add_person(std::string("Marie Dupont") + a + b);
        CHECK(sp.find_person("Marie") == last); // (of the longest names, the one added last)
        CHECK(sp.find_person("Marie") == last); // (asked again: the answer kept)
        // A longer name added since is found, then one as long added after it.
        const int longer = sp.add_person("Marie Dupontzzz");
        CHECK(sp.find_person("Marie") == longer);
        const int as_long = sp.add_person("Marie Dupontzzy");
        CHECK(sp.find_person("Marie") == as_long);
        // A name that grew past it: the person met by a surname alone, then with the given name.
        const int grown = sp.add_person("Vollratheim");
        CHECK(sp.find_person("Marie") == as_long);
        REQUIRE(sp.add_person("Marie Vollratheim") == grown);
        CHECK(sp.find_person("Marie") == grown);
        // (near misses: another given name among them opens none; the person found whose name changed outside the
        // book no longer opens with it, and the next longest is read afresh)
        CHECK(sp.find_person("Mari") == -1);
        CHECK(sp.find_person("Anna") == -1);
        sp.people[static_cast<std::size_t>(grown)].name = "Jean Vollratheim";
        sp.people[static_cast<std::size_t>(grown)].low = "jean vollratheim";
        CHECK(sp.find_person("Marie") == as_long);
    }
}
