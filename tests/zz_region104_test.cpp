// The text going on past a box of related links on a page printed without blank lines (invented pages):
// - a label ending the text ("À lire aussi", "Mehr zum Thema", "Related stories") over one title, then a paragraph,
//   a cross-head and the next section: the region stopped at the box, every line under it went to the boilerplate;
//   the cross-head glued under the paragraph (glued_cross_head()) now carries the text on. A list of cards (a title
//   over one summary, the next card's title under it) stays out, and a box closing the article still ends it.
// - a label closed by a colon ("Read more:", "Lesen Sie auch:") over two titles: the second title became the heading
//   of the paragraphs under it; a label with a colon announces its titles, and only a line shaped as a cross-head
//   (three words fewer than the title) heads the text.
// - a link to another article on one line ("Read more: <title>") over the short sentence closing the article: the
//   sentence went to the boilerplate; it closes the text (related_link_line()).
// - a box of facts ("En chiffres" and items with figures) took the line of another shape under its items ("À propos
//   de l'OTW", over a paragraph) as its last item; such a line now ends the box (fact_box_end()).
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool region104_in(const std::vector<std::string>& list, const std::string& line) {
    return std::find(list.begin(), list.end(), line) != list.end();
}

std::string region104_page(const std::vector<std::string>& lines) {
    std::string page;
    for (const auto& l : lines)
        page += l + "\n";
    return page;
}

struct Region104Lang {
    const char* lang;
    std::vector<std::string> head; // the site, the headline and the first paragraphs
    std::string label, title;      // the box
    std::string resumed;           // the paragraph under the box
    std::string cross_head;        // the next section's heading
    std::string next, last;        // its paragraph and its closing sentence
    std::string sign_off;
};

const std::vector<Region104Lang>& region104_langs() {
    static const std::vector<Region104Lang> langs = {
        {"fr",
         {"La Gazette du Val", "Suisse", "L'accord sur les tramways divise la presse du canton",
          "L'accord conclu vendredi entre les deux villes sur le tramway occupe largement les éditorialistes ce lundi.",
          "«C'est un pas modeste mais nécessaire», écrit Le Courrier du Val, qui rappelle que la ligne attend depuis "
          "dix ans.",
          "Plus sévère, La Voix de Bramont estime que la commune «a cédé sur l'essentiel» face à sa voisine."},
         "À lire aussi",
         "Tramway: ce que contient l'accord entre les deux villes",
         "Outre-Sarine, le ton est plus critique. Le Bramonter Bote parle d'un accord sans enthousiasme et regrette "
         "le coût.",
         "Les partis se positionnent",
         "Le président du parti agrarien, Julien Morandaz, a salué un accord équilibré pour les deux villes.",
         "Le Conseil communal doit adopter le crédit au printemps.",
         "ats/gvl"},
        {"de",
         {"Hafenblatt", "Region", "Der Vertrag zur Straßenbahn spaltet die Zeitungen im Kanton",
          "Der am Freitag zwischen den beiden Städten geschlossene Vertrag zur Straßenbahn beschäftigt am Montag die "
          "Kommentatoren.",
          "„Ein kleiner, aber nötiger Schritt“, schreibt der Talbote, der daran erinnert, dass die Linie seit zehn "
          "Jahren wartet.",
          "Schärfer urteilt die Bramonter Zeitung, die Stadt habe in allen wichtigen Punkten nachgegeben."},
         "Mehr zum Thema",
         "Straßenbahn: Was im Vertrag der beiden Städte steht",
         "In der Westschweiz ist der Ton freundlicher. Die Gazette du Val spricht von einem vernünftigen Kompromiss "
         "für die Region.",
         "Die Parteien beziehen Stellung",
         "Der Präsident der Bauernpartei, Julius Morander, begrüßte einen ausgewogenen Vertrag für beide Städte.",
         "Der Stadtrat soll den Kredit im Frühling beschließen.",
         "sda/hb"},
        {"en",
         {"Harbour Weekly", "Region", "Tram deal splits the county's newspapers",
          "The deal struck on Friday between the two towns over the new tram line dominated the editorial pages on "
          "Monday.",
          "\"A modest but necessary step,\" wrote the Valley Courier, which recalled that the line has been waiting "
          "for ten years.",
          "The Bramont Voice was harsher, saying the town had given way on every point that mattered to its "
          "residents."},
         "Related stories",
         "Tram deal: what the two towns agreed on Friday",
         "Across the river, the tone was warmer. The Eastmere Post called it a sensible compromise for the whole "
         "region and its commuters.",
         "Parties take sides",
         "The leader of the farmers' party, Julian Morrow, welcomed a balanced deal for both of the towns.",
         "The council is due to approve the loan in the spring.",
         "PA"},
    };
    return langs;
}

std::vector<std::string> region104_lines(const Region104Lang& l, const std::vector<std::string>& box) {
    std::vector<std::string> lines = l.head;
    lines.insert(lines.end(), box.begin(), box.end());
    return lines;
}

} // namespace

TEST_CASE("the text goes on under a one-title box whose paragraph closes a section over a cross-head",
          "[region][region104]") {
    for (const auto& l : region104_langs()) {
        const auto lines = region104_lines(l, {l.label, l.title, l.resumed, l.cross_head, l.next, l.last, l.sign_off});
        INFO(region104_page(lines));
        const Article a = classify(segment(region104_page(lines)), l.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(region104_in(paragraphs, l.resumed));
        CHECK(region104_in(paragraphs, l.next));
        CHECK(region104_in(paragraphs, l.last));
        CHECK(region104_in(test::headings_of(a), l.cross_head));
        CHECK(region104_in(a.boilerplate, l.label));
        CHECK(region104_in(a.boilerplate, l.title));
    }
}

TEST_CASE("a list of cards under a related label, title over summary, stays out of the text", "[region][region104]") {
    for (const auto& l : region104_langs()) {
        // (The cross-head's place holds the next card's title, over its summary and the third card's title.)
        const auto lines = region104_lines(l, {l.label, l.title, l.resumed, l.cross_head, l.next, l.title});
        INFO(region104_page(lines));
        const Article a = classify(segment(region104_page(lines)), l.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(region104_in(paragraphs, l.head.back()));
        CHECK_FALSE(region104_in(paragraphs, l.resumed));
        CHECK_FALSE(region104_in(paragraphs, l.next));
    }
}

TEST_CASE("a related box closing the article still ends it", "[region][region104]") {
    for (const auto& l : region104_langs()) {
        const auto lines = region104_lines(l, {l.label, l.title, l.cross_head, l.sign_off});
        INFO(region104_page(lines));
        const Article a = classify(segment(region104_page(lines)), l.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(region104_in(paragraphs, l.head.back()));
        CHECK_FALSE(region104_in(paragraphs, l.title));
        CHECK_FALSE(region104_in(test::headings_of(a), l.cross_head));
    }
}

TEST_CASE("under a label closed by a colon, a second title glued under the first is a title, no heading",
          "[region][region104]") {
    struct Row {
        const char* lang;
        const char* label;
        const char* second; // a second title, as long as the first
    };
    const std::vector<Row> rows = {
        {"en", "Read more:", "Eastmere commuters face a winter of delays"},
        {"de", "Lesen Sie auch:", "Pendler in Eastmere müssen mit Verspätungen rechnen"},
        {"fr", "Lire aussi :", "Les pendulaires d'Eastmere face à un hiver de retards"},
    };
    for (const auto& r : rows) {
        const auto& l = *std::find_if(region104_langs().begin(), region104_langs().end(),
                                      [&](const Region104Lang& x) { return std::string(x.lang) == r.lang; });
        const auto lines = region104_lines(l, {r.label, l.title, r.second, l.resumed, l.next, l.last});
        INFO(region104_page(lines));
        const Article a = classify(segment(region104_page(lines)), l.lang);
        CHECK(region104_in(test::paragraphs_of(a), l.resumed));
        CHECK_FALSE(region104_in(test::headings_of(a), r.second));
        CHECK(region104_in(a.boilerplate, l.title));
        CHECK(region104_in(a.boilerplate, r.second));
        // (A line three words shorter than the title, shaped as a heading, heads the text: "Read more: / <title> /
        // Parties take sides / <paragraph>".)
        const auto headed = region104_lines(l, {r.label, l.title, l.cross_head, l.resumed, l.next, l.last});
        INFO(region104_page(headed));
        const Article h = classify(segment(region104_page(headed)), l.lang);
        CHECK(region104_in(test::headings_of(h), l.cross_head));
        CHECK(region104_in(h.boilerplate, l.title));
    }
}

TEST_CASE("a link to another article on one line leaves the sentence closing the article under it in the text",
          "[region][region104]") {
    struct Row {
        const char* lang;
        const char* link;
        const char* last; // a short sentence closing the article
    };
    const std::vector<Row> rows = {
        {"en", "Read more: Eastmere Home Sales Fall for Fifth Straight Month",
         "The council's next vote is due on Feb. 4."},
        {"de", "Lesen Sie auch: Hauspreise in Eastmere fallen den fünften Monat",
         "Der Stadtrat stimmt am 4. Februar ab."},
        {"fr", "À lire aussi : Les prix des logements baissent pour le cinquième mois",
         "Le conseil votera le 4 février."},
    };
    for (const auto& r : rows) {
        const auto& l = *std::find_if(region104_langs().begin(), region104_langs().end(),
                                      [&](const Region104Lang& x) { return std::string(x.lang) == r.lang; });
        const auto lines = region104_lines(l, {l.resumed, r.link, r.last, l.sign_off});
        INFO(region104_page(lines));
        const Article a = classify(segment(region104_page(lines)), l.lang);
        CHECK(region104_in(test::paragraphs_of(a), r.last));
        CHECK(region104_in(a.boilerplate, r.link));
        // (Near miss: a title under the link, no sentence, stays out.)
        const auto listed = region104_lines(l, {l.resumed, r.link, l.title, l.sign_off});
        INFO(region104_page(listed));
        const Article b = classify(segment(region104_page(listed)), l.lang);
        CHECK(region104_in(test::paragraphs_of(b), l.resumed));
        CHECK_FALSE(region104_in(test::paragraphs_of(b), l.title));
    }
}

namespace {

struct Region104Facts {
    const char* lang;
    std::vector<std::string> head;  // the site, the headline and the article's paragraphs
    std::vector<std::string> items; // the box's title and its items, each with a figure
    std::string about;              // a line of another shape, a heading
    std::string labelled;           // an item of a label and its value, no figure
    std::string paragraph;          // the paragraph under the box
};

const std::vector<Region104Facts>& region104_facts() {
    static const std::vector<Region104Facts> rows = {
        {"fr",
         {"Communiqués", "Les premiers bus à hydrogène livrés à Bramont",
          "Bramont, le 3 décembre 2026 – La Régie des transports de Bramont a réceptionné ce mercredi les vingt "
          "premiers bus à hydrogène destinés à son réseau. Ils rouleront sur les lignes 2 et 7 dès janvier.",
          "Les bus seront alimentés par une station installée au dépôt de Vernaz, capable de faire le plein de trente "
          "véhicules par jour."},
         {"En chiffres", "20 bus de 12 mètres", "350 km d'autonomie par plein", "19 millions d'euros d'investissement"},
         "À propos de la Régie",
         "Exploitant : Régie des transports",
         "La Régie des transports de Bramont exploite le réseau urbain, qui transporte chaque année plus de trente "
         "millions de voyageurs."},
        {"de",
         {"Pressemitteilungen", "Die ersten Wasserstoffbusse für Wendelsheim sind da",
          "Wendelsheim, 3. Dezember 2026 – Die Verkehrsbetriebe Wendelsheim haben am Mittwoch die ersten zwanzig "
          "Wasserstoffbusse für ihr Netz übernommen. Sie fahren ab Januar auf den Linien 2 und 7.",
          "Getankt werden die Busse an einer Station im Betriebshof Nord, die dreißig Fahrzeuge am Tag füllen kann."},
         {"In Zahlen", "20 Busse mit 12 Metern", "350 km Reichweite pro Tankfüllung", "19 Millionen Euro Investition"},
         "Über die Verkehrsbetriebe",
         "", // (no near miss: this page's box title heads nothing, its items run on in the text)
         "Die Verkehrsbetriebe Wendelsheim betreiben das städtische Netz, das jedes Jahr mehr als dreißig Millionen "
         "Fahrgäste befördert."},
    };
    return rows;
}

} // namespace

TEST_CASE("a box of facts ends over a line of another shape standing over the paragraph under it",
          "[region][region104]") {
    // The paragraphs of the section holding `line`.
    auto box_items = [](const Article& a, const std::string& line) {
        for (const auto& sec : a.sections)
            if (std::find(sec.paragraphs.begin(), sec.paragraphs.end(), line) != sec.paragraphs.end())
                return sec.paragraphs;
        return std::vector<std::string>{};
    };
    for (const auto& r : region104_facts()) {
        std::vector<std::string> lines = r.head;
        lines.insert(lines.end(), r.items.begin(), r.items.end());
        lines.push_back(r.about);
        lines.push_back(r.paragraph);
        INFO(region104_page(lines));
        const Article a = classify(segment(region104_page(lines)), r.lang);
        const auto items = box_items(a, r.items.back());
        CHECK(region104_in(items, r.items[1]));
        CHECK_FALSE(region104_in(items, r.about));
        CHECK(test::in_text(a, r.about));
        CHECK(region104_in(test::paragraphs_of(a), r.paragraph));
        // (Near miss: an item of a label and its value is of the items' shape: it stays in the box.)
        if (r.labelled.empty())
            continue;
        lines[lines.size() - 2] = r.labelled;
        INFO(region104_page(lines));
        const Article b = classify(segment(region104_page(lines)), r.lang);
        CHECK(region104_in(box_items(b, r.items.back()), r.labelled));
    }
}
