// Quotes of es, fr, it and pt pages: a cue's form closing a sentence after a verb and its object ("..., el puerto
// necesita una reforma completa.", "..., le conseil attend une réponse précise.") is an adjective or a noun, no
// subject's verb; a subject joined by prepositions or opened by a quantifier still reports.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

// (a named namespace: the file is compiled on its own, tests/CMakeLists.txt, and leaves the batches of the others)
namespace quotes126 {

struct Row {
    const char* lang;
    const char* paragraph;
    const char* mention; // (of the one quote; nullptr: no quote)
};

void check_rows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto quotes = extract_quotes(page(r.lang, "", {r.paragraph}));
        if (r.mention == nullptr) {
            CHECK(quotes.empty());
            continue;
        }
        REQUIRE(quotes.size() == 1);
        CHECK(quotes[0].mention == std::optional<std::string>(r.mention));
    }
}

TEST_CASE("a cue's form after a verb and its object closing the sentence is no subject's verb", "[quotes126]") {
    check_rows({
        {"es", "Tras tres años de pleitos con la naviera y dos sentencias, el puerto necesita una reforma completa.",
         nullptr},
        {"es", "Tras tres años de pleitos con la naviera, todo indica que podría dictarse la sentencia.", nullptr},
        {"fr", "Après trois ans de procédure contre la compagnie, le conseil communal attend une réponse précise.",
         nullptr},
        {"it", "Dopo tre anni di cause con la compagnia di navigazione, il consiglio vuole una risposta precisa.",
         nullptr},
        {"pt", "Depois de três anos de processos contra a companhia, o porto exige uma reforma completa.", nullptr},
    });
}

TEST_CASE("a subject closing the sentence before its cue still reports (near misses)", "[quotes126]") {
    check_rows({
        // (a noun joined to the subject by a preposition, a quantifier before the article: stopwords)
        {"en", "The harbour works will start in spring and last two years, a spokeswoman for the council said.",
         "a spokeswoman for the council"},
        {"en", "The harbour works will start in spring and last two years, the head of the port authority said.",
         "the head of the port authority"},
        {"es", "Las obras del muelle norte empezarán en primavera y durarán al menos dos años, el portavoz del "
               "Ayuntamiento dijo.",
         "el portavoz del Ayuntamiento"},
        {"es", "Las obras del muelle norte empezarán en primavera y durarán al menos dos años, todos los vecinos "
               "dijeron.",
         "todos los vecinos"},
        // (German's genitive after a noun in capitals, and its verb closing the clause)
        {"de", "Die Arbeiten am Nordkai beginnen im Frühling und dauern zwei Jahre, wie der Sprecher der Stadt sagte.",
         "der Sprecher der Stadt"},
    });
}

} // namespace quotes126
