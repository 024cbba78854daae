// A picture's label without its colon, the medium and the photographer on both sides of a slash (credits.cpp).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a picture's label without a colon, a medium and a photographer after a slash, is a credit",
          "[classify][credit]") {
    for (const char* line : {"Photo Le Journal de Lorval / Marc Vidal", "Photo Ouest-Lorval / Jeanne Morel",
                             "Foto Stadtarchiv Valdheim / Anna Muster", "Bild Hafenblatt / Peter Lindner",
                             "Photo The Harbour Weekly / Jane Roe", "Foto Archivio del Porto / Marco Bellini",
                             "Foto El Diario de Valdora / Lucía Gómez",
                             // Slashes without spaces ("AC/DC", "Vidal/AFP") beside the spaced one: it is still the
                             // only one.
                             "Foto AC/DC Archiv / Anna Muster", "Photo Ouest-Lorval / Marc Vidal/AFP",
                             "Foto Archivio/Porto del Sud / Marco Bellini"}) {
        INFO(line);
        CHECK(is_credit_line(line));
    }
    // The label's word opening a menu, a heading or a sentence with a slash in it: no medium before the slash, lower
    // case after it, a stop or a colon at its end, or two slashes.
    for (const char* line : {"Photos / Vidéos", "Foto / mehr Bilder", "Photo Galleries / see all the pictures",
                             "Bild Der Woche / Die Fähre am Kai.", "Photo Lorval / Marc Vidal / Jeanne Morel",
                             "Foto Quiz / Rätsel:", "Photo du jour / Le port de Lorval au matin",
                             // A second spaced slash after an unspaced one still counts.
                             "Photo Lorval / Marc Vidal/AFP / Jeanne Morel"}) {
        INFO(line);
        CHECK_FALSE(is_credit_line(line));
    }
}

TEST_CASE("a caption over a picture's label, a medium and a photographer is a picture, not two paragraphs",
          "[classify][credit]") {
    struct Row {
        const char* lang;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"fr", "Une cinquantaine de riverains se sont réunis devant la mairie de Lorval, jeudi soir.",
         "Photo Le Journal de Lorval / Marc Vidal"},
        {"de", "Rund fünfzig Anwohner versammelten sich am Donnerstagabend vor dem Rathaus von Valdheim.",
         "Foto Stadtanzeiger Valdheim / Anna Muster"},
        {"en", "About fifty residents gathered outside the town hall of Wendle on Thursday evening.",
         "Photo The Wendle Courier / Jane Roe"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const std::string page =
            std::string("Harbour Weekly\nThe ferry line will stop at the old pier from the spring\n") +
            "The council voted on Thursday to move the ferry's stop to the old pier, after two years of works on the "
            "new quay that ran over their budget.\n" +
            r.caption + "\n" + r.credit + "\n" +
            "The mayor said the old pier would be repaired first, and that the ferry would call there from April.\n" +
            "Residents had asked for the move since the new quay was closed, and the shop owners welcomed it.\n";
        const Article a = parse(page, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
    }
}
