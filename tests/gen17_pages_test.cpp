// Rows for the kinds of lines three invented pages showed (samples/it-cronaca-rapina-torino.txt,
// samples/es-directo-elecciones.txt, samples/fr-ch-votation-tram.txt): a police unit named by the town it serves,
// and a shared office ("co-présidente", "copresidenta") that tells a person's gender.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a police unit named by the town it serves speaks as a whole, not the town", "[quotes][speakers][gen]") {
    check_quotes({
        {"it", {"«Il ladro è fuggito a piedi verso il mercato coperto», ha riferito la compagnia di Borgo Fiorito."},
         "Il ladro è fuggito a piedi verso il mercato coperto", "compagnia di Borgo Fiorito"},
        {"it",
         {"Secondo i carabinieri della compagnia di Valle Scura Alta, il ladro è fuggito a piedi verso il mercato."},
         "il ladro è fuggito a piedi verso il mercato", "compagnia di Valle Scura Alta"},
    });
}

TEST_CASE("a shared office tells the gender of the person who holds it", "[quotes][speakers][gen]") {
    check_quotes({
        {"fr",
         {"Le président du parti, Lucien Marchand, a salué le résultat dimanche soir.",
          "Leur co-présidente, Anouk Perrenoud, a parlé d'un vote historique pour le canton.",
          "« Nous avons tenu nos promesses », a-t-il ajouté devant les militants."},
         "Nous avons tenu nos promesses", "Lucien Marchand"},
        {"fr",
         {"La présidente du groupe, Odile Ferrand, a réclamé un nouveau vote au printemps.",
          "Son coprésident, Yves Challandes, s'est montré plus prudent lors du débat.",
          "« Il faut d'abord lire le rapport », a-t-elle précisé après la séance."},
         "Il faut d'abord lire le rapport", "Odile Ferrand"},
        {"es",
         {"El portavoz del partido, Tomás Ibarra, celebró el resultado en la sede.",
          "Su copresidenta, Lucía Navarro, habló de una noche histórica para la región.",
          "\"Hemos cumplido lo que prometimos\", añadió él ante los militantes."},
         "Hemos cumplido lo que prometimos", "Tomás Ibarra"},
    });
}

// The lexicon's phrases opening with one word are tried the longer first, so an entry added at the end of its section
// ("secondo quanto riferito dai") is not hidden by a shorter one listed before it ("secondo").
TEST_CASE("the longest according phrase is the cue wherever its section lists it", "[quotes][indirect][gen]") {
    check_only_quotes(
        {
            {"it", "Secondo quanto riferito dai vigili del fuoco, la strada resterà chiusa fino a domenica.",
             "la strada resterà chiusa fino a domenica", "Secondo quanto riferito dai", "vigili del fuoco"},
            {"it", "Secondo quanto riferito dalla prefettura, il ponte riaprirà entro la fine del mese.",
             "il ponte riaprirà entro la fine del mese", "Secondo quanto riferito dalla", "prefettura"},
            {"es", "Según ha informado Marta Ibáñez, el hospital abrirá sus nuevas consultas en marzo.",
             "el hospital abrirá sus nuevas consultas en marzo", "Según ha informado", "Marta Ibáñez"},
        },
        QuoteKind::indirect);
}

// "s'est dit « soulagé »", "si è detto «soddisfatto»": the reflexive's helper (and pronoun) join the cue as "a" does in
// "a dit", and stay out of the mention.
TEST_CASE("a reflexive helper is part of the cue and not of the mention", "[quotes][cues][gen]") {
    check_only_quotes(
        {
            {"fr", "Le maire s'est dit « très inquiet » pour la suite des travaux sur la digue.", "très inquiet",
             "s'est dit", "Le maire"},
            {"fr", "Le président du conseil s'était dit «prêt au compromis» avant la séance de lundi.",
             "prêt au compromis", "s'était dit", "Le président du conseil"},
            {"fr", "Le syndic s'est déclaré « favorable » à une seconde étape du chantier.", "favorable",
             "s'est déclaré", "Le syndic"},
            {"it", "Il sindaco si è detto «molto soddisfatto» per il risultato del voto di domenica.",
             "molto soddisfatto", "si è detto", "Il sindaco"},
            {"it", "La presidente della provincia si è detta «preoccupata» per i ritardi del cantiere.", "preoccupata",
             "si è detta", "La presidente della provincia"},
        },
        QuoteKind::partial);
}
