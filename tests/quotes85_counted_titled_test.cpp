// A body and its role noun before a person's name ("IG Metall board member Jo Kern", "Fed Chair Helen Marsh"): the
// person speaks. A number or a quantifier before a noun ("teilten beide Seiten mit", "Three Democrats said"): a
// group is counted, no one named.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a body's name of several words and a trade before a full name: the name speaks", "[quotes][quotes85]") {
    check_speakers({
        {"en", "\u201CWe will not accept cuts,\u201D Tidal Metall board member Jorge Kerner said.",
         "We will not accept cuts", "Jorge Kerner"},
        {"en", "\u201CThe plan is dead,\u201D Harbour Union shop steward Ola Brenn said.", "The plan is dead",
         "Ola Brenn"},
        // (one word opening the mention, as before)
        {"en", "\u201CThe plows went out at dawn,\u201D County road foreman Mara Voss said.",
         "The plows went out at dawn", "Mara Voss"},
    });
}

TEST_CASE("a capitalised chair before a full name is a title", "[quotes][quotes85]") {
    check_speakers({
        {"en", "\u201CWe will cut rates,\u201D Board Chair Ann Roe said on Monday.", "We will cut rates", "Ann Roe"},
        {"en", "Fed Chair Helen Marsh told a news conference that \u201Cinflation has proved stubborn\u201D.",
         "inflation has proved stubborn", "Helen Marsh"},
    });
}

TEST_CASE("a number or a quantifier before the subject's noun counts a group: no speaker", "[quotes][quotes85]") {
    check_speakers({
        {"de", "Bis Ostern seien Streiks ausgeschlossen, teilten beide Seiten am Freitag in Berlin mit.",
         "Bis Ostern seien Streiks ausgeschlossen", ""},
        {"de", "Mehrere Gewerkschaften erklärten, der Streik sei vorbei und die Züge führen wieder.",
         "der Streik sei vorbei und die Züge führen wieder", ""},
        {"en", "Three Democrats said that the bill would fail in the Senate next week.",
         "the bill would fail in the Senate next week", ""},
        {"it", "Due Democratici hanno detto che la legge sarebbe stata respinta.",
         "la legge sarebbe stata respinta", ""},
    });
}

TEST_CASE("an age before a name is no count: the name still speaks", "[quotes][quotes85]") {
    check_speakers({
        {"de", "\u201EIch bin zufrieden\u201C, erzählt die 27-jährige Lina Berg.", "Ich bin zufrieden", "Lina Berg"},
        {"en", "\u201CI am happy,\u201D Ann Roe said.", "I am happy", "Ann Roe"},
    });
}
