// "Bad Tölz. Der Stadtrat ...", "St. Ingbert. Die ...", "Halle (Saale). Der ...": a German regional paper's place of
// two words closed by a full stop, opening the text (small_place_stop(), two_word_place()).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "press_datelines.hpp"

#include <string>

using namespace archive;

TEST_CASE("a regional paper's place of two words and a full stop open the text as its dateline",
          "[classify][dateline][small_place_stop][head26]") {
    struct Row {
        const char* paragraph;
        const char* lang;
        const char* place; // "" for none
    };
    const Row rows[] = {
        // a prefix of places' names (the language's place_prefix_words) and a
        // capitalised word; the abbreviation's dot ("St.") closes no place
        {"Bad Kissingen. Der Kurpark bleibt wegen der Sturmschäden bis Freitag für Besucher geschlossen.", "de",
         "Bad Kissingen"},
        {"Sankt Wendel. Die Kreisverwaltung zieht im Sommer in das frühere Postgebäude am Bahnhof um.", "de",
         "Sankt Wendel"},
        {"St. Margrethen. Der Zoll hat an der Grenze einen Lastwagen mit gefälschten Uhren gestoppt.", "de",
         "St. Margrethen"},
        {"Neu Isenburg. Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Wasser.", "de",
         "Neu Isenburg"},
        {"Groß Mohrdorf. Die Feuerwehr bekommt nach langem Warten endlich ein neues Gerätehaus.", "de",
         "Groß Mohrdorf"},
        // a place and, in brackets, the river or region that tells it from its namesake
        {"Weiden (Opf). Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen.", "de",
         "Weiden (Opf)"},
        // two words that name no place: a stopword and a noun, an adjective, a short sentence, a label in brackets
        {"Das Ergebnis. Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen.", "de", ""},
        {"Neue Regeln. Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Wasser.", "de", ""},
        {"Großer Ärger. Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Wasser.", "de", ""},
        {"Es reicht. Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen.", "de", ""},
        {"Kommentar (Video). Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen.", "de", ""},
        // three words, and a prefix's abbreviation alone before a short sentence
        {"Sankt Wendel Nord. Die Kreisverwaltung zieht im Sommer in das frühere Postgebäude um.", "de", ""},
        {"St. Margrethen. Zoll stoppt Lastwagen.", "de", ""},
        // languages whose regional papers keep no such manner ("Den Haag -", "NEW YORK -")
        {"Den Haag. De gemeenteraad heeft dinsdag ingestemd met het nieuwe plan voor de binnenstad.", "nl", ""},
        {"New Haven. The council said on Tuesday that the new bus lanes would open in the spring.", "en", ""},
        {"Saint Malo. Le conseil municipal a voté mardi soir le nouveau plan de circulation du port.", "fr", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        CHECK(small_place_stop(r.paragraph, r.lang).value_or("") == r.place);
    }
}

TEST_CASE("a German page whose text opens with a place of two words and a full stop has it as its dateline",
          "[classify][dateline][small_place_stop][head26]") {
    const Article a = parse("Kurpark bleibt nach Sturm geschlossen\n"
                            "Bad Kissingen. Der Kurpark bleibt wegen der Sturmschäden bis Freitag für Besucher "
                            "geschlossen. Gärtner räumen die umgestürzten Bäume weg.\n"
                            "Die Stadt bittet Spaziergänger, die Absperrungen zu beachten, wie eine Sprecherin "
                            "mitteilte.\n");
    CHECK(a.language == "de");
    CHECK(a.dateline.value_or("") == "Bad Kissingen");
    const Article b = parse("Kurpark bleibt nach Sturm geschlossen\n"
                            "Neue Regeln. Der Kurpark bleibt wegen der Sturmschäden bis Freitag für Besucher "
                            "geschlossen. Gärtner räumen die umgestürzten Bäume weg.\n"
                            "Die Stadt bittet Spaziergänger, die Absperrungen zu beachten, wie eine Sprecherin "
                            "mitteilte.\n");
    CHECK(b.language == "de");
    CHECK_FALSE(b.dateline.has_value());
}

TEST_CASE("a place of two words opening the line over the byline makes it the text's first paragraph",
          "[classify][dateline][small_place_stop][head26]") {
    const Article a = parse("Startseite\nRegion\nKurpark bleibt nach Sturm geschlossen\n"
                            "St. Margrethen. Der Kurpark bleibt wegen der Sturmschäden bis Freitag für Besucher "
                            "geschlossen.\n"
                            "Von Katrin Mayer\n12.03.2025, 17:45 Uhr\n"
                            "Gärtner räumen seit Montag die umgestürzten Bäume weg und sichern die Wege am Weiher.\n"
                            "Die Stadt bittet Spaziergänger, die Absperrungen zu beachten, wie eine Sprecherin "
                            "mitteilte.\n");
    CHECK(a.language == "de");
    CHECK(a.dateline.value_or("") == "St. Margrethen");
    CHECK_FALSE(a.lede.has_value());
    REQUIRE_FALSE(a.sections.empty());
    CHECK(a.sections.front().paragraphs.front().starts_with("St. Margrethen. Der Kurpark"));
}

TEST_CASE("an English loanword of two words before the stop names no place on a German page",
          "[classify][dateline][small_place_stop][head26]") {
    // ("New", "City" open places' names in English, not in German: the language's own prefixes only.)
    CHECK_FALSE(small_place_stop("New Work. Das Konzept verändert die Arbeitswelt in vielen Betrieben seit Jahren.", "de"));
    CHECK_FALSE(small_place_stop("City Maut. Die Gebühr für die Einfahrt in die Innenstadt soll im Herbst kommen.", "de"));
    CHECK(small_place_stop("Sankt Wendel. Die Kreisverwaltung zieht im Sommer in das frühere Postgebäude um.", "de")
              .value_or("") == "Sankt Wendel");
}
