// A player's length in minutes, read one way by its three readers (media_players.cpp player_length()): the length
// opening the line under a player's title ("02:14 min, aus ..."), the length among the parts of a programme's line
// ("Le journal du soir / 12 min / ..."), and the length on the programme's line of an audio player under the
// standfirst (classify_lede.cpp past_audio_player()). An audio player's word and its labels are one list
// (audio_player_label(), lexicon section audio_markers), read by the picture markers and by the head alike. Invented
// lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "media_parts.hpp"
#include "pipeline.hpp"

#include <array>
#include <string>
#include <utility>

using namespace archive;

TEST_CASE("a player's length in minutes is figures or minutes and seconds, then min", "[media][player][media39]") {
    struct Row {
        const char* figures;
        const char* unit;
        bool length;
    };
    const Row rows[] = {
        {"1", "min.", true},     {"12", "min", true},       {"120", "min", true},     {"02:14", "min,", true},
        {"2:34", "min.", true},  {"1:02:10", "min", true},  {"2026", "min", false},   {"12", "minutes", false},
        {"12", "mins", false},   {"douze", "min", false},   {"12h", "min", false},    {"", "min", false},
        {"02:74", "min", false}, {"12", "max", false},      {"3", "min;", false},
    };
    for (const Row& r : rows) {
        INFO(r.figures << " " << r.unit);
        CHECK(player_length(r.figures, r.unit) == r.length);
    }
}

TEST_CASE("a player's length line opens with the length, plain figures too", "[media][player][media39]") {
    // {line, a player's length line}: the line a player prints under its title, in several languages; a sentence
    // opening with a figure is none.
    const std::pair<const char*, bool> rows[] = {
        {"02:14 min, aus Regionaljournal Bern vom 12.06.2024.", true},
        {"3 min, aus Echo der Zeit vom 05.12.2026.", true},
        {"2:34 min. / Le journal du soir", true},
        {"12 min. / Le journal de 12h30 du 03.12.2026", true},
        {"4 min, dal Radiogiornale del 05.12.2026", true},
        {"1:12 min, from the Evening Bulletin of 3 Dec 2026", true},
        {"12 minutes de marche séparent la gare du port depuis 2026.", false},
        {"2026 min, a record for the harbour's ferries", false},
        {"Am 12.06.2024 wurde die Brücke eröffnet.", false},
    };
    for (const auto& [line, length] : rows) {
        INFO(line);
        const auto blocks = segment(line);
        REQUIRE(blocks.size() == 1);
        CHECK(player_length_line(blocks[0]) == length);
    }
}

TEST_CASE("an audio player's word and its labels are one list", "[media][player][media39]") {
    const std::pair<const char*, bool> rows[] = {
        {"audio", true},        {"sujet radio", true},    {"chronique radio", true}, {"radiobeitrag", true},
        {"jetzt anhören", true}, {"servizio radio", true}, {"radio", false},           {"sujet", false},
        {"video", false},       {"audio gallery", false},
    };
    for (const auto& [line, label] : rows) {
        INFO(line);
        CHECK(audio_player_label(line) == label);
    }
}

TEST_CASE("an audio player's word over a programme line with minutes and seconds leaves the lede",
          "[classify][lede][media39]") {
    // "<standfirst> / Audio / <programme> / 02:14 min / <caption> / <credit>": the player's word (the list it shares
    // with the labels) and a length in minutes and seconds, in French and German; the line under the headline stays
    // the lede.
    // {headline, standfirst, player, the picture and the text under it}
    const std::array<const char*, 4> rows[] = {
        {"Le téléphérique du Moléson rouvre après sa révision",
         "Les cabines ont été remplacées pendant l’été. Les premiers skieurs monteront samedi, si la neige tient, a "
         "annoncé la société d’exploitation.",
         "Audio\nÉcouter\nLe Journal du matin / 02:14 min / aujourd’hui à 06:00",
         "Une des nouvelles cabines au départ de la station, vendredi.\nKEYSTONE\n\n"
         "La révision a coûté près de quatre millions de francs, financés en partie par la commune. Les anciennes "
         "cabines seront vendues à un musée du transport, selon la direction.\n\n"
         "Le téléphérique transporte chaque hiver près de cent mille personnes jusqu’au sommet.\n"},
        {"Die Seilbahn auf den Moléson fährt wieder",
         "Die Kabinen wurden im Sommer ersetzt. Die ersten Skifahrer fahren am Samstag hinauf, wenn der Schnee "
         "hält, teilte die Betreiberin mit.",
         "Audio\nAnhören\nEcho der Zeit / 2:05 min / heute, 06:00",
         "Eine der neuen Kabinen an der Talstation am Freitag.\nKEYSTONE\n\n"
         "Die Revision kostete fast vier Millionen Franken, zum Teil von der Gemeinde bezahlt. Die alten Kabinen "
         "gehen an ein Verkehrsmuseum, sagte die Direktion.\n\n"
         "Die Seilbahn befördert jeden Winter fast hunderttausend Personen auf den Gipfel.\n"},
    };
    for (const auto& [title, standfirst, player, rest] : rows) {
        INFO(title);
        const Article a = parse(std::string("Accueil\nSuisse\nMonde\nSport\nRecherche\n\nPublié à 06:15\n\n") +
                                title + "\n\n" + standfirst + "\n\n" + player + "\n\n" + rest);
        CHECK(a.headline.value_or("") == title);
        CHECK(a.lede.value_or("") == standfirst);
    }
}
