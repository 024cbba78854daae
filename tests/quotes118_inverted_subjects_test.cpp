// A subject pronoun after an inverted cue before a colon ([inverted_subject_words]: "Damals schrieb ich:"), and the
// writer's "wir" before a colon ("Wir sagten:"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a subject pronoun after an inverted cue is its subject", "[quotes][quotes118]") {
    check_quotes({
        // (the writer's own: the mention names nobody)
        {"de",
         {"Damals schrieb ich: „Die Stadt muss endlich handeln, sonst kommt das Wasser wieder.“"},
         "Die Stadt muss endlich handeln, sonst kommt das Wasser wieder.",
         "",
         "ich"},
        {"de",
         {"Gestern schrieben wir: „Die Pumpen laufen nun jeden Tag, und das Ufer bleibt trocken.“"},
         "Die Pumpen laufen nun jeden Tag, und das Ufer bleibt trocken.",
         "",
         "wir"},
        {"nl",
         {"Later schreef ik: „Niemand heeft de pompen gecontroleerd, en dat gaat nog fout.”"},
         "Niemand heeft de pompen gecontroleerd, en dat gaat nog fout.",
         "",
         "ik"},
        // (a third person's pronoun stands for the one named before)
        {"de",
         {"Die Ärztin Eva Lind leitet die Klinik seit zehn Jahren.",
          "Später sagte sie: „Wir brauchen mehr Betten für den Winter.“"},
         "Wir brauchen mehr Betten für den Winter.",
         "Eva Lind",
         "sie"},
        {"nl",
         {"Wethouder Anna de Boer presenteerde maandag het plan.",
          "Later zei ze: „We bouwen de sporthal voor de hele wijk.”"},
         "We bouwen de sporthal voor de hele wijk.",
         "Anna de Boer",
         "ze"},
        // (not an object pronoun: the subject stands before the verb)
        {"de",
         {"Der Arzt Paul Roth sagte ihr: „Die Operation ist gut verlaufen.“"},
         "Die Operation ist gut verlaufen.",
         "Paul Roth"},
    });
}

TEST_CASE("the writer's plural subject before a colon is a cue's subject", "[quotes][quotes118]") {
    check_only_quotes(
        {
            {"de", "Wir sagten: „Die Deiche halten keinen weiteren Winter mehr aus.“",
             "Die Deiche halten keinen weiteren Winter mehr aus.", "sagten", "Wir"},
        },
        QuoteKind::direct);
    // (but "Wir berichten, wie ...": the writer's report of what comes is none)
    CHECK(extract_quotes(page("de", "", {"Wir berichten, wie die Stadt die Deiche im Sommer erneuern will."})).empty());
}
