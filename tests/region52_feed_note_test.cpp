// The publisher's note that the text comes from a feed and was not edited by its staff ("(This story has not been
// edited by Harbour News staff and is auto-generated from a syndicated feed.)", "Dieser Artikel wurde automatisch aus
// einem Agenturfeed erstellt.", "Cet article a été généré automatiquement à partir d'un fil d'agence.") leaves the
// body wherever it stands in the region, alone (src/notices.cpp feed_note(), src/region_body_drops.cpp
// drop_progress_notices(); lexicon sections feed_note_subjects, feed_note_phrases). A note on where the text was first
// published is no feed's note: the corpus's gold keeps it in the body where it stands amid the text. Invented lines.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "region_parts.hpp"

#include <string>

using namespace archive;

TEST_CASE("a note that the text comes from a feed is a notice", "[region][region52]") {
    const struct {
        const char* line;
        bool note;
    } rows[] = {
        {"(This story has not been edited by Harbour News staff and is auto-generated from a syndicated feed.)", true},
        {"This article was automatically generated from an agency feed.", true},
        {"Dieser Artikel wurde automatisch aus einem Agenturfeed erstellt und nicht redaktionell bearbeitet.", true},
        {"*Diese Meldung wurde automatisch generiert.", true},
        {"Cet article a été généré automatiquement à partir d'un fil d'agence.", true},
        {"Ce texte n’a pas été édité par la rédaction du Journal du Port.", true},
        // The text not named first, no phrase of a feed, a first publication.
        {"The agency's feed was auto-generated for years, the harbour master said.", false},
        {"This story began on a cold morning in March on the east quay.", false},
        {"This article originally appeared on The Harbour Times.", false},
        {"Der Artikel des Hafenmeisters erschien zuerst im Hafenblatt.", false},
        {"Cet article de loi a été voté lundi par le conseil.", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(feed_note(blocks.front()) == r.note);
    }
}

TEST_CASE("a feed's note under the text leaves the body alone", "[region][region52]") {
    const struct {
        const char* lang;
        const char* sentence;
        const char* note;
    } rows[] = {
        {"en", "The harbour master said both berths reopened at noon.",
         "(This story has not been edited by Harbour Weekly staff and is auto-generated from a syndicated feed.)"},
        {"de", "Der Hafenmeister sagte, beide Liegeplätze seien ab Mittag frei.",
         "Dieser Artikel wurde automatisch aus einem Agenturfeed erstellt und nicht redaktionell bearbeitet."},
    };
    for (const auto& r : rows) {
        INFO(r.lang);
        const std::string tail = std::string(r.sentence) + "\n" + r.note + "\nFollow us\n";
        const Article a = classify(segment(test::article_with_tail(r.lang, tail)), r.lang);
        // (The short sentence over the note stays: the note leaves alone.)
        CHECK(test::has_paragraph_starting(a, r.sentence));
        CHECK(test::in_boilerplate(a, r.note));
    }
}
