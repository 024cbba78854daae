// A read-aloud player's button alone ("Artikel zum Hören", "Escuchar noticia", "Artikel voorlezen") or with its
// length after it and no mark between them ("Artikel vorlesen lassen 4:12", "Listen to article 5 min"), printed
// between two paragraphs of the article, is the page's line: no heading, no paragraph (boilerplate.cpp
// is_boilerplate_phrase()). A sentence or a title that opens with the same verb is not taken. The pages with such a
// button between two paragraphs are in region36_read_aloud_test.cpp. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "rows.hpp"

using namespace archive;

TEST_CASE("a read-aloud button alone or with an unmarked length is a boilerplate phrase", "[region][region37]") {
    struct Row {
        const char* line;
        bool phrase;
    };
    const Row rows[] = {
        {"Artikel zum Hören", true},
        {"Artikel vorlesen lassen 4:12", true},
        {"Escuchar noticia", true},
        {"Escuchar artículo 3:05", true},
        {"Écouter l'article 3:05", true},
        {"Ascolta l'articolo 12:40", true},
        {"Ouvir a notícia", true},
        {"Artikel voorlezen", true},
        {"Beluister dit artikel 3:05", true},
        {"Odsłuchaj artykuł 3:05", true},
        {"Listen to article 5 min", true},
        {"Artikel anhören 4 Min.", true},
        // the same verb in a title, a sentence, a schedule; a length after other words
        {"Escuchar a los vecinos", false},
        {"Listen to article 5 of the treaty", false},
        {"Ascolta l'articolo e poi decidi.", false},
        {"Artikel zum Hören und Lesen für Kinder", false},
        {"Zug nach Bremen 4:12", false},
        {"Beluister dit artikel 3", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(is_boilerplate_phrase(test::block_of(r.line)) == r.phrase);
    }
}
