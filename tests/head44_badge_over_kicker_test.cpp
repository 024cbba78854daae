// "<menu> / <blank> / Abonné / Piscine de Bellerive / <headline>": a subscribers' badge in the singular (common
// lexicon section subscriber_badge_words: "abonné", "abbonati", "assinante") opening the head's block ends the menu
// above the label under it: the label is the kicker, the badge stays with the boilerplate. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a subscribers' badge over the kicker leaves the kicker", "[classify][kicker][badge][head44]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* badge;
        const char* kicker;
        const char* headline;
        const char* body;
    };
    const Row rows[] = {
        {"fr", "Menu\nRechercher\nVaud\nLausanne\nRiviera\nSports\n", "Abonné", "Patinoire de Malley",
         "La Ville promet une réouverture de la patinoire pour l’automne 2027",
         "Les travaux de rénovation ont pris un an de retard, a reconnu la Municipalité mardi soir.\n\n"
         "Par Claire Dubois\n\nLe chantier, ouvert depuis mars 2025, attend toujours sa nouvelle toiture.\n"},
        {"pt", "Menu\nPesquisar\nPolítica\nEconomia\nDesporto\nCultura\n", "Assinante", "Piscinas municipais",
         "Câmara promete reabrir a piscina do Alvito no verão de 2027",
         "As obras de renovação sofreram um atraso de um ano, reconheceu a autarquia na terça-feira.\n\n"
         "Por Marta Sousa\n\nO estaleiro, aberto desde março de 2025, aguarda ainda a nova cobertura.\n"},
        {"it", "Menu\nCerca\nTicino\nSvizzera\nSport\nCultura\n", "Abbonati", "Piscina di Lugano",
         "Il Municipio promette di riaprire la piscina nell’estate 2027",
         "I lavori di risanamento hanno accumulato un anno di ritardo, ha ammesso il Municipio martedì.\n\n"
         "Di Laura Bernasconi\n\nIl cantiere, aperto da marzo 2025, attende ancora il nuovo rivestimento.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.badge);
        const Article a = parse(std::string(r.menu) + "\n" + r.badge + "\n" + r.kicker + "\n" + r.headline + "\n\n" +
                                r.body);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.badge) != a.boilerplate.end());
    }
}
