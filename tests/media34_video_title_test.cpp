// A video's title under a player's "Video" label, past the share buttons under the date line (probe42 M3): "Published
// December 2, 2026" / "Facebook" / "Print" / "Video" / "<title>" / "<first paragraph>". The label is printed in the
// menu too, and the buttons stand between the date line and it, so the title went to the boilerplate. It is the
// video's caption (media {caption, credit null}); titles with no text under them are teasers. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("a video's title under its label past the share buttons is the video's caption", "[media][video][media34]") {
    const struct {
        const char* page;
        const char* title;
    } rows[] = {
        {R"(Home
Video
Politics
Former teacher launches bid for governor in Nevada
Businesswoman Dana Reyes says she will fix the schools first
By Sam Porter Valley News
Published December 2, 2026 3:00pm EST
Facebook
Twitter
Print
Email
Video
Dana Reyes announces run for governor on morning show
NEW You can now listen to Valley News articles!
Dana Reyes, a former teacher who built a chain of tutoring centres, announced Tuesday that she is running for governor of Nevada.
"Nevada deserves better schools," Reyes said on the morning show. "I am going to fix them first."
)",
         "Dana Reyes announces run for governor on morning show"},
        {R"(Accueil
Vidéo
Politique
Une ancienne enseignante se lance dans la course à la mairie de Lorval
Par Jeanne Morel
Publié le 2 décembre 2026 à 15h00
Facebook
Twitter
Imprimer
Vidéo
Dana Reyes annonce sa candidature sur le plateau du matin
Dana Reyes, une ancienne enseignante qui a fondé un réseau de centres de soutien scolaire, a annoncé mardi qu'elle se présentait à la mairie de Lorval.
"Lorval mérite de meilleures écoles", a déclaré Dana Reyes sur le plateau. "Je vais commencer par elles."
)",
         "Dana Reyes annonce sa candidature sur le plateau du matin"},
    };
    for (const auto& r : rows) {
        INFO(r.title);
        const Article a = parse(r.page);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.title));
        CHECK_FALSE(a.media[0].credit.has_value());
    }
}

TEST_CASE("video titles with no text under them are no caption", "[media][video][media34]") {
    const Article a = parse(R"(Home
Video
Politics
Former teacher launches bid for governor in Nevada
Published December 2, 2026 3:00pm EST
Facebook
Print
Video
Dana Reyes announces run for governor on morning show
Lake Tahoe ski resorts open early after heavy snow
Casino workers vote to strike over pay in Reno
Nevada deserves better schools, the former teacher says in her first campaign speech in Reno on Tuesday evening.
)");
    CHECK(a.media.empty());
}
