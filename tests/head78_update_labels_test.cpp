// Tests of an update's time printed with the noun as its label, "Aggiornamento: 11:42" under the date line, and
// "(modifica alle 23:05)" after the day: the update is on the day the date line prints. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("an update's noun before a time labels the update's time", "[dates][updated]") {
    CHECK(update_time_alone("Aggiornamento: 11:42").value_or("") == "T11:42");
    CHECK(update_time_alone("Aggiornamento : 11:42").value_or("") == "T11:42");
    CHECK(update_time_alone("Mise à jour : 11h42").value_or("") == "T11:42");
    CHECK_FALSE(update_time_alone("Aggiornamento dei dati: 11 casi"));
}

TEST_CASE("an update's time under the date line or after its day is on that day", "[classify][dates][updated]") {
    struct Row {
        const char* lang;
        const char* dates; // the date lines between the title and the text
        const char* published;
        const char* updated;
    };
    const Row rows[] = {
        {"it", "Redazione\n05.12.2026 - 10:15\nAggiornamento: 11:42", "2026-12-05T10:15", "2026-12-05T11:42"},
        {"it", "Redazione\n05.12.2026 - 10:15\nAggiornamento : 11:42", "2026-12-05T10:15", "2026-12-05T11:42"},
        {"it", "Carlo Bianchi\n5 dicembre 2026 (modifica alle 23:05)", "2026-12-05", "2026-12-05T23:05"},
        {"fr", "Rédaction\n05.12.2026 - 10:15\nMise à jour : 11h42", "2026-12-05T10:15", "2026-12-05T11:42"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.dates);
        const bool it = std::string(r.lang) == "it";
        const std::string page =
            std::string(it ? "Scontro frontale sulla strada cantonale, due feriti gravi\n"
                           : "Collision frontale sur la route cantonale, deux blessés graves\n") +
            r.dates + "\n" +
            (it ? "L'incidente è avvenuto poco dopo le sette sulla strada cantonale, all'altezza del ponte sul fiume.\n"
                  "La strada è rimasta chiusa per oltre tre ore, ha fatto sapere la polizia in una nota diffusa "
                  "in mattinata.\nI due feriti sono stati portati all'ospedale.\n"
                : "L'accident s'est produit peu après sept heures sur la route cantonale, à la hauteur du pont.\n"
                  "La route est restée fermée plus de trois heures, a indiqué la police dans un communiqué diffusé "
                  "dans la matinée.\nLes deux blessés ont été conduits à l'hôpital.\n");
        const Article a = classify(segment(page), r.lang);
        CHECK(a.published == std::optional<std::string>(r.published));
        CHECK(a.updated == std::optional<std::string>(r.updated));
    }
}
