// quotes82: a headline that names its speaker before the colon, perhaps with what or whom the words are about or to
// ("Eva Roth zur Schuldenbremse: «Q»", "Roux à Martin : « Q »", "Smith on tariffs: 'Q'"), even where the body's
// copy of the words has no speaker; on invented pages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// The speaker of the headline's quote of a page in `lang` ("" for none; "-" when the headline gives no quote).
std::string headline_speaker(const std::string& lang, const std::string& headline,
                             const std::vector<std::string>& paragraphs) {
    for (const auto& q : extract_quotes(page(lang, headline, paragraphs)))
        if (q.where == Where::headline)
            return q.speaker.value_or("");
    return "-";
}

} // namespace

TEST_CASE("the person named before a headline's colon says its quote", "[quotes][quotes82]") {
    CHECK(headline_speaker(
              "de", "Eva Roth zur Schuldenbremse: \u00ABWir leben \u00FCber unsere Verh\u00E4ltnisse\u00BB",
              {"Bundesr\u00E4tin Eva Roth stellte am Mittwoch in Bern das Sparpaket vor.",
               "\u00ABWir leben \u00FCber unsere Verh\u00E4ltnisse\u00BB, sagte eine Sprecherin."}) == "Eva Roth");
    CHECK(headline_speaker("fr", "Roux \u00E0 Martin : \u00AB Vous tournez en rond \u00BB",
                           {"Le ministre Paul Roux a r\u00E9pondu mardi \u00E0 son homologue L\u00E9o Martin.",
                            "\u00AB Vous tournez en rond \u00BB, a lanc\u00E9 un diplomate."}) == "Paul Roux");
    CHECK(headline_speaker("en", "Smith on tariffs: \u201CWe will not pay\u201D",
                           {"Trade secretary Jane Smith met farmers in Leeds on Monday.",
                            "\u201CWe will not pay,\u201D a spokesman said."}) == "Jane Smith");
}

TEST_CASE("a place or an unknown word before a headline's colon names no speaker", "[quotes][quotes82]") {
    // (a place the page names, then a topic word: no person)
    CHECK(headline_speaker("de", "Bern zur Schuldenbremse: \u00ABWir leben \u00FCber unsere Verh\u00E4ltnisse\u00BB",
                           {"In Bern wurde am Mittwoch das Sparpaket vorgestellt.",
                            "\u00ABWir leben \u00FCber unsere Verh\u00E4ltnisse\u00BB, sagte eine Sprecherin."}) == "");
    // (the person's name followed by a word of no topic: the label says something else)
    CHECK(headline_speaker("en", "Smith Family Farm: \u201CWe will not pay\u201D",
                           {"Trade secretary Jane Smith met farmers in Leeds on Monday.",
                            "\u201CWe will not pay,\u201D a spokesman said."}) != "Jane Smith");
}
