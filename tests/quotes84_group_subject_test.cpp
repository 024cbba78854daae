// A group word standing alone as the subject of a cue ("Others argued that ...") names nobody who spoke.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a capitalised group word opening a sentence is no speaker", "[quotes][quotes84]") {
    check_speakers({
        {"en", "Others argued that the old depot should become a park.", "the old depot should become a park", ""},
        {"en", "Critics said that the ferry would never pay for itself.", "the ferry would never pay for itself", ""},
        {"de", "Kritiker sagten, dass die Fähre sich nie rechnen werde.", "die Fähre sich nie rechnen werde", ""},
        {"it", "Altri hanno sostenuto che il deposito dovrebbe diventare un parco.",
         "il deposito dovrebbe diventare un parco", ""},
        {"fr", "Certains ont estimé que le dépôt devrait devenir un parc.", "le dépôt devrait devenir un parc", ""},
    });
}

TEST_CASE("a name opening the same sentence is still the speaker", "[quotes][quotes84]") {
    check_speakers({
        {"en", "Ann Roe argued that the old depot should become a park.", "the old depot should become a park",
         "Ann Roe"},
        {"it", "Marco Neri ha sostenuto che il deposito dovrebbe diventare un parco.",
         "il deposito dovrebbe diventare un parco", "Marco Neri"},
    });
}
