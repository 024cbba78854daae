// The site's name printed before the author's on the byline's line ("Vallon-Presse Jeanne Morel.", "Harbour Post Jane
// Roe."): the page's first line or a short line printed again (the masthead, the footer) opening an author's name is
// no part of it. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

TEST_CASE("the site's name before the author's on the byline's line is cut off", "[bylines][byline81]") {
    struct Row {
        const char* page;
        const char* author;
    };
    const std::vector<Row> rows = {
        {// fr
         R"(Vallon-Presse
Menu
Actualité
Sport
Football
Mon compte
Football. FC Vallon
FC Vallon. L'entraîneur après la défaite à Morteau : « On a manqué de caractère »
Battus 3-1 samedi soir, les Vallonnais restent bloqués en bas du classement. Leur entraîneur n'a pas cherché d'excuses.
Vallon-Presse Jeanne Morel.
Publié le 06/12/2026 à 23h15
Le FC Vallon a subi samedi sa troisième défaite de suite, sur la pelouse de Morteau, devant deux mille spectateurs.
Les Vallonnais avaient pourtant ouvert la marque en première période, avant de céder trois fois après la pause.
Le club recevra Pontarlier dimanche prochain, pour le derby du Haut-Doubs.
Vallon-Presse
Mentions légales
© Vallon-Presse
)",
         "Jeanne Morel"},
        {// en
         R"(Harbour Post
Menu
News
Sport
Football
My account
Football. Harbour Town
Harbour Town manager after defeat at Millbrook: "We lacked character"
Beaten 3-1 on Saturday night, Harbour Town stay stuck near the foot of the table. Their manager made no excuses.
Harbour Post Jane Roe.
Published 06/12/2026 at 23:15
Harbour Town lost for the third game running on Saturday, at Millbrook, in front of two thousand fans.
They had taken the lead before half-time, then conceded three goals after the break.
The club host Eastbridge next Sunday in the derby.
Harbour Post
Terms
© Harbour Post
)",
         "Jane Roe"},
        {// de
         R"(Talbote
Menü
Nachrichten
Sport
Fussball
Mein Konto
Fussball. FC Talheim
FC Talheim verliert in Aach: Trainer vermisst den Charakter
Nach dem 1:3 am Samstagabend bleibt der FC Talheim im Tabellenkeller. Der Trainer suchte keine Ausreden.
Talbote Anna Muster.
Veröffentlicht am 06.12.2026, 23:15 Uhr
Der FC Talheim hat am Samstag in Aach zum dritten Mal in Folge verloren, vor zweitausend Zuschauern.
Die Talheimer waren vor der Pause in Führung gegangen, kassierten nach dem Wechsel aber drei Tore.
Am nächsten Sonntag empfängt der Verein den FC Bergdorf zum Derby.
Talbote
Impressum
© Talbote
)",
         "Anna Muster"},
    };
    for (const Row& r : rows) {
        INFO(r.author);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.authors == std::vector<std::string>{r.author});
    }
}
