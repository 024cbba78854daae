// A cue inside a relative clause set off by commas (quote_indirect_clauses.cpp relative_clause_end): what it reports
// ends with the clause, not in the main clause after it. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a cue inside a relative clause reports up to the comma closing the clause", "[quotes][quotes118]") {
    check_only_quotes(
        {
            {"en",
             "The port board, which argued that small boats could never pay the levy, is now a model for other "
             "ports on the coast.",
             "small boats could never pay the levy", "argued", "which"},
            {"en",
             "The old directive, which contended that the toll was unfair to ferries, has been copied by three "
             "other regions since then.",
             "the toll was unfair to ferries", "contended", "which"},
            {"en",
             "It is worth saying that the fine imposed by the Port Authority, which contended that the ferry line "
             "broke the rules, is a good example of how such rules spread.",
             "the ferry line broke the rules", "contended", "which"},
            {"fr",
             "La commission, qui a affirmé que la taxe était injuste pour les petits ports, est un exemple suivi "
             "par d'autres régions.",
             "la taxe était injuste pour les petits ports", "a affirmé", "qui"},
            {"es",
             "La comisión, que afirmó que el peaje era injusto para los barcos pequeños, es un modelo para otras "
             "regiones del país.",
             "el peaje era injusto para los barcos pequeños", "afirmó", "que"},
            {"it",
             "La commissione, che ha affermato che la tassa era ingiusta per i piccoli porti, è un modello per "
             "altre regioni del paese.",
             "la tassa era ingiusta per i piccoli porti", "ha affermato", "che"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a relative clause's report keeps its words when no main clause follows", "[quotes][quotes118]") {
    // (a comma inside the reported words, no helper verb after it: the words run to the sentence's end)
    check_only_quotes(
        {
            {"en",
             "The vote went to the board of the port, which argued that the levy, a tax on every ferry, was unfair.",
             "the levy, a tax on every ferry, was unfair", "argued", "which"},
            {"en",
             "The plan was sent to the board, which argued that the levy, which is high, is unfair to every ferry.",
             "the levy, which is high, is unfair to every ferry", "argued", "which"},
            {"fr",
             "Le vote est revenu au conseil du port, qui a affirmé que la taxe, payée par chaque bac, était "
             "injuste.",
             "la taxe, payée par chaque bac, était injuste", "a affirmé", "qui"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a German relative clause's cue reports nothing of the main clause", "[quotes][quotes118]") {
    for (const auto& q : extract_quotes(page("de", "",
                                             {"Die Kommission, die sagte, die Abgabe sei für kleine Häfen "
                                              "ungerecht, ist ein Vorbild für andere Regionen des Landes."})))
        CHECK(q.text.find("Vorbild") == std::string::npos);
}
