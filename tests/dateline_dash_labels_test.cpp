// "Fazit – ...", "Update – ...", "Achtung – ...": a label before a dash opening a German text is no dateline place,
// as "Linz – ..." is (small_place_dash()).
#include <catch2/catch.hpp>

#include "press_datelines.hpp"

#include <string>

using namespace archive;

TEST_CASE("a notice's or a summary's label before a dash is no German dateline place",
          "[classify][dateline][small_place_dash][dash_labels]") {
    struct Row {
        const char* paragraph;
        const char* lang;
        const char* place; // "" for none
    };
    const Row rows[] = {
        {"Fazit – Die Ambulanz hat sich in den ersten Monaten bewährt, sagen die Ärzte am Klinikum.", "de", ""},
        {"Update – Die Sperre der Brücke wurde am Nachmittag wieder aufgehoben, teilte die Polizei mit.", "de", ""},
        {"Achtung – Wegen Bauarbeiten fällt der Zug zwischen den beiden Bahnhöfen bis Freitag aus.", "de", ""},
        {"Eilmeldung - Der Bürgermeister der Stadt ist am Montagabend überraschend zurückgetreten.", "de", ""},
        {"Hintergrund – Die Fähre verkehrt seit dem Jahr 1962 zweimal täglich zwischen den Ufern.", "de", ""},
        {"Kommentar – Die Stadt hat beim Bau des neuen Hallenbads viel zu lange gezögert.", "de", ""},
        // places still are, in Austria and Switzerland alike
        {"Graz – Die Sanierung der Murbrücke beginnt im Frühjahr und soll zwei Jahre dauern.", "de", "Graz"},
        {"Bern – Der Bundesrat hat am Mittwoch die neuen Regeln für die Bahnhöfe verabschiedet.", "de", "Bern"},
        {"Zug – Die Kantonsregierung will die Steuern für kleine Betriebe im nächsten Jahr senken.", "de", "Zug"},
        {"Thun - Die Schifffahrt auf dem See wird im Winter an den Wochenenden wieder aufgenommen.", "de", "Thun"},
        {"Dann – Die Sanierung der Murbrücke beginnt im Frühjahr und soll zwei Jahre dauern.", "de", ""},
        // another language's stopword may be a place ("como" in Spanish and Portuguese)
        {"Como – Die Fähre über den See fährt im Winter wieder an allen Wochenenden und Feiertagen.", "de", "Como"},
        // the other languages' labels are not read so at all
        {"Update – The bridge reopened on Tuesday afternoon after the police lifted the closure.", "en", ""},
        {"Attention – Le pont restera fermé jusqu'à vendredi en raison des travaux de réfection.", "fr", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        CHECK(small_place_dash(r.paragraph, r.lang).value_or("") == r.place);
    }
}
