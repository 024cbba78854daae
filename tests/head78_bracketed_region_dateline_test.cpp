// Tests of a local paper's dateline whose place is followed by its province's or canton's name in brackets,
// "Seregno (Monza Brianza), 5 dicembre 2026 –": the place without the brackets is the dateline. Every line is
// invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "press_datelines.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a place with its province or canton in brackets opens a local paper's dateline",
          "[classify][dateline][press]") {
    struct Row {
        const char* lang;
        const char* line;
        std::optional<PressDateline> dateline;
    };
    const Row rows[] = {
        {"it", "Borgoverde (Monza Brianza), 5 dicembre 2026 – Il consiglio comunale ha approvato il bilancio.",
         PressDateline{"Borgoverde", "2026-12-05"}},
        {"it", "San Vito di Sopra (Udine), 5 dicembre 2026 – La giunta ha chiuso la scuola per tre giorni.",
         PressDateline{"San Vito di Sopra", "2026-12-05"}},
        {"fr", "Bellerive (FR), le 5 décembre 2026 – Le conseil communal a voté le budget hier soir.",
         PressDateline{"Bellerive", "2026-12-05"}},
        {"de", "Steinach (GR), 5. Dezember 2026 – Der Gemeinderat hat das Budget gestern genehmigt.",
         PressDateline{"Steinach", "2026-12-05"}},
        // A bracket holding a figure or a lower-case word is no region: no dateline.
        {"it", "Borgoverde (nel 2025), 5 dicembre 2026 – Il consiglio comunale ha approvato il bilancio.",
         std::nullopt},
        {"de", "Steinach (3 Tage), 5. Dezember 2026 – Der Gemeinderat hat das Budget gestern genehmigt.", std::nullopt},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const auto dl = press_dateline(r.line, r.lang);
        REQUIRE(dl.has_value() == r.dateline.has_value());
        if (dl) {
            CHECK(dl->place == r.dateline->place);
            CHECK(dl->iso == r.dateline->iso);
        }
    }
}

TEST_CASE("a local paper's place with its province in brackets is the record's dateline", "[classify][dateline]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* place;
    };
    const Row rows[] = {
        {"it",
         "Home\nCronaca\nChiude lo storico mobilificio: cinquanta lavoratori senza posto\n"
         "Borgoverde (Monza Brianza), 5 dicembre 2026 – Una lettera di tre righe, arrivata ai sindacati venerdì "
         "sera, e cinquanta persone si sono ritrovate senza lavoro da un giorno all'altro.\n"
         "La fabbrica di mobili, aperta nel 1961, chiuderà a fine gennaio e i lavoratori sono in presidio davanti "
         "ai cancelli da due giorni.\n"
         "I sindacati chiedono un incontro urgente con la proprietà e con la Regione.\n",
         "Borgoverde"},
        {"fr",
         "Accueil\nRégion\nLa scierie du village ferme ses portes après soixante ans\n"
         "Bellerive (FR), le 5 décembre 2026 – Une lettre de trois lignes, arrivée aux syndicats vendredi soir, et "
         "cinquante personnes se sont retrouvées sans travail du jour au lendemain.\n"
         "La scierie, ouverte en 1961, fermera fin janvier et les ouvriers manifestent devant les grilles depuis "
         "deux jours.\n"
         "Les syndicats demandent une rencontre urgente avec les propriétaires et avec le canton.\n",
         "Bellerive"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.place);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(a.dateline == std::optional<std::string>(r.place));
        CHECK(a.published == std::optional<std::string>("2026-12-05"));
    }
}
