// "Sacha Bittel/Le Nouvelliste", "20min/Marvin Ancian": the shape of a photographer's name and the outlet joined by a
// slash, which credits a picture only under a caption's sentence (the rows that take it are in
// media_outlet_credit_test.cpp); here, the lines of other shapes and places that it leaves alone.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "credits_parts.hpp"
#include "pipeline.hpp"

#include <string>
#include <utility>

using namespace archive;

TEST_CASE("a slashed line that is no name and outlet, or under no caption's sentence, credits no picture",
          "[media][credit][boiler26]") {
    // The shape alone: a slash joining two words, a bare name on one side.
    CHECK(person_outlet_credit("Sacha Bittel/Le Nouvelliste"));
    CHECK(person_outlet_credit("20min/Marvin Ancian"));
    CHECK_FALSE(person_outlet_credit("Redaktion Lokales / Katrin Mayer")); // a desk's byline, a spaced slash
    CHECK_FALSE(person_outlet_credit("Pain / Anesthetics"));                // a menu's entry
    CHECK_FALSE(person_outlet_credit("Hans Muster/Anna Meier, Bern"));      // a comma: no credit's shape
    CHECK_FALSE(person_outlet_credit("Zürich/Bern"));                       // two places, no name
    // A heading between paragraphs over the slashed line: no caption's sentence over it.
    const std::string page = R"(Seeblatt
Region
Der alte Kran am Hafen wird restauriert
Von Claudia Berger
3. Dezember 2026
Die Stadt lässt den über hundert Jahre alten Kran am Hafenbecken bis zum Frühling vollständig restaurieren.
Die Kosten und der Zeitplan
Seeblatt/Anna Muster
Die Kosten von rund 400'000 Franken teilen sich die Stadt und der kantonale Denkmalfonds.
Im Mai soll der Kran wieder für Führungen offen stehen, wie die Stadt am Dienstag mitteilte.
)";
    const Article a = classify(segment(page), "de");
    CHECK(a.media.empty());
}

TEST_CASE("a caption's closing parenthesis with the photographer and agencies between spaced slashes is its credit",
          "[media][credit][boiler26]") {
    // "(JANE ROE / HANS LUCAS / AFP)": the slashes stand between spaces, words of their own; the caption between two
    // paragraphs is a picture's, no paragraph and no line of boilerplate.
    struct Row {
        const char* language;
        const char* opening;
        const char* caption_line;
        const char* closing;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"fr", "Le Sénat a adopté mardi, par 240 voix contre 98, le projet de loi sur l'accès à l'eau potable des ménages.",
         "Le Sénat, à Paris, mardi après-midi. (MARC VERNET / AGENCE VU / AFP)",
         "L'opposition a voté contre, jugeant le tarif social insuffisant. Le texte sera examiné au printemps.",
         "Le Sénat, à Paris, mardi après-midi.", "(MARC VERNET / AGENCE VU / AFP)"},
        {"de", "Der Nationalrat hat am Dienstag mit 120 zu 70 Stimmen einem tieferen Tarif für das Trinkwasser zugestimmt.",
         "Der Nationalrat am Dienstagnachmittag in Bern. (Anna Muster / Keystone / SDA)",
         "Die Linke stimmte dagegen, weil ihr der Sozialtarif nicht weit genug geht. Der Ständerat entscheidet im Juni.",
         "Der Nationalrat am Dienstagnachmittag in Bern.", "(Anna Muster / Keystone / SDA)"},
        {"en", "The Senate passed the drinking water bill on Tuesday by 60 votes to 38, creating a lower rate for poor homes.",
         "Senators leave the chamber on Tuesday afternoon. (Jane Roe / Getty Images / AFP)",
         "Opponents said the social rate did not go far enough. The House will take up the bill in the spring.",
         "Senators leave the chamber on Tuesday afternoon.", "(Jane Roe / Getty Images / AFP)"},
    };
    for (const Row& r : rows) {
        const std::string page = std::string("Harbour News\n\nA title over the article of this page\n\n") + r.opening +
                                 "\n\n" + r.caption_line + "\n\n" + r.closing + "\n";
        INFO(page);
        const Article a = classify(segment(page), r.language);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption.value_or("<none>") == r.caption);
        CHECK(a.media[0].credit.value_or("<none>") == r.credit);
    }
    // Places between spaced slashes name no credit; seven words are more than a credit holds.
    CHECK_FALSE(slashed_credit("Paris / Lyon / Marseille"));
    CHECK_FALSE(slashed_credit("Anna Maria Muster Meier / Hans Peter Keller / AFP"));
    CHECK(slashed_credit("MAGALI COHEN / HANS LUCAS / AFP"));
}
