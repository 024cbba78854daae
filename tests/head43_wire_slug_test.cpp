// "Tarife/Bahn/" / <headline>, "PORTUGAL ELECCIONES (Urgente)" / <headline>: an agency's slug line over the headline
// of wire copy (keywords closed by a slash, or a priority code in brackets: common lexicon section
// wire_priority_words) is a code of the wire, kept with the boilerplate, no kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a wire's slug line over the headline is no kicker", "[classify][kicker][wire][head43]") {
    struct Row {
        const char* lang;
        const char* slug;
        const char* headline;
        const char* rest;
    };
    const Row rows[] = {
        {"de", "Verkehr/Fähre/", "Fährlinie nach Helgoland fährt wieder ab Montag",
         "Cuxhaven (dpa) - Die Fährlinie nach Helgoland nimmt am Montag den Betrieb wieder auf, teilte die Reederei "
         "am Freitag mit.\nDie Schiffe waren seit Oktober in der Werft.\n"},
        {"es", "ESPAÑA PUERTOS (Urgente)", "El puerto de Vigo reabre tras el temporal",
         "Vigo, 6 mar (EFE).- El puerto de Vigo reabrió este viernes tras tres días cerrado por el temporal, informó "
         "la autoridad portuaria.\nLos barcos retenidos zarparon a primera hora.\n"},
        {"fr", "PORTS TEMPÊTE (URGENT)", "Le port de Brest rouvre après la tempête",
         "BREST, 6 mars 2026 (AFP) - Le port de Brest a rouvert vendredi après trois jours de fermeture due à la "
         "tempête, a indiqué la capitainerie.\nLes navires bloqués ont appareillé dès l'aube.\n"},
        {"en", "Ports/Storm/", "Dover port reopens after the storm",
         "DOVER, March 6 (Reuters) - The port of Dover reopened on Friday after three days of closure caused by the "
         "storm, the harbour board said.\nShips held at anchor sailed at dawn.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.slug);
        const std::string page = std::string(r.slug) + "\n" + r.headline + "\n" + r.rest;
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(!a.kicker.has_value());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.slug) != a.boilerplate.end());
    }
}

TEST_CASE("a label over the headline of wire copy stays its kicker", "[classify][kicker][wire][head43]") {
    const Article a = parse("Nachrichten\n\nVerkehr\nFährlinie nach Helgoland fährt wieder ab Montag\n"
                            "Cuxhaven (dpa) - Die Fährlinie nach Helgoland nimmt am Montag den Betrieb wieder auf, "
                            "teilte die Reederei am Freitag mit.\nDie Schiffe waren seit Oktober in der Werft.\n");
    CHECK(a.kicker.value_or("") == "Verkehr");
}
