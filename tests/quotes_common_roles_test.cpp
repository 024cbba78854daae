// Table-driven tests of German nouns of people that are no names: who runs or owns a place, a trade, a noun after a
// possessive ("sagte der Betreiber", "Der Imker sagte", "Unser Wirt sagte"): someone the text does not name, or the
// person named with that role before; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a German noun of a person's role or trade names no speaker by itself", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Der Betreiber sagte: „Dieses Jahr wird die Saison am Kiosk sehr kurz.“"},
         "Dieses Jahr wird die Saison am Kiosk sehr kurz.", "", "Der Betreiber"},
        {"de", {"Die Kioskbetreiberin sagte: „Dieses Jahr wird die Saison am See sehr kurz.“"},
         "Dieses Jahr wird die Saison am See sehr kurz.", "", "Die Kioskbetreiberin"},
        {"de", {"Der Imker sagte: „Dieses Jahr bleiben die Völker sehr schwach.“"},
         "Dieses Jahr bleiben die Völker sehr schwach.", "", "Der Imker"},
        {"de", {"Unser Wirt sagte: „Dieses Jahr kommen weniger Gäste in das Dorf.“"},
         "Dieses Jahr kommen weniger Gäste in das Dorf.", "", "Unser Wirt"},
        // the person named with the role before
        {"de",
         {"Die Pächterin Eva Gruber öffnete am Montag die Hütte am Pass.",
          "Die Pächterin sagte: „Wir rechnen mit einem langen Sommer auf der Alm.“"},
         "Wir rechnen mit einem langen Sommer auf der Alm.", "Eva Gruber"},
    });
    // A body's noun still speaks as the body.
    check_quotes({
        {"de", {"Die Feuerwehr sagte: „Der Brand war nach einer Stunde gelöscht.“"},
         "Der Brand war nach einer Stunde gelöscht.", "Feuerwehr"},
    });
}
