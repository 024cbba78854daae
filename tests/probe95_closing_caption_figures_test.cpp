// probe95: the picture closing an article, its caption's sentence over a labelled credit under the last paragraph
// (closing_caption_over_credit() of media.cpp), when the caption names a road or a model whose figures are glued to
// letters ("B4", "N31", "A320"): a caption all the same. Near misses: a sentence stating a figure as a word of its own
// ("12 Milliarden", "84 vluchten") over a credit stays text. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

std::string closing_page(const std::vector<std::string>& head, const std::string& caption, const std::string& credit,
                         const std::vector<std::string>& tail) {
    std::vector<std::string> lines = head;
    lines.push_back(caption);
    lines.push_back(credit);
    lines.insert(lines.end(), tail.begin(), tail.end());
    return test::page_of(lines);
}

const std::vector<std::string> de_head = {
    "Startseite", "Politik", "Panorama", "Sturm legt Bahnverkehr im Norden lahm",
    "Zwischen Hamburg und Kiel fahren bis mindestens 15 Uhr keine Züge. Der Wetterdienst warnt vor Orkanböen.",
    "Von Jana Fischer", "6. Dezember 2026, 09:12 Uhr",
    "Der Sturm hat in der Nacht zahlreiche Bäume auf Gleise und Straßen geworfen. Die Bahn stellte den Verkehr "
    "zwischen Hamburg und Kiel am frühen Morgen ein, wie ein Sprecher mitteilte.",
    "In Neumünster fiel ein Baum auf ein geparktes Auto. Verletzt wurde niemand, teilte die Polizei mit. Die Feuerwehr "
    "rückte bis zum Vormittag zu mehr als sechzig Einsätzen aus.",
    "Der Deutsche Wetterdienst rechnet damit, dass der Wind erst am Abend nachlässt. Bis dahin seien Böen von bis zu "
    "110 Kilometern pro Stunde möglich."};
const std::vector<std::string> de_tail = {"Mehr zum Thema", "Warum Stürme Namen bekommen", "Impressum · Datenschutz"};

// (The Dutch page prints no standfirst, and two longer paragraphs.)
const std::vector<std::string> nl_head = {
    "Nieuws", "Binnenland", "Economie", "Storm legt treinverkeer in het noorden plat", "Door Sanne de Wit",
    "6 december 2026, 09:12",
    "De storm heeft vannacht tientallen bomen op het spoor en op wegen geblazen. ProRail legde het treinverkeer tussen "
    "Zwolle en Groningen vanochtend vroeg stil, meldt een woordvoerder. In Harlingen viel een boom op een geparkeerde "
    "auto. Er raakte niemand gewond, meldt de veiligheidsregio.",
    "Het KNMI verwacht dat de wind pas in de avond afneemt. Tot die tijd zijn windstoten tot 110 kilometer per uur "
    "mogelijk, en de brandweer rukte tot de middag al meer dan zestig keer uit."};
const std::vector<std::string> nl_tail = {"Meest gelezen", "Waarom stormen een naam krijgen", "Privacy · Voorwaarden"};

} // namespace

TEST_CASE("a closing caption naming a road by its number over its credit", "[media][caption][probe95]") {
    for (const auto& [head, caption, credit, tail] :
         {std::tuple{de_head, "Ein umgestürzter Baum auf der B4 bei Neumünster.", "Foto: dpa", de_tail},
          std::tuple{nl_head, "Een omgewaaide boom op de N31 bij Harlingen.", "Foto: ANP", nl_tail}}) {
        INFO(caption);
        const Article a = parse(closing_page(head, caption, credit, tail));
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption.value_or("") == caption);
        CHECK(a.media[0].credit.value_or("") == credit);
    }
}

TEST_CASE("a closing sentence stating a figure over a credit is no caption", "[media][caption][probe95]") {
    for (const auto& [head, sentence, credit, tail] :
         {std::tuple{de_head, "Die Bahn rechnet mit Schäden von 12 Millionen Euro an den Gleisen.", "Foto: dpa",
                     de_tail},
          std::tuple{nl_head, "De schade aan het spoor bedraagt volgens ProRail ruim 3 miljoen euro.", "Foto: ANP",
                     nl_tail}}) {
        INFO(sentence);
        const Article a = parse(closing_page(head, sentence, credit, tail));
        for (const auto& m : a.media)
            CHECK(m.caption.value_or("") != sentence);
        bool in_text = false;
        for (const auto& s : a.sections)
            for (const auto& para : s.paragraphs)
                in_text = in_text || para == sentence;
        CHECK(in_text);
    }
}
