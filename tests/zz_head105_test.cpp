// head105: a site's masthead, the page's first line that its copyright line names again, is never the headline,
// though a gallery whose captions are rated bad gives the region no text to open; and the live blog's labels over
// its headline ("LIVE", "EN DIRECT", "TICKER", "AO VIVO") are status flags, no kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

// A gallery page of four slides under the site's masthead and menu, closed by a copyright line.
std::string gallery_page(const std::string& masthead, const std::string& copyright) {
    return masthead +
           "\nHome\nNews\nSport\nPictures\nAccept cookies\nAccept all\nPhoto gallery\n"
           "Harvest parade in Moorfield: hundreds line the high street\nScenes from the weekend\n07/12/2026\n"
           "By Colin Ashby\n1/4\nAround 200 children in costume led the parade down the high street. Picture: Colin "
           "Ashby\n2/4\nThe town band played on the market square until late evening. Picture: Colin Ashby\n3/4\n"
           "Mayor Ruth Pendle opened the parade on Saturday afternoon. Picture: Owen Tate\n4/4\nLong queues formed at "
           "the fire brigade's cider stall. Picture: Colin Ashby\nMore galleries\nChristmas market opens\n"
           "The autumn fair in pictures\nContact us\nPrivacy\n" +
           copyright + "\n";
}

} // namespace

TEST_CASE("the first line the copyright line names again is the masthead, no headline", "[head105]") {
    const Article a = parse(gallery_page("The Moorfield Courier", "© The Moorfield Courier 2026"), "page.txt");
    CHECK(a.headline != std::optional<std::string>("The Moorfield Courier"));
    const Article b = parse(gallery_page("The Moorfield Courier", "© 2026 The Moorfield Courier"), "page.txt");
    CHECK(b.headline != std::optional<std::string>("The Moorfield Courier"));
}

TEST_CASE("near miss: a first line the copyright line does not name is still taken when nothing else is",
          "[head105]") {
    // (The gallery's captions without their counters: no slides stand in for a body (region.cpp gallery_slides()),
    // and the page gives the region nothing to open. With them, the gallery's title is the headline.)
    std::string page = gallery_page("The Moorfield Courier", "© 2026 Ashby Media Group");
    const Article with_slides = parse(page, "page.txt");
    CHECK(with_slides.headline ==
          std::optional<std::string>("Harvest parade in Moorfield: hundreds line the high street"));
    for (const char* counter : {"1/4\n", "2/4\n", "3/4\n", "4/4\n"})
        page.erase(page.find(counter), 4);
    const Article a = parse(page, "page.txt");
    CHECK(a.headline == std::optional<std::string>("The Moorfield Courier"));
}

namespace {

// A live blog's head: the label over the headline, the standfirst, the byline, the date line and three entries under
// their time stamps.
struct LiveHead {
    const char* language;
    std::vector<std::string> lines; // headline, standfirst, byline, date, then stamp and entry in turn
};

const std::vector<LiveHead> live_heads = {
    {"de",
     {"Landtagswahl in Wendenland: Alle Ergebnisse aus den Wahlkreisen",
      "Die Auszählung läuft, die ersten Hochrechnungen sehen die Regierungspartei vorn. Wir berichten fortlaufend.",
      "Von Petra Hansen", "07.12.2026, 19:02 Uhr", "19:00 Uhr",
      "Die Wahllokale sind geschlossen, die Auszählung in den 48 Wahlkreisen hat begonnen.", "18:40 Uhr",
      "Die Wahlbeteiligung lag nach Angaben der Landeswahlleiterin um 16 Uhr bei 52 Prozent.", "18:10 Uhr",
      "In Wendenburg bildeten sich vor einigen Wahllokalen noch am Abend lange Schlangen."}},
    {"pt",
     {"Eleições em Valmonte: todos os resultados das freguesias",
      "A contagem continua e as primeiras projeções dão vantagem ao partido do governo. Acompanhe aqui.",
      "Por Rita Valadares", "07/12/2026 19h02", "19h00",
      "As urnas fecharam e a contagem nas 48 freguesias já começou.", "18h40",
      "A participação era de 52 por cento às 16 horas, segundo a comissão eleitoral da cidade.", "18h10",
      "Em Valmonte ainda havia longas filas à porta de algumas assembleias de voto ao fim da tarde."}},
};

std::string live_page(const LiveHead& h, const std::string& label) {
    std::string page = "Nordblick Online\nStartseite\nRegion\nPolitik\nSport\n" + label + "\n";
    for (const std::string& line : h.lines)
        page += line + "\n";
    return page + "Impressum\nDatenschutz\n";
}

} // namespace

TEST_CASE("a live blog's label over its headline is a status flag, no kicker", "[head105]") {
    const std::vector<std::pair<std::size_t, std::string>> labels = {
        {0, "TICKER"}, {0, "LIVE-TICKER"}, {0, "LIVETICKER"}, {0, "Live Ticker"}, {0, "LIVE"},
        {1, "AO VIVO"}, {1, "EN VIVO"}, {1, "ÚLTIMA HORA"}, {1, "EN DIRECT"}, {1, "DIRETTA"}};
    for (const auto& [k, label] : labels) {
        INFO(live_heads[k].language << ": " << label);
        const Article a = parse(live_page(live_heads[k], label), "page.txt");
        CHECK(a.headline == std::optional<std::string>(live_heads[k].lines[0]));
        CHECK_FALSE(a.kicker);
    }
}

TEST_CASE("near miss: a topic's label over a live blog's headline stays its kicker", "[head105]") {
    const std::vector<std::pair<std::size_t, std::string>> labels = {
        {0, "Landtagswahl"}, {0, "Tickets"}, {1, "Eleições"}, {1, "Vivo"}};
    for (const auto& [k, label] : labels) {
        INFO(live_heads[k].language << ": " << label);
        const Article a = parse(live_page(live_heads[k], label), "page.txt");
        CHECK(a.headline == std::optional<std::string>(live_heads[k].lines[0]));
        CHECK(a.kicker == std::optional<std::string>(label));
    }
}

namespace {

// An article under its gallery's button: the label, the title, a short line, the date, the byline and the text.
struct GalleryArticle {
    const char* language;
    std::vector<std::string> lines; // label, title, short line, date, byline, then the text
};

const std::vector<GalleryArticle> gallery_articles = {
    {"de",
     {"Bildergalerie", "Lichterfest in Wendenburg: Tausende feiern in der Altstadt", "Bilder vom Wochenende",
      "07.12.2026", "Von Petra Hansen",
      "Zum Auftakt zogen am Samstag rund 300 Kinder mit Laternen durch die Altstadt von Wendenburg.",
      "Die Stadtkapelle spielte bis in den Abend auf dem Marktplatz, wo die Vereine ihre Stände aufgebaut hatten.",
      "Nach Angaben der Polizei verlief das Fest ohne Zwischenfälle, die Veranstalter zählten mehr Besucher als im "
      "Vorjahr."}},
    {"en",
     {"Photo gallery", "Lantern festival in Harwick: thousands fill the old town", "Scenes from the weekend",
      "7 December 2026", "By Alma Crane",
      "Around 300 children carried lanterns through the old town of Harwick on Saturday evening.",
      "The town band played on the market square until late, where the clubs had set up their stalls.",
      "Police said the festival passed without incident, and the organisers counted more visitors than last year."}},
};

std::string gallery_article_page(const GalleryArticle& g, bool with_label) {
    std::string page = "Nordblick Online\nStartseite\nRegion\nSport\n";
    for (std::size_t k = with_label ? 0 : 1; k < g.lines.size(); ++k)
        page += g.lines[k] + "\n";
    return page + "Impressum\nDatenschutz\n";
}

} // namespace

TEST_CASE("the short line under an article's title under its gallery's label, over the date, is the lede",
          "[head105]") {
    for (const GalleryArticle& g : gallery_articles) {
        INFO(g.language);
        const Article a = parse(gallery_article_page(g, true), "page.txt");
        CHECK(a.headline == std::optional<std::string>(g.lines[1]));
        CHECK(a.lede == std::optional<std::string>(g.lines[2]));
    }
}

TEST_CASE("near miss: without the gallery's label the short line under the title is no lede", "[head105]") {
    for (const GalleryArticle& g : gallery_articles) {
        INFO(g.language);
        const Article a = parse(gallery_article_page(g, false), "page.txt");
        CHECK(a.lede != std::optional<std::string>(g.lines[2]));
    }
}
