// probe31: the abbreviated label of an update on a date line ("MAJ à 16h05", "Akt.: 25.11.2026", "Agg. 25/11/2026",
// "Act. 25/11/2026"), read as the update's date as the label written out is. Invented lines.
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <optional>
#include <string>
#include <tuple>

using namespace archive;

TEST_CASE("an update's abbreviated label dates the update", "[dates][probe31]") {
    for (const auto& [lang, line, published, updated] :
         {std::tuple{"fr", "Publié le 24 novembre 2026 à 14h12 (MAJ à 16h05)", "2026-11-24T14:12", "2026-11-24T16:05"},
          std::tuple{"fr", "Publié le 24 novembre 2026 à 14h12 - MàJ le 25/11/2026 à 09h30", "2026-11-24T14:12",
                     "2026-11-25T09:30"},
          std::tuple{"fr", "MAJ le 25/11/2026 à 09h30", "", "2026-11-25T09:30"},
          std::tuple{"de", "Publiziert: 24.11.2026, 14:12 Uhr | Akt.: 25.11.2026, 09:30 Uhr", "2026-11-24T14:12",
                     "2026-11-25T09:30"},
          std::tuple{"it", "Pubblicato il 24/11/2026 14:12 - Agg. 25/11/2026 09:30", "2026-11-24T14:12",
                     "2026-11-25T09:30"},
          std::tuple{"es", "Publicado: 24/11/2026 14:12 Act. 25/11/2026 09:30", "2026-11-24T14:12",
                     "2026-11-25T09:30"}}) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK(d.published.value_or("") == std::string(published));
        CHECK(d.updated.value_or("") == std::string(updated));
    }
}

TEST_CASE("a publication's date alone has no update", "[dates][probe31]") {
    for (const auto& [lang, line] : {std::tuple{"fr", "Publié le 24 novembre 2026 à 14h12"},
                                     std::tuple{"de", "Publiziert: 24.11.2026, 14:12 Uhr"},
                                     std::tuple{"it", "Pubblicato il 24/11/2026 14:12"}}) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK(d.published.value_or("") != "");
        CHECK_FALSE(d.updated);
    }
}
