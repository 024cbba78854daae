// Table-driven tests of the names a date line prints after its date (byline_dates.cpp): the name before the post's
// categories, a blog's handle, and the entries of a settings panel, which name nobody.
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

TEST_CASE("the post's categories listed after the name close a date line's name", "[classify][byline]") {
    check_after_date({{"3 March 2021 Jane Roe Boats, Travel 2", 3, "Jane Roe"},
                      {"16. Mai 2019 Anna Muster Hafen, Fähren", 3, "Anna Muster"},
                      {"12 mars 2022 Jeanne Morel Société, Culture", 3, "Jeanne Morel"},
                      {"4 de mayo de 2021 Lucía Gómez Cultura, Viajes", 5, "Lucía Gómez"},
                      {"4 maggio 2021 Marco Bianchi Economia, Porti", 3, "Marco Bianchi"}});
}

TEST_CASE("the post's facts cut apart by bars after the name close a date line's name", "[classify][byline]") {
    check_after_date({{"3 March 2021 | Jane Roe | Boats", 3, "Jane Roe"},
                      {"3. März 2021 | Anna Muster | 2 Kommentare", 3, "Anna Muster"},
                      {"12 mars 2022 • Jeanne Morel • Société", 3, "Jeanne Morel"},
                      {"4 de mayo de 2021 | Lucía Gómez | Cultura", 5, "Lucía Gómez"},
                      {"4 maggio 2021 | Marco Bianchi | 3 commenti", 3, "Marco Bianchi"},
                      {"March 3, 2021 | jroe | 2 Comments", 3, "jroe"},
                      // a name closing the line after another fact is still the one read
                      {"3 March 2021 | Harbour | Jane Roe", 3, "Jane Roe"}});
}

TEST_CASE("a blog's handle in small letters alone after a date line's date is its author", "[classify][byline]") {
    check_after_date({{"March 3, 2021 jroe", 3, "jroe"},
                      {"1. November 2016 hafenfan", 3, "hafenfan"},
                      {"12 mars 2022 jmorel 3 commentaires", 3, "jmorel"},
                      {"4 de mayo de 2021 lgomez", 5, "lgomez"},
                      // the last word of a reading time is no handle
                      {"Mar 3, 2021 5min read", 4, ""}});
}
