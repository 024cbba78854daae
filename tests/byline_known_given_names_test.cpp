// Table-driven tests of a name closed by a comma before the date on its line ("Anna Muster, 03.03.2021"): the
// author's when its first word is a given name the lexicon knows (section known_given_name_words), never a place of
// the same shape ("Neue Stadt, 03.03.2021", a press release's place and day).
#include <catch2/catch.hpp>

#include "byline_rows.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a known given name closed by a comma before a date opens a name", "[bylines][dates][known_given_names]") {
    for (const auto& [line, name] : std::vector<std::tuple<const char*, const char*>>{
             {"Anna Muster, 03.03.2021", "Anna Muster"},
             {"Jean Dupont, 3 mars 2021", "Jean Dupont"},
             {"Jane Roe, March 3, 2021", "Jane Roe"},
             {"Giulia Ferrante, 3 marzo 2021", "Giulia Ferrante"},
             {"Tobias Krämer, 12. April 2022, 08:30 Uhr", "Tobias Krämer"},
         }) {
        INFO(line);
        CHECK(name_before_date(line) == std::optional<std::string>(name));
    }
    // A place's two words, or a word no given name opening them: no name.
    for (const char* line : {"Neue Stadt, 03.03.2021", "Saint Aubin, 3 mars 2021", "New Haven, March 3, 2021",
                             "Borgo Nuovo, 3 marzo 2021", "Anna Muster, Redakteurin"}) {
        INFO(line);
        CHECK(name_before_date(line) == std::nullopt);
    }
}

TEST_CASE("a person's name and a date under the title is the byline, a place's the dateline",
          "[classify][bylines][dates][known_given_names]") {
    for (const auto& [lang, line, author] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"de", "Anna Muster, 03.03.2021", "Anna Muster"},
             {"fr", "Jean Dupont, 3 mars 2021", "Jean Dupont"},
             {"en", "Jane Roe, March 3, 2021", "Jane Roe"},
             {"it", "Giulia Ferrante, 3 marzo 2021", "Giulia Ferrante"},
             // the places: no author
             {"de", "Neue Stadt, 03.03.2021", nullptr},
             {"fr", "Saint Aubin, 3 mars 2021", nullptr},
             {"en", "New Haven, March 3, 2021", nullptr},
             {"it", "Borgo Nuovo, 3 marzo 2021", nullptr},
         }) {
        INFO(line << " (" << lang << ")");
        const Article a = test::valley_page(lang, line);
        CHECK(a.headline == test::valley_text(lang).title);
        CHECK(a.published == std::optional<std::string>("2021-03-03"));
        CHECK(a.authors == (author != nullptr ? std::vector<std::string>{author} : std::vector<std::string>{}));
        if (author != nullptr)
            CHECK(a.dateline == std::nullopt);
    }
}

TEST_CASE("a person's name and a date over the title is the byline", "[classify][bylines][dates][known_given_names]") {
    const std::string page = "Harbour Notes\nHome | Port | Sport\n\nTobias Krämer, 03.03.2021\n\n"
                             "Nachtbusse fahren wieder ins Tal\n\n"
                             "Die Nachtbusse fahren ab Freitag wieder ins Tal, nachdem der Rat das Geld für zwei Fahrer "
                             "fand. Der Fahrplan gilt bis zum Frühling.\n\nDie Haltestellen bleiben dieselben.\n\nTeilen\n";
    const Article a = classify(segment(page), "de");
    CHECK(a.headline == std::optional<std::string>("Nachtbusse fahren wieder ins Tal"));
    CHECK(a.authors == std::vector<std::string>{"Tobias Krämer"});
    CHECK(a.published == std::optional<std::string>("2021-03-03"));
}
