// quotes115: "they" after someone the text does not name ("a council spokesperson said ... “Q,” they said") or a
// group ("Residents welcomed the vote. “Q,” they said") stands for them, not for a person named paragraphs before;
// on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("they after an unnamed spokesperson is no one named before", "[quotes][quotes115]") {
    check_quotes({
        {"en",
         {"Tom Vale, the chair of the traders' association, said the decision came too late for the shops.",
          "\u201CWe have lost half our members since the first flood,\u201D Vale said.",
          "A council spokesperson said the work would start in the spring. \u201CWe are confident the wall will be "
          "finished before next winter,\u201D they said."},
         "We are confident the wall will be finished before next winter",
         "",
         "they"},
        {"en",
         {"Ann Roe, who runs the ferry company, said the timetable would not change.",
          "A spokesperson for the port authority declined to give a date. \u201CThe berth will reopen when it is "
          "safe,\u201D they added."},
         "The berth will reopen when it is safe",
         "",
         "they"},
    });
}

TEST_CASE("a plural pronoun after a group is no one named before", "[quotes][quotes115]") {
    check_quotes({
        {"en",
         {"Tom Vale, the chair of the traders' association, said the decision came too late for the shops.",
          "Residents of the quay welcomed the vote. \u201CWe have waited long enough for this,\u201D they said."},
         "We have waited long enough for this",
         "",
         "they"},
        {"fr",
         {"Le maire Marc Roux a affirm\u00E9 que le chantier commencerait en mars.",
          "Des commer\u00E7ants du quartier ont salu\u00E9 la d\u00E9cision. \u00AB Nous attendions ce vote depuis "
          "longtemps \u00BB, ont-ils ajout\u00E9."},
         "Nous attendions ce vote depuis longtemps",
         "",
         "ils"},
    });
}

TEST_CASE("they with a named person nearest is still that person", "[quotes][quotes115]") {
    // (the unnamed spokesperson came first; the named speaker since is the nearest)
    check_quotes({
        {"en",
         {"A council spokesperson said the work would start in the spring.",
          "Sam Okafor, who chairs the residents' group, said the plan was a relief. \u201CWe have waited long "
          "enough,\u201D they said."},
         "We have waited long enough",
         "Sam Okafor",
         "they"},
    });
}
