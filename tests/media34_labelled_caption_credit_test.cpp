// A caption after a picture's label, closed by its own credit in a parenthesis, on one line (probe45 M1): "Bild: Die
// Gründer vor dem Gasthaus, 1908 (Foto: Vereinsarchiv)". The label made the whole line a credit, and the paragraph
// above it was taken for its caption. The line is the caption with its credit. A label and a name, even with an
// agency in a parenthesis, stays a credit. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "media39_caption_rows.hpp"

#include <string>

using namespace archive;

TEST_CASE("a labelled caption closed by its credit in a parenthesis is no credit line", "[media][credit][media34]") {
    const test::CaptionSplitRow rows[] = {
        {"Bild: Die ersten Mitglieder vor dem alten Bootshaus am See, 1921 (Foto: Vereinsarchiv)",
         "Bild: Die ersten Mitglieder vor dem alten Bootshaus am See, 1921", "(Foto: Vereinsarchiv)"},
        {"Photo: The first members outside the old boathouse, 1921 (Photo: Club archive)",
         "Photo: The first members outside the old boathouse, 1921", "(Photo: Club archive)"},
        {"Photo : les premiers membres devant le vieux hangar, en 1921 (Photo : archives du club)",
         "Photo : les premiers membres devant le vieux hangar, en 1921", "(Photo : archives du club)"},
    };
    test::check_caption_splits(rows);
    // A label and a name, an agency or a slashed credit closing it, is the credit itself.
    for (const char* line : {"Foto: Anna Muster (Keystone)", "Photo: Jane Roe (AP Photo/John Doe)",
                             "Bild: Hans Muster, Vereinsarchiv (Keystone)", "Photo : Jeanne Morel (Photo : AFP)"}) {
        INFO(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
}
