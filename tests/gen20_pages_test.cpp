// Rows for the kinds of lines three invented pages showed (samples/fr-entretien-apiculteur.txt,
// samples/en-science-wetland-frogs.txt, samples/it-retroscena-manovra.txt): a verb of repeating what one holds is a
// cue, and a verb of a leak opening an Italian or Spanish sentence before its subject is no given name.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a verb of repeating what one holds is a cue in each language", "[quotes][cue_forms][gen]") {
    // (not in English: "each character repeated several times" is its participle far more often than a cue)
    check_only_quotes(
        {
            {"fr", "Une voisine de Vic me répétait que « la rivière finira par déborder ».",
             "la rivière finira par déborder", "répétait", "Une voisine de Vic"},
            {"fr", "Le maire Gilles Arnaud a répété que « personne ne sera expulsé » avant l'hiver.",
             "personne ne sera expulsé", "a répété", "Le maire Gilles Arnaud"},
            {"it", "Il sindaco Paolo Ferri ha ripetuto che «il ponte riaprirà a maggio».", "il ponte riaprirà a maggio",
             "ha ripetuto", "Il sindaco Paolo Ferri"},
            {"es", "La alcaldesa Marta Ruiz repitió que «no habrá más recortes» este año.", "no habrá más recortes",
             "repitió", "La alcaldesa Marta Ruiz"},
            {"pt", "O prefeito Rui Tavares repetiu que “a obra acaba em junho” sem atrasos.", "a obra acaba em junho",
             "repetiu", "O prefeito Rui Tavares"},
        },
        QuoteKind::partial);
}

TEST_CASE("a verb of a leak opening a sentence is no name of the speaker", "[quotes][names][gen]") {
    // "Filtra da Palazzo Rosso ...", "Trascendió de Casa Azul ...": a capitalised verb, a particle and a place's two
    // capitalised words read as a person's name, which a later unnamed speaker's description then resolved to.
    check_quotes({
        {"it",
         {"Filtra da Palazzo Rosso una certa irritazione per i ritardi.",
          "«Non accetteremo ultimatum», ha detto la portavoce del partito in conferenza stampa."},
         "Non accetteremo ultimatum", "", "la portavoce del partito"},
        {"it",
         {"Trapela da Villa Serena il timore di una crisi a gennaio.",
          "«Decideremo tutto domani», ha spiegato il segretario della coalizione."},
         "Decideremo tutto domani", "", "il segretario della coalizione"},
        {"it",
         {"Filtrano da Palazzo Rosso indiscrezioni sul rimpasto di gennaio.",
          "«Non ci saranno nomi nuovi», ha detto il portavoce della coalizione."},
         "Non ci saranno nomi nuovi", "", "il portavoce della coalizione"},
        // (the same verb-first sentence of a leak in Spanish)
        {"es",
         {"Trascendió de Casa Azul una cierta irritación por los retrasos.",
          "«No aceptaremos ultimátums», dijo la portavoz del partido en rueda de prensa."},
         "No aceptaremos ultimátums", "", "la portavoz del partido"},
    });
}
