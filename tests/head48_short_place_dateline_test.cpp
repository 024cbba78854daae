// A place of one word of three capitals before a dash opening the text ("RIO — A inflação ...", "AIX – Le conseil
// ...", "ELY — The ...") is a dateline when it reads as a word; initials spelled out ("CDU — Die ...", "SPD – ...",
// "PSG - ...") stay none, as a label of two capitals does ("UE - ..."). Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "press_datelines.hpp"

#include <string>

using namespace archive;

TEST_CASE("a word of three capitals read as a word", "[classify][dateline][short_place][head48]") {
    for (const char* w : {"RIO", "AIX", "ELY", "USA", "AYR"})
        CHECK(syllabic_capitals(w));
    for (const char* w : {"CDU", "SPD", "PSG", "FDP", "ÖVP", "Rio", "RI0"})
        CHECK_FALSE(syllabic_capitals(w));
}

TEST_CASE("a place of three capitals before a dash opens a dateline, initials none",
          "[classify][dateline][short_place][head48]") {
    struct Row {
        const char* paragraph;
        const char* place; // "" for none
    };
    const Row rows[] = {
        {"RIO — A inflação oficial desacelerou em novembro, informou nesta sexta-feira o instituto de estatística.",
         "RIO"},
        {"RIO - A prefeitura anunciou nesta segunda-feira um novo plano para as encostas da zona norte.", "RIO"},
        {"AIX – Le conseil municipal a voté lundi soir la fermeture de la piscine du centre pour travaux.", "AIX"},
        {"ELY — The cathedral will close its west door for three months while masons repair the old stone.", "ELY"},
        {"CDU — Die Partei will auf ihrem Parteitag im Frühjahr über das neue Grundsatzprogramm abstimmen.", ""},
        {"SPD – Der Vorstand hat am Montag die Liste für die Landtagswahl im Herbst vorgestellt.", ""},
        {"PSG - Le club parisien a annoncé mardi la prolongation de son entraîneur jusqu'en 2029.", ""},
        {"UE - Le ministre a présenté mardi un plan pour les ports de la façade atlantique.", ""},
        // (a word of three capitals closed by a colon or a stop is no place: an interview's turn, a label)
        {"RIO: A inflação oficial desacelerou em novembro, informou nesta sexta-feira o instituto.", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto tag = dateline_tag(r.paragraph);
        CHECK((tag ? tag->place : std::string()) == r.place);
    }
}
