// join_wrapped() and a list whose items open in lower case (code names, command-line flags, brands: "onSave — ...",
// "eBay ..."): a line that closes its sentence with a full stop, a question or an exclamation mark and a next line in
// lower case are two items, not a paragraph wrapped at a fixed width; a line cut inside its sentence still goes on in
// lower case on the next one.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::page_of;
using archive::test::texts_of;

TEST_CASE("a list of items opening in lower case, each closing its sentence, is no wrapped paragraph", "[segment]") {
    SECTION("en: hook names, each item a sentence") {
        const std::vector<std::string> items = {
            "onStart — called once, before the first request is served.",
            "onRequest — called for every request and may return a new reply.",
            "onError — called when a handler throws, with the error it threw.",
            "onIdle — called when no request has come for a minute or more.",
            "onStop — called once, with the count of requests served.",
        };
        std::vector<std::string> lines = {"The server calls three hooks of a module:"};
        lines.insert(lines.end(), items.begin(), items.end());
        lines.push_back("note");
        const auto blocks = segment(page_of(lines));
        CHECK(texts_of(blocks) == lines);
    }
    SECTION("de: Befehle und Marken in Kleinbuchstaben") {
        const std::vector<std::string> lines = {
            "Für den Umzug der Bilder brauchen Sie drei Werkzeuge:",
            "rsync kopiert die Ordner und überspringt, was schon am Ziel liegt.",
            "exiftool liest das Aufnahmedatum aus jeder Datei und benennt sie um.",
            "iPhoto öffnet die fertigen Alben und zeigt sie nach Jahren geordnet!",
            "eBay bleibt für die alten Kameras, die danach übrig sind.",
            "dropbox hält eine zweite Kopie, falls die Platte einmal ausfällt.",
        };
        const auto blocks = segment(page_of(lines));
        CHECK(texts_of(blocks) == lines);
    }
}

namespace {

// Two paragraphs of three lines wrapped at a fixed width (so that the page is read as wrapped) over a list whose items
// open in lower case: each paragraph is joined, each item stays a block.
void check_paragraphs_over_items(const std::vector<std::string>& p, const std::vector<std::string>& q,
                                 const std::vector<std::string>& items) {
    const std::string page = page_of(p) + "\n" + page_of(q) + "\n" + page_of(items);
    INFO(page);
    std::vector<std::string> expected = {p[0] + " " + p[1] + " " + p[2], q[0] + " " + q[1] + " " + q[2]};
    expected.insert(expected.end(), items.begin(), items.end());
    CHECK(texts_of(segment(page)) == expected);
}

} // namespace

TEST_CASE("lines cut inside their sentence go on in lower case and are joined, beside a list of lower-case items",
          "[segment]") {
    SECTION("en") {
        check_paragraphs_over_items(
            {"The build tool reads its settings from one file at the root of the project, and",
             "every setting it does not find there keeps the value that the tool was shipped",
             "with, so that a new project starts with a file of three or four lines at most."},
            {"A plugin changes what the tool does at three points of a build, and each point",
             "has a name that the plugin uses as the key of its object; the tool calls them in",
             "the order below, and waits for each one to finish before it goes on to the next."},
            {"prepare — runs once, before the first page of the site is read.",
             "render — runs for every page and returns the page it was given.",
             "publish — runs once, with the list of the files that were written."});
    }
    SECTION("de") {
        check_paragraphs_over_items(
            {"Das Programm liest seine Einstellungen aus einer Datei im obersten Ordner, und",
             "was es dort nicht findet, behält den Wert, mit dem es ausgeliefert wurde, so dass",
             "ein neues Projekt mit einer Datei von drei oder vier Zeilen auskommt und startet."},
            {"Ein Zusatz greift an drei Stellen in den Ablauf ein, und jede Stelle hat einen",
             "Namen, den der Zusatz als Schlüssel seines Objekts verwendet; das Programm ruft",
             "sie in dieser Reihenfolge auf und wartet jeweils, bis die vorige fertig ist."},
            {"vorbereiten — läuft einmal, bevor die erste Seite gelesen wird.",
             "darstellen — läuft für jede Seite und gibt die Seite zurück.",
             "veröffentlichen — läuft einmal, mit der Liste der geschriebenen Dateien."});
    }
}
