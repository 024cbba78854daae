// Tests of Polish cues in the imperfective past and the present ("zapowiada", "ostrzegał", "powtarzała", "radzi"),
// an object pronoun after the cue ("ostrzegał nas"), and a lawyer's title before the speaker's name ("adw."): lexicon
// pl sections speech_verbs, object_pronoun_words, abbreviation_words. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("Polish imperfective and present cues name the speaker", "[quotes][pl_imperfective]") {
    check_quotes({
        {"pl",
         {"\u201EW tym roku pojawią się wystawcy z Litwy i Łotwy\u201D \u2013 zapowiada burmistrz Jan Kowal."},
         "W tym roku pojawią się wystawcy z Litwy i Łotwy",
         "Jan Kowal",
         "burmistrz Jan Kowal"},
        {"pl",
         {"\u201EZupa ma być kwaśna, a nie słodka\u201D \u2013 powtarzała kucharka Zofia Wrona."},
         "Zupa ma być kwaśna, a nie słodka",
         "Zofia Wrona",
         "kucharka Zofia Wrona"},
        {"pl",
         {"\u201ELepiej dzwonić rano, kiedy kolejka jest krótsza\u201D \u2013 radzi lekarka Ewa Sosna."},
         "Lepiej dzwonić rano, kiedy kolejka jest krótsza",
         "Ewa Sosna",
         "lekarka Ewa Sosna"},
    });
}

TEST_CASE("an object pronoun after a Polish cue leaves the subject before it", "[quotes][pl_imperfective]") {
    check_quotes({
        {"pl",
         {"Burmistrz Henryk Lis ostrzegał nas na zebraniu: \u201ENie wchodźcie na lód po zmroku\u201D."},
         "Nie wchodźcie na lód po zmroku",
         "Henryk Lis",
         "Burmistrz Henryk Lis"},
    });
}

TEST_CASE("a Polish lawyer's title before the speaker's name is no sentence's end", "[quotes][pl_imperfective]") {
    check_quotes({
        {"pl",
         {"\u201EPracodawca musi zachować okres wypowiedzenia\u201D \u2013 wyjaśnia adw. Piotr Dąbek."},
         "Pracodawca musi zachować okres wypowiedzenia",
         "Piotr Dąbek",
         "adw. Piotr Dąbek"},
    });
}
