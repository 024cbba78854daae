// Table-driven tests of byline_places.cpp: authors' names known by where they stand on the page (alone under the
// article's date line), in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

// A page's language, its headline, the lines between the headline and the text, a paragraph of its text, and the
// authors read from it.
struct Placed {
    const char* lang;
    const char* title;
    const char* under;
    const char* paragraph;
    std::vector<std::string> names;
};

std::string placed_page(const Placed& r) {
    const std::string text = r.paragraph;
    return std::string("Pier Gazette\nStart | Region | Kultur\n\n") + r.title + "\n" + r.under + "\n\n" + text +
           "\n\n" + text + " " + text + "\n\n" + text + "\n\nNewsletter\n";
}

void check_placed(const std::vector<Placed>& rows) {
    for (const auto& r : rows) {
        const std::string page = placed_page(r);
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == r.names);
    }
}

// A headline and a sentence of text in each language.
struct Sample {
    const char* title;
    const char* text;
};

const Sample samples[] = {
    {"Night ferries to the isles sail again",
     "The night ferries to the outer isles sailed again on Monday after the storm had kept them in the harbour for "
     "most of the week."},
    {"Die Nachtfähren zu den Inseln fahren wieder",
     "Die Nachtfähren zu den äußeren Inseln sind am Montag wieder ausgelaufen, nachdem der Sturm sie fast die ganze "
     "Woche im Hafen gehalten hatte."},
    {"Les ferries de nuit reprennent la mer",
     "Les ferries de nuit vers les îles ont repris la mer lundi, après que la tempête les a retenus au port pendant "
     "presque toute la semaine."},
    {"Los transbordadores nocturnos vuelven a zarpar",
     "Los transbordadores nocturnos hacia las islas volvieron a zarpar el lunes, después de que la tormenta los "
     "retuviera en el puerto casi toda la semana."},
    {"I traghetti notturni tornano a salpare",
     "I traghetti notturni verso le isole sono tornati a salpare lunedì, dopo che la tempesta li aveva trattenuti in "
     "porto per quasi tutta la settimana."},
};

const char* const en_title = samples[0].title;
const char* const en_text = samples[0].text;
const char* const de_title = samples[1].title;
const char* const de_text = samples[1].text;
const char* const fr_title = samples[2].title;
const char* const fr_text = samples[2].text;
const char* const es_title = samples[3].title;
const char* const es_text = samples[3].text;
const char* const it_title = samples[4].title;
const char* const it_text = samples[4].text;

} // namespace

TEST_CASE("a name alone right under the article's date line is the author's", "[classify][byline]") {
    check_placed({
        // A comma alone between the date and the name.
        {"en", en_title, "Tuesday, 14 March 2023 09:42\n,\nJane Roe", en_text, {"Jane Roe"}},
        {"de", de_title, "Dienstag, 14. März 2023 09:42\n,\nAnna Muster", de_text, {"Anna Muster"}},
        {"fr", fr_title, "mardi 14 mars 2023 09:42\n,\nJeanne Morel", fr_text, {"Jeanne Morel"}},
        {"es", es_title, "martes, 1 de marzo de 2022\n,\nLucía Gómez", es_text, {"Lucía Gómez"}},
        {"it", it_title, "martedì 1 marzo 2022\n,\nMarco Bianchi", it_text, {"Marco Bianchi"}},
        // The dates under the first, with their labels, stand between it and the name.
        {"en", en_title, "Published\n01.03.2022\nUpdated\n02.03.2022\nJohn Doe", en_text, {"John Doe"}},
        {"de", de_title, "Erstveröffentlichung\n01.03.2022\nLetzte Aktualisierung\n02.03.2022\nLena Brandt", de_text,
         {"Lena Brandt"}},
        {"fr", fr_title, "Publié\n01.03.2022\nMis à jour\n02.03.2022\nOdile Marchal", fr_text, {"Odile Marchal"}},
    });
}

TEST_CASE("a name right under the box of the publication's and the revision's days under the text is the author's",
          "[classify][byline]") {
    // The page prints no date over its text; under it, the box of its facts, then the tags.
    const auto page_with = [](const Sample& s, const char* under_text) {
        const std::string text = s.text;
        return std::string("Pier Gazette\nStart | Region | Kultur\n\n") + s.title + "\n\n" + text + "\n\n" + text +
               " " + text + "\n\n" + text + "\n" + under_text + "\n\nNewsletter\n";
    };
    struct Row {
        const char* lang;
        const Sample& sample;
        const char* under_text;
        std::vector<std::string> names;
    };
    const Row rows[] = {
        {"de", samples[1], "Erstveröffentlichung\n01.03.2022\nLetzte Aktualisierung\n02.03.2022\nLena Brandt\n#Fähren\n#Inseln",
         {"Lena Brandt"}},
        {"en", samples[0], "Published\n01.03.2022\nUpdated\n02.03.2022\nJohn Doe\n#ferries", {"John Doe"}},
        {"fr", samples[2], "Publié\n01.03.2022\nMis à jour\n02.03.2022\nOdile Marchal\n#ferries", {"Odile Marchal"}},
        // One date alone over the name: a comment's or a teaser's.
        {"de", samples[1], "Erstveröffentlichung\n01.03.2022\nLena Brandt\n#Fähren", {}},
        // A run of names under the box: a list of people.
        {"en", samples[0], "Published\n01.03.2022\nUpdated\n02.03.2022\nJohn Doe\nJane Roe", {}},
    };
    for (const auto& r : rows) {
        const std::string page = page_with(r.sample, r.under_text);
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == r.names);
    }
}

TEST_CASE("names under the date line that go on in a list, or that the text prints, are no byline",
          "[classify][byline]") {
    check_placed({
        // A run of names under the date: a list of people.
        {"en", en_title, "Tuesday, 1 March 2022\n,\nJane Roe\nJohn Doe", en_text, {}},
        // A blank line between the date and the name: the page's menu or furniture.
        {"de", de_title, "Erstveröffentlichung\n01.03.2022\nLetzte Aktualisierung\n02.03.2022\n\nLena Brandt",
         de_text, {}},
        // A place the text's sentences name too.
        {"en", en_title, "Tuesday, 1 March 2022\n,\nPort Ellen",
         "The night ferries to the outer isles left Port Ellen again on Monday after the storm had kept them in the "
         "harbour.",
         {}},
        {"fr", fr_title, "mardi 1 mars 2022\n,\nSaint Malo",
         "Les ferries de nuit ont quitté Saint Malo lundi, après que la tempête les a retenus au port toute la "
         "semaine.",
         {}},
    });
}

TEST_CASE("a name over the date line stays the author's under a picture's credit, beside a list of names, and "
          "before the hours' abbreviation",
          "[classify][byline]") {
    check_placed({
        // The picture's credit over the name is no menu's entry.
        {"en", en_title, "© Jane Roe\nJane Roe\non\nThursday, 9 March 2023 - 10:15", en_text, {"Jane Roe"}},
        {"de", de_title, "© Anna Muster\nAnna Muster\nam\nDonnerstag, 09.03.2023 - 10:15", de_text, {"Anna Muster"}},
        {"fr", fr_title, "© Jeanne Morel\nJeanne Morel\nle\njeudi 9 mars 2023 - 10:15", fr_text,
         {"Jeanne Morel"}},
        // "hs": the hours after the time leave the date line nothing else.
        {"es", es_title, "Lucía Gómez\njueves, 9 de marzo de 2023 18:30 hs", es_text, {"Lucía Gómez"}},
    });
    // A teaser's byline further down lists the author among others, with its date: no sentence of the text.
    const std::string teasers = "\n\nOther stories\nMore boats for the harbour\nMax Poe, Jane Roe, Ann Lee, Tom Hill, "
                                "Kay Moss * 19.10.2019, 21:59\n";
    const std::string page = placed_page({"en", en_title, "Jane Roe\n19.10.2019, 23:38", en_text, {}}) + teasers;
    INFO(page);
    CHECK(classify(segment(page), "en").authors == std::vector<std::string>{"Jane Roe"});
    // The name inside a sentence of the text, closed by a stop, is a topic.
    const std::string topic = placed_page({"en", en_title, "Jane Roe\n19.10.2019, 23:38", en_text, {}}) +
                              "\n\nThe harbour master said that Jane Roe had asked for the night ferries to sail "
                              "again before the end of the week.\n";
    INFO(topic);
    CHECK(classify(segment(topic), "en").authors.empty());
}

TEST_CASE("a byline word and a first name or a handle alone right under the headline sign the article",
          "[classify][byline]") {
    check_placed({
        {"en", en_title, "by Kay", en_text, {"Kay"}},
        {"de", de_title, "von Kira", de_text, {"Kira"}},
        {"de", de_title, "von hafenkatze", de_text, {"hafenkatze"}},
        {"fr", fr_title, "par Odile", fr_text, {"Odile"}},
        {"es", es_title, "por jgomez", es_text, {"jgomez"}},
    });
    // The name inside the text's sentences is a topic ("by Harbour" a place).
    check_placed({
        {"en", en_title, "by Kay",
         "The night ferries to the outer isles sailed again on Monday, and Kay was the first to board one of "
         "them.",
         {}},
    });
}

TEST_CASE("a byline with its date under the links that close the text signs it", "[classify][byline]") {
    const std::vector<std::pair<Placed, const char*>> rows = {
        {{"de", de_title, "", de_text, {"Kira"}},
         "Weitere Artikel zum Thema:\nNeue Fähren für die Inseln\nDer alte Kai wird erneuert\nSturm über dem Hafen\n"
         "erstellt von Kira — veröffentlicht 14.03.2023 09:42"},
        {{"en", en_title, "", en_text, {"Jane Roe"}},
         "More on this topic:\nNew ferries for the isles\nThe old quay is rebuilt\nA storm over the harbour\n"
         "Posted by Jane Roe on 28 January 2022"},
        {{"fr", fr_title, "", fr_text, {"Jeanne Morel"}},
         "Sur le même sujet :\nDe nouveaux ferries pour les îles\nLe vieux quai rénové\nUne tempête sur le port\n"
         "Publié par Jeanne Morel le 28 janvier 2022"},
        // The post's facts, its date first, under the buttons that close it.
        {{"de", de_title, "", de_text, {"Kira"}},
         "Teilen\nGefällt mir:\nLiken\nMärz 14, 2023 von Kira Kategorien: Hafen | Schreib einen "
         "Kommentar"},
        {{"en", en_title, "", en_text, {"Kay"}},
         "Share\nLike this:\nLike\nMarch 14, 2023 by Kay Categories: Harbour | Write a comment"},
    };
    for (const auto& [row, closing] : rows) {
        const std::string page = placed_page(row) + "\n" + closing + "\n";
        INFO(page);
        CHECK(classify(segment(page), row.lang).authors == row.names);
    }
}

TEST_CASE("a date, a dash, a bar or a bullet, then a byline's label and the names give the date and the authors",
          "[classify][byline][dates]") {
    struct Row {
        const char* lang;
        const char* line;
        std::vector<std::string> names;
        const char* published;
    };
    const Row rows[] = {
        {"de", "05.02.2021 - Redaktion: Anna Muster (Sprecherin des Hafenvereins)", {"Anna Muster"}, "2021-02-05"},
        {"de", "05.02.2021 | Autor: Anna Muster (Sprecherin des Hafenvereins)", {"Anna Muster"}, "2021-02-05"},
        {"de", "05.02.2021 – Von: Anna Muster und Lena Brandt (Pressestelle des Hafenvereins)",
         {"Anna Muster", "Lena Brandt"}, "2021-02-05"},
        {"en", "12 March 2021 - Text: Jane Roe (press office of the harbour board)", {"Jane Roe"}, "2021-03-12"},
        {"en", "12 March 2021 \u2022 By: Jane Roe (press office of the harbour board)", {"Jane Roe"}, "2021-03-12"},
        {"fr", "12 mars 2021 - Rédaction : Jeanne Morel (service de presse du port)", {"Jeanne Morel"}, "2021-03-12"},
        {"fr", "12 mars 2021 | Par : Jeanne Morel (service de presse du port)", {"Jeanne Morel"}, "2021-03-12"},
        {"es", "12 de marzo de 2021 - Por: Lucía Gómez (oficina de prensa del puerto)", {"Lucía Gómez"}, "2021-03-12"},
        {"it", "12 marzo 2021 - Di: Marco Bianchi (ufficio stampa del porto)", {"Marco Bianchi"}, "2021-03-12"},
        // One word in the parenthesis: the desk, no word of the name.
        {"de", "05.02.2021 - Redaktion: Anna Muster (Pressestelle)", {"Anna Muster"}, "2021-02-05"},
        {"en", "12 March 2021 | By: Jane Roe (Newsdesk)", {"Jane Roe"}, "2021-03-12"},
        {"fr", "12 mars 2021 - Texte : Jeanne Morel (Communication)", {"Jeanne Morel"}, "2021-03-12"},
    };
    const std::map<std::string, const Sample*> by_lang = {
        {"en", &samples[0]}, {"de", &samples[1]}, {"fr", &samples[2]}, {"es", &samples[3]}, {"it", &samples[4]}};
    for (const Row& r : rows) {
        const Sample& s = *by_lang.at(r.lang);
        // Under the headline, and over it under the page's trail of links.
        const std::string under = placed_page({r.lang, s.title, r.line, s.text, {}});
        const std::string over = std::string("Pier Gazette\nStart >\nRegion >\n") + r.line + "\n" + s.title + "\n\n" +
                                 s.text + "\n\n" + s.text + " " + s.text + "\n\n" + s.text + "\n\nNewsletter\n";
        for (const std::string& page : {under, over}) {
            INFO(page);
            const Article a = classify(segment(page), r.lang);
            CHECK(a.authors == r.names);
            CHECK(a.published.value_or("") == r.published);
        }
    }
}

TEST_CASE("a byline word alone over a handle alone on the next line signs the article", "[classify][byline]") {
    // "by" / "jroe77": a handle marked as one by a figure or an underscore; a word of a language under the byline
    // word ("By" / "Design", "by" / "hand") names nobody.
    check_placed({
        {"en", en_title, "by\njroe77", en_text, {"jroe77"}},
        {"de", de_title, "von\nkira_m", de_text, {"kira_m"}},
        {"fr", fr_title, "par\nOdile_M", fr_text, {"Odile_M"}},
        {"es", es_title, "por\njgomez85", es_text, {"jgomez85"}},
        {"it", it_title, "di\nmbianchi_7", it_text, {"mbianchi_7"}},
    });
    check_placed({
        {"en", en_title, "By\nDesign", en_text, {}},
        {"en", en_title, "by\nhand", en_text, {}},
    });
}
