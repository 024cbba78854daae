// Polish page furniture (probe60 R1-R5, H2): the wire's sign-off under a reprint ("Autor: Jan Kowalski (PAP)", the
// desk's initials "jko/ mok/") closes the text, tags it and keeps the short sentence over it; "REKLAMA" alone labels
// an advertisement, not a link; Onet's line over a video's slot is no heading; rp.pl's "Czytaj więcej" over a linked
// title is a link's label; the compiler's label "Oprac." and the labels "Opracowanie:", "Autorzy:" open a byline.
// Every page and line is invented.
#include <catch2/catch.hpp>

#include "agency_signatures.hpp"
#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

const char* const polish_head = "Portal Nowiny\nWiadomości\nKraj\nŚwiat\nSport\n"
                                "Rada miasta przyjęła nowy plan komunikacji. Tramwaje pojadą częściej\n"
                                "Radni zgodzili się na zmiany w rozkładach jazdy. Nowe linie mają ruszyć wiosną, a "
                                "bilety nie podrożeją.\n";

// A Polish article: `byline` under the headline, `middle` between its second and third paragraphs, `closing` (the
// last short sentence and what follows it) under the text.
std::string polish_page(const std::string& byline, const std::string& middle, const std::string& closing) {
    return std::string(polish_head) + byline +
           "\n5 grudnia 2026, 14:32\n"
           "Rada miasta przyjęła w piątek plan zmian w komunikacji miejskiej, który przez kilka miesięcy był "
           "przedmiotem sporów między radnymi a zarządem miasta.\n"
           "Zgodnie z planem tramwaje na głównych liniach będą jeździć co pięć minut, a w weekendy co dziesięć minut "
           "przez cały dzień.\n" +
           middle +
           "Zarząd transportu zapewnia, że ceny biletów nie zmienią się do końca przyszłego roku, mimo rosnących "
           "kosztów energii.\n"
           "Radni opozycji wskazywali jednak, że miasto nie ma jeszcze pieniędzy na zakup nowych wagonów dla tych "
           "linii.\n"
           "Urzędnicy przyznają, że opóźnienia w przetargach mogą przesunąć część inwestycji na kolejny rok.\n" +
           closing +
           "Zobacz również:\nAutobusy nocne wracają na trasy\nTramwaj na Naramowice do 2030 roku\n"
           "Regulamin\nKontakt\n";
}

} // namespace

TEST_CASE("a writer signed with the agency in a parenthesis reads as a wire's signature", "[agencies][region60]") {
    for (const char* line : {"Karol Nowicki (PAP)", "Autor: Karol Nowicki (PAP)", "Mario Bianchi (ANSA)",
                             "Autore: Mario Bianchi (ANSA)", "Anna Muster (dpa)", "Autorin: Anna Muster (dpa)"}) {
        INFO(line);
        CHECK(signed_agency_line(line).has_value());
    }
    // A sentence, a name with no agency, a lower-case phrase, an unknown label or a word of the agency's name alone
    // is none.
    for (const char* line : {"Rząd przyjął projekt ustawy (PAP)", "Karol Nowicki (rzecznik)", "zdjęcie (PAP)",
                             "Zdjęcie: Karol Nowicki (PAP)", "(PAP)", "Warszawa, Kraków i Gdańsk (PAP) wczoraj"}) {
        INFO(line);
        CHECK_FALSE(signed_agency_line(line).has_value());
    }
}

TEST_CASE("a desk's initials closed by slashes make a signature line", "[agencies][region60]") {
    for (const char* line : {"kos/ mok/", "jko/", "ab/ cde/ fg/"})
        CHECK(desk_initials_line(line));
    for (const char* line :
         {"kos mok", "and/or", "Kos/ Mok/", "a/ b/", "tekst/ zdjęcia/ wideo/ mapa/ opis/", "", "abcde/"}) {
        INFO(line);
        CHECK_FALSE(desk_initials_line(line));
    }
}

TEST_CASE("the wire's sign-off under a Polish reprint tags it and keeps the sentence over it", "[region][region60]") {
    for (const char* signoff : {"Autor: Jan Kowalski (PAP)\njko/ mok/\n", "Jan Kowalski (PAP)\n", "jko/ mok/\n"}) {
        INFO(signoff);
        const std::string closing = std::string("Miasto chce też wydłużyć linię do dworca.\n") + signoff;
        const Article a = parse(polish_page("Autor: Anna Wiśniewska", "", closing));
        CHECK(test::contains(test::paragraphs_of(a), "Miasto chce też wydłużyć linię do dworca."));
        CHECK(a.authors == std::vector<std::string>{"Anna Wiśniewska"});
        if (std::string(signoff).find("PAP") != std::string::npos) {
            REQUIRE(a.source_tag);
            CHECK(a.source_tag->raw == "(PAP)");
            CHECK(a.source_tag->agencies == std::vector<std::string>{"pap"});
        }
    }
}

TEST_CASE("Polish furniture between paragraphs: an ad's label, a video's slot, an inline link", "[region][region60]") {
    SECTION("REKLAMA over a subheading: the subheading heads a section") {
        const Article a = parse(polish_page("Autor: Anna Wiśniewska", "REKLAMA\nBilety bez podwyżek\n", ""));
        CHECK(test::contains(test::headings_of(a), "Bilety bez podwyżek"));
        CHECK(test::contains(a.boilerplate, "REKLAMA"));
    }
    SECTION("the line over a video's slot heads nothing") {
        const std::string line = "Dalsza część artykułu pod materiałem wideo";
        const Article a = parse(polish_page("Autor: Anna Wiśniewska", line + "\n", ""));
        CHECK_FALSE(test::contains(test::headings_of(a), line));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), line));
        CHECK(test::contains(a.boilerplate, line));
    }
    SECTION("Czytaj więcej over a linked title: both leave the text") {
        const Article a = parse(polish_page(
            "Autor: Anna Wiśniewska", "Czytaj więcej\nNowe osiedla bez tramwaju. Mieszkańcy czekają od lat\n", ""));
        for (const char* line : {"Czytaj więcej", "Nowe osiedla bez tramwaju. Mieszkańcy czekają od lat"}) {
            INFO(line);
            CHECK_FALSE(test::contains(test::headings_of(a), line));
            CHECK_FALSE(test::contains(test::paragraphs_of(a), line));
        }
    }
}

TEST_CASE("the Polish compiler's and authors' labels open a byline", "[bylines][region60]") {
    struct Row {
        const char* byline;
        std::vector<std::string> authors;
    };
    for (const Row& r : std::vector<Row>{{"Oprac. Anna Nowak", {"Anna Nowak"}},
                                         {"Oprac.: Anna Nowak", {"Anna Nowak"}},
                                         {"Opracowanie: Anna Nowak", {"Anna Nowak"}},
                                         {"Autorka: Anna Nowak", {"Anna Nowak"}},
                                         {"Autorzy: Anna Nowak, Jan Kowalski", {"Anna Nowak", "Jan Kowalski"}}}) {
        INFO(r.byline);
        CHECK(parse(polish_page(r.byline, "", "")).authors == r.authors);
    }
}
