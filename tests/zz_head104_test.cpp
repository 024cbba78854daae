// head104: a standfirst printed without a final stop right under the headline, over the author's bare name, the
// agency's name and the date line ("<standfirst> / Dylan Fontaine / The Canadian Press / Published ..."), is the
// lede, and the name under it the byline: the name alone is read as the author only by the lede over it, so the
// standfirst is told by the name over the date line. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "rows.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// A gallery of four pictures ("1/4" ... "4/4"), its head as head103's: the label, the title, the short standfirst,
// the date and the byline.
namespace {

struct SmallGallery {
    const char* name;
    std::vector<std::string> head; // label, title, standfirst, date, byline
    std::vector<std::string> captions;
};

const std::vector<SmallGallery> small_galleries = {
    {"de",
     {"Bildergalerie", "Erntedankumzug in Moordorf: Hunderte säumen die Hauptstraße", "Bilder vom Umzug", "07.12.2026",
      "Von Jan Ottmers"},
     {"Zwölf geschmückte Wagen rollten vom Bahnhof bis zur Kirche. Foto: Jan Ottmers",
      "Der Landfrauenverein verteilte Brot aus dem Holzofen. Foto: Jan Ottmers",
      "Die Erntekrone trugen vier Mitglieder der Landjugend. Foto: Ole Tamm",
      "Am Abend tanzten die Gäste im Festzelt an der Mühle. Foto: Jan Ottmers"}},
    {"es",
     {"Galería de fotos", "Fiesta de las linternas en Valdemora: miles de vecinos en el casco antiguo",
      "Las imágenes del fin de semana", "07/12/2026", "Por Lucía Varela"},
     {"Doce carrozas recorrieron la avenida desde la estación. Foto: Lucía Varela",
      "Las peñas repartieron chocolate caliente junto a la fuente. Foto: Lucía Varela",
      "Un grupo de gaiteros cerró el desfile frente al ayuntamiento. Foto: Tomás Rey",
      "Los vecinos colgaron faroles de papel en los balcones. Foto: Lucía Varela"}},
    {"fr",
     {"Galerie photos", "Carnaval de Vallonne : des centaines de chars dans les rues du centre", "Les images du défilé",
      "07/12/2026", "Par Paule Hanon"},
     {"Près de 300 enfants déguisés ont ouvert le cortège dans le centre. Photo : Paule Hanon",
      "La fanfare municipale a joué sur la place jusqu'au soir. Photo : Paule Hanon",
      "La maire Claire Vidal a ouvert le défilé samedi après-midi. Photo : Éric Moal",
      "Longue file d'attente devant le stand de crêpes des pompiers. Photo : Paule Hanon"}},
};

std::string small_gallery_page(const SmallGallery& g) {
    std::string page = "Talbote Online\nStartseite\nRegion\nSport\nCookies zulassen\nAlle akzeptieren\n";
    for (const std::string& line : g.head)
        page += line + "\n";
    for (std::size_t k = 0; k < g.captions.size(); ++k)
        page += std::to_string(k + 1) + "/" + std::to_string(g.captions.size()) + "\n" + g.captions[k] + "\n";
    return page + "Impressum\nDatenschutz\n";
}

} // namespace

TEST_CASE("a gallery of four pictures has the head of a longer one: label, title and standfirst",
          "[head104][gallery]") {
    for (const SmallGallery& g : small_galleries) {
        INFO(g.name);
        const Article a = parse(small_gallery_page(g), "page.txt");
        CHECK(a.kicker == g.head[0]);
        CHECK(a.headline == g.head[1]);
        CHECK(a.lede == g.head[2]);
        CHECK(a.media.size() == g.captions.size());
    }
}

TEST_CASE("a counter alone on its line counts three or four slides, a fraction or a pair none",
          "[head104][gallery]") {
    const auto counter = [](const char* line) { return gallery_counter(test::block_of(line)); };
    CHECK(counter("1/4") == std::optional(std::make_pair(1L, 4L)));
    CHECK(counter("3 / 3") == std::optional(std::make_pair(3L, 3L)));
    CHECK(counter("2/12") == std::optional(std::make_pair(2L, 12L)));
    // Near misses: a pair ("1/2"), a slide above the count ("5/4"), a fraction with its unit, a longer line.
    for (const char* line : {"1/2", "5/4", "3/4 cup", "3/4 Tasse Mehl", "1/4 Harbour festival opens"}) {
        INFO(line);
        CHECK_FALSE(counter(line));
    }
}

// A video's page: the site's name over its menu, the player's word, the title, the player's length, the date and
// the description naming the site; the site's name again in the copyright line.
TEST_CASE("the site's name over its menu is no headline though the video's description names it",
          "[head104][headline]") {
    struct VideoPage {
        const char* name;
        std::vector<std::string> lines;
        std::string title;
    };
    const std::vector<VideoPage> pages = {
        {"en",
         {"Channel Four West", "Video", "Live", "News", "Weather", "Watch live", "Video",
          "Ferry service to the islands resumes after storm repairs", "Duration 1:58",
          "Updated 9:40 AM ET, Mon December 7, 2026",
          "The ferry to the outer islands is running again after three weeks of repairs to the harbour ramp. Channel "
          "Four West's Nora Quill reports.",
          "Transcript", "More videos", "Storm floods coastal road", "Terms of Use", "© 2026 Channel Four West"},
         "Ferry service to the islands resumes after storm repairs"},
        {"fr",
         {"Radio Lorval", "Vidéos", "Direct", "Infos", "Météo", "Regarder le direct", "Vidéo",
          "Le bac vers l'île de Kerlen reprend du service après la tempête", "Durée 2:04",
          "Mis à jour le 07/12/2026 à 09h40",
          "Le bac qui relie le port à l'île de Kerlen navigue de nouveau après trois semaines de travaux sur la cale. "
          "Radio Lorval était sur place.",
          "Transcription", "Plus de vidéos", "La route côtière inondée", "Mentions légales", "© 2026 Radio Lorval"},
         "Le bac vers l'île de Kerlen reprend du service après la tempête"},
    };
    for (const VideoPage& v : pages) {
        INFO(v.name);
        std::string text;
        for (const std::string& line : v.lines)
            text += line + "\n";
        CHECK(parse(text, "page.txt").headline == v.title);
    }
}

TEST_CASE("a gallery's label over an article's title names the title, the short line under it is no headline",
          "[head104][headline]") {
    // (The article's gallery button over its head: "<label> / <title> / <short line> / <date> / <byline> / <text>",
    // the text told in the captions' sentences, each printed twice.)
    const auto article_page = [](const SmallGallery& g, const std::string& label) {
        std::string page = "Talbote Online\nStartseite\nRegion\nSport\n" + label + "\n";
        for (std::size_t k = 1; k < g.head.size(); ++k)
            page += g.head[k] + "\n";
        for (const std::string& caption : g.captions) {
            const std::string sentence = caption.substr(0, caption.rfind(". ") + 1);
            page += sentence + " " + sentence + "\n";
        }
        return page + "Impressum\n";
    };
    for (const SmallGallery& g : small_galleries) {
        INFO(g.name);
        CHECK(parse(article_page(g, g.head[0]), "page.txt").headline == g.head[1]);
        // Near miss: a section's label over the same head leaves the short line signed by the date the headline
        // (the Spanish title wins by its words alone).
        if (std::string_view(g.name) != "es")
            CHECK(parse(article_page(g, "Lokales"), "page.txt").headline == g.head[2]);
    }
}
