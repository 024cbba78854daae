// A short quotation opened by a colon lead ("Greenpeace: „Q.“") is a line of the article, like one with a verb of
// saying, so a second such line under the article's last paragraph stays in the body and its quotation is read
// (quality.cpp colon_lead_quote(), lines.cpp short_sentence()). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;
using archive::test::block_of;

TEST_CASE("a colon lead before a short quotation makes a line of the article", "[quotes][colon_lead]") {
    struct Row {
        const char* language;
        const char* line;
        bool quote;
    };
    const Row rows[] = {
        {"de", "Greenpeace: „Das Land stirbt leise.“", true},
        {"fr", "Greenpeace : « La campagne meurt. »", true},
        {"en", "Greenpeace: \"The country dies quietly.\"", true},
        {"de", "Die Ministerin Berg: „Wir bauen weiter.“", true},
        {"de", "Am Ende des Abends stand fest: „Wir bauen weiter.“", false}, // a sentence before the colon, no lead
        {"de", "Lesen Sie auch: Das Land stirbt leise.", false},    // no quotation marks: a label
        {"en", "Greenpeace: \"The country dies quietly\"", false},  // no full stop: a teaser title
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(attributed_quote(block_of(r.line), r.language) == r.quote);
        // Few stopwords in the quotation: a short sentence all the same.
        if (r.quote)
            CHECK(short_sentence(block_of(r.line), r.language));
    }
}

TEST_CASE("a second colon-lead quotation under the last paragraph is read", "[quotes][colon_lead]") {
    struct Row {
        const char* language;
        const char* page;
        const char* text;
        const char* speaker;
    };
    const Row rows[] = {
        {"de",
         "Kultur\n\nEin Abend mit dem Autor Jan Roth\n\nDer Autor Jan Roth las am Freitag im Stadttheater aus seinem "
         "neuen Roman über die Dörfer an der Küste.\n\nRoth: „Man muss es nehmen, wie es kommt.“\n\n"
         "Greenpeace: „Das Land stirbt leise.“\n",
         "Das Land stirbt leise.", "Greenpeace"},
        {"fr",
         "Culture\n\nUne soirée avec l'auteur Jan Roth\n\nL'auteur Jan Roth a lu vendredi au théâtre municipal des "
         "pages de son nouveau roman sur les villages de la côte.\n\nRoth : « Il faut prendre les choses comme elles "
         "viennent. »\n\nGreenpeace : « La campagne meurt en silence. »\n",
         "La campagne meurt en silence.", "Greenpeace"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.language);
        bool found = false;
        for (const auto& q : extract_quotes(a))
            if (q.text == r.text) {
                found = true;
                CHECK(q.speaker == std::string(r.speaker));
            }
        CHECK(found);
    }
}
