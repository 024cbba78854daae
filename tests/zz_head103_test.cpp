// head103: the head of a gallery's page ("Fotogallery" / <title> / "Le immagini del weekend" / <date> / <byline> /
// "1/6" ...): the gallery's label over the title is its kicker though the word reads as boilerplate elsewhere, and the
// short line under the title is its lede. A reporter's credit closing a video's description or a standfirst
// ("NewsNine's Aaron Patel reports.", "Ein Bericht von Jan Ott.") names the author. A byline joining a name to an
// agency printed in small letters ("Jana Heck mit dpa") signs the text. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "agency_signatures.hpp"
#include "report_credits.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A gallery's head, its lines in order (the label, the title, the standfirst, the date, the byline), and its slides'
// captions.
struct GalleryHead {
    const char* name;
    std::vector<std::string> head;
    std::vector<std::string> captions;
    const std::string& label() const { return head[0]; }
    const std::string& title() const { return head[1]; }
    const std::string& standfirst() const { return head[2]; }
};

const std::vector<GalleryHead> gallery_heads = {
    {"it",
     {"Fotogallery", "Festa delle luci a Borgoratto: migliaia di persone nel centro storico", "Le immagini del weekend",
      "07/12/2026", "di Paola Anselmi"},
     {"Circa 300 bambini con le lanterne hanno aperto il corteo nel centro storico. Foto: Paola Anselmi",
      "La banda cittadina ha suonato in piazza fino a tarda sera. Foto: Paola Anselmi",
      "La sindaca Carla Albini ha aperto la festa sabato sera. Foto: Gianni Molla",
      "I fuochi d'artificio sopra le mura sono stati il momento più atteso. Foto: Gianni Molla",
      "La festa si è chiusa domenica con una messa. Foto: Paola Anselmi"}},
    {"de",
     {"Bildergalerie", "Erntedankumzug in Moordorf: Hunderte säumen die Hauptstraße", "Bilder vom Umzug", "07.12.2026",
      "Von Jan Ottmers"},
     {"Rund 200 Kinder in Kostümen führten den Umzug durch die Hauptstraße an. Foto: Jan Ottmers",
      "Die Stadtkapelle spielte auf dem Marktplatz bis in den Abend. Foto: Jan Ottmers",
      "Bürgermeisterin Ruth Pfeil eröffnete den Umzug am Samstagnachmittag. Foto: Ole Tamm",
      "Ein Feuerwerk über der Burg beendete das Wochenende am Sonntagabend. Foto: Ole Tamm",
      "Lange Schlangen bildeten sich am Apfelweinstand der Feuerwehr. Foto: Jan Ottmers"}},
    {"es",
     {"Galería de fotos", "Fiesta de las linternas en Valdemora: miles de vecinos en el casco antiguo",
      "Las imágenes del fin de semana", "07/12/2026", "Por Lucía Varela"},
     {"Unos 300 niños con linternas abrieron el desfile por el casco antiguo. Foto: Lucía Varela",
      "La banda municipal tocó en la plaza hasta bien entrada la noche. Foto: Lucía Varela",
      "La alcaldesa Inés Corral inauguró la fiesta el sábado por la tarde. Foto: Tomás Rey",
      "Los fuegos artificiales sobre la muralla cerraron la noche del domingo. Foto: Tomás Rey",
      "Largas colas en el puesto de chocolate de los bomberos voluntarios. Foto: Lucía Varela"}},
    {"en",
     {"Photo gallery", "Harvest parade in Moorfield: hundreds line the high street", "Scenes from the weekend",
      "07/12/2026", "By Colin Ashby"},
     {"Around 200 children in costume led the parade down the high street. Picture: Colin Ashby",
      "The town band played on the market square until late evening. Picture: Colin Ashby",
      "Mayor Ruth Pendle opened the parade on Saturday afternoon. Picture: Owen Tate",
      "Fireworks over the castle closed the weekend on Sunday night. Picture: Owen Tate",
      "Long queues formed at the fire brigade's cider stall. Picture: Colin Ashby"}},
    {"fr",
     {"Galerie photos", "Carnaval de Vallonne : des centaines de chars dans les rues du centre", "Les images du défilé",
      "07/12/2026", "Par Paule Hanon"},
     {"Quelque 200 enfants déguisés ont ouvert le défilé dans la rue principale. Photo : Paule Hanon",
      "La fanfare municipale a joué sur la place du marché jusqu'au soir. Photo : Paule Hanon",
      "La maire Odile Perrin a lancé le carnaval samedi après-midi. Photo : Rémi Tallec",
      "Le feu d'artifice au-dessus du château a clos le week-end dimanche soir. Photo : Rémi Tallec",
      "De longues files d'attente devant le stand de crêpes des pompiers. Photo : Paule Hanon"}},
};

enum class Layout { gallery, article, label_in_menu, label_in_menu_article };

// The page: a menu, a cookie notice's buttons, the label, the title, the standfirst, the date and the byline, then
// each slide's counter over its caption (Layout::gallery), or the captions alone as an article's paragraphs
// (Layout::article), or the label as an entry of the menu, none over the title (Layout::label_in_menu), or both
// (Layout::label_in_menu_article).
std::string gallery_page(const GalleryHead& row, Layout layout) {
    std::string page = "Harbour Online\nHome\nRegion\n";
    const bool in_menu = layout == Layout::label_in_menu || layout == Layout::label_in_menu_article;
    if (in_menu)
        page.append(row.label()).append("\n");
    page += "Sport\nCookies\nAccept all\n";
    if (!in_menu)
        page.append(row.label()).append("\n");
    for (std::size_t k = 1; k < row.head.size(); ++k)
        page += row.head[k] + "\n";
    const std::size_t n = row.captions.size();
    for (std::size_t k = 0; k < n; ++k) {
        if (layout != Layout::article && layout != Layout::label_in_menu_article)
            page += std::to_string(k + 1) + "/" + std::to_string(n) + "\n";
        page += row.captions[k] + "\n";
    }
    page += "Imprint\nPrivacy\n© Harbour Online 2026\n";
    return page;
}

} // namespace

TEST_CASE("a gallery's label right over the title of a gallery's page is its kicker", "[head103][kicker]") {
    for (const GalleryHead& row : gallery_heads) {
        INFO(row.name);
        const Article a = parse(gallery_page(row, Layout::gallery), "page.txt");
        REQUIRE(a.headline);
        CHECK(*a.headline == row.title());
        REQUIRE(a.kicker);
        CHECK(*a.kicker == row.label());
    }
}

TEST_CASE("near misses: the gallery's label over an article's title, or as a menu's entry, is no kicker",
          "[head103][kicker]") {
    for (const GalleryHead& row : gallery_heads) {
        INFO(row.name);
        const Article article = parse(gallery_page(row, Layout::article), "page.txt");
        CHECK(article.kicker != std::optional<std::string>(row.label()));
        const Article menu = parse(gallery_page(row, Layout::label_in_menu), "page.txt");
        CHECK(menu.kicker != std::optional<std::string>(row.label()));
    }
}

TEST_CASE("the short line under a gallery's title, over its date and byline, is the lede", "[head103][lede]") {
    for (const GalleryHead& row : gallery_heads) {
        INFO(row.name);
        const Article a = parse(gallery_page(row, Layout::gallery), "page.txt");
        REQUIRE(a.lede);
        CHECK(*a.lede == row.standfirst());
    }
}

// (head105: under the gallery's label an article's short line is its lede too, zz_head105_test.cpp; without the label
// over the title it is not.)
TEST_CASE("near miss: the short line under an article's title is no gallery's standfirst", "[head103][lede]") {
    for (const GalleryHead& row : gallery_heads) {
        INFO(row.name);
        const Article a = parse(gallery_page(row, Layout::label_in_menu_article), "page.txt");
        CHECK(a.lede != std::optional<std::string>(row.standfirst()));
    }
}

TEST_CASE("a reporter's credit closing a text after its last sentence names the reporter", "[head103][bylines]") {
    struct Row {
        const char* language;
        const char* text;
        const char* name;
    };
    const std::vector<Row> rows = {
        {"en", "The ferry to the outer islands is running again after repairs. Channel Four West's Nora Quill reports.",
         "Nora Quill"},
        {"en", "The ferry to the outer islands is running again after repairs. Nora Quill reports.", "Nora Quill"},
        {"fr", "Le bac vers les îles circule de nouveau après trois semaines de travaux. Le reportage de Marie Dulac.",
         "Marie Dulac"},
        {"de", "Die Fähre zu den Inseln fährt nach drei Wochen Arbeiten wieder. Ein Bericht von Jan Ott.", "Jan Ott"},
        {"it", "Il traghetto per le isole è di nuovo in servizio dopo tre settimane. Il servizio di Luca Brini.",
         "Luca Brini"},
        {"es", "El ferri a las islas vuelve a funcionar tras tres semanas de obras. Informa Ana Ruiz.", "Ana Ruiz"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const auto names = closing_report_credit(row.text, row.language);
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{row.name});
    }
    // Near misses: the credit's words inside a sentence, the credit alone (a byline's, no text's end), no name after
    // the phrase, the closing word after no name, or another language's phrase.
    const std::vector<std::pair<const char*, const char*>> misses = {
        {"fr", "Le reportage de Marie Dulac sur le bac des îles a reçu le prix régional samedi soir."},
        {"fr", "Le reportage de Marie Dulac."},
        {"de", "Die Fähre fährt wieder. Ein Bericht von der Hafenbehörde."},
        {"de", "Ein Bericht von Jan Ott über die Fähre wurde am Samstag in Moordorf ausgezeichnet."},
        {"en", "The ferry runs again after repairs. The harbour office reports."},
        {"en", "Channel Four West's Nora Quill reports on the ferry won the regional prize on Saturday."},
        {"it", "Il traghetto torna in servizio. Informa Ana Ruiz."},
        {"es", "El ferri vuelve a funcionar. Informa la capitanía del puerto."},
    };
    for (const auto& [language, text] : misses) {
        INFO(text);
        CHECK_FALSE(closing_report_credit(text, language));
    }
}

TEST_CASE("a video's description closing with its reporter's credit gives the author", "[head103][bylines]") {
    struct Row {
        const char* name;
        const char* marker;
        const char* title;
        const char* length;
        const char* description;
        const char* author;
    };
    const std::vector<Row> rows = {
        {"en", "Video", "Ferry service to the islands resumes after storm repairs", "Duration 1:58",
         "The ferry to the outer islands is running again after three weeks of repairs to the harbour ramp. "
         "Channel Four West's Nora Quill reports.",
         "Nora Quill"},
        {"de", "Video", "Fähre zu den Inseln fährt nach Reparaturen wieder", "Dauer 1:58",
         "Die Fähre zu den Außeninseln fährt nach drei Wochen Arbeiten an der Hafenrampe wieder nach Fahrplan. Ein "
         "Bericht von Jan Ott.",
         "Jan Ott"},
        {"it", "Video", "Il traghetto per le isole torna in servizio dopo le riparazioni", "Durata 1:58",
         "Il traghetto per le isole esterne è di nuovo in servizio dopo tre settimane di lavori sulla rampa del "
         "porto. Il servizio di Luca Brini.",
         "Luca Brini"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const std::string head = std::string("Channel West\nNews\nSport\n") + row.marker + "\n" + row.title + "\n" +
                                 row.length + "\n07.12.2026 09:40\n";
        const Article a = parse(head + row.description + "\nMore videos\nImprint\n", "page.txt");
        CHECK(a.authors == std::vector<std::string>{row.author});
        // Near miss: no video's player over the title, the same description is an article's first paragraph, which
        // goes on under it: a credit there is no video's.
        const std::string plain = std::string("Channel West\nNews\nSport\n") + row.title + "\n07.12.2026 09:40\n" +
                                  row.description + "\n" + row.description + "\nImprint\n";
        CHECK(parse(plain, "page.txt").authors.empty());
    }
}

TEST_CASE("a name joined to an agency printed in small letters is a byline", "[head103][agencies]") {
    // "Jana Heck mit dpa": the credit's agency in small letters (lowercase_agency_words) as in capitals.
    const std::vector<std::pair<const char*, const char*>> rows = {{"Jana Heck mit dpa", "Jana Heck"},
                                                                    {"Jeanne Morel avec AFP", "Jeanne Morel"},
                                                                    {"Jane Roe with Reuters", "Jane Roe"},
                                                                    {"Jana Heck mit epd", "Jana Heck"}};
    for (const auto& [line, name] : rows) {
        INFO(line);
        const auto joined = name_joined_to_agency(line);
        REQUIRE(joined);
        CHECK(joined->name == name);
    }
    // Near misses: a paper's name, a sentence closing on the agency, a word no agency's.
    for (const char* line : {"Le Courrier du Lac avec AFP", "Die Stadt sprach am Sonntag ausführlich mit dpa",
                             "Jana Heck mit dem"}) {
        INFO(line);
        CHECK_FALSE(name_joined_to_agency(line));
    }
    CHECK(agency_tag("mit dpa"));
    CHECK(agency_tag("Jana Heck mit dpa"));
    CHECK_FALSE(agency_tag("mit dem"));
    CHECK_FALSE(agency_tag("Polizei und dpa"));
}

TEST_CASE("a byline joining a name to an agency in small letters, over the date line, signs the text",
          "[head103][agencies]") {
    const std::string title = "Hafen öffnet nach sechs Monaten Bauzeit wieder seine Kais";
    const std::string text =
        "07.12.2026\n"
        "Die Fähren nehmen ab Montag nach sechs Monaten Arbeiten an den Kais ihren Betrieb wieder auf.\n"
        "Der Bürgermeister lobte das Ende der Baustelle, die zwölf Millionen Euro gekostet hat.\n"
        "Impressum\n";
    const Article a =
        parse("Talbote Online\nStartseite\nPolitik\n" + title + "\nJana Heck mit dpa\n" + text, "page.txt");
    REQUIRE(a.headline);
    CHECK(*a.headline == title);
    CHECK(a.authors == std::vector<std::string>{"Jana Heck"});
    // Near miss: a paper's name joined to the agency signs no author.
    const Article paper =
        parse("Talbote Online\nStartseite\nPolitik\n" + title + "\nDer Talbote mit dpa\n" + text, "page.txt");
    CHECK(paper.authors.empty());
}

namespace {

// A regional paper's head: its breadcrumb ending on the town, the title printed without the place, the section's
// label, then the headline's copy (`copy`), its standfirst, byline, date and text.
std::string placed_head_page(const std::vector<std::string>& lines, const std::string& title, const std::string& label,
                             const std::string& copy) {
    std::string page;
    for (std::size_t k = 0; k + 4 < lines.size(); ++k)
        page += lines[k] + "\n";
    page += title + "\n" + label + "\n" + copy + "\n";
    for (std::size_t k = lines.size() - 4; k < lines.size(); ++k)
        page += lines[k] + "\n";
    return page;
}

} // namespace

TEST_CASE("the title printed without the place that opens the headline's copy ends the furniture over the label",
          "[head103][kicker]") {
    struct Row {
        const char* name;
        std::vector<std::string> lines; // the furniture and crumbs, then (last four) the standfirst, byline, date, text
        std::string place, title, label;
    };
    const std::vector<Row> rows = {
        {"fr",
         {"L'Écho du Couchant", "Actualité", "Sports",
          "Nous utilisons des cookies pour améliorer votre expérience. Accepter et fermer", "Continuer sans accepter",
          "Accueil", "Bretagne", "Lanvoran",
          "Des fissures ont été découvertes sur les piles de l'ouvrage lors d'une inspection. La circulation est "
          "déviée dès lundi.",
          "Par Yann Kerleau", "Publié le 07/12/2026 à 10h12",
          "Le pont de Kerhallet, qui relie les deux rives de la rivière, sera fermé à toute circulation pendant au "
          "moins trois mois, a annoncé la préfecture dimanche. Le maire demandera une aide de l'État."},
         "Lanvoran", "Le pont de Kerhallet fermé trois mois pour travaux", "Faits divers"},
        {"de",
         {"Der Talkurier", "Nachrichten", "Sport", "Wir verwenden Cookies. Akzeptieren und schließen",
          "Ohne Zustimmung fortfahren", "Startseite", "Region", "Moosheim",
          "Bei der Sanierung des Beckens sind Risse im Boden entdeckt worden. Die Gemeinde sucht nach Ersatz.",
          "Von Jana Heck", "Veröffentlicht am 07.12.2026 um 10:12 Uhr",
          "Das Freibad von Moosheim bleibt in diesem Sommer geschlossen, wie die Gemeinde am Sonntag mitteilte. Die "
          "Schwimmvereine sollen im Hallenbad der Nachbargemeinde trainieren."},
         "Moosheim", "Das Freibad bleibt den ganzen Sommer geschlossen", "Lokales"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const std::string copy = row.place + ". " + row.title;
        const Article a = parse(placed_head_page(row.lines, row.title, row.label, copy), "page.txt");
        REQUIRE(a.headline);
        CHECK(*a.headline == copy);
        CHECK(a.kicker == std::optional<std::string>(row.label));
        // Near misses: a copy that goes on past the title, or opens with a date, is no title printed with its place.
        for (const std::string& other : {row.title + " und mehr", "Le 7 décembre. " + row.title}) {
            INFO(other);
            const Article b = parse(placed_head_page(row.lines, row.title, row.label, other), "page.txt");
            CHECK(b.kicker != std::optional<std::string>(row.label));
        }
    }
}

TEST_CASE("the newsroom's byline joined to an agency in small letters is the text's tag", "[head103][agencies]") {
    for (const char* line : {"Von der Redaktion mit dpa", "Par la rédaction avec ats"}) {
        INFO(line);
        CHECK(agency_tag(line));
    }
    CHECK_FALSE(agency_tag("Quelle: Polizei und dpa"));
    CHECK_FALSE(agency_tag("Die Polizei sprach mit dpa"));
}
