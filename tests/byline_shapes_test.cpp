// Tests of two shapes of a byline seen on real pages, in several languages: the authors' names in capitals cut apart
// by a slash with no byline word, and a post's first name that the page's tag cloud prints in small letters.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

std::vector<std::string> page_authors(const std::string& head, const std::string& byline, const std::string& sentence,
                                      const std::string& tail, const char* lang) {
    const std::string page = "Harbour Notes\nHome | Town | Sport\n\n" + head + "\n" + byline + "\n\n" + sentence +
                             "\n\n" + sentence + " " + sentence + "\n\n" + sentence + "\n\n" + tail + "\n";
    INFO(page);
    return classify(segment(page), lang).authors;
}

} // namespace

TEST_CASE("names in capitals cut apart by slashes are the authors' names", "[classify][byline]") {
    const struct {
        const char* line;
        std::vector<std::string> names;
    } rows[] = {
        {"R. ETXEBERRIA / M. L. DOS SANTOS", {"R. ETXEBERRIA", "M. L. DOS SANTOS"}},
        {"HELEN ROBERTS / MARTIN POWELL", {"HELEN ROBERTS", "MARTIN POWELL"}},
        {"ANNA MUSTER/LENA BRANDT", {"ANNA MUSTER", "LENA BRANDT"}},
        {"JEANNE MOREL / ODILE MARCHAL / LUCIEN FERRAND", {"JEANNE MOREL", "ODILE MARCHAL", "LUCIEN FERRAND"}},
        {"LUCÍA RUIZ / ANDREA DOS SANTOS", {"LUCÍA RUIZ", "ANDREA DOS SANTOS"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(capital_slashed_names(r.line) == r.names);
    }
    // A menu's path, an agency after the name, a slogan's words or small letters are no such line.
    for (const char* line : {"HOME / NEWS / SPORT", "HELEN ROBERTS / REUTERS", "UNA CONFRONTACIÓN / EN LA CIUDAD",
                             "Helen Roberts / Martin Powell", "HELEN ROBERTS /", "HELEN ROBERTS"}) {
        INFO(line);
        CHECK_FALSE(capital_slashed_names(line));
    }
}

TEST_CASE("a page printing its authors in capitals cut apart by a slash names them", "[classify][byline]") {
    const struct {
        const char* lang;
        const char* head;
        const char* byline;
        const char* sentence;
        std::vector<std::string> names;
    } rows[] = {
        {"en", "New ferry links the islands from spring", "HELEN ROBERTS / MARTIN POWELL",
         "The ferry leaves the pier at seven every morning and takes commuters to the largest island in an hour.",
         {"HELEN ROBERTS", "MARTIN POWELL"}},
        {"de", "Neue Fähre verbindet die Inseln ab dem Frühling", "ANNA MUSTER / LENA BRANDT",
         "Die Fähre legt jeden Morgen um sieben Uhr an der Mole ab und bringt Pendler in einer Stunde zur Insel.",
         {"ANNA MUSTER", "LENA BRANDT"}},
        {"fr", "Un nouveau ferry relie les îles dès le printemps", "J. MOREL / O. DA COSTA",
         "Le ferry quitte le quai chaque matin à sept heures et conduit les voyageurs à la grande île en une heure.",
         {"J. MOREL", "O. DA COSTA"}},
        {"es", "Un nuevo ferri une las islas desde la primavera", "L. RUIZ / J. I. PEREIRA",
         "El ferri sale del muelle cada mañana a las siete y lleva a los viajeros a la isla grande en una hora.",
         {"L. RUIZ", "J. I. PEREIRA"}},
    };
    for (const auto& r : rows)
        CHECK(page_authors(r.head, r.byline, r.sentence, "Share this article", r.lang) == r.names);
}

TEST_CASE("a tag cloud printing a post's first name in small letters leaves it the author's", "[classify][byline]") {
    const struct {
        const char* lang;
        const char* head;
        const char* facts;
        const char* sentence;
        const char* cloud;
        const char* name;
    } rows[] = {
        {"en", "New ferry links the islands from spring", "March 12, 2023 by Kira in Travel, Harbour",
         "The ferry leaves the pier at seven every morning and takes commuters to the largest island in an hour.",
         "beauty books coffee kira fashion food harbour interview islands maya reading travel wellness", "Kira"},
        {"de", "Neue Fähre verbindet die Inseln ab dem Frühling", "12. März 2023 von Kira in Reisen, Hafen",
         "Die Fähre legt jeden Morgen um sieben Uhr an der Mole ab und bringt Pendler in einer Stunde zur Insel.",
         "adventskalender beauty essen kira kolumne lesen liebe maya reisen rezept shopping wohnen", "Kira"},
        {"fr", "Un nouveau ferry relie les îles dès le printemps", "12 mars 2023 par Odile dans Voyages, Culture",
         "Le ferry quitte le quai chaque matin à sept heures et conduit les voyageurs à la grande île en une heure.",
         "beauté cuisine culture lecture mode odile recettes sorties voyages bien-être maison maya", "Odile"},
    };
    for (const auto& r : rows) {
        INFO(r.cloud);
        CHECK(page_authors(r.head, r.facts, r.sentence, r.cloud, r.lang) == std::vector<std::string>{r.name});
    }
    // A line of twelve words in small letters closed by a stop is a sentence: the name it prints so is a common word.
    const std::string sentence = "i met kira at the pier and we walked along the quay all the way to town.";
    CHECK(page_authors("New ferry links the islands from spring", "March 12, 2023 by Kira in Travel, Harbour",
                       "The ferry leaves the pier at seven every morning and takes commuters to the largest island.",
                       sentence, "en")
              .empty());
}
