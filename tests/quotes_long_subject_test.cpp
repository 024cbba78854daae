// Table-driven tests of a cue after a long subject: a noun phrase of many words opening the clause ("Un ancien
// collègue de mon père à la mairie de Vic m'a dit :"), the auxiliary and the person told between it and the
// participle ("hat mir gesagt"), and the place such a phrase names, which is no speaker; on invented sentences in
// several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a noun phrase of many words opening the clause is the cue's subject", "[quotes][mentions]") {
    check_quotes({
        {"fr",
         {"Un ancien collègue de mon père à la mairie de Brioude m'a dit : « Je n'ai jamais vu un été pareil. »"},
         "Je n'ai jamais vu un été pareil.", "", "Un ancien collègue de mon père à la mairie de Brioude"},
        {"it",
         {"Il vecchio vicino di casa di mia nonna a Bobbio mi ha detto: «Non ho mai visto un'estate così.»"},
         "Non ho mai visto un'estate così.", "", "Il vecchio vicino di casa di mia nonna a Bobbio"},
        {"en",
         {"A former colleague of my father at the town hall told me: \"I have never seen a summer like this.\""},
         "I have never seen a summer like this.", "", "A former colleague of my father at the town hall"},
        {"es",
         {"Un antiguo compañero de mi padre en el ayuntamiento de Soria me dijo: «Nunca he visto un verano así.»"},
         "Nunca he visto un verano así.", "", "Un antiguo compañero de mi padre en el ayuntamiento de Soria"},
    });
}

TEST_CASE("an auxiliary and the person told before the participle are no part of the subject", "[quotes][mentions]") {
    check_quotes({
        {"de",
         {"Mein Nachbar aus Wilstedt hat mir gesagt: „Ich habe noch nie so einen Sommer erlebt.“"},
         "Ich habe noch nie so einen Sommer erlebt.", "", "Mein Nachbar aus Wilstedt"},
        {"de",
         {"Die alte Nachbarin meiner Großmutter hat uns gesagt: „Ich habe noch nie so einen Sommer erlebt.“"},
         "Ich habe noch nie so einen Sommer erlebt.", "", "Die alte Nachbarin meiner Großmutter"},
    });
}

TEST_CASE("the place of a noun phrase before its verb is no speaker", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"Le vieux voisin de ma grand-mère à Brioude m'a dit : « Je n'ai jamais vu un été pareil. »"},
         "Je n'ai jamais vu un été pareil.", "", "Le vieux voisin de ma grand-mère à Brioude"},
        {"fr",
         {"Mon vieux voisin de Brioude m'a dit : « Je n'ai jamais vu un été pareil. »"},
         "Je n'ai jamais vu un été pareil.", "", "Mon vieux voisin de Brioude"},
        {"it",
         {"Il mio vicino di Bobbio mi ha detto: «Non ho mai visto un'estate così.»"},
         "Non ho mai visto un'estate così.", "", "Il mio vicino di Bobbio"},
        {"fr",
         {"La vieille cousine de mon père à Brioude m'a dit : « Je n'ai jamais vu un été pareil. »"},
         "Je n'ai jamais vu un été pareil.", "", "La vieille cousine de mon père à Brioude"},
        {"en",
         {"The old neighbour of my grandmother in Ashby told me: \"I have never seen a summer like this.\""},
         "I have never seen a summer like this.", "", "The old neighbour of my grandmother in Ashby"},
        {"es",
         {"Un viejo vecino de mi abuela en Soria me dijo: «Nunca he visto un verano así.»"},
         "Nunca he visto un verano así.", "", "Un viejo vecino de mi abuela en Soria"},
    });
    // A role of a body before the place still names the place's office holder, not an unnamed neighbour.
    check_quotes({
        {"fr",
         {"Le maire de Brioude, Paul Roux, a visité le chantier. Le maire de Brioude m'a dit : « Je n'ai jamais vu "
          "un été pareil. »"},
         "Je n'ai jamais vu un été pareil.", "Paul Roux"},
    });
}
