// "Main image: <caption>", "Hauptbild: <caption>", "Foto principale: <caption>": the label a page prints before its
// first picture's caption is the caption's label, with its colon (a sentence opening with "Top image quality" is
// none), not a credit's prefix read inside it ("Main" as the caption, "image: …" as the credit). Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <optional>
#include <string>

using namespace archive;

namespace {

Article page(const std::string& title, const std::string& caption_line, const std::string& credit_line,
             const std::string& body1, const std::string& body2) {
    return parse(title + "\n\n" + caption_line + "\n\n" + credit_line + "\n\n" + body1 + "\n\n" + body2 + "\n");
}

bool kept(const Article& a, const std::string& line) {
    return std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end();
}

bool in_body(const Article& a, const std::string& paragraph) {
    for (const Section& s : a.sections)
        if (std::find(s.paragraphs.begin(), s.paragraphs.end(), paragraph) != s.paragraphs.end())
            return true;
    return false;
}

} // namespace

TEST_CASE("a first picture's label opens its caption, its credit under it after a blank line", "[media93]") {
    const Article en = page("Volunteers refloat twelve pilot whales near Tarwin",
                            "Main image: Marine ranger Tia Waaka on the beach.", "Photograph: Lena Ford",
                            "More than two hundred volunteers answered the call on Sunday evening, carrying buckets "
                            "of sea water down the dunes to the stranded pod.",
                            "By Monday morning all twelve whales had swum back out past the reef, and a boat followed "
                            "them for an hour.");
    REQUIRE(en.media.size() == 1);
    CHECK(en.media[0].caption == "Marine ranger Tia Waaka on the beach.");
    CHECK(en.media[0].credit == "Photograph: Lena Ford");
    CHECK(kept(en, "Main image:"));

    const Article de = page("Freiwillige retten zwölf Grindwale bei Tarwin",
                            "Hauptbild: Rangerin Tia Waaka am Strand.", "Foto: Lena Ford",
                            "Mehr als zweihundert Freiwillige kamen am Sonntagabend an den Strand und trugen Eimer mit "
                            "Meerwasser die Dünen hinunter zu den gestrandeten Tieren.",
                            "Am Montagmorgen waren alle zwölf Wale wieder hinaus über das Riff geschwommen, ein Boot "
                            "begleitete sie eine Stunde lang.");
    REQUIRE(de.media.size() == 1);
    CHECK(de.media[0].caption == "Rangerin Tia Waaka am Strand.");
    CHECK(de.media[0].credit == "Foto: Lena Ford");
    CHECK(kept(de, "Hauptbild:"));
}

TEST_CASE("a first picture's label and the credit closing the caption on one line", "[media93]") {
    const Article it = parse("Dodici balene tornano al largo grazie ai volontari\n\n"
                             "Foto principale: La guardiaparco Tia Waaka sulla spiaggia. Foto: Lena Ford\n\n"
                             "Più di duecento volontari hanno risposto all'appello domenica sera, portando secchi "
                             "d'acqua di mare fino al branco arenato.\n\n"
                             "Lunedì mattina tutte le dodici balene erano tornate al largo oltre la barriera, seguite "
                             "da una barca per un'ora.\n");
    REQUIRE(it.media.size() == 1);
    CHECK(it.media[0].caption == "La guardiaparco Tia Waaka sulla spiaggia.");
    CHECK(it.media[0].credit == "Foto: Lena Ford");
}

TEST_CASE("a sentence opening with a picture label's words but no colon stays in the text", "[media93]") {
    // (The same words without the colon: a sentence of the text, not a labelled caption.)
    const std::string sentence =
        "Top image quality is what the new camera promises, its designers told the audience at the launch.";
    const Article en = parse("New camera promises sharper pictures\n\n"
                             "The maker presented its new model on Tuesday in a crowded hall in the city centre. "
                             "Photo: Lena Ford\n\n" +
                             sentence +
                             "\n\nThe camera goes on sale in March at a price that many reviewers called high for a "
                             "compact model.\n");
    CHECK(in_body(en, sentence));
    for (const Media& m : en.media)
        CHECK(m.caption != std::optional<std::string>("quality is what the new camera promises, its designers told "
                                                      "the audience at the launch."));
}
