// A web address printed on the page ("https://www.example.nl/binnenland/2024/05/07/zwembad", a link copied under the
// headline, a source's address) holds a path's numbers, no date of the page: read_dates() reads none in it, and a
// date line beside it is read as before. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"

#include <optional>
#include <string>
#include <tuple>

using namespace archive;

TEST_CASE("a web address with a date in its path is no date line", "[dates][url]") {
    for (const auto& [line, lang] : {
             std::tuple{"https://www.example.nl/binnenland/2024/05/07/gemeente-sluit-zwembad", "nl"},
             std::tuple{"https://www.beispiel.de/politik/2023-11-02/landtag-streit.html", "de"},
             std::tuple{"www.exemple.fr/societe/2022/03/14/bibliotheques", "fr"},
             std::tuple{"http://blog.example.com/2019/08/02/parsing-numbers/", "en"},
             std::tuple{"Lees ook: https://www.example.nl/2024/05/07/zwembad-dicht", "nl"},
         }) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK_FALSE(d.published);
        CHECK_FALSE(d.updated);
    }
}

TEST_CASE("a date line beside a web address is read as before", "[dates][url]") {
    for (const auto& [line, lang, iso] : {
             std::tuple{"Quelle: https://www.beispiel.de/2020/01/01/bericht 12.03.2024", "de", "2024-03-12"},
             std::tuple{"Published 7 May 2024 · https://example.org/2023/01/02/ferry", "en", "2024-05-07"},
             std::tuple{"Publié le 4 juin 2023 (www.exemple.fr/2021/09/09/archives)", "fr", "2023-06-04"},
         }) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK(d.published == std::optional<std::string>(iso));
    }
}

namespace {

// A page copied with the article's address under its headline and the byline and date under the text's end.
std::string page_with_address(const char* headline, const char* address, const char* p1, const char* p2,
                              const char* p3, const char* byline, const char* date) {
    return std::string("Home\n") + headline + "\n" + address + "\n" + p1 + "\n" + p2 + "\n" + p3 + "\n" + byline +
           "\n" + date + "\nDelen\n";
}

} // namespace

TEST_CASE("a dated web address over the text leaves the date under its end the record's", "[classify][dates][url]") {
    for (const auto& [lang, page, iso] : {
             std::tuple{"nl",
                        page_with_address(
                            "Gemeente sluit zwembad wegens lekkage",
                            "https://www.example.nl/binnenland/2024/05/07/gemeente-sluit-zwembad",
                            "Het gemeentelijke zwembad gaat vanaf maandag dicht omdat er een groot lek in het bassin "
                            "is ontdekt, meldt de gemeente.",
                            "\"We willen dit zo snel mogelijk oplossen\", zei wethouder Pieter de Vries tegen de "
                            "lokale omroep.",
                            "Zwemclubs moeten de komende weken uitwijken naar de zwembaden van de buurgemeenten.",
                            "Door Anouk Verbeek", "7 mei 2024, 16:20"),
                        "2024-05-07T16:20"},
             std::tuple{"de",
                        page_with_address(
                            "Stadt schließt Hallenbad wegen eines Lecks",
                            "https://www.beispiel.de/lokales/2023/02/14/hallenbad-geschlossen",
                            "Das städtische Hallenbad bleibt ab Montag geschlossen, weil im Becken ein großes Leck "
                            "entdeckt wurde, teilte die Stadt mit.",
                            "„Wir wollen das so schnell wie möglich beheben“, sagte Bürgermeisterin Petra Lindner dem "
                            "Lokalradio.",
                            "Die Schwimmvereine müssen in den kommenden Wochen in die Bäder der Nachbarorte "
                            "ausweichen.",
                            "Von Jonas Feldhaus", "15. Februar 2023, 09:10 Uhr"),
                        "2023-02-15T09:10"},
         }) {
        INFO(page);
        const Article a = parse(page, "page.txt");
        CHECK(a.published == std::optional<std::string>(iso));
    }
}
