// Table-driven tests of headline finding: which line of a full page is the headline, one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "headline_rows.hpp"
#include "pipeline.hpp"

#include <algorithm>
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

TEST_CASE("a title cut by dashes into long pieces is no breadcrumb", "[headline]") {
    for (const char* line : {"Raspberry Pi 3 - A tiny computer for everyone - Sold out in a week",
                             "Die neue Brücke steht - Verkehr rollt ab Montag - Anwohner atmen auf",
                             "Le pont est ouvert – les voitures passent dès lundi", "El puente nuevo ya está abierto — los coches pasan"}) {
        INFO(line);
        CHECK(dashed_title(line));
    }
    for (const char* line : {"Home - News - Bridge opens", "Startseite - Politik - Die neue Brücke steht",
                             "Le pont est ouvert | Le Courrier du Lac", "Ponte aperto - Corriere", "Una riga senza trattini",
                             "Pont ouvert - Trafic - Les voitures passent dès lundi"}) {
        INFO(line);
        CHECK_FALSE(dashed_title(line));
    }
}

TEST_CASE("a line trailing off in an ellipsis is cut short", "[headline]") {
    for (const char* line : {"Die Stadt und ihr Hafen: Zwischen Kranen und Kais...", "A small island with two dwarfs…",
                             "Le maire promet une réponse avant...", "Una isla con dos enanos…"}) {
        INFO(line);
        CHECK(trails_off(line));
    }
    for (const char* line : {"Harbour cranes return", "Aren’t we all …?", "Qui a vu le chat… noir ?"}) {
        INFO(line);
        CHECK_FALSE(trails_off(line));
    }
}

TEST_CASE("headline, kicker, deck and section label", "[headline]") {
    const PageRow rows[] = {
        // A short headline over a deck more than twice its length: the deck shares more of the article's words.
        {"short headline over a long deck", "de", R"(Startseite
Kirche
Familie
Gemeinsam trauern im Netz
Eine Andacht im Chat lädt am Sonntag zum Gedenken an die Verstorbenen des Jahres ein
Seit Jahren lädt die Landeskirche am Sonntag ein, gemeinsam im Netz zu trauern und der Verstorbenen zu gedenken.
Die Namen der Verstorbenen können vorab in ein digitales Buch eingetragen werden, das während der Andacht gelesen wird.
)", "Gemeinsam trauern im Netz"},
        {"short headline over a long deck (en)", "en", R"(Home
Books
Reviews
Thinking from the soil
A poet weaves village stories and distant wars into one long and strange book about soil
By Mara Lind
The book asks for time: it is neither a collection of poems nor a report, and the soil runs through every page of it.
Village stories sit next to reports of distant wars, and the poet never says which of them matters more to her.
)", "Thinking from the soil"},
        // A section label between an institute's name and the headline: the name is no kicker-headline pair.
        {"label between", "en", R"(Home
Climate
Forests
Institute for Forest Research (IFR)
Climate
Indigenous forest keepers protect the climate best, a study finds
By
The Forest Desk
A study of forest land in forty countries finds that forests kept by indigenous peoples lose far less of their carbon.
The forest keepers also protect the rivers that run through the forest land, according to the study of the institute.
)", "Indigenous forest keepers protect the climate best, a study finds"},
        {"label between (de)", "de", R"(News > Unterhaltung > Promis >
Sängerin und Gitarrist trennen sich nach zehn Jahren
Promis
„Aus und vorbei“: Sängerin und Gitarrist trennen sich
16. März 2025
Die Sängerin und der Gitarrist trennen sich nach zehn Jahren, wie die Sängerin am Sonntag selbst mitteilte.
Die Trennung sei schon im Winter beschlossen worden, schrieb die Sängerin, und man bleibe sich freundschaftlich verbunden.
)", "„Aus und vorbei“: Sängerin und Gitarrist trennen sich"},
        // A site's tagline trailing off over the headline is no headline of its own.
        {"tagline above", "de", R"(Über mich
Impressum
Bastelkiste
Ein Haus mit zwei Katzen…
Katzen mit Schablonen malen – mit Rolle und bunten Farben
Basteln
2 Apr, 2024
Mit einer Schablone und einer kleinen Rolle malen die Kinder in unserem Haus zwei bunte Katzen auf Papier und Stoff.
Die Schablone schneidest du aus fester Pappe, dann trägst du die Farben mit der Rolle auf die Katzen auf.
)", "Katzen mit Schablonen malen – mit Rolle und bunten Farben"},
        {"tagline above (en)", "en", R"(About
Contact
The Garden Shed
Notes from a small garden...
Growing tomatoes on a windy balcony
Gardening
April 2, 2024
Tomatoes grow on a windy balcony of a small garden flat if you give them a sheltered corner and tie them to a stake early.
Water the tomatoes every morning, write notes on them, and feed them once a week when the first flowers open on the balcony.
)", "Growing tomatoes on a windy balcony"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a title printed with long dashed pieces over its date is the headline", "[headline]") {
    const PageRow rows[] = {
        {"dashed title", "en", R"(SiteFound
Featured
Login
137
Tiny Board 4 - The card sized computer that costs only $35 - Bestselling computer in the country
Jo Wee Monday, February 29, 2024 @ 11:10 PM UTC
Electronics Technology Computer Tiny Board Tiny Board 4
The makers of the tiny board are a small team in a workshop who sell it to schools and to hobbyists alike.
The card sized computer now has a faster processor and wireless network, and it still costs only $35 in the shops.
)", "Tiny Board 4 - The card sized computer that costs only $35 - Bestselling computer in the country"},
        {"dashed title (es)", "es", R"(Portada
Tecnología
Entrar
Placa Mini 4 - El ordenador del tamaño de una tarjeta - El más vendido del país
12 de marzo de 2024
Ordenadores Tecnología Placa Mini Placa Mini 4
Los fabricantes de la placa son un equipo pequeño que la vende a escuelas y a aficionados por igual.
El nuevo ordenador del tamaño de una tarjeta tiene un procesador más rápido y cuesta lo mismo que el anterior.
)", "Placa Mini 4 - El ordenador del tamaño de una tarjeta - El más vendido del país"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

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

TEST_CASE("a title naming a date is no date line", "[headline]") {
    struct Row {
        const char* line;
        const char* language;
    };
    const Row titles[] = {
        {"Protokoll der Vorstandssitzung vom 10. Oktober 2024", "de"},
        {"Eröffnung der neuen Brücke am 12. März 2024 geplant", "de"},
        {"Le budget de la ville adopté le 3 mars 2024", "fr"},
        {"Harbour festival returns to the old docks on May 4, 2024", "en"},
        {"Rückkehr des Hafenfests am 4. Mai 2024 geplant", "de"},
    };
    for (const auto& r : titles) {
        INFO(r.line);
        CHECK(dated_title(r.line, r.language));
    }
    const Row dates[] = {
        {"Veröffentlicht am 10. Februar 2024 von Lena", "de"}, {"Zuletzt aktualisiert am 3. März 2024", "de"},
        {"Joe Wee Monday, February 29, 2024 @ 11:10 PM UTC", "en"}, {"Posted by Jane Roe on May 4, 2024", "en"},
        {"Publié le 3 mars 2024 à 14h32", "fr"}, {"Par Jean Dupont le 3 mars 2024", "fr"},
        {"Redaktion am 3. März 2024", "de"}, {"Last updated on May 4, 2024", "en"},
        {"— Jo Wee (@jowee) November 3, 2024", "en"}, {"— Anna Berg (@anna_berg) 3. November 2024", "de"},
    };
    for (const auto& r : dates) {
        INFO(r.line);
        CHECK_FALSE(dated_title(r.line, r.language));
    }
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

TEST_CASE("blog titles: a full stop next to a date line, a garbled date line, a menu label", "[headline]") {
    const PageRow rows[] = {
        // A one-word title with a full stop over its date line; the blog's tagline trails off.
        {"stopped title under a date", "de", R"(Das Leben, der Garten und ich…
Startseite
Impressum
Jan24
Nebelsuppe.
Veröffentlicht am Fr, 24. Januar 2024, 18:18 von Anke
Standard
1. Der Nebel kam heute schon am Nachmittag, und um fünf Uhr war vom Nachbarhaus nichts mehr zu sehen.
2. Die Katze saß trotzdem draußen auf der Mauer und wartete, bis ich sie mit Futter ins Haus lockte.
)", "Nebelsuppe."},
        // A title ending in a full stop under a date line the date reader cannot read ("20249.").
        {"stopped title over the text", "de", R"(Zum Inhalt springen
Ein Nordlicht im Süden
Menü
Impressum
Veröffentlicht am 10. Februar 20249. Februar 2024 von Lena
Radfahren im Regen: Von „nie!“ zu „gern!“ in einem Jahr.
Vor einem Jahr bin ich bei jedem Tropfen in den Bus gestiegen, heute nehme ich das Rad bei jedem Wetter.
Eine gute Regenhose und Schutzbleche haben gereicht, und der Weg zur Arbeit dauert jetzt zehn Minuten weniger.
Nur bei Glatteis bleibt das Rad im Keller, und dann vermisse ich die frische Luft am Morgen.
)", "Radfahren im Regen: Von „nie!“ zu „gern!“ in einem Jahr."},
        {"stopped title (en)", "en", R"(Life, the garden and me…
Home
About
Jan24
Pea soup.
Posted on Friday, January 24, 2024
Standard
1. The fog came in early this afternoon, and by five the house next door had vanished.
2. The cat still sat out on the wall and waited until I tempted her back inside with food.
)", "Pea soup."},
        // A menu label between two other labels, the real title under it over its date line.
        {"label between labels", "de", R"(Shop
Jetzt helfen!
Blog
Tiere in der Landwirtschaft
Tierische Mitbewohner
Die besten und schlechtesten Tierheime des Jahres
Veröffentlicht am 8. Februar 2024 von Team Tierschutz
Jeden Monat erhalten wir Meldungen über Tierheime, und einmal im Jahr veröffentlichen wir unsere Rangliste der Tierheime.
Die Rangliste zeigt, welche Tierheime aus unserer Sicht gut arbeiten und welche die Tiere schlecht behandeln.
Shop
Blog
Tiere in der Landwirtschaft
Fleisch
Milch
Tiere in der Landwirtschaft
Leder
)", "Die besten und schlechtesten Tierheime des Jahres"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a line opening with a date's label is no title, even when its date is garbled", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Menü
Veröffentlicht am 10. Februar 20249. Februar 2024 von Lena
Vor einem Jahr bin ich bei jedem Tropfen in den Bus gestiegen, heute nehme ich das Rad bei jedem Wetter.
Eine gute Regenhose und Schutzbleche haben gereicht, und der Weg zur Arbeit dauert jetzt zehn Minuten weniger.
)", "Veröffentlicht am 10. Februar 20249. Februar 2024 von Lena"},
        {"fr", "fr", R"(Menu
Publié le 10 février 20249 février 2024 par Anne
Il y a un an, je prenais le bus à la première goutte, aujourd’hui je prends le vélo par tous les temps.
Un bon pantalon de pluie et des garde-boue ont suffi, et le trajet jusqu'au bureau est plus court.
)", "Publié le 10 février 20249 février 2024 par Anne"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        Article a = classify(segment(r.page), r.language);
        CHECK(a.headline.value_or("<none>") != r.headline);
    }
}

TEST_CASE("a short topic label over the title is its kicker, an encyclopedia's tagline no title", "[headline]") {
    const PageRow rows[] = {
        {"topic label", "de", R"(Regionales
Aus- und Weiterbildung
Neues aus dem Verlag
Kohortenstudie Norwegen
Werdende Mütter zu Sport animieren
Schwangere mit Hund bewegen sich im Alltag tendenziell mehr als ohne.
Körperliche Bewegung und Sport in der Schwangerschaft haben gute Folgen für die Gesundheit von Mutter und Kind, wie eine Studie aus Norwegen zeigt.
Die Kohortenstudie in Norwegen begleitete dafür mehr als zehntausend Schwangere über die ganze Schwangerschaft hinweg.
)", "Werdende Mütter zu Sport animieren"},
        {"topic label (en)", "en", R"(Regional
Training
News from the publisher
Cohort study Norway
Encouraging expectant mothers to exercise
Pregnant women with a dog tend to move more in their daily life than those without.
Physical exercise during pregnancy is good for the health of mother and child, as a cohort study from Norway shows.
The cohort study in Norway followed more than ten thousand pregnant women through the whole pregnancy.
)", "Encouraging expectant mothers to exercise"},
        {"encyclopedia tagline", "en", R"(Harbour crane
From Wikipedia, the free encyclopedia
Jump to navigation Jump to search
A harbour crane is a crane that lifts containers and other cargo between a ship and the quay of a harbour.
Harbour cranes run on rails along the quay, and the largest of them reach across ships twenty containers wide.
)", "Harbour crane"},
        {"encyclopedia tagline (de)", "de", R"(Mobiler Hafenkran
Aus Wikipedia, der freien Enzyklopädie
Zur Navigation springen Zur Suche springen
Ein mobiler Hafenkran ist ein Kran, der Container und andere Ladung zwischen einem Schiff und dem Kai eines Hafens hebt.
Hafenkräne fahren auf Schienen am Kai entlang, und die größten von ihnen reichen über Schiffe mit zwanzig Containern.
)", "Mobiler Hafenkran"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a kicker set off from a quotation by a dash", "[headline][kicker]") {
    struct Row {
        const char* line;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {"Hochwasser - „Es kommt darauf an, wie schnell das Wasser sinkt“", "Hochwasser",
         "„Es kommt darauf an, wie schnell das Wasser sinkt“"},
        {"Réforme des retraites – « Nous ne céderons pas »", "Réforme des retraites", "« Nous ne céderons pas »"},
        {"Harbour strike - “We will stay out until Friday”", "Harbour strike", "“We will stay out until Friday”"},
        {"Conflit«Vous faites à Mossoul ce que nous faisons à Alep»", "Conflit",
         "«Vous faites à Mossoul ce que nous faisons à Alep»"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto split = split_kicker(r.line);
        REQUIRE(split);
        CHECK(split->first == r.kicker);
        CHECK(split->second == r.headline);
    }
    for (const char* line : {"Mieten oder kaufen – was rechnet sich eher?", "Interview - Der Minister spricht",
                             "Der neue Minister der Stadt - „Wir bleiben“", "corona - „Wir bleiben hier“",
                             "Hafen - „Wir bleiben“ sagt der Verein"}) {
        INFO(line);
        CHECK_FALSE(split_kicker(line));
    }
}

TEST_CASE("the kicker before a dash and a quotation is not part of the headline", "[headline][kicker]") {
    const char* page = R"(Startseite
Kultur
Gesellschaft
Pflege im Alter - „Es kommt darauf an, wie die Menschen leben“
Die Pflege im Alter hängt davon ab, wie die Menschen leben, sagt die Ärztin im Gespräch über ihre Arbeit im Heim.
Seit zwanzig Jahren arbeitet sie in der Pflege, und sie hat erlebt, wie die Menschen im Heim leben und sterben.
)";
    Article a = classify(segment(page), "de");
    CHECK(a.headline.value_or("<none>") == "„Es kommt darauf an, wie die Menschen leben“");
    CHECK(a.kicker.value_or("<none>") == "Pflege im Alter");
}

TEST_CASE("an embedded post does not outshine the headline a breadcrumb prints cut short", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Startseite
Social Media
Fotoapp testet neue...
Fotoapp testet neue Sprachnotizen im Feed
Anna Berg | 06.11.24
teilen
weiterleiten
#Fotoapp testet Sprachnotizen im Feed
pic.twitter.com/abc123
— Jo Wee (@jowee) November 3, 2024
Wer die Fotoapp nutzt, kann bald eine kurze gesprochene Nachricht unter ein Bild im eigenen Feed hängen.
Die Sprachnotizen im Feed kommen zuerst in zwei Ländern, später sollen alle Nutzer der Fotoapp sie bekommen.
)", "Fotoapp testet neue Sprachnotizen im Feed"},
        {"en", "en", R"(Home
Social Media
PhotoApp tests new...
PhotoApp tests new voice notes in the feed
Anna Berg | 06.11.24
share
forward
#PhotoApp is testing voice notes in the feed
pic.twitter.com/abc123
— Jo Wee (@jowee) November 3, 2024
People who use PhotoApp will soon be able to hang a short spoken message under a picture in their feed.
The voice notes in the feed come to two countries first, and later every PhotoApp user is to get them.
)", "PhotoApp tests new voice notes in the feed"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a long teaser over a short headline, a promotion over the menu, a page date far up", "[headline]") {
    const PageRow rows[] = {
        // A teaser more than twice as long right above the headline is no headline over its deck.
        {"long teaser above", "en", R"(Home
Politics
Society
Everything is ready for the march that the unions are calling together with social groups and political parties
"The court does not deliver justice but injustice"
By Lucy Berto
May 4, 2024
Unions, political parties and social groups march to the court on Thursday to denounce the injustice.
The call for the march against the court was prepared two weeks ago at a meeting of the unions.
The organisers expect a crowd in front of the court building, which will close its doors at noon.
)", "\"The court does not deliver justice but injustice\""},
        // A promotion on the page's first line, over the log-in link, shares the article's words but is no title.
        {"promotion over the log-in", "es", R"(Apoyá el periodismo independiente por $300 x mes
Iniciar sesión
Suscribite
Secciones
Política
Sociedad
Cultura
Deportes
Periodismo bajo presión
Los periodistas de los diarios independientes trabajan con menos recursos y más presión que hace diez años.
El periodismo independiente depende cada vez más de sus lectores, que pagan por mes para sostener a los diarios.
)", "Periodismo bajo presión"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a page date far above the article does not sign it", "[headline]") {
    // The date in the page's header does not keep the byline under the headline further in from anchoring it.
    std::string page = std::string("Monday, 4 March 2024\n") + login_prompt_page;
    Article a = classify(segment(page), "en");
    CHECK(a.headline.value_or("<none>") == "How does the brain turn a hunch into a thought?");
}

TEST_CASE("a clean copy's short title over a long deck that opens the article", "[headline]") {
    const PageRow rows[] = {
        {"en", "en", R"(Derelict leaders of the harbour

The mayor and the council will go on the offense against the flooding of the harbour district

Last weekend, the harbour district was flooded again; the mayor and the council will now go on the offense against the flooding.

The council has invested too much time in the story that the flooding of the harbour is over for good.
)", "Derelict leaders of the harbour"},
        {"fr", "fr", R"(Les élus absents du port

Le maire et le conseil passeront à l'offensive contre les inondations du quartier du port cet automne

Le week-end dernier, le quartier du port a de nouveau été inondé; le maire et le conseil passeront à l'offensive contre les inondations cet automne.

Le conseil a passé trop de temps à raconter que les inondations du port étaient terminées pour de bon.
)", "Les élus absents du port"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a title glued after its date: the date apart, a date of the title's own kept", "[headline]") {
    struct Row {
        const char* line;
        const char* language;
        const char* iso;
        const char* title;
    };
    const Row glued[] = {
        {"3. März 2024 Hafenbehörde: Neue Fähre fährt ab Montag nach Plan", "de", "2024-03-03",
         "Hafenbehörde: Neue Fähre fährt ab Montag nach Plan"},
        {"12.02.2024Jahresbericht der Hafenbehörde (Fährverkehr)", "de", "2024-02-12",
         "Jahresbericht der Hafenbehörde (Fährverkehr)"},
        {"May 4, 2024 Harbour festival returns to the old docks", "en", "2024-05-04",
         "Harbour festival returns to the old docks"},
        {"Friday, March 8, 2024 The new ferry leaves on time", "en", "2024-03-08", "The new ferry leaves on time"},
        {"4 mars 2024 « Le port renaît », dit le maire", "fr", "2024-03-04", "« Le port renaît », dit le maire"},
    };
    for (const auto& r : glued) {
        INFO(r.line);
        auto split = split_leading_date(r.line, r.language);
        REQUIRE(split);
        CHECK(split->first == r.iso);
        CHECK(split->second == r.title);
    }
    const Row kept[] = {
        {"9. November 1989: Die Mauer fällt", "de", "", ""},
        {"4 mars 2024 – le port renaît enfin", "fr", "", ""},
        {"12.03.2024 Von Anna Muster", "de", "", ""},
        {"12.03.2024 14:05 Uhr", "de", "", ""},
        {"Hafenfest am 4. Mai 2024 geplant", "de", "", ""},
        {"[ 26. Februar 2024 ] Neue Fähre im Hafen", "de", "", ""},
        {"4 mars 2024 le port renaît", "fr", "", ""},
    };
    for (const auto& r : kept) {
        INFO(r.line);
        CHECK_FALSE(split_leading_date(r.line, r.language));
    }
}

TEST_CASE("a title glued after the line above it or after a breadcrumb's last piece", "[headline]") {
    auto split = split_repeated_prefix("Initiative Hafen Neue Fähre fährt ab Montag", "Home » Verkehr » Initiative Hafen");
    REQUIRE(split);
    CHECK(split->first == "Initiative Hafen");
    CHECK(split->second == "Neue Fähre fährt ab Montag");
    split = split_repeated_prefix("Mar 8 The new ferry leaves on time", "Mar 8");
    REQUIRE(split);
    CHECK(split->second == "The new ferry leaves on time");
    // One word over a title that opens with it; a rest in lower case; a title repeating a whole line.
    CHECK_FALSE(split_repeated_prefix("Brexit Talks Collapse in Brussels", "Brexit"));
    CHECK_FALSE(split_repeated_prefix("Le port renaît enfin après dix ans", "Le port"));
    CHECK_FALSE(split_repeated_prefix("Neue Fähre fährt ab Montag", "Neue Fähre fährt ab Montag"));
}

TEST_CASE("a headline glued to its date or to the line above", "[headline]") {
    const PageRow rows[] = {
        {"glued date", "de", R"(Startseite
Aktuelles
Barrierefreiheit
3. März 2024 Hafenbehörde: Neue Fähre fährt ab Montag nach Plan
Die neue Fähre im Hafen fährt ab Montag nach dem Plan, den die Hafenbehörde am Freitag vorgestellt hat.
Die Fähre ersetzt das alte Schiff, das seit dreißig Jahren zwischen der Stadt und der Insel verkehrte.
Die Hafenbehörde rechnet mit mehr Fahrgästen, weil die neue Fähre schneller und öfter fährt.
)", "Hafenbehörde: Neue Fähre fährt ab Montag nach Plan"},
        {"glued breadcrumb piece", "de", R"(Startseite
Verkehr
Home » Verkehr » Initiative Hafen
Initiative Hafen Neue Fähre fährt ab Montag
Die neue Fähre im Hafen fährt ab Montag nach dem Plan, den die Hafenbehörde am Freitag vorgestellt hat.
Die Fähre ersetzt das alte Schiff, das seit dreißig Jahren zwischen der Stadt und der Insel verkehrte.
Die Hafenbehörde rechnet mit mehr Fahrgästen, weil die neue Fähre schneller und öfter fährt.
)", "Neue Fähre fährt ab Montag"},
    };
    check_headlines(std::begin(rows), std::end(rows));
    Article a = classify(segment(rows[0].page), "de");
    CHECK(a.published.value_or("") == "2024-03-03");
    // The date as printed stays in the record (nothing of the page is lost), in the headline's place.
    CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), "3. März 2024") != a.boilerplate.end());
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(lost_lines(classify(segment(r.page), r.language), r.page).empty());
    }
}

TEST_CASE("a kicker glued before a title that the page prints alone elsewhere", "[headline]") {
    struct Row {
        const char* line;
        std::initializer_list<const char*> others;
        const char* kicker;
        const char* title;
    };
    const Row split[] = {
        {"Verkehr sichern Hafenbehörde: Neue Fähre fährt ab Montag",
         {"Meldungen", "Hafenbehörde: Neue Fähre fährt ab Montag", "Folgen Sie uns"}, "Verkehr sichern",
         "Hafenbehörde: Neue Fähre fährt ab Montag"},
        {"Harbour news The new ferry sails on Monday", {"The new ferry sails on Monday | Harbour Times"},
         "Harbour news", "The new ferry sails on Monday"},
        {"Transports Le nouveau ferry part lundi matin", {"Accueil › Actualités › Le nouveau ferry part lundi matin"},
         "Transports", "Le nouveau ferry part lundi matin"},
        {"Puerto El nuevo ferry zarpa el lunes", {"El nuevo ferry zarpa el lunes"}, "Puerto",
         "El nuevo ferry zarpa el lunes"},
    };
    for (const auto& r : split) {
        INFO(r.line);
        auto printed = [&](std::string_view title) {
            auto prints = [&](const char* o) { return printed_alone(title, o); };
            return std::any_of(r.others.begin(), r.others.end(), prints);
        };
        auto parts = split_printed_suffix(r.line, printed);
        REQUIRE(parts);
        CHECK(parts->first == r.kicker);
        CHECK(parts->second == r.title);
    }
    const Row kept[] = {
        // The title printed nowhere else; printed only inside a longer line (no piece of it); a kicker set off by
        // its own colon; a rest in lower case; a rest of three words.
        {"Harbour news The new ferry sails on Monday", {"Harbour news", "Weather"}, "", ""},
        {"Harbour news The new ferry sails on Monday", {"Why The new ferry sails on Monday matters"}, "", ""},
        {"Hafen: Neue Fähre fährt ab Montag", {"Neue Fähre fährt ab Montag"}, "", ""},
        {"Le port de la ville renaît enfin", {"de la ville renaît enfin"}, "", ""},
        {"Hafen Neue Fähre fährt", {"Neue Fähre fährt"}, "", ""},
    };
    for (const auto& r : kept) {
        INFO(r.line);
        auto printed = [&](std::string_view title) {
            auto prints = [&](const char* o) { return printed_alone(title, o); };
            return std::any_of(r.others.begin(), r.others.end(), prints);
        };
        CHECK_FALSE(split_printed_suffix(r.line, printed));
    }
}

TEST_CASE("a headline line keeps its glued kicker apart when the page prints the title alone", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Startseite
Ministerium
Suche
Verkehr sichern Hafenbehörde: Neue Fähre fährt ab Montag nach Plan

Pressemitteilung vom 3. März 2024 | Die neue Fähre im Hafen fährt ab Montag nach dem Plan, den die Hafenbehörde vorgestellt hat.
Die Fähre ersetzt das alte Schiff, das seit dreißig Jahren zwischen der Stadt und der Insel verkehrte.
Die Hafenbehörde rechnet mit mehr Fahrgästen, weil die neue Fähre schneller und öfter fährt.
Meldungen
Hafenbehörde: Neue Fähre fährt ab Montag nach Plan
Folgen Sie uns
)", "Hafenbehörde: Neue Fähre fährt ab Montag nach Plan"},
        {"en", "en", R"(Home
Ministry
Search
Safe transport The harbour office says the new ferry sails on Monday

Press release of March 3, 2024 | The new ferry in the harbour sails from Monday on the plan the harbour office presented.
The ferry replaces the old ship that sailed between the town and the island for thirty years.
The harbour office expects more passengers, as the new ferry is faster and sails more often.
News
The harbour office says the new ferry sails on Monday
Follow us
)", "The harbour office says the new ferry sails on Monday"},
        {"fr", "fr", R"(Le nouveau ferry part lundi matin | Journal du Port
Accueil
Recherche
Transports Le nouveau ferry part lundi matin

Publié le 3 mars 2024 | Le nouveau ferry du port part lundi matin selon le plan que la capitainerie a présenté.
Le ferry remplace le vieux bateau qui reliait la ville et l'île depuis trente ans.
La capitainerie attend plus de passagers, car le nouveau ferry est plus rapide et part plus souvent.
)", "Le nouveau ferry part lundi matin"},
    };
    check_headlines(std::begin(rows), std::end(rows));
    const char* const kickers[] = {"Verkehr sichern", "Safe transport", "Transports"};
    for (std::size_t k = 0; k < std::size(rows); ++k) {
        const PageRow& r = rows[k];
        INFO(r.name);
        Article a = classify(segment(r.page), r.language);
        CHECK(a.kicker.value_or("") == kickers[k]);
        CHECK(lost_lines(a, r.page).empty());
    }
}

TEST_CASE("the entries of a chronology or of a list of dated teasers are no headline", "[headline]") {
    const PageRow rows[] = {
        {"de chronology", "de", R"(Startseite
Bauten
Leuchtturm Nordmole
Alter Hafen Südstadt
Suche
Alter Hafen Südstadt

© Foto Hafenamt

1957–1959 Erster Bauabschnitt: zwölf Speicher an der Mole und ein Kran für die Frachtschiffe

1962 Zweiter Bauabschnitt: Fischhalle, Zollhaus und das Haus des Hafenmeisters

1979 Schlechter Zustand der Speicher, viele Lager stehen leer

1998/99 Neue Abrisspläne, Gründung eines Vereins der Freunde der Speicher unter Leitung von Anna Muster

2003 Kauf und Pflege der Speicher durch die neu gegründete Genossenschaft der Mieter

2009 Fertigstellung der Fischhalle
)", "Alter Hafen Südstadt"},
        {"en chronology", "en", R"(Home
Buildings
North Pier Lighthouse
Old Harbour South
Search
Old Harbour South

© Photo Harbour Office

1957–1959 First phase: twelve warehouses on the pier and a crane for the cargo ships

1962 Second phase: the fish hall, the customs house and the harbour master's house

1979 The warehouses in poor repair, many of them standing empty

1998/99 New plans to pull them down, friends of the old harbour found a society led by Jane Roe

2003 The warehouses bought and kept up by the newly founded Old Harbour cooperative

2009 The fish hall completed
)", "Old Harbour South"},
        {"fr chronology", "fr", R"(Accueil
Bâtiments
Phare de la jetée nord
Vieux port du sud
Recherche
Vieux port du sud

© Photo Capitainerie

1957–1959 Première phase : douze entrepôts sur la jetée et une grue pour les cargos

1962 Deuxième phase : la halle aux poissons, la douane et la maison du capitaine du port

1979 Les entrepôts en mauvais état, beaucoup restent vides

1998/99 Nouveaux projets de démolition, les amis des entrepôts fondent une association menée par Marie Dupont

2003 Les entrepôts achetés et entretenus par la coopérative des locataires fondée l'année précédente

2009 La halle aux poissons achevée
)", "Vieux port du sud"},
        {"en dated teasers", "en", R"(Home
Tutorials
Networks
Latest posts
[ 26 February 2024 ] How the harbour office moved its servers to the cloud in one weekend Networks
[ 20 February 2024 ] Five tools that keep the ferry timetable up to date on every screen Tools
[ 19 February 2024 ] Why the harbour cameras stream faster since the new cables were laid Networks
[ 14 February 2024 ] The lighthouse keeper's guide to backups on a small island Tools
Search for:
Ferry tickets on the phone
The harbour office now sells ferry tickets through an app, so passengers no longer queue at the pier.
The app shows the timetable, the free seats and the weather at sea, and it works without a network on board.
Passengers who bought a ticket on paper can still use it until the end of the year, the harbour office says.
)", "Ferry tickets on the phone"},
        // A title opening with a year over its date lines is no entry of a list.
        {"de year title", "de", R"(Startseite
Hafen
Verkehr
2024 wird das Jahr der neuen Fähre im Hafen
12.03.2024
13.03.2024 14:05 Uhr
Die neue Fähre im Hafen fährt ab Montag nach dem Plan, den die Hafenbehörde am Freitag vorgestellt hat.
Die Fähre ersetzt das alte Schiff, das seit dreißig Jahren zwischen der Stadt und der Insel verkehrte.
Die Hafenbehörde rechnet mit mehr Fahrgästen, weil die neue Fähre schneller und öfter fährt.
)", "2024 wird das Jahr der neuen Fähre im Hafen"},
        {"en year title", "en", R"(Home
Harbour
Transport
2024 is the year of the new harbour ferry
March 12, 2024
March 13, 2024 2:05 PM
The new ferry in the harbour sails from Monday on the plan the harbour office presented on Friday.
The ferry replaces the old ship that sailed between the town and the island for thirty years.
The harbour office expects more passengers, as the new ferry is faster and sails more often.
)", "2024 is the year of the new harbour ferry"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a longer subtitle opening the article unsigned under its title leaves the title the headline", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Gemeinden
Bildung
Senioren
Umwelt und Energie
Fachstelle Hafenseelsorge
Trauern digital um die Seeleute
Mit einer Kerze an der Mole der Seeleute gedenken

Hafenstadt, (12.11.2024). Traditionell gedenken die Gemeinden im November der Seeleute, die auf See geblieben sind.

Die Andacht an der Mole, die seit vielen Jahren stattfindet, will das Angebot der Gemeinden am Hafen ergänzen.

Ab sofort können die Namen der Seeleute in ein Buch eingetragen werden, das in der Kapelle am Hafen ausliegt.
)", "Trauern digital um die Seeleute"},
        {"en", "en", R"(Parishes
Education
Seniors
Environment and Energy
Harbour Chaplaincy
Grieving online for the sailors
Light a candle for the sailors at the pier

Harbour Town, (12.11.2024). Every November the parishes remember the sailors who stayed at sea.

The service on the pier, held for many years now, adds to what the parishes of the harbour offer.

From now on the names of the sailors can be written in a book that lies in the chapel by the harbour.
)", "Grieving online for the sailors"},
        {"fr", "fr", R"(Paroisses
Éducation
Seniors
Environnement et énergie
Aumônerie du port
Deuil numérique pour les marins
Se souvenir des marins lors de la veillée

Ville-du-Port, (12.11.2024). Chaque novembre, les paroisses se souviennent des marins restés en mer.

La veillée sur la jetée, qui a lieu depuis de nombreuses années, complète ce que proposent les paroisses du port.

Désormais, les noms des marins peuvent être inscrits dans un livre posé dans la chapelle près du port.
)", "Deuil numérique pour les marins"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a title cut by a dash over a longer variant of it is the headline", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Startseite
Sie sind hier:
Stadt Hafen Verkehr
Die neue Fähre – Hafenstadt feiert ihren schnellsten Anschluss an die Insel
Inselbewohner beim Hafenfest Die neue Fähre – Hafenstadt feiert ihren Anschluss an die Insel
Veröffentlicht am 03.03.24 um 14:34 Uhr
Die neue Fähre verbindet die Hafenstadt mit der Insel, schneller als jedes Schiff vor ihr, sagt der Bürgermeister.
Die Fähre fährt ab Montag zehnmal am Tag, und die Hafenstadt erwartet im Sommer doppelt so viele Gäste auf der Insel.
Die Inselbewohner feierten den Anschluss am Wochenende mit einem Hafenfest und einer ersten Fahrt über die Bucht.
)", "Die neue Fähre – Hafenstadt feiert ihren schnellsten Anschluss an die Insel"},
        {"en", "en", R"(Home
You are here:
City Harbour Transport
The new ferry – Harbour town celebrates its fastest link to the island
Islanders at the harbour festival The new ferry – Harbour town celebrates its link to the island
Published March 3, 2024 at 2:34 PM
The new ferry links the harbour town to the island faster than any boat before it, the mayor said on Friday.
The ferry will sail ten times a day from Monday, and the harbour town expects twice as many island guests this summer.
Islanders celebrated the link over the weekend with a harbour festival and a first crossing of the bay.
)", "The new ferry – Harbour town celebrates its fastest link to the island"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("the dates of a list of teasers do not sign its titles", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Startseite
Dossier Hafen
Neue Fähre fährt ab Montag nach Plan
4. März 2024
Hafenfest lockt Tausende an die Mole
4. März 2024
Streit um die Liegeplätze der Fischer
2. März 2024
Wie der alte Leuchtturm gerettet wurde
28. Februar 2024
Gesellschaft
Ruhe finden am alten Hafen
Wer morgens am alten Hafen sitzt, hört nur die Möwen und das Wasser, das gegen die Mauern der Mole schlägt.
Viele Menschen finden am alten Hafen die Ruhe, die ihnen im Alltag fehlt, und kommen jeden Morgen wieder.
Der alte Hafen ist seit zehn Jahren ein Ort der Ruhe, seit die Fähren an der neuen Mole anlegen.
)", "Ruhe finden am alten Hafen"},
        {"en", "en", R"(Home
Harbour stories
New ferry sails from Monday on schedule
March 4, 2024
Harbour festival draws thousands to the pier
March 4, 2024
Fishermen quarrel over their berths
March 2, 2024
How the old lighthouse was saved
February 28, 2024
Society
Finding calm at the old harbour
Whoever sits at the old harbour in the morning hears only the gulls and the water against the pier walls.
Many people find at the old harbour the calm they miss in their daily lives, and come back every morning.
The old harbour has been a place of calm for ten years, since the ferries moved to the new pier.
)", "Finding calm at the old harbour"},
    };
    check_headlines(std::begin(rows), std::end(rows));
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

TEST_CASE("a wiki names itself under the article's title", "[headline]") {
    for (const char* line : {"From Wikipedia, the free encyclopedia", "Aus Stadtwiki", "Aus Wikipedia, der freien Enzyklopädie",
                             "Un article de Wikipédia, l'encyclopédie libre", "De Wikipedia, la enciclopedia libre",
                             "Da Wikipedia, l'enciclopedia libera", "Origem: Wikipédia, a enciclopédia livre",
                             "Uit Wikipedia, de vrije encyclopedie", "Z Wikipedii, wolnej encyklopedii"}) {
        INFO(line);
        CHECK(wiki_tagline(line));
    }
    for (const char* line : {"From the editors", "Aus der Region", "De la redacción", "Wikipedia", "From our wiki team: how to edit a page today and tomorrow",
                             "Un article de Jean Dupont", "Aus Wikipedia übernommen: die Liste der Leuchttürme an der Küste der Ostsee"}) {
        INFO(line);
        CHECK_FALSE(wiki_tagline(line));
    }
    const PageRow rows[] = {
        {"wiki page title with its path", "de", R"(Nordhafen/Treffen
Aus Stadtwiki
< Nordhafen
Wechseln zu: Navigation, Suche
Treffen
Das nächste Treffen der Gruppe findet am Dienstag ab 19 Uhr im Café am Kai statt.
Meistens treffen wir uns am ersten Dienstag des Monats im Café am Kai, Gäste sind willkommen.
Bei den offenen Treffen geht es darum, sich kennenzulernen und Pläne für den Hafen zu schmieden.
Kategorie:
Treffen in Nordhafen
)", "Nordhafen/Treffen"},
        {"encyclopedia title over a bulleted heading", "en", R"(Lighthouse keeper
From Wikipedia, the free encyclopedia
Jump to navigation Jump to search
History
• Last keepers leave the rock
A lighthouse keeper was the person who looked after a lighthouse, its lamp and its lens.
Keepers trimmed the wicks, refilled the oil and wound the clockwork that turned the lens at night.
The last keepers left their lighthouses when the lamps were made automatic in the last century.
)", "Lighthouse keeper"},
        {"encyclopedia title (pl)", "pl", R"(Latarnia morska w Helu
Z Wikipedii, wolnej encyklopedii
Przejdź do nawigacji Przejdź do wyszukiwania
Historia
• Ostatni latarnik opuszcza wyspę
Latarnia morska w Helu to wieża, z której światło prowadzi statki do portu nocą i we mgle.
Pierwszą latarnię zbudowano tu dawno temu, a obecną wieżę postawiono po wojnie w tym samym miejscu.
Latarnię można zwiedzać latem, a z jej szczytu widać całą zatokę i półwysep.
)", "Latarnia morska w Helu"},
        // The tabs of a full page stand between the title and the tagline.
        {"encyclopedia tabs", "en", R"(Jump to content
Main menu
Search
Create account
Log in
List of novels set on lighthouses
2 languages
Article
Talk
Read
Edit
View history
Tools
From Wikipedia, the free encyclopedia
This is a list of novels in which a lighthouse, its keeper or its light plays a central part in the story.
Lighthouses stand for loneliness, duty and rescue in many stories, and novelists have used them for two centuries.
The list is sorted by the year in which each novel was first published, oldest first.
)", "List of novels set on lighthouses"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a teaser longer than most headlines over a short title", "[headline]") {
    const PageRow rows[] = {
        // Sixteen words or more, more than twice as long as the title under it: the teaser printed over it.
        {"quoted title under a long teaser (es)", "es", R"(Portada
El país
Economía
Cultura
Contratapa
Los vecinos del puerto se preparan para la marcha que convocan las cooperativas de pescadores junto a gremios y clubes de barrio
"El muelle no es de las empresas"
La marcha está convocada para las 18 frente a la intendencia. Los vecinos piden que se frene la venta del muelle.
Por Marina Quiroga
12 de marzo de 2024 - 00:41
Los vecinos del puerto marchan este jueves para frenar la venta del muelle viejo a una empresa privada.
Las cooperativas de pescadores llamaron a la marcha hace dos semanas, en una asamblea en el club del barrio.
Los organizadores esperan a miles de vecinos frente a la intendencia, que cerrará sus puertas al mediodía.
)", "\"El muelle no es de las empresas\""},
        {"quoted title under a long teaser (pt)", "pt", R"(Início
Brasil
Economia
Cultura
Os moradores do porto se preparam para a marcha convocada pelas cooperativas de pescadores junto com sindicatos e clubes do bairro
"O porto não é das empresas, é dos moradores"
A marcha está marcada para as 18 horas em frente à prefeitura. Os moradores pedem que a venda do cais seja suspensa.
Por Mariana Queiroz
12 de março de 2024
Os moradores do porto marcham nesta quinta-feira para impedir a venda do cais velho a uma empresa privada.
As cooperativas de pescadores convocaram a marcha há duas semanas, numa assembleia no clube do bairro.
Os organizadores esperam milhares de moradores em frente à prefeitura, que fechará as portas ao meio-dia.
)", "\"O porto não é das empresas, é dos moradores\""},
        // A headline of ordinary length over a short deck stays the headline.
        {"headline over its deck (de)", "de", R"(Startseite
Wissen
Gesundheit
Was im Körper passiert, wenn wir morgens zu wenig Wasser trinken
Die Wissenschaft vom Durst
Schon ein kleiner Mangel an Wasser macht müde, sagen Forscher. Der Körper reagiert schneller, als viele denken.
Wer morgens zu wenig Wasser trinkt, spürt das oft erst am Nachmittag als Kopfschmerz oder als Müdigkeit.
Der Körper verliert über Nacht Wasser, und das Gehirn reagiert auf den Mangel als Erstes.
Forscher empfehlen darum ein großes Glas Wasser gleich nach dem Aufstehen, noch vor dem Kaffee.
)", "Was im Körper passiert, wenn wir morgens zu wenig Wasser trinken"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("an earlier line printing the title whole", "[headline]") {
    struct Row {
        const char* earlier;
        const char* title;
        bool whole;
    };
    const Row rows[] = {
        {"Mieten oder kaufen – was lohnt sich im Alter?", "Mieten oder kaufen", true},
        {"Leasing or buying - which pays off?", "Leasing or buying", true},
        {"Gold Roast - Morning Blend, 500g tin", "Gold Roast - Morning Blend", true},
        {"Louer ou acheter : que choisir pour sa retraite ?", "Louer ou acheter", true},
        {"Alquilar o comprar – ¡depende de la edad!", "Alquilar o comprar", true},
        {"Leasing or buying | Money Guide", "Leasing or buying", false},
        {"Leasing or buying - Money Guide", "Leasing or buying", false},
        {"Mieten oder kaufen – Geldratgeber", "Mieten oder kaufen", false},
        {"Leasing or buying. Which pays off, and when it does not.", "Leasing or buying", false},
        {"Leasing or buyings - which pays off?", "Leasing or buying", false},
        {"Leasing or buying", "Leasing or buying", false},
    };
    for (const Row& r : rows) {
        INFO(r.earlier);
        CHECK(whole_title(r.earlier, r.title) == r.whole);
    }
    const PageRow pages[] = {
        {"title with its question at the page's top", "de", R"(Geldratgeber
Kredit
Kreditrechner
Girokonto
Mieten oder kaufen – was lohnt sich im Alter?
Unterschiede, Vorteile, Nachteile
Jetzt vergleichen
Ratgeber
Altersvorsorge
Mieten oder kaufen
Wer im Alter in den eigenen vier Wänden wohnen will, muss früh entscheiden, ob er mieten oder kaufen möchte. Beides hat Vorteile und Nachteile.
Eine eigene Wohnung spart im Alter die Miete, bindet aber viel Geld, das für anderes fehlt.
Wer mietet, bleibt beweglich und kann das gesparte Geld anlegen, zahlt aber bis ans Lebensende Miete.
)", "Mieten oder kaufen – was lohnt sich im Alter?"},
        {"product name with its size at the page's top", "en", R"(Home
Coffee
Ground coffee
Gold Roast - Morning Blend, 500g tin
My account
Orders
Wish list
Log out
Coffee
Machines
Gold Roast - Morning Blend
Gold Roast - Morning Blend is a smooth coffee from beans grown in the highlands, roasted slowly for a mild taste.
The Morning Blend suits a filter machine as well as a French press, and keeps its aroma in the closed tin.
Gold Roast coffee is packed right after roasting so that the beans stay fresh until you open the tin.
)", "Gold Roast - Morning Blend, 500g tin"},
    };
    check_headlines(std::begin(pages), std::end(pages));
}

TEST_CASE("a long deck under a title signed by its date", "[headline]") {
    const PageRow rows[] = {
        // The title, the site's name, the date, a label, then a deck of sixteen words or more sharing the article's words.
        {"long deck (en)", "en", R"(Home
World
Tech
Contact
ID dictate: City and sponsors bet on total control!
harbour-news.example
November 6, 2023
Surveillance/Privacy
The council programme funds a digital public register, while the region and two foundations push for digital IDs for every resident by 2030
An escalation of the push for digital identity cards.
The council's programme starts a project on what it calls a digital public register, a system in which every resident gets a digital ID.
The reason given for the project is that digital IDs make it easier for residents to reach the services of the council.
Critics of the project say that the register gives the council a complete picture of the lives of all residents.
)", "ID dictate: City and sponsors bet on total control!"},
        {"long deck (de)", "de", R"(Startseite
Welt
Technik
Kontakt
Diktat: Stadt und Sponsoren setzen auf totale Kontrolle!
hafen-nachrichten.example
6. November 2023
Überwachung/Datenschutz
Das Programm des Stadtrats fördert ein digitales Melderegister, während die Region und zwei Stiftungen bis 2030 für digitale Ausweise werben
Eine neue Stufe im Drängen auf digitale Ausweise.
Das Programm des Stadtrats startet ein Projekt für ein sogenanntes digitales Melderegister, in dem jeder Einwohner einen digitalen Ausweis bekommt.
Begründet wird das Projekt damit, dass digitale Ausweise den Weg zu den Diensten der Stadt erleichtern.
Kritiker sagen, das Register gebe dem Stadtrat ein vollständiges Bild vom Leben aller Einwohner.
)", "Diktat: Stadt und Sponsoren setzen auf totale Kontrolle!"},
        // A long headline with no signed title above it stays the headline.
        {"long headline (en)", "en", R"(Home
World
Harbour news
Fishermen and their families march against the sale of the old pier to a private company from the capital
May 3, 2024
By Tom Reyes
Fishermen and their families marched through the harbour district on Friday against the sale of the old pier.
The council wants to sell the pier to a company from the capital that plans to build a hotel on it.
The fishermen say that they will lose the only place where they can land their catch in the district.
)",
         "Fishermen and their families march against the sale of the old pier to a private company from the capital"},
    };
    check_headlines(std::begin(rows), std::end(rows));
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

TEST_CASE("a title signed by its date beats an unsigned line of the sidebar the region lands on", "[headline]") {
    const PageRow rows[] = {
        {"blog post under a sidebar (de)", "de", R"(Startseite
Rezepte
Wandern
Kontakt
Mein Weg auf den Grauen Kogel
14. Mai 2021 | Ines Pfaller | Kommentare 5
Und wieder was vom Berg:
Foto: Ines Pfaller
Kategorie: Wandern
Neueste Beiträge
Brot backen im Holzofen
Zelten an der Quelle
Mit Kindern auf die Alm
Hütten am Grauen Kogel
Ich heiße Ines und wandere seit zwanzig Jahren durch die Berge rund um den Grauen Kogel und seine Almen.
Auf diesem Blog schreibe ich über meine Touren, über die Hütten am Weg und über das Essen, das ich dort koche.
Wer mit mir wandern möchte, findet hier auch Tipps für Kinder, für den Winter und für Nächte im Zelt unter dem Gipfel.
Die Bilder auf dieser Seite habe ich alle selbst gemacht, bitte fragt mich, bevor ihr sie anderswo verwendet.
Beliebte Beiträge
Hütten am Grauen Kogel
Der Kogel im Winter
)", "Mein Weg auf den Grauen Kogel"},
        {"blog post under a sidebar (en)", "en", R"(Home
Recipes
Hiking
Contact
First walk up Grey Fell
May 14, 2021 | Nora Pike | 5 comments
More from the hills:
Photo: Nora Pike
Category: Hiking
Recent posts
Baking bread in a wood oven
Camping by the spring
Taking children to the pasture
The huts on Grey Fell
My name is Nora and I have been walking the hills around Grey Fell and its high pastures for twenty years.
On this blog I write about my walks, about the huts along the way and about the food I cook up there.
If you want to walk with me, you will also find tips for children, for winter and for nights in a tent under the top.
I took all the pictures on this page myself, so please ask me before you use them anywhere else.
Popular posts
The huts on Grey Fell
Grey Fell in winter
)", "First walk up Grey Fell"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a doubled arrow parts a breadcrumb like a single one", "[headline]") {
    for (const char* line : {"Startseite ›› Politik ›› Inland", "Home >> News >> Harbour", "Accueil »» Sport »» Voile"}) {
        INFO(line);
        auto blocks = segment(line);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks.front().separators == 2);
    }
    // A sign of its own inside a word is no separator.
    CHECK(segment("Kapitel>>Zwei ist fertig").front().separators == 0);
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

TEST_CASE("a title printed again as a piece of the title bar is the headline", "[headline]") {
    // The bar repeats "Willows and reeds by the quay" as its last piece; the line under the menu label shares more of
    // the article's words, but no other line prints it.
    const PageRow rows[] = {
        {"title bar (en)", "en", R"(Harbour Notes | Stories | Willows and reeds by the quay
Sign in
Willows and reeds by the quay
Menu
A floating garden for the old harbour
The volunteers of the harbour club have planted reeds and willows on six wooden rafts by the old pier this spring.
The rafts float between the moorings, and the roots clean the water of the harbour basin as the garden grows.
Next year the club wants to add four more rafts, each with a bench for visitors who come to see the garden.
)",
         "Willows and reeds by the quay"},
        {"breadcrumb (de)", "de", R"(Hafenblatt › Geschichten › Weiden und Schilf am Kai
Anmelden
Weiden und Schilf am Kai
Menü
Ein schwimmender Garten für den alten Hafen
Die Freiwilligen des Hafenvereins haben in diesem Frühjahr Schilf und Weiden auf sechs Flößen am alten Kai gepflanzt.
Die Flöße schwimmen zwischen den Liegeplätzen, und die Wurzeln reinigen das Wasser im Hafenbecken, während der Garten wächst.
Im nächsten Jahr will der Verein vier weitere Flöße bauen, jedes mit einer Bank für die Besucher des Gartens.
)",
         "Weiden und Schilf am Kai"},
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

TEST_CASE("a title closed by a full stop over its longer standfirst and the date is the headline", "[headline]") {
    // A magazine's title of one or two short sentences; its standfirst, longer, under it; the date and byline under
    // that. (A heading naming a date, "Prices from 1 May", signs no title: the date line opens with its date.)
    const PageRow rows[] = {
        {"stopped title over a standfirst (en)", "en", R"(Skip to content
MAGAZINE
PHOTOGRAPHY
TRAVEL
Old ferries once crowded this harbour. Now the seals are back.
The small harbour of Wendle, emptied of its fishing fleet and its ferries over forty years, has become a quiet home for a colony of grey seals. How did they find it?
Tuesday, 4 March 2025
By Jane Roe
It takes an hour to walk around the harbour of Wendle, and on a calm morning you can count more than sixty seals on the old slipway.
The last ferry left the harbour in the spring of 1985, and the fishing boats followed it to the new port further down the coast.
Since then the seals have moved in, first a few young ones, then whole families that now spend the winter on the quay.
)", "Old ferries once crowded this harbour. Now the seals are back."},
        {"stopped title over a standfirst (de)", "de", R"(Zum Inhalt springen
MAGAZIN
FOTOGRAFIE
REISEN
Früher lagen hier Fähren. Heute liegen hier Robben.
Der kleine Hafen von Wendle hat in vierzig Jahren seine Fischer und seine Fähren verloren und ist zur ruhigen Heimat einer Kolonie von Kegelrobben geworden. Wie haben sie ihn gefunden?
Dienstag, 4. März 2025
Von Jana Roth
Eine Stunde braucht man, um den Hafen von Wendle zu umrunden, und an einem ruhigen Morgen liegen mehr als sechzig Robben auf der alten Slipanlage.
Die letzte Fähre verließ den Hafen im Frühjahr 1985, und die Fischkutter folgten ihr in den neuen Hafen weiter unten an der Küste.
Seitdem sind die Robben eingezogen, zuerst einige junge Tiere, dann ganze Familien, die nun den Winter auf dem Kai verbringen.
)", "Früher lagen hier Fähren. Heute liegen hier Robben."},
        {"stopped title over a standfirst (fr)", "fr", R"(Aller au contenu
MAGAZINE
PHOTOGRAPHIE
VOYAGE
Les ferries ont quitté ce port. Les phoques l'ont trouvé.
Le petit port de Wendle, vidé de ses pêcheurs et de ses ferries en quarante ans, est devenu le refuge tranquille d'une colonie de phoques gris. Comment l'ont-ils trouvé ?
Mardi 4 mars 2025
Par Jeanne Roux
Il faut une heure pour faire le tour du port de Wendle, et par un matin calme on compte plus de soixante phoques sur la vieille cale.
Le dernier ferry a quitté le port au printemps 1985, et les bateaux de pêche l'ont suivi vers le nouveau port plus bas sur la côte.
Depuis, les phoques se sont installés, d'abord quelques jeunes, puis des familles entières qui passent l'hiver sur le quai.
)", "Les ferries ont quitté ce port. Les phoques l'ont trouvé."},
        {"a heading naming a date under a quotation (de)", "de", R"(Zum Inhalt springen
Hafenblatt
Fähren werden teurer
Von Jana Roth
4. März 2025
Teilen
Einzelfahrt, Monatskarte und Tageskarte der Hafenfähre kosten ab 1. Mai 2025 mehr.
„Wir müssen die gestiegenen Kosten für Diesel und Personal an die Fahrgäste weitergeben, damit die Fähre auch im Winter fahren kann“, sagt der Betriebsleiter der Hafenfähre.
Die neuen Preise ab 1. Mai 2025
Die Einzelfahrt kostet dann 3,20 Euro statt bisher 2,95 Euro, die Monatskarte steigt von 48 auf 52 Euro, die Tageskarte von 6 auf 7 Euro.
Für Kinder und Schüler bleibt die Fahrt mit der Hafenfähre wie bisher kostenlos, teilte der Betrieb mit.
)", "Fähren werden teurer"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}
