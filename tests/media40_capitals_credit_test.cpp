// A caption closed by the name of the agency or the distributor in capitals after its last stop, on the line over
// the text's first paragraph (probe53 M2, the p11 form): "... de Léa Morand. PYRAMIDE DISTRIBUTION". Without a slash
// or a credit word the tail went with the caption into the text's first paragraph (media.cpp,
// captions_closed_by_capitals()). Words in capitals closing a sentence in the text's run ("... on Friday. WHAT COMES
// NEXT") or a teaser's flag with no paragraph under it are no credit. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::has_media;

namespace {

const char* const en_head = "The Harbour Post\n\nFilm review: a quiet winter on the last farm in the valley\n\n"
                            "By Jane Roe\nDec. 3, 2026\n\n";
const char* const en_text =
    "The subject is a familiar one, but rarely filmed with this much restraint: a farmer who must sell his herd "
    "after forty winters on the same hillside.\n\nThe director, herself a farmer's daughter, avoids every easy "
    "effect and lets the long silences of the kitchen table tell the story.\n";
const char* const fr_head = "Le Courrier du Val\n\nCritique : un dernier hiver à la ferme, filmé avec pudeur\n\n"
                            "Par Jeanne Morel\nPublié le 03/12/2026 à 10:00\n\n";
const char* const fr_text =
    "Le sujet est connu, mais rarement filmé avec autant de retenue : un éleveur doit vendre son troupeau après "
    "quarante hivers passés sur le même coteau.\n\nLa cinéaste, elle-même fille d'agriculteurs, évite tous les "
    "effets faciles et laisse les longs silences de la cuisine raconter l'histoire.\n";
// (A paragraph printed once: a line printed twice is a duplicate, no paragraph of the text.)
const char* const en_more = "The farm itself may yet survive: a young couple from the coast has asked the council "
                            "to lease the land and the barn for ten years, with an option to buy.\n";
const char* const fr_more = "La ferme elle-même pourrait survivre : un jeune couple venu de la côte a demandé au "
                            "conseil de louer les terres et la grange pour dix ans, avec une option d'achat.\n";

} // namespace

TEST_CASE("a caption closed by a distributor's name in capitals over the text is the first picture's",
          "[media][credit][media40]") {
    struct Row {
        const char* head;
        const char* caption;
        const char* credit;
        const char* text;
    };
    const Row rows[] = {
        {en_head, "Tom Hale and Ruth Olsen in “The Last Winter”, directed by Anna Berg.", "HARBOUR PICTURES", en_text},
        {fr_head, "Paul Girard et Lise Aubry dans « Le Dernier Hiver », de Claire Roux.", "LES FILMS DU VAL", fr_text},
    };
    for (const Row& r : rows) {
        INFO(r.caption);
        const std::string line = std::string(r.caption) + " " + r.credit;
        const Article a = parse(std::string(r.head) + line + "\n" + r.text);
        CHECK(has_media(a, r.caption, r.credit));
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] != line);
    }
}

TEST_CASE("words in capitals closing a sentence in the text or a teaser credit no picture", "[media][credit][media40]") {
    const std::string pages[] = {
        // The line stands under the paragraphs of the text: a heading glued to the sentence over it.
        std::string(en_head) + en_text + "The council will decide on the farm's future on Friday. WHAT COMES NEXT\n" +
            en_more,
        std::string(fr_head) + fr_text + "Le conseil décidera de l'avenir de la ferme vendredi. LA SUITE DU DOSSIER\n" +
            fr_more,
        // No paragraph of the text under it: a teaser's flag.
        std::string(en_head) + "New cases of flu reported in the city. NEW FIGURES\nFerry fares to rise in spring\n" +
            en_text,
        // No small letter before the stop: a line in capitals.
        std::string(en_head) + "THE LAST WINTER ON THE FARM. HARBOUR PICTURES\n" + en_text,
    };
    for (const std::string& page : pages) {
        INFO(page);
        const Article a = parse(page);
        CHECK(a.media.empty());
    }
}
