// A writer's dateline closed by a full stop: the dash glued to it ("MONTERREY.- ...", "VALLE SERENO, Mich.- ...") or,
// with no dash, the place in capitals and its full stop opening the text ("SEEFELDERN. Das ...").
#include <catch2/catch.hpp>

#include "classify.hpp"

using namespace archive;

TEST_CASE("a place in capitals closed by a full stop, a dash glued to it or none, is the writer's dateline",
          "[classify][dateline][dateline_stops]") {
    struct Row {
        const char* paragraph;
        const char* place;
        const char* raw;
    };
    const Row rows[] = {
        // The dash glued to the state's abbreviation after the town.
        {"VALLE DORADO, Jal.- Los vecinos del mercado que cada sábado ocupa cuatro calles piden otra fecha.",
         "VALLE DORADO", "VALLE DORADO, Jal.-"},
        // The dash glued to the place's full stop.
        {"MONTEALTO.- El ayuntamiento cerrará el puente viejo durante seis meses por las obras del río.", "MONTEALTO",
         "MONTEALTO.-"},
        // No dash: the place in capitals and its full stop open a German paper's text.
        {"SEEWINKELN. Das Freibad am Weiher bleibt im kommenden Sommer wegen der Sanierung geschlossen.", "SEEWINKELN",
         "SEEWINKELN."},
        {"BAD OBERHOLZ. Die Gemeinde will die alte Mühle am Bach bis zum Herbst an einen Verein verpachten.",
         "BAD OBERHOLZ", "BAD OBERHOLZ."},
        {"NIEDERWALD. Wie die Polizei am Montag mitteilte, wurde an der Bergbahn ein Seil beschädigt.", "NIEDERWALD",
         "NIEDERWALD."},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto d = dateline_tag(r.paragraph);
        CHECK(d);
        if (!d)
            continue;
        CHECK(d->place == r.place);
        CHECK(d->raw == r.raw);
        CHECK(d->agencies.empty());
    }
}

TEST_CASE("a label in capitals closed by a full stop is no dateline", "[classify][dateline][dateline_stops]") {
    const char* paragraphs[] = {
        // A label of the text, no place.
        "UPDATE. Die Straße zum Hafen ist seit dem Nachmittag wieder in beide Richtungen frei befahrbar.",
        "EDITOR'S NOTE. This story was changed on Tuesday to give the right name of the harbour master.",
        "ACTUALIZACIÓN. El puerto ha vuelto a abrir esta tarde después de seis horas de cierre por la niebla.",
        // An acronym of three letters.
        "EWR. Die Abkürzung steht für den Europäischen Wirtschaftsraum, dem auch Norwegen angehört.",
        // A place in capitals, then a small word: no sentence opens after the stop.
        "SEEWINKELN. und die anderen Dörfer am See haben im Sommer neue Stege für die Boote gebaut.",
        // A comma before the stop: the state's full stop with no dash.
        "VALLE DORADO, Jal. Los vecinos del mercado que cada sábado ocupa cuatro calles piden otra fecha.",
    };
    for (const char* paragraph : paragraphs) {
        INFO(paragraph);
        CHECK_FALSE(dateline_tag(paragraph));
    }
    // The full stop of an abbreviation inside the place, then the dash: the dash closes the place.
    auto d = dateline_tag("ST. MARTINSVILLE — The county board voted on Monday to close the old landfill next year.");
    REQUIRE(d);
    CHECK(d->place == "ST. MARTINSVILLE");
}
