// Tests of a picture's credit naming the archive it comes from, "Ti-Press (archivio)", "Keystone (archivio)",
// "CdT/Archivio", and the French and German forms "(archives)", "(Archiv)": a credit under its caption. Every line is
// invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a credit naming the picture's archive is the caption's credit", "[classify][media][credit]") {
    struct Row {
        const char* lang;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"it", "Un'immagine della strada cantonale", "Ti-Press (archivio)"},
        {"it", "Un'immagine della strada cantonale", "Keystone (archivio)"},
        {"it", "Un'immagine della strada cantonale", "CdT/Archivio"},
        {"fr", "Une image de la route cantonale", "Keystone (archives)"},
        {"de", "Ein Bild der Kantonsstrasse", "Keystone (Archiv)"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.credit);
        const bool it = std::string(r.lang) == "it", fr = std::string(r.lang) == "fr";
        const std::string title = it   ? "Scontro frontale sulla cantonale, due feriti gravi\n05.12.2026 - 10:15\n"
                                  : fr ? "Collision frontale sur la cantonale, deux blessés graves\n05.12.2026 - 10:15\n"
                                       : "Frontalkollision auf der Kantonsstrasse, zwei Schwerverletzte\n05.12.2026 - "
                                         "10:15\n";
        const std::string text =
            it ? "L'incidente è avvenuto poco dopo le sette sulla strada cantonale, all'altezza del ponte.\n"
                 "La strada è rimasta chiusa per oltre tre ore, ha fatto sapere la polizia in una nota.\n"
               : fr ? "L'accident s'est produit peu après sept heures sur la route cantonale, près du pont.\n"
                      "La route est restée fermée plus de trois heures, a indiqué la police dans un communiqué.\n"
                    : "Der Unfall ereignete sich kurz nach sieben Uhr auf der Kantonsstrasse bei der Brücke.\n"
                      "Die Strasse blieb über drei Stunden gesperrt, wie die Polizei in einer Mitteilung schrieb.\n";
        const std::string page = title + r.caption + "\n" + r.credit + "\n" + text;
        const Article a = classify(segment(page), r.lang);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
    }
}

TEST_CASE("a picture's word and credit after a separator mark close the caption", "[classify][media][credit]") {
    struct Row {
        const char* line;
        const char* caption; // nullptr: no caption and credit
        const char* credit;
    };
    const Row rows[] = {
        {"Il sindaco Rossi durante la seduta - Foto Ansa", "Il sindaco Rossi durante la seduta", "Foto Ansa"},
        {"Il sindaco Rossi durante la seduta | Foto Ansa", "Il sindaco Rossi durante la seduta", "Foto Ansa"},
        {"Il sindaco Rossi durante la seduta – foto ANSA", "Il sindaco Rossi durante la seduta", "foto ANSA"},
        {"Le maire Jean Roux pendant la séance - Photo AFP", "Le maire Jean Roux pendant la séance", "Photo AFP"},
        {"Der Bürgermeister an der Sitzung | Bild Keystone", "Der Bürgermeister an der Sitzung", "Bild Keystone"},
        // a headline's agency without the picture's word, a short label, a sentence: no caption and credit
        {"Il sindaco Rossi lascia dopo il voto - Ansa", nullptr, nullptr},
        {"Sala - Foto Ansa", nullptr, nullptr},
        {"Il sindaco ha parlato. La seduta è finita - Foto Ansa", nullptr, nullptr},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto split = split_trailing_credit(std::string_view(r.line));
        if (r.caption == nullptr) {
            CHECK_FALSE(split.has_value());
            continue;
        }
        REQUIRE(split.has_value());
        CHECK(split->first == r.caption);
        CHECK(split->second == r.credit);
    }
}
