// Tests of a byline cut over two lines after its date: "10.12.2022 18:27 von" / "Anna Muster". The byline word
// closing the short date line makes the names on the next line the author's, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A page of a menu, the headline, a lede, the date line closed by a byline word, the line under it, then the text.
std::string split_date_page(const char* title, const char* date, const char* under, const char* sentence) {
    const std::string s(sentence);
    return std::string("Harbour Notes\nHome\nTown\nSport\n\n") + title + "\n\n" + s + "\n\n" + date + "\n" + under +
           "\nWrite a message\n\n" + s + " " + s + "\n\n" + s + "\n\n" + s + "\n\nShare this article\n";
}

} // namespace

TEST_CASE("names right under a date line closed by a byline word are the author's", "[classify][byline]") {
    const struct {
        const char* lang;
        const char* title;
        const char* date;
        const char* under;
        const char* sentence;
        std::vector<std::string> names;
    } rows[] = {
        {"de", "Schnee drückt auf die Dächer der Hafenhallen", "10.12.2022 18:27 von", "Lena Brandt",
         "Die Last des nassen Schnees auf den flachen Dächern der alten Hallen am Hafen wächst mit jeder Nacht weiter.",
         {"Lena Brandt"}},
        {"en", "Snow weighs on the roofs of the harbour halls", "December 10, 2022 6:27 pm by", "Jane Roe",
         "The load of wet snow on the flat roofs of the old halls by the harbour grows with every night that passes.",
         {"Jane Roe"}},
        {"fr", "La neige pèse sur les toits des halles du port", "10 décembre 2022 à 18h27 par", "Jeanne Morel",
         "Le poids de la neige mouillée sur les toits plats des vieilles halles du port augmente chaque nuit un peu.",
         {"Jeanne Morel"}},
        {"es", "La nieve pesa sobre los tejados del puerto", "10 de diciembre de 2022 por", "Lucía Ruiz",
         "El peso de la nieve mojada sobre los tejados planos de las viejas naves del puerto crece cada noche un poco.",
         {"Lucía Ruiz"}},
    };
    for (const auto& r : rows) {
        const std::string page = split_date_page(r.title, r.date, r.under, r.sentence);
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == r.names);
    }
}

TEST_CASE("a line under a date line closed by no byline word, or a list of names under it, names no author",
          "[classify][byline]") {
    const char* sentence =
        "The load of wet snow on the flat roofs of the old halls by the harbour grows with every night that passes.";
    // The date line closes with no byline word: "Jane Roe" under it is read elsewhere or not at all, not by this rule.
    const std::string listed = std::string("Harbour Notes\nHome\nTown\nSport\n\nSnow weighs on the roofs\n\n") +
                               sentence + "\n\nDecember 10, 2022 by\nJane Roe\nMax Poe\nAnn Lee\n\n" + sentence +
                               "\n\n" + sentence + "\n\nShare this article\n";
    INFO(listed);
    CHECK(classify(segment(listed), "en").authors.empty());
    // "Editor's picks by" / "Harbour Halls": a line without a date closed by a byline word vouches for nothing.
    const std::string undated = std::string("Harbour Notes\nHome\nTown\nSport\n\nSnow weighs on the roofs\n\n") +
                                sentence + "\n\nMore stories chosen by\nHarbour Halls\nWrite a message\n\n" + sentence +
                                "\n\n" + sentence + "\n\nShare this article\n";
    INFO(undated);
    CHECK(classify(segment(undated), "en").authors.empty());
}
