// head106: a breadcrumb of two levels printed one a line under a cookie banner's buttons, right over the headline:
// its lower level is the kicker (the upper one the menu prints too); and a paper's name of four words or more, the
// page's first line right over the headline, is its masthead, no kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

// A page without blank lines: the site's name, its menu, a cookie banner and its buttons, the lines of `crumbs`, then
// the head (headline, standfirst, byline, date) and a short text.
struct CrumbPage {
    const char* language;
    std::vector<std::string> menu;    // the site's name first
    std::vector<std::string> banner;  // the notice, then its buttons
    std::vector<std::string> article; // headline, standfirst, byline, date, text
};

const std::vector<CrumbPage> crumb_pages = {
    {"fr",
     {"Le Réveil du Marais", "Actualité", "Politique", "Société", "Vérification", "Sport", "Mon compte"},
     {"Avec votre accord, nous utilisons des cookies pour mesurer l'audience de ce site.", "Accepter et fermer",
      "Continuer sans accepter"},
     {"Non, les boulangeries ne fermeront pas le lundi dès février",
      "Un message partagé sur les réseaux sociaux annonce la fermeture des boulangeries le lundi. C'est faux.",
      "Par Solène Varadier", "Publié le 07/12/2026 à 09h12",
      "Le message circule depuis mardi et a été partagé plus de 9 000 fois en trois jours.",
      "« Aucun texte ne le prévoit », a indiqué la chambre des métiers du département."}},
    {"en",
     {"The Kelvay Herald", "News", "Sport", "What's On", "Property", "Jobs"},
     {"We and our partners use cookies to improve your experience on this site.", "I Accept", "Manage Options"},
     {"Kelvay chip shop crowned best in the country after record year",
      "Family-run Ardley's beat 200 entries to take the national title", "By Iona Strachan",
      "Published 7th Dec 2026, 10:05 BST",
      "A family chip shop in Kelvay has been named the best in the country at the national awards.",
      "\"We could not believe it when they read our name out,\" said owner Duncan Ardley."}},
    {"de",
     {"Der Marschbote", "Nachrichten", "Sport", "Kultur", "Ratgeber", "Anmelden"},
     {"Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Seite zu bieten.", "Alle akzeptieren",
      "Einstellungen"},
     {"Bäckerei aus Wendmoor ist die beste im ganzen Land",
      "Der Familienbetrieb setzte sich gegen mehr als 200 Bewerber durch und holte den Landespreis.",
      "Von Hanna Severin", "07.12.2026, 10:05 Uhr",
      "Die Bäckerei Ahlers aus Wendmoor ist am Samstagabend mit dem Landespreis ausgezeichnet worden.",
      "„Wir konnten es kaum glauben“, sagte Inhaber Jens Ahlers."}},
};

std::string crumb_page(const CrumbPage& c, const std::vector<std::string>& crumbs, std::size_t buttons = 2) {
    std::vector<std::string> lines = c.menu;
    lines.insert(lines.end(), c.banner.begin(), c.banner.begin() + static_cast<std::ptrdiff_t>(1 + buttons));
    lines.insert(lines.end(), crumbs.begin(), crumbs.end());
    lines.insert(lines.end(), c.article.begin(), c.article.end());
    return test::page_of(lines);
}

// The two crumbs of each page: the upper one an entry of its menu, the lower one the article's section.
const std::vector<std::vector<std::string>> two_crumbs = {
    {"Vérification", "Santé"}, {"News", "Local News"}, {"Nachrichten", "Politik"}};

// Each page under the lines of its row of `rows` has its headline and no kicker.
void check_no_kicker(const std::vector<std::vector<std::string>>& rows) {
    for (std::size_t i = 0; i < crumb_pages.size(); ++i) {
        const CrumbPage& c = crumb_pages[i];
        INFO(c.language);
        const Article a = parse(crumb_page(c, rows[i]), "page.txt");
        CHECK(a.headline == std::optional<std::string>(c.article[0]));
        CHECK(a.kicker == std::nullopt);
    }
}

} // namespace

TEST_CASE("the lower of two crumbs under a cookie banner's buttons is the kicker", "[head106]") {
    for (std::size_t i = 0; i < crumb_pages.size(); ++i) {
        const CrumbPage& c = crumb_pages[i];
        INFO(c.language);
        for (std::size_t buttons : {1u, 2u}) {
            INFO(buttons);
            const Article a = parse(crumb_page(c, two_crumbs[i], buttons), "page.txt");
            CHECK(a.headline == std::optional<std::string>(c.article[0]));
            CHECK(a.kicker == std::optional<std::string>(two_crumbs[i][1]));
        }
    }
}

TEST_CASE("near miss: a menu of three entries under the cookie banner has no kicker", "[head106]") {
    const std::vector<std::vector<std::string>> menus = {
        {"Actualité", "Vérification", "Santé"},
        {"Home", "News", "Local News"},
        {"Startseite", "Nachrichten", "Politik"}};
    check_no_kicker(menus);
}

TEST_CASE("near miss: two lines under the banner whose upper one the menu does not print", "[head106]") {
    // ("Économie" / "Santé" under the banner, the menu without "Économie": two entries of a menu of its own.)
    const std::vector<std::vector<std::string>> pairs = {
        {"Économie", "Santé"}, {"Business", "Local News"}, {"Wirtschaft", "Politik"}};
    check_no_kicker(pairs);
}

namespace {

// A copy without a menu: the paper's name on the first line, right over the head (headline, standfirst, byline, date)
// and a short text; no copyright line names the site.
struct MastheadPage {
    const char* language;
    std::vector<std::string> mastheads;
    std::vector<std::string> article;
};

const std::vector<MastheadPage> masthead_pages = {
    {"en",
     {"The Harbour Valley Gazette", "The Gazette of the Harbour Valley"},
     {"Council approves new ferry timetable for winter months",
      "Crossings to the outer islands will run twice a day from January, the council said on Tuesday.",
      "By Martha Quill", "7 December 2026",
      "The council's transport committee voted seven to two in favour of the plan after a long debate.",
      "\"This is a fair compromise,\" said committee chair Owen Brindle."}},
    {"de",
     {"Der Bote vom Seetal", "Der Neue Bote vom Seetal"},
     {"Gemeinderat beschließt neuen Fahrplan für die Seefähre",
      "Ab Januar fährt die Fähre zweimal täglich zu den Inseln, teilte die Gemeinde am Dienstag mit.",
      "Von Martina Kiel", "07.12.2026",
      "Der Verkehrsausschuss stimmte mit sieben zu zwei Stimmen für den Plan.",
      "„Das ist ein fairer Kompromiss“, sagte der Ausschussvorsitzende Otto Brendel."}},
    {"fr",
     {"Le Courrier de la Vallée", "Le Petit Courrier de la Vallée"},
     {"Le conseil adopte un nouvel horaire pour le bac d'hiver",
      "Les traversées vers les îles auront lieu deux fois par jour dès janvier, a annoncé la commune mardi.",
      "Par Marthe Quillet", "07/12/2026",
      "La commission des transports a voté le plan par sept voix contre deux.",
      "« C'est un compromis équitable », a déclaré le président de la commission, Odon Brindel."}},
    {"it",
     {"Il Giornale della Valle Verde", "La Gazzetta di Borgo Alto"},
     {"Il consiglio approva il nuovo orario del traghetto invernale",
      "Da gennaio le corse verso le isole saranno due al giorno, ha annunciato martedì il comune.",
      "Di Marta Quilici", "07/12/2026",
      "La commissione trasporti ha approvato il piano con sette voti contro due.",
      "«È un compromesso equo», ha detto il presidente della commissione Oddone Brindisi."}},
};

} // namespace

TEST_CASE("a paper's name of four words or more over the headline is its masthead, no kicker nor headline",
          "[head106]") {
    for (const MastheadPage& m : masthead_pages)
        for (const std::string& masthead : m.mastheads) {
            INFO(masthead);
            std::vector<std::string> lines = {masthead};
            lines.insert(lines.end(), m.article.begin(), m.article.end());
            const Article a = parse(test::page_of(lines), "page.txt");
            CHECK(a.headline == std::optional<std::string>(m.article[0]));
            CHECK(a.kicker == std::nullopt);
            CHECK(a.lede == std::optional<std::string>(m.article[1]));
        }
}

TEST_CASE("near miss: a long kicker or a topic on the first line, no paper's name, stays the kicker", "[head106]") {
    // (en and de: a French or Italian topic opened by an article on the first line is read as the headline, before
    // this change as after it.)
    const std::vector<std::string> kickers = {"Ferry services on the outer islands",
                                              "Streit um die Seefähre im Seetal"};
    for (std::size_t i = 0; i < kickers.size(); ++i) {
        const MastheadPage& m = masthead_pages[i];
        INFO(m.language);
        std::vector<std::string> lines = {kickers[i]};
        lines.insert(lines.end(), m.article.begin(), m.article.end());
        const Article a = parse(test::page_of(lines), "page.txt");
        CHECK(a.headline == std::optional<std::string>(m.article[0]));
        CHECK(a.kicker == std::optional<std::string>(kickers[i]));
    }
}

namespace {

// A short page dated "07/12/2026", a date of numbers that reads both ways, no zone and no other date on it: `signs` is
// the caption's credit and a line of the text that may carry a country's usage.
std::string dated_page(const std::string& title, const std::string& credit, const std::string& line) {
    return test::page_of({"Harvest parade fills the high street", title, "07/12/2026",
                   "Around two hundred children in costume led the parade through the town. " + credit, line,
                   "The parade ended on the market square with music until late evening."});
}

// Each (credit, line) pair's page is dated `date`.
void check_dates(const std::vector<std::pair<std::string, std::string>>& rows, const char* date) {
    for (const auto& [credit, line] : rows) {
        INFO(credit << " / " << line);
        const Article a = parse(dated_page("Scenes from the weekend", credit, line), "page.txt");
        CHECK(a.published == std::optional<std::string>(date));
    }
}

} // namespace

TEST_CASE("an English page with Britain's usage reads its date of numbers day first", "[head106]") {
    check_dates({{"Picture: Alma Crane", "The stalls raised money for the hospice."},
                 {"Photo: Alma Crane", "The stalls raised £12,000 for the hospice."},
                 {"Photo: Alma Crane", "Details are on www.moorvale-courier.co.uk."},
                 {"Photo: Alma Crane", "The floats were painted in every colour."}},
                "2026-12-07");
}

TEST_CASE("near miss: America's usage, or both, keep the month first, French and German pages keep the day first",
          "[head106]") {
    check_dates({{"Photo: Alma Crane", "The stalls raised $12,000 for the hospice."},
                 {"Photo: Alma Crane", "The floats were painted in every color."},
                 {"Photo: Alma Crane", "The stalls raised money for the hospice."},
                 {"Picture: Alma Crane", "The stalls raised $12,000 for the hospice."}},
                "2026-07-12");
    const std::string fr = test::page_of({"La fête des vendanges remplit la grand-rue", "07/12/2026",
                                   "Quelque deux cents enfants costumés ont ouvert le défilé. Photo : Alma Crane",
                                   "Les stands ont récolté 12 000 $ pour l'hospice de la ville.",
                                   "Le défilé s'est achevé sur la place du marché en musique."});
    CHECK(parse(fr, "page.txt").published == std::optional<std::string>("2026-12-07"));
    const std::string de = test::page_of({"Erntedankumzug füllt die Hauptstraße", "07.12.2026",
                                   "Rund zweihundert verkleidete Kinder führten den Umzug an. Foto: Alma Crane",
                                   "Die Stände sammelten 12.000 $ für das Hospiz der Stadt.",
                                   "Der Umzug endete mit Musik auf dem Marktplatz."});
    CHECK(parse(de, "page.txt").published == std::optional<std::string>("2026-12-07"));
}
