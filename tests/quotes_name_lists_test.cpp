// note_names keeps its word lists ([kin_words], [role_field_words], ...) for the set of lexicons it read last on the
// thread: a page of another language, read next, reads its own lists. Invented pages in two languages, read in turn.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("note_names reads each page with its own language's lists, whatever the thread read before",
          "[quotes][room][names]") {
    // A relative's noun after the owner's genitive names no one (the pronoun after the quote stands for the relative,
    // whom the text does not name): the noun is found in the list of the page's own language only.
    const PageRow german{"de",
                         {"Als Brandts Tante 1991 starb, fand die Familie im Schuppen alte Netze. „Ich habe sie "
                          "jeden Winter geflickt“, erzählt er."},
                         "Ich habe sie jeden Winter geflickt",
                         ""};
    const PageRow dutch{"nl",
                        {"Toen Pieters Oom in 1991 overleed, vond de familie oude netten. „Ik heb ze elke winter "
                         "hersteld“, vertelt hij."},
                        "Ik heb ze elke winter hersteld",
                        ""};
    check_quotes({german, dutch, german, dutch});
}
