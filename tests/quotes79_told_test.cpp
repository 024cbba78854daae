// The one told is no speaker: a name after a verb whose object is the one spoken to ("told Sky News:"), a paper in
// capitals after a description ("sagte der SPD-Politiker WELT AM SONNTAG"), and a particle opening a known surname
// ("sagte zu Guttenberg dem Deutschlandfunk") (quotes79). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a name after 'told' before the colon is the one told, the subject before the verb speaks",
          "[quotes][quotes79]") {
    check_cues({
        {"en", {"Olivia Brant told Channel Four News: \"I will not sign it.\""}, "I will not sign it.", "told",
         "Olivia Brant", "Olivia Brant"},
        {"en", {"Tom Hale has told BBC Radio Kent: \"It is a mess.\""}, "It is a mess.", "has told", "Tom Hale",
         "Tom Hale"},
        {"en", {"The mayor, Ann Webb, told Harbour Weekly: \"We will wait.\""}, "We will wait.", "told", "Ann Webb",
         "The mayor, Ann Webb"},
        // (the same verb with no subject before it: the name after it speaks, as before)
        {"en", {"Then said Jane Doe: \"We will wait.\""}, "We will wait.", "said", "Jane Doe", "Jane Doe"},
        // (German names the one told in the dative; the subject before the verb speaks there too)
        {"de", {"Martina Kehl sagte dem Nordkurier: „Wir unterschreiben das nicht.“"}, "Wir unterschreiben das nicht.",
         "sagte", "Martina Kehl", "Martina Kehl"},
    });
}

TEST_CASE("words in capitals after a description are the paper told", "[quotes][quotes79]") {
    check_cues({
        {"de",
         {"Die Ministerin Martina Kehl äußerte sich am Abend.",
          "„Wir sind nicht bereit, das zu unterschreiben“, sagte die SPD-Politikerin BERLINER MORGENPOST."},
         "Wir sind nicht bereit, das zu unterschreiben", "sagte", "Martina Kehl", "die SPD-Politikerin"},
        {"en",
         {"The mayor, Ann Webb, spoke on Monday.", "\"We will not sign it,\" said the mayor NBC NEWS."},
         "We will not sign it", "said", "Ann Webb", "the mayor"},
        // (a name in ordinary letters after the description is the one described)
        {"de", {"„Wir sind nicht bereit“, sagte der SPD-Politiker Boris Kehl."}, "Wir sind nicht bereit", "sagte",
         "Boris Kehl", "Boris Kehl"},
    });
}

TEST_CASE("a particle opening a known person's surname is the name's", "[quotes][quotes79]") {
    check_cues({
        {"de",
         {"Auch der frühere Minister Karl-Theodor zu Guttenberg äußerte sich.",
          "„Ein Streit kennt nur Verlierer“, sagte zu Guttenberg dem Deutschlandfunk."},
         "Ein Streit kennt nur Verlierer", "sagte", "Karl-Theodor zu Guttenberg", "zu Guttenberg"},
        {"fr",
         {"L'ancien ministre Dominique de Villepin s'est exprimé mardi.",
          "« Nous ne céderons pas », a dit de Villepin à la presse."},
         "Nous ne céderons pas", "a dit", "Dominique de Villepin", "de Villepin"},
        // (no one of that surname named before: "zu" opens the one told, as before)
        {"de", {"„Wir bleiben dabei“, sagte Marco Huber zu Blick."}, "Wir bleiben dabei", "sagte", "Marco Huber",
         "Marco Huber"},
    });
}
