// Tests of a review's score printed on a line of its own under its last paragraph ("Verdict: 4/5"): it closes the
// review's text, no line of the page's furniture.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Review {
    const char* score; // the line under the last paragraph
    const char* lang;
    const char* title;
    std::vector<const char*> paragraphs;
};

// Invented reviews of a kettle, one for each language of the labels' lexicon.
const Review reviews[] = {
    {"Verdict: 4/5",
     "en",
     "Tested: the Brightwell K2 kettle",
     {"The Brightwell K2 boils a full litre in just under three minutes and stays quiet while it does so.",
      "Its lid opens wide enough to clean the inside with a brush, and the filter comes out in one piece.", "Verdict",
      "A quiet, well made kettle for a fair price; only the short cable spoils the picture a little."}},
    {"Rating: 8.5/10",
     "en",
     "Tested: the Brightwell K3 kettle",
     {"The Brightwell K3 boils a full litre in under three minutes and keeps the water warm for half an hour.",
      "Its handle stays cool, and the base turns freely, so left-handed users will not find it awkward at all.",
      "Our verdict", "The warming plate is worth the extra money for anyone who drinks tea all afternoon long."}},
    {"Note: 1,8 (gut)",
     "de",
     "Im Test: der Wasserkocher Brightwell K2",
     {"Der Brightwell K2 bringt einen Liter Wasser in knapp drei Minuten zum Kochen und bleibt dabei leise.",
      "Der Deckel öffnet sich weit genug, um das Innere mit einer Bürste zu reinigen, der Filter lässt sich abnehmen.",
      "Fazit", "Ein leiser, gut verarbeiteter Wasserkocher zum fairen Preis; nur das kurze Kabel stört ein wenig."}},
    {"Note : 16/20",
     "fr",
     "Test : la bouilloire Brightwell K2",
     {"La Brightwell K2 fait bouillir un litre d'eau en un peu moins de trois minutes, et sans bruit.",
      "Son couvercle s'ouvre assez grand pour nettoyer l'intérieur à la brosse, et le filtre se retire d'un bloc.",
      "Notre avis",
      "Une bouilloire silencieuse et bien finie pour un prix honnête ; seul le câble trop court déçoit un peu."}},
    {"Puntuación: 8/10",
     "es",
     "A prueba: el hervidor Brightwell K2",
     {"El Brightwell K2 hierve un litro de agua en algo menos de tres minutos y apenas hace ruido.",
      "La tapa se abre lo bastante para limpiar el interior con un cepillo, y el filtro sale de una pieza.",
      "Conclusión",
      "Un hervidor silencioso y bien acabado a un precio justo; solo el cable corto lo estropea un poco."}},
};

std::string page_of(const Review& r) {
    std::string page = "Home Test Magazine\nReviews\n" + std::string(r.title) + "\n";
    for (const char* p : r.paragraphs)
        page += std::string(p) + "\n";
    return page + r.score + "\nMore reviews\nThe best toasters of the year\nContact\nImprint\n";
}

} // namespace

TEST_CASE("a review's score on a line of its own: a label and a colon, then a number", "[region][verdict]") {
    const std::pair<const char*, bool> rows[] = {
        {"Verdict: 4/5", true},
        {"Rating: 8.5/10", true},
        {"Our verdict: 4 out of 5", true},
        {"Note: 2,1 (gut)", true},
        {"Gesamtnote: 1,8", true},
        {"Note : 16/20", true},
        {"Puntuación: 8/10", true},
        {"Voto: 7,5", true},
        // Other labels with a number, a score's label with words, a sentence.
        {"Price: 299 euros", false},
        {"Preis: 79 Euro", false},
        {"Aktualisiert: 14.02.2025", false},
        {"Verdict: a quiet kettle", false},
        {"The rating agency gave the town 3 stars: a fair result.", false},
    };
    for (const auto& [line, rating] : rows) {
        INFO(line);
        CHECK(rating_line(segment(line).at(0)) == rating);
    }
}

TEST_CASE("a review's score under its last paragraph closes its text", "[region][verdict]") {
    for (const Review& r : reviews) {
        INFO(r.lang << ": " << r.score);
        const Article a = classify(segment(page_of(r)), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.paragraphs.back())) != paragraphs.end());
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.score)) != paragraphs.end());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.score)) == a.boilerplate.end());
    }
}
