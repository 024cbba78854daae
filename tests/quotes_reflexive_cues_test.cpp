// Tests of the pronominal verbs of speaking ("s'est félicité", "se réjouit", "se felicitó", "si è congratulato"):
// cues only after their reflexive clitic or helper. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a reflexive participle after its helper is the cue of the quote before it", "[quotes][cues]") {
    check_quotes({
        {"fr",
         {"« Nous avons tenu bon jusqu'au bout », s'est félicité le maire Paul Vernier en quittant la salle."},
         "Nous avons tenu bon jusqu'au bout",
         "Paul Vernier",
         "le maire Paul Vernier"},
        {"fr",
         {"«Notre défense a enfin trouvé son rythme», s’est réjoui l’entraîneur lausannois Marco Delorme."},
         "Notre défense a enfin trouvé son rythme",
         "Marco Delorme",
         "l’entraîneur lausannois Marco Delorme"},
        {"fr",
         {"La syndique Anne Jaquier a présenté le budget mardi.",
          "« On ne peut pas laisser faire cela », s'est-elle indignée devant les élus."},
         "On ne peut pas laisser faire cela",
         "Anne Jaquier"},
    });
    // (a short quote with such a cue is kept, with its cue)
    check_only_quotes({{"fr", "«C'est inacceptable», s'est indigné le député Luc Berthoud.", "C'est inacceptable",
                        "s'est indigné", "le député Luc Berthoud"}},
                      QuoteKind::direct);
}

TEST_CASE("a pronominal verb of speaking in the present is a cue with its clitic", "[quotes][cues]") {
    check_only_quotes(
        {
            {"fr", "« Le chantier avance plus vite que prévu », se réjouit la conseillère d'État Nadia Favre.",
             "Le chantier avance plus vite que prévu", "se réjouit", "la conseillère d'État Nadia Favre"},
            {"es", "«Hemos recuperado la confianza del barrio», se felicitó la alcaldesa Marta Ibarra.",
             "Hemos recuperado la confianza del barrio", "se felicitó", "la alcaldesa Marta Ibarra"},
            {"it", "«Abbiamo rispettato ogni scadenza», si è congratulato il sindaco Marco Pellegrini.",
             "Abbiamo rispettato ogni scadenza", "si è congratulato", "il sindaco Marco Pellegrini"},
        },
        QuoteKind::direct);
}

TEST_CASE("a reflexive participle without its helper is no cue", "[quotes][cues]") {
    // ("a félicité", "a réjoui": congratulating or pleasing someone reports no words; a quote there has no such cue)
    for (const char* p : {"Le président a félicité l'équipe pour sa « saison exceptionnelle » devant le public.",
                          "Le maire a réjoui les enfants du quartier avec une « fête de la neige » en janvier."}) {
        INFO(p);
        for (const auto& q : extract_quotes(page("fr", "", {p}))) {
            CHECK(q.cue.value_or("").find("félicité") == std::string::npos);
            CHECK(q.cue.value_or("").find("réjoui") == std::string::npos);
        }
    }
}
