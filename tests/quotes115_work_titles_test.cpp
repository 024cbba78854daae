// quotes115: a work's title in quote marks after the one who made it ("the author of “Q”", "l'autrice de « Q »",
// "Autorin von „Q“", "autora de «Q»", "regista di «Q»") is its name, no one's words; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using namespace archive::quote_rows;

namespace {

struct TitleRow {
    const char* lang;
    const char* paragraph;
    const char* title; // the quoted words no quote may hold
};

void check_no_quote_of_title(const std::vector<TitleRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(page(r.lang, "", {r.paragraph}));
        CHECK(std::none_of(qs.begin(), qs.end(),
                           [&r](const Quote& q) { return q.text.find(r.title) != std::string::npos; }));
    }
}

} // namespace

TEST_CASE("a title after the author of is no quote", "[quotes][quotes115]") {
    check_no_quote_of_title({
        {"en",
         "Jane Holt is a town planner and the author of \u201CEmpty Spaces: How Parking Ate Our High Streets.\u201D",
         "Empty Spaces"},
        {"en", "Tom Vale, the director of \u201CHarbour Lights,\u201D said the film took six years to make.",
         "Harbour Lights"},
        {"fr",
         "Claire Dumas, l'autrice de \u00AB La Rue calme \u00BB, a expliqu\u00E9 que le livre avait mis "
         "six ans \u00E0 na\u00EEtre.",
         "La Rue calme"},
        {"de", "Petra Lang, Autorin von \u201EDie stille Stra\u00DFe\u201C, sagte, das Buch sei in Kiel entstanden.",
         "Die stille Stra\u00DFe"},
        {"es",
         "Luc\u00EDa Ferrer, autora de \u00ABLa calle quieta\u00BB, dijo que el libro le llev\u00F3 seis a\u00F1os.",
         "La calle quieta"},
        {"it", "Chiara Neri, regista di \u00ABLa strada del porto\u00BB, ha detto che il film \u00E8 costato poco.",
         "La strada del porto"},
    });
}

TEST_CASE("a title after a work's noun or its naming word stays no quote", "[quotes][quotes115]") {
    check_no_quote_of_title({
        {"en", "Jane Holt said her novel \u201CThe Quiet Street\u201D would come out in March.", "The Quiet Street"},
        {"en", "Jane Holt said a book titled \u201CThe Quiet Street\u201D would come out in March.",
         "The Quiet Street"},
        {"fr", "Claire Dumas a indiqu\u00E9 que son livre intitul\u00E9 \u00AB La Rue calme \u00BB sortirait en mars.",
         "La Rue calme"},
        {"de", "Petra Lang sagte, ihr Buch mit dem Titel \u201EDie stille Stra\u00DFe\u201C erscheine im M\u00E4rz.",
         "Die stille Stra\u00DFe"},
        {"es", "Luc\u00EDa Ferrer dijo que su libro titulado \u00ABLa calle quieta\u00BB saldr\u00E1 en marzo.",
         "La calle quieta"},
        {"it", "Chiara Neri ha detto che il suo libro intitolato \u00ABLa strada\u00BB uscir\u00E0 a marzo.",
         "La strada"},
    });
}

TEST_CASE("a title after the noun of an article is no quote", "[quotes][quotes115]") {
    check_no_quote_of_title({
        {"en", "Jane Holt wrote in the article \u201CWhy Car Parks Stand Empty\u201D that towns had built too many.",
         "Why Car Parks Stand Empty"},
        {"de",
         "Petra Lang st\u00FCtzt sich im Artikel \u201EDie leeren Parkh\u00E4user\u201C auf drei Studien und "
         "argumentiert, dass die Stadt zu viele Parkpl\u00E4tze gebaut habe.",
         "Die leeren Parkh\u00E4user"},
        {"fr", "Claire Dumas d\u00E9fend dans l'article \u00AB Les parkings vides \u00BB l'id\u00E9e d'une ville "
               "sans voitures.",
         "Les parkings vides"},
    });
}

TEST_CASE("words quoted after a maker's noun with no complement are still a quote", "[quotes][quotes115]") {
    // (the author speaks: "the author said “Q”" has no "of" before the marks)
    const auto qs = extract_quotes(page(
        "en", "", {"The author, Jane Holt, said the town had \u201Cforgotten its own high street\u201D years ago."}));
    CHECK(std::any_of(qs.begin(), qs.end(), [](const Quote& q) { return q.text == "forgotten its own high street"; }));
}
