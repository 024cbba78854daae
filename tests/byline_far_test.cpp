// Table-driven tests of mark_far_byline() (byline_places.cpp): a line far under the text, past the post's links and
// tags, that signs the post by itself (a byline with the post's time of day, a name closed by an author's label), in
// several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A page's language and the lines printed far under its text, and the authors read from it.
struct Far {
    const char* lang;
    const char* lines;
    std::vector<std::string> names;
};

struct Post {
    const char* lang;
    const char* title;
    const char* text;
    const char* related; // the label over the links to other posts
    const char* tags;
};

const Post posts[] = {
    {"en", "Night ferries to the isles sail again",
     "The night ferries to the outer isles sailed again on Monday after the storm had kept them in the harbour for "
     "most of the week.",
     "Related posts:", "Tags: harbour, ferries, isles"},
    {"de", "Die Nachtfähren zu den Inseln fahren wieder",
     "Die Nachtfähren zu den äußeren Inseln sind am Montag wieder ausgelaufen, nachdem der Sturm sie fast die ganze "
     "Woche im Hafen gehalten hatte.",
     "Verwandte Beiträge:", "Schlagwörter: Hafen, Fähren, Inseln"},
    {"fr", "Les ferries de nuit reprennent la mer",
     "Les ferries de nuit vers les îles ont repris la mer lundi, après que la tempête les a retenus au port pendant "
     "presque toute la semaine.",
     "Articles similaires :", "Étiquettes : port, ferries, îles"},
    {"es", "Los transbordadores nocturnos vuelven a zarpar",
     "Los transbordadores nocturnos hacia las islas volvieron a zarpar el lunes, después de que la tormenta los "
     "retuviera en el puerto casi toda la semana.",
     "Artículos relacionados:", "Etiquetas: puerto, transbordadores, islas"},
    {"it", "I traghetti notturni tornano a salpare",
     "I traghetti notturni verso le isole sono tornati a salpare lunedì, dopo che la tempesta li aveva trattenuti in "
     "porto per quasi tutta la settimana.",
     "Articoli correlati:", "Tag: porto, traghetti, isole"},
};

const Post& post_in(const char* lang) {
    for (const Post& p : posts)
        if (std::string(p.lang) == lang)
            return p;
    return posts[0];
}

// The post, then a list of fourteen links to other posts and its tags, then the far lines and a comment form.
std::string far_page(const Far& r) {
    const Post& post = post_in(r.lang);
    const std::string text = post.text;
    std::string page = std::string("Pier Gazette\nStart | Region | Kultur\n\n") + post.title + "\n\n" + text + "\n\n" +
                       text + " " + text + "\n\n" + text + "\n\n" + post.related + "\n";
    for (int k = 1; k <= 14; ++k)
        page += "Harbour log " + std::to_string(k) + ": the pier at dawn\n";
    return page + "\n" + post.tags + "\n" + r.lines + "\nGD Rating\nloading...\n";
}

void check_far(const std::vector<Far>& rows) {
    for (const auto& r : rows) {
        const std::string page = far_page(r);
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == r.names);
    }
}

} // namespace

TEST_CASE("a byline printing the post's time of day far under the text signs it", "[classify][byline]") {
    check_far({
        {"en", "Posted by Jane Roe at 18:52 Tagged with: harbour, ferries, isles, night, boats", {"Jane Roe"}},
        {"en", "Posted by Jane Roe on March 3, 2021 at 6:01 pm", {"Jane Roe"}},
        {"de", "Erstellt von Anna Muster am 14.03.2023 um 09:42", {"Anna Muster"}},
        {"de", "erstellt von Lenka — veröffentlicht 14.03.2023 09:42", {"Lenka"}},
        {"fr", "Publié par Jeanne Morel à 18h52", {"Jeanne Morel"}},
        {"es", "Publicado por Lucía Gómez a las 18:52", {"Lucía Gómez"}},
        {"it", "Pubblicato da Marco Bianchi alle 18:52", {"Marco Bianchi"}},
    });
}

TEST_CASE("a name closed by an author's label far under the text signs it", "[classify][byline]") {
    check_far({
        {"de", "Lena Brandt Autorin", {"Lena Brandt"}},
        {"en", "Jane Roe Author", {"Jane Roe"}},
        {"fr", "Jeanne Morel Auteure", {"Jeanne Morel"}},
    });
}

TEST_CASE("far under the text, several bylines or a byline without a time sign nothing", "[classify][byline]") {
    check_far({
        // Comments, each signed with its time.
        {"en", "Posted by Jane Roe at 18:52\nNice pictures of the pier.\nPosted by John Doe at 19:05", {}},
        {"de", "Lena Brandt Autorin\nVon Anna Muster am 14.03.2023 um 09:42", {}},
        // A teaser's byline, with a day but no time; a contact's job title; a time without a byline.
        {"en", "By Jane Roe, March 3, 2021", {}},
        {"de", "Anna Muster, Redakteurin", {}},
        {"fr", "Mis à jour à 18h52", {}},
    });
}

TEST_CASE("a byline word alone over a line of names far under the text signs it", "[classify][byline]") {
    check_far({
        {"en", "Published by\nJane Roe\n\nJane Roe writes about the harbour. View all posts by Jane Roe", {"Jane Roe"}},
        {"de", "Veröffentlicht von\nAnna Muster\n\nAnna Muster schreibt über den Hafen und seine Fähren.",
         {"Anna Muster"}},
        {"fr", "Publié par\nJeanne Morel\n\nJeanne Morel écrit sur le port et ses ferries.", {"Jeanne Morel"}},
    });
    // A run of names under the byline word is a list; two such boxes sign other posts.
    check_far({
        {"en", "By\nJane Roe\nJohn Doe", {}},
        {"en", "Published by\nJane Roe\n\nPublished by\nJohn Doe", {}},
    });
}

TEST_CASE("far under the text, the time of day is found wherever the line prints its figures", "[classify][byline]") {
    // (mark_far_byline() settles a line without a figure, a colon or "h" and two figures in a row by those bytes, before
    // its tokens are read: an hour of one figure, the line's last bytes, an "h" after the minutes still sign it.)
    check_far({
        {"en", "Posted by Jane Roe at 9:05", {"Jane Roe"}},
        {"fr", "Publié par Jeanne Morel le 3 mars 2021 à 9h05", {"Jeanne Morel"}},
        {"es", "Publicado por Lucía Gómez el 3 de marzo de 2021, 18:52h", {"Lucía Gómez"}},
        {"de", "Erstellt von Anna Muster am 14.03.2023 um 9:42 Uhr", {"Anna Muster"}},
    });
    // Figures, colons and hours that print no time of day.
    check_far({
        {"en", "Posted by Jane Roe on 3 March 2021 | 12 comments", {}},
        {"de", "Von Anna Muster am 14.03.2023, 2 Kommentare", {}},
        {"fr", "Publié par Jeanne Morel le 3 mars 2021 (mis à jour à 18h)", {}},
        {"en", "Posted by Jane Roe in 2021: 5 comments", {}},
    });
}
