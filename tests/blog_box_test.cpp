// Tests of the title of a box of the site's own posts under a blog's article ("Interessantes aus unserem Blog"),
// which ends the article like a related-articles title.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <utility>

using namespace archive;

TEST_CASE("the title of a box of the site's own blog posts ends the article", "[classify][terminator]") {
    // {line, ends the article}: the box's titles, and sentences about the blog inside the article, which are text.
    const std::pair<const char*, bool> rows[] = {
        {"Interessantes aus unserem Blog", true},
        {"Interessantes aus unserem", true},
        {"Neues aus unserem Blog", true},
        {"Aus unserem Blog", true},
        {"More from our blog", true},
        {"From our blog", true},
        {"Latest from our blog", true},
        {"Plus de notre blog", true},
        {"Sur notre blog", true},
        {"Les derniers articles de notre blog", true},
        {"Más de nuestro blog", true},
        {"Lo último de nuestro blog", true},
        {"Altro dal nostro blog", true},
        {"Dal nostro blog", true},
        {"Aus unserem Blog kennen Sie den Hafenmeister schon seit vielen Jahren, er schreibt hier jede Woche.", false},
        {"From our blog readers we heard many stories about the old ferry and the pier.", false},
        {"Sur notre blog, nous racontons chaque semaine la vie du port et de ses pêcheurs.", false},
    };
    for (const auto& [line, ends] : rows) {
        INFO(line);
        const auto blocks = segment(line);
        REQUIRE(blocks.size() == 1);
        CHECK(is_terminator(blocks[0]) == ends);
    }
}

TEST_CASE("the posts under a blog box title stay out of the body", "[classify][terminator]") {
    const test::PageRow rows[] = {
        {"de", R"(Werft am Kai
Unser neues Segel für die Jolle
Nach einem langen Winter in der Halle haben wir endlich das neue Segel für unsere kleine Jolle genäht und angeschlagen.
Die Arbeit hat drei Wochenenden gedauert, weil der Stoff schwerer war als gedacht und die Nähte doppelt genäht werden mussten.
Am Samstag sind wir zum ersten Mal damit auf den See gefahren, und das Boot lief schneller als je zuvor.
Interessantes aus unserem Blog
Der alte Mast bekommt einen neuen Anstrich
Wir haben den alten Mast abgeschliffen und zweimal lackiert, damit er noch viele Sommer auf dem See halten kann und nicht reißt.
)",
         "Wir haben den alten Mast abgeschliffen"},
        {"en", R"(Boatyard Notes
Our new sail for the dinghy
After a long winter in the shed we finally sewed the new sail for our little dinghy and bent it on the boom.
The work took three weekends, because the cloth was heavier than we thought and every seam had to be sewn twice.
On Saturday we took her out on the lake for the first time, and the boat ran faster than it ever did before.
More from our blog
The old mast gets a new coat of paint
We sanded the old mast down and varnished it twice, so that it will last for many more summers on the lake.
)",
         "We sanded the old mast down"},
        {"fr", R"(Carnet du chantier
Notre nouvelle voile pour le dériveur
Après un long hiver dans le hangar, nous avons enfin cousu la nouvelle voile de notre petit dériveur et nous l'avons gréée.
Le travail a pris trois week-ends, car la toile était plus lourde que prévu et chaque couture a dû être doublée.
Samedi, nous sommes sortis sur le lac pour la première fois, et le bateau a filé plus vite que jamais auparavant.
Plus de notre blog
Le vieux mât reçoit une nouvelle couche de peinture
Nous avons poncé le vieux mât et nous l'avons verni deux fois, pour qu'il tienne encore de nombreux étés sur le lac.
)",
         "Nous avons poncé le vieux mât"},
    };
    // The article keeps its three paragraphs; the post under the box title is none of them.
    for (const auto& r : rows) {
        INFO(r.page);
        const auto paragraphs = test::paragraphs_of(classify(segment(r.page), r.lang));
        CHECK(paragraphs.size() == 3);
        CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                           [&](const std::string& para) { return para.starts_with(r.line); }));
    }
}
