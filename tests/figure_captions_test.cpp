// Figure captions: a figure's label and number ("Figure 1:", "Abb. 3:", "Figura 2.") open a caption between the
// paragraphs, a picture's and no paragraph of the text.
#include <catch2/catch.hpp>

#include "body_checks.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::in_body;

namespace {

bool captioned(const Article& a, const std::string& line) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == line; });
}

} // namespace

TEST_CASE("a figure's label and number open a caption between paragraphs", "[classify][caption][figure]") {
    struct Row {
        const char* lang;
        const char* title;
        const char* before; // a paragraph over the figure
        const char* figure; // the figure's caption
        const char* after;  // a paragraph under it
    };
    const Row rows[] = {
        {"en", "Why our nightly builds stopped failing",
         "For months the nightly build of the mapping service failed about one night in three, always at the same step.",
         "Figure 1: Failed builds per week over the spring, before and after the cache was moved to local disks.",
         "Once the cache moved off the network share, the failures stopped within two days and never came back."},
        {"en", "How the marsh recovered",
         "The survey teams counted birds on the marsh every spring and autumn for a total of eleven years.",
         "Fig. 2 \u2013 Breeding pairs of the grey heron on the east marsh, counted each April.",
         "The counts rose slowly at first and then doubled in the three years after the dyke was opened."},
        {"de", "Wie der Hafen von Wendel wuchs",
         "Im achtzehnten Jahrhundert lag der kleine Hafen noch weit vor den Mauern der alten Stadt am Fluss.",
         "Abb. 3: Der Hafen von Wendel um 1790, nach einem Stich aus dem Stadtarchiv.",
         "Erst mit dem Bau der Eisenbahn wuchs die Stadt bis an das Ufer heran und schloss den Hafen ein."},
        {"de", "Wie der Hafen von Wendel wuchs",
         "Im achtzehnten Jahrhundert lag der kleine Hafen noch weit vor den Mauern der alten Stadt am Fluss.",
         "Abbildung 4: Die Zahl der Schiffe im Hafen zwischen 1850 und 1900.",
         "Erst mit dem Bau der Eisenbahn wuchs die Stadt bis an das Ufer heran und schloss den Hafen ein."},
        {"de", "Mehr Gäste im Freibad",
         "Das Freibad am See hat in diesem Sommer so viele Gäste gezählt wie noch nie seit seiner Eröffnung.",
         "Grafik: Die Zahl der Badegäste in jedem Monat der Saison, verglichen mit dem Vorjahr.",
         "Vor allem im August kamen an den heißen Wochenenden mehr als doppelt so viele Menschen wie sonst."},
        {"es", "Así creció el puerto de Valdora",
         "En el siglo dieciocho el pequeño puerto quedaba todavía lejos de las murallas de la vieja ciudad.",
         "Imagen 2: El muelle de Valdora hacia 1900, en una postal de la época.",
         "Solo con la llegada del ferrocarril la ciudad creció hasta la orilla y rodeó el antiguo puerto."},
        {"pt", "Como cresceu o porto de Vilamar",
         "No século dezoito o pequeno porto ficava ainda longe das muralhas da velha cidade junto ao rio.",
         "Figura 1. O cais de Vilamar por volta de 1900, num postal da época.",
         "Só com a chegada do caminho de ferro a cidade cresceu até à margem e rodeou o antigo porto."},
    };
    for (const Row& r : rows) {
        CAPTURE(r.figure);
        const std::string page = std::string(r.title) + "\n" + r.before + "\n" + r.figure + "\n" + r.after + "\n";
        const Article a = classify(segment(page), r.lang);
        CHECK(captioned(a, r.figure));
        CHECK_FALSE(in_body(a, r.figure));
        CHECK(in_body(a, r.after));
    }
}

TEST_CASE("a sentence naming a figure stays a paragraph", "[classify][caption][figure]") {
    const char* lines[] = {
        // The figure named by the sentence, no label and mark before a caption.
        "Figure 2 shows how the failures fell once the cache was moved to the local disks of each machine.",
        // A label without a number needs its colon and a caption of four words.
        "Grafik: Landesamt",
        // A reference to a figure inside the sentence.
        "Abb. 3:2 zeigt das Verhältnis der beiden Kurven, die sich im Sommer kreuzen und im Herbst trennen.",
        // No label of a figure.
        "Figurine makers of the old town sold their work at the harbour market every Saturday of the year.",
    };
    for (const char* line : lines) {
        CAPTURE(line);
        CHECK_FALSE(figure_caption(line));
    }
    CHECK(figure_caption("Figure 1: Failed builds per week over the spring."));
    CHECK(figure_caption("Fig. 12a: The east marsh in April"));
    CHECK(figure_caption("Figure 3 \u2014 The east marsh in April"));
}
