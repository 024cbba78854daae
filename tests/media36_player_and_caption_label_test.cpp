// Two decisions on broadcasters' pages (probe49): an audio player ("Audio" / "<title>" / "03:12 min, aus ..." /
// "Abspielen. Laufzeit 3 Minuten 12 Sekunden.") is no media, its lines all boilerplate (media.cpp, audio_marker(); a
// video player's title stays a caption); a caption's own label ("Legende:", "Légende :", "Bildunterschrift:") goes
// from a caption whose credit stands apart, as the picture's word does (drop_caption_picture_labels()). Invented
// lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "media39_caption_rows.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

TEST_CASE("a caption whose credit stands apart loses its caption label too", "[media][credit][media36]") {
    // (credit nullptr: none)
    const test::CaptionLabelRow rows[] = {
        {"Legende: Die Passstrasse bleibt bis auf Weiteres geschlossen.", "KEYSTONE/Anna Muster",
         "Die Passstrasse bleibt bis auf Weiteres geschlossen."},
        {"Légende : La route du col reste fermée jusqu'à nouvel ordre.", "KEYSTONE/Jean Roux",
         "La route du col reste fermée jusqu'à nouvel ordre."},
        {"Bildunterschrift: Die Fähre im Winterhafen von Kiel.", "Foto: Jan Feld", "Die Fähre im Winterhafen von Kiel."},
        {"Image caption: The ferry in the winter harbour.", "Jane Roe/Harbour Press", "The ferry in the winter harbour."},
        // No credit apart: the label stays.
        {"Legende: Die Passstrasse bleibt bis auf Weiteres geschlossen.", nullptr,
         "Legende: Die Passstrasse bleibt bis auf Weiteres geschlossen."},
        // Names alone after the label: it stays.
        {"Legende: Anna Muster Jan Feld", "KEYSTONE", "Legende: Anna Muster Jan Feld"},
    };
    test::check_caption_labels(rows);
}

namespace {

std::string player_page(const char* marker, const char* title, const char* length, const char* notice) {
    return std::string("Radio Harbour\nNews\nSport\n\nLawinengefahr steigt auf Stufe 4 im Wallis\n\n"
                       "Die Neuschneemengen im Wallis sind gross. Das Institut warnt vor spontanen Lawinen.\n\n"
                       "Von Anna Muster\n05.12.2026, 06:00 Uhr\n\n"
                       "In den letzten 48 Stunden sind im Wallis bis zu 120 Zentimeter Neuschnee gefallen, und die "
                       "Gefahrenstufe wurde für die zentralen Alpen erhöht.\n\n") +
           marker + "\n" + title + "\n" + length + "\n" + notice +
           "\n\nDer Kanton hat mehrere Strassen vorsorglich gesperrt, und Zermatt ist nur noch mit der Bahn "
           "erreichbar, teilte die Polizei am Morgen mit.\n\nDie Gemeinde bittet Gäste, nicht abseits der Pisten zu "
           "fahren, und verweist auf das Bulletin des Instituts.\n";
}

} // namespace

TEST_CASE("an audio player's title is no caption and its lines are boilerplate", "[classify][media36]") {
    const char* const titles[] = {"Lawinengefahr in den Alpen: grosse Neuschneemengen",
                                  "Avalanche danger in the Alps: heavy fresh snow"};
    for (const char* title : titles) {
        INFO(title);
        const Article a = parse(player_page("Audio", title, "03:12 min, aus Radio Harbour aktuell vom 05.12.2026.",
                                            "Abspielen. Laufzeit 3 Minuten 12 Sekunden."),
                                "page.txt");
        CHECK(std::none_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == title; }));
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(title)) == 0);
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), std::string(title)) == 1);
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(),
                         std::string("Abspielen. Laufzeit 3 Minuten 12 Sekunden.")) == 1);
    }
    // (A video player's title over its length stays the video's caption.)
    const Article v = parse(player_page("Video", "Bilder aus dem verschneiten Oberwallis",
                                        "01:45 min, aus Tagesschau vom 05.12.2026.",
                                        "abspielen. Laufzeit 1 Minute 45 Sekunden."),
                            "page.txt");
    CHECK(std::any_of(v.media.begin(), v.media.end(),
                      [](const Media& m) { return m.caption == "Bilder aus dem verschneiten Oberwallis"; }));
}
