// Tests of section headings opened by a mark: a pictograph, an arrow or "#" and a number before the heading's words
// ("📌 What matters now", "▶ Was jetzt passiert", "#3 La crítica"), and the lines such a mark does not make headings.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::check_heading_rows;

TEST_CASE("a heading may open with a pictograph, an arrow or a number sign", "[classify][heading][sect26]") {
    for (const char* line : {"📌 What matters now", "📌 Was jetzt wichtig ist", "▶ Was jetzt passiert",
                             "→ Lo que viene", "➡️ Ce qui change", "⚠️ Was Sie beachten müssen", "#3 The opposition's criticism",
                             "#2 Die Kritik der Opposition", "#10 La crítica de la oposición", "I. The background",
                             "II. Die Kritik"}) {
        INFO(line);
        CHECK(heading_like(block_of(line)));
    }
}

TEST_CASE("a mark makes no heading of a bullet, a tick, a hashtag or a sentence", "[classify][heading][sect26]") {
    for (const char* line : {// the words after the mark are no heading either
                             "📌 what matters now", "▶ was jetzt passiert", "→ Lo que viene.", "#3 la crítica",
                             // a hashtag, a number sign glued to its word, a ticket's long number
                             "#Election2025", "#3The criticism", "#12345 Ticket closed",
                             // a mark alone, or with nothing after its space
                             "📌", "#3 ",
                             // a tick or a cross of a checklist
                             "✓ Formular ausgefüllt", "✔ Form filled in", "✗ Not yet paid",
                             // a bullet of a list
                             "► Was jetzt passiert", "• What matters now"}) {
        INFO(line);
        CHECK_FALSE(heading_like(block_of(line)));
    }
}

TEST_CASE("sections headed by marked headings keep their text", "[classify][heading][sect26]") {
    check_heading_rows({
        {"en",
         "Home\nGarden\nWhat the late frost means for fruit growers\nBy Lena Korb\n12 April 2025\n\n"
         "The late frost has destroyed part of the blossom in many orchards of the region, the growers say.\n\n"
         "▶ What happens now\n\nThe growers will count the damage over the next few days and report it to their "
         "insurers.\n\n📌 What the growers want\n\nTheir association asks for quick help, because many farms already "
         "had losses last year.\n\n#3 The opposition's criticism\n\nThe opposition finds the planned help too small "
         "and too late for the farms that were hit.\n\nShare\n",
         {"▶ What happens now", "📌 What the growers want", "#3 The opposition's criticism"}},
        {"de",
         "Start\nGarten\nWas der späte Frost für die Obstbauern bedeutet\nVon Lena Korb\n12.04.2025\n\n"
         "Der späte Frost hat in vielen Obstgärten der Region einen Teil der Blüten zerstört, sagen die Bauern.\n\n"
         "▶ Was jetzt passiert\n\nDie Obstbauern zählen in den nächsten Tagen die Schäden und melden sie der "
         "Versicherung.\n\n📌 Was die Bauern fordern\n\nDer Verband verlangt schnelle Hilfe, weil viele Betriebe schon "
         "im vorigen Jahr Verluste hatten.\n\n#3 Die Kritik der Opposition\n\nDie Opposition hält die geplante Hilfe "
         "für zu klein und zu spät für die betroffenen Betriebe.\n\nTeilen\n",
         {"▶ Was jetzt passiert", "📌 Was die Bauern fordern", "#3 Die Kritik der Opposition"}},
    });
}

TEST_CASE("a heading opened by a mark of a heading", "[classify][heading][sect26]") {
    for (const char* line : {"📌 What matters now", "▶ Was jetzt passiert", "#3 La crítica de la oposición",
                             "I. The background", "II. Die Kritik", "IV. Ce qui change"}) {
        INFO(line);
        CHECK(opens_with_heading_mark(line));
    }
    // A step's number, a word of capitals, a pronoun, a bullet and a numeral alone open no heading with a mark.
    for (const char* line : {"1. Pack a torch", "Iris", "I am here", "IVX. no", "VI.", "XII. the end",
                             "• What matters now", "What matters now"}) {
        INFO(line);
        CHECK_FALSE(opens_with_heading_mark(line));
    }
}

TEST_CASE("short sections under marked headings stay sections, no terms of a list", "[sections][heading][sect26]") {
    // Four sections of one sentence each under short headings: the marks show them sections.
    check_heading_rows({
        {"en",
         "Home\nPolitics\nWhat the new bus fares mean for riders\nBy Tom Reed\n3 March 2025\n\n"
         "The city council on Tuesday approved new bus fares, which are due to apply from the summer.\n\n"
         "I. The background\n\nFor years, riders have complained that the fares rose faster than the wages of most "
         "workers.\n\nII. The details\n\nA single ride will cost two euros, and a monthly pass will cost forty euros "
         "from June.\n\n📌 What matters now\n\nAnyone who rides the bus every day should buy the monthly pass before the "
         "end of May.\n\n#4 The criticism\n\nThe opposition calls the new fares unfair because they hit the people "
         "with the lowest incomes.\n\nShare\n",
         {"I. The background", "II. The details", "📌 What matters now", "#4 The criticism"}},
        {"de",
         "Start\nPolitik\nWas die neuen Busfahrpreise für Fahrgäste bedeuten\nVon Tom Reed\n03.03.2025\n\n"
         "Der Stadtrat hat am Dienstag neue Fahrpreise für die Busse beschlossen, die vom Sommer an gelten sollen.\n\n"
         "▶ Der Hintergrund\n\nSeit Jahren klagen die Fahrgäste, dass die Preise schneller steigen als die Löhne der "
         "meisten Menschen.\n\nII. Die Einzelheiten\n\nEine einfache Fahrt kostet zwei Euro, und eine Monatskarte kostet "
         "vom Juni an vierzig Euro.\n\n📌 Was jetzt wichtig ist\n\nWer jeden Tag mit dem Bus fährt, sollte die Monatskarte "
         "noch vor Ende Mai kaufen.\n\n#4 Die Kritik\n\nDie Opposition hält die neuen Preise für ungerecht, weil sie die "
         "Menschen mit den kleinsten Einkommen treffen.\n\nTeilen\n",
         {"▶ Der Hintergrund", "II. Die Einzelheiten", "📌 Was jetzt wichtig ist", "#4 Die Kritik"}},
    });
}
