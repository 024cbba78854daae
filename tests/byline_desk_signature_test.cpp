// A byline signing the text with the newsroom, no person ("By Staff", "Von der Redaktion", "Door de redactie", "Par la
// rédaction", "By WKVR Staff"): its record holds the desk as printed, without the label and the article, in every
// language, as the gold bylines keep desks; the line is a byline, never a heading of the text under it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

namespace {
using Names = std::optional<std::vector<std::string>>;
} // namespace

TEST_CASE("a desk's byline names the desk as printed, without its article", "[classify][byline][desk]") {
    for (const auto& [line, lang, desk] : {
             std::tuple{"By Staff", "en", "Staff"},
             std::tuple{"By the newsroom", "en", "newsroom"},
             std::tuple{"By our staff", "en", "staff"},
             std::tuple{"By WKVR Staff", "en", "WKVR Staff"},
             std::tuple{"By WKVR News Staff", "en", "WKVR News Staff"},
             std::tuple{"Von der Redaktion", "de", "Redaktion"},
             std::tuple{"Von unserer Redaktion", "de", "Redaktion"},
             std::tuple{"Par la rédaction", "fr", "rédaction"},
             std::tuple{"Por la redacción", "es", "redacción"},
             std::tuple{"Di Redazione", "it", "Redazione"},
             std::tuple{"Por Redação", "pt", "Redação"},
             std::tuple{"Door de redactie", "nl", "redactie"},
             std::tuple{"Door Redactie", "nl", "Redactie"},
             std::tuple{"Door onze redactie", "nl", "redactie"},
         }) {
        INFO(line);
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{desk}));
    }
    // A person's name, a job after the desk's word, a paper's name after an article, a sentence: no desk's signature.
    CHECK(byline_authors("By Staff Writer", "en") == Names(std::vector<std::string>{"Staff Writer"}));
    CHECK(byline_authors("Door Jelle Dijkstra", "nl") == Names(std::vector<std::string>{"Jelle Dijkstra"}));
    CHECK(byline_authors("Von Anna Muster", "de") == Names(std::vector<std::string>{"Anna Muster"}));
    CHECK(byline_authors("By JANE ROE Staff", "en") != Names(std::vector<std::string>{"JANE ROE Staff"}));
    for (const char* line : {"By the Harbour Weekly", "Von der Stadt", "Par la mer"}) {
        INFO(line);
        const auto names = byline_authors(line, "");
        CHECK((!names || names->empty()));
    }
}

TEST_CASE("a desk's byline under the date lines heads no section", "[classify][byline][desk]") {
    // (The page prints the desk's word in small letters elsewhere: "Tip de redactie", "Die Redaktion empfiehlt".)
    const std::tuple<const char*, const char*, const char*, const char*> rows[] = {
        {"nl", "Door de redactie", "redactie",
         "Nieuws\n\nVeerpont vaart weer na drie weken storing\n\nDe pont tussen beide oevers ligt sinds maandag weer "
         "in de vaart, meldt de gemeente.\n\nGisteren, 18:42\nDoor de redactie\n"
         "De pont tussen beide oevers vaart sinds maandag weer volgens de gewone dienstregeling, na drie weken stilstand "
         "door een kapotte motor.\nReizigers moesten in die tijd twintig minuten omrijden via de brug bij het dorp.\n"
         "De gemeente laat weten dat de nieuwe motor nog een maand wordt getest voordat de avonddiensten terugkomen.\n"
         "Tip de redactie\n"},
        {"de", "Von der Redaktion", "Redaktion",
         "Region\n\nDie Fähre fährt nach drei Wochen wieder\n\nSeit Montag verkehrt die Fähre zwischen beiden Ufern "
         "wieder nach dem gewohnten Fahrplan.\n\nGestern, 18:42\nVon der Redaktion\n"
         "Die Fähre zwischen beiden Ufern fährt seit Montag wieder nach dem gewohnten Fahrplan, nach drei Wochen "
         "Stillstand wegen eines defekten Motors.\nFahrgäste mussten in dieser Zeit zwanzig Minuten Umweg über die "
         "Brücke beim Dorf fahren.\nDie Gemeinde teilt mit, dass der neue Motor noch einen Monat getestet wird, bevor "
         "die Abendfahrten zurückkehren.\nDie Redaktion empfiehlt\n"},
    };
    for (const auto& [lang, line, desk, page] : rows) {
        INFO(page);
        const Article a = parse(page);
        CHECK(a.language == lang);
        CHECK(a.authors == std::vector<std::string>{desk});
        REQUIRE_FALSE(a.sections.empty());
        CHECK_FALSE(a.sections.front().heading);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end());
    }
}
