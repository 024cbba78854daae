// quotes82: French incises whose verb is in no list but inverted with its subject pronoun after a comma ("»,
// lâche-t-il", "a-t-elle chiffré"), the verbs that are cues only right after a quote ("», a lâché le capitaine"), and
// German "verriet"; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// The cue texts cues_in finds in `s`, read with the lexicons of `language`.
std::vector<std::string> cue_texts(const std::string& language, std::string_view s) {
    const auto lexs = quoting::lexicons_for(language);
    std::vector<std::string> out;
    for (const auto& c : quoting::cues_in(s, quoting::words_of(s, 0, s.size(), &lexs), lexs))
        out.push_back(c.text);
    return out;
}

} // namespace

TEST_CASE("a verb inverted with its pronoun after a quote is its cue", "[quotes][quotes82]") {
    check_only_quotes(
        {
            {"fr", "\u00AB Le budget tiendra jusqu'en mars \u00BB, tranche-t-il.", "Le budget tiendra jusqu'en mars",
             "tranche-t-il", "il"},
            {"fr", "\u00AB La halle rouvrira au printemps \u00BB, pronostique-t-elle.",
             "La halle rouvrira au printemps", "pronostique-t-elle", "elle"},
            {"fr", "\u00AB Les comptes sont justes \u00BB, a-t-elle justifi\u00E9.", "Les comptes sont justes",
             "a-t-elle justifi\u00E9", "elle"},
            {"fr", "\u00ABDeux cents postes au moins\u00BB, a-t-il extrapol\u00E9 devant les \u00E9lus.",
             "Deux cents postes au moins", "a-t-il extrapol\u00E9", "il"},
        },
        QuoteKind::direct);
}

TEST_CASE("an inverted incise inside the marks leaves the quote's words", "[quotes][quotes82]") {
    const auto qs = extract_quotes(
        page("fr", "",
             {"\u00AB Ces prévisions ne tombent pas du ciel, a-t-elle chiffr\u00E9. Elles suivent les ventes de "
              "l'automne. \u00BB"}));
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].text.find("chiffr") == std::string::npos);
    CHECK(qs[0].cue.value_or("") == "a-t-elle chiffr\u00E9");
    CHECK(qs[0].mention.value_or("") == "elle");
    CHECK(qs[1].text.starts_with("Elles suivent les ventes"));
}

TEST_CASE("an inverted hedge or question after a comma is no cue", "[quotes][quotes82]") {
    // (the inversion of a hedge, "semble-t-il", "faut-il", and of a question, which a question mark closes)
    CHECK(cue_texts("fr", "Le chantier, semble-t-il, prendra du retard.").empty());
    CHECK(cue_texts("fr", "Et ensuite, faut-il tout reprendre.").empty());
    CHECK(cue_texts("fr", "Et demain, viendra-t-il ?").empty());
    CHECK(cue_texts("fr", "Au final, a-t-il fallu attendre.").empty());
    CHECK(cue_texts("fr", "Le gardien est rentré au port, a-t-on appris de source sûre.").empty());
    // (the language's convention: English has no inverted incise, "add-on" is a noun)
    CHECK(cue_texts("en", "The kit ships with one thing, an add-on.").empty());
    CHECK(cue_texts("fr", "\u00AB C'est fini \u00BB, souffle-t-elle.") == std::vector<std::string>{"souffle-t-elle"});
    CHECK(cue_texts("fr", "\u00AB C'est fini \u00BB, admet-elle.") == std::vector<std::string>{"admet-elle"});
}

TEST_CASE("a verb of a thing is a cue only right after a quote", "[quotes][quotes82]") {
    check_only_quotes(
        {
            {"fr", "\u00AB On a manqué de tout ce soir \u00BB, a l\u00E2ch\u00E9 le capitaine lyonnais.",
             "On a manqué de tout ce soir", "a l\u00E2ch\u00E9", "le capitaine lyonnais"},
            {"fr", "\u00AB Le marché reste fragile \u00BB, analyse Paul Girard, économiste.", "Le marché reste fragile",
             "analyse", "Paul Girard"},
            {"fr", "\u00AB Nous ouvrirons deux classes \u00BB, reprend la directrice.", "Nous ouvrirons deux classes",
             "reprend", "la directrice"},
        },
        QuoteKind::direct);
    // (the same verbs of a thing or an act: no cue)
    CHECK(cue_texts("fr", "Le gardien a l\u00E2ch\u00E9 le ballon en fin de match.").empty());
    CHECK(cue_texts("fr", "Il reprend le travail lundi apr\u00E8s une analyse compl\u00E8te.").empty());
}

TEST_CASE("giving away, justifying and owning up are cues", "[quotes][quotes82]") {
    check_only_quotes(
        {
            {"de", "\u201EWir haben den ganzen Winter daran gefeilt\u201C, verriet Teamkollege Jan Roth.",
             "Wir haben den ganzen Winter daran gefeilt", "verriet", "Teamkollege Jan Roth"},
            {"fr",
             "\u00AB La ligne ferme pour trois mois \u00BB, a justifi\u00E9 Marc Dupuis, le directeur du r\u00E9seau.",
             "La ligne ferme pour trois mois", "a justifi\u00E9", "Marc Dupuis"},
            {"fr", "\u00AB J'ai eu peur ce jour-l\u00E0 \u00BB, avoue la navigatrice.", "J'ai eu peur ce jour-l\u00E0",
             "avoue", "la navigatrice"},
        },
        QuoteKind::direct);
}
