// The title of a box of facts amid the text, glued over three items or more, heads them when every item but one
// holds a figure or is a label and its value: "Feiten / Kosten: 6 miljoen euro / Boeken: 40.000 / Open: zeven dagen
// per week", "Datos clave / ... / Horario: todos los días". A value in words ("zeven dagen") made the box one figure
// short, and its title was kept as a paragraph (region_facts.cpp fact_box_end(), sections_headings.cpp
// heads_section()). A list of phrases with no label stays a list under a paragraph. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

struct Page {
    const char* lang;
    const char* text;
    const char* label; // the box's title
    bool heading;      // whether it heads a section
};

const Page pages[] = {
    {"nl",
     "Het Streekblad\nNieuws\nRegio\nGemeente opent nieuwe bibliotheek in het centrum\n"
     "Het gebouw aan de Markt telt drie verdiepingen en een leescafé.\nDoor Pieter Jansen\n5 maart 2026\n"
     "De gemeente Veldhoven heeft woensdag de nieuwe bibliotheek aan de Markt geopend. Honderden inwoners kwamen op "
     "de opening af en bekeken de ruime leeszalen.\nFeiten\nKosten: 6 miljoen euro\nBoeken: 40.000\n"
     "Open: zeven dagen per week\nDe oude bibliotheek aan de Kerkstraat was te klein geworden en had geen lift, zodat "
     "veel ouderen er niet meer kwamen.\nLees ook\nNieuwe fietsroute langs het kanaal\nPrivacy\n",
     "Feiten", true},
    {"es",
     "Diario del Sur\nPortada\nLocal\nEl Ayuntamiento abre la nueva biblioteca del centro\n"
     "El edificio de la plaza Mayor tiene tres plantas y una cafetería.\nPor Marta Ruiz\n5 de marzo de 2026\n"
     "El Ayuntamiento de Villaverde inauguró el miércoles la nueva biblioteca de la plaza Mayor. Cientos de vecinos "
     "acudieron a la apertura y recorrieron las amplias salas de lectura.\nDatos clave\n"
     "Coste: 6 millones de euros\nLibros: 40.000\nHorario: todos los días\nLa antigua biblioteca de la calle Real se "
     "había quedado pequeña y no tenía ascensor, así que muchos mayores dejaron de ir.\nTe puede interesar\n"
     "Nueva ruta ciclista junto al canal\nAviso legal\n",
     "Datos clave", true},
    {"de",
     "Stadtbote\nPolitik\nSport\nNeues Hallenbad öffnet im Herbst\nDas Becken ist 25 Meter lang.\nVon Jana Keller\n"
     "5. März 2026\nDie Stadt hat am Mittwoch den Rohbau des neuen Hallenbads an der Parkstraße besichtigt. Die "
     "Arbeiten liegen im Zeitplan, sagte der Bürgermeister bei dem Rundgang.\nDas Bad in Kürze\n"
     "Kosten: 12 Millionen Euro\nBahnen: 6\nÖffnungszeiten: täglich\nDas alte Bad am Bahnhof schließt, sobald das "
     "neue Bad den Betrieb aufgenommen hat, und wird danach abgerissen.\nMehr zum Thema\nImpressum\n",
     "Das Bad in Kürze", true},
    // a list of phrases, one figure among them and no label: no box of facts, its first line no title
    {"nl",
     "Het Streekblad\nNieuws\nRegio\nNieuwe veerboot vaart vanaf mei\nDe boot biedt meer ruimte voor fietsen.\n"
     "Door Pieter Jansen\n5 maart 2026\nDe nieuwe veerboot over de rivier gaat in mei varen. De boot is groter dan de "
     "oude en biedt veel meer ruimte voor reizigers en hun fietsen.\nGratis internet aan boord\n"
     "Een rustige ruimte om te lezen\nPlaats voor 40 fietsen\nDe oude veerboot wordt verkocht aan een rederij in het "
     "noorden, die er toeristen mee wil vervoeren.\nLees ook\nPrivacy\n",
     "Gratis internet aan boord", false},
};

} // namespace

TEST_CASE("the title of a box of labelled facts heads it, a value in words among them", "[region][region37]") {
    for (const Page& r : pages) {
        INFO(r.lang << " " << r.label);
        const Article a = parse(r.text);
        const bool heads = std::any_of(a.sections.begin(), a.sections.end(),
                                       [&](const Section& s) { return s.heading.value_or("") == r.label; });
        CHECK(heads == r.heading);
    }
}
