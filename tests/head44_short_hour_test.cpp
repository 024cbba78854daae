// "Aktualisiert vor 3 Std.", "Mis à jour il y a 2 h": a relative date whose hour is cut short (common lexicon
// section time_units: "std", "h") is a relative date like "vor 3 Stunden": no date, a warning, the line kept with the
// boilerplate and out of the body. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a relative date with its hour cut short is a relative date", "[dates][relative][head44]") {
    struct Row {
        const char* lang;
        const char* headline;
        const char* stamp;
        const char* body;
    };
    const Row rows[] = {
        {"de", "Die Gemeinde baut ein neues Schulhaus am Waldrand", "Aktualisiert vor 3 Std.",
         "Die Gemeindeversammlung hat am Dienstagabend dem Kredit von zwölf Millionen Franken zugestimmt.\n"
         "Der Bau soll im Frühling beginnen und zwei Jahre dauern.\n"},
        {"de", "Die Gemeinde baut ein neues Schulhaus am Waldrand", "vor 1 Std.",
         "Die Gemeindeversammlung hat am Dienstagabend dem Kredit von zwölf Millionen Franken zugestimmt.\n"
         "Der Bau soll im Frühling beginnen und zwei Jahre dauern.\n"},
        {"fr", "La commune construit une nouvelle école au bord de la forêt", "Mis à jour il y a 2 h",
         "L’assemblée communale a approuvé mardi soir le crédit de douze millions de francs pour le projet.\n"
         "Les travaux doivent commencer au printemps et durer deux ans.\n"},
        {"fr", "La commune construit une nouvelle école au bord de la forêt", "Il y a 5 h",
         "L’assemblée communale a approuvé mardi soir le crédit de douze millions de francs pour le projet.\n"
         "Les travaux doivent commencer au printemps et durer deux ans.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.stamp);
        const Article a = parse(std::string(r.headline) + "\n" + r.stamp + "\n\n" + r.body);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(!a.published.has_value());
        CHECK(!a.updated.has_value());
        const std::string warning = std::string("relative date left unresolved: ") + r.stamp;
        CHECK(std::find(a.warnings.begin(), a.warnings.end(), warning) != a.warnings.end());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.stamp) != a.boilerplate.end());
    }
}

TEST_CASE("a time of day with a short hour is no relative date", "[dates][relative][head44]") {
    // Guard: "h" as a unit only counts after a relative date's marker; a dated line with "14 h" keeps its time.
    const Article a = parse("La commune construit une nouvelle école au bord de la forêt\n"
                            "Publié le 3 décembre 2026 à 14 h\n\n"
                            "L’assemblée communale a approuvé mardi soir le crédit de douze millions de francs.\n"
                            "Les travaux doivent commencer au printemps et durer deux ans.\n");
    CHECK(a.published.value_or("") == "2026-12-03T14:00");
    CHECK(a.warnings.empty());
}
