// A broadcaster's video block (probe49 M3): the player's word, which the menu may print too ("Video" / "Vidéo"),
// the video's title, perhaps a programme line and the picture's credit, then a line the player prints (its length,
// a programme line with the length, its notice). The title is the video's caption, the credit among the block's
// lines its credit; the word and the player's lines are boilerplate, never body paragraphs (media.cpp,
// video_blocks()). Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

bool in(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// A broadcaster's page whose menu prints the player's word too; `block` is the video block's lines, set between two
// paragraphs of the text.
std::string video_page_de(const std::string& block) {
    return "Radio Harbour News\nNews\nSchweiz\nInternational\nVideo\n\n"
           "Lawinengefahr steigt im Wallis auf Stufe 4\n\n"
           "Die Neuschneemengen im Wallis sind gross. Das Institut warnt vor spontanen Lawinen.\n\n"
           "Von Anna Muster\n05.12.2026, 06:00 Uhr\n\n"
           "In den letzten 48 Stunden sind im Wallis bis zu 120 Zentimeter Neuschnee gefallen, und die "
           "Gefahrenstufe wurde für die zentralen Alpen erhöht.\n\n"
           "Der Kanton hat mehrere Strassen vorsorglich gesperrt, und Zermatt ist nur noch mit der Bahn "
           "erreichbar, teilte die Polizei am Morgen mit.\n\n" +
           block +
           "\n\nDie Gemeinde bittet Gäste, nicht abseits der Pisten zu fahren, und verweist auf das Bulletin des "
           "Instituts für Schnee- und Lawinenforschung.\n\nMeistgelesen\nNeue Zahlen zur Miete\n";
}

std::string video_page_fr(const std::string& block) {
    return "Radio Lac Info\nAccueil\nSuisse\nMonde\nVidéos\n\n"
           "Un camion prend feu dans le tunnel du col\n\n"
           "Personne n'a été blessé, mais l'axe restera fermé au moins jusqu'à jeudi midi.\n\n"
           "Publié à 06:15\n\n"
           "Le feu s'est déclaré vers 21h30 à environ quatre kilomètres du portail sud, dans le sens nord-sud, "
           "a indiqué la police cantonale.\n\n"
           "Les spécialistes doivent encore évaluer l'état de la voûte, qui a été endommagée sur une trentaine de "
           "mètres, et le trafic est dévié par un autre col.\n\n" +
           block + "\n\nats/abc\n\nSur le même sujet\nLe deuxième tube ouvrira en 2029\n";
}

} // namespace

TEST_CASE("a programme line with a length in minutes is a player's line", "[media][media37]") {
    // The block closes the French page under the text's last paragraph: a programme line with the length.
    const std::string title = "Les images de l'incendie filmées par un automobiliste";
    const Article a = parse(video_page_fr("Vidéo\n" + title + "\n19h30 / 1 min. / hier à 19:30"), "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == title);
    CHECK_FALSE(a.media[0].credit);
    CHECK(in(a.boilerplate, "Vidéo"));
    CHECK(in(a.boilerplate, "19h30 / 1 min. / hier à 19:30"));
    CHECK_FALSE(in(paragraphs_of(a), title));
    // A line cut by slashes with no length in minutes is no player's line: no media.
    const Article b = parse(video_page_fr("Vidéo\n" + title + "\n19h30 / Journal / hier à 19:30"), "page.txt");
    CHECK(std::none_of(b.media.begin(), b.media.end(), [&](const Media& m) { return m.caption == title; }));
}

TEST_CASE("a video block whose word the menu prints too: the title is the caption, the credit its credit",
          "[media][media37]") {
    const struct {
        const char* title;
        const char* programme;
        const char* credit;
        const char* notice;
    } rows[] = {
        {"Bilder aus dem verschneiten Oberwallis", "Aus Tagesschau vom 05.12.2026.", "Bild: Radio Harbour",
         "abspielen. Laufzeit 1 Minute 45 Sekunden."},
        {"Images from the snowed-in upper valley", "From the evening news", "Image: Radio Harbour",
         "This is a modal window."},
    };
    for (const auto& r : rows) {
        INFO(r.title);
        const Article a = parse(video_page_de(std::string("Video\n") + r.title + "\n" + r.programme + "\n" + r.credit +
                                              "\n" + r.notice),
                                "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::string(r.title));
        CHECK(a.media[0].credit == std::string(r.credit));
        const auto paragraphs = paragraphs_of(a);
        CHECK_FALSE(in(paragraphs, r.title));
        CHECK_FALSE(in(paragraphs, r.notice));
        CHECK_FALSE(in(paragraphs, r.programme));
    }
    // A title closed by a stop is a paragraph of the text: no video block.
    const Article c = parse(video_page_de("Video\nDer Kanton sperrt die Strassen nach Saas-Fee.\n"
                                          "abspielen. Laufzeit 1 Minute 45 Sekunden."),
                            "page.txt");
    CHECK(std::none_of(c.media.begin(), c.media.end(), [](const Media& m) {
        return m.caption == std::string("Der Kanton sperrt die Strassen nach Saas-Fee.");
    }));
}

namespace {

// A page whose text a line of a video player's notices and the line under it interrupt.
std::string notice_page(const std::string& notice, const std::string& title) {
    return "Harbour News\nHome\nWorld\n\nHarbour chief will not resign over the ferry strike\n\n"
           "The chief says her staff did their best in impossible circumstances as pressure grows.\n\n"
           "Jane Roe\nWednesday 2 December 2026 14:26\n\n" +
           notice + "\n" + title +
           "\n\nThe harbour chief has said she will not resign over the handling of the ferry strike, insisting "
           "her staff did their best in impossible circumstances.\n\nShe told reporters at the quay that the port "
           "would reopen on Friday and that the ferries would run to the winter timetable.\n";
}

} // namespace

TEST_CASE("the line right under a notice printed over a video is the video's caption", "[media][media37]") {
    const struct {
        const char* notice;
        const char* title;
        bool caption;
    } rows[] = {
        {"Please use Chrome browser for a more accessible video player", "The harbour chief speaks outside the quay",
         true},
        {"Ende des Dialogfensters.", "Die Hafenchefin spricht vor dem Kai", true},
        {"Fin de la fenêtre de dialogue.", "La cheffe du port s'exprime devant le quai", true},
        // A notice printed under the video (its play button's text) heads no title.
        {"abspielen. Laufzeit 1 Minute 45 Sekunden.", "Die Hafenchefin spricht vor dem Kai", false},
        // A sentence under the notice is text.
        {"Ende des Dialogfensters.", "Die Hafenchefin spricht vor dem Kai.", false},
    };
    for (const auto& r : rows) {
        INFO(r.notice << " / " << r.title);
        const Article a = parse(notice_page(r.notice, r.title), "page.txt");
        const bool found =
            std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == std::string(r.title); });
        CHECK(found == r.caption);
        if (r.caption) {
            CHECK_FALSE(in(paragraphs_of(a), r.title));
            CHECK(in(a.boilerplate, r.notice));
        }
    }
}
