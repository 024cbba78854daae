// The readers three rules share instead of reading the same thing each its own way: a time of day in figures
// (clock_times.hpp: the bylines' stamps, the live blog's, the region's timed sentences), a word elided before a
// body's name (after_elided_prefix(), the quotes stage) and the quote marks closing a sentence or standing around an
// outlet's name (text::is_close_quote(), text::is_quote_mark()). Invented lines.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "clock_times.hpp"
#include "credits_parts.hpp"
#include "pipeline.hpp"
#include "quote_nouns.hpp"
#include "quote_rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <string_view>

namespace archive {

using test::page_of;

TEST_CASE("a time of day in figures is read by one reader with one set of bounds", "[review96][clock_times]") {
    using clock_times::clock_time_end;
    using clock_times::hour_end;
    struct Row {
        std::string_view line;
        std::string_view marks;
        std::size_t end; // 0: no time at byte 0
    };
    for (const Row& r : {
             Row{"20h30", ":h", 5},             // fr
             Row{"20.30 Uhr", ".", 5},          // de
             Row{"8:15 p.m.", ":h", 4},         // en
             Row{"alle 20.30", ".", 0},         // (asked at byte 0: a word, no hour)
             Row{"09:05,", ":h", 5},            // a figure opening with its zero
             Row{"23:59", ":h", 5},             // the last minute of the day
             Row{"20.75", ".:h", 0},            // no minute
             Row{"25:10", ":h", 0},             // no hour
             Row{"24:00", ":h", 0},             // no time of day a page prints
             Row{"1.200", ".", 0},              // a thousand's figure
             Row{"120.30", ".", 0},             // three figures: no hour
             Row{"20.30", ":h", 0},             // a dot where only a colon or an "h" is asked
             Row{"20h3", ":h", 0},              // one figure of minutes
         }) {
        INFO(r.line);
        CHECK(clock_time_end(r.line, 0, r.marks) == r.end);
    }
    CHECK(clock_time_end("Fischio d'inizio alle 20.30 al palazzetto", 22, ".:h") == 27);
    CHECK(hour_end("20 heures", 0) == 2);
    CHECK(hour_end("8 Uhr", 0) == 1);
    CHECK(hour_end("24 heures", 0) == 0);
    CHECK(hour_end("125 Uhr", 0) == 0);
}

TEST_CASE("a byline's time token reads its time with the shared reader", "[review96][clock_times]") {
    for (std::string_view w : {"18:52", "6:01pm", "18h52", "06:00,", "20h30"})
        CHECK(time_token(w));
    for (std::string_view w : {"20.30", "24:00", "25:10", "18:52:10", "18:5", "12:30.5", "1.200", "h30"}) {
        INFO(w);
        CHECK_FALSE(time_token(w));
    }
}

TEST_CASE("a word elided before a body's name is read past its article or preposition", "[review96][quotes]") {
    using quoting::after_elided_prefix;
    CHECK(after_elided_prefix("d'Institut") == "Institut");           // fr
    CHECK(after_elided_prefix("l'OFSP") == "OFSP");                   // fr, an acronym
    CHECK(after_elided_prefix("dell'Istituto") == "Istituto");        // it
    CHECK(after_elided_prefix("nell\u2019Istituto") == "Istituto");   // it, a curly apostrophe
    CHECK(after_elided_prefix("aujourd'hui") == "aujourd'hui");       // an apostrophe inside a word
    CHECK(after_elided_prefix("O'Neill") == "Neill");                 // (told by the word's capital, not here)
    quote_rows::check_quotes({
        {"it",
         {"«I ragazzi potranno lavorare con macchine vere», ha spiegato Marta Conti nell\u2019Istituto Tecnico "
          "Superiore."},
         "I ragazzi potranno lavorare con macchine vere",
         "Marta Conti"},
        {"it",
         {"«Il laboratorio apre a marzo», ha detto Paolo Serra dell'Istituto Tecnico Agrario."},
         "Il laboratorio apre a marzo",
         "Paolo Serra"},
    });
}

TEST_CASE("a page jump glued after a sentence closed by any closing quote mark", "[review96][segment]") {
    struct Row {
        std::string_view line, jump; // jump empty: the line stays whole
    };
    for (const Row& r : {
             // de: Swiss single guillemets
             Row{"Die Gemeinde will den Platz im Frühling öffnen. Die Präsidentin sagte: \u2039Wir sind bereit.\u203a "
                 "Fortsetzung auf Seite 7",
                 "Fortsetzung auf Seite 7"},
             // fr: after a bracket
             Row{"Le chantier reprendra lundi (selon la mairie, qui a confirmé la date.) Suite en page 4",
                 "Suite en page 4"},
             // near miss: a closing mark with no stop before it
             Row{"Die Präsidentin sprach von \u2039grossen Plänen\u203a Fortsetzung auf Seite 7", ""},
         }) {
        INFO(r.line);
        const auto blocks = segment(page_of({std::string(r.line)}));
        REQUIRE(blocks.size() == (r.jump.empty() ? 1U : 2U));
        CHECK(blocks.back().text == (r.jump.empty() ? r.line : r.jump));
    }
}

TEST_CASE("an outlet's name between any quotation marks after a photographer's name", "[review96][credit]") {
    CHECK(photographer_for_outlet("Jeanne Morel pour \u2039 Le Quotidien \u203a"));   // fr (Swiss)
    CHECK(photographer_for_outlet("Sam Ortiz for \u2018The Valley Herald\u2019"));      // en
    CHECK_FALSE(photographer_for_outlet("Jeanne Morel pour \u2039 le reste \u203a"));
    CHECK_FALSE(photographer_for_outlet("JEANNE MOREL POUR \u2039 \u203a"));
}

} // namespace archive
