// speed81: the marks between two credits of a byline line and the mark alone between a date and the name under it
// are read from one list (lexicon section credit_separator_marks, with the slash and the em dash), and a contents'
// line printed again has the shape of its first copy (its shape read once a text). Invented lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "contents_runs.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a slash between the text's credit and the picture's goes with the picture's", "[byline][speed81]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        {"Texto de Inês Barroso Leal / Fotografia de Rui Lobo Pinto", "pt", {"Inês Barroso Leal"}},
        {"Texto de Marta Carrasco / Fotografía de Óscar Ramírez", "es", {"Marta Carrasco"}},
        {"Di Giulia Ferri / foto di Paolo Neri", "it", {"Giulia Ferri"}},
        // (the marks that were read before stay)
        {"Texto de Marta Carrasco \u2014 Fotografía de Óscar Ramírez", "es", {"Marta Carrasco"}},
    };
    for (const Row& r : rows) {
        CAPTURE(r.line);
        const auto names = byline_authors(r.line, r.lang);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
}

namespace {

std::string dated_page(const std::string& title, const std::string& under, const std::string& text) {
    return "Pier Gazette\nStart | Region | Kultur\n\n" + title + "\n" + under + "\n\n" + text + "\n\n" + text + " " +
           text + "\n\n" + text + "\n\nNewsletter\n";
}

} // namespace

TEST_CASE("a dash or a slash alone between the date line and the name under it", "[classify][byline][speed81]") {
    struct Row {
        const char* lang;
        const char* title;
        const char* under;
        const char* text;
        std::vector<std::string> names;
    };
    const char* const en_text = "The night ferries to the outer isles sailed again on Monday after the storm had kept "
                                "them in the harbour for most of the week.";
    const char* const de_text = "Die Nachtfähren zu den äußeren Inseln sind am Montag wieder ausgelaufen, nachdem der "
                                "Sturm sie fast die ganze Woche im Hafen gehalten hatte.";
    const char* const fr_text = "Les ferries de nuit vers les îles ont repris la mer lundi, après que la tempête les a "
                                "retenus au port pendant presque toute la semaine.";
    const std::vector<Row> rows = {
        {"en",
         "Night ferries to the isles sail again",
         "Tuesday, 14 March 2023 09:42\n\u2014\nJane Roe",
         en_text,
         {"Jane Roe"}},
        {"de",
         "Die Nachtfähren zu den Inseln fahren wieder",
         "Dienstag, 14. März 2023 09:42\n/\nAnna Muster",
         de_text,
         {"Anna Muster"}},
        {"fr",
         "Les ferries de nuit reprennent la mer",
         "mardi 14 mars 2023 09:42\n\u2014\nJeanne Morel",
         fr_text,
         {"Jeanne Morel"}},
        // (a word between them is no mark)
        {"en", "Night ferries to the isles sail again", "Tuesday, 14 March 2023 09:42\nand\nJane Roe", en_text, {}},
    };
    for (const Row& r : rows) {
        const std::string page = dated_page(r.title, r.under, r.text);
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == r.names);
    }
}

TEST_CASE("each copy of a contents' entry asking or listing is its heading", "[contents][speed81]") {
    using Line = std::vector<char>;
    constexpr char o = ContentsLine::none, e = ContentsLine::entry, h = ContentsLine::heading, l = ContentsLine::label;
    // The entries (2, 3, 4) close with a question mark or a colon; each is printed again over its part (5, 7, 9).
    const auto de = segment("Ruderboote auf dem Stausee\nInhalt\nWer braucht eine Erlaubnis?\nSo melden Sie an:\n"
                            "Was kostet sie?\nWer braucht eine Erlaubnis?\nJedes Boot auf dem See braucht eine.\n"
                            "So melden Sie an:\nDas Formular steht auf der Seite des Kreises.\nWas kostet sie?\n"
                            "Zwanzig Euro im Jahr.\n");
    CHECK(unnumbered_contents_lines(de) == Line{o, l, e, e, e, h, o, h, o, h, o});
    const auto en = segment("Rowing boats on the reservoir\nContents\nWho needs a permit?\nHow to apply:\n"
                            "What does it cost?\nWho needs a permit?\nEvery boat on the lake needs one.\n"
                            "How to apply:\nThe form is on the county's site.\nWhat does it cost?\nTwenty pounds a "
                            "year.\n");
    CHECK(unnumbered_contents_lines(en) == Line{o, l, e, e, e, h, o, h, o, h, o});
    // A third copy, at the page's foot, is no heading of the contents: the first copy under the entries is.
    const auto third = segment("Rowing boats on the reservoir\nContents\nWho needs a permit?\nHow to apply:\n"
                               "What does it cost?\nWho needs a permit?\nEvery boat on the lake needs one.\n"
                               "How to apply:\nThe form is on the county's site.\nWhat does it cost?\nTwenty pounds "
                               "a year.\nWho needs a permit?\n");
    CHECK(unnumbered_contents_lines(third) == Line{o, l, e, e, e, h, o, h, o, h, o, o});
}
