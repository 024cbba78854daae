// The walk to a credit under a text's last sentences (credit_under_sentences()) keeps what it found of each line in the
// page's memo, which the section loop hands to the walks from consecutive lines: a walk reading the memo answers as
// one asking every line afresh, whatever walks filled it and in whatever order, for the sentence counts are the
// walk's own (credit_walk.hpp, region_edges.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "credit_walk.hpp"
#include "page.hpp"
#include "region_parts.hpp"
#include "pipeline.hpp"

#include <cstddef>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The page's lines rated as text, none a terminator.
Page page_of(const std::vector<Block>& blocks, const char* lang) {
    Page p{blocks, lang, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    p.raw_quality.assign(blocks.size(), Quality::good);
    p.terminator.assign(blocks.size(), 0);
    return p;
}

// Every walk from each line, asked afresh and through one memo, first from the top down, then from the bottom up.
void check_walks(const Page& p) {
    for (const bool upward : {false, true}) {
        CreditMemo memo;
        for (std::size_t i = 0; i < p.blocks.size(); ++i) {
            const std::size_t from = upward ? p.blocks.size() - 1 - i : i;
            std::size_t fresh_last = 0, memo_last = 0;
            const std::size_t fresh = credit_under_sentences(p, from, &fresh_last);
            CHECK(credit_under_sentences(p, from, memo, &memo_last) == fresh);
            CHECK(memo_last == fresh_last);
        }
    }
}

} // namespace

TEST_CASE("a walk through the page's memo finds the credit a fresh walk finds, from every line", "[region][speed77]") {
    SECTION("en: five sentences over the wire's credit") {
        const std::vector<Block> blocks = segment("The harbour board met on Tuesday to discuss the ferry timetable.\n\n"
                                                  "The new boats will carry more bicycles than the old ones.\n\n"
                                                  "Tickets go on sale at the pier office next month.\n\n"
                                                  "Fares for pupils stay the same as last year.\n\n"
                                                  "The first crossing leaves at six in the morning.\n\n"
                                                  "Reporting by Sam Holt; Editing by Anna White\n\n"
                                                  "Share this article\n");
        const Page p = page_of(blocks, "en");
        const std::size_t credit = blocks.size() - 2;
        // (five sentences are one too many from the first; four from the second)
        CHECK(credit_under_sentences(p, 0) == 0);
        std::size_t last = 0;
        CHECK(credit_under_sentences(p, 1, &last) == credit);
        CHECK(last == credit - 1);
        check_walks(p);
    }
    SECTION("de: the agency's tag under four sentences") {
        const std::vector<Block> blocks =
            segment("Der Gemeinderat hat am Dienstag über den neuen Fahrplan der Fähre beraten.\n\n"
                    "Die neuen Boote sollen mehr Fahrräder mitnehmen als die alten.\n\n"
                    "Die Karten gibt es ab dem nächsten Monat am Schalter im Hafen.\n\n"
                    "Für Schüler bleiben die Preise so wie im vergangenen Jahr.\n\n"
                    "(dpa)\n\n"
                    "Startseite\n");
        const Page p = page_of(blocks, "de");
        const std::size_t credit = blocks.size() - 2;
        CHECK(credit_under_sentences(p, 0) == credit);
        CHECK(credit_under_sentences(p, credit + 1) == 0);
        check_walks(p);
    }
}
