// boiler24: readers' polls and quizzes between two paragraphs (their label alone on a line, their buttons, a quiz's
// second question), and the text going on under a list or table its paragraph announces. Invented lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using test::check_boxes;

TEST_CASE("a poll whose label stands alone over its question leaves the body with its buttons", "[boiler24][poll]") {
    check_boxes({
        {"it",
         "Gazzetta del Lago\nCronaca\n\nIl mercato del sabato si sposta in piazza della chiesa\n\n"
         "Da giugno il mercato settimanale lascerà il parcheggio della stazione e si trasferirà in piazza.\n\n"
         "Gli ambulanti si lamentavano da anni della mancanza di ombra e di posti auto nella vecchia area.\n\n"
         "Sondaggio\nSecondo te la piazza è il posto giusto per il mercato?\nSì\nNo\nNon so\nVota\nVedi risultati\n\n"
         "Il primo giorno di mercato nella nuova sede sarà il secondo sabato di giugno, ha fatto sapere il Comune.\n\n"
         "Le bancarelle saranno montate intorno alla fontana e il passaggio resterà libero.\n\nContatti\nPrivacy\n",
         {"Sondaggio", "Secondo te la piazza è il posto giusto per il mercato?", "Sì", "Non so", "Vota",
          "Vedi risultati"},
         {"Gli ambulanti si lamentavano da anni della mancanza di ombra e di posti auto nella vecchia area.",
          "Il primo giorno di mercato nella nuova sede sarà il secondo sabato di giugno, ha fatto sapere il Comune."}},
        {"de",
         "Talbote\nNachrichten\n\nDer Wochenmarkt zieht auf den Kirchplatz um\n\n"
         "Der Wochenmarkt findet ab Juni nicht mehr am Bahnhof statt, sondern auf dem Kirchplatz.\n\n"
         "Die Händler hatten sich seit Jahren über zu wenig Schatten und Parkplätze beklagt.\n\n"
         "Umfrage\nIst der Kirchplatz der bessere Ort für den Markt?\nJa\nNein\nIst mir egal\nAbstimmen\n\n"
         "Der erste Markttag am neuen Ort ist der zweite Samstag im Juni, teilte die Gemeinde mit.\n\n"
         "Die Stände werden rund um den Brunnen aufgebaut, die Zufahrt bleibt frei.\n\nKontakt\nImpressum\n",
         {"Umfrage", "Ist der Kirchplatz der bessere Ort für den Markt?", "Ja", "Ist mir egal", "Abstimmen"},
         {"Die Händler hatten sich seit Jahren über zu wenig Schatten und Parkplätze beklagt.",
          "Der erste Markttag am neuen Ort ist der zweite Samstag im Juni, teilte die Gemeinde mit."}},
        // (a French colon after its label, the space before it)
        {"fr",
         "Le Courrier du Val\nActualité\n\nLe marché du samedi déménage sur la place de l'église\n\n"
         "Dès le mois de juin, le marché hebdomadaire quittera le parking de la gare pour la place de l'église.\n\n"
         "Les commerçants se plaignaient depuis des années du manque d'ombre et de places de stationnement.\n\n"
         "Sondage : la place de l'église est-elle un meilleur endroit pour le marché ?\nOui\nNon\nSans avis\n\n"
         "Le premier jour de marché sur la nouvelle place sera le deuxième samedi de juin, a indiqué la mairie.\n\n"
         "Les stands seront montés autour de la fontaine et l'accès restera libre.\n\nContact\nMentions légales\n",
         {"Sondage : la place de l'église est-elle un meilleur endroit pour le marché ?", "Oui", "Sans avis"},
         {"Les commerçants se plaignaient depuis des années du manque d'ombre et de places de stationnement.",
          "Le premier jour de marché sur la nouvelle place sera le deuxième samedi de juin, a indiqué la mairie."}},
    });
}

TEST_CASE("the text under a quiz between two paragraphs stays the article's", "[boiler24][poll][region]") {
    check_boxes({
        {"en",
         "Valley Gazette\nScience\n\nA rare double comet passes close to the sun\n\n"
         "Astronomers have found two comets travelling on almost the same orbit, a sign they were once one body.\n\n"
         "The pair will pass closest to the sun next month and should be seen low in the western sky at dusk.\n\n"
         "Quiz: How well do you know the solar system?\nTake the quiz\nWhich planet has the most moons?\nSaturn\n"
         "Jupiter\nUranus\n\n"
         "The astronomers hope the passage will show them how comets break apart near the sun.\n\n"
         "Share\nMore from Science\n",
         {"Quiz: How well do you know the solar system?", "Take the quiz", "Which planet has the most moons?",
          "Saturn", "Uranus"},
         {"The pair will pass closest to the sun next month and should be seen low in the western sky at dusk.",
          "The astronomers hope the passage will show them how comets break apart near the sun."}},
        {"pl",
         "Gazeta Doliny\nNauka\n\nRzadka podwójna kometa przelatuje blisko Słońca\n\n"
         "Astronomowie odkryli dwie komety poruszające się niemal po tej samej orbicie, co oznacza, że kiedyś były "
         "jednym ciałem.\n\n"
         "Para komet zbliży się do Słońca w przyszłym miesiącu i będzie widoczna nisko na zachodnim niebie.\n\n"
         "Quiz: Jak dobrze znasz Układ Słoneczny?\nRozwiąż quiz\nKtóra planeta ma najwięcej księżyców?\nSaturn\n"
         "Jowisz\nUran\n\n"
         "Astronomowie liczą, że przelot pokaże im, w jaki sposób komety rozpadają się w pobliżu Słońca.\n\n"
         "Udostępnij\nZobacz także\n",
         {"Quiz: Jak dobrze znasz Układ Słoneczny?", "Rozwiąż quiz", "Która planeta ma najwięcej księżyców?", "Jowisz"},
         {"Para komet zbliży się do Słońca w przyszłym miesiącu i będzie widoczna nisko na zachodnim niebie.",
          "Astronomowie liczą, że przelot pokaże im, w jaki sposób komety rozpadają się w pobliżu Słońca."}},
    });
}

TEST_CASE("a short line set apart under a poll's glued answers is the text's cross-head", "[boiler24][poll]") {
    const Article a = classify(
        segment("Valley Gazette\nNews\n\nFarmers market moves to the church square\n\n"
                "The weekly farmers market will leave the station lot in June and set up on the church square.\n\n"
                "Vendors had complained for years about the lack of shade and parking at the old site.\n\n"
                "Poll: Is the church square a better home for the market?\nYes\nNo\n\n"
                "What changes for shoppers\n\n"
                "The first market day at the new site is the second Saturday in June, the town said.\n\n"
                "Stalls will be set up around the fountain and the driveway will stay open.\n\nContact\nAbout\n"),
        "en");
    const auto headings = test::headings_of(a);
    CHECK(std::find(headings.begin(), headings.end(), "What changes for shoppers") != headings.end());
    const auto paragraphs = test::paragraphs_of(a);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "Yes") == paragraphs.end());
}

TEST_CASE("a label of a poll alone over a question with one answer stays in the body", "[boiler24][poll]") {
    // ("Umfrage / Wie geht es weiter? / Die Antwort": a cross-head of an article on a survey, no box)
    const Article a = classify(
        segment("Talbote\nNachrichten\n\nDie Gemeinde fragt ihre Bürger nach dem Markt\n\n"
                "Die Gemeinde hat im Winter alle Haushalte nach ihrer Meinung zum Wochenmarkt gefragt.\n\n"
                "Mehr als tausend Bürgerinnen und Bürger haben den Fragebogen ausgefüllt und zurückgeschickt.\n\n"
                "Umfrage\nWie geht es nach der Befragung weiter?\n\n"
                "Der Gemeinderat will die Ergebnisse im März beraten und danach über den Standort entscheiden.\n\n"
                "Die Händler sollen vorher angehört werden, sagte der Bürgermeister.\n\nKontakt\nImpressum\n"),
        "de");
    const auto paragraphs = test::paragraphs_of(a);
    const auto headings = test::headings_of(a);
    auto held = [&](const char* line) {
        return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end() ||
               std::find(headings.begin(), headings.end(), line) != headings.end();
    };
    CHECK(held("Wie geht es nach der Befragung weiter?"));
    CHECK(held("Der Gemeinderat will die Ergebnisse im März beraten und danach über den Standort entscheiden."));
}

TEST_CASE("the text goes on under a table its paragraph announces", "[boiler24][region][table]") {
    check_boxes({
        {"de",
         "Talbote\nSport\n\nFC Adler bleibt nach Heimsieg an der Spitze\n\n"
         "Der FC Adler hat am Samstag seine Serie fortgesetzt und den SV Lindenau vor 2400 Zuschauern mit 3:1 "
         "geschlagen.\n\n"
         "Trainer Stefan Wolf lobte nach dem Spiel vor allem die Abwehr, die kaum eine Chance zugelassen habe.\n\n"
         "Die Tabelle nach dem 12. Spieltag:\n1. FC Adler 12 9 2 1 28:10 29\n2. TSV Bergheim 12 7 3 2 22:13 24\n"
         "3. SV Lindenau 12 6 3 3 19:15 21\n4. VfB Rottal 12 5 4 3 17:14 19\n\n"
         "Am kommenden Wochenende reist der Spitzenreiter nach Bergheim. Dort wartet der erste Verfolger.\n\n"
         "Artikel teilen\nMehr zum Thema\nImpressum\n",
         {"Artikel teilen", "Impressum"},
         {"1. FC Adler 12 9 2 1 28:10 29",
          "Am kommenden Wochenende reist der Spitzenreiter nach Bergheim. Dort wartet der erste Verfolger."}},
        {"fr",
         "Le Courrier du Val\nSport\n\nLe FC Rivière garde la tête du championnat\n\n"
         "Le FC Rivière a battu l'AS Montval trois buts à un samedi devant 2400 spectateurs au stade des Saules.\n\n"
         "L'entraîneur Paul Girard a surtout salué sa défense, qui n'a presque rien concédé en première période.\n\n"
         "Le classement après la 12e journée :\n1. FC Rivière 12 9 2 1 28:10 29\n2. US Bergère 12 7 3 2 22:13 24\n"
         "3. AS Montval 12 6 3 3 19:15 21\n4. SC Rottier 12 5 4 3 17:14 19\n\n"
         "Le week-end prochain, le leader se déplace à Bergère, où l'attend son premier poursuivant au classement.\n\n"
         "Partager\nÀ lire aussi\nMentions légales\n",
         {"Partager", "Mentions légales"},
         {"1. FC Rivière 12 9 2 1 28:10 29",
          "Le week-end prochain, le leader se déplace à Bergère, où l'attend son premier poursuivant au classement."}},
    });
}

TEST_CASE("a box of practical information closing a review is the article's, its last line too",
          "[boiler24][region][practical]") {
    check_boxes({
        {"fr",
         "Le Courrier du Val\nCulture\n\nUne comédie grinçante au Théâtre des Quais\n\n"
         "Trois sœurs, un notaire et une maison de famille : le décor est planté dès la première scène, et il ne "
         "bougera plus de toute la soirée.\n\n"
         "On rit beaucoup, puis de moins en moins, et la dernière scène laisse la salle dans un silence rare.\n\n"
         "Infos pratiques\nJusqu'au 28 avril, du mardi au samedi à 21 heures.\n"
         "Théâtre des Quais, 2 rue du Port, Lyon.\nTarifs : de 15 à 38 euros. Réservations au 04 72 10 20 30.\n\n"
         "Partager sur Facebook\nLes plus lus\n© Le Courrier du Val\n",
         {"Partager sur Facebook", "Les plus lus"},
         {"On rit beaucoup, puis de moins en moins, et la dernière scène laisse la salle dans un silence rare.",
          "Théâtre des Quais, 2 rue du Port, Lyon.", "Tarifs : de 15 à 38 euros. Réservations au 04 72 10 20 30."}},
        {"de",
         "Talbote\nKultur\n\nEine bissige Komödie im Theater am Hafen\n\n"
         "Drei Schwestern, ein Notar und ein Elternhaus am See: Mehr braucht das Stück nicht, um den ganzen Abend zu "
         "tragen.\n\n"
         "Man lacht viel, dann immer weniger, und die letzte Szene hinterlässt im Saal eine seltene Stille.\n\n"
         "Praktische Infos\nBis 28. April, Dienstag bis Samstag um 20 Uhr.\nTheater am Hafen, Uferstraße 2.\n"
         "Karten 15 bis 38 Euro, Tel. 0761 123 45 67.\n\n"
         "Artikel teilen\nMeistgelesen\nImpressum\n",
         {"Artikel teilen", "Meistgelesen"},
         {"Man lacht viel, dann immer weniger, und die letzte Szene hinterlässt im Saal eine seltene Stille.",
          "Theater am Hafen, Uferstraße 2.", "Karten 15 bis 38 Euro, Tel. 0761 123 45 67."}},
    });
}

TEST_CASE("a gallery's counter opening a caption line leaves the caption for the boilerplate", "[boiler24][gallery]") {
    struct Row {
        const char* figure; // the caption line, its credit closing it
        const char* counter;
    };
    const Row rows[] = {
        {"3/12 Leerlingen planten bomen op het schoolplein van de school. Foto: Jan Bakker", "3/12"},
        {"Foto 3 di 12 Gli alunni piantano alberi nel cortile della scuola. Foto: Gianni Rossi", "Foto 3 di 12"},
        {"Bild 3 von 12: Schüler pflanzen Bäume auf dem Pausenhof der Schule. Foto: Anna Muster", "Bild 3 von 12:"},
        {"Image 3 of 12 Pupils plant trees in the school's playground. Photo: Jane Roe", "Image 3 of 12"},
    };
    for (const Row& r : rows) {
        INFO(r.figure);
        const Article a = parse(std::string("Harbour Weekly\nNews\n\nThe school playground turns green\n\n") +
                                    r.figure +
                                    "\nThe town will spend two million euros on new playgrounds at fifteen schools over "
                                    "the next two years, the council said.\n\n"
                                    "Parents and pupils were asked what they wanted, and most of them asked for more "
                                    "trees and a garden.\n\nShare\n",
                                "page.txt");
        REQUIRE(a.media.size() == 1);
        REQUIRE(a.media[0].caption);
        CHECK(a.media[0].caption->find(r.counter) == std::string::npos);
        CHECK(a.media[0].caption->size() > 20);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.counter) != a.boilerplate.end());
    }
    // ("3/4 cup of flour", "12/2016": no counter of slides; a caption of one word after a counter keeps it)
    const Article kept = parse("Harbour Weekly\nNews\n\nThe school playground turns green\n\n"
                               "2/5 Gardens. Photo: Jane Roe\n"
                               "The town will spend two million euros on new playgrounds at fifteen schools over the "
                               "next two years, the council said.\n\n"
                               "Parents and pupils were asked what they wanted, and most of them asked for more trees "
                               "and a garden.\n\nShare\n",
                               "page.txt");
    for (const Media& m : kept.media)
        CHECK((!m.caption || m.caption->find("Gardens") == std::string::npos || m.caption->starts_with("2/5")));
}
