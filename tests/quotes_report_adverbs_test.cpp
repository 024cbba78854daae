// Table-driven tests of the quotes stage: an adverb between a speech verb and its comma or "that" ("sagte dazu,
// ...", "said later that ...", "a ajouté ensuite que ...") leaves the reported words and the cue as they are.
// Every line is invented.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <vector>

using namespace archive;
using quote_checks::CueRow;

TEST_CASE("an adverb between the speech verb and its comma or conjunction keeps the reported words",
          "[quotes][indirect][adverbs]") {
    const std::vector<CueRow> rows = {
        {"de", {"Jana Weiss, die Leiterin des Rudervereins, sagte dazu, der Steg bleibe bis März gesperrt."},
         "der Steg bleibe bis März gesperrt", "sagte", "Jana Weiss"},
        {"de", {"Die Kämmerin Ulla Brandt sagte außerdem, die Stadt werde den neuen Steg allein zahlen."},
         "die Stadt werde den neuen Steg allein zahlen", "sagte", "Ulla Brandt"},
        {"de", {"Es heißt nun, dass die alte Brücke im Winter für drei Monate schließt."},
         "die alte Brücke im Winter für drei Monate schließt", "Es heißt", ""},
        {"en", {"The harbour master Tom Vale said later that the old bridge would close for the winter."},
         "the old bridge would close for the winter", "said", "Tom Vale"},
        {"en", {"Ann Roe said again that the ferry would keep running twice a day."},
         "the ferry would keep running twice a day", "said", "Ann Roe"},
        {"fr", {"Le maire Paul Girard a ajouté ensuite que le pont fermerait tout l'hiver."},
         "le pont fermerait tout l'hiver", "a ajouté", "Paul Girard"},
        {"es", {"El alcalde Luis Mora dijo además que el puente cerrará durante todo el invierno."},
         "el puente cerrará durante todo el invierno", "dijo", "Luis Mora"},
        {"it", {"Il sindaco Carlo Neri ha detto poi che il ponte resterà chiuso per tutto l'inverno."},
         "il ponte resterà chiuso per tutto l'inverno", "ha detto", "Carlo Neri"},
    };
    quote_checks::check_cues(rows);
}

TEST_CASE("that before a time after the adverb is no conjunction", "[quotes][indirect][adverbs]") {
    // "later that day": "that" names the time (English alone writes its conjunction as a determiner), and the words
    // after it are no reported clause.
    struct TimeRow {
        const char* paragraph;
        const char* time; // the word after "that"
    };
    const TimeRow rows[] = {
        {"The harbour master Tom Vale said later that day that the old bridge would close for the winter.", "day"},
        {"Ann Roe said again that week that the ferry would keep running twice a day.", "week"},
        {"The mayor said again that evening that the market would open on the quay.", "evening"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        for (const auto& q : extract_quotes(quote_checks::body("en", {r.paragraph})))
            CHECK(q.text.rfind(r.time, 0) != 0);
    }
}
