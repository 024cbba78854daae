// A share button naming what it sends, a link or the article ("Email This Link", "Share this article", "Link
// kopieren", "Partager l'article", "Compartir enlace"), is a button's label: boilerplate, never a heading of the text
// under it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>

using namespace archive;

TEST_CASE("a share button naming its link or article is a button's label", "[boilerplate][share]") {
    for (const char* line : {"Email This Link", "Share this article", "Print this story", "Artikel teilen",
                             "Link kopieren", "Partager l'article", "Enregistrer l'article", "Compartir enlace",
                             "Condividi articolo", "Compartilhar matéria", "Artikel delen", "Udostępnij artykuł"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // A title naming a link or an article is no button: a word that is none of a button's.
    for (const char* line : {"The missing link", "Email from the mayor", "Share prices fall again",
                             "A story of two ferries"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a share button under the byline heads no section", "[boilerplate][share]") {
    const std::string page =
        "LOCAL NEWS\n\nIcy morning sends cars into ditches along the coast road\n\nDeputies say black ice formed "
        "before dawn on a stretch the county had not yet treated.\n\nBy Jane Roe\nPublished: Dec. 3, 2026 at 7:42 "
        "AM\n\nShare on Facebook\nEmail This Link\n\n"
        "More than a dozen vehicles slid off the coast road early Wednesday as a thin layer of ice coated it, the "
        "sheriff's office said.\n\nTwo drivers were taken to hospital with injuries that were not considered "
        "life-threatening.\n\nThe county said it would add a second truck to the route for the rest of the week.\n";
    const Article a = parse(page);
    REQUIRE_FALSE(a.sections.empty());
    CHECK_FALSE(a.sections.front().heading);
}
