// A short caption's sentence (three to five words) over the credit of the page's own photographer, "<outlet>/<name>"
// whose outlet is the page's name printed alone above (media.cpp, outlet_credits(), own_outlet_credit()). A longer
// caption is taken over any outlet's credit; a short one only over the page's own. Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

std::string short_page(const std::string& masthead, const std::string& headline, const std::string& date,
                       const std::string& caption, const std::string& credit, const std::string& body) {
    return masthead + "\nActu\nSport\n\n" + headline + "\n\n" + date + "\n\n" + caption + "\n" + credit + "\n\n" + body;
}

} // namespace

TEST_CASE("a short caption over the credit of the page's own photographer", "[media][credit][media37]") {
    const std::string fr_body =
        "«Il est passé juste devant la vitrine, j'ai cru que c'était un gros chien», raconte une passante qui a "
        "filmé la scène depuis le café.\n\nLa police cantonale a confirmé la présence de l'animal, qui a ensuite "
        "regagné la forêt au-dessus du village.\n";
    const std::string de_body =
        "«Er lief direkt am Schaufenster vorbei, ich dachte zuerst an einen grossen Hund», sagt eine Passantin, die "
        "die Szene vom Café aus gefilmt hat.\n\nDie Kantonspolizei bestätigte die Sichtung des Tiers, das danach in "
        "den Wald über dem Dorf zurückkehrte.\n";
    const struct {
        const char* masthead;
        const char* headline;
        const char* date;
        const char* caption;
        const char* credit;
        const char* body;
        bool media;
    } rows[] = {
        {"Quinze minutes", "Un sanglier se promène dans le centre du village", "Publié 6 décembre 2026, 11:27",
         "L'animal pesait 90 kilos.", "Quinze minutes/Marc Vallon", fr_body.c_str(), true},
        {"Hafenblatt", "Ein Wildschwein spaziert durch das Dorfzentrum", "Publiziert 6. Dezember 2026, 11:27",
         "Das Tier wog 90 Kilogramm.", "Hafenblatt/Jan Feld", de_body.c_str(), true},
        // The outlet is not the page's: a short sentence stays the text's.
        {"Quinze minutes", "Un sanglier se promène dans le centre du village", "Publié 6 décembre 2026, 11:27",
         "L'animal pesait 90 kilos.", "Le Courrier/Marc Vallon", fr_body.c_str(), false},
    };
    for (const auto& r : rows) {
        INFO(r.credit);
        const Article a = parse(short_page(r.masthead, r.headline, r.date, r.caption, r.credit, r.body), "page.txt");
        const bool found = std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.caption == std::string(r.caption) && m.credit == std::string(r.credit);
        });
        CHECK(found == r.media);
        if (r.media) {
            const auto paragraphs = paragraphs_of(a);
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.caption)) == paragraphs.end());
        }
    }
}
