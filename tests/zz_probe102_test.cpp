// Tests of the kinds of lines probe102's unseen pages showed read wrong (invented pages, invented names): the Swiss
// broadcaster's code beside the Swiss agency in a signature, the paper's call for readers' stories under the text by
// a verb of the channel itself ("Email", "Mailen"), and the first paragraph opened by a dateline that its many names
// in capitals made look like no text.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "credit_rows.hpp"
#include "page.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>

using namespace archive;
using namespace archive::test;

namespace {

bool in_paragraphs(const Article& a, const std::string& line) {
    for (const Section& s : a.sections)
        if (std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end())
            return true;
    return false;
}

// A page of a headline, a byline, a date line and two paragraphs (its head), and two paragraphs to close it.
const std::string en_head = "Flooded streets close three schools in Ashby Vale\n"
                            "By Nora Quist\n"
                            "Published December 7, 2026\n"
                            "A burst pipe flooded the centre of Ashby Vale early on Monday, and three schools stayed "
                            "closed for the day.\n"
                            "The council said its crews would work through the night to mend the pipe under the "
                            "market square.\n";
const std::string en_tail = "Residents were asked to boil their tap water before drinking it until further notice.\n"
                            "Bottled water is handed out at the town hall until eight o'clock in the evening.\n";
const std::string de_head = "Wasserrohrbruch legt Innenstadt von Lindenau lahm\n"
                            "Von Lena Hartig\n"
                            "7. Dezember 2026\n"
                            "Ein Wasserrohrbruch hat am Montagmorgen die Innenstadt von Lindenau überflutet, drei "
                            "Schulen blieben geschlossen.\n"
                            "Die Stadtwerke kündigten an, die Leitung unter dem Marktplatz bis zum Abend zu reparieren "
                            "und die Straßen freizugeben.\n";
const std::string de_tail = "Die Anwohner sollen ihr Leitungswasser bis auf Weiteres abkochen, bevor sie es trinken.\n"
                            "Am Rathaus gibt die Stadt bis zum Abend kostenlos Wasser in Flaschen an alle aus.\n";

} // namespace

TEST_CASE("the Swiss broadcaster's code beside the Swiss agency names no Reuters", "[classify][agency][probe102]") {
    check_tags({
        {"ats/rts/mda", {"ats"}}, // fr: Radio Télévision Suisse's web desk beside the agency
        {"(ats/rts)", {"ats"}},
        {"rts/ats", {"ats"}},
        // near misses: beside another agency the code is Reuters' (de lists print it so)
        {"(dpa/rts)", {"dpa", "reuters"}},
        {"AFP/dpa/rtr", {"afp", "dpa", "reuters"}},
        {"ats/afp", {"ats", "afp"}},
    });
}

TEST_CASE("a call for readers' stories by the channel's own verb closes no text", "[region][probe102]") {
    SECTION("en: Email and the address") {
        const std::string call = "Do you have a story for us? Email newsdesk@ashbyvalepost.example";
        const Article a = parse(en_head + en_tail + call + "\nRelated\nMarket returns to the square this weekend\n");
        CHECK(test::in_boilerplate(a, call));
        CHECK_FALSE(in_paragraphs(a, call));
        CHECK(in_paragraphs(a, "Bottled water is handed out at the town hall until eight o'clock in the evening."));
    }
    SECTION("de: Mailen Sie uns") {
        const std::string call = "Haben Sie etwas beobachtet? Mailen Sie uns: redaktion@lindenauer-blatt.example";
        const Article a =
            parse(de_head + de_tail + call + "\nMehr zum Thema\nWochenmarkt kehrt auf den Platz zurück\n");
        CHECK(test::in_boilerplate(a, call));
        CHECK_FALSE(in_paragraphs(a, call));
    }
    SECTION("near miss: an email told of in the text, no address written, stays") {
        const std::string text = "The council told us in an email that the pipe had been checked only last spring.";
        const Article a = parse(en_head + en_tail + text + "\nRelated\nMarket returns to the square this weekend\n");
        CHECK(in_paragraphs(a, text));
    }
    SECTION("near miss: the verb of the channel with no reader addressed and no address stays") {
        const std::string text = "Die Stadtwerke wollen allen Kunden mailen, sobald das Wasser wieder trinkbar ist.";
        const Article a =
            parse(de_head + de_tail + text + "\nMehr zum Thema\nWochenmarkt kehrt auf den Platz zurück\n");
        CHECK(in_paragraphs(a, text));
    }
}

namespace {

// The lines of a page, each closed by a line break.
std::string page_of(std::initializer_list<std::string> lines) {
    std::string page;
    for (const std::string& line : lines)
        page += line + "\n";
    return page;
}

} // namespace

TEST_CASE("a paragraph opened by a dateline over the text is its first paragraph", "[region][probe102]") {
    const std::string en_first = "CARSONVILLE, Texas (KWTR) - A big water main broke early Monday, flooding several "
                                 "downtown streets and forcing three schools to cancel classes.";
    const std::string de_first = "LINDENAU, Oberpfalz (dpa/lby) - Ein großer Wasserrohrbruch hat Lindenaus Innenstadt "
                                 "überflutet, drei Grundschulen bleiben Montag geschlossen.";
    // (The text after the dateline as a title has it, few short words of its own: no paragraph for that.)
    const std::string de_title = "LINDENAU, Oberpfalz (dpa/lby) - Großer Wasserrohrbruch: Lindenaus Innenstadt "
                                 "überflutet, drei Grundschulen bleiben am Montag geschlossen.";
    const std::string en_lede = "Three schools stayed closed and several streets were flooded for hours.";
    const std::string en_break = "The break happened around 3:30 a.m. near Elm Avenue and 4th Street, according to "
                                 "the city's public works department.";
    const std::string en_title = "Water main break floods downtown Carsonville streets, closes schools";
    const std::string de_title_line = "Wasserrohrbruch legt Lindenauer Innenstadt lahm";
    SECTION("en: a place, its state and the station's letters") {
        const Article a = parse(page_of({en_title, "By Derek Holloway", "Published: Dec. 7, 2026 at 6:48 AM CST",
                                         en_first, en_break, "City officials expect repairs to end by Tuesday."}));
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().paragraphs.front() == en_first);
        CHECK(a.dateline == std::optional<std::string>("CARSONVILLE"));
        CHECK_FALSE(test::in_boilerplate(a, en_first));
    }
    SECTION("de: a place, its region and the agency's tag") {
        const Article a = parse(page_of({de_title_line, "Von Lena Hartig", "7. Dezember 2026", de_first}) + de_tail);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().paragraphs.front() == de_first);
        CHECK(a.dateline == std::optional<std::string>("LINDENAU"));
    }
    SECTION("near miss: a dateline over a title's words, few short words of its own, is still no paragraph") {
        const Article a = parse(page_of({de_title_line, "Von Lena Hartig", "7. Dezember 2026", de_title}) + de_tail);
        CHECK_FALSE(in_paragraphs(a, de_title));
    }
    SECTION("near miss: a standfirst with no dateline over the datelined text stays the lede") {
        const Article a = parse(page_of({en_title, en_lede, "By Derek Holloway",
                                         "Published: Dec. 7, 2026 at 6:48 AM CST",
                                         "CARSONVILLE, Texas (KWTR) - A water main broke early Monday under Elm "
                                         "Avenue, city officials said.",
                                         en_break}));
        CHECK(a.lede == std::optional<std::string>(en_lede));
        CHECK_FALSE(in_paragraphs(a, en_lede));
    }
}
