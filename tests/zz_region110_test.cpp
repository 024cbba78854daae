// A card's summary under a box of one related title kept in the body (invented pages). Under a label that ends
// nothing ("Read more", "Weiterlesen", "Lire aussi": no terminator, so the region's weights never stopped at it) a
// title and the card's summary closing the page rode on the summary's length into the region, printed with blank
// lines or without: the summary retells the title's words, more than the story's, and now weighs against the region
// (card_summary_under(), region_past_boxes.cpp, read by main_region(), region.cpp). A paragraph that goes on with the
// story under such a box, though it names a word or two of the title, stays the text's.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

struct StoryPage {
    const char* lang;
    std::vector<std::string> head, footer;
};

const StoryPage en_page = {
    "en",
    {"The Dunmore Herald", "News", "Sport", "LOCAL NEWS", "Dunmore's leisure centre pool reopens after two-year refit",
     "The renovation cost £9m and entry prices are going up by a pound.", "By Hannah Okoro", "December 7, 2026",
     "The swimming pool at Dunmore leisure centre reopened on Saturday after a two-year refit. More than 700 "
     "swimmers came through the doors on the first day.",
     "The council replaced the main pool's lining, renewed all the plant room equipment and built a new sauna and "
     "steam room."},
    {"Share", "Facebook", "Privacy policy", "© 2026 Dunmore Media Ltd"}};

const StoryPage de_page = {
    "de",
    {"Allgäuer Tagblatt", "Startseite", "Lokales", "LOKALES", "Kempten: Das Hallenbad öffnet nach zwei Jahren wieder",
     "Die Sanierung hat 14 Millionen Euro gekostet. Der Eintritt wird teurer.", "Von Markus Wendler",
     "7. Dezember 2026, 08:30 Uhr",
     "Das Kemptener Hallenbad ist nach zweijähriger Sanierung am Samstag wieder für Besucher geöffnet worden. Schon "
     "am ersten Tag kamen mehr als 800 Gäste.",
     "Die Stadt hat das Becken erneuert, die Technik ausgetauscht und eine neue Sauna gebaut. Die Kosten lagen am "
     "Ende bei 14 Millionen Euro."},
    {"Teilen", "Facebook", "Impressum", "© 2026 Allgäuer Verlag GmbH"}};

const StoryPage fr_page = {
    "fr",
    {"Le Courrier du Jura", "Accueil", "Région", "RÉGION",
     "Delémont: la piscine couverte rouvre après deux ans de travaux",
     "La rénovation a coûté 12 millions de francs. Les tarifs augmentent légèrement.", "Par Camille Froidevaux",
     "7 décembre 2026 à 08h30",
     "La piscine couverte de Delémont a rouvert ses portes samedi après deux ans de travaux. Plus de 600 baigneurs "
     "sont venus dès le premier jour.",
     "La Ville a refait le bassin, remplacé toute la technique de la piscine et ajouté un espace de bien-être avec "
     "un sauna."},
    {"Partager", "Facebook", "Mentions légales", "© 2026 Éditions Jurassiennes SA"}};

// The page's head and paragraphs, `box`, then its footer: glued, or each line apart from the next by a blank line.
std::string story_page(const StoryPage& page, const std::vector<std::string>& box, bool spaced) {
    std::vector<std::string> lines = page.head;
    lines.insert(lines.end(), box.begin(), box.end());
    lines.insert(lines.end(), page.footer.begin(), page.footer.end());
    const std::string glued = page_of(lines);
    if (!spaced)
        return glued;
    std::string out;
    for (const char c : glued)
        out += c == '\n' ? std::string("\n\n") : std::string(1, c);
    return out;
}

} // namespace

TEST_CASE("a card's summary under a related title closing the page stays out of the body", "[region110]") {
    struct Row {
        const StoryPage* page;
        std::string label, title, summary;
    };
    const std::vector<Row> rows = {
        {&en_page, "Read more", "Kilbride ice rink opens in the market square this weekend",
         "Skaters can take to the Kilbride ice rink in the market square from Saturday, with sessions running every "
         "hour until late in the evening."},
        {&en_page, "Related", "Kilbride ice rink opens in the market square this weekend",
         "Skaters can take to the Kilbride ice rink in the market square from Saturday, with sessions running every "
         "hour until late in the evening."},
        {&de_page, "Weiterlesen", "Neue Eisbahn im Stadtpark öffnet am Wochenende",
         "Auf der Eisbahn im Stadtpark können Schlittschuhläufer ab Samstag jeden Tag bis zum späten Abend ihre "
         "Runden drehen."},
        {&fr_page, "Lire aussi", "Porrentruy: la patinoire ouvre ce week-end",
         "La patinoire de Porrentruy accueillera les patineurs dès ce week-end, avec des animations pour les enfants "
         "tous les après-midi."},
    };
    for (const auto& row : rows) {
        for (const bool spaced : {true, false}) {
            INFO(row.label << (spaced ? " (spaced)" : " (glued)"));
            const Article a =
                classify(segment(story_page(*row.page, {row.label, row.title, row.summary}, spaced)), row.page->lang);
            CHECK_FALSE(in_sections(a, row.summary));
            CHECK_FALSE(in_sections(a, row.title));
            CHECK(in_body(a, row.page->head.back()));
        }
    }
}

TEST_CASE("the story going on under a box of one related title stays in the body", "[region110]") {
    struct Row {
        const StoryPage* page;
        std::string label, title, paragraph;
    };
    const std::vector<Row> rows = {
        // Near misses: the paragraph names two of the title's words ("Dunmore", "pool"), and more of the story's.
        {&en_page, "Read more", "Dunmore pool prices: what swimmers pay from January",
         "Adult entry to the Dunmore pool rises from £4.50 to £5.50, while children will pay £3. The council blamed "
         "the rising cost of energy for the refit's higher running costs."},
        {&de_page, "Weiterlesen", "Hallenbad Kempten: Was Schwimmer ab Januar zahlen",
         "Der Eintritt ins Kemptener Hallenbad steigt für Erwachsene von 4,50 auf 6 Euro. Die Stadt begründet das "
         "nach der Sanierung mit den höheren Kosten für Energie und Technik."},
        // The paragraph shares no word with the title.
        {&fr_page, "Lire aussi", "Porrentruy: la patinoire ouvre ce week-end",
         "Le prix d'entrée de la piscine passe de 6 à 7 francs pour les adultes, tandis que les enfants paieront 3 "
         "francs. La Ville invoque la hausse du prix de l'énergie."},
    };
    for (const auto& row : rows) {
        for (const bool spaced : {true, false}) {
            INFO(row.label << (spaced ? " (spaced)" : " (glued)"));
            const Article a = classify(segment(story_page(*row.page, {row.label, row.title, row.paragraph}, spaced)),
                                       row.page->lang);
            CHECK(in_body(a, row.paragraph));
        }
    }
}
