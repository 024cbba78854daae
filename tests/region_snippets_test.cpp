// Tests of snippets: a page of one or a few short sentences piped in whole, some quoting a word with a verb of
// saying, is the article's text (short_sentence(), snippet_sentences() in region.cpp); a menu's line or a title over
// such sentences is still none.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::contains;
using archive::test::paragraphs_of;

namespace {

// The record of a page read as the binary reads it: its language detected, not given.
Article snippet_record(const char* page) {
    std::vector<Block> blocks = segment(page);
    const std::string language = detect_language(blocks);
    return classify(std::move(blocks), language);
}

} // namespace

TEST_CASE("a snippet of one or two short sentences with quote marks is the article's text", "[classify][snippet]") {
    struct Row {
        const char* page;
        std::vector<std::string> paragraphs;
    };
    const Row rows[] = {
        {"The mayor calls the new quay “a gift” and thanks the crews.\n",
         {"The mayor calls the new quay “a gift” and thanks the crews."}},
        {"The mayor calls the new quay \"a gift\" and thanks the crews.\n",
         {"The mayor calls the new quay \"a gift\" and thanks the crews."}},
        {"Le maire qualifie le nouveau quai de « cadeau ».\n", {"Le maire qualifie le nouveau quai de « cadeau »."}},
        {"Der Bürgermeister nennt den neuen Kai „ein Geschenk“.\n",
         {"Der Bürgermeister nennt den neuen Kai „ein Geschenk“."}},
        {"El alcalde califica el nuevo muelle de «un regalo».\n", {"El alcalde califica el nuevo muelle de «un regalo»."}},
        {"The mayor calls the new quay “a gift” and thanks the crews.\nShe said the ferries would be back in May.\n",
         {"The mayor calls the new quay “a gift” and thanks the crews.", "She said the ferries would be back in May."}},
        {"She said the ferries would be back in May.\nThe mayor calls the new quay \"a gift\" and thanks the crews.\n",
         {"She said the ferries would be back in May.", "The mayor calls the new quay \"a gift\" and thanks the crews."}},
        {"Le maire qualifie le nouveau quai de « cadeau ».\nIl a dit que les bacs reviendront en mai.\n",
         {"Le maire qualifie le nouveau quai de « cadeau ».", "Il a dit que les bacs reviendront en mai."}},
        {"Der Bürgermeister nennt den neuen Kai „ein Geschenk“.\nEr sagte, die Fähren kämen im Mai zurück.\n",
         {"Der Bürgermeister nennt den neuen Kai „ein Geschenk“.", "Er sagte, die Fähren kämen im Mai zurück."}},
        {"El alcalde califica el nuevo muelle de «un regalo».\nDijo que los barcos volverán en mayo.\n",
         {"El alcalde califica el nuevo muelle de «un regalo».", "Dijo que los barcos volverán en mayo."}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = snippet_record(r.page);
        CHECK(paragraphs_of(a) == r.paragraphs);
        CHECK(a.boilerplate.empty());
    }
}

TEST_CASE("a menu's line or a title over a snippet's sentences is no sentence of it", "[classify][snippet]") {
    struct Row {
        const char* page;
        const char* left_out; // not a paragraph
        const char* kept;     // a paragraph
    };
    const Row rows[] = {
        {"Home\nThe mayor calls the new quay “a gift” and thanks the crews.\nShe said the ferries would be back in May.\n",
         "Home", "She said the ferries would be back in May."},
        {"Les bacs reviennent au nouveau quai\nLe maire qualifie le nouveau quai de « cadeau ».\nIl a dit que les bacs "
         "reviendront en mai.\n",
         "Les bacs reviennent au nouveau quai", "Il a dit que les bacs reviendront en mai."},
        {"Startseite\nDer Bürgermeister nennt den neuen Kai „ein Geschenk“.\nEr sagte, die Fähren kämen im Mai "
         "zurück.\nImpressum\n",
         "Impressum", "Er sagte, die Fähren kämen im Mai zurück."},
        {"Los barcos vuelven al muelle\nEl alcalde califica el nuevo muelle de «un regalo».\nDijo que los barcos "
         "volverán en mayo.\n",
         "Los barcos vuelven al muelle", "Dijo que los barcos volverán en mayo."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const std::vector<std::string> paragraphs = paragraphs_of(snippet_record(r.page));
        CHECK_FALSE(contains(paragraphs, r.left_out));
        CHECK(contains(paragraphs, r.kept));
    }
}
