// A gallery's slides in the article's region go on under its end, past a paragraph or a link to another article set
// between two slides (take_gallery_slides()): their captions stay media. Whole pages in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool has_caption(const Article& a, const std::string& caption) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == caption; });
}

// The top of an English gallery: three slides, a paragraph and a link to another article under the third slide.
const std::string en_top = R"(In pictures: Storm batters the harbour towns

Flooded quays, stranded boats and a rescue at sea: the storm in 10 photos

1 / 10

Waves break over the harbour wall at Porthmoor on Tuesday evening as the wind reached 80mph.

Image: PA

2 / 10

A boat is left stranded on the slipway near the old lifeboat station after the tide went out.

Image: Coastguard

3 / 10

Sandbags are stacked outside a bakery on the quay. The baker said the water stopped an inch short of the door.

Image: Getty Images

The storm, the fourth of the season, brought gusts of up to 80mph to the coast and cut the power to thousands of homes overnight.

Read more: The storm: what we know so far

)";

} // namespace

TEST_CASE("a gallery's slides under a link set between two slides stay the gallery's", "[classify][region][gallery]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last_caption; // the last slide's caption, under the link
        const char* link;
    };
    const std::string en_page = en_top + R"(4 / 10

Engineers repair a power line near the bridge.

Image: Grid Networks

5 / 10

The river burst its banks at Millford early on Wednesday morning.

Image: River Agency

Related Topics

Weather
)";
    const Row rows[] = {
        {"en", en_page.c_str(),
         "The river burst its banks at Millford early on Wednesday morning.", "Read more: The storm: what we know so far"},
        {"de", R"(Der Sturm fegt über die Hafenstädte

Überflutete Kais, gestrandete Boote und eine Rettung auf See: der Sturm in 10 Bildern

1/10

Wellen brechen am Dienstagabend über die Hafenmauer von Nordhafen, der Wind erreichte 120 Kilometer pro Stunde.

Foto: dpa

2/10

Ein Boot liegt nach der Ebbe auf der Slipanlage neben der alten Rettungsstation fest.

Foto: Wasserschutzpolizei

3/10

Sandsäcke vor einer Bäckerei am Kai. Der Bäcker sagte, das Wasser sei knapp vor der Tür stehen geblieben.

Foto: Getty Images

Der Sturm, der vierte der Saison, ließ an der Küste Sturmböen mit 120 km/h über das Land fegen und legte in der Nacht den Strom in Tausenden Häusern lahm.

Lesen Sie auch: Der Sturm: Was wir bisher wissen

4/10

Techniker reparieren eine Stromleitung an der Brücke.

Foto: Netzbetreiber

5/10

Der Fluss trat am Mittwochmorgen in Mühlfeld über die Ufer.

Foto: Flussamt

Mehr zum Thema

Wetter
)",
         "Der Fluss trat am Mittwochmorgen in Mühlfeld über die Ufer.", "Lesen Sie auch: Der Sturm: Was wir bisher wissen"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(has_caption(a, r.last_caption));
        CHECK(a.media.size() == 5);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.link) != a.boilerplate.end());
    }
}

TEST_CASE("counters of another gallery, or out of sequence, under the text join nothing", "[classify][region][gallery]") {
    // "4 / 8" counts another gallery's slides (a teaser under the article): it is not the next slide of this one.
    const Article a = classify(segment(en_top + R"(4 / 8

Christmas markets open their stalls in the old town.

Image: Market Trust

Related Topics
)"),
                               "en");
    CHECK_FALSE(has_caption(a, "Christmas markets open their stalls in the old town."));
    CHECK(a.media.size() == 3);
}
