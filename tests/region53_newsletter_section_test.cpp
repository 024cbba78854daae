// A newsletter's last titled section of one-line items under its last paragraph: the title heads the two items
// (closing_section_title()), and the region reads past the title to both (closing_section_end(),
// brief_closing_sentence()); the farewell under them stays out. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

struct Letter {
    const char* lang;
    const char* head;     // the masthead, headline, byline and date
    const char* body;     // the greeting paragraph, a titled section
    const char* title;    // the last section's title
    const char* first;    // its two one-line items
    const char* second;
    const char* farewell; // the sign-off under them
};

const Letter letters[] = {
    {"en", "The Morning Post\nSign up\nFerry strike ends and a bridge reopens\nBy Clara Webb\nDec. 4, 2026\n",
     "Good morning. The ferry crews are back at work after three days and the old bridge carries cars again.\n"
     "Best walks of the winter\n"
     "Our reporters tried twelve coastal walks, from a short loop round the harbour to a day on the cliffs.\n",
     "What else is happening", "A court in Leeds cleared a former mayor of fraud.",
     "Fishermen landed a record haul of mackerel.", "Thanks for reading. See you tomorrow."},
    {"de", "Der Morgen\nAnmelden\nFährstreik beendet und Brücke wieder offen\nVon Clara Weber\n04.12.2026\n",
     "Guten Morgen. Die Besatzungen der Fähren arbeiten nach drei Tagen wieder, und über die alte Brücke fahren "
     "wieder Autos.\n"
     "Die schönsten Winterwege\n"
     "Unsere Reporter sind zwölf Wege an der Küste gegangen, von einer kurzen Runde um den Hafen bis zu einem Tag "
     "auf den Klippen.\n",
     "Was sonst noch geschah", "Ein Gericht in Kiel sprach den früheren Bürgermeister frei.",
     "Die Fischer landeten einen Rekordfang an Makrelen.", "Danke fürs Lesen. Bis morgen."},
};

std::string letter_page(const Letter& l, bool both_items) {
    return std::string(l.head) + l.body + l.title + "\n" + l.first + "\n" + (both_items ? l.second + std::string("\n") : "") +
           l.farewell + "\nUnsubscribe | Manage preferences\n";
}

} // namespace

TEST_CASE("a newsletter's last titled section of one-line items is its last section", "[region][sections]") {
    for (const Letter& l : letters) {
        INFO(l.lang);
        const Article a = classify(segment(letter_page(l, true)), l.lang);
        REQUIRE_FALSE(a.sections.empty());
        const Section& last = a.sections.back();
        CHECK(last.heading == std::optional<std::string>(l.title));
        CHECK(last.paragraphs == std::vector<std::string>{l.first, l.second});
        CHECK(in_boilerplate(a, l.farewell));
    }
}

TEST_CASE("a word alone over the last lines heads no closing section", "[region][sections]") {
    // "More", "Mehr": a label of one word (no closing_heading_words entry) is a box's, no title of the text's.
    for (const Letter& l : letters) {
        INFO(l.lang);
        Letter labelled = l;
        labelled.title = std::string(l.lang) == "de" ? "Mehr" : "More";
        const Article a = classify(segment(letter_page(labelled, true)), l.lang);
        const std::vector<std::string> headings = headings_of(a);
        CHECK(std::find(headings.begin(), headings.end(), labelled.title) == headings.end());
        CHECK_FALSE(a.sections.back().paragraphs == std::vector<std::string>{l.first, l.second});
    }
}
