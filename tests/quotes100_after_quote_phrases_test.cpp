// Tests of German phrases that say something was said only right after a quote's closing mark and its comma
// ([after_quote_phrases]: "hielt ... fest", "gab ... zu bedenken", "gab ... zu Protokoll", "führte ... aus";
// quote_cues.cpp, after_quote_phrase). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <algorithm>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a phrase of speaking only after a quote is a cue there", "[quotes][quotes100]") {
    check_cues({
        {"de",
         {"„Wir sind im Zeitplan geblieben“, hielt Bürgermeister Karl Meier fest."},
         "Wir sind im Zeitplan geblieben",
         "hielt fest",
         "Karl Meier"},
        {"de",
         {"„Die Kosten waren höher als geplant“, gab Stadtrat Ulrich Rössler zu bedenken."},
         "Die Kosten waren höher als geplant",
         "gab zu bedenken",
         "Ulrich Rössler"},
        {"de",
         {"„Wir haben das Geld beisammen“, gab Kassierer Rolf Seidel zu Protokoll."},
         "Wir haben das Geld beisammen",
         "gab zu Protokoll",
         "Rolf Seidel"},
        {"de",
         {"„Der Bau beginnt im März“, führte Vereinschefin Heike Brandner am Abend aus."},
         "Der Bau beginnt im März",
         "führte aus",
         "Heike Brandner"},
    });
}

TEST_CASE("a phrase of speaking only after a quote is no cue elsewhere", "[quotes][quotes100]") {
    for (const char* line : {"Die Polizei hielt den Mann fest, bis die Streife eintraf.",
                             "Der Verein gab die Zahlen zu Protokoll, bevor die Sitzung begann.",
                             "Die Firma Steinmann führte die Arbeiten aus, bevor der Winter kam.",
                             // (after a quote, but the clause closes on other words)
                             "„Der Turm“, hielt Karl Meier fest in der Hand, „wird bald fertig.“"}) {
        INFO(line);
        const auto qs = extract_quotes(body("de", {line}));
        CHECK(std::none_of(qs.begin(), qs.end(), [](const Quote& q) {
            return q.cue && (q.cue->starts_with("hielt") || q.cue->starts_with("gab") || q.cue->starts_with("führte"));
        }));
    }
}
