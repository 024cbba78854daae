// Table-driven tests of the words of a person's name that are words of a language too (byline_names.cpp: a given name
// spelled like a stopword, a particle capitalised inside a name) and of the labels and roles around a byline's names.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a given name spelled like a small word of a language opens a person's name", "[classify][byline]") {
    // "will" (en, de), "ben", "dan" (nl), "ed", "sue", "per" (it): first names too.
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"Will Harbour", "Will Harbour"},
        {"Ben Muster", "Ben Muster"},
        {"Dan Morel", "Dan Morel"},
        {"Ed Bianchi", "Ed Bianchi"},
        {"Sue Gómez", "Sue Gómez"},
        {"Per Lindqvist", "Per Lindqvist"},
        {"Jan Kowalski", "Jan Kowalski"}, // "jan": a month's short name too
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = names_line(r.line);
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{r.name});
        const auto byline = byline_authors(std::string("By ") + r.line, "");
        REQUIRE(byline);
        CHECK(*byline == std::vector<std::string>{r.name});
    }
    const auto dated = name_before_date("Dan Roe - Mar 9, 2019 7:15 pm UTC");
    REQUIRE(dated);
    CHECK(*dated == "Dan Roe");
    CHECK_FALSE(name_before_date("Jan 9, 2019 7:15 pm UTC"));
    const auto after = name_after_date("3 March 2022 Ben Muster", "Ben Muster");
    REQUIRE(after);
    CHECK(*after == "Ben Muster");
    // Other small words open no name; a given name alone, or before a small word, is none.
    for (const char* line : {"The Harbour", "Der Hafen", "Le Port", "Will", "Will You", "Ben De", "Jan 16"}) {
        INFO(line);
        CHECK_FALSE(names_line(line));
    }
    CHECK(byline_authors("By The Harbour Weekly", "")->empty());
}

TEST_CASE("a name's particle capitalised between two words of the name is part of it", "[classify][byline]") {
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"Anna De Luca", "Anna De Luca"},          {"Lena Van Dijk", "Lena Van Dijk"},
        {"Lena Von Berg", "Lena Von Berg"},         {"Jeanne Du Pont", "Jeanne Du Pont"},
        {"Lucía La Fuente", "Lucía La Fuente"},     {"Marco Di Lorenzo", "Marco Di Lorenzo"},
        {"JOÃO DOS SANTOS", "JOÃO DOS SANTOS"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = names_line(r.line);
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{r.name});
    }
    const auto after = name_after_date("4 de mayo de 2022 Lucía De Luna", "Lucía De Luna");
    REQUIRE(after);
    CHECK(*after == "Lucía De Luna");
    // A particle opening or closing the words is no name's: an article or a preposition.
    for (const char* line : {"De Luca", "La Fuente", "Anna De", "Lena Van"}) {
        INFO(line);
        CHECK_FALSE(names_line(line));
    }
}

TEST_CASE("a byline's label or a job title closing a line of names is no part of the names", "[classify][byline]") {
    const struct {
        const char* line;
        std::vector<std::string> names;
    } rows[] = {
        {"Jane Roe Author", {"Jane Roe"}},
        {"Anna Muster Autorin", {"Anna Muster"}},
        {"Jeanne Morel Auteure", {"Jeanne Morel"}},
        {"Lucía Gómez Autora", {"Lucía Gómez"}},
        {"Marco Bianchi Autore", {"Marco Bianchi"}},
        {"Jane Roe, Senior Reporter", {"Jane Roe"}},
        {"Anna Muster, Redakteurin", {"Anna Muster"}},
        {"Anna Muster und Lena Brandt, Redaktion", {"Anna Muster", "Lena Brandt"}},
        {"Jeanne Morel, Rédactrice en chef", {"Jeanne Morel"}},
        {"Lucía Gómez, Corresponsal", {"Lucía Gómez"}},
        {"Marco Bianchi, Corrispondente", {"Marco Bianchi"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = names_line(r.line);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
    // A sentence after the comma, a place, a label that is a small word ("Von"), or a label alone after one word.
    for (const char* line : {"Jane Roe, a reporter of the Post", "Jane Roe, London", "Weitere Infos Von",
                             "Redaktion Autor", "Jeanne Morel, la rédactrice"}) {
        INFO(line);
        CHECK_FALSE(names_line(line));
    }
}

TEST_CASE("a label that names the author only before a colon opens a byline", "[classify][byline]") {
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"Redaktion: Anna Muster", "Anna Muster"},
        {"Redaktion: Anna Muster (stv. Chefredakteurin)", "Anna Muster"},
        {"Rédaction : Jeanne Morel", "Jeanne Morel"},
        {"Redacción: Lucía Gómez", "Lucía Gómez"},
        {"Redazione: Marco Bianchi", "Marco Bianchi"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = byline_authors(r.line, "");
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{r.name});
    }
    // Without its colon the label is a word of a sentence or a desk's name.
    for (const char* line : {"Redaktion Anna Muster", "Redaktion und Verlag", "Rédaction en chef Jeanne Morel"}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
}

TEST_CASE("a job title in a parenthesis after a byline's name is no part of it", "[classify][byline]") {
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"By Jane Roe (Correspondent)", "Jane Roe"},
        {"Autor: Anna Muster (Pressesprecherin)", "Anna Muster"},
        {"Par Jeanne Morel (Journaliste)", "Jeanne Morel"},
        {"Por Lucía Gómez (Corresponsal)", "Lucía Gómez"},
        {"Di Marco Bianchi (Giornalista)", "Marco Bianchi"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = byline_authors(r.line, "");
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{r.name});
    }
}

TEST_CASE("a count of the post's comments closes the name after a date line's date", "[classify][byline]") {
    const struct {
        const char* line;
        const char* rest;
        const char* name;
    } rows[] = {
        {"March 3, 2021 Jane Roe 3 Comments", "Jane Roe 3 Comments", "Jane Roe"},
        {"9. Juni 2021 Anna Muster 1 Kommentar Hafen, Fähren", "Anna Muster 1 Kommentar Hafen, Fähren",
         "Anna Muster"},
        {"12 mars 2022 Jeanne Morel 2 commentaires Société", "Jeanne Morel 2 commentaires Société", "Jeanne Morel"},
        {"4 de mayo de 2021 Lucía Gómez 5 comentarios", "Lucía Gómez 5 comentarios", "Lucía Gómez"},
        {"4 maggio 2021 Marco Bianchi 0 commenti", "Marco Bianchi 0 commenti", "Marco Bianchi"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto name = name_after_date(r.line, r.rest);
        REQUIRE(name);
        CHECK(*name == r.name);
    }
    // A count of other things closes no name.
    CHECK_FALSE(name_after_date("March 3, 2021 Jane Roe 3 Photos", "Jane Roe 3 Photos"));
}

TEST_CASE("another fact's label closed by a colon after a byline's name is no part of it", "[classify][byline]") {
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"by Jane Roe Tags: harbour, boats", "Jane Roe"},
        {"von Anna Muster Kategorien: Allgemein", "Anna Muster"},
        {"par Jeanne Morel Catégories : Société", "Jeanne Morel"},
        {"por Lucía Gómez Categorías: Cultura", "Lucía Gómez"},
        {"di Marco Bianchi Categorie: Economia", "Marco Bianchi"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(without_categories(r.line) == std::string_view(r.line).substr(0, std::string_view(r.line).find(r.name) +
                                                                                  std::string_view(r.name).size() + 1));
        const auto names = byline_authors(without_categories(r.line), "", true);
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{r.name});
    }
    // A byline's label of several words closed by its colon stays whole.
    CHECK(without_categories("Text und Fotos: Anna Muster") == "Text und Fotos: Anna Muster");
}

TEST_CASE("a one-word byline's date ends at a bar, the facts and sentences after it are another's",
          "[classify][byline]") {
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"By Kira on 4 June 2022 | 7 Comments. The card with the steps is at the end of the page.", "Kira"},
        {"Von Kira am 3. Mai 2021 | 4 Kommentare. Dieser Beitrag enthält Werbung und Links zu Partnern.", "Kira"},
        {"Par Odile le 3 mai 2021 | 2 commentaires. Cet article contient des liens vers nos partenaires.", "Odile"},
        {"Por Lucía el 3 de mayo de 2021 • 5 comentarios. Este artículo contiene enlaces de afiliados.", "Lucía"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = byline_authors(r.line, "");
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{r.name});
    }
    // A sentence going on past the date, with no bar, is no byline.
    CHECK_FALSE(labelled_handle("Kira on 3 May 2021 we sailed to the isles and came back with fish.", false));
}

TEST_CASE("a label for the text names its author only before a colon", "[classify][byline]") {
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"Text: Anna Muster", "Anna Muster"},
        {"Texte : Jeanne Morel", "Jeanne Morel"},
        {"Texto: Lucía Gómez", "Lucía Gómez"},
        {"Testo: Marco Bianchi", "Marco Bianchi"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = byline_authors(r.line, "");
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{r.name});
    }
    // A video player's settings, a form's fields: the word opens no byline without its colon.
    for (const char* line : {"Text Outline Colour", "Text Color White", "Texte Taille Normale", "Texto Borde Sombra",
                             "Testo Colore Bianco"}) {
        INFO(line);
        const auto names = byline_authors(line, "");
        CHECK((!names || names->empty()));
    }
}
