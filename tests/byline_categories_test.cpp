// Tests of a post's byline that goes on with the categories the post is filed in ("Posted by Jane Roe under Harbour
// News"), in several languages: the categories are cut off the names.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a byline's categories after a word filing the post are no part of its names", "[classify][byline]") {
    const struct {
        const char* lang;
        const char* line;
        std::vector<std::string> names;
    } rows[] = {
        {"en", "Posted by Jane Roe under Harbour News", {"Jane Roe"}},
        {"en", "Posted by Jane Roe in Ferries, Islands", {"Jane Roe"}},
        {"en", "By Jane Roe and Max Poe under Travel | Tags: Boats, Piers", {"Jane Roe", "Max Poe"}},
        {"de", "Von Anna Muster unter Allgemein, Kultur", {"Anna Muster"}},
        {"de", "Geschrieben von Lena Brandt in Hafen", {"Lena Brandt"}},
        {"fr", "Publié par Jeanne Morel dans Actualités", {"Jeanne Morel"}},
        {"fr", "Par Odile Marchal dans Société, Culture", {"Odile Marchal"}},
        {"es", "Publicado por Lucía Ruiz en Noticias", {"Lucía Ruiz"}},
        {"it", "Pubblicato da Marco Bellini in Cronaca", {"Marco Bellini"}},
        {"nl", "Door Pieter Smit in Nieuws", {"Pieter Smit"}},
        {"pt", "Publicado por Ana Souza em Notícias", {"Ana Souza"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = byline_authors(r.line, r.lang);
        REQUIRE(names.has_value());
        CHECK(*names == r.names);
    }
    // A sentence opened by a byline word, closed by a stop, is prose, no byline; a byline with no category is as it
    // was.
    const struct {
        const char* lang;
        const char* line;
    } prose[] = {
        {"de", "Von Anna Muster in Berlin hörte ich es zuerst."},
        {"en", "By Jane Roe in London we were told nothing."},
        {"fr", "Par Jeanne Morel dans Paris nous fûmes guidés."},
    };
    for (const auto& r : prose) {
        INFO(r.line);
        const auto names = byline_authors(r.line, r.lang);
        CHECK((!names || names->empty()));
    }
    CHECK(byline_authors("By Jane Roe", "en") == std::vector<std::string>{"Jane Roe"});
}

TEST_CASE("a page's byline filing the post under its categories names the author", "[classify][byline]") {
    const struct {
        const char* lang;
        const char* title;
        const char* byline;
        const char* sentence;
        const char* name;
    } rows[] = {
        {"en", "New ferry links the islands from spring", "Posted by Jane Roe under Harbour News",
         "The ferry leaves the pier at seven every morning and takes commuters to the largest island in an hour.",
         "Jane Roe"},
        {"de", "Neue Fähre verbindet die Inseln ab dem Frühling", "Von Anna Muster unter Allgemein, Hafen",
         "Die Fähre legt jeden Morgen um sieben Uhr an der Mole ab und bringt Pendler in einer Stunde zur Insel.",
         "Anna Muster"},
        {"fr", "Un nouveau ferry relie les îles dès le printemps", "Publié par Jeanne Morel dans Actualités",
         "Le ferry quitte le quai chaque matin à sept heures et conduit les voyageurs à la grande île en une heure.",
         "Jeanne Morel"},
    };
    for (const auto& r : rows) {
        const std::string s(r.sentence);
        const std::string page = std::string("Harbour Notes\nHome | Town | Sport\n\n") + r.title + "\n" + r.byline +
                                 "\n\n" + s + "\n\n" + s + " " + s + "\n\n" + s + "\n\nShare this article\n";
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == std::vector<std::string>{r.name});
    }
}

TEST_CASE("a post's label and its categories vouch for a first name or a handle alone", "[classify][byline]") {
    const struct {
        const char* lang;
        const char* line;
        const char* name;
    } rows[] = {
        {"en", "Posted by Kira under Harbour News", "Kira"},
        {"en", "Posted by jroe in Ferries, Islands", "jroe"},
        {"de", "Geschrieben von Kira unter Allgemein", "Kira"},
        {"fr", "Publié par Odile dans Actualités", "Odile"},
        {"es", "Publicado por Lucía en Noticias", "Lucía"},
        {"it", "Pubblicato da Marco in Cronaca", "Marco"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(byline_authors(r.line, r.lang) == std::vector<std::string>{r.name});
    }
}

TEST_CASE("a line of capitalised words after a byline word of one word is cut off no name", "[classify][byline]") {
    // "By Region In Europe", "Von Hamburg in Richtung Norden" (a title): no person's name before the category word,
    // and a one-word label vouches for no lone word.
    for (const char* line : {"By Region In Europe", "Von Montag In Berlin", "Von Hamburg in Richtung Norden",
                             "Par Lyon dans Rhône", "By Harbour in News"}) {
        INFO(line);
        const auto names = byline_authors(line, "en");
        CHECK((!names || names->empty()));
    }
}
