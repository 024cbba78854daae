// The facts of a book, a product or an event that an article presents, printed as a box of rows between its first
// paragraphs and the rest of it: the paragraphs over the box are the article's. Whole pages in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The line is the article's text: its lede or one of its paragraphs.
bool in_text(const Article& a, const std::string& line) {
    const auto paragraphs = test::paragraphs_of(a);
    return (a.lede && *a.lede == line) || std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end();
}

} // namespace

TEST_CASE("the paragraphs over a box of facts over the article's text are the article's", "[classify][region][facts]") {
    const std::vector<test::PageRow> rows = {
        {"en", R"(Home
News
Books
Contact

A harbour master writes his memoirs

Do you like the sea? Then read the memoirs of the old harbour master.

He wrote them all by himself, and it took him more than ten years.

The Tides of Wendle
The Tides of Wendle Harbour Chronicles Volume One Wendle Press Hardcover Edition
Hardcover: 320 pages
Publisher: Wendle Press
Edition: 1 (3 May 2021)
Language: English
ISBN-10: 1234567890
ISBN-13: 978-1234567890

The book tells how the harbour grew from a landing stage for fishing boats into the busy port that it is today, and how the people who worked there lived through storms, floods and the long winters when no ferry could leave the quay.

Its best pages are those about the night of the great flood, when the water rose over the quay and the harbour master and his men carried the boats up the hill to save them from the waves that broke over the town.

There are also many pictures in the book, old photographs of the ferries and the cranes and the workers on the pier, which the author found in the town archives and in the attics of the families of the harbour.
)",
         "Do you like the sea? Then read the memoirs of the old harbour master."},
        {"de", R"(Start
Nachrichten
Bücher
Kontakt

Ein Hafenmeister schreibt seine Erinnerungen

Lieben Sie das Meer? Dann lesen Sie die Erinnerungen des alten Hafenmeisters.

Er hat sie ganz allein geschrieben, und es hat mehr als zehn Jahre gedauert.

Die Gezeiten von Wendle
Die Gezeiten von Wendle Hafenchronik Band Eins Wendle Verlag Gebundene Sonderausgabe
Gebundene Ausgabe: 320 Seiten
Verlag: Wendle Verlag
Auflage: 1 (3. Mai 2021)
Sprache: Deutsch
ISBN-10: 1234567890
ISBN-13: 978-1234567890

Das Buch erzählt, wie der Hafen von einem kleinen Steg für die Fischerboote zu dem großen Hafen wurde, der er heute ist, und wie die Menschen, die dort arbeiteten, die Stürme und die langen Winter erlebt haben, in denen keine Fähre ablegen konnte.

Die besten Seiten sind die über die Nacht der großen Flut, als das Wasser über den Kai stieg und der Hafenmeister mit seinen Männern die Boote auf den Hügel trug, um sie vor den Wellen zu retten, die über die Stadt hereinbrachen.

Es gibt in dem Buch auch viele Bilder, alte Fotografien der Fähren und der Kräne und der Arbeiter am Kai, die der Autor im Archiv der Stadt und auf den Dachböden der Familien des Hafens gefunden hat.
)",
         "Lieben Sie das Meer? Dann lesen Sie die Erinnerungen des alten Hafenmeisters."},
        {"fr", R"(Accueil
Actualités
Livres
Contact

Un capitaine de port écrit ses mémoires

Vous aimez la mer ? Alors lisez les mémoires du vieux capitaine du port.

Il les a écrites tout seul, et cela lui a pris plus de dix ans de travail.

Les Marées de Wendle
Les Marées de Wendle Chroniques du Port Tome Premier Éditions Wendle Reliure Spéciale
Broché : 320 pages
Éditeur : Éditions Wendle
Édition : 1 (3 mai 2021)
Langue : Français
ISBN-10 : 1234567890
ISBN-13 : 978-1234567890

Le livre raconte comment le port est passé d'un petit ponton pour les bateaux de pêche au grand port qu'il est aujourd'hui, et comment les gens qui y travaillaient ont vécu les tempêtes et les longs hivers où aucun bac ne pouvait quitter le quai.

Ses meilleures pages sont celles de la nuit de la grande crue, quand l'eau est montée sur le quai et que le capitaine et ses hommes ont porté les bateaux sur la colline pour les sauver des vagues qui frappaient la ville.

Il y a aussi dans le livre beaucoup d'images, de vieilles photographies des bacs, des grues et des ouvriers du port, que l'auteur a trouvées dans les archives de la ville et dans les greniers des familles du port.
)",
         "Vous aimez la mer ? Alors lisez les mémoires du vieux capitaine du port."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(in_text(a, r.line));
    }
}

TEST_CASE("a box of facts over the article's text takes in no menu or teaser over it", "[classify][region][facts]") {
    // Over the box, short links of a menu and a teaser's title: no two lines of text.
    const char* page = R"(Home
News
Books
Contact

Harbour Days: three days of boats and music
Where: The old pier
When: 3 to 5 May
Tickets: 12 euros
Bookings: at the harbour office

The festival opens on Friday evening with a parade of the old sailing boats, which will leave the outer basin at seven and sail along the quay so that everyone in the town can see them from the pier.

On Saturday the bands of the region play on a stage built on the fish market, and the restaurants of the harbour serve their dishes at long tables set up along the water until late at night.

On Sunday the ferries take visitors out to the island for free, and the day ends with fireworks over the harbour that can be seen from every street of the old town and from the hills.
)";
    const Article a = classify(segment(page), "en");
    CHECK_FALSE(in_text(a, "Contact"));
    CHECK_FALSE(in_text(a, "Books"));
}
