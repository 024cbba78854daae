// Table-driven tests of the names a date line prints after its date (byline_dates.cpp): the entries of a settings
// panel name nobody.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "text.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A date line, the number of words of its date, and the name read after the date ("" for none).
struct Row {
    std::string line;
    std::size_t date_words;
    std::string name;
};

// name_after_date() of each row's line, the words after its date standing for what read_dates() left.
void check_after_date(std::initializer_list<Row> rows) {
    for (const Row& r : rows) {
        INFO(r.line);
        const auto words = text::split_ws(r.line);
        std::string rest;
        for (std::size_t k = r.date_words; k < words.size(); ++k)
            rest.append(rest.empty() ? "" : " ").append(words[k]);
        const std::optional<std::string> name = name_after_date(r.line, rest);
        CHECK(name.value_or("") == r.name);
    }
}

} // namespace

TEST_CASE("the entries of a settings panel after a date line's date name nobody", "[classify][byline]") {
    check_after_date({{"3 March 2022 Text Outline Colour Settings", 3, ""},
                      {"3. März 2022 Text Kontur Farbe Einstellungen", 3, ""},
                      {"3 mars 2022 Texte Contour Couleur Paramètres", 3, ""},
                      {"3 de marzo de 2022 Texto Contorno Color Ajustes", 5, ""},
                      {"3 marzo 2022 Testo Contorno Colore Impostazioni", 3, ""},
                      {"3 March 2022 Jane Roe", 3, "Jane Roe"}});
    CHECK_FALSE(names_line("Subtitles Colour Settings"));
    CHECK_FALSE(names_line("Schriftart Farbe Deckkraft"));
    CHECK(names_line("Jane Roe, Anna Muster"));
    // A video player's settings printed on the line under the date are no byline either.
    const Article a = parse("Harbour Weekly\nFerry line to reopen after two-year repair\n3 March 2022\n"
                            "Text Outline Colour Settings\n"
                            "The ferry line that links the two banks of the river will reopen on Monday after a "
                            "two-year repair, its operator said on Thursday.\n"
                            "The operator said it had spent more than it planned on the new engines, and that fares "
                            "would rise by a tenth from the summer.\n",
                            "page.txt");
    CHECK(a.authors.empty());
}
