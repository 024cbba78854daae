// A closing heading without a number under numbered headings that a contents lists (de76's leftover): "Inhalt / 1. ...
// / 2. ... / 3. ... / 1. ... / <text> / ... / 3. ... / <text> / Unser Fazit / <text>". The contents made the page one
// that marks its headings (SectionLoop::only_marked), and "Unser Fazit", listed by no contents, stayed a paragraph of
// the last numbered section. A closing heading of the lexicon (closing_heading(): "Fazit", "Conclusion", "verdict")
// right over the closing paragraph now heads it there too (sections_headings.cpp closing_cry_heading()); a line of
// another kind at that place still heads nothing. Invented pages, in German, English and French.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct ListPage {
    const char* head;     // headline, byline and date lines
    const char* intro;    // the opening paragraph
    const char* contents; // the contents' label
    std::vector<const char*> titles;
    std::vector<const char*> texts;
    const char* closing_text;
};

std::string page_with(const ListPage& p, const std::string& closing_line) {
    std::string out = std::string(p.head) + p.intro + "\n" + p.contents + "\n";
    for (const char* t : p.titles)
        out += std::string(t) + "\n";
    for (std::size_t i = 0; i < p.titles.size(); ++i)
        out += std::string(p.titles[i]) + "\n" + p.texts[i] + "\n";
    return out + closing_line + "\n" + p.closing_text + "\n";
}

const ListPage de_page = {
    "Drei Tage in Triest: Tipps für den Herbst\nvon Jonas Keller | 3. November 2026\n",
    "Triest im Herbst? Das haben wir uns im letzten Jahr auch gefragt und es keinen Tag bereut. Die Stadt ist ruhig, "
    "das Wetter mild und die Cafés sind voll mit Einheimischen.",
    "Inhalt",
    {"1. Ein Morgen am Molo Audace", "2. Kaffee wie die Triestiner", "3. Mit der Tram nach Opicina"},
    {"Der lange Steg ragt weit ins Meer hinaus und ist am frühen Morgen fast leer. Wer hier steht, sieht die ganze "
     "Bucht vor sich liegen.",
     "In Triest bestellt man keinen Espresso, sondern einen Nero. Die alten Kaffeehäuser am Hafen sind dafür der "
     "beste Ort, auch an einem Regentag.",
     "Die alte Bahn fährt steil den Hang hinauf bis zum Karst. Oben lohnt sich ein Spaziergang zum Aussichtspunkt, "
     "von dem aus man bei klarem Wetter bis nach Istrien blickt."},
    "Triest im Herbst ist entspannt, günstig und trotzdem voller Leben. Nehmt eine warme Jacke mit, denn der Wind vom "
    "Karst kann kalt sein."};

const ListPage en_page = {
    "Three days in Trieste: tips for the autumn\nby Jonas Keller | November 3, 2026\n",
    "Trieste in autumn? We asked ourselves the same question last year and did not regret a single day. The town is "
    "calm, the weather is mild and the cafés are full of locals.",
    "Contents",
    {"1. A morning on the Molo Audace", "2. Coffee like the locals", "3. By tram up to Opicina"},
    {"The long pier reaches far into the sea and is nearly empty early in the morning. Standing there, you see the "
     "whole bay in front of you.",
     "In Trieste nobody orders an espresso, they ask for a nero. The old coffee houses by the harbour are the best "
     "place for it, even on a rainy day.",
     "The old tramway climbs steeply up the hill to the plateau. At the top a walk to the viewpoint is worth it, "
     "and on a clear day you can see all the way to the coast of Istria."},
    "Trieste in autumn is relaxed, cheap and still full of life. Bring a warm jacket, because the wind from the hills "
    "can be cold."};

const ListPage fr_page = {
    "Trois jours à Trieste : nos conseils pour l'automne\npar Jonas Keller | 3 novembre 2026\n",
    "Trieste en automne ? Nous nous sommes posé la question l'an dernier et nous n'avons regretté aucun jour. La "
    "ville est calme, le temps est doux et les cafés sont pleins d'habitants.",
    "Sommaire",
    {"1. Un matin sur le Molo Audace", "2. Le café comme les Triestins", "3. En tram jusqu'à Opicina"},
    {"La longue jetée avance loin dans la mer et elle est presque vide tôt le matin. De là, on voit toute la baie "
     "devant soi.",
     "À Trieste, on ne commande pas un espresso mais un nero. Les vieux cafés du port sont le meilleur endroit pour "
     "cela, même un jour de pluie.",
     "Le vieux tram grimpe la colline jusqu'au plateau. En haut, une promenade jusqu'au belvédère vaut la peine, et "
     "par beau temps on voit jusqu'aux côtes de l'Istrie."},
    "Trieste en automne est détendue, bon marché et pleine de vie. Prenez une veste chaude, car le vent des collines "
    "peut être froid."};

const Section* section_headed(const Article& a, const std::string& heading) {
    for (const Section& s : a.sections)
        if (s.heading && *s.heading == heading)
            return &s;
    return nullptr;
}

} // namespace

TEST_CASE("a closing heading after the numbered headings a contents lists heads the closing paragraph",
          "[sections][closing_verdict]") {
    const std::pair<const ListPage*, const char*> rows[] = {
        {&de_page, "Unser Fazit"}, {&de_page, "Fazit"},         {&en_page, "Our verdict"},
        {&en_page, "Conclusion"},  {&fr_page, "En conclusion"}, {&fr_page, "Notre avis"},
    };
    for (const auto& [page, closing] : rows) {
        INFO(closing);
        const Article a = parse(page_with(*page, closing));
        // (the numbered headings are still read)
        for (const char* t : page->titles)
            CHECK(section_headed(a, t) != nullptr);
        const Section* last = section_headed(a, closing);
        REQUIRE(last != nullptr);
        REQUIRE(last->paragraphs.size() == 1);
        CHECK(last->paragraphs[0] == page->closing_text);
        // (and no paragraph of the numbered section above holds it)
        const Section* above = section_headed(a, page->titles.back());
        REQUIRE(above != nullptr);
        CHECK(above->paragraphs.size() == 1);
    }
}

TEST_CASE("a short line of another kind after the numbered headings a contents lists heads nothing",
          "[sections][closing_verdict]") {
    // (a picture's caption, no closing heading, where the verdict would stand)
    const std::pair<const ListPage*, const char*> rows[] = {
        {&de_page, "Blick vom Molo Audace"},
        {&en_page, "View from the pier"},
    };
    for (const auto& [page, line] : rows) {
        INFO(line);
        const Article a = parse(page_with(*page, line));
        CHECK(section_headed(a, line) == nullptr);
    }
}
