// A credit alone under a paragraph that reports someone's words, five or more of them in guillemets or low-high
// quotation marks inside its sentence ("Según el concejal, la medida busca «devolver el centro a los vecinos».",
// "Foto: Europa Press"): the paragraph stays text and the credit's picture has no caption. A caption naming a film
// or a book in such marks in fewer words stays the credit's caption.
#include <catch2/catch.hpp>

#include "classify.hpp"
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
    std::string line;      // the line over the credit
    bool caption;          // whether it is the credit's caption (else a paragraph)
};

std::string page(const char* headline, const char* first, const std::string& line, const char* credit,
                 const char* last) {
    return std::string(headline) + "\n" + first + "\n" + line + "\n" + credit + "\n" + last + "\n";
}

} // namespace

TEST_CASE("a paragraph quoting someone's words over a credit is no caption", "[classify][media30]") {
    const std::string es = "Según el concejal de Urbanismo, la medida busca «devolver el centro a los vecinos».";
    const std::string fr = "Selon le ministre de la Protection civile, il s'agit de « la pire saison depuis 2007 ».";
    const std::string de = "Der Bürgermeister sprach von einem „guten Tag für die ganze Stadt“, die Opposition schwieg.";
    const std::string fr_film = "L'actrice sur le tournage de «Les Misérables», à Montfermeil.";
    const std::vector<Row> rows = {
        {"es",
         page("Sevilla prohíbe los pisos turísticos en el centro histórico",
              "El Ayuntamiento aprobó este viernes una moratoria que impide abrir nuevos pisos turísticos en el casco.",
              es, "Foto: Europa Press",
              "Las asociaciones vecinales celebraron la decisión, mientras que los propietarios recurrirán la norma."),
         es, false},
        {"fr",
         page("Incendies : la région demande l'aide de l'armée",
              "Les autorités ont demandé dimanche l'aide de l'armée, plus de cinq cents pompiers étant déjà engagés.",
              fr, "Crédit photo : Marie Roux",
              "Les feux ont déjà contraint plus de deux mille personnes à quitter leur domicile depuis samedi."),
         fr, false},
        {"de",
         page("Neue Brücke über den Fluss eröffnet",
              "Nach drei Jahren Bauzeit ist die neue Brücke über den Fluss am Samstag für den Verkehr freigegeben worden.",
              de, "Foto: dpa",
              "Die Brücke hat rund vierzig Millionen Euro gekostet, deutlich mehr als zu Beginn geplant war."),
         de, false},
        {"fr",
         page("Le cinéma du quartier rouvre ses portes",
              "Après deux ans de travaux, le cinéma du quartier a rouvert samedi avec une projection en plein air.",
              fr_film, "Photo: Keystone/Laurent Roux",
              "La salle compte désormais trois écrans et un café, selon la direction, qui espère attirer les familles."),
         fr_film, true},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page, "page.txt");
        const auto paragraphs = paragraphs_of(a);
        const bool paragraph = std::find(paragraphs.begin(), paragraphs.end(), r.line) != paragraphs.end();
        const bool caption = std::any_of(a.media.begin(), a.media.end(),
                                         [&](const Media& m) { return m.caption && *m.caption == r.line; });
        CHECK(paragraph == !r.caption);
        CHECK(caption == r.caption);
    }
}
