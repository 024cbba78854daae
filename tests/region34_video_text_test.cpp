// A video player between the article's lines (a label, the video's title, its length alone on its line) does not end
// the article: the paragraph under it stays text (region_past_boxes.cpp take_text_past_video()), and so do the terse
// sentences over the player in a run of short sentences (terse_closing_sentence()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* under; // the paragraph under the player
    const char* terse; // a terse sentence over the player, in a run of short sentences
};

const char* const de_bakery = "Wirtschaft\nDie Dorfbäckerei schliesst nach hundert Jahren\n"
                              "Die Familie findet keine Nachfolge. Am Samstag wird zum letzten Mal gebacken.\n"
                              "Von Anna Berger\n16.03.2026\n"
                              "Seit vier Generationen backt die Familie Brot im Dorfkern. Am Samstag ist damit "
                              "endgültig Schluss.\n"
                              "Die Kundschaft habe sehr traurig auf die Nachricht reagiert, sagt der Bäcker.\n"
                              "Weder seine Tochter noch sein Sohn wollen den Betrieb übernehmen. Auch ein Käufer "
                              "fand sich nicht.\n"
                              "Das Haus wird verkauft.\n"
                              "Die Gemeinde bedauert den Entscheid.\n"
                              "Video\nDer letzte Arbeitstag in der Backstube\n02:15\n"
                              "Der Bäcker will nun reisen, zuerst nach Italien und dann vielleicht nach Spanien, sagt "
                              "er zum Abschied.\n"
                              "Mehr zum Thema\nAnzeige\n";

const char* const fr_bakery = "Économie\nLa boulangerie du village ferme après cent ans\n"
                              "La famille ne trouve pas de repreneur. Samedi, le four s'éteindra pour de bon.\n"
                              "Par Anne Morel\n16 mars 2026\n"
                              "Depuis quatre générations, la famille cuit le pain au cœur du village. Samedi, ce "
                              "sera terminé.\n"
                              "Les clients ont réagi avec beaucoup de tristesse à la nouvelle, raconte le boulanger.\n"
                              "Ni sa fille ni son fils ne veulent reprendre le commerce. Aucun acheteur ne s'est "
                              "présenté.\n"
                              "La maison sera vendue.\n"
                              "La commune regrette la décision.\n"
                              "Vidéo\nLe dernier jour au fournil\n02:15\n"
                              "Le boulanger veut maintenant voyager, d'abord en Italie puis peut-être en Espagne, "
                              "a-t-il confié en partant.\n"
                              "Sur le même sujet\nPublicité\n";

const char* const en_bakery = "Business\nVillage bakery closes after a hundred years\n"
                              "The family has found no one to take over. The last loaves come out on Saturday.\n"
                              "By Anna Bell\n16 March 2026\n"
                              "For four generations the family has baked bread in the heart of the village. On "
                              "Saturday it all ends.\n"
                              "Customers were very sad to hear the news, the baker said.\n"
                              "Neither his daughter nor his son wants to take over the shop. No buyer came forward "
                              "either.\n"
                              "The house will be sold.\n"
                              "The council regrets the decision.\n"
                              "Video\nThe last day in the bakehouse\n02:15\n"
                              "The baker now wants to travel, first to Italy and then perhaps to Spain, he said as he "
                              "locked up.\n"
                              "Related\nAdvertisement\n";

} // namespace

TEST_CASE("the paragraph under a video player between the article's lines stays text", "[region][region34]") {
    const Row rows[] = {
        {"de", de_bakery, "Der Bäcker will nun reisen", "Das Haus wird verkauft."},
        {"fr", fr_bakery, "Le boulanger veut maintenant voyager", "La maison sera vendue."},
        {"en", en_bakery, "The baker now wants to travel", "The house will be sold."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.under);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.under));
        CHECK(test::in_text(a, r.terse));
        // the player's length is no text
        CHECK_FALSE(test::in_text(a, "02:15"));
    }
}

TEST_CASE("a line of the page under a video player closing the article stays out", "[region][region34]") {
    // (No paragraph under the player: the page's furniture under it is no text going on.)
    const Row rows[] = {
        {"de", de_bakery, "Der Bäcker will nun reisen", ""},
        {"en", en_bakery, "The baker now wants to travel", ""},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        std::string page = r.page;
        const std::size_t at = page.find(r.under);
        REQUIRE(at != std::string::npos);
        page.replace(at, page.find('\n', at) - at, r.lang == std::string("de") ? "Newsletter abonnieren" : "Sign up for our newsletter");
        const Article a = parse(page);
        CHECK_FALSE(test::in_text(a, r.lang == std::string("de") ? "Newsletter abonnieren" : "Sign up for our newsletter"));
    }
}
