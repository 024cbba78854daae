// A list of other articles under its label with a colon ("Seguir leyendo:", "Weiterlesen:") closes the article: its
// titles are no paragraphs, and the agencies' credit over it ("(Con información de EFE y Reuters)") is the text's
// last line, its source tag (probe69 R2). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a closing list's label with a colon ends the text over the agencies' credit",
          "[region][endings][region78]") {
    const struct {
        const char* language;
        const char* page;
        const char* tag;
        const char* last;
        const char* listed;
    } rows[] = {
        {"es",
         "América\n"
         "Chile declara alerta roja en tres regiones por los incendios forestales\n"
         "El fuego ya consumió más de 12.000 hectáreas y obligó a evacuar a cientos de familias en el sur del "
         "país\n"
         "Por Redacción Infobae\n"
         "5 de diciembre de 2026\n"
         "\n"
         "El gobierno chileno declaró este sábado la alerta roja en las regiones de Ñuble, Biobío y La "
         "Araucanía por el avance de los incendios forestales, que ya consumieron más de 12.000 hectáreas.\n"
         "\n"
         "Las autoridades ordenaron la evacuación preventiva de cientos de familias en las comunas rurales "
         "más cercanas a los focos activos, mientras los brigadistas trabajan sin descanso.\n"
         "\n"
         "El gobierno argentino ofreció el envío de brigadistas y aviones hidrantes, según confirmó la "
         "Cancillería de ese país en un comunicado.\n"
         "\n"
         "(Con información de EFE y Reuters)\n"
         "\n"
         "Seguir leyendo:\n"
         "\n"
         "Cómo se preparan las brigadas para la temporada de incendios en la Patagonia\n"
         "Por qué las olas de calor son cada vez más largas en el Cono Sur\n"
         "Temas Relacionados\n",
         "(Con información de EFE y Reuters)", "El gobierno argentino ofreció",
         "Cómo se preparan las brigadas para la temporada de incendios en la Patagonia"},
        {"de",
         "Panorama\n"
         "Waldbrände in Chile: Regierung ruft die höchste Alarmstufe aus\n"
         "Die Feuer haben bereits mehr als 12.000 Hektar zerstört, Hunderte Familien mussten ihre Häuser "
         "verlassen\n"
         "Von Anna Berger\n"
         "05.12.2026, 14:20 Uhr\n"
         "\n"
         "Die chilenische Regierung hat am Samstag in drei Regionen im Süden des Landes die höchste "
         "Alarmstufe ausgerufen, weil sich die Waldbrände weiter ausbreiten.\n"
         "\n"
         "Die Behörden ordneten die vorsorgliche Räumung mehrerer Dörfer an, während Hunderte Feuerwehrleute "
         "gegen die Flammen kämpften.\n"
         "\n"
         "Argentinien bot die Entsendung von Löschflugzeugen an, wie das Außenministerium in Buenos Aires "
         "mitteilte.\n"
         "\n"
         "(Mit Material von dpa und Reuters)\n"
         "\n"
         "Weiterlesen:\n"
         "\n"
         "Wie sich die Feuerwehren in Patagonien auf die Brandsaison vorbereiten\n"
         "Warum die Hitzewellen in Südamerika immer länger dauern\n",
         "(Mit Material von dpa und Reuters)", "Argentinien bot",
         "Wie sich die Feuerwehren in Patagonien auf die Brandsaison vorbereiten"},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        const Article a = parse(r.page);
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->raw == r.tag);
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections.back().paragraphs.empty());
        CHECK(a.sections.back().paragraphs.back().starts_with(r.last));
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.listed)) != a.boilerplate.end());
    }
}
