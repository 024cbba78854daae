// The writer's own "I" or "we" before a cue (quote_first_person.cpp): the mention is the pronoun alone, never a time
// phrase before it, and it names nobody of the page. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a first-person subject before the cue is the mention alone", "[quotes][first_person]") {
    check_only_quotes(
        {
            {"en", "In March 2019 I wrote: \"Sold the old van. Felt lighter, then poorer.\"",
             "Sold the old van. Felt lighter, then poorer.", "wrote", "I"},
            {"en", "Back then I told my brother: \"I am moving to the coast next spring.\"",
             "I am moving to the coast next spring.", "told", "I"},
            {"en", "We said: \"No more meetings on a Friday afternoon.\"", "No more meetings on a Friday afternoon.",
             "said", "We"},
            {"fr", "En avril 2020, j'ai écrit : « Vendu la vieille camionnette. Soulagée, puis inquiète. »",
             "Vendu la vieille camionnette. Soulagée, puis inquiète.", "écrit", "j'ai"},
            {"fr", "Plus tard, je lui ai dit : « Je pars sur la côte au printemps prochain. »",
             "Je pars sur la côte au printemps prochain.", "dit", "je"},
            {"de", "Ich schrieb: „Den alten Bus verkauft. Erst leichter, dann ärmer.“",
             "Den alten Bus verkauft. Erst leichter, dann ärmer.", "schrieb", "Ich"},
            {"it", "Nell'aprile 2020 io ho scritto: «Venduto il vecchio furgone. Sollievo, poi paura.»",
             "Venduto il vecchio furgone. Sollievo, poi paura.", "scritto", "io"},
        },
        QuoteKind::direct);
}

TEST_CASE("a first-person mention names nobody, not the last speaker", "[quotes][first_person]") {
    check_quotes({
        {"en",
         {"\"The hall will open in June,\" said Ann Roe, the mayor.",
          "Later I wrote: \"The hall opened in September, three months late.\""},
         "The hall opened in September, three months late.",
         "",
         "I"},
        {"fr",
         {"« La salle ouvrira en juin », a déclaré Anne Roux, la maire.",
          "En octobre, nous avons écrit : « La salle a ouvert en septembre, avec trois mois de retard. »"},
         "La salle a ouvert en septembre, avec trois mois de retard.",
         "",
         "nous"},
    });
}

TEST_CASE("an object clitic of the first person after a subject is no subject", "[quotes][first_person]") {
    check_quotes({
        {"fr",
         {"Il nous a dit : « La salle ouvrira en juin, comme prévu. »"},
         "La salle ouvrira en juin, comme prévu.",
         "",
         "Il"},
    });
}

TEST_CASE("the writer's words reported without quote marks are no quote", "[quotes][first_person]") {
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"en", "Here I say that the plan was a good idea for the town and for its people."},
             {"fr", "Je dis depuis longtemps que le plan était une bonne idée pour la ville et ses habitants."},
         }) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
    // ("We have not written": a negation between the pronoun and the cue makes no report)
    for (const auto& q : extract_quotes(page("en", "",
                                             {"We have not written about the \"Blue Line\" plan since the "
                                              "spring of last year, when it was shelved."})))
        CHECK(q.mention.value_or("") != "We");
}
