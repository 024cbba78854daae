// quotes102: a role named by another noun ("il legale" after "l'avvocato difensore X", "il manager" after
// "l'amministratore delegato X", "el letrado" after "el abogado defensor X"), an according word that is an ordinal
// ("del secondo atto", "no segundo tempo") and an according phrase whose name no comma closes ("Secondo Neri non ci
// sono ...", "Según Pérez no hay ..."); on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <algorithm>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// A paragraph, a word the quote is found by (its text, or its mention) and what is checked of it (its cue, or the
// words its text opens with).
struct Row {
    const char* lang;
    const char* paragraph;
    const char* key;
    const char* expected;
};

// The quote of `qs` whose text (or, with by_mention, mention) is `key`, else null.
const Quote* find_quote(const std::vector<Quote>& qs, const std::string& key, bool by_mention) {
    const auto it = std::find_if(qs.begin(), qs.end(), [&](const Quote& q) {
        return (by_mention ? q.mention.value_or("") : q.text) == key;
    });
    return it == qs.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("a role named by a generic noun of the same office resolves to its holder", "[quotes][quotes102]") {
    check_quotes({
        {"it",
         {"Ha preso la parola l'avvocato difensore Michele Sartori davanti alla corte.",
          "Il legale ha sostenuto che le perizie \u00ABignorano i dati del cantiere\u00BB."},
         "ignorano i dati del cantiere",
         "Michele Sartori",
         "Il legale"},
        {"it",
         {"Ha parlato anche l'amministratore delegato Carla Venturini della societ\u00E0.",
          "Il manager ha precisato che il dividendo sar\u00E0 \u00ABalmeno pari\u00BB a quello dell'anno scorso."},
         "almeno pari",
         "Carla Venturini",
         "Il manager"},
        {"es",
         {"Tom\u00F3 la palabra el abogado defensor Pedro Salcedo ante el tribunal.",
          "El letrado sostuvo que los peritos \u00ABignoran los datos de la obra\u00BB."},
         "ignoran los datos de la obra",
         "Pedro Salcedo",
         "El letrado"},
    });
    // (a page naming two lawyers: the generic noun names neither of them alone)
    const auto qs = extract_quotes(
        page("it", "",
             {"In aula c'erano l'avvocato Michele Sartori e l'avvocato Paolo Ghirardi.",
              "Il legale ha sostenuto che le perizie \u00ABignorano i dati del cantiere\u00BB."}));
    const Quote* q = find_quote(qs, "ignorano i dati del cantiere", false);
    REQUIRE(q);
    CHECK(q->speaker.value_or("") != "Michele Sartori");
}

TEST_CASE("an according word right after an article is the ordinal, no cue", "[quotes][quotes102]") {
    const std::vector<Row> rows{
        {"it",
         "Quando alla fine del secondo atto dice al figlio \u00ABnon ti ho mai chiesto di restare\u00BB, la sala tace.",
         "non ti ho mai chiesto di restare", "dice"},
        {"it", "Nel secondo tempo spiega il tecnico Aldo Ruffini che \u00ABla squadra ha sofferto\u00BB.",
         "la squadra ha sofferto", "spiega"},
        {"pt", "No segundo tempo diz o treinador Rui Antunes que \u00ABn\u00E3o houve surpresas\u00BB.",
         "n\u00E3o houve surpresas", "diz"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(page(r.lang, "", {r.paragraph}));
        const Quote* q = find_quote(qs, r.key, false);
        REQUIRE(q);
        CHECK(q->cue.value_or("") == r.expected);
    }
    // (the preposition itself, with no article before it, still opens the phrase)
    check_quotes({
        {"it", {"Secondo il tecnico Aldo Ruffini, \u00ABla squadra ha sofferto\u00BB."}, "la squadra ha sofferto",
         "Aldo Ruffini", "il tecnico Aldo Ruffini"},
        {"pt", {"Segundo o treinador Rui Antunes, \u00ABn\u00E3o houve surpresas\u00BB."}, "n\u00E3o houve surpresas",
         "Rui Antunes", "o treinador Rui Antunes"},
    });
}

TEST_CASE("an according phrase's name that no comma closes ends where a lower-case word opens the clause",
          "[quotes][quotes102]") {
    const std::vector<Row> rows{
        {"it", "Il vaccino si pu\u00F2 fare ora. Secondo Bertolazzi non ci sono controindicazioni per chi lo ha gi\u00E0 fatto.",
         "Bertolazzi", "non ci sono"},
        {"es", "Las lluvias siguen. Seg\u00FAn Valcarce no hay riesgo para la poblaci\u00F3n del valle.", "Valcarce",
         "no hay riesgo"},
        {"pt", "As chuvas continuam. Segundo Vasconcelos n\u00E3o h\u00E1 risco para a popula\u00E7\u00E3o do vale.",
         "Vasconcelos", "n\u00E3o h\u00E1 risco"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(page(r.lang, "", {r.paragraph}));
        const Quote* found = find_quote(qs, r.key, true);
        REQUIRE(found);
        CHECK(found->text.rfind(r.expected, 0) == 0);
        CHECK(found->speaker.value_or("") == r.key);
    }
    // (a word linking the name to its body keeps the mention going: "Secondo Neri dell'Istat", "según Pérez, de ...")
    const auto qs = extract_quotes(page(
        "it", "", {"Secondo Bertolazzi dell'Istituto Valdese il virus \u00ABcircola gi\u00E0 molto\u00BB."}));
    REQUIRE(!qs.empty());
    for (const auto& q : qs)
        CHECK(q.mention.value_or("") != "Bertolazzi");
    // (nor do the capitals stop short before one noun closing the sentence: "according to Harbour Board officials.")
    const auto en = extract_quotes(page(
        "en", "", {"The old jetty will stay shut until spring for safety reasons, according to Harbour Board officials."}));
    REQUIRE(!en.empty());
    CHECK(en.front().mention.value_or("") == "Harbour Board officials");
}
