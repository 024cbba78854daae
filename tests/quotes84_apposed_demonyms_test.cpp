// The cue's speaker after a quote (quotes84, probe73 Q6): an adverb of how the speech opened between the verb and its
// subject ([cue_adverbs] "d'entrée", "d'emblée") is no part of the mention; and a name in apposition after the role may
// be described by an article and a demonym, a nationality or a party's word before it ("le rapporteur, le Vaudois Paul
// Roux (UDC)", "the committee chair, the Republican Tom Vale"), as by a role noun. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("an adverb of the speech's opening after the cue is not the mention's", "[quotes][quotes84]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"\u00AB Nous ne sommes pas là pour distribuer des cadeaux \u00BB, a lancé d'entrée le rapporteur.",
         "le rapporteur"},
        {"\u00AB Le budget doit tenir \u00BB, a prévenu d\u2019emblée la ministre.", "la ministre"},
    };
    for (const auto& [p, mention] : rows) {
        INFO(p);
        const auto qs = extract_quotes(body("fr", {"Le Grand Conseil a ouvert le débat mardi.", p}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].mention == std::optional<std::string>(mention));
    }
}

TEST_CASE("a demonym or a party's word before a name in apposition describes it", "[quotes][quotes84]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"\u00AB Nous ne sommes pas là pour distribuer des cadeaux \u00BB, a lancé le rapporteur de la commission, le "
         "Vaudois Jacques Morand (UDC).",
         "Jacques Morand"},
        {"\u00AB Le budget doit tenir \u00BB, a affirmé la présidente de la commission, la socialiste Anne "
         "Vuilleumier.",
         "Anne Vuilleumier"},
    };
    for (const auto& [p, who] : rows) {
        INFO(p);
        const auto qs = extract_quotes(body("fr", {"Le Grand Conseil a ouvert le débat mardi.", p}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].speaker == std::optional<std::string>(who));
        REQUIRE(qs[0].mention);
        CHECK(qs[0].mention->find(who) != std::string::npos);
    }
    const auto en = extract_quotes(body("en", {"The House opened the debate on Tuesday.",
                                               "\"We are not here to hand out gifts,\" said the committee chair, the "
                                               "Republican Tom Vale."}));
    REQUIRE(en.size() == 1);
    REQUIRE(en[0].mention);
    CHECK(*en[0].mention == "the committee chair, the Republican Tom Vale");
}
