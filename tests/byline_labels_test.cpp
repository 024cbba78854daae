// Table-driven tests of the bylines read from a line by its words: a column's label closed by a colon, a name opening
// a post's facts before the date, and a first name or a handle after the date and time of a date line, in several
// languages.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "dates.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a column's label closed by a colon names the author", "[classify][byline]") {
    for (const auto& [line, lang, name] : {std::tuple{"Kolumnistin: Anna Muster", "de", "Anna Muster"},
                                           std::tuple{"Kolumnist*in: Lena Brandt", "de", "Lena Brandt"},
                                           std::tuple{"Columnist: Jane Roe", "en", "Jane Roe"},
                                           std::tuple{"Chroniqueuse : Jeanne Morel", "fr", "Jeanne Morel"},
                                           std::tuple{"Columnista: Lucía Gómez", "es", "Lucía Gómez"},
                                           std::tuple{"Editorialista: Marco Bianchi", "it", "Marco Bianchi"},
                                           std::tuple{"Artikel von: Kira", "de", "Kira"}}) {
        INFO(line);
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{name}));
    }
    // Without the colon the label is a word of a sentence.
    for (const auto& [line, lang] : {std::pair{"Kolumnistin Anna Muster schreibt heute über den Hafen", "de"},
                                     std::pair{"Columnist Jane Roe writes about the harbour", "en"}}) {
        INFO(line);
        const auto names = byline_authors(line, lang);
        CHECK((!names || names->empty()));
    }
}

TEST_CASE("a name opening a post's facts before the date is the author's", "[classify][byline]") {
    for (const auto& [line, lang, name] :
         {std::tuple{"Jane Roe / 14.03.2023 / 09:42 / Photo: Harbour Post / 150 /", "en", "Jane Roe"},
          std::tuple{"Anna Muster / 14.03.2023 / 09:42 / Foto: Hafenblatt / 150 /", "de", "Anna Muster"},
          std::tuple{"Jeanne Morel / 14.03.2023 / 09:42 / Photo : Le Port / 150 /", "fr", "Jeanne Morel"}}) {
        INFO(line);
        CHECK(post_facts_authors(line, lang) == Names(std::vector<std::string>{name}));
    }
    // A menu's word before the date names nobody.
    CHECK_FALSE(post_facts_authors("Startseite / 14.03.2023 / 09:42 / 150 /", "de"));
}

TEST_CASE("a first name or a handle after the date and time of a date line is the author's", "[classify][byline]") {
    for (const auto& [line, lang, name] :
         {std::tuple{"Veröffentlicht am Di, 14. März 2023, 09:42 von Kira", "de", "Kira"},
          std::tuple{"Posted on Tue, 14 March 2023, 9:42 am by Kay", "en", "Kay"},
          std::tuple{"Publié le mar. 14 mars 2023, 09:42 par Odile", "fr", "Odile"},
          std::tuple{"Publicado el 14 de marzo de 2023, 09:42 por Lucía", "es", "Lucía"}}) {
        INFO(line);
        CHECK(byline_after_figures(line, lang) == Names(std::vector<std::string>{name}));
    }
}

TEST_CASE("the Spanish hours' abbreviation after a time is a word of the date line", "[dates][byline]") {
    for (const auto& [line, lang] : {std::pair{"jueves, 9 de marzo de 2023 18:30 hs", "es"},
                                     std::pair{"Viernes, 10 de marzo de 2023 09:15 hs", "es"}}) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK(d.is_date_line);
        CHECK(d.rest.empty());
    }
}

TEST_CASE("a label naming an opinion piece's kind opens its byline", "[classify][byline]") {
    // "Ein Kommentar von ...", "A column by ...", "Une chronique de ...", "Una tribuna de ...": the label tells what
    // kind of piece the author signs, the name follows it. (line, language, the name read)
    const char* const rows[][3] = {
        {"Ein Kommentar von Anna Muster", "de", "Anna Muster"}, {"Kommentar von Lena Brandt", "de", "Lena Brandt"},
        {"Eine Kolumne von Jonas Feld", "de", "Jonas Feld"},    {"A column by Jane Roe", "en", "Jane Roe"},
        {"Une chronique de Jeanne Morel", "fr", "Jeanne Morel"},
        {"Una tribuna de Lucía Gómez", "es", "Lucía Gómez"}, {"Una columna de Pablo Ruiz", "es", "Pablo Ruiz"},
    };
    for (const auto& r : rows) {
        INFO(r[0]);
        CHECK(byline_authors(r[0], r[1]) == Names(std::vector<std::string>{r[2]}));
    }
}
