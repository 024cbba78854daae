// Table-driven tests of where a cue's mention begins and ends: a coordinating word joining the reporting clause, a
// relative adverb opening it, a subject with its relative clause before the cue, and a German one spoken to between
// the subject and a cue at the clause's end; on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a coordinating word before a reporting clause at the sentence's end is no part of the mention",
          "[quotes][mentions]") {
    check_quotes({
        {"en",
         {"Fares for the night buses rose by a third over the winter months, and the mayor confirmed."},
         "Fares for the night buses rose by a third over the winter months", "", "the mayor"},
        {"fr",
         {"Les tarifs des bus de nuit ont augmenté d'un tiers pendant les mois d'hiver, et le maire l'a confirmé."},
         "Les tarifs des bus de nuit ont augmenté d'un tiers pendant les mois d'hiver", "", "le maire"},
        {"de",
         {"Die Preise für die Nachtbusse sind in den Wintermonaten um ein Drittel gestiegen, und die Bürgermeisterin "
          "bestätigte."},
         "Die Preise für die Nachtbusse sind in den Wintermonaten um ein Drittel gestiegen", "", "die Bürgermeisterin"},
    });
}

TEST_CASE("a relative adverb opening the clause is no part of the mention", "[quotes][mentions]") {
    check_quotes({
        {"en",
         {"The film ends in a cattle market, where Pierre tells the buyer: \"They are fine animals, you know.\""},
         "They are fine animals, you know.", "Pierre", "Pierre"},
        {"fr",
         {"Le film s'achève dans un marché aux bestiaux, où Pierre lance à l'acheteur : « Ce sont de belles bêtes, "
          "vous savez. »"},
         "Ce sont de belles bêtes, vous savez.", "Pierre", "Pierre"},
        {"de",
         {"Der Film endet auf einem Viehmarkt, wo Pierre sagt: „Das sind schöne Tiere, wissen Sie.“"},
         "Das sind schöne Tiere, wissen Sie.", "Pierre", "Pierre"},
    });
}

TEST_CASE("a subject whose relative clause runs up to the cue keeps the clause", "[quotes][mentions]") {
    check_quotes({
        // (a definite article before the noun: the clause is a verb and its object)
        {"en",
         {"The bakery that supplies the school said flour deliveries had been late for three weeks."},
         "flour deliveries had been late for three weeks", "", "The bakery that supplies the school"},
        {"en",
         {"The charity that runs the shelter told reporters: \"We have no beds left.\""},
         "We have no beds left.", "", "The charity that runs the shelter"},
        // (the French form was read so already)
        {"fr",
         {"La boulangerie qui livre l'école a indiqué que les livraisons de farine avaient trois semaines de "
          "retard."},
         "les livraisons de farine avaient trois semaines de retard", "", "La boulangerie qui livre l'école"},
    });
}

TEST_CASE("a German dative after the subject opens the one spoken to, no part of the mention", "[quotes][mentions]") {
    check_quotes({
        {"de",
         {"Der Film endet auf einem Viehmarkt, wo Pierre dem Händler sagt: „Das sind schöne Tiere, wissen Sie.“"},
         "Das sind schöne Tiere, wissen Sie.", "Pierre", "Pierre"},
        {"de",
         {"Im Flur, als die Pflegerin einem Besucher erklärte: „Die Station ist heute geschlossen.“"},
         "Die Station ist heute geschlossen.", "", "die Pflegerin"},
        // (after a preposition the article is part of the subject's phrase)
        {"de",
         {"Der Sprecher von dem Verband sagte: „Wir warten die Entscheidung ab.“"},
         "Wir warten die Entscheidung ab.", "", "Der Sprecher von dem Verband"},
    });
}
