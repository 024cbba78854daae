// Table-driven tests of the labels joined before a byline's colon (after_colon_label(): "Text und Interview: Anna
// Muster", "Texte et photos : Jeanne Morel"): two or three labels, the first naming the text's author, the others
// that or a picture's role, in several languages; a label joined to another kind of word names no author.
#include "byline_rows.hpp"

using namespace archive;
using test::check_byline_rows;

TEST_CASE("labels joined before a colon name the text's author", "[classify][byline][joined_label]") {
    const std::vector<test::BylineRow> rows = {
        {"Text und Interview: Anna Muster", "de", {"Anna Muster"}},
        {"Interview & Fotos: Anna Muster", "de", {"Anna Muster"}},
        {"Text, Fotos und Grafik: Lena Brandt", "de", {"Lena Brandt"}},
        {"Words and pictures: Jane Roe", "en", {"Jane Roe"}},
        {"Text and photos: Jane Roe", "en", {"Jane Roe"}},
        {"Texte et photos : Jeanne Morel", "fr", {"Jeanne Morel"}},
        {"Testo e illustrazioni: Marco Bianchi", "it", {"Marco Bianchi"}},
        {"Texto e fotos: Ana Souza", "pt", {"Ana Souza"}},
        {"Tekst en interview: Anna de Vries", "nl", {"Anna de Vries"}},
    };
    check_byline_rows(rows);
    for (const auto& r : rows)
        CHECK(after_colon_label(r.line).has_value());
}

TEST_CASE("a label joined to a word of another kind is no byline's", "[classify][byline][joined_label]") {
    for (const char* line : {"Redaktion und Verlag: Hafenblatt GmbH", "Text und Musik: Anna Muster",
                             "Fotos und Text: Anna Muster", "Text und: Anna Muster", "Von und mit: Anna Muster"}) {
        INFO(line);
        CHECK_FALSE(after_colon_label(line));
    }
}

TEST_CASE("a joined label over the text signs the page", "[classify][byline][joined_label]") {
    const Article a = test::page_under_title("de", "Die Fähren am Morgen", "\nText und Interview: Anna Muster",
                                             "Die Fähren fuhren am Morgen später ab, weil der Wind stark und kalt war.");
    CHECK(a.authors == std::vector<std::string>{"Anna Muster"});
}
