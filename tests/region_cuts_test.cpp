// Tests of the lines that end the article's region or cut it in two, and of those that must not: counts of and links to
// comments, a thread's buttons, a box of links, a wiki's table of contents, an embedded post.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::article_with_tail;
using archive::test::check_page_rows;
using archive::test::contains;
using archive::test::has_paragraph_starting;
using archive::test::paragraphs_of;

TEST_CASE("the count of comments in an article's header, under its title, ends nothing", "[region][terminator]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Storm closes the island bridge for a week
The bridge to the islands will stay closed until Friday while engineers check the piers that the storm hit on Sunday night, the council said on Monday morning.
Ferries will run every hour in the meantime, and the harbour office has asked drivers to leave their cars on the mainland and to cross on foot if they can.
New lamp for the old lighthouse on the cape
JANE ROE
12 Comments
The old lamp of the northern cape was taken down on Monday after ninety years of service.
Engineers fitted a lamp that uses a tenth of the power and can be seen twice as far.
The keepers' cottage will become a small museum of the coast, with the old lamp inside.
The council will vote on the final bill in the spring, when the summer timetable begins.
)",
         "The keepers' cottage will become"},
        {"de", R"(Hafenblatt
Sturm sperrt die Brücke zu den Inseln für eine Woche
Die Brücke zu den Inseln bleibt bis Freitag gesperrt, während Ingenieure die Pfeiler prüfen, die der Sturm am Sonntagabend getroffen hat, teilte die Stadt mit.
Die Fähren fahren so lange jede Stunde, und das Hafenamt bittet die Autofahrer, ihre Wagen auf dem Festland zu lassen und die Brücke zu Fuß zu überqueren.
Eine neue Lampe für den alten Leuchtturm am Kap
LENA BRANDT
12 Kommentare
Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst abgebaut.
Die Techniker bauten eine Lampe ein, die weniger Strom braucht und weiter zu sehen ist.
Das Haus der Wärter wird ein kleines Museum der Küste, mit der alten Lampe darin.
Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan beginnt.
)",
         "Das Haus der Wärter wird"},
        {"fr", R"(Le Courrier du Port
La tempête ferme le pont des îles pour une semaine
Le pont vers les îles restera fermé jusqu'à vendredi pendant que les ingénieurs contrôlent les piles touchées par la tempête dimanche soir, a indiqué la mairie.
Les ferries passeront toutes les heures en attendant, et la capitainerie demande aux automobilistes de laisser leur voiture sur le continent et de traverser à pied.
Une nouvelle lampe pour le vieux phare du cap
JEANNE MOREL
12 commentaires
L'ancienne lampe du cap Nord a été démontée lundi après quatre-vingt-dix ans de service.
Les techniciens ont installé une lampe qui consomme moins et se voit plus loin en mer.
La maison des gardiens deviendra un petit musée de la côte, avec l'ancienne lampe.
Le conseil votera le budget au printemps, quand commencera l'horaire d'été des ferries.
)",
         "La maison des gardiens deviendra"},
    };
    check_page_rows(rows, {});
    // Under the article's last paragraph and its buttons, the count opens the thread: the comments stay out.
    Article thread = classify(segment(article_with_tail("en", "Share\n12 Comments\nTom Fisher\nWhat a lovely "
                                                              "lamp, I saw it from the ferry last night and it "
                                                              "shines much further than the old one.\n")),
                              "en");
    CHECK(has_paragraph_starting(thread, "The council will vote"));
    CHECK_FALSE(has_paragraph_starting(thread, "What a lovely lamp"));
}

TEST_CASE("a box of links that ends nothing cuts the article in two, and its first part joins the rest", "[region][box]") {
    const std::string en = R"(Harbour Weekly
Local
Students question the candidates for mayor
The university hall was full on Monday evening when the four candidates for mayor answered the questions of the students.
The debate covered six topics, from the harbour and the ferries to housing, schools and the budget of the town.
Related topics
Harbour
07:15 p.m.
Ferry timetable changes for the winter months
Harbour
02:38 p.m.
Fishermen protest against new quotas
1
2
Get our news on your phone
The students asked first about housing, and every candidate promised to build more flats for young families near the harbour, though none of them said how the town would pay for them.
On the ferries, the candidates agreed that the winter timetable was too thin, and two of them promised a second boat to the islands before the end of their first year in office.
The last question was about the budget, and the debate ended after almost three hours with a long applause for the students who had organised it.
)";
    const std::string de = R"(Hafenblatt
Lokales
Studierende befragen die Kandidaten für das Bürgermeisteramt
Der Saal der Universität war am Montagabend voll, als die vier Kandidaten die Fragen der Studierenden beantworteten.
Die Debatte drehte sich um sechs Themen, vom Hafen und den Fähren bis zu Wohnungen, Schulen und dem Haushalt der Stadt.
Verwandte Themen
Hafen
19:15 Uhr
Neuer Fahrplan der Fähren für die Wintermonate
Hafen
14:38 Uhr
Fischer protestieren gegen neue Fangquoten
1
2
Unsere Nachrichten auf dem Handy
Die Studierenden fragten zuerst nach Wohnungen, und alle Kandidaten versprachen mehr Wohnungen für junge Familien am Hafen, auch wenn keiner sagte, wie die Stadt sie bezahlen soll.
Bei den Fähren waren sich die Kandidaten einig, dass der Winterfahrplan zu dünn ist, und zwei von ihnen versprachen ein zweites Boot zu den Inseln noch im ersten Amtsjahr.
Die letzte Frage galt dem Haushalt, und die Debatte endete nach fast drei Stunden mit langem Beifall für die Studierenden, die sie organisiert hatten.
)";
    for (const auto& [page, lang, first, later] :
         {std::tuple{en, "en", "The university hall", "The last question"},
          std::tuple{de, "de", "Der Saal der Universität", "Die letzte Frage"}}) {
        INFO(lang);
        Article a = classify(segment(page), lang);
        CHECK(has_paragraph_starting(a, first));
        CHECK(has_paragraph_starting(a, later));
        CHECK_FALSE(has_paragraph_starting(a, "Ferry timetable"));
        CHECK_FALSE(has_paragraph_starting(a, "Neuer Fahrplan"));
    }
}

TEST_CASE("a wiki article's lead above its table of contents is in the region", "[region][contents]") {
    const test::PageRow rows[] = {
        {"en", R"(Wendle
From the free encyclopedia
Country Northland
Founded 1312
Population 4,210
Wendle is a small harbour town on the northern coast, known for its ferries to the islands and its fish market.
Contents
1 History
1.1 Early settlers
1.2 The railway
2 Harbour
2.1 Ferries
2.2 Fishing
3 Economy
4 Culture
5 See also
6 References
History[edit]
The first quay was built by fishermen who came from the north, and it was extended twice before the railway came.
Trade grew quickly after the railway reached the town, and the harbour became the main port of the region.
Harbour[edit]
Fishing boats still land their catch every morning at the northern quay, where the market opens at six.
The ferries to the islands leave from the eastern pier four times a day in summer and twice a day in winter.
Economy[edit]
Most families live from fishing and tourism, and the cannery by the station employs two hundred people in summer.
)", "Wendle is a small harbour town on the northern coast, known for its ferries to the islands and its fish market."},
        {"de", R"(Kallby
Aus der freien Enzyklopädie
Land Nordmark
Gegründet 1312
Einwohner 4.210
Kallby ist eine kleine Hafenstadt an der Nordküste, bekannt für ihre Fähren zu den Inseln und ihren Fischmarkt.
Inhaltsverzeichnis
1 Geschichte
1.1 Erste Siedler
1.2 Die Eisenbahn
2 Hafen
2.1 Fähren
2.2 Fischerei
3 Wirtschaft
4 Kultur
5 Siehe auch
6 Einzelnachweise
Geschichte[Bearbeiten | Quelltext bearbeiten]
Den ersten Kai bauten Fischer aus dem Norden, und er wurde zweimal erweitert, bevor die Eisenbahn in die Stadt kam.
Der Handel wuchs schnell, nachdem die Eisenbahn die Stadt erreicht hatte, und der Hafen wurde der wichtigste der Region.
Hafen[Bearbeiten | Quelltext bearbeiten]
Die Fischerboote bringen ihren Fang noch jeden Morgen an den nördlichen Kai, wo der Markt um sechs Uhr öffnet.
Die Fähren zu den Inseln legen im Sommer viermal am Tag vom Ostkai ab und im Winter zweimal am Tag.
Wirtschaft[Bearbeiten | Quelltext bearbeiten]
Die meisten Familien leben vom Fischfang und vom Tourismus, und die Konservenfabrik beschäftigt im Sommer zweihundert Leute.
)", "Kallby ist eine kleine Hafenstadt an der Nordküste, bekannt für ihre Fähren zu den Inseln und ihren Fischmarkt."},
    };
    // The entries of the contents are no text of the article.
    check_page_rows(rows, {"1 ", "2.1 "});
}

TEST_CASE("short sentences right above the region open the article, under a line that is none", "[region][opening]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Notes
Home
About
Lanterns on the quay
Posted: 05.01.2024 | Author: jdoe | Filed under: Harbour, Photos | 3 replies
The quay was dark and quiet that night…
It all began with a picture taken by hand:
The lanterns of the old fishing boats were lit one after the other, and their light ran along the wet stones of the quay.
I waited for the last boat to come in, then took the second picture from the end of the eastern pier with a longer exposure.
)", "The quay was dark and quiet that night…"},
        {"de", R"(Hafennotizen
Start
Über mich
Laternen am Kai
Veröffentlicht: 05.01.2024 | Autor: jdoe | Abgelegt unter: Hafen, Fotos | 3 Kommentare
Der Kai lag dunkel und still in jener Nacht…
Angefangen hatte es mit einem Bild aus der Hand:
Die Laternen der alten Fischerboote wurden eines nach dem anderen angezündet, und ihr Licht lief über die nassen Steine.
Ich wartete, bis das letzte Boot einlief, und machte das zweite Bild vom Ende der Ostmole mit einer längeren Belichtung.
)", "Der Kai lag dunkel und still in jener Nacht…"},
    };
    check_page_rows(rows, {"Posted", "Veröffentlicht"});
}

TEST_CASE("the link to one article's comments does not end a page of several articles", "[region][terminator]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Weekly edition
New lighthouse lamp for the northern cape
By Jane Roe March 3, 2015
The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.
Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.
The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its only room.
Comments (4 posted)
The ferries return to the eastern quay
By John Doe March 3, 2015
After a winter of repairs on the northern quay, the ferries to the islands leave from the eastern quay again.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
The fishermen welcomed the works, although the quay was closed for most of the winter and the spring.
Comments (12 posted)
About us
Contact
)", "The fishermen welcomed the works"},
        {"de", R"(Hafenblatt
Wochenausgabe
Neue Lampe für den Leuchtturm am Nordkap
Von Anna Muster, 3. März 2015
Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischereiflotte abgebaut.
Die Techniker bauten eine Lampe ein, die ein Zehntel des Stroms braucht und doppelt so weit zu sehen ist.
Das Haus der Wärter wird ein kleines Museum der Küste, mit der alten Lampe in der Mitte seines einzigen Raums.
Kommentare (4)
Die Fähren fahren wieder vom Ostkai
Von Max Beispiel, 3. März 2015
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war.
Kommentare (12)
Impressum
Kontakt
)", "Die Fischer begrüßten die Arbeiten"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(has_paragraph_starting(a, r.line));
    }
    // Without a byline under it, what follows the link is the comment thread: the article ends there.
    Article a = classify(segment(article_with_tail("en", R"(Comments (3 posted)
I grew up near the cape and remember the old lamp sweeping over our roof every single night of my childhood.
Museums are fine, but I would rather see the money spent on the ferry timetable and the broken berth lights.
Does anyone know whether the cottage will be open on weekends in the summer, or only on weekdays?
)")), "en");
    CHECK(has_paragraph_starting(a, "The council will vote"));
    CHECK_FALSE(has_paragraph_starting(a, "I grew up near the cape"));
}

TEST_CASE("the button to answer each comment, on its date's line or alone, cuts a thread under a short post",
          "[region][comments]") {
    struct Row {
        const char* lang;
        const char* post;    // the title and two short paragraphs
        const char* stamp;   // a comment's date and button
        const char* comment; // a comment's text, printed under each stamp
        const char* kept;    // the post's second paragraph
    };
    const Row rows[] = {
        {"en", "Our new rowing boat\nWe finally bought a second boat for the club after saving for three years.\n"
               "It was painted blue by the children of the sailing school on Saturday.\n",
         "March 3, 2015 at 4:12 pm Reply",
         "What a lovely colour, I hope the children will be allowed to row it on the lake this summer with their teachers.",
         "It was painted blue"},
        {"de", "Unser neues Ruderboot\nEndlich haben wir nach drei Jahren Sparen ein zweites Boot für den Verein.\n"
               "Die Kinder der Segelschule haben es am Samstag in einem hellen Blau gestrichen.\n",
         "3. März 2015 um 16:12 Antworten",
         "Was für eine schöne Farbe, ich hoffe, dass die Kinder es in diesem Sommer mit ihren Lehrern auf dem See rudern dürfen.",
         "Die Kinder der Segelschule"},
        {"fr", "Notre nouveau bateau\nNous avons enfin acheté un second bateau pour le club après trois ans d'économies.\n"
               "Les enfants de l'école de voile l'ont peint en bleu ce samedi.\n",
         "3 mars 2015 à 16:12 Répondre",
         "Quelle belle couleur, j'espère que les enfants pourront le sortir sur le lac cet été avec leurs moniteurs et leurs parents.",
         "Les enfants de l'école"},
        {"es", "Nuestro nuevo bote\nPor fin compramos un segundo bote para el club después de ahorrar durante tres años.\n"
               "Los niños de la escuela de vela lo pintaron de azul el sábado.\n",
         "3 de marzo de 2015 a las 16:12 Responder",
         "Qué color tan bonito, espero que los niños puedan remar en el lago este verano con sus profesores y con sus padres.",
         "Los niños de la escuela"},
    };
    // Each comment signed by its reader, at its own minute, its text opening with a word of its own.
    const char* names[] = {"Tom Fisher", "Ana Vidal", "Kai Lund", "Eva Marsh", "Leo Brandt", "Ida Holm"};
    const char* openers[] = {"Wow! ", "Great! ", "Super! ", "Bravo! ", "Yes! ", "Hooray! "};
    // The button on the date's line, or alone on its line under each comment.
    for (const auto& r : rows)
        for (bool alone : {false, true}) {
            std::string page = std::string("Club News\nHome\n") + r.post;
            for (std::size_t k = 0; k < std::size(names); ++k) {
                std::string stamp = r.stamp;
                stamp[stamp.find(":12") + 2] = static_cast<char>('0' + k);
                const std::size_t button = stamp.rfind(' ');
                if (!alone)
                    page += std::string(names[k]) + "\n" + stamp + "\n" + openers[k] + r.comment + "\n";
                else
                    page += std::string(names[k]) + "\n" + stamp.substr(0, button) + "\n" + openers[k] + r.comment +
                            "\n" + stamp.substr(button + 1) + "\n";
            }
            INFO(page);
            Article a = classify(segment(page), r.lang);
            CHECK(has_paragraph_starting(a, r.kept));
            const std::string comment = r.comment;
            const auto paragraphs = paragraphs_of(a);
            CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                               [&](const std::string& p) { return p.find(comment) != std::string::npos; }));
        }
    // A heading with a date and the button's word, but no time, is no comment's date: the article goes on under it.
    const test::PageRow headings[] = {
        {"en", R"(Harbour Weekly
The ferry timetable for the summer
The ferries to the islands will leave every hour from the eastern quay from the first of June, the harbour office said on Monday.
The fishermen welcomed the timetable, although they asked for an earlier boat on market days for their catch.
Reply to the council, March 3, 2015
The harbour master wrote a long letter to the council about the state of the northern pier and the berth lights.
He asked for the money to be paid before the summer season begins, so that the works can be finished in time.
)",
         "He asked for the money"},
        {"de", R"(Hafenblatt
Der Fahrplan für den Sommer
Die Fähren zu den Inseln fahren ab dem ersten Juni jede Stunde vom Ostkai ab, teilte das Hafenamt am Montag mit.
Die Fischer begrüßten den Fahrplan, baten aber um ein früheres Boot an Markttagen für ihren Fang.
Fragen und Antworten vom 3. März 2015
Der Hafenmeister schrieb dem Gemeinderat einen langen Brief über den Zustand des Nordstegs und der Lichter.
Er bat darum, das Geld vor dem Beginn der Saison zu zahlen, damit die Arbeiten rechtzeitig fertig werden.
)",
         "Er bat darum, das Geld"},
    };
    check_page_rows(headings, {});
}

TEST_CASE("the link and the credit of an embedded post of a photo network are no text of the article",
          "[region][embed]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* label;  // the link over the post's picture, if the page prints one
        const char* credit; // the credit under it
    };
    const Row rows[] = {
        {"en", R"(Harbour Notes
Lanterns on the quay
The lanterns of the old fishing boats were lit one after the other, and their light ran along the wet stones of the quay.

View this post on Instagram

A post shared by Jane Roe (@jane_roe_photos)

I waited for the last boat to come in, then took the second picture from the end of the eastern pier with a longer exposure.
The harbour master told me that the lanterns are lit only twice a year, on the night of the spring tide and at the feast.
)", "View this post on Instagram", "A post shared by"},
        {"de", R"(Hafennotizen
Laternen am Kai
Die Laternen der alten Fischerboote wurden eines nach dem anderen angezündet, und ihr Licht lief über die nassen Steine.

Ein Beitrag geteilt von Anna Muster (@anna.muster)

Ich wartete, bis das letzte Boot einlief, und machte das zweite Bild vom Ende der Ostmole mit einer längeren Belichtung.
Der Hafenmeister sagte mir, dass die Laternen nur zweimal im Jahr angezündet werden, bei der Springflut und zum Fest.
)", nullptr, "Ein Beitrag geteilt von"},
        {"fr", R"(Notes du port
Les lanternes du quai
Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre, et leur lumière courait sur les pierres.

Voir cette publication sur Instagram

Une publication partagée par Jean Dupont (@jdupont)

J'ai attendu que le dernier bateau rentre, puis j'ai pris le second cliché depuis le bout de la jetée avec une pose plus longue.
Le capitaine du port m'a dit que les lanternes ne sont allumées que deux fois par an, à la grande marée et pour la fête.
)", "Voir cette publication sur Instagram", "Une publication partagée par"},
        {"es", R"(Notas del puerto
Los faroles del muelle
Los faroles de los viejos barcos de pesca se encendieron uno tras otro, y su luz corría por las piedras mojadas del muelle.

Ver esta publicación en Instagram

Una publicación compartida de Ana Pérez (@anaperez)

Esperé a que entrara el último barco y tomé la segunda imagen desde el final del espigón con una exposición más larga.
El capitán del puerto me dijo que los faroles solo se encienden dos veces al año, con la marea viva y en la fiesta.
)", "Ver esta publicación en Instagram", "Una publicación compartida de"},
    };
    for (const auto& r : rows) {
        // The page as printed, and without the link (a picture without text over the credit).
        std::string without_label = r.page;
        if (r.label != nullptr)
            without_label.erase(without_label.find(r.label), std::string(r.label).size() + 1);
        for (const std::string& page : {std::string(r.page), without_label}) {
            INFO(r.lang << ": " << page);
            Article a = classify(segment(page), r.lang);
            // (Over a post, as over a picture, the first paragraph may be read as the lede.)
            auto paragraphs = paragraphs_of(a);
            if (a.lede)
                paragraphs.insert(paragraphs.begin(), *a.lede);
            REQUIRE(paragraphs.size() == 3);
            for (const auto& p : paragraphs) {
                CHECK((r.label == nullptr || p.rfind(r.label, 0) != 0));
                CHECK(p.rfind(r.credit, 0) != 0);
            }
            // The credit heads nothing: the text under it goes on in the section of the text over it.
            CHECK(test::headings_of(a).empty());
            CHECK(std::any_of(a.boilerplate.begin(), a.boilerplate.end(),
                              [&](const std::string& l) { return l.rfind(r.credit, 0) == 0; }));
        }
        if (r.label != nullptr) {
            const auto boilerplate = classify(segment(r.page), r.lang).boilerplate;
            CHECK(contains(boilerplate, r.label));
        }
    }
}

TEST_CASE("the credit of an embedded post is a phrase of sharing, a name and a handle in parentheses", "[region][embed]") {
    const struct {
        const char* line;
        bool credit;
    } rows[] = {
        {"A post shared by Jane Roe (@jane_roe_photos)", true},
        {"Ein Beitrag geteilt von k a r l a (@karla.muster)", true},
        {"Une publication partagée par Le Petit Port (@lepetitport)", true},
        {"Una publicación compartida por Ana Pérez (@anaperez)", true},
        {"A post shared by the harbour master about the lanterns (see below)", false},
        {"Ein Beitrag geteilt von Anna Muster über die Laternen am Kai.", false},
        {"Jane Roe (@jane_roe_photos)", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(embedded_post_credit(segment(r.line).at(0)) == r.credit);
    }
}
