// text::rfind_mark() finds a mark of a few bytes from the line's end as std::string_view::rfind() does: the last of
// several, a mark at the line's first or last byte, a mark whose first two bytes stand elsewhere without the rest, a
// mark longer than the line, marks of one byte and of multibyte characters, and from each place a search may start.
#include <catch2/catch.hpp>

#include "text_find.hpp"

#include <string_view>

using namespace archive;

TEST_CASE("rfind_mark finds the mark where rfind finds it", "[text][speed98]") {
    const std::string_view lines[] = {
        "",
        "Lena Brandt / dpa",
        "Ana Ruiz / Pedro Gil / EFE",
        " / Marco Bianchi",
        "Marco Bianchi / ",
        "Jeanne Dupont (Lausanne)",
        "Mario Rossi. Roma",
        "Anna Muster /dpa",
        "Lucía Gómez \u2013 Madrid \u2013 Bern",
        "Piet de Vries | Utrecht",
        "/",
    };
    const std::string_view marks[] = {" / ", " (", ". ", " | ", " \u2013 ", " \u2014 ", "/", " @"};
    for (const std::string_view line : lines)
        for (const std::string_view mark : marks) {
            INFO(line << " / " << mark);
            CHECK(text::rfind_mark(line, mark) == line.rfind(mark));
            for (std::size_t pos = 0; pos <= line.size() + 1; ++pos)
                CHECK(text::rfind_mark(line, mark, pos) == line.rfind(mark, pos));
        }
    CHECK(text::rfind_mark("Ana Ruiz / Pedro Gil / EFE", " / ") == 20);
    CHECK(text::rfind_mark("Anna Muster /dpa", " / ") == std::string_view::npos);
    CHECK(text::rfind_mark("Ana Ruiz / Pedro Gil / EFE", " / ", 19) == 8);
    CHECK(text::rfind_mark("Mario Rossi. Roma. Bern", ". ", 10) == std::string_view::npos);
}
