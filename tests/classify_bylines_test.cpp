// Tests of the classify heuristics: bylines: the names they give, and which line of a page signs it. One row per kind
// of line, in several languages.
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

using archive::test::check_found;
using archive::test::contains;

TEST_CASE("bylines give author names in several languages", "[classify][byline]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"Par Jean Dupont", "fr", {"Jean Dupont"}},
        {"Par Lucien Ferrand (avec Odile Marchal)", "fr", {"Lucien Ferrand", "Odile Marchal"}},
        {"By Jane Doe and John Roe", "en", {"Jane Doe", "John Roe"}},
        {"By Paul Erik Lindqvist, Senior Staff Engineer", "en", {"Paul Erik Lindqvist"}},
        {"Von Anna Muster", "de", {"Anna Muster"}},
        {"Von Peter Meier und Sandra Keller", "de", {"Peter Meier", "Sandra Keller"}},
        {"di Marco Bianchi", "it", {"Marco Bianchi"}},
        {"Por Lucía Gómez", "es", {"Lucía Gómez"}},
        {"By: Sam Lee", "en", {"Sam Lee"}},
        {"By Amelia Stone Feb 8, 2020 5 min read", "en", {"Amelia Stone"}},
        {"By Theresa May", "en", {"Theresa May"}},
        {"Von Anna Muster 12. März 2021, 14:05 Uhr", "de", {"Anna Muster"}},
        {"Par Jean Dupont le 3 mars 2022", "fr", {"Jean Dupont"}},
        {"Por Lucía Gómez | 4 de mayo de 2021", "es", {"Lucía Gómez"}},
        // "an article by" and its kind open a byline as "by" does.
        {"Ein Artikel von Lena Brandt | 03.03.2015 - 16:12", "de", {"Lena Brandt"}},
        {"Ein Beitrag von Max Beispiel", "de", {"Max Beispiel"}},
        {"An article by Jane Roe", "en", {"Jane Roe"}},
        {"Un article de Jeanne Morel", "fr", {"Jeanne Morel"}},
    };
    for (const auto& r : rows)
        check_found(r.line, byline_authors(r.line, r.lang), r.authors);
    for (const char* line : {"Par ailleurs, le conseil a décidé de reporter le vote.", "By the way",
                             "Von Montag an gilt die neue Regel.", "Por favor, acepte las cookies.",
                             "Von Stadtplänen, Bau-Politik und «ganz gewöhnlichen Straßen»",
                             "Par Monts et Vallées", "By Design", "Ein Artikel von gestern über den Hafen.",
                             "Un article de presse sur le port a été publié hier."}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
}

TEST_CASE("a byline's job titles, after the name or before it, name nobody", "[classify][byline]") {
    struct Row {
        const char* line;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        // A comma list with a joiner: the pieces after the name holding a job title's word end the names.
        {"By Paula Quist, Senior Staff Technologist, Harbour Speech, Tides, and Ferry Project", {"Paula Quist"}},
        {"Von Lena Brandt, Leitende Redakteurin, und Max Beispiel", {"Lena Brandt"}},
        {"Par Jeanne Morel, Rédactrice Culture, et Paul Vidal", {"Jeanne Morel"}},
        {"Por Lucía Gómez, Corresponsal Europa, y Ana Ruiz", {"Lucía Gómez"}},
        {"Di Marco Bianchi, Corrispondente Esteri, e Luca Neri", {"Marco Bianchi"}},
        // A job title before the name.
        {"Autor: Rechtsanwalt Tobias Wendler", {"Tobias Wendler"}},
        {"By Attorney Dana Whitlock", {"Dana Whitlock"}},
        {"Texte : Avocate Claire Duval", {"Claire Duval"}},
        {"Por Abogado Julián Prieto", {"Julián Prieto"}},
        {"Di Avvocato Luca Neri", {"Luca Neri"}},
        // A label's colon closing the name.
        {"Autor Tobias Wendler:", {"Tobias Wendler"}},
    };
    for (const auto& r : rows)
        check_found(r.line, byline_authors(r.line, ""), r.authors);
}

TEST_CASE("a byline word glued to the name gives the name, and a name glued by its particle stays a name",
          "[classify][byline]") {
    struct Row {
        const char* line;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"ByK.L. Marsh", {"K.L. Marsh"}},
        {"ByJane Roe", {"Jane Roe"}},
        {"Veröffentlicht vonTobias Wendler 3. März 2016", {"Tobias Wendler"}},
        {"Geschrieben vonAnna Muster", {"Anna Muster"}},
        {"ParJeanne Morel", {"Jeanne Morel"}},
        {"PorLucía Gómez", {"Lucía Gómez"}},
        {"diMarco Bianchi", {"Marco Bianchi"}},
    };
    for (const auto& r : rows)
        check_found(r.line, byline_authors(r.line, ""), r.authors);
    for (const char* line :
         {"DiCaprio Harbour Fund", "VonDerHeide Kai Brandt", "Bylines Of Note", "ByteWorks Harbour"}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
}

TEST_CASE("a byline's e-mail address or handle after the name is no part of it", "[classify][byline]") {
    struct Row {
        const char* line;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"Por Ana Ruiz aruiz@diario.example", {"Ana Ruiz"}},
        {"By Jane Roe @janeroe", {"Jane Roe"}},
        {"Von Anna Muster anna.muster@hafenblatt.example", {"Anna Muster"}},
        {"Par Jeanne Morel jmorel@port.example", {"Jeanne Morel"}},
        {"Di Marco Bianchi @marcobianchi", {"Marco Bianchi"}},
        {"By Jane Roe@JaneRoeWrites", {"Jane Roe"}},
        {"Texte : Jeanne Morel@JeanneMorel", {"Jeanne Morel"}},
    };
    for (const auto& r : rows)
        check_found(r.line, byline_authors(r.line, ""), r.authors);
}

TEST_CASE("a byline may open with the word for author, of either gender or in the plural", "[classify][byline]") {
    struct Row {
        const char* line;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"Autorin: Anna Muster", {"Anna Muster"}},
        {"Autoren Tobias Wendler und Anna Muster", {"Tobias Wendler", "Anna Muster"}},
        {"Authors: Jane Roe and John Doe", {"Jane Roe", "John Doe"}},
        {"Auteure : Jeanne Morel", {"Jeanne Morel"}},
        {"Autora: Lucía Gómez", {"Lucía Gómez"}},
        {"Autore: Marco Bianchi", {"Marco Bianchi"}},
    };
    for (const auto& r : rows)
        check_found(r.line, byline_authors(r.line, ""), r.authors);
    for (const char* line : {"Autorin Anna Muster liest am Freitag im Hafenkino.", "Authors Guild statement"}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
}

TEST_CASE("a sentence opened by a byline word and a name, then a clause after a comma, is no byline",
          "[classify][byline]") {
    for (const char* line : {"Par Jean Dupont, nous avons appris la fermeture du quai.",
                             "Von Anna Muster, der Hafenmeisterin, stammt die Idee zu den Laternen.",
                             "Por Ana Pérez, la portavoz del puerto, supimos que el muelle cerraba.",
                             "By Jane Roe, the harbour's first female pilot, the ferry was brought in safely."}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
    // A job title after the comma, with or without a stop, and a short one with a stop, still close a byline.
    const struct {
        const char* line;
        const char* author;
    } bylines[] = {
        {"Par Jean Dupont, envoyé spécial à Berlin", "Jean Dupont"},
        {"Von Anna Muster, Korrespondentin in Paris.", "Anna Muster"},
        {"By Jane Roe, Senior Writer at Harbour Weekly", "Jane Roe"},
    };
    for (const auto& r : bylines) {
        INFO(r.line);
        auto a = byline_authors(r.line, "");
        REQUIRE(a);
        CHECK(*a == std::vector<std::string>{r.author});
    }
    // Between two paragraphs, the sentence stays one of them and names no author.
    const char* page = R"(Notes du port
Les lanternes du quai
Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai, le soir.
Par Jean Dupont, nous avons appris la fermeture du quai.
Le capitaine du port a dit que les lanternes ne sont allumées que deux fois par an, à la grande marée et pour la fête.
Le conseil votera le budget au printemps, quand les horaires d'été commenceront de nouveau.
)";
    Article a = classify(segment(page), "fr");
    CHECK(a.authors.empty());
    const auto paragraphs = test::paragraphs_of(a);
    CHECK(contains(paragraphs, "Par Jean Dupont, nous avons appris la fermeture du quai."));
}

TEST_CASE("a byline word alone on its line takes the names on the next line", "[classify][byline]") {
    for (const char* line : {"By", "Von", "Par", "Por", "di", "Door", "Written by"}) {
        INFO(line);
        CHECK(byline_word(line));
    }
    for (const char* line : {"By Jane Doe", "DE", "Share", "Bylines"}) {
        INFO(line);
        CHECK_FALSE(byline_word(line));
    }
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"en", R"(The harbour reopens after two years of work
By
Jane Doe
The harbour of the town reopened on Monday after two years of work on its old quays and on the new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
)", {"Jane Doe"}},
        {"de", R"(Der Hafen ist nach zwei Jahren wieder offen
Von
Anna Muster
Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais und am neuen Becken wieder eröffnet worden.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
)", {"Anna Muster"}},
        {"es", R"(El puerto reabre tras dos años de obras
Por
Juan Pérez
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en la primavera.
)", {"Juan Pérez"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(a.authors == r.authors);
        for (const auto& s : a.sections)
            for (const auto& para : s.paragraphs)
                CHECK_FALSE(contains(r.authors, para));
    }
}

TEST_CASE("a label and its colon alone on a line take the name on the next, and a slash closes the name with its agency "
          "or its site", "[classify][byline]") {
    for (const char* line : {"Autor:", "Text:", "Texte :", "Author:", "Texto:", "Testo:"}) {
        INFO(line);
        CHECK(byline_word(line));
    }
    for (const char* line : {"Autorin gesucht:", "Hinweis:", ":"}) {
        INFO(line);
        CHECK_FALSE(byline_word(line));
    }
    struct Line {
        const char* line;
        std::vector<std::string> authors;
    };
    const Line lines[] = {
        {"Autor: Anna Muster/dpa", {"Anna Muster", "dpa"}},
        {"Text: Anna Muster / hafenblatt.example", {"Anna Muster"}},
        {"By Jane Roe/Reuters", {"Jane Roe", "Reuters"}},
        {"Par Jeanne Morel / Paul Vidal", {"Jeanne Morel", "Paul Vidal"}},
        {"Por Lucía Gómez/EFE", {"Lucía Gómez", "EFE"}},
        {"Di Marco Bianchi / portoblog.example", {"Marco Bianchi"}},
    };
    for (const auto& r : lines) {
        INFO(r.line);
        auto a = byline_authors(r.line, "");
        REQUIRE(a);
        CHECK(*a == r.authors);
    }
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"de", R"(Der Hafen ist nach zwei Jahren wieder offen
Autor:
Anna Muster/SP-Z
Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais und am neuen Becken wieder eröffnet worden.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
)", {"Anna Muster"}},
        {"fr", R"(Le port rouvre après deux ans de travaux
Texte :
Jeanne Morel
Le port de la ville a rouvert lundi après deux ans de travaux sur ses vieux quais et sur son nouveau bassin.
Les travaux ont coûté plus que prévu, et le conseil a dû voter un second crédit au printemps de l'an dernier.
)", {"Jeanne Morel"}},
        {"en", R"(The harbour reopens after two years of work
Author:
Jane Doe
The harbour of the town reopened on Monday after two years of work on its old quays and on the new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
)", {"Jane Doe"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(a.authors == r.authors);
    }
}

TEST_CASE("a person's name opening a date line, before a separator or the date, is the byline's",
          "[classify][byline]") {
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"Jane Roe - Apr 16, 2015 8:02 pm UTC", "Jane Roe"},
        {"Anna Muster | 3. März 2021, 14:05 Uhr", "Anna Muster"},
        {"Jeanne Morel • 12 mars 2022", "Jeanne Morel"},
        {"Lucía Gómez Ortega | Publicado hace 3 horas", "Lucía Gómez Ortega"},
        {"Marco Bianchi 4 maggio 2021", "Marco Bianchi"},
        {"Lena von Brandt / 22.04.2020 / 06:15", "Lena von Brandt"},
        // A comma standing alone between the name and the date.
        {"Anna Muster , 03. März 2021, 14:05 Uhr", "Anna Muster"},
        {"Jane Roe , Apr 16, 2015", "Jane Roe"},
        {"Jeanne Morel , 12 mars 2022", "Jeanne Morel"},
        {"Lucía Gómez , 4 de mayo de 2021", "Lucía Gómez"},
    };
    for (const auto& r : rows)
        check_found(r.line, name_before_date(r.line), r.name);
    // A lone word, a month or a weekday after the first word, an acronym, glued words or a stopword name nobody.
    for (const char* line : {"Redaktion | 3. März 2021", "Founded February 2001", "Updated Monday 3 May 2021",
                             "News EC | 4 mayo 2021", "ByJane Roe 3 May 2021", "The Harbour | 3 May 2021",
                             "Le Port - 12 mars 2022", "Jane Roe arrived on 3 May 2021"}) {
        INFO(line);
        CHECK_FALSE(name_before_date(line));
    }
    // On a page: the name goes to the authors, the date to published.
    const char* pages[][2] = {
        {"en", "Harbour Notes\nLanterns on the quay\nJane Roe - Apr 16, 2015 8:02 pm\n"
               "The lanterns of the old fishing boats were lit one after the other along the quay last night.\n"
               "The harbour master said the lanterns are lit only twice a year, at the spring tide and in autumn.\n"},
        {"de", "Hafenblatt\nLaternen am Kai\nJane Roe | 16. April 2015\n"
               "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.\n"
               "Der Hafenmeister sagte, dass die Laternen nur zweimal im Jahr brennen, bei der Springflut im Frühling.\n"},
    };
    for (const auto& page : pages) {
        INFO(page[1]);
        Article a = classify(segment(page[1]), page[0]);
        CHECK(a.authors == std::vector<std::string>{"Jane Roe"});
        CHECK(a.published.value_or("").starts_with("2015-04-16"));
    }
}

TEST_CASE("a line that is only a person's name, over the page's first date line, is the byline",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* title;
        const char* name;
        const char* date;
        const char* text;
    } rows[] = {
        {"en", "Lanterns on the quay", "Jane Roe", "December 18, 2020",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night."},
        {"de", "Laternen am Kai", "Anna von Muster", "24. April 2020",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet."},
        {"fr", "Les lanternes du quai", "Jeanne Morel", "12 mars 2022",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir."},
        {"es", "Las linternas del muelle", "Lucía Gómez", "4 de mayo de 2021",
         "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche."},
        {"it", "Le lanterne del molo", "Marco Bianchi", "4 maggio 2021",
         "Le lanterne delle vecchie barche da pesca sono state accese una dopo l'altra lungo il molo ieri sera."},
    };
    for (const auto& r : rows) {
        const std::string body = std::string(r.text) + "\n" + r.text + " " + r.text + "\n";
        const std::string page = std::string("Harbour Notes\n") + r.title + "\n\n" + r.name + "\n" + r.date + "\n\n" +
                                 body;
        INFO(page);
        Article a = classify(segment(page), r.lang);
        CHECK(a.authors == std::vector<std::string>{r.name});
        // Printed as a topic over the date and in the text, or as the last entry of a menu, it is no byline.
        const std::string topic = std::string("Harbour Notes\n") + r.title + "\n\nHarbour Lights\n" + r.date +
                                  "\n\nWe saw the Harbour Lights again, " + body;
        INFO(topic);
        CHECK(classify(segment(topic), r.lang).authors.empty());
        const std::string menu = std::string("Harbour Notes\n") + r.title + "\n\nFerries\nTrains\n" + r.name + "\n" +
                                 r.date + "\n\n" + body;
        INFO(menu);
        CHECK(classify(segment(menu), r.lang).authors.empty());
    }
    for (const char* line : {"Jane Roe", "Anna von Muster", "Jean-Luc Morel", "NATHALIE ROUX"}) {
        INFO(line);
        CHECK(name_line(line));
    }
    for (const char* line : {"Redaktion", "The Harbour", "Les Ports", "Harbour EC", "ByJane Roe", "Friday March"}) {
        INFO(line);
        CHECK_FALSE(name_line(line));
    }
}

TEST_CASE("a byline's name opened by an article or another small word is a paper's, not a person's",
          "[classify][byline]") {
    for (const char* line : {"By The Harbour Weekly", "Par Le Petit Journal du Port", "Von Der Hafenbote",
                             "Por El Diario del Puerto", "Di La Gazzetta del Molo"}) {
        INFO(line);
        auto names = byline_authors(line, "");
        CHECK((!names || names->empty()));
    }
    // The person's byline further down is then the page's.
    const char* page = "Harbour Notes\nLanterns on the quay\nBy\nThe Harbour Weekly\nMarch 3, 2021\n"
                       "Written by: Jane Roe\n"
                       "The lanterns of the old fishing boats were lit one after the other along the quay last night.\n"
                       "The harbour master said the lanterns are lit only twice a year, at the spring tide.\n";
    CHECK(classify(segment(page), "en").authors == std::vector<std::string>{"Jane Roe"});
}

TEST_CASE("the authors are the first byline's, and later bylines sign the teasers of other articles",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* byline;
        const char* text;
        const char* teaser;
        const char* other;
    } rows[] = {
        {"en", "By Jane Roe", "The lanterns of the old fishing boats were lit one after the other along the quay.",
         "Ferries return to the northern pier", "By John Doe"},
        {"de", "Von Anna Muster", "Die Laternen der alten Fischerboote wurden gestern Abend am Kai angezündet.",
         "Die Fähren kehren an den Nordkai zurück", "Von Max Beispiel"},
        {"fr", "Par Jeanne Morel", "Les lanternes des vieux bateaux de pêche furent allumées le long du quai.",
         "Les ferries reviennent au quai nord", "Par Paul Martin"},
        {"es", "Por Lucía Gómez", "Las linternas de los viejos barcos de pesca se encendieron a lo largo del muelle.",
         "Los transbordadores vuelven al muelle norte", "Por Pablo Ruiz"},
    };
    for (const auto& r : rows) {
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n") + r.byline + "\n" + r.text +
                                 "\n" + r.text + " " + r.text + "\n" + r.teaser + "\n" + r.other + "\n" + r.text +
                                 "\n" + r.text + " " + r.text + "\n";
        INFO(page);
        Article a = classify(segment(page), r.lang);
        REQUIRE(!a.authors.empty());
        CHECK(a.authors == std::vector<std::string>{std::string(r.byline).substr(std::string(r.byline).find(' ') + 1)});
    }
    // Two names over each other ("By Jane Roe" / "and John Doe") are both the article's.
    const char* page = "Harbour Notes\nLanterns on the quay\nBy Jane Roe\nBy John Doe\n"
                       "The lanterns of the old fishing boats were lit one after the other along the quay last night.\n";
    CHECK(classify(segment(page), "en").authors == std::vector<std::string>{"Jane Roe", "John Doe"});
}

TEST_CASE("a page printing no byline over its text may sign it a few lines under the text's end",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* text;
        const char* closing;
        const char* name;
    } rows[] = {
        {"en", "The lanterns of the old fishing boats were lit one after the other along the quay last night.",
         "Posted by Jane Roe at 5:11 AM", "Jane Roe"},
        {"de", "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         "Text: Anna Muster", "Anna Muster"},
        {"fr", "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "Par Jeanne Morel", "Jeanne Morel"},
        {"es", "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche.",
         "Por Lucía Gómez", "Lucía Gómez"},
    };
    for (const auto& r : rows) {
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n\n") + r.text + "\n" + r.text +
                                 " " + r.text + "\n" + r.text + "\n\n" + r.closing + "\nShare\nComments\n";
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == std::vector<std::string>{r.name});
    }
}

TEST_CASE("a date line signed with a name of one word gives that author (a blog's first name or handle)",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* date_line;
        const char* name;
        const char* text;
    } rows[] = {
        {"en", "12/04/2020 by Marla 24 Comments", "Marla",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night."},
        {"de", "29. Juni 2017, 23:39 · von Tobsen", "Tobsen",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet."},
        {"fr", "12 mars 2022 par Margaux", "Margaux",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir."},
        {"es", "4 de mayo de 2021 por Lucía", "Lucía",
         "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche."},
        {"it", "4 maggio 2021 di Chiaretta", "Chiaretta",
         "Le lanterne delle vecchie barche da pesca sono state accese una dopo l'altra lungo il molo ieri sera."},
    };
    for (const auto& r : rows) {
        const std::string body = std::string(r.text) + "\n" + r.text + " " + r.text + "\n";
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n") + r.date_line + "\n" + body;
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == std::vector<std::string>{r.name});
        auto names = byline_authors(std::string(r.date_line).substr(std::string(r.date_line).rfind(r.name) - 4), r.lang,
                                    true);
        CHECK((names && *names == std::vector<std::string>{r.name}));
    }
    // An acronym, glued words or a word the page prints in small letters is a site's or a word, no author.
    for (const char* date_line : {"12/04/2020 by HNB", "12/04/2020 by HarbourBlog", "12/04/2020 by Lanterns"}) {
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n") + date_line + "\n" + rows[0].text +
                                 "\n" + rows[0].text + " " + rows[0].text + "\n";
        INFO(page);
        CHECK(classify(segment(page), "en").authors.empty());
    }
    // Outside a date line a lone capitalised word after "Von" stays a noun.
    CHECK_FALSE(byline_authors("Von Stadtplänen", "de"));
}
