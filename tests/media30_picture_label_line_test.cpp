// A picture's label alone on its line between two paragraphs ("(Photo d'illustration)", "Foto d'archivio",
// "(Symbolbild).", "(Imagen de archivo)"), the picture itself left out of the text dump: neither a paragraph nor a
// heading. A sentence that names such a picture is text.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <deque>
#include <string>

using namespace archive;
using archive::test::check_boxes;

namespace {

// A page of a headline, a paragraph, the given line and two paragraphs more.
const char* page(const char* headline, const char* first, const char* line, const char* second, const char* third) {
    static std::deque<std::string> pages;
    return pages.emplace_back(std::string(headline) + "\n" + first + "\n" + line + "\n" + second + "\n" + third + "\n")
        .c_str();
}

const char* fr_h = "Incendies : la région demande l'aide de l'armée";
const char* fr_1 = "Les autorités ont demandé dimanche l'aide de l'armée, plus de cinq cents pompiers étant déjà engagés.";
const char* fr_2 = "Le vent, qui souffle à plus de soixante-dix kilomètres à l'heure, rend le travail des secours difficile.";
const char* fr_3 = "Les feux ont déjà contraint plus de deux mille personnes à quitter leur domicile depuis samedi.";
const char* it_h = "Milano, chiude lo storico cinema del corso dopo novant'anni";
const char* it_1 = "Il cinema chiuderà definitivamente il 30 aprile, ha annunciato ieri la società che lo gestisce.";
const char* it_2 = "Il sindaco ha detto di essere molto dispiaciuto e ha promesso di cercare una soluzione per una sala.";
const char* it_3 = "Un gruppo di cittadini ha lanciato una petizione che in due giorni ha raccolto diecimila firme.";
const char* de_h = "Einbruchserie im Quartier: Polizei sucht Zeugen";
const char* de_1 = "In der Nacht auf Sonntag sind im Quartier drei Wohnungen aufgebrochen worden, teilte die Polizei mit.";
const char* de_2 = "Die Täter hätten Schmuck und Bargeld erbeutet, sagte ein Sprecher der Kantonspolizei am Montag.";
const char* de_3 = "Wer in der Nacht etwas Verdächtiges beobachtet hat, soll sich bei der Polizei melden.";
const char* es_h = "El puerto amplía su muelle de cruceros para el verano";
const char* es_1 = "La autoridad portuaria aprobó este viernes la ampliación del muelle, que costará doce millones de euros.";
const char* es_2 = "Las obras comenzarán en octubre y durarán un año, según explicó el presidente del puerto.";
const char* es_3 = "Los vecinos del barrio temen que el tráfico de autobuses aumente durante los meses de verano.";

} // namespace

TEST_CASE("a picture's label alone between paragraphs is no text", "[classify][media30]") {
    check_boxes({
        {"fr", page(fr_h, fr_1, "(Photo d'illustration)", fr_2, fr_3), {"(Photo d'illustration)"}, {fr_1, fr_2, fr_3}},
        {"fr", page(fr_h, fr_1, "Image d'illustration", fr_2, fr_3), {"Image d'illustration"}, {fr_1, fr_2, fr_3}},
        {"it", page(it_h, it_1, "(Foto d'archivio)", it_2, it_3), {"(Foto d'archivio)"}, {it_1, it_2, it_3}},
        {"it", page(it_h, it_1, "Foto d'archivio", it_2, it_3), {"Foto d'archivio"}, {it_1, it_2, it_3}},
        {"de", page(de_h, de_1, "(Symbolbild).", de_2, de_3), {"(Symbolbild)."}, {de_1, de_2, de_3}},
        {"de", page(de_h, de_1, "Symbolbild", de_2, de_3), {"Symbolbild"}, {de_1, de_2, de_3}},
        {"es", page(es_h, es_1, "(Imagen de archivo)", es_2, es_3), {"(Imagen de archivo)"}, {es_1, es_2, es_3}},
    });
}

TEST_CASE("a picture label's line shape", "[classify][media30]") {
    CHECK(picture_label_line("(Photo d'illustration)"));
    CHECK(picture_label_line("Foto d'archivio"));
    CHECK(picture_label_line("(Symbolbild)."));
    CHECK(picture_label_line("Imagen de archivo."));
    // (A sentence naming the picture, a label in lower case inside a line, a caption closed by the label: no label
    // alone.)
    CHECK_FALSE(picture_label_line("Die Polizei zeigt ein Symbolbild des gesuchten Wagens."));
    CHECK_FALSE(picture_label_line("symbolbild"));
    CHECK_FALSE(picture_label_line("Le quai au lever du jour (photo d'illustration)"));
    CHECK_FALSE(picture_label_line("Archives"));
}
