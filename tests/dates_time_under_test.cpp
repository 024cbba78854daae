// Dates of two shapes (meta13): an update's time after a participle alone, its day the publication's ("Publié le 3
// décembre 2026 à 06h30, modifié à 09h15"), and a clock time alone on the line under the date line ("03 dicembre
// 2026" / "14:52", the ANSA site's layout). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"

#include <string>

using namespace archive;

TEST_CASE("an update's participle alone before a time puts the update on the publication's day",
          "[dates][updated_participle]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published;
        const char* updated;
    };
    const Row rows[] = {
        {"Publié le 3 décembre 2026 à 06h30, modifié à 09h15", "fr", "2026-12-03T06:30", "2026-12-03T09:15"},
        {"Publié le 3 décembre 2026 à 06h30, actualisée à 09h15", "fr", "2026-12-03T06:30", "2026-12-03T09:15"},
        {"Pubblicato il 3 dicembre 2026 alle 06:30, modificato alle 09:15", "it", "2026-12-03T06:30",
         "2026-12-03T09:15"},
        {"Publicado el 3 de diciembre de 2026 a las 06:30, modificado a las 09:15", "es", "2026-12-03T06:30",
         "2026-12-03T09:15"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.updated.value_or("") == r.updated);
    }
}

TEST_CASE("a clock time alone is read as one", "[dates][clock_time_alone]") {
    CHECK(clock_time_alone("14:52").value_or("") == "T14:52");
    CHECK(clock_time_alone("10.42 Uhr").value_or("") == "T10:42");
    CHECK(clock_time_alone("9:15 am").value_or("") == "T09:15");
    CHECK_FALSE(clock_time_alone("14:52 Share"));
    CHECK_FALSE(clock_time_alone("2026"));
    CHECK_FALSE(clock_time_alone("3 dicembre 2026"));
    CHECK_FALSE(clock_time_alone("Aggiornato alle 10:40")); // an update's time (update_time_alone())
}

TEST_CASE("a time alone under the date line is the published day's time", "[classify][dates][clock_time_alone]") {
    struct Row {
        const char* page;
        const char* published;
    };
    const Row rows[] = {
        // it: the ANSA site's layout
        {"Xylella, via libera ai reimpianti di ulivi resistenti\nRedazione\n03 dicembre 2026\n14:52\n"
         "La giunta regionale ha approvato oggi il piano per il reimpianto di ulivi resistenti in quaranta comuni.\n"
         "Lo stanziamento complessivo è di diciotto milioni di euro, ha detto l'assessore al termine della seduta.\n",
         "2026-12-03T14:52"},
        // de
        {"Neue Fähre für die Inseln\n3. Dezember 2026\n10:42 Uhr\n"
         "Die Reederei hat am Mittwoch eine neue Fähre für die Verbindung zu den Inseln in Dienst gestellt.\n"
         "Das Schiff bietet Platz für vierhundert Fahrgäste und sechzig Autos, teilte die Reederei mit.\n",
         "2026-12-03T10:42"},
        // en
        {"New ferry for the islands\nDecember 3, 2026\n9:15 am\n"
         "The ferry company put a new boat into service on Wednesday on the route to the islands.\n"
         "The ship carries four hundred passengers and sixty cars, the company said in a statement.\n",
         "2026-12-03T09:15"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.published.value_or("") == r.published);
    }
}
