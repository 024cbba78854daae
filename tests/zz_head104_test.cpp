// head104: a standfirst printed without a final stop right under the headline, over the author's bare name, the
// agency's name and the date line ("<standfirst> / Dylan Fontaine / The Canadian Press / Published ..."), is the
// lede, and the name under it the byline: the name alone is read as the author only by the lede over it, so the
// standfirst is told by the name over the date line. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A wire story's head on a paper's page: the headline, the line under it, the author's name, the agency's name and
// the date line; the text under it.
struct WireHead {
    const char* name;
    std::vector<std::string> head; // headline, standfirst, name, agency, date
    std::vector<std::string> text;
    const std::string& standfirst() const { return head[1]; }
    const std::string& author() const { return head[2]; }
};

const std::vector<WireHead> wire_heads = {
    {"en",
     {"Province to rebuild Millbrook bridge two years ahead of schedule",
      "The transport ministry says crews will start work on the new span in early spring", "Nadia Okafor",
      "The Canadian Press", "Published Dec 07, 2026 • Last updated 2 hours ago • 2 minute read"},
     {"MILLBROOK, N.S. — The provincial government will rebuild the Millbrook river bridge two years earlier than "
      "planned, Transport Minister Colin Ashby announced Monday.",
      "The old span has been limited to one lane since an inspection in June found cracks in two of its supports.",
      "Ashby said the work would cost about $38 million and should be finished before the end of 2028."}},
    {"fr",
     {"La commune de Vallerine rouvre sa piscine après deux ans de travaux",
      "Le bassin olympique accueillera de nouveau les nageurs dès le lundi de la rentrée, pour 6 millions d'euros",
      "Claire Dumas", "Agence France-Presse", "Publié le 07/12/2026 à 09h15 • Mis à jour il y a 2 heures"},
     {"VALLERINE — La piscine municipale de Vallerine rouvrira ses portes lundi après deux années de travaux qui ont "
      "coûté près de six millions d'euros à la commune.",
      "Le chantier avait pris du retard à cause d'une fuite découverte sous le grand bassin au printemps dernier.",
      "Le maire, Bernard Lacoste, a annoncé que l'entrée serait gratuite pour les enfants pendant tout le mois."}},
    {"de",
     {"Stadtrat von Moorbach beschließt neue Busverbindung ins Umland",
      "Ab dem Frühjahr fahren die Busse zwischen Moorbach und 5 Dörfern im Stundentakt, Kosten: 400.000 Euro",
      "Jonas Keller", "Deutsche Presse-Agentur", "Veröffentlicht am 07.12.2026 um 10:20 Uhr • vor 2 Stunden"},
     {"MOORBACH - Der Stadtrat von Moorbach hat am Montagabend eine neue Buslinie zwischen der Stadt und fünf "
      "umliegenden Dörfern beschlossen.",
      "Die Busse sollen ab April im Stundentakt fahren, am Wochenende alle zwei Stunden, teilte die Stadt mit.",
      "Bürgermeisterin Helga Brenner sprach von einem wichtigen Schritt für die Menschen auf dem Land."}},
};

// The page: a menu, the head, the lead picture's caption under the date line, the text, the footer. `under` replaces
// the line under the headline when given.
std::string wire_page(const WireHead& w, const std::string* under = nullptr) {
    std::string page = "The Harbour Sentinel\nNews\nLocal\nBusiness\nSports\nSubscribe\n";
    for (std::size_t k = 0; k < w.head.size(); ++k)
        page += (k == 1 && under != nullptr ? *under : w.head[k]) + "\n";
    page += "Crews inspect the old span of the river bridge on a grey morning earlier this autumn, in the valley. "
            "THE CANADIAN PRESS/Ruth Gallant\n";
    for (const std::string& t : w.text)
        page += t + "\n";
    return page + "Terms of Use\nPrivacy Policy\n";
}

} // namespace

TEST_CASE("a standfirst without a stop over a bare name, the agency's name and the date line is the lede",
          "[head104][lede]") {
    for (const WireHead& w : wire_heads) {
        INFO(w.name);
        const Article a = parse(wire_page(w), "page.txt");
        REQUIRE(a.headline == w.head[0]);
        CHECK(a.lede == w.standfirst());
        CHECK(a.authors == std::vector<std::string>{w.author()});
    }
}

TEST_CASE("near miss: a teaser's line under the headline, printed again under the text, is no lede",
          "[head104][lede]") {
    // (A related story's title in a standfirst's length and figures, that the page lists again among its links: the
    // name and the date line under it sign the article, the line is no standfirst of it.)
    const std::vector<std::string> teasers = {
        "Read more: council approves $12 million ferry terminal plan for the harbour, 3 years after the fire",
        "Lire aussi : le conseil vote 12 millions d'euros pour la halle couverte, 3 ans après l'incendie",
        "Lesen Sie auch: Stadtrat gibt 12 Millionen Euro für die Markthalle frei, 3 Jahre nach dem Brand"};
    for (std::size_t k = 0; k < wire_heads.size(); ++k) {
        INFO(wire_heads[k].name);
        const Article a = parse(wire_page(wire_heads[k], &teasers[k]) + teasers[k] + "\n", "page.txt");
        CHECK(a.lede != teasers[k]);
    }
}
