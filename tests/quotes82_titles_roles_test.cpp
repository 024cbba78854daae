// quotes82: a woman doctor's and professor's titles ("la Dre Anne Roux", "la Pre Marie Blanc"), the lawyer's "Me"
// before a name set off by commas (no object clitic, no reported words), the roles of schools and associations ("le
// doctorant", "la bénévole"), and "unter" closing a German mention; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a woman doctor's or professor's title is no part of the speaker's name", "[quotes][quotes82]") {
    check_speakers({
        {"fr", "\u00AB Les urgences d\u00E9bordent chaque hiver \u00BB, rappelle la Dre Anne Roux, cheffe de clinique.",
         "Les urgences d\u00E9bordent chaque hiver", "Anne Roux"},
        {"fr", "\u00AB Le glacier recule de dix m\u00E8tres par an \u00BB, explique la Pre Marie Blanc.",
         "Le glacier recule de dix m\u00E8tres par an", "Marie Blanc"},
        // (the title of a man, as before)
        {"fr", "\u00AB Les urgences d\u00E9bordent chaque hiver \u00BB, rappelle le Dr Paul Roux, chef de clinique.",
         "Les urgences d\u00E9bordent chaque hiver", "Paul Roux"},
    });
}

TEST_CASE("a role after a possessive, then a name set off by commas, is the sentence's subject", "[quotes][quotes82]") {
    // ("Son avocate, Me Lise Morel, a plaidé l'acquittement.": the possessive opens the subject as an article does;
    // the words before the verb are its subject, no reported words)
    const std::vector<std::pair<const char*, const char*>> lines = {
        {"fr", "Son avocate, Me Lise Morel, a plaid\u00E9 l'acquittement."},
        {"fr", "Son avocate, Me Lise Morel, a d\u00E9nonc\u00E9 l'enqu\u00EAte devant la cour."},
        {"fr", "Son avocate, Mme Lise Morel, a d\u00E9nonc\u00E9 l'enqu\u00EAte devant la cour."},
        {"en", "His lawyer, Ms. Ann Roe, denounced the inquiry before the court."},
        {"de", "Sein Anwalt, Dr. Jan Roth, kritisierte die Ermittlungen vor dem Gericht."},
    };
    for (const auto& [lang, line] : lines) {
        INFO(line);
        CHECK(extract_quotes(page(lang, "", {line})).empty());
    }
    // (words a possessive opens before a cue's comma, no name set off by commas in them, are reported words still)
    CHECK_FALSE(extract_quotes(page("fr", "",
                                    {"Son projet coûtera trop cher aux communes du canton, a estim\u00E9 "
                                     "Anne Roux."}))
                    .empty());
}

TEST_CASE("the roles of schools and associations describe the person named with them", "[quotes][quotes82]") {
    check_quotes({
        {"fr",
         {"Le doctorant Marc Jaquet installe la sonde sur le lac.",
          "\u00AB Le premier prototype a pris l'eau \u00BB, se souvient le doctorant."},
         "Le premier prototype a pris l'eau",
         "Marc Jaquet",
         "le doctorant"},
        {"fr",
         {"La b\u00E9n\u00E9vole L\u00E9a Perrin tient le stand depuis dix ans.",
          "\u00AB On manque de bras chaque d\u00E9cembre \u00BB, regrette la b\u00E9n\u00E9vole."},
         "On manque de bras chaque d\u00E9cembre",
         "L\u00E9a Perrin",
         "la b\u00E9n\u00E9vole"},
    });
}

TEST_CASE("a circumstance opened by unter closes a German mention", "[quotes][quotes82]") {
    check_only_quotes(
        {
            {"de", "\u201EWir haben geliefert\u201C, sagte der Parteichef unter dem Beifall seiner Fraktion.",
             "Wir haben geliefert", "sagte", "der Parteichef"},
        },
        QuoteKind::direct);
}
