// A video player's lines around its title (probe53 M1): its play button over its position and length ("Lecture de
// la vidéo" / "00:00 / 01:34" / "<title>"), or its word opening the title over the video's length ("Vidéo - <title>"
// / "01:02"). The title is the video's caption; the button, the position and the length are boilerplate, never body
// paragraphs (media.cpp, captions_in_players()). Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

bool listed(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

bool has_caption(const Article& a, const std::string& caption) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == caption; });
}

// A news channel's page, `block` set between two paragraphs of the text.
std::string player_page_fr(const std::string& block) {
    return "Canal Info\nDirect\nReplay\nSe connecter\n\n"
           "Un car scolaire se renverse sur la départementale près de Lisieux\n\n"
           "Trois enfants ont été légèrement blessés, selon la préfecture du Calvados.\n\n"
           "J.D. avec AFP\nLe 03/12/2026 à 09:40\n\n"
           "Le car transportait vingt-deux collégiens lorsqu'il a quitté la chaussée vers 7h45, dans un virage "
           "rendu glissant par le verglas, ont indiqué les gendarmes.\n\n" +
           block +
           "\n\nLes élèves ont été pris en charge par une cellule psychologique installée dans le gymnase de la "
           "commune, et les familles ont été prévenues dans la matinée.\n\n"
           "La route restera fermée jusqu'à la fin de l'après-midi.\n\nLes plus lus\nMétéo : du verglas attendu\n";
}

std::string player_page_en(const std::string& block) {
    return "Harbour TV\nLive\nWatch\nSign in\n\n"
           "School bus overturns on country road near Northhaven\n\n"
           "Three children were slightly hurt, the county police said.\n\n"
           "By Jane Roe\n3 December 2026, 09:40\n\n"
           "The bus was carrying twenty-two pupils when it left the road at about 7.45am on a bend made slippery "
           "by ice, officers said.\n\n" +
           block +
           "\n\nThe pupils were looked after by counsellors in the village sports hall, and their families were "
           "told during the morning.\n\nThe road will stay closed until late afternoon.\n\nMost read\nIcy roads ahead\n";
}

} // namespace

TEST_CASE("a player's button over its position and length: the title under them is the caption",
          "[media][media38]") {
    const struct {
        bool french;
        const char* button;
        const char* position;
        const char* title;
    } rows[] = {
        {true, "Lecture de la vidéo", "00:00 / 01:34", "Les images du car renversé au bord de la départementale"},
        {false, "Play video", "0:00 / 2:05", "Pictures of the overturned bus at the roadside"},
    };
    for (const auto& r : rows) {
        INFO(r.title);
        const std::string block = std::string(r.button) + "\n" + r.position + "\n" + r.title;
        const Article a = parse(r.french ? player_page_fr(block) : player_page_en(block), "page.txt");
        REQUIRE(has_caption(a, r.title));
        CHECK(listed(a.boilerplate, r.button));
        CHECK(listed(a.boilerplate, r.position));
        CHECK_FALSE(listed(paragraphs_of(a), r.title));
        // Without the position line the button heads no caption.
        const std::string bare = std::string(r.button) + "\n" + r.title;
        const Article b = parse(r.french ? player_page_fr(bare) : player_page_en(bare), "page.txt");
        CHECK_FALSE(has_caption(b, r.title));
    }
    // A position line over a sentence closed by its stop: text, no caption.
    const std::string sentence = "Les gendarmes ont bouclé la route pendant toute la matinée.";
    const Article c = parse(player_page_fr("Lecture de la vidéo\n00:00 / 01:34\n" + sentence), "page.txt");
    CHECK_FALSE(has_caption(c, sentence));
}

TEST_CASE("the player's word opening a title over the video's length: the title is the caption", "[media][media38]") {
    const struct {
        bool french;
        const char* line;
        const char* title;
        const char* length;
        bool caption;
    } rows[] = {
        {true, "Vidéo - Le car filmé depuis le pont de la rocade", "Le car filmé depuis le pont de la rocade", "01:02",
         true},
        {true, "Vidéo : Le car filmé depuis le pont de la rocade", "Le car filmé depuis le pont de la rocade", "01:02",
         false}, // (a spaced colon: the word is not followed by it, no rule's shape)
        {false, "Video: The bus filmed from the ring road bridge", "The bus filmed from the ring road bridge", "2:15",
         true},
        {false, "Video \xe2\x80\x93 The bus filmed from the ring road bridge", "The bus filmed from the ring road bridge",
         "2:15", true},
        // A word that is no player's word opens no caption.
        {false, "Watch - The bus filmed from the ring road bridge", "The bus filmed from the ring road bridge", "2:15",
         false},
    };
    // Under the length, a paragraph of the text, or the heading of the next part.
    for (const bool heading : {false, true})
        for (const auto& r : rows) {
            INFO(r.line << (heading ? " (heading under)" : ""));
            std::string block = std::string(r.line) + "\n" + r.length;
            if (heading)
                block += r.french ? "\nLa rocade coupée dans les deux sens" : "\nRing road shut both ways";
            const Article a = parse(r.french ? player_page_fr(block) : player_page_en(block), "page.txt");
            CHECK(has_caption(a, r.title) == r.caption);
            if (r.caption) {
                CHECK(listed(a.boilerplate, r.length));
                CHECK_FALSE(listed(paragraphs_of(a), r.line));
                // The player's word stays in the record, with the boilerplate.
                CHECK(std::any_of(a.boilerplate.begin(), a.boilerplate.end(),
                                  [](const std::string& l) { return l.starts_with("Vid"); }));
            }
        }
    // With no length under it, the line is no player's: no caption.
    const Article b = parse(player_page_fr("Vidéo - Le car filmé depuis le pont de la rocade\n"), "page.txt");
    CHECK_FALSE(has_caption(b, "Le car filmé depuis le pont de la rocade"));
}
