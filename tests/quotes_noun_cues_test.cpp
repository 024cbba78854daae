// A speech word used as a noun is no cue: after a demonstrative that a preposition opens ("contributed to this
// report"), and, in a sentence that closes on its own attribution, after a lower-case word before "that" ("to settle
// claims that ..., the regulator said", "un rapport qui affirme que ..., a indiqué la direction"): the closing
// attribution is the cue. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a contributor line closing on 'contributed to this report' gives no quote", "[quotes][noun_cues]") {
    for (const char* p : {"Associated Press writer Dana Pierce in Helena, Montana, contributed to this report.",
                          "Staff writer Omar Lintz in Dover, Delaware, contributed to this report."}) {
        INFO(p);
        CHECK(extract_quotes(page("en", "", {p})).empty());
    }
}

TEST_CASE("a speech word inside a sentence that closes on its attribution gives way to the closing cue",
          "[quotes][noun_cues]") {
    check_only_quotes(
        {
            {"en",
             "Harbor Air will pay $12 million to settle claims that it delayed refunds for months, the Transportation "
             "Department said on Wednesday.",
             "Harbor Air will pay $12 million to settle claims that it delayed refunds for months", "said",
             "the Transportation Department"},
            {"en",
             "The company must pay $3 million to resolve claims that it misled investors about its debts, the "
             "regulator said on Tuesday.",
             "The company must pay $3 million to resolve claims that it misled investors about its debts", "said",
             "the regulator"},
            {"fr",
             "Le syndicat a publié lundi un rapport qui affirme que les rames sont vétustes et mal entretenues, a "
             "indiqué la direction régionale.",
             "Le syndicat a publié lundi un rapport qui affirme que les rames sont vétustes et mal entretenues",
             "a indiqué", "la direction régionale"},
            {"es",
             "La aerolínea publicó un estudio que explica que los retrasos se deben a la falta de personal en tierra, "
             "informó el ministerio de Transporte.",
             "La aerolínea publicó un estudio que explica que los retrasos se deben a la falta de personal en tierra",
             "informó", "el ministerio de Transporte"},
            {"it",
             "La compagnia ha diffuso un rapporto che denuncia che i treni sono vecchi e poco curati, ha riferito il "
             "ministero dei Trasporti.",
             "La compagnia ha diffuso un rapporto che denuncia che i treni sono vecchi e poco curati", "ha riferito",
             "il ministero dei Trasporti"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a named subject's cue before 'that' keeps its words though the sentence closes on another attribution",
          "[quotes][noun_cues]") {
    check_only_quotes({{"en",
                        "Mayor Jane Holt said that the new bridge would open before the end of the summer, the local "
                        "paper reported on Monday.",
                        "the new bridge would open before the end of the summer, the local paper reported on Monday",
                        "said", "Mayor Jane Holt"}},
                      QuoteKind::indirect);
}
