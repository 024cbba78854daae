// "<chapeau> / Sujet radio / Écouter / Le Journal du matin / 1 min. / aujourd’hui à 06:00 / <caption> / KEYSTONE": an
// audio player between the standfirst and the picture (its label, lexicon section audio_player_labels, its button,
// read_aloud_buttons, then its programme's line with the recording's length) is skipped as a reading aid is: the
// line under the headline stays the lede. A label with no length line under it is no player (guard). Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

std::string page(const std::string& title, const std::string& standfirst, const std::string& player,
                 const std::string& caption, const std::string& body) {
    return "Accueil\nSuisse\nMonde\nSport\nAudio\nRecherche\n\nModifié à 09:12\nPublié à 06:15\n\n" + title + "\n\n" +
           standfirst + "\n\n" + player + "\n\n" + caption + "\nKEYSTONE\n\n" + body;
}

} // namespace

TEST_CASE("an audio player under the standfirst leaves it the lede", "[classify][lede][head45]") {
    struct Row {
        const char* lang;
        const char* title;
        const char* standfirst;
        const char* player;
        const char* caption;
        const char* body;
    };
    const Row rows[] = {
        {"fr", "Le col du Simplon fermé après une chute de pierres",
         "Un bloc de rocher est tombé mardi soir sur la route du col. Personne n’a été blessé, mais l’axe restera "
         "fermé au moins jusqu’à jeudi, selon le canton.",
         "Sujet radio\nÉcouter\nLe Journal du matin / 1 min. / aujourd’hui à 06:00",
         "La route du col du Simplon près de Brigue, mardi soir.",
         "Le bloc s’est détaché vers 22h à environ deux kilomètres du col, dans le sens sud-nord. Un automobiliste "
         "a pu s’arrêter à temps, a indiqué la police cantonale.\n\n"
         "Les géologues doivent encore évaluer l’état de la paroi, qui a été fragilisée par les pluies des derniers "
         "jours.\n"},
        {"de", "Simplonpass nach Steinschlag gesperrt",
         "Ein Felsblock ist am Dienstagabend auf die Passstrasse gestürzt. Verletzt wurde niemand, die Strasse bleibt "
         "aber mindestens bis Donnerstag zu, teilte der Kanton mit.",
         "Radiobeitrag\nAnhören\nEcho der Zeit / 2 Min. / heute, 06:00",
         "Die Strasse über den Simplonpass bei Brig am Dienstagabend.",
         "Der Block löste sich gegen 22 Uhr rund zwei Kilometer unterhalb der Passhöhe. Ein Autofahrer konnte "
         "rechtzeitig anhalten, sagte die Kantonspolizei.\n\n"
         "Geologen müssen den Zustand der Felswand noch beurteilen, die vom Regen der letzten Tage geschwächt ist.\n"},
        {"it", "Passo del Sempione chiuso dopo una frana",
         "Un masso è caduto martedì sera sulla strada del passo. Nessuno è rimasto ferito, ma la strada resterà "
         "chiusa almeno fino a giovedì, secondo il cantone.",
         "Servizio radio\nAscolta\nRadiogiornale / 2 min. / oggi alle 06:00",
         "La strada del passo del Sempione vicino a Briga, martedì sera.",
         "Il masso si è staccato verso le 22 a circa due chilometri dal passo. Un automobilista è riuscito a fermarsi "
         "in tempo, ha indicato la polizia cantonale.\n\n"
         "I geologi devono ancora valutare lo stato della parete, indebolita dalle piogge degli ultimi giorni.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(page(r.title, r.standfirst, r.player, r.caption, r.body));
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.lede.value_or("") == r.standfirst);
    }
}
