// Tests of a present participle opening a clause after a comma ("..., dénonçant « Q »", "..., calling it “Q”"): its
// subject is the sentence's, the name opening it (perhaps after a role noun and a comma), not the words before the
// comma. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a present participle after a comma takes the name opening the sentence", "[quotes][mentions]") {
    check_only_quotes(
        {
            {"fr", "Claire Dupin a présenté le budget mardi, dénonçant « une baisse brutale » des dotations.",
             "une baisse brutale", "dénonçant", "Claire Dupin"},
            {"fr",
             "Le procureur, Julien Hoffmann, a requis un an de prison contre le gérant, soulignant « un pillage "
             "organisé ».",
             "un pillage organisé", "soulignant", "Julien Hoffmann"},
            // (a relative word inside the object, no comma before it, opens no clause of the subject)
            {"fr", "La juge, Marie Keller, a prononcé trois peines dont deux avec sursis, soulignant « des faits graves ».",
             "des faits graves", "soulignant", "Marie Keller"},
            // (a mention that already ends with the name keeps its title)
            {"en", "Mayor Ann Roe closed the town hall on Monday, calling it “a danger to the public”.",
             "a danger to the public", "calling", "Mayor Ann Roe"},
            {"en", "Prof Ann Roe, the dean of the school, backs this up, saying most of the work is “practice-based”.",
             "practice-based", "saying", "Prof Ann Roe"},
        },
        QuoteKind::partial);
}

TEST_CASE("a winner's title before a name is a role", "[quotes][speakers]") {
    check_quotes({{"de",
                   {"Marius Lindvik gewann das Springen vor Karl Geiger.",
                    "Am Abend resümierte Tagessieger Lindvik: „Der Wind hat heute alles entschieden.“"},
                   "Der Wind hat heute alles entschieden.",
                   "Marius Lindvik",
                   "Tagessieger Lindvik"}});
}
