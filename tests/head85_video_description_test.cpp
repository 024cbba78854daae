// A video's page: its title, the player's lines (its state, its length alone, the title printed again, its buttons,
// its position over its length) and the video's description, a paragraph of prose over the date and the source: the
// description is the page's standfirst, the lede, whatever player's lines stand between it and the title. Invented
// pages, en, fr, de.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"

namespace {
const char* const en_page = R"(Skip to main content
Harbour Post
Sign In
Menu
News
Sport
Video
Video
Storm floods the lower town as the river breaks its banks
Now Playing
03:05
Storm floods the lower town as the river breaks its banks
Play Video
Mute
Full screen
0:00 / 3:05
Captions
Heavy rain sent the river over its banks in the lower town on Saturday, flooding dozens of shops. Crews worked through the night to pump out cellars. Our reporter Tom Baxter was there.
Dec. 6, 2026
Source: Harbour Post
Transcript
TOM BAXTER: The water rose quickly after midnight, and by morning the square was under half a metre of water.
SHOP OWNER: We moved what we could upstairs, but the fridges are gone.
TOM BAXTER: The council says the pumps will run until Monday. Tom Baxter, Harbour Post, in the lower town.
More videos
Up next
Autoplay
)";
const char* const fr_page = R"(Aller au contenu
La Gazette du Lac
Se connecter
Menu
Actualité
Sport
Vidéo
Vidéo
La tempête inonde la vieille ville après la crue du Rhône
Lecture en cours
02:48
La tempête inonde la vieille ville après la crue du Rhône
Lire la vidéo
Couper le son
Plein écran
0:00 / 2:48
De fortes pluies ont fait déborder le fleuve samedi dans la vieille ville, inondant des dizaines de commerces. Les pompiers ont pompé les caves toute la nuit. Reportage de Julie Perrin.
6 décembre 2026
Source : La Gazette du Lac
Transcription
JULIE PERRIN : L'eau est montée très vite après minuit, et au matin la place était sous cinquante centimètres d'eau.
UN COMMERÇANT : Nous avons monté ce que nous pouvions à l'étage, mais les frigos sont perdus.
JULIE PERRIN : La commune annonce que les pompes tourneront jusqu'à lundi.
Autres vidéos
À suivre
)";
const char* const de_page = R"(Zum Inhalt springen
Seeblatt
Anmelden
Menü
Nachrichten
Sport
Video
Video
Unwetter überflutet die Altstadt nach dem Hochwasser am Rhein
Jetzt läuft
02:48
Unwetter überflutet die Altstadt nach dem Hochwasser am Rhein
Video abspielen
Ton aus
Vollbild
0:00 / 2:48
Starker Regen hat den Fluss am Samstag in der Altstadt über die Ufer treten lassen und Dutzende Geschäfte überflutet. Die Feuerwehr pumpte die ganze Nacht Keller aus. Ein Bericht von Julia Brandt.
6. Dezember 2026
Quelle: Seeblatt
Transkript
JULIA BRANDT: Das Wasser stieg nach Mitternacht sehr schnell, am Morgen stand der Platz einen halben Meter unter Wasser.
EIN LADENBESITZER: Wir haben nach oben getragen, was wir konnten, aber die Kühlschränke sind verloren.
JULIA BRANDT: Die Stadt sagt, die Pumpen laufen bis Montag.
Weitere Videos
Als Nächstes
)";

} // namespace

TEST_CASE("a video's description under its player's lines is the lede", "[lede][video][head85]") {
    const archive::test::HeadRow rows[] = {
        {en_page, "Video", "Storm floods the lower town as the river breaks its banks",
         "Heavy rain sent the river over its banks in the lower town on Saturday, flooding dozens of shops. Crews "
         "worked through the night to pump out cellars. Our reporter Tom Baxter was there."},
        {fr_page, "", "La tempête inonde la vieille ville après la crue du Rhône",
         "De fortes pluies ont fait déborder le fleuve samedi dans la vieille ville, inondant des dizaines de "
         "commerces. Les pompiers ont pompé les caves toute la nuit. Reportage de Julie Perrin."},
        {de_page, "", "Unwetter überflutet die Altstadt nach dem Hochwasser am Rhein",
         "Starker Regen hat den Fluss am Samstag in der Altstadt über die Ufer treten lassen und Dutzende Geschäfte "
         "überflutet. Die Feuerwehr pumpte die ganze Nacht Keller aus. Ein Bericht von Julia Brandt."},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("with no player's length or position over it, a paragraph under short lines is no video's lede",
          "[lede][video][head85]") {
    // (The length and the position lines taken out: the short lines are no player's.)
    std::string page = en_page;
    for (const std::string line : {"03:05\n", "0:00 / 3:05\n"})
        page.erase(page.find(line), line.size());
    const archive::Article a = archive::parse(page, "x");
    CHECK(a.lede.value_or("") != "Heavy rain sent the river over its banks in the lower town on Saturday, flooding "
                                 "dozens of shops. Crews worked through the night to pump out cellars. Our reporter "
                                 "Tom Baxter was there.");
}
