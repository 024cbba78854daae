// Table-driven tests of headline finding in titles printed in pieces or again: breadcrumbs, titles cut by dashes, a
// line trailing off, the title bar, a wiki's tagline, an earlier line printing the title whole.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "headline_rows.hpp"
#include "pipeline.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;
using archive::test::block_of;
using archive::test::check_headlines;
using PageRow = archive::test::HeadlineRow;

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

TEST_CASE("a doubled arrow parts a breadcrumb like a single one", "[headline]") {
    for (const char* line : {"Startseite ›› Politik ›› Inland", "Home >> News >> Harbour", "Accueil »» Sport »» Voile"}) {
        INFO(line);
        CHECK(block_of(line).separators == 2);
    }
    // A sign of its own inside a word is no separator.
    CHECK(segment("Kapitel>>Zwei ist fertig").front().separators == 0);
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
