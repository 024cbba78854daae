// A relative pronoun opening the second attribution after a role and a name ("ha commentato il tecnico del Sion Paolo
// Sala, che ha poi aggiunto: «Q2»", "dijo el capitán Luis Navas, que luego añadió: «Q2»", "said the coach of Northvale
// Tom Vale, who then added: \"Q2\""): it stands for the person named before its comma, the body's name run into the
// person's or an adverb of the cue between it and the verb. Invented lines (session 51, quotes86).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a relative pronoun after a role, its body and a name stands for the name", "[quotes][quotes86]") {
    check_quotes({
        {"it",
         {"\u00ABÈ una vittoria meritata\u00BB, ha commentato il tecnico del Sion Paolo Sala, che ha poi aggiunto: "
          "\u00ABOra pensiamo alla coppa\u00BB."},
         "Ora pensiamo alla coppa",
         "Paolo Sala",
         "il tecnico del Sion Paolo Sala"},
        {"fr",
         {"\u00AB C'est une victoire méritée \u00BB, a déclaré l'entraîneur de Lyon Paul Girard, qui a ajouté : "
          "\u00AB Nous pensons maintenant à la coupe \u00BB."},
         "Nous pensons maintenant à la coupe",
         "Paul Girard",
         "l'entraîneur de Lyon Paul Girard"},
        {"en",
         {"\"It was a deserved win,\" said the coach of Northvale Tom Vale, who then added: \"Now we think about the "
          "cup.\""},
         "Now we think about the cup.",
         "Tom Vale",
         "the coach of Northvale Tom Vale"},
    });
}

TEST_CASE("an adverb of the cue between the relative pronoun and its verb leaves the pronoun the subject",
          "[quotes][quotes86]") {
    check_quotes({
        {"it",
         {"\u00ABÈ una vittoria meritata\u00BB, ha detto il capitano Luca Neri, che poi ha aggiunto: \u00ABOra "
          "pensiamo alla coppa\u00BB."},
         "Ora pensiamo alla coppa",
         "Luca Neri",
         "Luca Neri"},
        {"es",
         {"\u00ABEs una victoria merecida\u00BB, dijo el capitán Luis Navas, que luego añadió: \u00ABAhora pensamos en "
          "la copa\u00BB."},
         "Ahora pensamos en la copa",
         "Luis Navas",
         "Luis Navas"},
    });
}
