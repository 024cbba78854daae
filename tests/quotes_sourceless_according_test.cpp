// Tests of according phrases that name no source ("selon nos informations", "según nuestras informaciones", "selon le
// calendrier prévu"), and of a role noun spelt as a speech verb after its article ("le prévenu"). Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the writer's own findings or a schedule after an according word report no one's words",
          "[quotes][indirect]") {
    for (const auto& [lang, p] : std::vector<std::pair<const char*, const char*>>{
             {"fr", "Le suspect a été interpellé mardi soir dans un appartement du centre, selon nos informations."},
             {"fr", "Selon nos informations, le directeur du musée quittera ses fonctions à la fin du mois."},
             {"fr", "Les travaux de la gare reprendront en janvier prochain, selon le calendrier prévu."},
             {"es", "El sospechoso fue detenido el martes en un piso del centro, según nuestras informaciones."},
             {"it", "Il sospettato è stato fermato martedì sera in un appartamento del centro, secondo le nostre "
                    "informazioni."},
             {"en",
              "The suspect was arrested on Tuesday night in a flat in the town centre, according to our sources."},
         }) {
        INFO(p);
        CHECK(extract_quotes(page(lang, "", {p})).empty());
    }
    // (a source named after the according word still speaks)
    check_only_quotes({{"fr", "Le suspect a été interpellé mardi soir dans un appartement du centre, selon la police.",
                        "Le suspect a été interpellé mardi soir dans un appartement du centre", "selon", "la police"}},
                      QuoteKind::indirect);
}

TEST_CASE("a role noun spelt as a speech verb after its article is no cue", "[quotes][cues]") {
    // ("le prévenu", "la juge": the article makes the word a noun; the cue is elsewhere)
    for (const char* p : {"Pour le procureur Marc Delorme, le prévenu a monté « un système de fraude classique ».",
                          "Après deux heures de débats, la juge a dénoncé « une négligence grave » du chantier."}) {
        INFO(p);
        const auto qs = extract_quotes(page("fr", "", {p}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].cue.value_or("") != "prévenu");
        CHECK(qs[0].cue.value_or("") != "juge");
    }
}
