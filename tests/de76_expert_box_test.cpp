// "Unsere Expertin / Anna Roth / Anna ist gelernte Floristin ...": a box's title over a bare name, over a sentence
// opening with that name's first word or its last, closes the text as the author's or expert's box, whatever the
// job the sentence names; it leaves the sections for the boilerplate. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a titled box of a name over a sentence opening with it closes the text", "[classify][region][de76]") {
    struct Row {
        const char* page;
        const char* last_text;
        const char* box_title;
        const char* name;
        const char* bio;
        bool box;
    };
    const Row rows[] = {
        {"Gartenzeit\nRatgeber\nRosen im Winter schützen\n"
         "Rosen überstehen den Winter am besten, wenn man sie im Spätherbst richtig vorbereitet.\n"
         "Häufeln Sie die Veredelungsstelle mit Erde oder Kompost etwa zwanzig Zentimeter hoch an.\n"
         "Zweige von Tannen schützen die Triebe zusätzlich vor der Wintersonne und vor Frost.\n"
         "Im Frühjahr wird die Erde wieder vorsichtig abgetragen, sobald kein starker Frost mehr droht.\n"
         "Unsere Expertin\nAnna Roth\nAnna ist gelernte Floristin und schreibt seit 2020 für den Ratgeber.\n"
         "War dieser Artikel hilfreich?\nJa\nNein\nImpressum\nDatenschutz\n",
         "Im Frühjahr wird die Erde wieder vorsichtig abgetragen, sobald kein starker Frost mehr droht.",
         "Unsere Expertin", "Anna Roth", "Anna ist gelernte Floristin und schreibt seit 2020 für den Ratgeber.", true},
        {"Garden Hours\nGuides\nHow to protect roses in winter\n"
         "Roses come through the winter best when they are prepared well in late autumn.\n"
         "Heap soil or compost around the base of each plant to a height of about eight inches.\n"
         "Branches of fir laid over the bed shield the shoots from the winter sun and from hard frost.\n"
         "In spring the soil is carefully taken away again once no hard frost is expected.\n"
         "Meet the expert:\nTom Hale\nHale has trained as a gardener and has written for the guide since 2020.\n"
         "Was this article helpful?\nYes\nNo\nImprint\nPrivacy\n",
         "In spring the soil is carefully taken away again once no hard frost is expected.", "Meet the expert:",
         "Tom Hale", "Hale has trained as a gardener and has written for the guide since 2020.", true},
        {"Heures du jardin\nConseils\nProtéger les rosiers en hiver\n"
         "Les rosiers passent mieux l'hiver lorsqu'on les prépare bien à la fin de l'automne.\n"
         "Buttez le pied de chaque rosier avec de la terre ou du compost sur une vingtaine de centimètres.\n"
         "Des branches de sapin posées sur le massif protègent les pousses du soleil d'hiver et du gel.\n"
         "Au printemps, on retire la terre avec précaution dès que les fortes gelées ne sont plus à craindre.\n"
         "Notre experte\nClaire Morel\nClaire est fleuriste de formation et écrit pour le guide depuis 2020.\n"
         "Cet article vous a-t-il été utile ?\nOui\nNon\nMentions légales\n",
         "Au printemps, on retire la terre avec précaution dès que les fortes gelées ne sont plus à craindre.",
         "Notre experte", "Claire Morel", "Claire est fleuriste de formation et écrit pour le guide depuis 2020.",
         true},
        // (A sentence that does not open with the name is the text's own: the rule leaves it.)
        {"Gartenzeit\nRatgeber\nRosen im Winter schützen\n"
         "Rosen überstehen den Winter am besten, wenn man sie im Spätherbst richtig vorbereitet.\n"
         "Häufeln Sie die Veredelungsstelle mit Erde oder Kompost etwa zwanzig Zentimeter hoch an.\n"
         "Zweige von Tannen schützen die Triebe zusätzlich vor der Wintersonne und vor Frost.\n"
         "Unsere Expertin\nAnna Roth\nIm Frühjahr wird die Erde wieder vorsichtig abgetragen, sobald kein Frost "
         "droht.\n"
         "War dieser Artikel hilfreich?\nJa\nNein\nImpressum\nDatenschutz\n",
         "Im Frühjahr wird die Erde wieder vorsichtig abgetragen, sobald kein Frost droht.", "Unsere Expertin",
         "Anna Roth", "Im Frühjahr wird die Erde wieder vorsichtig abgetragen, sobald kein Frost droht.", false},
    };
    for (const Row& r : rows) {
        INFO(r.bio);
        const Article a = parse(r.page, "x");
        CHECK(test::in_sections(a, r.last_text));
        CHECK(test::in_sections(a, r.bio) == !r.box);
        if (r.box) {
            CHECK_FALSE(test::in_sections(a, r.box_title));
            CHECK_FALSE(test::in_sections(a, r.name));
            CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.bio) != a.boilerplate.end());
        }
    }
}
