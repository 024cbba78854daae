// Tests of the classify heuristics: what ends the article or is cut out of it: comment threads, related lists, the
// author's box, players' lines. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::contains;
using archive::test::headings_of;
using archive::test::paragraphs_of;

TEST_CASE("the title of a press release's box on the company ends the release", "[classify][terminator]") {
    for (const char* line : {"Über die Nordwerk Antriebe GmbH", "About Harbourlight Systems Inc.",
                             "À propos de Marelle SA", "À propos d'Ardelle SA", "Acerca de Vientos del Valle S.L.",
                             "Informazioni su Ceramiche Lario S.p.A", "Over Duinzicht Installaties B.V."}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A heading on a subject, a company named in a heading without the box's words, a sentence.
    for (const char* line : {"Über die Zukunft der Fähre", "Nordwerk Antriebe GmbH", "About the new timetable",
                             "Sobre el puerto y la ciudad"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
}

TEST_CASE("comment threads and related lists end the article", "[classify][terminator]") {
    for (const char* line : {"Comments", "12 comments", "Leave a reply", "Kommentieren", "Kommentare (3)",
                             "Laisser un commentaire", "Deja un comentario", "Lascia un commento", "Czytaj też",
                             "Related articles", "Plaats een reactie"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A short line opening with a phrase of the list; the header of a comment thread quoting the title.
    for (const char* line : {"Weitere Artikel aus dem Ressort Sport", "Related stories from our partners",
                             "Artículos relacionados con la sequía",
                             "11 Antworten zu „Sonntag am See“", "3 thoughts on “A day at the lake”",
                             "2 réflexions sur « Le lac gelé »", "5 comentarios en «El lago helado»"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A related link inside the article, a numbered section, a count in a sentence.
    for (const char* line : {"Czytaj też: Nowy most otwarty", "4. Response codes",
                             "7 responses were recorded by the survey team in March",
                             "Add a comment | Share"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
    for (const char* line : {"The comments of the minister drew criticism.", "Raids aériens", "Related"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
    // A blog's sharing box under the post keeps its colon; share buttons without it stand over articles too.
    for (const char* line : {"Share this:", "Like this:", "Teilen mit:", "Share this article:", "Share This Story:",
                             "Diesen Artikel teilen:", "Comparte este artículo:", "There are 13 comments", "Ähnliche Beiträge",
                             "Für dich empfohlen", "Te recomendamos", "Você pode gostar",
                             "Vous aimerez peut-être aussi", "Over de auteur", "Recommended related news",
                             "Latest news", "You may also be interested in", "Envía tu comentario",
                             "Artikel und Videos zum Thema", "ÚLTIMAS NOTAS"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A box of links inside the article ("Related Coverage" between two paragraphs).
    for (const char* line : {"Share this", "Teilen mit", "Share this article", "Diesen Artikel teilen",
                             "There are 13 ferries", "Related Coverage"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
}

TEST_CASE("the titles of lists of other articles, lengthened by a word or two, end the article", "[classify][terminator]") {
    for (const char* line : {"Diese Artikel könnten dich ebenfalls interessieren:", "Das könnte Sie ebenfalls interessieren",
                             "Lesen Sie auch die folgenden Beiträge:", "Weitere interessante Themen", "Weiterlesen:",
                             "Keep Reading", "You might also be interested in", "Ces articles pourraient vous intéresser",
                             "Estos artículos te pueden interesar",
                             // the box presenting the site, its people or a series
                             "Über uns", "About me", "Qui sommes-nous", "Sobre nosotros", "Chi siamo", "Quem somos",
                             "O nas", "Über diese Reihe"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // The link at the end of a teaser, a sentence about reading.
    for (const char* line : {"Weiterlesen", "Keep reading the report of the council, it is worth it.",
                             "Über uns wohnt eine Familie mit drei Kindern, die den Hafen seit Jahren kennt."}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
}

TEST_CASE("a further-reading title and a most-read box printed without its accents end the article",
          "[classify][terminator]") {
    for (const char* line : {"Weiterführende Artikel zu diesem Thema", "Weiterführende Artikel", "Weiterführende Beiträge:",
                             "LO MAS LEIDO", "Lo más leido", "LO MAS LEÍDO", "Lo mas visto", "MAS LEIDAS"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A line about further schooling or the most important thing opens with other words.
    for (const char* line : {"Weiterführende Schulen in Wendle", "Lo mas importante es el muelle",
                             "Artikel zu diesem Thema folgen morgen im Hafenblatt und auf der Seite der Gemeinde."}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
    const test::PageRow rows[] = {
        {"de", R"(Hafenblatt
Die Fähren fahren wieder vom Ostkai
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab, wie die Gemeinde mitteilte.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden noch viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war und der Markt zweimal umziehen musste.
Der Gemeinderat stimmt im Frühling über den Kredit für die zweite Bauetappe ab, wenn der Sommerfahrplan beginnt.
Weiterführende Artikel zu diesem Thema
Neuer Leuchtturm für die Bucht von Wendle
Der alte Leuchtturm wird abgerissen, weil seine Mauern seit Jahren bröckeln und die Sanierung zu teuer wäre, wie die Behörde schreibt.
Markt am Hafen zieht wieder um
Die Händler des Fischmarkts müssen im Sommer erneut umziehen, weil die Halle für die Fähren gebraucht wird und kein anderer Platz frei ist.
)",
         "Der alte Leuchtturm wird abgerissen"},
        {"es", R"(Diario del Puerto
Los transbordadores vuelven al muelle este
Tras un invierno de obras en el muelle norte, los transbordadores a las islas salen de nuevo del muelle este, según informó el ayuntamiento.
El capitán del puerto dijo que los nuevos amarres son más seguros que los antiguos y que durarán muchos años más.
Los pescadores celebraron las obras, aunque el muelle estuvo cerrado casi todo el invierno y el mercado se mudó dos veces.
LO MAS LEIDO
Nuevo faro para la bahía de Valdora: el antiguo será demolido porque sus muros se caen desde hace años
El mercado del puerto vuelve a mudarse porque la nave se necesita para los transbordadores del verano
)",
         "Nuevo faro para la bahía"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        auto paragraphs = test::paragraphs_of(a);
        CHECK(paragraphs.size() == 3 + (std::string(r.lang) == "de" ? 1 : 0));
        for (const auto& para : paragraphs)
            CHECK(para.rfind(r.line, 0) == std::string::npos);
    }
}

TEST_CASE("the box presenting the author under an article", "[classify][bio]") {
    for (const char* line : {"Jane Doe is a senior writer for Harbour Weekly, covering ports and shipping.",
                             "Anna Muster ist Redakteurin im Ressort Stadt und schreibt über den Hafen.",
                             "Jean Dupont est journaliste au service Société depuis 2015.",
                             "Marta García es periodista y cubre la información del puerto.",
                             "Luca di Marco is a breaking news reporter based in Perth.",
                             "Owen Pratt writes about the ports and the ships that call there."}) {
        INFO(line);
        CHECK(author_bio(block_of(line)));
    }
    // The box closed by the author's e-mail address instead of a full stop (or by the words a saved page prints
    // where a script hid the address).
    for (const char* line :
         {"Jane Doe is a senior writer for Harbour Weekly, covering ports and shipping. Write to her at jane.doe@harbour.example",
          "Anna Muster ist Redakteurin im Ressort Stadt und schreibt über den Hafen. E-Mail: anna.muster@hafenblatt.example",
          "Jean Dupont est journaliste au service Société depuis 2015. Courriel : [email protected]",
          "Marta García es periodista y cubre la información del puerto. Correo: [email\u00a0protected]"}) {
        INFO(line);
        CHECK(author_bio(block_of(line)));
    }
    // Without a stop nor an address at its end, the line is a title or a label, not the box.
    for (const char* line : {"Jane Doe is a senior writer for Harbour Weekly and the ports",
                             "Anna Muster ist Redakteurin im Ressort Stadt: @annamuster",
                             "Jean Dupont est journaliste au service Société, contact jean@dupont"}) {
        INFO(line);
        CHECK_FALSE(author_bio(block_of(line)));
    }
    // A sentence of the article about a reporter, a name without a job of the press, a label.
    for (const char* line : {"The harbour master said the reporter was not allowed on the quay.",
                             "Jane Doe is a fisherman who has worked on the northern quay for thirty years.",
                             "Jane Doe, Senior Writer"}) {
        INFO(line);
        CHECK_FALSE(author_bio(block_of(line)));
    }
}

TEST_CASE("the author's box leaves the article with the short lines over it", "[classify][bio][region]") {
    const char* page = R"(Harbour Weekly
News
Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.
The harbour master said the new moorings were safer than the old ones and would last for many years.
Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days at sea.
The council will vote on the final bill in the spring, when the summer timetable begins.
Jane Doe
Jane Doe is a senior writer for Harbour Weekly, covering ports and shipping.
)";
    Article a = classify(segment(page), "en");
    REQUIRE(a.sections.size() == 1);
    CHECK(a.sections[0].paragraphs.size() == 4);
    CHECK(a.sections[0].paragraphs.back().rfind("The council will vote", 0) == 0);
}

TEST_CASE("the author's box closed by an e-mail address leaves the article", "[classify][bio][region]") {
    struct Row {
        const char* language;
        const char* article;
        const char* bio;
    };
    const Row rows[] = {
        {"en",
         "Ferries return to the eastern pier\n"
         "The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.\n"
         "The harbour master said the new moorings were safer than the old ones and would last for many years.\n"
         "Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days.\n"
         "The council will vote on the final bill in the spring, when the summer timetable begins.\n",
         "Jane Doe is a senior writer for Harbour Weekly and has covered the ports for ten years. Reach her at "
         "jane.doe@harbour.example"},
        {"de",
         "Die Fähren fahren wieder vom Ostkai\n"
         "Die Fähren zu den Inseln fahren nach einem Winter der Bauarbeiten am Nordkai wieder vom Ostkai ab.\n"
         "Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.\n"
         "Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter über gesperrt war.\n"
         "Der Rat stimmt im Frühjahr über die Rechnung ab, wenn der Sommerfahrplan beginnt.\n",
         "Anna Muster ist Redakteurin im Ressort Stadt und schreibt seit zehn Jahren über den Hafen. E-Mail: "
         "[email protected]"},
        {"fr",
         "Les ferries reviennent au quai est\n"
         "Les ferries pour les îles partent de nouveau du quai est après un hiver de travaux sur le quai nord.\n"
         "Le capitaine du port a dit que les nouveaux amarrages étaient plus sûrs que les anciens et dureraient.\n"
         "Les pêcheurs ont salué les travaux, même si le quai est resté fermé presque tout l'hiver.\n"
         "Le conseil votera la facture au printemps, quand commencera l'horaire d'été.\n",
         "Jean Dupont est journaliste au service Société et suit le port depuis dix ans. Courriel : "
         "jean.dupont@port.example"},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        Article a = classify(segment(std::string(r.article) + "\n" + r.bio + "\n"), r.language);
        REQUIRE(a.sections.size() == 1);
        CHECK(a.sections[0].paragraphs.size() == 4);
        for (const auto& para : a.sections[0].paragraphs)
            CHECK(para.find('@') == std::string::npos);
    }
}

TEST_CASE("a video player's lines for screen readers inside the article are left out, the article kept whole",
          "[classify][boilerplate][region]") {
    struct Row {
        const char* language;
        const char* title;
        const char* before;
        const char* notice;
        const char* after;
        const char* article_line; // the words of a window or a dialog in the article's text
    };
    for (const Row& r :
         {Row{"en", "Ferries return to the eastern pier",
              "The ferries to the islands run again from the eastern pier after a winter of repairs on the quay.\n"
              "The harbour master said the new moorings were safer than the old ones and would last for years.",
              "This is a modal window.\nBeginning of dialog window. Escape will cancel and close the window.\n"
              "End of dialog window.",
              "Fishermen welcomed the works, although the quay was closed for most of the winter months.\n"
              "The council will vote on the final bill in the spring, when the summer timetable begins.",
              "This is a window into the harbour's past, the curator of the museum said on Monday."},
          Row{"de", "Fähren fahren wieder vom Ostkai",
              "Die Fähren zu den Inseln legen nach einem Winter der Reparaturen wieder am Ostkai ab.\n"
              "Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und hielten viele Jahre.",
              "Dies ist ein modales Fenster.\nAnfang des Dialogfensters. Esc bricht ab und schließt das Fenster.\n"
              "Ende des Dialogfensters.",
              "Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter gesperrt war.\n"
              "Der Gemeinderat stimmt im Frühjahr über die Rechnung ab, wenn der Sommerfahrplan beginnt.",
              "Das Ende des Dialogs zwischen dem Hafen und der Stadt kam im Mai, sagte der Bürgermeister."},
          Row{"fr", "Les bacs reviennent au quai est",
              "Les bacs vers les îles partent de nouveau du quai est après un hiver de réparations sur le port.\n"
              "Le capitaine du port a dit que les nouveaux mouillages étaient plus sûrs que les anciens.",
              "Ceci est une fenêtre modale.\nDébut de la fenêtre de dialogue. Échap annule et ferme la fenêtre.\n"
              "Fin de la fenêtre de dialogue.",
              "Les pêcheurs ont salué les travaux, bien que le quai soit resté fermé pendant tout l'hiver.\n"
              "Le conseil votera la facture au printemps, quand commencera l'horaire d'été des bacs.",
              "Ceci est une fenêtre sur le passé du port, a dit la conservatrice du musée maritime."},
          Row{"es", "Los transbordadores vuelven al muelle este",
              "Los transbordadores a las islas salen de nuevo del muelle este tras un invierno de reparaciones.\n"
              "El capitán del puerto dijo que los nuevos amarres eran más seguros que los antiguos y durarían años.",
              "Esta es una ventana modal.\nComienzo de la ventana de diálogo. Escape cancela y cierra la ventana.\n"
              "Fin de la ventana de diálogo.",
              "Los pescadores celebraron las obras, aunque el muelle estuvo cerrado casi todo el invierno.\n"
              "El consejo votará la factura en primavera, cuando empiece el horario de verano de los barcos.",
              "Esta es una ventana al pasado del puerto, dijo la conservadora del museo marítimo."}}) {
        INFO(r.language);
        const std::string page = std::string(r.title) + "\n" + r.before + "\n" + r.notice + "\n" + r.after + "\n";
        Article a = classify(segment(page), r.language);
        const auto paragraphs = paragraphs_of(a);
        CHECK(paragraphs.size() == 4);
        for (const auto& para : paragraphs)
            CHECK(std::string(r.notice).find(para) == std::string::npos);
        const std::string text_page =
            std::string(r.title) + "\n" + r.before + "\n" + r.article_line + "\n" + r.after + "\n";
        const auto kept = paragraphs_of(classify(segment(text_page), r.language));
        CHECK(contains(kept, r.article_line));
    }
}

TEST_CASE("a label over a few titles of other articles inside the article leaves them out, the article kept whole",
          "[classify][boilerplate][region]") {
    struct Row {
        const char* language;
        const char* page;
        std::vector<std::string> left_out;
        std::size_t paragraphs;
    };
    for (const Row& r : {
             Row{"en", R"(Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.
The harbour master said the new moorings were safer than the old ones and would last for many years.
Other People Are Reading
Lighthouse Keepers of the Northern Coast
How to Mend a Fishing Net
Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days.
The council will vote on the final bill in the spring, when the summer timetable begins.
)", {"Other People Are Reading", "Lighthouse Keepers of the Northern Coast", "How to Mend a Fishing Net"}, 4},
             Row{"de", R"(Fähren fahren wieder vom Ostkai
Die Fähren zu den Inseln legen nach einem Winter der Reparaturen am Nordkai wieder vom Ostkai ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und hielten viele Jahre.
Andere Leser lesen gerade:
Die Leuchttürme der Nordküste
So flicken Sie ein Fischernetz
Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter über gesperrt war.
Der Gemeinderat stimmt im Frühjahr über die Rechnung ab, wenn der Sommerfahrplan beginnt.
)", {"Andere Leser lesen gerade:", "Die Leuchttürme der Nordküste", "So flicken Sie ein Fischernetz"}, 4},
             Row{"fr", R"(Les bacs reviennent au quai est
Les bacs vers les îles partent de nouveau du quai est après un hiver de réparations sur le quai nord.
Le capitaine du port a dit que les nouveaux mouillages étaient plus sûrs que les anciens et dureraient.
D'autres lecteurs lisent
Les gardiens de phare de la côte nord
Comment réparer un filet de pêche
Les pêcheurs ont salué les travaux, bien que le quai soit resté fermé pendant presque tout l'hiver.
Le conseil votera la facture au printemps, quand commencera l'horaire d'été des bacs.
)", {"D'autres lecteurs lisent", "Les gardiens de phare de la côte nord", "Comment réparer un filet de pêche"}, 4},
             Row{"es", R"(Los transbordadores vuelven al muelle este
Los transbordadores a las islas salen de nuevo del muelle este tras un invierno de reparaciones en el norte.
El capitán del puerto dijo que los nuevos amarres eran más seguros que los antiguos y durarían años.
Otros lectores están leyendo
Los fareros de la costa norte
Cómo remendar una red de pesca
Los pescadores celebraron las obras, aunque el muelle estuvo cerrado casi todo el invierno pasado.
El consejo votará la factura en primavera, cuando empiece el horario de verano de los barcos.
)", {"Otros lectores están leyendo", "Los fareros de la costa norte", "Cómo remendar una red de pesca"}, 4}}) {
        INFO(r.language);
        Article a = classify(segment(r.page), r.language);
        const auto paragraphs = paragraphs_of(a);
        CHECK(paragraphs.size() == r.paragraphs);
        for (const std::string& line : r.left_out) {
            INFO(line);
            CHECK_FALSE(contains(paragraphs, line));
            const auto headings = headings_of(a);
            CHECK_FALSE(contains(headings, line));
        }
    }
}

TEST_CASE("the related-article label of a Japanese or Chinese page ends the article", "[classify][terminator]") {
    for (const char* line : {"【関連記事】", "関連記事", "あわせて読みたい", "相关阅读", "相關閱讀", "延伸阅读"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A title that mentions related articles inside it is no label.
    for (const char* line : {"港の関連記事まとめを公開", "渡轮相关阅读资料", "港口新聞"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
    const test::PageRow rows[] = {
        {"zh", R"(港口新聞
渡輪恢復航行
經過一個冬天的維修，前往島嶼的渡輪今天重新從東碼頭出發，港務局表示新的泊位比舊的更安全，可以使用很多年。
漁民們歡迎這些工程，雖然碼頭在冬天的大部分時間都關閉，市場也搬了兩次，但大家都覺得非常值得。
相關閱讀
北港燈塔明年春天重新開放參觀
西岸漁市場改建工程延後到秋天
)", "北港燈塔明年春天重新開放參觀"},
        {"ja", R"(港ニュース
フェリー運航再開
冬の修理を終えて、島へ向かうフェリーが今日から東の桟橋から再び出航した。港湾局によると新しい係留場所は古いものより安全だという。
漁師たちは工事を歓迎したが、桟橋は冬の大部分の間閉鎖されていて、市場も二度移転した。それでも皆が価値があったと話している。
【関連記事】
北港の灯台、来春から見学を再開へ
西岸の魚市場、改修工事を秋まで延期
)", "北港の灯台、来春から見学を再開へ"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        std::vector<std::string> paragraphs = test::paragraphs_of(classify(segment(r.page), ""));
        CHECK(paragraphs.size() == 2);
        CHECK_FALSE(contains(paragraphs, r.line));
    }
}

TEST_CASE("a related-reading label over titles in the middle of the text ends nothing when prose and a cross-head follow",
          "[classify][terminator][region]") {
    struct Row {
        const char* language;
        const char* page;
        std::vector<std::string> kept, left_out;
        const char* heading;
    };
    for (const Row& r : {
             Row{"de", R"(Die Seilbahn am Kranzberg fährt wieder

Nach einem Winter voller Reparaturen fahren die Gondeln der Seilbahn am Kranzberg seit Montag wieder täglich bis zum Gipfel.

Die Betreiber haben die Tragseile ersetzt und die Talstation umgebaut, was rund vier Millionen Euro gekostet hat.

Mehr zum Thema
Neue Gondeln für den Kranzberg bestellt
Bergwacht übt am Gipfelkreuz

Im Dorf am Fuß des Berges hofft man nun auf einen guten Sommer, denn viele Pensionen leben von den Wanderern aus der Stadt.

Neue Preise ab Juni
Eine Berg- und Talfahrt kostet künftig zwei Euro mehr als im vergangenen Jahr, Kinder fahren weiterhin zum halben Preis mit.
Die Gemeinde will die Einnahmen zum Teil in neue Wanderwege und eine zweite Hütte am Gipfel stecken.
)",
                 {"Im Dorf am Fuß des Berges hofft man nun auf einen guten Sommer, denn viele Pensionen leben von den "
                  "Wanderern aus der Stadt.",
                  "Die Gemeinde will die Einnahmen zum Teil in neue Wanderwege und eine zweite Hütte am Gipfel stecken."},
                 {"Mehr zum Thema", "Neue Gondeln für den Kranzberg bestellt", "Bergwacht übt am Gipfelkreuz"},
                 "Neue Preise ab Juni"},
             Row{"en", R"(Cable car on Cranmoor Hill runs again

After a winter of repairs the cable car on Cranmoor Hill has been running daily to the summit again since Monday morning.

The operators replaced the hauling ropes and rebuilt the valley station, which cost around four million pounds in all.

Related stories
New cabins ordered for Cranmoor Hill
Mountain rescue trains at the summit cross

In the village at the foot of the hill people now hope for a good summer, as many guest houses live off the walkers.

New fares from June
A return trip will cost two pounds more than last year from the first of June, while children still ride at half price.
The parish council wants to spend part of the money on new footpaths and a second hut near the summit.
)",
                 {"In the village at the foot of the hill people now hope for a good summer, as many guest houses live "
                  "off the walkers.",
                  "The parish council wants to spend part of the money on new footpaths and a second hut near the "
                  "summit."},
                 {"Related stories", "New cabins ordered for Cranmoor Hill", "Mountain rescue trains at the summit cross"},
                 "New fares from June"},
             Row{"fr", R"(Le téléphérique du mont Arvel reprend du service

Après un hiver de travaux, les cabines du téléphérique du mont Arvel montent de nouveau chaque jour jusqu'au sommet depuis lundi.

L'exploitant a remplacé les câbles porteurs et rénové la gare du bas, pour un coût d'environ quatre millions d'euros au total.

Sur le même sujet
De nouvelles cabines commandées pour le mont Arvel
Les secouristes s'entraînent près de la croix du sommet

Au village, au pied de la montagne, on espère maintenant un bon été, car beaucoup de gîtes vivent des randonneurs venus de la ville.

Les tarifs de juin
Un aller-retour coûtera deux euros de plus que l'an dernier à partir du premier juin, les enfants paieront toujours moitié prix.
La commune veut consacrer une partie des recettes à de nouveaux sentiers et à un second refuge au sommet.
)",
                 {"Au village, au pied de la montagne, on espère maintenant un bon été, car beaucoup de gîtes vivent des "
                  "randonneurs venus de la ville.",
                  "La commune veut consacrer une partie des recettes à de nouveaux sentiers et à un second refuge au "
                  "sommet."},
                 {"Sur le même sujet", "De nouvelles cabines commandées pour le mont Arvel",
                  "Les secouristes s'entraînent près de la croix du sommet"},
                 "Les tarifs de juin"}}) {
        INFO(r.language);
        Article a = classify(segment(r.page), r.language);
        const auto paragraphs = paragraphs_of(a);
        for (const std::string& line : r.kept) {
            INFO(line);
            CHECK(contains(paragraphs, line));
        }
        for (const std::string& line : r.left_out) {
            INFO(line);
            CHECK_FALSE(contains(paragraphs, line));
        }
        CHECK(contains(headings_of(a), r.heading));
    }
}

TEST_CASE("the title under a read-also label leaves the text when a cross-head follows it", "[classify][boilerplate]") {
    struct Row {
        const char* language;
        const char* page;
        const char* title;
        const char* heading;
    };
    for (const Row& r : {
             Row{"de", R"(Brand in der Mühle: Gericht verhandelt

Vor dem Landgericht hat am Dienstag der Prozess gegen einen Mann begonnen, der die alte Mühle angezündet haben soll.

Der Angeklagte schwieg zum Auftakt, sein Anwalt kündigte eine Erklärung für den zweiten Verhandlungstag an.

Lesen Sie auch
Nach dem Großfeuer: Gemeindeverwaltung plant ein Heimatmuseum in der Mühlenruine

Nachbar sah einen Wagen

Ein Nachbar hatte in der Nacht einen dunklen Wagen ohne Licht vom Hof fahren sehen, wie er vor Gericht erklärte.

Das Urteil wird für Ende des Monats erwartet, bis dahin sind noch vier Verhandlungstage angesetzt.
)",
                 "Nach dem Großfeuer: Gemeindeverwaltung plant ein Heimatmuseum in der Mühlenruine", "Nachbar sah einen Wagen"},
             Row{"fr", R"(Incendie du moulin : le procès s'ouvre

Le procès d'un homme soupçonné d'avoir mis le feu au vieux moulin s'est ouvert mardi devant le tribunal correctionnel.

L'accusé s'est tu à l'ouverture, son avocat a annoncé une déclaration pour la deuxième journée d'audience.

Voir aussi
Après l'incendie, la municipalité veut transformer les ruines du moulin en musée

Un voisin a vu une voiture

Un voisin avait vu une voiture sombre quitter la cour tous feux éteints cette nuit-là, a-t-il expliqué à la barre.

Le jugement est attendu à la fin du mois, quatre journées d'audience sont encore prévues d'ici là.
)",
                 "Après l'incendie, la municipalité veut transformer les ruines du moulin en musée", "Un voisin a vu une voiture"},
             Row{"es", R"(Incendio del molino: comienza el juicio

El juicio contra un hombre acusado de prender fuego al viejo molino comenzó el martes en la Audiencia Provincial.

El acusado guardó silencio en la primera sesión y su abogado anunció una declaración para la segunda jornada.

Lea también
Tras el incendio, el ayuntamiento quiere convertir las ruinas del molino en museo

Un vecino vio un coche

Un vecino había visto un coche oscuro salir del patio con las luces apagadas aquella noche, según explicó ante el tribunal.

La sentencia se espera para finales de mes y hasta entonces quedan cuatro sesiones por celebrar.
)",
                 "Tras el incendio, el ayuntamiento quiere convertir las ruinas del molino en museo", "Un vecino vio un coche"}}) {
        INFO(r.language);
        Article a = classify(segment(r.page), r.language);
        CHECK_FALSE(contains(paragraphs_of(a), r.title));
        CHECK(contains(headings_of(a), r.heading));
    }
}
