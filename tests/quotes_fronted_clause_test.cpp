// Table-driven tests of the quotes stage: a subordinate clause put before the main clause a speech verb opens
// ("Omdat ..., vertelt hij over ...") is no reported speech; a statement before an inverted cue still is.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a subordinate clause before an inverted speech verb is no reported speech", "[quotes][indirect][fronted]") {
    struct ClauseRow {
        const char* lang;
        const char* paragraph;
        const char* clause; // the words before the cue's comma
        bool reported;      // whether they are reported speech
    };
    const ClauseRow rows[] = {
        {"nl", "Omdat de dijk verzwakt was, vertelt hij over de zandzakken die de hele nacht werden gelegd.",
         "Omdat de dijk verzwakt was", false},
        {"nl", "Nu ze met pensioen gaat, vertelt ze over de natte winters en de muizen in de polder.",
         "Nu ze met pensioen gaat", false},
        {"de", "Nachdem die Fähre eingestellt worden war, berichtet sie über die langen Umwege der Pendler.",
         "Nachdem die Fähre eingestellt worden war", false},
        {"fr", "Quand elle est arrivée au village en 2010, raconte-t-elle, il n'y avait plus une seule boutique.",
         "Quand elle est arrivée au village en 2010", false},
        {"en", "Because the ferry had stopped running that winter, said the harbour master, nobody came to the island.",
         "Because the ferry had stopped running that winter", false},
        // A statement, or a clause opened by an adverb ("Nu is het tijd"), before the cue is what was said.
        {"nl", "Nu is het tijd om de dijk eindelijk te versterken, zegt de dijkgraaf.",
         "Nu is het tijd om de dijk eindelijk te versterken", true},
        {"de", "Die Fähre wird im Frühling wieder fahren, berichtet sie.", "Die Fähre wird im Frühling wieder fahren",
         true},
        {"en", "The ferry will run again in the spring, said the harbour master.",
         "The ferry will run again in the spring", true},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const Quote* q = quote_checks::find_quote(extract_quotes(quote_checks::body(r.lang, {r.paragraph})), r.clause);
        CHECK((q != nullptr) == r.reported);
    }
}
