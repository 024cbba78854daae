// "Rheinische Post · Freitag, 3. Mai 2024 Seite 7" ... "Seite 8": a PDF's running header, printed at the top of every
// page with only its page number changed, names the paper, no author. A name beside a date printed once is still the
// author's. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool has_author(const Article& a, const std::string& name) {
    return std::find(a.authors.begin(), a.authors.end(), name) != a.authors.end();
}

} // namespace

TEST_CASE("a running header repeated with another page number is no author", "[byline][head42]") {
    struct Row {
        const char* paper;
        const char* header; // after the paper's name, before the page number
        const char* page_word;
        const char* top;    // kicker, headline, byline, two paragraphs
        const char* after;  // the text on the next page
        const char* author;
    };
    const Row rows[] = {
        {"Westfälische Abendpost", " · Dienstag, 7. Mai 2024 ", "Seite ",
         "LOKALES\nStadt baut neuen Radweg am Kanal\nVon Jonas Keller\n"
         "Hafenstadt. Die Stadt will am Kanal einen neuen Radweg bauen. Der Bauausschuss hat am Mittwoch die Mittel "
         "freigegeben, die Arbeiten beginnen im Juni.\n"
         "Der Radweg soll vier Kilometer lang werden und die Altstadt mit dem Hafen verbinden.\n",
         "Kritik kommt von den Anwohnern am Kai, die mehr Lärm und weniger Parkplätze befürchten.\n", "Jonas Keller"},
        {"Haventon Courier", " · Tuesday, 7 May 2024 ", "Page ",
         "LOCAL\nTown to build new cycle path along the canal\nBy Jonas Keller\n"
         "Haventon. The town will build a new cycle path along the canal. The planning committee released the money "
         "on Wednesday, and work starts in June.\n"
         "The path will run for four kilometres and link the old town with the harbour.\n",
         "People living on the quay fear more noise and fewer parking spaces.\n", "Jonas Keller"},
        {"Courrier Picard", " · mardi 7 mai 2024 ", "Page ",
         "LOCALE\nLa ville va construire une piste cyclable le long du canal\nPar Jonas Keller\n"
         "Havre-Saint-Jean. La ville va construire une piste cyclable le long du canal. La commission a voté les "
         "crédits mercredi, et les travaux commencent en juin.\n"
         "La piste fera quatre kilomètres et reliera la vieille ville au port.\n",
         "Les riverains du quai craignent davantage de bruit et moins de places de stationnement.\n", "Jonas Keller"},
    };
    for (const Row& r : rows) {
        INFO(r.paper);
        const std::string header = std::string(r.paper) + r.header + r.page_word;
        const Article a = parse(header + "3\n" + r.top + header + "4\n" + r.after);
        CHECK_FALSE(has_author(a, r.paper));
        CHECK(has_author(a, r.author));
        // Pages 9 and 10: the number's width changes, the header does not.
        const Article wide = parse(header + "9\n" + r.top + header + "10\n" + r.after);
        CHECK_FALSE(has_author(wide, r.paper));
    }
}

TEST_CASE("a name beside a date printed once is still the author", "[byline][head42]") {
    const Article a = parse("Stadt baut neuen Radweg am Kanal\nAnna Muster | 7. Mai 2024\n"
                            "Hafenstadt. Die Stadt will am Kanal einen neuen Radweg bauen. Der Bauausschuss hat am "
                            "Mittwoch die Mittel freigegeben, die Arbeiten beginnen im Juni.\n"
                            "Der Radweg soll vier Kilometer lang werden und die Altstadt mit dem Hafen verbinden.\n");
    CHECK(has_author(a, "Anna Muster"));
}
