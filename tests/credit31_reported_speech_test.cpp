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

struct Row {
    const char* lang;
    std::string page;
    std::string line; // the line over the credit
    bool caption;     // whether it is the credit's caption (else a paragraph)
};

std::string page(const char* headline, const char* first, const char* heading, const std::string& line,
                 const char* credit, const char* last) {
    return std::string(headline) + "\n" + first + "\n" + heading + "\n" + line + "\n" + credit + "\n" + last + "\n";
}

} // namespace

TEST_CASE("a paragraph reporting someone's words without quotes over a credit is no caption",
          "[classify][credit31]") {
    const std::string de = "Nicht alle sind begeistert. Die Anwohner befürchten, dass der Lärm jahrelang anhält.";
    const std::string fr = "Tout le monde n'est pas convaincu. Le maire a déclaré qu'il attendrait l'avis du canton.";
    const std::string en = "Not everyone is pleased. The harbour council said that the works would hurt trade.";
    const std::string de_caption = "Die Baustelle am Ufer, so dass man den alten Steg noch sieht.";
    const std::string fr_caption = "Le pont de la Machine, que les Genevois empruntent chaque jour.";
    const std::vector<Row> rows = {
        {"de",
         page("Neue Tramlinie durch das Quartier geplant",
              "Der Stadtrat will bis 2030 eine neue Tramlinie durch das Quartier bauen, die Kosten sind noch offen.",
              "Widerstand im Quartier", de, "Foto: dpa",
              "Ein Sprecher der Anwohner sagte, man werde das Projekt in den kommenden Wochen genau prüfen."),
         de, false},
        {"fr",
         page("Le canton veut une nouvelle ligne de tram",
              "Le Conseil d'Etat veut construire une nouvelle ligne de tram d'ici 2030, le coût reste à préciser.",
              "Des réserves dans le quartier", fr, "Photo: Keystone/Laurent Roux",
              "L'association des habitants annonce qu'elle étudiera le projet dans les semaines qui viennent."),
         fr, false},
        {"en",
         page("Harbour tram line planned for 2030",
              "The city wants to build a new tram line along the harbour by 2030, with the cost still to be agreed.",
              "Objections on the quay", en, "Photo: Jane Roe/Harbour Images",
              "A spokesman for the traders said they would study the plans closely in the coming weeks."),
         en, false},
        {"de",
         page("Neue Tramlinie durch das Quartier geplant",
              "Der Stadtrat will bis 2030 eine neue Tramlinie durch das Quartier bauen, die Kosten sind noch offen.",
              "Widerstand im Quartier", de_caption, "Foto: dpa",
              "Ein Sprecher der Anwohner sagte, man werde das Projekt in den kommenden Wochen genau prüfen."),
         de_caption, true},
        {"fr",
         page("Le canton veut une nouvelle ligne de tram",
              "Le Conseil d'Etat veut construire une nouvelle ligne de tram d'ici 2030, le coût reste à préciser.",
              "Des réserves dans le quartier", fr_caption, "Photo: Keystone/Laurent Roux",
              "L'association des habitants annonce qu'elle étudiera le projet dans les semaines qui viennent."),
         fr_caption, true},
    };
    for (const Row& r : rows) {
        INFO(r.lang << "\n" << r.page);
        const Article a = parse(r.page, "page.txt");
        const auto paragraphs = paragraphs_of(a);
        const bool paragraph = std::find(paragraphs.begin(), paragraphs.end(), r.line) != paragraphs.end();
        const bool caption = std::any_of(a.media.begin(), a.media.end(),
                                         [&](const Media& m) { return m.caption && *m.caption == r.line; });
        CHECK(paragraph == !r.caption);
        CHECK(caption == r.caption);
    }
}
