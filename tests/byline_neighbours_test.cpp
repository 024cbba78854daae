// Table-driven tests of byline_neighbours.cpp: authors' names printed without a byline word, known as names by the
// line beside them (a reading time, a follow button, a job title, a post's age), names over a date line and a handle
// before a date, in several languages.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A page's language, the lines of it around its headline and text, and the authors read from it.
struct Row {
    const char* lang;
    const char* over;  // the lines over the headline, after the site's name and menu
    const char* under; // the lines between the headline and the text
    const char* after; // the lines under the text
    std::vector<std::string> names;
};

// A headline and a sentence of text in each language.
struct Language {
    const char* lang;
    const char* title;
    const char* sentence;
};

const Language& language_of(const char* lang) {
    static const Language languages[] = {
        {"en", "Lanterns on the quay tonight",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night."},
        {"de", "Die Laternen am Kai leuchten wieder",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet."},
        {"fr", "Les lanternes du quai brillent ce soir",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir."},
        {"es", "Las linternas del muelle brillan esta noche",
         "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche."},
        {"it", "Le lanterne del molo brillano stasera",
         "Le lanterne delle vecchie barche da pesca sono state accese una dopo l'altra lungo il molo ieri sera."},
    };
    for (const Language& l : languages)
        if (std::string(l.lang) == lang)
            return l;
    return languages[0];
}

std::string sentence_in(const char* lang) {
    return language_of(lang).sentence;
}

std::string title_in(const char* lang) {
    return language_of(lang).title;
}

std::string page_of(const Row& r) {
    const std::string s = sentence_in(r.lang);
    return std::string("Harbour Notes\nHome | Town | Sport\n\n") + r.over + "\n" + title_in(r.lang) + "\n" + r.under +
           "\n\n" + s + "\n\n" + s + " " + s + "\n\n" + s + "\n\n" + r.after + "\n\nShare this article\n";
}

void check_rows(const std::vector<Row>& rows) {
    for (const auto& r : rows) {
        const std::string page = page_of(r);
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == r.names);
    }
}

} // namespace

TEST_CASE("a name over the article's reading time, or over a follow button and the date, is the author's",
          "[classify][byline]") {
    check_rows({
        {"en", "Jane Roe\n11 min read\n", "", "", {"Jane Roe"}},
        {"de", "Anna Muster\nLesezeit: 4 Min.\n", "", "", {"Anna Muster"}},
        {"fr", "Jeanne Morel\n4 min de lecture\n", "", "", {"Jeanne Morel"}},
        {"es", "Lucía Gómez\n5 min de lectura\n", "", "", {"Lucía Gómez"}},
        {"it", "Marco Bianchi\n3 minuti di lettura\n", "", "", {"Marco Bianchi"}},
        {"en", "Jane Roe\nFollow\nOct 15, 2015\n", "", "", {"Jane Roe"}},
        {"de", "Anna Muster\nFolgen\n15. Oktober 2015\n", "", "", {"Anna Muster"}},
        {"fr", "Jeanne Morel\nSuivre\n15 octobre 2015\n", "", "", {"Jeanne Morel"}},
        {"es", "Lucía Gómez\nSeguir\n15 de octubre de 2015\n", "", "", {"Lucía Gómez"}},
        {"it", "Marco Bianchi\nSegui\n15 ottobre 2015\n", "", "", {"Marco Bianchi"}},
    });
    // A run of names over a reading time lists other articles' authors, and so do teasers each naming another
    // author over its reading time; a follow button over a teaser is no byline.
    check_rows({
        {"en", "Jane Roe\nJohn Doe\n11 min read\n", "", "", {}},
        {"en", "The old pier closes after a century\nJane Roe\n4 min read\n\nNew boats for the night ferry\nJohn Doe\n"
               "6 min read\n", "", "", {}},
        {"de", "Der alte Kai schließt nach hundert Jahren\nAnna Muster\nLesezeit: 4 Min.\n\nNeue Boote für die "
               "Nachtfähre\nLena Brandt\nLesezeit: 6 Min.\n", "", "", {}},
        {"en", "Jane Roe\nFollow\nMore from the harbour\n", "", "", {}},
    });
}

TEST_CASE("a reading time is found at either end of its line, and a figure alone is none", "[classify][byline]") {
    // (reading_time_line() settles a line where no four bytes in a row open a phrase of reading_time by a sieve of
    // those heads, before the phrases are sought: a phrase opening or closing the line still passes it.)
    check_rows({
        {"en", "Jane Roe\nOct 15, 2015 \u00b7 18 min read\n", "", "", {"Jane Roe"}},
        {"de", "Anna Muster\nLesedauer 4 Minuten\n", "", "", {"Anna Muster"}},
        {"it", "Marco Bianchi\nTempo di lettura: 3 minuti\n", "", "", {"Marco Bianchi"}},
        {"es", "Lucía Gómez\nTiempo de lectura: 5 min\n", "", "", {"Lucía Gómez"}},
    });
    check_rows({
        {"en", "Jane Roe\n12 comments\n", "", "", {}},
        {"fr", "Jeanne Morel\n3 commentaires\n", "", "", {}},
        {"de", "Anna Muster\n4 Minuten\n", "", "", {}},
        {"en", "Jane Roe\n11 min\n", "", "", {}},
    });
}

TEST_CASE("a name over a job title's line is the author's, but not in a list of people", "[classify][byline]") {
    check_rows({
        {"en", "", "", "Jane Roe\nGames Editor", {"Jane Roe"}},
        {"de", "", "", "Anna Muster\nStellvertretende Pressesprecherin", {"Anna Muster"}},
        {"fr", "", "", "Jeanne Morel\nRédactrice en chef adjointe", {"Jeanne Morel"}},
        {"es", "", "", "Lucía Gómez\nCorresponsal en Lisboa", {"Lucía Gómez"}},
        {"it", "", "", "Marco Bianchi\nInviato a Genova", {"Marco Bianchi"}},
    });
    // "Online-Redakteurin", "Co-Editor": a compound's last part names the job.
    for (const char* title : {"Online-Redakteurin", "Mitglied der Sport-Redaktion", "Co-Editor"}) {
        INFO(title);
        CHECK(job_title_line(title));
    }
    check_rows({
        {"de", "", "", "Anna Muster\nMitglied der Online-Redaktion", {"Anna Muster"}},
        {"en", "", "", "Jane Roe\nCo-Editor", {"Jane Roe"}},
    });
    check_rows({
        {"en", "", "", "Jane Roe\nGames Editor\nJohn Doe\nSenior Reporter", {}},
        {"de", "", "", "Redakteurin\nAnna Muster\nKorrespondentin", {}},
    });
}

TEST_CASE("a name before a bullet and a post's age is the author's", "[classify][byline]") {
    check_rows({
        {"en", "", "Jane Roe • 8h", "", {"Jane Roe"}},
        {"de", "", "Anna Muster | 3 Std.", "", {"Anna Muster"}},
        {"fr", "", "Jeanne Morel · 2 j", "", {"Jeanne Morel"}},
    });
    // A bullet and a figure without a unit of time: a count, no age.
    check_rows({{"en", "", "Jane Roe • 8", "", {}}});
}

TEST_CASE("a handle in small letters before a dash and the date signs a date line", "[classify][byline]") {
    for (const auto& [line, handle] : {std::pair{"jroe — 2. Februar 2022", "jroe"},
                                       std::pair{"k.lee — March 3, 2021", "k.lee"},
                                       std::pair{"jmorel | 12 mars 2022", "jmorel"}}) {
        INFO(line);
        CHECK(handle_before_date(line, "") == std::optional<std::string>(handle));
    }
    for (const char* line : {"von — 2. Februar 2022", "Jane — March 3, 2021", "jroe March 3, 2021"}) {
        INFO(line);
        CHECK_FALSE(handle_before_date(line, ""));
    }
    check_rows({
        {"de", "", "jroe — 2. Februar 2022", "", {"jroe"}},
        {"en", "", "k.lee — March 3, 2021", "", {"k.lee"}},
        {"fr", "", "jmorel — 12 mars 2022", "", {"jmorel"}},
    });
}

TEST_CASE("a member's name of two glued capitalised words before the day's date signs a date line",
          "[classify][byline]") {
    for (const auto& [line, handle] : {std::pair{"JaneRoe 17.10.2019, 13:56", "JaneRoe"},
                                       std::pair{"AnnaMuster | 3. März 2021", "AnnaMuster"},
                                       std::pair{"JeanneMorel 12 mars 2022 à 09:15", "JeanneMorel"},
                                       std::pair{"LuciaGomez 5 de mayo de 2023", "LuciaGomez"}}) {
        INFO(line);
        CHECK(handle_before_date(line, "") == std::optional<std::string>(handle));
    }
    // An event's or a product's name before a month alone, a name with a figure or a third capital, or no date.
    for (const char* line : {"TechWeek April 2021", "HafenFest Mai 2022", "JaneRoe77 17.10.2019", "JaneRoeX 17.10.2019",
                             "JaneRoe wrote on the quay", "PlayStation 5"}) {
        INFO(line);
        CHECK_FALSE(handle_before_date(line, ""));
    }
    CHECK(camel_handle("HansMuster"));
    CHECK_FALSE(camel_handle("Hafen"));
    CHECK_FALSE(camel_handle("McRae"));
    CHECK_FALSE(camel_handle("iPhone"));
    check_rows({
        {"de", "", "AnnaMuster 17.10.2019, 13:56 Uhr", "", {"AnnaMuster"}},
        {"en", "", "JaneRoe 17 October 2019, 1:56 pm", "", {"JaneRoe"}},
        {"fr", "", "JeanneMorel 17 octobre 2019 à 13:56", "", {"JeanneMorel"}},
    });
}

TEST_CASE("the names on the authors' cards, over the link to their other work, are the authors", "[classify][byline]") {
    check_rows({
        // A journal's cards under the headline: a name (its degree after a comma), the institution, the link.
        {"en", "", "Jane Roe, PhD,\nHarbour University, Department of Tides\nMore articles by this author\n,\n"
                   "John Doe, MD\nInstitute of Ferries, Port Ellen\nMore articles by this author",
         "", {"Jane Roe", "John Doe"}},
        // An author's box under the text.
        {"de", "", "", "Anna Muster\nHafen-Universität Kiel\nWeitere Artikel dieses Autors", {"Anna Muster"}},
        {"fr", "", "", "Jeanne Morel\nUniversité du Port\nPlus d'articles de cet auteur", {"Jeanne Morel"}},
        {"es", "", "", "Lucía Gómez\nUniversidad del Puerto\nMás artículos de este autor", {"Lucía Gómez"}},
        {"it", "", "", "Marco Bianchi\nUniversità del Porto\nAltri articoli di questo autore", {"Marco Bianchi"}},
    });
    // No name over the link: an institution alone, or a name closed by a word that is no degree.
    check_rows({
        {"en", "", "", "Department of Tides\nMore articles by this author", {}},
        {"en", "", "", "Jane Roe, Harbour\nMore articles by this author", {}},
    });
}

TEST_CASE("the names over a date line may end with a comma or print a dateline place", "[classify][byline]") {
    const struct {
        const char* line;
        std::vector<std::string> names;
    } lines[] = {
        {"Anna Muster,", {"Anna Muster"}},
        {"Markus Muster, London, Beat Roe", {"Markus Muster", "Beat Roe"}},
        {"Jane Roe, Ann Lee", {"Jane Roe", "Ann Lee"}},
        {"Jeanne Morel, Paris", {"Jeanne Morel"}},
    };
    for (const auto& r : lines) {
        INFO(r.line);
        auto names = names_over_date(r.line);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
    // A place alone, a place first, a sentence or a job title names nobody.
    for (const char* line : {"London,", "London, Jane Roe", "Jane Roe is a reporter", "Jane Roe, Senior Reporter"}) {
        INFO(line);
        CHECK_FALSE(names_over_date(line));
    }
    check_rows({
        {"de", "", "Anna Muster,\nam Sonntag, 11.12.2022 - 05:00", "", {"Anna Muster"}},
        {"de", "", "Markus Muster, London, Beat Roe\n19.10.2019, 23:38 Uhr", "", {"Markus Muster", "Beat Roe"}},
        {"en", "", "Jane Roe, Boston, Ann Lee\nNovember 8 2023, 3:18 p.m.", "", {"Jane Roe", "Ann Lee"}},
        {"fr", "", "Jeanne Morel, Paris,\n12 mars 2022", "", {"Jeanne Morel"}},
    });
}

TEST_CASE("a name alone under the text's last paragraph signs it", "[classify][byline]") {
    const struct {
        const char* lang;
        const char* name;
        const char* note;
    } rows[] = {
        {"en", "Jane Roe", "(1) The figures come from the harbour office."},
        {"de", "Anna Muster", "(1) Die Zahlen stammen vom Hafenamt."},
        {"fr", "Jean Dupont", "(1) Ces chiffres viennent de la capitainerie."},
        {"es", "Lucía Gómez", "(1) Las cifras vienen de la capitanía del puerto."},
    };
    for (const auto& r : rows) {
        const std::string s = sentence_in(r.lang);
        const std::string page = "Harbour Notes\nHome | Town | Sport\n\nLanterns on the quay tonight\n\n" + s + "\n\n" +
                                 s + " " + s + "\n\n" + s + " " + s + "\n\n" + r.name + "\n\n" + r.note + "\n";
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == std::vector<std::string>{r.name});
    }
    // A name over more text is a heading (a person the section is about), and one closing the page may be a heading
    // too: no signature.
    const std::string s = sentence_in("en");
    for (const std::string& after : {"\n\n" + s + " " + s + "\n\n" + s + "\n", std::string("\n")}) {
        const std::string page = "Harbour Notes\nHome | Town | Sport\n\nLanterns on the quay tonight\n\n" + s +
                                 "\n\n" + s + " " + s + "\n\nJane Roe\n" + after;
        INFO(page);
        CHECK(classify(segment(page), "en").authors.empty());
    }
}

TEST_CASE("a name over the post's categories and its date is the author's", "[classify][byline]") {
    check_rows({
        {"en", "Jane Roe & John Doe\nEnergy & Environment\n26 October 2023\n", "", "", {"Jane Roe", "John Doe"}},
        {"de", "Anna Muster\nPolitik, Ausland\n26. Oktober 2023\n", "", "", {"Anna Muster"}},
        {"fr", "Jeanne Morel\nVoyages\n26 octobre 2023\n", "", "", {"Jeanne Morel"}},
        {"es", "Lucía Gómez\nCultura\n26 de octubre de 2023\n", "", "", {"Lucía Gómez"}},
        {"it", "Marco Bianchi\nEconomia\n26 ottobre 2023\n", "", "", {"Marco Bianchi"}},
    });
    // Teasers each naming another author over their categories and dates; a sentence over the date.
    check_rows({
        {"en", "The old pier closes\nJane Roe\nHarbour\n3 May 2023\n\nNew boats for the ferry\nJohn Doe\nTown\n"
               "4 May 2023\n", "", "", {}},
        {"en", "Jane Roe\nThe pier was closed.\n26 October 2023\n", "", "", {}},
    });
}

TEST_CASE("a byline word alone under the text's last paragraph signs it with the names under it", "[classify][byline]") {
    check_rows({
        {"en", "", "", "By\nJane Roe", {"Jane Roe"}},
        {"de", "", "", "Von:\n\nAnna Muster", {"Anna Muster"}},
        {"de", "", "", "von\nAnna Muster und Lena Brandt", {"Anna Muster", "Lena Brandt"}},
        {"fr", "", "", "Par\nJeanne Morel", {"Jeanne Morel"}},
        {"es", "", "", "Por\nLucía Gómez", {"Lucía Gómez"}},
        {"it", "", "", "Di\nMarco Bianchi", {"Marco Bianchi"}},
    });
    // A run of names under the byline word is a list of people; a byline word under a line that no stop closes (a
    // teaser's, a heading) signs nothing there.
    check_rows({
        {"en", "", "", "By\nJane Roe\nJohn Doe\nMax Poe", {}},
        {"de", "", "", "Lesen Sie hier auch die anderen Geschichten über den Hafen und seine alten Fischerboote\nVon:\n"
                       "Anna Muster",
         {}},
    });
}

TEST_CASE("a name over the author's own address or handle is the author's", "[classify][byline]") {
    check_rows({
        {"en", "", "", "Jane Roe\njane.roe@harbour-post.example", {"Jane Roe"}},
        {"de", "", "", "Anna Muster\n@annamuster", {"Anna Muster"}},
        {"fr", "", "", "Jeanne Morel\njmorel@journal-du-port.example", {"Jeanne Morel"}},
        {"es", "", "", "Lucía Gómez\nluciagomez\nlgomez@diario-del-puerto.example", {"Lucía Gómez"}},
        {"it", "", "", "Marco Bianchi\nm.bianchi@gazzetta-del-molo.example", {"Marco Bianchi"}},
    });
    // The paper's address, a handle spelling less than the name, another person's address.
    check_rows({
        {"en", "", "", "Jane Roe\nnewsdesk@harbour-post.example", {}},
        {"de", "", "", "Anna Muster\nmuster", {}},
        {"fr", "", "", "Jeanne Morel\npmorel@journal-du-port.example", {}},
    });
}
