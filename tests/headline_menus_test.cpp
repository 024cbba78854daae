// Table-driven tests of headline finding among the page's lines around the article that are no title: a log-in prompt,
// a comment thread, tags, menus, a bulleted list, runs of links; one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "headline_rows.hpp"
#include "pipeline.hpp"

#include <initializer_list>
#include <string>

using namespace archive;
using archive::test::check_headlines;
using PageRow = archive::test::HeadlineRow;

namespace {
// A region that starts at a log-in prompt; the headline stands over its date and byline further in.
const char* const login_prompt_page = R"(Top categories
Heart
Lungs
Sign in
Sign in to Daily Health to save articles for later and to see the replies to your questions.
Sign in
Register for a free account
Create a free Daily Health account and pick the topics you want to read about on your phone and laptop.
Register
take the tour
How does the brain turn a hunch into a thought?
Published Thursday 27 July 2024
By Ana Lopes
Much of what the brain does every day goes on quietly, long before we can put any of it into words.
A new study looks at the moment when a hunch becomes a thought, and at how the brain decides that it knows.
The researchers asked five people to watch dots on a screen and to say when they knew where the dots went.
)";

} // namespace

TEST_CASE("a byline further in anchors the headline when the region starts at a prompt", "[headline]") {
    const PageRow rows[] = {
        {"login prompt", "en", login_prompt_page, "How does the brain turn a hunch into a thought?"},
        {"login prompt (fr)", "fr", R"(Rubriques
Santé
Sciences
Connexion
Connectez-vous avec votre compte Santé Plus pour créer votre page d'accueil et suivre vos notifications.
Connexion
Créer un compte gratuit
Inscrivez-vous gratuitement à Santé Plus pour recevoir les nouvelles de santé qui vous intéressent.
Créer un compte
Découvrir
Comment le cerveau change une intuition en pensée
Publié le 27 juillet 2024
Par Anne Lopez
Les neurosciences nous apprennent que le cerveau travaille le plus souvent sans que nous le sachions.
Une nouvelle étude cherche le moment où une intuition devient une pensée consciente, et comment le cerveau le sait.
Les chercheurs ont demandé à cinq personnes de regarder des points sur un écran et de dire où ils allaient.
)", "Comment le cerveau change une intuition en pensée"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a comment thread's header names the article's title", "[headline]") {
    struct Row {
        const char* line;
        const char* title;
    };
    const Row rows[] = {
        {"5 Kommentare zu „Scherenschnitte am Abend“", "Scherenschnitte am Abend"},
        {"3 thoughts on “A day at the lake”", "A day at the lake"},
        {"12 commentaires sur « Le pont de pierre »", "Le pont de pierre"},
        {"4 comentarios en “El puente de hierro”", "El puente de hierro"},
        {"2 reacties op \"De brug over de Maas\"", "De brug over de Maas"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(thread_title(r.line).value_or("<none>") == r.title);
    }
    for (const char* line : {"4. Response codes", "12 comments", "Kommentare zu „Scherenschnitte am Abend“",
                             "3 Bilder zu „Scherenschnitte am Abend“", "5 Kommentare zu diesem Artikel"}) {
        INFO(line);
        CHECK_FALSE(thread_title(line));
    }
}

TEST_CASE("a list of tags is no title", "[headline]") {
    for (const char* line : {"amiga, dogs, floppy, Hunde, Mesty", "Politique, Europe, Élections, Vote",
                             "delicious, Flickr, Last.fm, Twitter, YouTube", "recetas, postres, chocolate blanco, tartas"}) {
        INFO(line);
        CHECK(tag_list(line));
    }
    for (const char* line : {"Ich kochte, backte, aß: Rezepte im März 2024", "Rome, Paris, Berlin",
                             "Korsetts – Shops, Designer, online kaufen",
                             "He came, he saw, he left, and then he won the whole race in the end",
                             "Un, deux, trois, soleil."}) {
        INFO(line);
        CHECK_FALSE(tag_list(line));
    }
}

TEST_CASE("the title a comment thread names, not the tags, is the headline", "[headline]") {
    const PageRow rows[] = {
        {"thread names it", "de", R"(Querbeet
Was das hier soll
Was ich so lese
Was ich gut finde
← Nebenbei (4)
Jahreswechsel →
Scherenschnitte (3)
Veröffentlicht: 05.01.2024 | Autor: gnom | Abgelegt unter: Kamera, Foto
Die Bäume stehen schwarz und schweigen
Angefangen hatte es mit einem Foto aus der Hand:
Für den von der Kamera gewählten Wert sieht das Bild ganz anständig aus, auch wenn das Rauschen zu sehen ist.
Die Bäume vor dem hellen Himmel wirken wie ein Scherenschnitt, und so habe ich noch drei Bilder gemacht.
5 Kommentare zu „Scherenschnitte (3)“
)", "Scherenschnitte (3)"},
        {"tags over the post", "de", R"(Ein Hundetagebuch
~ Tiere & was mich bewegt
Suchen:
Endlich wieder ein Eintrag
31 Donnerstag Okt 2024
Posted by DT in Tagebuch
≈ Hinterlasse einen Kommentar
Schlagwörter
Hunde, Spaziergang, Herbst, Tierarzt, Mesty
Drei Monate ist der letzte Eintrag her, und in dieser Zeit ist bei uns zu Hause eine Menge passiert.
Die Blätter fallen, und mit den Hunden gehe ich morgens am Bach entlang bis zur alten Mühle und zurück.
Mesty hat sich die Pfote verletzt, deshalb bleibt die Runde am Abend kurz, bis der Verband ab ist.
)", "Endlich wieder ein Eintrag"},
        {"tags over the post (en)", "en", R"(A Dog Diary
~ dogs and what moves me
Search:
Finally, a new entry
31 Thursday Oct 2024
Posted by DT in Diary
≈ Leave a comment
Tags
dogs, walks, autumn, vet, Rex
Three months have passed since the last entry, and a lot has happened at home in that time.
The leaves are falling, and every morning the dogs and I walk along the brook to the old mill and back.
Rex hurt his paw, so the evening walk stays short until the bandage comes off.
)", "Finally, a new entry"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("the first line of a clean article is its title when no other line is", "[headline]") {
    const PageRow rows[] = {
        {"two short sentences", "en", R"(Farmer could win the prize. Again.

SPRINGFIELD, Ill. - As she has done every autumn for twenty years, the farmer brought her largest pumpkin to the county fair.

This year, though, the judges brought a new scale, and rivals came from three states to weigh their pumpkins.
)", "Farmer could win the prize. Again."},
        {"two short sentences (fr)", "fr", R"(Le maire a tenu parole. Enfin.

Le maire de la ville a inauguré lundi la nouvelle piscine, promise depuis dix ans aux habitants du quartier.

Les travaux ont duré trois ans et ont coûté douze millions, selon la commune qui les a financés seule.
)", "Le maire a tenu parole. Enfin."},
        {"a date in the title", "de", R"(Eröffnung der neuen Brücke am 12. März 2024 geplant

Die neue Brücke über den Fluss soll am Dienstag eröffnet werden, wie die Stadtverwaltung am Freitag mitteilte.

Die alte Brücke war seit zwei Jahren gesperrt, weil ihre Pfeiler bei einem Hochwasser beschädigt wurden.
)", "Eröffnung der neuen Brücke am 12. März 2024 geplant"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a page date far above the article does not sign it", "[headline]") {
    // The date in the page's header does not keep the byline under the headline further in from anchoring it.
    std::string page = std::string("Monday, 4 March 2024\n") + login_prompt_page;
    Article a = classify(segment(page), "en");
    CHECK(a.headline.value_or("<none>") == "How does the brain turn a hunch into a thought?");
}

TEST_CASE("an entry of a menu printed twice is no headline, however long", "[headline]") {
    // The same menu for wide screens and for phones: its long entry shares the article's words.
    struct Row {
        const char* language;
        const char* menu;
        const char* article;
        const char* headline;
    };
    const Row rows[] = {
        {"de", R"(Produkte
Solarmodule
Speicher
Ratgeber
Mieten oder kaufen
Solarstrom im Mehrfamilienhaus teilen und abrechnen
Lexikon
Kontakt
)", R"(Wechselrichter
Ein Wechselrichter wandelt den Gleichstrom der Solarmodule in Wechselstrom um, wie ihn das Hausnetz und der Zähler brauchen. Im Mehrfamilienhaus teilen sich oft mehrere Parteien einen Wechselrichter, und der Solarstrom wird über die Abrechnung verteilt.
Die meisten Geräte arbeiten mit einem Wirkungsgrad von mehr als 95 Prozent. Ein Teil der Energie geht als Wärme verloren, darum brauchen sie einen kühlen, trockenen Platz.
Wer einen Speicher nachrüsten will, achtet beim Kauf auf einen Hybrid-Wechselrichter, der den Speicher direkt laden kann.
)", "Wechselrichter"},
        {"en", R"(Shop
Seeds
Tools
Guides
Rent or buy
Watering systems, timers, drip lines and rain barrels
Glossary
Contact
)", R"(Cold frames
A cold frame is a low box with a glass lid that keeps seedlings warm in early spring, long before the greenhouse is ready. Many gardeners add drip lines and timers to water the seedlings inside.
The lid is opened on sunny days so that the plants do not overheat, and closed again in the evening.
Old windows make good lids, as long as the glass is whole and the frame still closes well.
)", "Cold frames"},
    };
    for (const Row& r : rows) {
        INFO(r.language);
        std::string page = std::string("Home\n") + r.menu + "Menu\n" + r.menu + r.article;
        Article a = classify(segment(page), r.language);
        CHECK(a.headline.value_or("<none>") == r.headline);
    }
}

TEST_CASE("an item of a bulleted list is no headline", "[headline]") {
    const PageRow rows[] = {
        {"release notes (en)", "en", R"(Harbour Builder News
Powered by Blogpress
Harbour Builder 2.4 - The Lighthouse Update
+ Added lighthouses, with a light that turns at night
+ Added harbour cranes
+ Added tides that rise and fall twice a day
+ Fishing boats now leave the harbour at dawn and come back at dusk, and they can be followed on the map
+ Added a new keeper character with a lantern, and a new boat skin called Gull?
+ Ships can now be loaded and unloaded by the harbour cranes, one container at a time
+ Lighthouses can be built on rocks and on the end of a pier
+ The tides now move the boats in the harbour, and low tide leaves them on the sand
+ Added weather that changes the tides and the waves
)", "Harbour Builder 2.4 - The Lighthouse Update"},
        {"release notes (de)", "de", R"(Hafenbauer Neuigkeiten
Hafenbauer 2.4 - Das Leuchtturm-Update
• Neu: Leuchttürme, deren Licht sich nachts dreht
• Neu: Hafenkräne
• Neu: Gezeiten, die zweimal am Tag steigen und fallen
• Fischerboote verlassen den Hafen jetzt bei Sonnenaufgang und kehren abends zurück, man kann ihnen auf der Karte folgen
• Neu: eine Leuchtturmwärterin mit Laterne und ein neues Boot namens Möwe?
• Schiffe können jetzt mit den Hafenkränen beladen und entladen werden, ein Container nach dem anderen
• Leuchttürme lassen sich auf Felsen und am Ende einer Mole bauen
• Die Gezeiten bewegen jetzt die Boote im Hafen, und bei Ebbe liegen sie auf dem Sand
)", "Hafenbauer 2.4 - Das Leuchtturm-Update"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

namespace {
// A post whose title and date line stand over a long list of short lines, then a comment thread: "Name says: /
// date / text" again and again, where the region lands.
std::string commented_post(const char* top, std::initializer_list<const char*> fields, const char* thread) {
    std::string page = top;
    for (int k = 1; k <= 12; ++k)
        for (const char* field : fields)
            page += std::string(field) + " " + std::to_string(k) + "\n";
    return page + thread;
}
} // namespace

TEST_CASE("a comment's text in the region is no headline when the post's title stands signed far above", "[headline]") {
    std::string de = commented_post(R"(Startseite
Spiele
Kontakt
Die Händlerliste ist fertig
3 Juni, 2009 | Kalle | Kommentare 12 |
Hier ist meine Karte der Nebelinsel mit allen Händlern.
)", {"Händler: Nr.", "Ort: Hafen", "Ware: Stufe"}, R"(Antworten
Mira sagt:
4. Juni 2009 um 10:12
Super Karte, genau so etwas habe ich gesucht, danke dir vielmals!
Antworten
Jonas sagt:
4. Juni 2009 um 12:40
Wo steht denn der Schmied auf der Nebelinsel, ich finde ihn einfach nicht
Antworten
Kalle sagt:
4. Juni 2009 um 13:02
Der Schmied steht im Norden der Nebelinsel direkt neben dem Hafen, du musst über die Brücke gehen und dann links.
Antworten
Mira sagt:
5. Juni 2009 um 08:30
Ich habe ihn gefunden, er verkauft auch Karten der anderen Inseln, das ist sehr praktisch für alle Händler.
Antworten
)");
    std::string en = commented_post(R"(Home
Games
Contact
All the traders at a glance
June 3, 2009 | Kalle | 12 Comments |
Here is my map of Fog Island with every trader on it.
)", {"Trader: No.", "Place: Harbour", "Goods: Level"}, R"(Reply
Mira says:
June 4, 2009 at 10:12 am
Great map, just what I was looking for, thank you so much!
Reply
Jonas says:
June 4, 2009 at 12:40 pm
Where does the smith stand on Fog Island, I just cannot find him anywhere
Reply
Kalle says:
June 4, 2009 at 1:02 pm
The smith stands in the north of Fog Island right next to the harbour, you have to cross the bridge and then turn left.
Reply
Mira says:
June 5, 2009 at 8:30 am
I found him, he also sells maps of the other islands, which is very handy for every trader.
Reply
)");
    const PageRow rows[] = {
        {"comment thread (de)", "de", de.c_str(), "Die Händlerliste ist fertig"},
        {"comment thread (en)", "en", en.c_str(), "All the traders at a glance"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a run of links opening with the same word is no headline", "[headline]") {
    // Links to lists of other recipes, sharing the recipe's words, over its title, its buttons and its prose.
    const PageRow rows[] = {
        {"links to more recipes (de)", "de", R"(Rezepte
Backen
Weitere 8 Hefeteig Rezepte
Weitere 64 Zimtschnecken Rezepte
Weitere 21 Blechkuchen Rezepte
Omas Schnecken mit Zimt
Teilen
Drucken
für 12 Stück
25 Min.
Die Hefe in lauwarmer Milch auflösen und mit Mehl, Zucker und Butter zu einem glatten Hefeteig kneten, der eine Stunde ruht.
Den Teig ausrollen, mit Zimt und Butter bestreichen, aufrollen und in Scheiben schneiden: so werden Zimtschnecken aus dem Blechkuchen.
Weitere Rezepte mit Hefeteig findet ihr in unserer Sammlung.
)", "Omas Schnecken mit Zimt"},
        {"links to more recipes (en)", "en", R"(Recipes
Baking
Browse 8 Dough Recipes
Browse 64 Cinnamon Recipes
Browse 21 Traybake Recipes
Granny's rolls with a twist
Share
Print
Makes 12
25 min.
Dissolve the yeast in warm milk and knead it with flour, sugar and butter into a smooth dough that rests for an hour.
Roll the dough out, spread it with cinnamon butter, roll it up and cut it into slices: a cinnamon traybake for twelve.
More dough recipes are waiting in our collection of baking recipes.
)", "Granny's rolls with a twist"},
        {"links to more recipes (fr)", "fr", R"(Recettes
Pâtisserie
Découvrez 8 recettes briochées
Découvrez 64 recettes cannelle
Découvrez 21 recettes plaque
Escargots briochés à la cannelle
Partager
Imprimer
pour 12 pièces
25 min.
Délayez la levure dans le lait tiède et pétrissez-la avec la farine, le sucre et le beurre pour obtenir une pâte briochée lisse.
Étalez la pâte sur la plaque, couvrez-la de beurre à la cannelle, roulez-la et coupez-la en tranches avant la cuisson.
Toutes nos recettes briochées vous attendent dans notre collection.
)", "Escargots briochés à la cannelle"},
        {"links to more recipes (es)", "es", R"(Recetas
Repostería
Descubre 8 recetas hojaldradas
Descubre 64 recetas canela
Descubre 21 recetas bandeja
Los caracoles de la abuela
Compartir
Imprimir
para 12 piezas
25 min.
Disuelve la levadura en leche tibia y amásala con harina, azúcar y mantequilla hasta obtener una masa hojaldrada que repose.
Extiende la masa en la bandeja, úntala con mantequilla de canela, enróllala y córtala en rodajas antes de hornearla.
Todas nuestras recetas hojaldradas te esperan en la colección.
)", "Los caracoles de la abuela"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a topic's word alone opens no run of links", "[headline]") {
    // The topic's label, a teaser opening with its word, then the title opening with it too: two lines of a run, not
    // three; the title signed by its author stays the headline.
    const PageRow rows[] = {
        {"topic label over a teaser and the title (en)", "en", R"(Harbour News
Sign in
Lighthouse
Lighthouse-Guide: Ten towers by the sea
Lighthouse-Keeper returns to the tower
By Jane Roe
The old tower on the northern pier has a keeper again: after ten years without one, the town has hired a keeper for the lamp.
The keeper will live in the small house at the foot of the tower and climb the stairs to the lamp twice a night.
The town council hopes that visitors will come to see the tower and the keeper at work during the summer months.
)", "Lighthouse-Keeper returns to the tower"},
        {"topic label over a teaser and the title (de)", "de", R"(Hafenblatt
Anmelden
Leuchtturm
Leuchtturm-Ratgeber: Zehn Türme an der Küste
Leuchtturm-Wärter zieht wieder ein
Von Jana Roth
Der alte Turm an der Nordmole hat wieder einen Wärter: Nach zehn Jahren ohne ihn hat die Stadt einen Wärter für die Lampe eingestellt.
Der Wärter wird im kleinen Haus am Fuß des Turms wohnen und zweimal in der Nacht die Treppe zur Lampe hinaufsteigen.
Der Stadtrat hofft, dass im Sommer viele Besucher kommen, um den Turm und den Wärter bei der Arbeit zu sehen.
)", "Leuchtturm-Wärter zieht wieder ein"},
        {"topic label over a teaser and the title (fr)", "fr", R"(Le Courrier du Port
Connexion
Phare
Phare-Guide : dix tours côtiers
Phare-Gardien : retour au vieux phare
Par Jeanne Roux
La vieille tour de la jetée nord a de nouveau un gardien : après dix ans sans lui, la ville a engagé un gardien pour la lampe.
Le gardien habitera la petite maison au pied de la tour et montera deux fois par nuit l'escalier jusqu'à la lampe.
Le conseil municipal espère que les visiteurs viendront voir la tour et le gardien au travail pendant l'été.
)", "Phare-Gardien : retour au vieux phare"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a one-word title right over the text is the headline though the menu prints it too", "[headline]") {
    // The page's own entry in the site's menu, printed again as its title right over its text.
    const PageRow rows[] = {
        {"menu entry as the title (de)", "de", R"(Studio Nordlicht
Start
Beratung
Fotografie
Kontakt
Impressum
Fotografie
Gute Bilder brauchen Zeit: Wir nehmen uns für jedes Shooting einen ganzen Tag, damit Sie sich vor der Kamera wohlfühlen.
Ob Hochzeit, Porträt oder Produkt, wir besprechen vorher mit Ihnen, welche Bilder Sie sich wünschen und wo wir sie machen.
Nach dem Shooting bekommen Sie alle bearbeiteten Bilder innerhalb von zwei Wochen in einer Galerie zum Herunterladen.
)", "Fotografie"},
        {"menu entry as the title (en)", "en", R"(Northern Light Studio
Home
Advice
Photography
Contact
Imprint
Photography
Good pictures take time: we set aside a whole day for every shoot, so that you can feel at ease in front of the camera.
Whether it is a wedding, a portrait or a product, we talk with you first about the pictures you want and where to take them.
After the shoot you get all the edited pictures within two weeks in a gallery from which you can download them.
)", "Photography"},
        {"menu entry as the title (fr)", "fr", R"(Studio Lumière du Nord
Accueil
Conseil
Reportages
Contact
Mentions légales
Reportages
Nos reportages demandent du temps : nous prenons une journée entière pour chaque séance, pour que vous soyez à l'aise.
Mariage, portrait ou produit, nous parlons d'abord avec vous des photos que vous souhaitez et des lieux où les prendre.
Après la séance, vous recevez toutes les photos retouchées en deux semaines dans une galerie à télécharger.
)", "Reportages"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}
