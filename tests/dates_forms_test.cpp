// Forms of dates read from a line (the short names of months, a date joined by dashes, "the 4th of March") and the
// order of a date of numbers an English page's other dates settle.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* line;
    const char* lang;
    const char* published;
};

void check_rows(std::initializer_list<Row> rows) {
    for (const auto& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.is_date_line);
    }
}

} // namespace

TEST_CASE("the short names of the months in Portuguese, Dutch, German and French", "[dates]") {
    check_rows({
        {"4 out. 2024", "pt", "2024-10-04"},
        {"12 fev 2023 - 10h15", "pt", "2023-02-12T10:15"},
        {"Publicado em 3 dez 2022", "pt", "2022-12-03"},
        {"4 mrt. 2024 om 10:15", "nl", "2024-03-04T10:15"},
        {"Gepubliceerd op 9 mrt 2021", "nl", "2021-03-09"},
        {"2. Mrz. 2021", "de", "2021-03-02"},
        {"7. Jän. 2022, 08:30 Uhr", "de", "2022-01-07T08:30"},
        {"4 fév 2024", "fr", "2024-02-04"},
        {"Publié le 18 fevr. 2020", "fr", "2020-02-18"},
    });
}

TEST_CASE("a day, the month's name and the year joined by dashes", "[dates]") {
    check_rows({
        {"4-Mar-2024", "en", "2024-03-04"},
        {"Posted 17-Sep-2021 10:15", "en", "2021-09-17T10:15"},
        {"04-mar-2024", "es", "2024-03-04"},
        {"12-Okt-2023", "de", "2023-10-12"},
        {"3-avr-2022", "fr", "2022-04-03"},
        {"7-giu-2021", "it", "2021-06-07"},
    });
    // Only joined dashes make such a date: a range of days before a month and a year reads as it did.
    CHECK(read_dates("4-Mar 2024", "en").published.value_or("") == "");
    CHECK(read_dates("3-5 March 2024", "en").published.value_or("") == "2024-03-05");
}

TEST_CASE("an English ordinal day before \"of\" and the month", "[dates]") {
    check_rows({
        {"Posted on 4th of March, 2024", "en", "2024-03-04"},
        {"the 1st of May 2023", "en", "2023-05-01"},
        {"Published on the 22nd of October 2019 at 9:30 am", "en", "2019-10-22T09:30"},
    });
}

TEST_CASE("a time whose hour and minute a dot joins, a time zone after it", "[dates]") {
    check_rows({
        {"Mon 4 Mar 2024 10.15 GMT", "en", "2024-03-04T10:15"},
        {"Tue 5 Mar 2024 14.32 BST", "en", "2024-03-05T14:32"},
        {"4. März 2024, 10.15 MEZ", "de", "2024-03-04T10:15"},
        {"4 mars 2024 10.15 CET", "fr", "2024-03-04T10:15"},
    });
    const DateLine d = read_dates("Thu 7 Mar 2024 09.05 GMT Last modified on Fri 8 Mar 2024 16.40 GMT", "en");
    CHECK(d.published.value_or("") == "2024-03-07T09:05");
    CHECK(d.updated.value_or("") == "2024-03-08T16:40");
    // Without a zone, a dotted pair after a day is no time ("10.15" may be a score or a price).
    CHECK(read_dates("4 March 2024 10.15", "en").published.value_or("") == "2024-03-04");
}

namespace {

// An English page: a title, the source's line with its date of numbers and its author, a caption dated in words, and
// three paragraphs.
std::string dated_page(const std::string& source_line, const std::string& caption) {
    return "Home\nWorld\nStudents asked to stay in their halls as cases rise on the campus\n" + source_line + "\n" +
           caption +
           "\nThe university asked more than a thousand students to stay in their rooms for two weeks after dozens "
           "of cases were found in one of its halls.\nFood and books will be brought to their doors, a spokeswoman "
           "said, and lessons will be held online until the end of the month.\nParents said they had learnt of "
           "the decision from their children, who had been told by a note slipped under their doors on Monday.\n";
}

} // namespace

TEST_CASE("an English page's dates in words settle the order of a date of numbers that reads both ways",
          "[classify][dates]") {
    struct PageRow {
        const char* source_line;
        const char* caption;
        const char* published;
    };
    const PageRow rows[] = {
        // The caption's day lies near 2 October, far from February 10: a British site's date.
        {"Gazette 02/10/2020 Jane Roe",
         "HULL, Sept. 30, 2020 -- Ferries wait at the quay in the morning fog.", "2020-10-02"},
        {"Gazette 05/11/2021 Jane Roe",
         "DOVER, 1 November 2021 -- Lorries queue for the first boat of the day.", "2021-11-05"},
        // Near February 10: the American order stays.
        {"Gazette 02/10/2020 Jane Roe",
         "SALEM, Feb. 7, 2020 -- Ferries wait at the quay in the morning fog.", "2020-02-10"},
        // No other date: the language's order.
        {"Gazette 02/10/2020 Jane Roe", "Ferries wait at the quay in the morning fog.", "2020-02-10"},
    };
    for (const auto& r : rows) {
        INFO(r.source_line << " / " << r.caption);
        const Article a = parse(dated_page(r.source_line, r.caption), "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("a page in another language keeps the day first whatever its other dates say", "[classify][dates]") {
    // (The rule is English only: German, French and Spanish pages print the day first.)
    const struct {
        const char* page;
        const char* published;
    } rows[] = {
        {"Start\nStudierende sollen in ihren Wohnheimen bleiben\nHafenblatt 02/10/2020 Jana Rose\nSALEM, 7. Februar "
         "2020 -- Fähren warten im Nebel am Kai.\nDie Universität hat mehr als tausend Studierende gebeten, "
         "zwei Wochen lang in ihren Zimmern zu bleiben, nachdem in einem Wohnheim Dutzende Fälle gefunden wurden.\n"
         "Essen und Bücher werden ihnen vor die Tür gebracht, sagte eine Sprecherin, und der Unterricht findet bis "
         "zum Monatsende online statt.\n",
         "2020-10-02"},
        {"Accueil\nLes étudiants priés de rester dans leurs résidences\nGazette 02/10/2020 Jeanne Roux\n"
         "SALEM, 7 février 2020 -- Des ferries attendent au quai dans la brume.\nL'université a demandé à plus de mille "
         "étudiants de rester dans leurs chambres pendant deux semaines après la découverte de dizaines de cas.\nLes "
         "repas et les livres seront apportés à leur porte, a dit une porte-parole, et les cours auront lieu en "
         "ligne jusqu'à la fin du mois.\n",
         "2020-10-02"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("the label of the last update in parentheses after the day published gives the update", "[dates]") {
    // "Letztes Update", "Last update", "Dernière mise à jour", "Última atualização", "Laatste update": the label of
    // the revision's day, whose words are no others of the date line (a name over it is the byline's).
    const struct {
        const char* line;
        const char* lang;
        const char* published;
        const char* updated;
    } rows[] = {
        {"Veröffentlicht am 06.10.2023 (Letztes Update: 07.10.2023)", "de", "2023-10-06", "2023-10-07"},
        {"Published October 6, 2023 (Last update: October 7, 2023)", "en", "2023-10-06", "2023-10-07"},
        {"Publié le 6 octobre 2023 (Dernière mise à jour : 7 octobre 2023)", "fr", "2023-10-06", "2023-10-07"},
        {"Publicado em 06/10/2023 | Última atualização em 07/10/2023", "pt", "2023-10-06", "2023-10-07"},
        {"Gepubliceerd op 6 oktober 2023 (Laatste update: 7 oktober 2023)", "nl", "2023-10-06", "2023-10-07"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.updated.value_or("") == r.updated);
        CHECK(d.is_date_line);
        CHECK(d.rest.empty());
    }
    // The name over such a line is the page's byline.
    const Article a = test::ferry_page("Jane Roe\nPublished October 6, 2023 (Last update: October 7, 2023)");
    CHECK(a.authors == std::vector<std::string>{"Jane Roe"});
    CHECK(a.updated.value_or("") == "2023-10-07");
}

TEST_CASE("the Dutch label of a post's day labels the day published", "[dates]") {
    // "Geplaatst op" (posted on) is the Dutch blog's "Posted on": the day is the publication's, and the line is a
    // date line.
    for (const auto& [line, day] : {std::pair{"Geplaatst op 3 maart 2024", "2024-03-03"},
                                     std::pair{"Geplaatst: 12 mei 2023", "2023-05-12"}}) {
        INFO(line);
        const DateLine d = read_dates(line, "nl");
        CHECK(d.published.value_or("") == day);
        CHECK(d.published_labelled);
    }
}
