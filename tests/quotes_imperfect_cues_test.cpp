// "la Cour des comptes relevait elle-même que « … »": the imperfect of a French verb of reporting is a cue like its
// other forms, and the body before it is the speaker. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the imperfect of a French verb of reporting is a cue", "[quotes][imperfect_cues]") {
    check_only_quotes(
        {
            {"fr",
             "Dans un rapport publié en 2024, la Cour des comptes relevait elle-même que « la fermeture d'une ligne "
             "ne produit presque jamais les économies attendues ».",
             "la fermeture d'une ligne ne produit presque jamais les économies attendues", "relevait",
             "la Cour des comptes"},
            {"fr",
             "Lors du conseil de mars, le préfet Alain Berthier rappelait que « la route reste fermée la nuit ».",
             "la route reste fermée la nuit", "rappelait", "le préfet Alain Berthier"},
            {"fr",
             "Déjà en 2019, l'inspection du travail soulignait que « les effectifs ne suffisent plus ».",
             "les effectifs ne suffisent plus", "soulignait", "l'inspection du travail"},
        },
        QuoteKind::partial);
}
