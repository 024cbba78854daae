// Tests of the article's region among teasers and titles of other articles: openings cut short before their link,
// links to read more, cards, lists of titles, and the headline printed again under them.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::article_with_tail;
using archive::test::block_of;
using archive::test::check_page_rows;
using archive::test::check_tail_leaves;
using archive::test::has_paragraph_starting;
using archive::test::paragraphs_of;

TEST_CASE("the opening of another article cut short before its link is a teaser", "[region][teaser]") {
    struct Row {
        const char* line;
        bool teaser;
    };
    const Row rows[] = {
        {"Step off the ferry at the east quay and the smell of tar, fish and diesel greets you at once,… Read more", true},
        {"Die Fähren fahren wieder vom Ostkai, doch die Fischer warten noch auf die neuen... Weiterlesen", true},
        {"Les ferries repartent du quai est après un hiver de travaux sur les… Lire la suite", true},
        {"“Sarcasm, so you do have the manners of a normal harbour pilot. I was wondering…”", false},
        {"The ferry was late again, which is just…it is annoying, okay? Annoying.", false},
        {"Le conseil votera le budget au printemps, puis... on verra bien ce qui se passe.", false},
        {"Harbour news… Read more", false},
        {"When the ferry timetable changes twice a year it is hard to plan a trip to the islands … Read more Read more",
         true},
        {"Wenn sich der Fahrplan zweimal im Jahr ändert, ist eine Reise auf die Inseln schwer zu planen … Weiterlesen",
         true},
        {"The ferry was late again … and nobody said why.", false},
        // Other dots and quote marks after the cut: the last whole mark counts.
        {"Die Fähren fahren wieder vom Ostkai, doch die Fischer warten noch auf die neuen... Weiterlesen Nr. 2", true},
        {"Les ferries repartent du quai est après un hiver de travaux sur les… « Lire la suite »", false},
    };
    for (const auto& r : rows) {
        Block b = segment(r.line).at(0);
        INFO(r.line);
        CHECK(teaser_excerpt(b) == r.teaser);
        if (r.teaser)
            CHECK(block_quality(b, "") == Quality::bad);
    }
}

TEST_CASE("titles of other articles after the last sentence leave the region", "[region][titles]") {
    Article en = classify(segment(article_with_tail("en", "Lighthouse keepers of the northern coast tell their stories\n"
                                                          "Share\n")),
                          "en");
    CHECK(has_paragraph_starting(en, "The council will vote"));
    CHECK_FALSE(has_paragraph_starting(en, "Lighthouse keepers"));
    Article de = classify(segment(article_with_tail("de", "Gut gerüstet: Was Segler vor dem ersten Törn am Hafen wissen sollten\n"
                                                          "Teilen\n")),
                          "de");
    CHECK(has_paragraph_starting(de, "Der Gemeinderat stimmt"));
    CHECK_FALSE(has_paragraph_starting(de, "Gut gerüstet"));
}

TEST_CASE("lines announced by the article or ending a blog's sentence stay in the region", "[region][titles]") {
    // "... here:" leads to the document it names.
    Article en = classify(segment(article_with_tail("en", "You can read the full report that the council published on the works of the quays here:\n"
                                                          "The report of the council on the repairs of the northern and eastern quays\n")),
                          "en");
    CHECK(has_paragraph_starting(en, "The report of the council"));
    Article de = classify(segment(article_with_tail("de", "Man fühlt sich danach am Hafen irgendwie ganz anders und das gefällt mir 😉\n")),
                          "de");
    CHECK(has_paragraph_starting(de, "Man fühlt sich danach"));
}

TEST_CASE("a list of other articles under its title leaves the region, inside the article or under it", "[region][titles]") {
    const std::string de_list = "Diese Artikel könnten dich ebenfalls interessieren:\n"
                                "Segeln lernen: Die besten Tipps für den ersten Törn\n"
                                "Wer zum ersten Mal segelt, sollte das Wetter kennen und immer eine Schwimmweste tragen.\n";
    check_tail_leaves("de", de_list, "Segeln lernen");
    check_tail_leaves("de", de_list, "Wer zum ersten Mal");
    // Between two paragraphs: the title and the teaser leave, the article goes on.
    Article en = classify(segment(article_with_tail("en", "Keep Reading\n"
                                                          "The latest on lighthouses, from lamps and lenses to the keepers\n"
                                                          "The museum will open in the summer, and the keepers' families have "
                                                          "already given old logbooks, uniforms and photographs of the cape.\n"
                                                          "Visitors will be able to climb the tower on weekends, when the "
                                                          "weather allows it and a guide from the village is there to help.\n")),
                          "en");
    CHECK(has_paragraph_starting(en, "The council will vote"));
    CHECK(has_paragraph_starting(en, "Visitors will be able"));
    CHECK_FALSE(has_paragraph_starting(en, "The latest on lighthouses"));
}

TEST_CASE("a text over a link of its own to read more is a teaser when the page prints several", "[region][teaser]") {
    const std::string de_cards = "Segeln lernen am Ostkai\n"
                                 "Wer zum ersten Mal segelt, sollte das Wetter gut kennen und immer eine Schwimmweste an "
                                 "Bord haben, sagen die Lehrer der Segelschule am Hafen.\n"
                                 "Weiterlesen\n"
                                 "Fischmarkt im Winter\n"
                                 "Auch in der kalten Jahreszeit öffnet der Markt jeden Samstag, und die Fischer verkaufen "
                                 "ihren Fang direkt von den Booten aus an die Gäste.\n"
                                 "Weiterlesen »\n";
    Article de = classify(segment(article_with_tail("de", de_cards)), "de");
    CHECK(has_paragraph_starting(de, "Der Gemeinderat stimmt"));
    CHECK_FALSE(has_paragraph_starting(de, "Wer zum ersten Mal"));
    CHECK_FALSE(has_paragraph_starting(de, "Auch in der kalten"));

    const std::string en_cards = "Sailing lessons at the east quay\n"
                                 "First-time sailors should know the weather well and always keep a life jacket on board, "
                                 "say the teachers of the sailing school at the harbour.\n"
                                 "READ MORE\n"
                                 "The fish market in winter\n"
                                 "Even in the cold season the market opens every Saturday, and the fishermen sell their "
                                 "catch straight from the boats to the visitors.\n"
                                 "READ MORE\n";
    Article en = classify(segment(article_with_tail("en", en_cards)), "en");
    CHECK(has_paragraph_starting(en, "The council will vote"));
    CHECK_FALSE(has_paragraph_starting(en, "First-time sailors"));
    CHECK_FALSE(has_paragraph_starting(en, "Even in the cold season"));

    // One link: the article's own, over the rest of it.
    Article one = classify(segment(article_with_tail("en", "Read more\nThe museum will open in the summer, and the keepers' "
                                                           "families have already given old logbooks and uniforms.\n")),
                           "en");
    CHECK(has_paragraph_starting(one, "The council will vote"));

    // The button under an offer ("Subscribe for a free trial / Read now") is no teaser's link: one link is left.
    Article offer = classify(segment(article_with_tail("en", "Read more\nThe museum will open in the summer, and the "
                                                             "keepers' families have already given old logbooks.\n"
                                                             "Subscribe to our free newsletter\nRead now\n")),
                             "en");
    CHECK(has_paragraph_starting(offer, "The council will vote"));
    Article angebot = classify(segment(article_with_tail("de", "Weiterlesen\nDas Museum öffnet im Sommer, und die "
                                                               "Familien der Wärter haben alte Logbücher gebracht.\n"
                                                               "Jetzt kostenlos den Newsletter abonnieren\nJetzt lesen\n")),
                               "de");
    CHECK(has_paragraph_starting(angebot, "Der Gemeinderat stimmt"));
}

TEST_CASE("teasers printed with their link to read more on one line leave the region", "[region][teaser]") {
    const test::PageRow rows[] = {
        {"en",
         "Sailing lessons at the east quay First-time sailors should know the weather well and always keep a life "
         "jacket on board. Read more\n"
         "The fish market in winter Even in the cold season the market opens every Saturday and the fishermen sell "
         "their catch from the boats. Read now »\n",
         "Sailing lessons at the east quay"},
        {"de",
         "Segeln lernen am Ostkai Wer zum ersten Mal segelt, sollte das Wetter gut kennen und immer eine "
         "Schwimmweste an Bord haben. Weiterlesen\n"
         "Fischmarkt im Winter Auch in der kalten Jahreszeit öffnet der Markt jeden Samstag, und die Fischer "
         "verkaufen ihren Fang. Weiterlesen →\n",
         "Segeln lernen am Ostkai"},
        {"fr",
         "Apprendre la voile au quai est Ceux qui naviguent pour la première fois doivent bien connaître la météo "
         "et garder un gilet à bord. Lire la suite\n"
         "Le marché aux poissons en hiver Même pendant la saison froide le marché ouvre chaque samedi et les "
         "pêcheurs vendent leur prise. Lire la suite\n",
         "Apprendre la voile au quai est"},
        {"es",
         "Clases de vela en el muelle este Quien navega por primera vez debe conocer bien el tiempo y llevar "
         "siempre un chaleco a bordo. Leer más\n"
         "El mercado de pescado en invierno Incluso en la estación fría el mercado abre cada sábado y los "
         "pescadores venden su captura. Seguir leyendo\n",
         "Clases de vela en el muelle este"},
    };
    for (const auto& r : rows) {
        // The article in German or English, the cards under it in the row's language (the links of every language
        // are known whatever the page's).
        const std::string lang = std::string(r.lang) == "de" ? "de" : "en";
        Article a = classify(segment(article_with_tail(lang, r.page)), lang);
        INFO(r.lang);
        CHECK(has_paragraph_starting(a, lang == "de" ? "Der Gemeinderat stimmt" : "The council will vote"));
        CHECK_FALSE(has_paragraph_starting(a, r.line));
    }
    // One paragraph that ends with a link to read on is the article's own: it stays.
    Article one = classify(segment(article_with_tail("en", "The museum will open in the summer, and the keepers' "
                                                           "families have already given old logbooks and uniforms. "
                                                           "Read more\n")),
                           "en");
    CHECK(has_paragraph_starting(one, "The museum will open"));
}

TEST_CASE("the headline printed again over the article's text, under a list of teasers, opens the article",
          "[region][headline]") {
    // The first print of the title is a teaser with its summary among other titles; the second, under the menu, has
    // the article under its header.
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Ferries return to the pier after the winter
The ferries to the islands left the east pier again on Monday after a long winter of repairs.
Storm closes the island bridge for a week
Coast Radio
Council votes the budget of the new quay
Island Post
Fish market moves to the west pier for the summer
The fish market will open on the west pier from June, as the east pier is needed for the ferries and their passengers.
Lighthouse museum opens its doors in May
The old keepers' cottage on the cape becomes a small museum of the coast, with the lamp of the lighthouse at its centre.
Sailing school takes on twenty new pupils
The sailing school at the marina takes twenty new pupils this spring, most of them from the schools of the islands.
New bus line links the station and the port
A new bus line will link the railway station and the ferry port every twenty minutes from the first of April on.
Home
News
Sport
Weather
Travel
Opinion
Video
Podcasts
Newsletters
Contact
Ferries return to the pier after the winter
JANE ROE
12 Comments
After a winter of repairs at the north quay, the ferries to the islands left the east pier again on Monday morning.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
The fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
The first ferry left at six with forty passengers, most of them islanders coming home after the winter months.
The timetable will change again in June, when the summer service adds two crossings on weekdays and one on Sundays.
The council will vote on the cost of the works in the spring, when the final bill of the builders is known.
)",
         "The harbour master said the new berths"},
        {"de", R"(Hafenblatt
Die Fähren fahren nach dem Winter wieder vom Ostkai
Die Fähren zu den Inseln legen nach einem langen Winter voller Reparaturen wieder am Ostkai ab.
Sturm sperrt die Brücke zu den Inseln für eine Woche
Küstenradio
Gemeinderat beschließt das Geld für den neuen Kai
Inselbote
Der Fischmarkt zieht für den Sommer an den Westkai
Der Fischmarkt öffnet ab Juni am Westkai, weil der Ostkai für die Fähren und ihre Fahrgäste gebraucht wird.
Das Leuchtturmmuseum öffnet im Mai seine Türen
Das alte Wärterhaus am Kap wird ein kleines Museum der Küste, mit der Lampe des Leuchtturms in seiner Mitte.
Die Segelschule nimmt zwanzig neue Schüler auf
Die Segelschule an der Marina nimmt in diesem Frühling zwanzig neue Schüler auf, die meisten von den Inseln.
Neue Buslinie verbindet Bahnhof und Hafen
Eine neue Buslinie fährt ab dem ersten April alle zwanzig Minuten zwischen dem Bahnhof und dem Fährhafen.
Startseite
Nachrichten
Sport
Wetter
Reisen
Meinung
Video
Podcasts
Newsletter
Kontakt
Die Fähren fahren nach dem Winter wieder vom Ostkai
LENA BRANDT
12 Kommentare
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln seit Montag wieder vom Ostkai ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden noch viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter gesperrt war und der Markt zweimal umzog.
Die erste Fähre legte um sechs Uhr mit vierzig Fahrgästen ab, die meisten von ihnen Inselbewohner auf dem Heimweg.
Der Fahrplan ändert sich im Juni wieder, wenn der Sommerdienst zwei Fahrten an Werktagen und eine am Sonntag hinzufügt.
Der Gemeinderat stimmt im Frühling über die Kosten ab, wenn die Schlussrechnung der Baufirmen vorliegt.
)",
         "Der Hafenmeister sagte, die neuen Liegeplätze"},
    };
    check_page_rows(rows, {"The ferries to the islands left", "The fish market will open", "Die Fähren zu den Inseln legen",
                           "Der Fischmarkt öffnet ab Juni"});
}

TEST_CASE("a card's title printed twice in one line is no text", "[region][teaser]") {
    for (const char* line : {"Ferries Return to the Eastern Pier Ferries Return to the Eastern Pier",
                             "How to Plan a Trip to the Islands How to Plan a Trip to the Islands How to Plan a Trip",
                             "Die Fähren kehren zurück Die Fähren kehren zurück",
                             "Le port rouvre ses quais Le port rouvre ses quais"}) {
        INFO(line);
        CHECK(repeated_title(line));
        CHECK(block_quality(segment(line).at(0), "") == Quality::bad);
    }
    for (const char* line : {"The ferry, the ferry, the ferry: that was all the children talked about that summer.",
                             "Ferries return to the pier", "Bye bye bye", "New York New York is a song."})
        CHECK_FALSE(repeated_title(line));
    // A sentence printed twice in a paragraph (the page's markup doubled it) is still prose.
    for (const char* line : {"The pier reopens in May. (See the map.) The pier reopens in May. (See the map.) The "
                             "ferries will call at it twice a day.",
                             "Der Kai öffnet im Mai wieder. Der Kai öffnet im Mai wieder. Die Fähren legen dort zweimal "
                             "am Tag an.",
                             "Le quai rouvre en mai ! Le quai rouvre en mai ! Les ferries y feront escale deux fois par "
                             "jour.",
                             "¿Quién abrirá el muelle? ¿Quién abrirá el muelle? El ayuntamiento lo decidirá en mayo."}) {
        INFO(line);
        CHECK_FALSE(repeated_title(line));
    }
}

TEST_CASE("two cards of other articles, each a title over a summary and a byline or a date, leave the body",
          "[region][cards]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Ferries return to the eastern pier
By Jane Roe
March 3, 2024
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier, the council said on Monday.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
Fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
Lighthouse keepers leave the last station
The keepers of the northern light hand over the keys after sixty years of service on the rock.
By John Poe March 1, 2024 4 min read
Fares rise on the island routes
The ferry company raises its fares by a tenth from April, blaming the price of fuel and the new boats.
By Ann Lee February 27, 2024 3 min read
)",
         "The keepers of the northern light"},
        {"de", R"(Hafenblatt
Die Fähren fahren wieder vom Ostkai
Von Anna Muster
3. März 2024
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab, wie die Gemeinde mitteilte.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden noch viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war und der Markt zweimal umziehen musste.
Die letzten Leuchtturmwärter gehen von Bord
Nach sechzig Jahren auf dem Felsen übergeben die Wärter des Nordlichts die Schlüssel an die Gemeinde.
Peter Beispiel / 01.03.2024 / 06:15
Die Fahrpreise auf den Inselrouten steigen
Die Reederei erhöht ihre Preise ab April um ein Zehntel und nennt dafür die Kosten für Treibstoff und die neuen Schiffe.
Peter Beispiel / 27.02.2024 / 07:30
)",
         "Nach sechzig Jahren auf dem Felsen"},
        {"fr", R"(Le Courrier du Port
Les bacs reviennent au quai est
Par Jean Dupont
3 mars 2024
Après un hiver de travaux sur le quai nord, les bacs vers les îles partent de nouveau du quai est, a annoncé la commune lundi.
Le capitaine du port a déclaré que les nouveaux postes d'amarrage étaient plus sûrs que les anciens et dureraient de longues années.
Les pêcheurs ont salué les travaux, même si le quai a été fermé presque tout l'hiver et que le marché a déménagé deux fois.
Les derniers gardiens quittent le phare
Après soixante ans sur le rocher, les gardiens du phare du nord remettent les clés à la commune.
Par Marie Roux, le 1 mars 2024
Les tarifs des lignes des îles augmentent
La compagnie augmente ses prix d'un dixième dès avril, en invoquant le prix du carburant et les nouveaux bateaux.
Par Luc Martin, le 27 février 2024
)",
         "Après soixante ans sur le rocher"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(paragraphs_of(a).size() == 3);
        CHECK_FALSE(has_paragraph_starting(a, r.line));
        // The names signing the cards are no authors of the article.
        CHECK(a.authors.size() == 1);
    }
    // A live report's entries run longer than a card's summary under their titles and signatures: its text, kept.
    const std::string live = R"(Harbour Weekly
Storm over the bay: the day as it happened
By Jane Roe
March 3, 2024
The storm reached the bay in the early morning, and the harbour office closed the eastern pier before the first ferry.
Our reporters followed the day from the quay, the lighthouse and the town hall, where the council met in the evening.
Ferries stay in port
The harbour master said that no ferry would leave before the wind dropped, and that the crews would spend the night on board, because the forecast promised no change before the morning and the waves at the mouth of the bay were already higher than the quay itself, which nobody in the office could remember from any storm of the last twenty years.
By John Poe March 3, 2024 10:32
Council meets in the evening
The mayor called the council to an evening meeting in the town hall to decide on help for the fishermen, whose boats were damaged in the night, and on the repairs of the northern quay, which the waves had flooded twice since the morning, so that the market could not open and the traders had to take their stalls back to the square.
By Ann Lee March 3, 2024 18:05
)";
    Article report = classify(segment(live), "en");
    CHECK(has_paragraph_starting(report, "The harbour master said that no ferry"));
    // Cards with more text of the page under them are that page's list of articles, kept.
    std::string list = std::string(rows[0].page) +
                       "The harbour festival returns in June with boats from all the islands and a market on the quay.\n"
                       "The council hopes for more visitors than last year, when the rain kept many of them at home.\n";
    Article listed = classify(segment(list), "en");
    CHECK(has_paragraph_starting(listed, "The keepers of the northern light"));
    // Posts quoted in the article, a sentence over a text and its signature, stay: their first line ends with a mark.
    const std::string posts = R"(Harbour Weekly
What the town said about the new pier
By Jane Roe
March 3, 2024
The new pier opened on Monday, and the people of the town had a lot to say about it on the first evening.
Many praised the wide walkway, while some fishermen asked why the market had to move for the second time.
Finally a pier for everyone.
The walk along the new pier at sunset is the best thing the council has done for the harbour in years.
— Mary Lake (@marylake) March 2, 2024
Not again.
The market moves for the second time this winter, and nobody told the fishermen until the trucks arrived.
— Tom Reed (@tomreed) March 2, 2024
The council will answer the questions of the fishermen at its meeting next week, the mayor said.
)";
    Article b = classify(segment(posts), "en");
    CHECK(has_paragraph_starting(b, "The walk along the new pier"));
    CHECK(has_paragraph_starting(b, "The market moves for the second time"));
}

TEST_CASE("a link to the rest of a teaser with its arrow or marks after it", "[region][teaser]") {
    for (const char* line : {"Read more", "Read more »", "Continue reading ›", "Weiterlesen...", "Mehr lesen →",
                             "Lire la suite …", "Lire la suite:", "Weiterlesen >"}) {
        INFO(line);
        CHECK(more_link(block_of(line)));
    }
    // Words after the phrase, a phrase inside a sentence, a line ending with a word.
    for (const char* line : {"Read more about the ferries", "Lire la suite du rapport", "Harbour news", "Weiterlesen!",
                             "Read"}) {
        INFO(line);
        CHECK_FALSE(more_link(block_of(line)));
    }
}

TEST_CASE("cards of other articles, each opened by a count of likes or shares, leave the region", "[region][teaser]") {
    struct Row {
        const char* lang;
        const char* article; // a title, two paragraphs, the article's own count over its buttons, two paragraphs
        const char* counted; // the word after each card's count
        const char* topic;   // each card's category
        const char* cards[3][2];
    };
    const Row rows[] = {
        {"en", R"(Harbour Weekly
The old ferry gets a new engine
The council has agreed to pay for a new engine for the old ferry, which has crossed the bay since the year of the great flood.
Engineers say the work will take most of the winter, and a smaller boat from the next town will run the crossing meanwhile.
52 likes
Share
Print
The ferry's captain said he was glad that the boat would stay in service, since the islanders depend on it every day.
The old engine will be given to the maritime museum, which plans to show it next to the lighthouse lamp in the spring.
)",
         "likes", "Harbour",
         {{"Fishermen protest against the new quotas", "Dozens of boats stayed in the harbour on Monday as the fishermen protested against the quotas set by the ministry last week"},
          {"A new bakery opens on the quay", "The bakery, run by two sisters from the island, sells bread made with flour from the mill that reopened last year"},
          {"Storm damages the northern pier", "The storm that crossed the coast on Sunday night tore off part of the northern pier and sank two small sailing boats"}}},
        {"de", R"(Hafenblatt
Die alte Fähre bekommt einen neuen Motor
Der Gemeinderat hat beschlossen, einen neuen Motor für die alte Fähre zu bezahlen, die seit dem Jahr der großen Flut über die Bucht fährt.
Die Techniker sagen, die Arbeiten dauern den größten Teil des Winters, und ein kleineres Boot aus dem Nachbarort übernimmt so lange.
52 Likes
Teilen
Drucken
Der Kapitän der Fähre sagte, er sei froh, dass das Boot im Dienst bleibe, weil die Inselbewohner jeden Tag darauf angewiesen seien.
Der alte Motor geht an das Schifffahrtsmuseum, das ihn im Frühling neben der Lampe des Leuchtturms zeigen möchte.
)",
         "Likes", "Hafen",
         {{"Fischer protestieren gegen die neuen Quoten", "Dutzende Boote blieben am Montag im Hafen, weil die Fischer gegen die Quoten protestierten, die das Ministerium letzte Woche festgelegt hat"},
          {"Eine neue Bäckerei öffnet am Kai", "Die Bäckerei von zwei Schwestern von der Insel verkauft Brot aus dem Mehl der Mühle, die im letzten Jahr wieder eröffnet wurde"},
          {"Sturm beschädigt den Nordsteg", "Der Sturm, der am Sonntagabend über die Küste zog, hat einen Teil des Nordstegs abgerissen und zwei kleine Segelboote versenkt"}}},
        {"fr", R"(Le Courrier du Port
Le vieux bac reçoit un nouveau moteur
Le conseil a accepté de payer un nouveau moteur pour le vieux bac, qui traverse la baie depuis l'année de la grande crue.
Les mécaniciens disent que les travaux dureront presque tout l'hiver, et un bateau plus petit du village voisin assurera la traversée.
52 partages
Partager
Imprimer
Le capitaine du bac s'est dit heureux que le bateau reste en service, car les habitants de l'île en dépendent chaque jour.
Le vieux moteur sera donné au musée de la marine, qui veut le montrer à côté de la lampe du phare au printemps.
)",
         "partages", "Port",
         {{"Les pêcheurs protestent contre les nouveaux quotas", "Des dizaines de bateaux sont restés au port lundi, car les pêcheurs protestaient contre les quotas fixés par le ministère la semaine dernière"},
          {"Une nouvelle boulangerie ouvre sur le quai", "La boulangerie, tenue par deux sœurs de l'île, vend du pain fait avec la farine du moulin qui a rouvert l'an dernier"},
          {"La tempête abîme la jetée du nord", "La tempête qui a traversé la côte dimanche soir a arraché une partie de la jetée du nord et coulé deux petits voiliers"}}},
        {"es", R"(El Diario del Puerto
El viejo transbordador recibe un motor nuevo
El ayuntamiento aceptó pagar un motor nuevo para el viejo transbordador, que cruza la bahía desde el año de la gran inundación.
Los mecánicos dicen que las obras durarán casi todo el invierno, y un barco más pequeño del pueblo vecino hará el cruce mientras tanto.
52 compartidos
Compartir
Imprimir
El capitán del transbordador dijo que se alegraba de que el barco siguiera en servicio, porque los isleños dependen de él cada día.
El viejo motor irá al museo marítimo, que quiere mostrarlo junto a la lámpara del faro en la primavera.
)",
         "compartidos", "Puerto",
         {{"Los pescadores protestan contra las nuevas cuotas", "Decenas de barcos se quedaron en el puerto el lunes porque los pescadores protestaban contra las cuotas fijadas por el ministerio la semana pasada"},
          {"Una panadería nueva abre en el muelle", "La panadería, llevada por dos hermanas de la isla, vende pan hecho con la harina del molino que volvió a abrir el año pasado"},
          {"La tormenta daña el muelle del norte", "La tormenta que cruzó la costa el domingo por la noche arrancó parte del muelle del norte y hundió dos pequeños veleros"}}},
    };
    for (const auto& r : rows) {
        std::string page = r.article;
        const char* counts[] = {"66", "110", "958"};
        for (std::size_t k = 0; k < 3; ++k)
            page += std::string(counts[k]) + " " + r.counted + "\n" + r.topic + "\n" + r.cards[k][0] + "\n" +
                    r.cards[k][1] + "\n";
        page += "Contact\nImprint\n";
        INFO(page);
        Article a = classify(segment(page), r.lang);
        // The article's own count over its buttons cuts nothing: its first and its last paragraph stay.
        const auto paragraphs = paragraphs_of(a);
        const std::string article = r.article;
        const std::size_t first_start = article.find('\n', article.find('\n') + 1) + 1;
        const std::string first = article.substr(first_start, 30);
        const std::size_t last_end = article.rfind('\n', article.size() - 2) + 1;
        const std::string last = article.substr(last_end, 30);
        CHECK((has_paragraph_starting(a, first) || (a.lede && a.lede->starts_with(first))));
        CHECK(has_paragraph_starting(a, last));
        for (const auto& card : r.cards)
            CHECK_FALSE(has_paragraph_starting(a, std::string(card[1]).substr(0, 30)));
    }
}

TEST_CASE("a box of a live report's timed entries under its title inside the article is no text", "[region][teaser]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* label;
    };
    auto page = [](const char* headline, const char* one, const char* label, const char* entries, const char* two) {
        return std::string(headline) + "\n\n" + one + "\n\n" + label + "\n" + entries + "\n\n" + two + "\n\n" + one +
               "\n";
    };
    const std::string pages[][2] = {
        {"it", page("Frana sulla strada del lago, chiuse due frazioni",
                    "Una frana si è staccata nella notte dal versante sopra la strada del lago, e due frazioni sono isolate.",
                    "Aggiornamenti in diretta",
                    "13:05 Il sindaco: navetta per i residenti da domani\n11:30 Arrivati i tecnici per il primo sopralluogo",
                    "Il sindaco ha detto che da domani una navetta collegherà le frazioni al paese lungo una strada forestale.")},
        {"en", page("Landslide closes the lake road, two hamlets cut off",
                    "A landslide came down on the lake road in the night, and two hamlets are cut off from the town.",
                    "Live updates",
                    "13:05 Mayor: shuttle for residents from tomorrow\n11:30 Engineers arrive for a first inspection",
                    "The mayor said a shuttle would link the hamlets to the town along a forest track from tomorrow.")},
        {"de", page("Erdrutsch sperrt die Seestraße, zwei Weiler abgeschnitten",
                    "In der Nacht ist ein Hang auf die Seestraße gerutscht, und zwei Weiler sind von der Stadt abgeschnitten.",
                    "Liveticker zum Erdrutsch",
                    "13.05 Bürgermeister: Shuttle für Anwohner ab morgen\n11.30 Fachleute zur ersten Begehung eingetroffen",
                    "Der Bürgermeister sagte, ab morgen verbinde ein Shuttle die Weiler über einen Waldweg mit der Stadt.")},
        {"fr", page("Un glissement de terrain coupe la route du lac",
                    "Un glissement de terrain a coupé la route du lac dans la nuit, et deux hameaux sont isolés de la ville.",
                    "Suivez en direct",
                    "13:05 Le maire : une navette pour les habitants dès demain\n11:30 Les techniciens arrivent pour une visite",
                    "Le maire a annoncé qu'une navette relierait les hameaux à la ville par une piste forestière dès demain.")},
    };
    for (const auto& r : pages) {
        INFO(r[1]);
        Article a = classify(segment(r[1]), r[0]);
        for (const auto& para : paragraphs_of(a))
            CHECK(para.find("13") != 0);
        CHECK(std::count_if(a.boilerplate.begin(), a.boilerplate.end(),
                            [](const std::string& l) { return l.starts_with("13") || l.starts_with("11"); }) == 2);
    }
    // An article's own timeline, under no title of live coverage, stays its text.
    const std::string timeline = page("Landslide closes the lake road, two hamlets cut off",
                                      "A landslide came down on the lake road in the night, and two hamlets are cut off.",
                                      "How the night went",
                                      "02:10 First rocks fall on the road\n03:45 Firefighters close the lake road",
                                      "The mayor said a shuttle would link the hamlets to the town along a forest track.");
    INFO(timeline);
    Article a = classify(segment(timeline), "en");
    CHECK(std::none_of(a.boilerplate.begin(), a.boilerplate.end(),
                       [](const std::string& l) { return l.starts_with("02:10"); }));
}
