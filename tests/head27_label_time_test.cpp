// A publication's or an update's label and a time alone ("Publiziert: 10:14 Uhr"), the day being the day the page was
// read: a date line whose day is left unresolved, no heading of the text. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a date label and a time alone give the time", "[dates][relative]") {
    struct Row {
        const char* line;
        const char* time; // nullptr: none
    };
    const std::vector<Row> rows = {
        {"Publiziert: 10:14 Uhr", "T10:14"},     // de-CH
        {"Veröffentlicht um 08:05 Uhr", "T08:05"}, // de
        {"Publié à 10h12", "T10:12"},            // fr
        {"Publié: 9h05", "T09:05"},              // fr-CH
        {"Pubblicato alle 10:14", "T10:14"},     // it
        {"Aktualisiert: 16:20 Uhr", "T16:20"},   // de: an update's label too
        // Not so: a time among words, a label with a day, a time alone with no label.
        {"Publiziert: 10:14 Uhr im Stadthaus", nullptr},
        {"Publié à 10h12 par la rédaction du soir", nullptr},
        {"10:14 Uhr", nullptr},
        {"Um 10:14 Uhr begann die Sitzung", nullptr},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        auto time = labelled_time_alone(r.line);
        if (r.time == nullptr) {
            CHECK_FALSE(time);
        } else {
            REQUIRE(time);
            CHECK(*time == r.time);
        }
    }
}

TEST_CASE("a date label and a time under the lede are a date line, not a heading", "[classify][dates][relative]") {
    const std::vector<std::pair<const char*, const char*>> rows = {
        {"Stadtrat will mehr Velowege\n\n"
         "Der Stadtrat hat am Mittwoch ein Paket von vierzig Massnahmen vorgestellt. Kritik kommt vom Gewerbe.\n\n"
         "Publiziert: 10:14 Uhr\n\n"
         "Die Verkehrsvorsteherin sagte vor den Medien, das Paket solle bis 2030 umgesetzt werden. Die Kosten "
         "betragen rund zwanzig Millionen Franken.\n\n"
         "Der Gewerbeverband kritisiert, dass Parkplätze wegfallen, und prüft ein Referendum.\n",
         "Publiziert: 10:14 Uhr"},
        {"La Ville veut plus de pistes cyclables\n\n"
         "La Municipalité a présenté mercredi un paquet de quarante mesures. Les commerçants critiquent le projet.\n\n"
         "Publié à 10h12\n\n"
         "La conseillère municipale chargée de la mobilité a indiqué que le paquet serait réalisé d'ici 2030. Il "
         "coûtera une vingtaine de millions de francs.\n\n"
         "L'association des commerçants regrette la suppression de places de parc et envisage un référendum.\n",
         "Publié à 10h12"},
    };
    for (const auto& [page, line] : rows) {
        INFO(page);
        const Article a = parse(page);
        CHECK_FALSE(a.published);
        for (const Section& s : a.sections)
            CHECK(s.heading.value_or("") != line);
        CHECK(std::find(a.warnings.begin(), a.warnings.end(), std::string("relative date left unresolved: ") + line) !=
              a.warnings.end());
    }
}
