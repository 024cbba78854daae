// Table-driven tests of the labels joined before a byline's colon (after_colon_label(): "Text und Interview: Anna
// Muster", "Texte et photos : Jeanne Morel"): two or three labels, the first naming the text's author, the others
// that or a picture's role, in several languages; a label joined to another kind of word names no author.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("labels joined before a colon name the text's author", "[classify][byline][joined_label]") {
    for (const auto& [line, lang, name] :
         {std::tuple{"Text und Interview: Anna Muster", "de", "Anna Muster"},
          std::tuple{"Interview & Fotos: Anna Muster", "de", "Anna Muster"},
          std::tuple{"Text, Fotos und Grafik: Lena Brandt", "de", "Lena Brandt"},
          std::tuple{"Words and pictures: Jane Roe", "en", "Jane Roe"},
          std::tuple{"Text and photos: Jane Roe", "en", "Jane Roe"},
          std::tuple{"Texte et photos : Jeanne Morel", "fr", "Jeanne Morel"},
          std::tuple{"Testo e illustrazioni: Marco Bianchi", "it", "Marco Bianchi"},
          std::tuple{"Texto e fotos: Ana Souza", "pt", "Ana Souza"},
          std::tuple{"Tekst en interview: Anna de Vries", "nl", "Anna de Vries"}}) {
        INFO(line);
        CHECK(after_colon_label(line).has_value());
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{name}));
    }
}

TEST_CASE("a label joined to a word of another kind is no byline's", "[classify][byline][joined_label]") {
    for (const char* line : {"Redaktion und Verlag: Hafenblatt GmbH", "Text und Musik: Anna Muster",
                             "Fotos und Text: Anna Muster", "Text und: Anna Muster", "Von und mit: Anna Muster"}) {
        INFO(line);
        CHECK_FALSE(after_colon_label(line));
    }
}

TEST_CASE("a joined label over the text signs the page", "[classify][byline][joined_label]") {
    const std::string s = "Die Fähren fuhren am Morgen später ab, weil der Wind über der Bucht stark und kalt war.";
    const std::string page = "Hafenblatt\nStart | Hafen | Sport\n\nDie Fähren am Morgen\n\nText und Interview: Anna "
                             "Muster\n\n" + s + " " + s + "\n\n" + s + "\n\nTeilen\n";
    CHECK(classify(segment(page), "de").authors == std::vector<std::string>{"Anna Muster"});
}
