// Tests of the classify heuristics: the page's date: read from a byline, a line of facts or a labelled date line. One
// row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::contains;

namespace {

// A short page about a ferry: `lines` between its headline and its three paragraphs, `after` under them.
std::string ferry_page(const std::string& lines, const std::string& after = "") {
    return "Home\nThe harbour gets a second ferry before the summer\n" + lines +
           "\nThe new ferry will cross the bay every hour from June on, the harbour office said on Monday.\n"
           "It carries forty cars and three hundred people, twice as many as the old one.\n"
           "The crossing takes twenty minutes, and tickets keep their price this year.\n" +
           after;
}

} // namespace

TEST_CASE("the day a byline prints is the article's date", "[classify][byline][dates]") {
    struct Row {
        const char* byline;
        const char* published;
    };
    const Row rows[] = {
        {"Von Lena Brandt 14. Oktober 2021 08:10 Uhr", "2021-10-14T08:10"},
        {"Written by Jane Roe, PhD on April 29, 2018", "2018-04-29"},
        {"Par Odile Marchal le 7 mai 2020", "2020-05-07"},
        {"Por Lucía Gómez | 23/05/2022 20:36", "2022-05-23T20:36"},
        {"di Marco Bianchi 12 marzo 2019", "2019-03-12"},
    };
    for (const auto& r : rows) {
        INFO(r.byline);
        const std::string page = ferry_page(r.byline);
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
        CHECK_FALSE(a.authors.empty());
    }
}

TEST_CASE("a labelled publication day earlier than an unlabelled date over it is the article's",
          "[classify][dates]") {
    struct Row {
        const char* first;
        const char* second;
        const char* published;
    };
    const Row rows[] = {
        // The unlabelled date is a revision's: the labelled earlier day is the publication's.
        {"Hafenblatt — 22.03.24 09:51", "Veröffentlicht am 26.02.2024", "2024-02-26"},
        {"11 mars 2024", "Publié le 4 mars 2024", "2024-03-04"},
        {"May 20, 2023 10:15", "Published on May 2, 2023", "2023-05-02"},
        {"15/06/2022", "Publicado el 9 de junio de 2022", "2022-06-09"},
        {"21 ottobre 2021", "Pubblicato il 19 ottobre 2021", "2021-10-19"},
        // A labelled later day is an embedded post's more often than the article's.
        {"4 April 2023", "Posted on April 7, 2023", "2023-04-04"},
    };
    for (const auto& r : rows) {
        INFO(r.first << " / " << r.second);
        const std::string page = ferry_page(std::string(r.first) + "\n" + r.second);
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("a post's line of facts gives the post's date", "[classify][dates]") {
    struct Row {
        const char* facts;
        const char* published;
    };
    const Row rows[] = {
        {"Veröffentlicht: 14.02.2021 | Autor: hafenfan | Abgelegt unter: Fotografie, Reisen | 3 Kommentare",
         "2021-02-14"},
        {"March 9, 2022 at 07:15 AM | categories: Boats, Weather | View Comments", "2022-03-09T07:15"},
        {"Publié le 2 juin 2020 • Rubrique : Mer, Ports • 5 commentaires", "2020-06-02"},
        {"8. Mai 2019 von Lena in Alltag, Hafen, Reisen", "2019-05-08"},
        {"12 settembre 2018 di Marco in Viaggi, Mare", "2018-09-12"},
        {"4 de abril de 2017 por Lucía en Viajes, Puertos", "2017-04-04"},
    };
    for (const auto& r : rows) {
        INFO(r.facts);
        const std::string page = ferry_page(r.facts);
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
    // Its facts may give both days.
    const std::string page = "Home\nThe harbour gets a second ferry before the summer\nHafenblatt | 11.09.2016 à 07h52 "
                             "• Mis à jour le 12.09.2016 à 18h04 | Par Jeanne Morel et Odile Marchal\nThe new ferry will "
                             "cross the bay every hour from June on, the harbour office said on Monday.\nIt carries forty "
                             "cars and three hundred people, twice as many as the old one.\n";
    archive::Article a = archive::parse(page, "page.txt");
    CHECK(a.published.value_or("") == "2016-09-11T07:52");
    CHECK(a.updated.value_or("") == "2016-09-12T18:04");
}

TEST_CASE("the page's dates that read one way only tell how its date line is read", "[classify][dates]") {
    struct Row {
        const char* date_line;
        const char* later;
        const char* published;
    };
    const Row rows[] = {
        {"12/04/2020 by Kay", "Comment by Sam on 16/04/2020 at 9:12 pm", "2020-04-12"},
        {"05/03/2021 by Kay", "Reply posted 03/25/2021", "2021-05-03"},
        {"07/02/2019 by Kay", "Reply posted 19/02/2019 and 02/21/2019", "2019-07-02"}, // (both ways: the language's)
    };
    for (const auto& r : rows) {
        INFO(r.date_line);
        const std::string page = ferry_page(r.date_line, std::string(r.later) + "\n");
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("a sentence of the article naming a day, between two lines of its text, is no date line", "[classify][date]") {
    const struct {
        const char* lang;
        const char* page; // a headline, the page's own date line, then the text with the sentence
        const char* sentence;
        const char* published;
    } rows[] = {
        {"en", R"(Harbour Notes
Lanterns on the quay
March 5, 2021
The lanterns of the old fishing boats were lit one after the other along the quay in the evening.
That was on March 3, 2019.
The harbour master said that the lanterns are lit only twice a year, at the spring tide and at the feast.
The council will vote on the final bill in the spring, when the summer timetable begins again.
)", "That was on March 3, 2019.", "2021-03-05"},
        {"en", R"(Harbour Notes
Lanterns on the quay
March 5, 2021
The lanterns of the old fishing boats were lit one after the other along the quay in the evening.
It all ended on Monday, 3 March 2019, at noon.
The harbour master said that the lanterns are lit only twice a year, at the spring tide and at the feast.
The council will vote on the final bill in the spring, when the summer timetable begins again.
)", "It all ended on Monday, 3 March 2019, at noon.", "2021-03-05"},
        {"de", R"(Hafennotizen
Laternen am Kai
5. März 2021
Die Laternen der alten Fischerboote wurden am Abend eines nach dem anderen am Kai angezündet.
Das war am 3. März 2019.
Der Hafenmeister sagte, dass die Laternen nur zweimal im Jahr angezündet werden, bei der Springflut und zum Fest.
Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan wieder beginnt.
)", "Das war am 3. März 2019.", "2021-03-05"},
        {"fr", R"(Notes du port
Les lanternes du quai
5 mars 2021
Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai, le soir.
C'était le 3 mars 2019.
Le capitaine du port a dit que les lanternes ne sont allumées que deux fois par an, à la grande marée et pour la fête.
Le conseil votera le budget au printemps, quand les horaires d'été commenceront de nouveau.
)", "C'était le 3 mars 2019.", "2021-03-05"},
        {"es", R"(Notas del puerto
Los faroles del muelle
5 de marzo de 2021
Los faroles de los viejos barcos de pesca se encendieron uno tras otro a lo largo del muelle por la tarde.
Fue el 3 de marzo de 2019.
El capitán del puerto dijo que los faroles solo se encienden dos veces al año, con la marea viva y en la fiesta.
El consejo votará el presupuesto en primavera, cuando vuelvan a empezar los horarios de verano.
)", "Fue el 3 de marzo de 2019.", "2021-03-05"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(contains(paragraphs, r.sentence));
        // The page's date is its own date line's, not the day the sentence names.
        REQUIRE(a.published);
        CHECK(*a.published == r.published);
    }
}
