// quotes82: reported speech. A short Konjunktiv I sentence before ", sagte er" ("Es gebe keine Alternative, sagte
// er."); on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("four words in the mood of reported speech before the cue's comma are reported", "[quotes][quotes82]") {
    check_only_quotes(
        {
            {"de", "Es gebe keine Alternative, sagte Marta Keller.", "Es gebe keine Alternative", "sagte",
             "Marta Keller"},
            {"de", "Das sei ein Fehler, sagte der Stadtpr\u00E4sident.", "Das sei ein Fehler", "sagte",
             "der Stadtpr\u00E4sident"},
            {"de", "Es werde deutlich teurer, erkl\u00E4rte die Ministerin.", "Es werde deutlich teurer", "erkl\u00E4rte",
             "die Ministerin"},
        },
        QuoteKind::indirect);
    // (the indicative, or a language whose short sentence names no mood of reported speech: the writer's words)
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"de", "Die Lage ist ernst, sagte Marta Keller."},
             {"en", "The plan is dead, said Mayor Ann Roe."},
             {"fr", "Ce serait une erreur, a dit Paul Roux."},
             {"it", "Sarebbe un errore grave, ha detto Marco Ferri."}}) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
}
