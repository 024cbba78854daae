// A credit alone under a paragraph that reports someone's words or fears without quoting them, a verb of speech or
// thought then the word opening the clause it reports ("Der Quartierverein befürchtet, dass ...", "Le maire a
// déclaré qu'il ...", "The council said that ..."): the paragraph stays text and the credit's picture has no caption.
// A caption saying what the picture shows, or holding "so, dass" or a relative clause after a comma, stays the
// credit's caption.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

// How a page reads `line`, printed under a section's heading and over a lone credit: as a paragraph of the text, as
// the credit's caption, or both or neither (a failure either way).
enum class Read { paragraph, caption, other };

Read read_over_credit(const char* headline, const char* first, const char* heading, const std::string& line,
                      const char* credit, const char* last) {
    const std::string text = std::string(headline) + "\n" + first + "\n" + heading + "\n" + line + "\n" + credit +
                             "\n" + last + "\n";
    const Article a = parse(text, "page.txt");
    const auto paragraphs = paragraphs_of(a);
    const bool in_text = std::count(paragraphs.begin(), paragraphs.end(), line) == 1;
    const auto captions = std::count_if(a.media.begin(), a.media.end(),
                                        [&](const Media& m) { return m.caption && *m.caption == line; });
    if (in_text && captions == 0)
        return Read::paragraph;
    return !in_text && captions == 1 ? Read::caption : Read::other;
}

const char* const de_head = "Neue Tramlinie durch das Quartier geplant";
const char* const de_first =
    "Der Stadtrat will bis 2030 eine neue Tramlinie durch das Quartier bauen, die Kosten sind noch offen.";
const char* const de_last = "Ein Sprecher der Anwohner sagte, man werde das Projekt in den kommenden Wochen genau prüfen.";
const char* const fr_head = "Le canton veut une nouvelle ligne de tram";
const char* const fr_first =
    "Le Conseil d'Etat veut construire une nouvelle ligne de tram d'ici 2030, le coût reste à préciser.";
const char* const fr_last = "L'association des habitants annonce qu'elle étudiera le projet dans les semaines qui viennent.";

} // namespace

TEST_CASE("a paragraph reporting someone's words without quotes over a credit is no caption",
          "[classify][credit31]") {
    SECTION("de: a fear reported after dass") {
        CHECK(read_over_credit(de_head, de_first, "Widerstand im Quartier",
                               "Nicht alle sind begeistert. Die Anwohner befürchten, dass der Lärm jahrelang anhält.",
                               "Foto: dpa", de_last) == Read::paragraph);
    }
    SECTION("fr: a statement reported after qu'") {
        CHECK(read_over_credit(fr_head, fr_first, "Des réserves dans le quartier",
                               "Tout le monde n'est pas convaincu. Le maire a déclaré qu'il attendrait l'avis du canton.",
                               "Photo: Keystone/Laurent Roux", fr_last) == Read::paragraph);
    }
    SECTION("en: a statement reported after that") {
        CHECK(read_over_credit("Harbour tram line planned for 2030",
                               "The city wants to build a new tram line along the harbour by 2030, with the cost still "
                               "to be agreed.",
                               "Objections on the quay",
                               "Not everyone is pleased. The harbour council said that the works would hurt trade.",
                               "Photo: Jane Roe/Harbour Images",
                               "A spokesman for the traders said they would study the plans closely in the coming "
                               "weeks.") == Read::paragraph);
    }
}

TEST_CASE("a caption with a clause of result or a relative clause over a credit stays its caption",
          "[classify][credit31]") {
    // ("so, dass": "so" is a speech word only in "so der Sprecher"; ", que" opens a relative clause here.)
    CHECK(read_over_credit(de_head, de_first, "Widerstand im Quartier",
                           "Die Baustelle am Ufer, so dass man den alten Steg noch sieht.", "Foto: dpa",
                           de_last) == Read::caption);
    CHECK(read_over_credit(fr_head, fr_first, "Des réserves dans le quartier",
                           "Le pont de la Machine, que les Genevois empruntent chaque jour.",
                           "Photo: Keystone/Laurent Roux", fr_last) == Read::caption);
}
