// Tests of cues of several words after their helper ("a-t-il fait savoir", "ha comunicato", "ha hecho saber"): the
// inverted helper's pronoun names the speaker whatever words follow the phrase (a day, the channel the words came
// through). Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an inverted helper before a phrase cue gives its pronoun, words after the phrase or not", "[quotes][cues]") {
    check_only_quotes(
        {
            {"fr", "« Nous ne fermerons pas la piscine cet été », a-t-il fait savoir mardi.",
             "Nous ne fermerons pas la piscine cet été", "a-t-il fait savoir", "il"},
            {"fr", "« Le budget sera présenté en janvier », a-t-elle fait savoir par la voix de son porte-parole.",
             "Le budget sera présenté en janvier", "a-t-elle fait savoir", "elle"},
            {"fr", "« La route restera ouverte tout l'hiver », a-t-il fait savoir.",
             "La route restera ouverte tout l'hiver", "a-t-il fait savoir", "il"},
            {"fr", "« Aucune classe ne sera fermée », a-t-elle tenu à préciser lundi soir.",
             "Aucune classe ne sera fermée", "a-t-elle tenu à préciser", "elle"},
            {"fr", "« Les travaux commenceront au printemps », ont-ils fait savoir jeudi.",
             "Les travaux commenceront au printemps", "ont-ils fait savoir", "ils"},
        },
        QuoteKind::direct);
}

TEST_CASE("the pronoun of an inverted helper before a phrase cue is the person named before", "[quotes][cues]") {
    check_quotes({
        {"fr",
         {"La syndique Anne Jaquier a présenté le budget de la commune devant le conseil.",
          "« Nous ne toucherons pas aux impôts », a-t-elle fait savoir mercredi."},
         "Nous ne toucherons pas aux impôts",
         "Anne Jaquier",
         "elle"},
    });
}

TEST_CASE("a phrase cue after its helper, then its subject, in Italian and Spanish", "[quotes][cues]") {
    check_only_quotes(
        {
            {"it", "«Il ponte resterà chiuso fino a marzo», ha comunicato il sindaco Marco Pellegrini.",
             "Il ponte resterà chiuso fino a marzo", "ha comunicato", "il sindaco Marco Pellegrini"},
            {"it", "«La scuola riaprirà lunedì», hanno comunicato i vigili del fuoco.", "La scuola riaprirà lunedì",
             "hanno comunicato", "i vigili del fuoco"},
            {"it", "«Il ponte resterà chiuso fino a marzo», ha fatto sapere martedì la sindaca Laura Bini.",
             "Il ponte resterà chiuso fino a marzo", "ha fatto sapere", "la sindaca Laura Bini"},
            {"es", "«El puente seguirá cerrado hasta marzo», ha hecho saber el alcalde Jorge Albiol.",
             "El puente seguirá cerrado hasta marzo", "ha hecho saber", "el alcalde Jorge Albiol"},
            {"es", "«El puente seguirá cerrado hasta marzo», dio a conocer la consejera Ana Ruiz.",
             "El puente seguirá cerrado hasta marzo", "dio a conocer", "la consejera Ana Ruiz"},
        },
        QuoteKind::direct);
}

TEST_CASE("the participle alone after an article is the press release, no cue", "[quotes][cues]") {
    // ("nel comunicato": the noun; the quote beside it has the cue of its own verb)
    const auto qs = extract_quotes(page(
        "it", "", {"Nel comunicato il sindaco Marco Pellegrini ha detto: «Il ponte resterà chiuso fino a marzo»."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].cue.value_or("") == "ha detto");
    CHECK(qs[0].speaker.value_or("") == "Marco Pellegrini");
}
