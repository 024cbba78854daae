// The dateline a dump broke off onto a line of its own over the text's first paragraph ("WASHINGTON —", "KIEL (dpa)
// -", "LONDON, Nov 24 (Reuters) -") (sect32): the region takes it, the body reads it as the article's dateline and
// source tag, and the line itself goes to the boilerplate, no paragraph of the text. A label closed by a stop or a
// colon ("ABSTRACT.", "LETTERS:") is no such dateline. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

using archive::test::has_paragraph_starting;

namespace {

const std::string en_page = R"(Business
Harbour operator to buy two electric ferries
Jane Roe
24 Nov 2026
LONDON, Nov 24 (Reuters) -
The operator of the island ferries said on Tuesday it would buy two electric boats for its busiest crossing, the first such order by a British ferry company.
The boats will be built at a yard in Scotland and should enter service in the summer of 2028, the company said in a statement.
The order is worth about 60 million pounds, according to people familiar with the deal.
Read more
)";

const std::string de_page = R"(Wirtschaft
Fährbetreiber kauft zwei Elektrofähren
Von Jana Roth
24.11.2026
KIEL (dpa) -
Der Betreiber der Inselfähren will für seine meistbefahrene Linie zwei elektrische Schiffe kaufen, wie das Unternehmen am Dienstag mitteilte.
Die Schiffe sollen auf einer Werft in Flensburg gebaut werden und im Sommer 2028 in Dienst gehen, hieß es in einer Mitteilung des Unternehmens.
Der Auftrag hat nach Angaben aus Branchenkreisen einen Wert von rund 60 Millionen Euro.
Mehr zum Thema
)";

const std::string en_bare = R"(Politics
Senate passes harbour funding bill
By Jane Roe
November 24, 2026
WASHINGTON —
The Senate on Tuesday passed a bill that sets aside $2 billion for the repair of the country's oldest harbours, sending the measure to the House.
Supporters said the money would pay for new piers, dredging and sea walls in more than forty ports along both coasts.
"This is money the coastal towns have waited a decade for," said Senator Mark Dunne.
Related
)";

} // namespace

TEST_CASE("sect32: a dateline alone on its line over the first paragraph is read and left out of the text",
          "[sect32][region]") {
    struct Case {
        const char* lang;
        const std::string& page;
        const char* line;
        const char* place;
        const char* agency; // nullptr: none
        const char* first;
    };
    const Case cases[] = {
        {"en", en_page, "LONDON, Nov 24 (Reuters) -", "LONDON", "reuters", "The operator of the island"},
        {"de", de_page, "KIEL (dpa) -", "KIEL", "dpa", "Der Betreiber der"},
        {"en", en_bare, "WASHINGTON \u2014", "WASHINGTON", nullptr, "The Senate on Tuesday"},
    };
    for (const auto& c : cases) {
        INFO(c.lang << ": " << c.line);
        const Article a = classify(segment(c.page), c.lang);
        REQUIRE(a.dateline.has_value());
        CHECK(*a.dateline == c.place);
        if (c.agency != nullptr) {
            REQUIRE(a.source_tag.has_value());
            CHECK(a.source_tag->raw == c.line);
            CHECK(std::find(a.source_tag->agencies.begin(), a.source_tag->agencies.end(), c.agency) !=
                  a.source_tag->agencies.end());
        }
        CHECK(test::in_boilerplate(a, c.line));
        CHECK_FALSE(has_paragraph_starting(a, c.line));
        CHECK(has_paragraph_starting(a, c.first));
    }
}

TEST_CASE("sect32: a label closed by a stop or a colon over the first paragraph is no dateline", "[sect32][region]") {
    for (const char* label : {"ANALYSIS.", "LETTERS:"}) {
        INFO(label);
        const Article a = classify(segment(test::replaced(en_bare, "WASHINGTON \u2014", label)), "en");
        CHECK_FALSE(a.dateline.has_value());
        CHECK(has_paragraph_starting(a, "The Senate on Tuesday"));
    }
    const Article de = classify(segment(test::replaced(de_page, "KIEL (dpa) -", "HINTERGRUND:")), "de");
    CHECK_FALSE(de.dateline.has_value());
    CHECK(has_paragraph_starting(de, "Der Betreiber der"));
}
