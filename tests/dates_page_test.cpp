// Where on a page the publication date is taken from: invented pages, classified whole.
#include <catch2/catch.hpp>

#include "dates.hpp"
#include "pipeline.hpp"

#include <string>

namespace {

// A short article: a menu line, its title and three paragraphs, with `over` printed between the title and the text
// and `under` after it (each a run of lines, empty for none).
std::string harbour_page(const std::string& over, const std::string& under) {
    return "Home\nThe harbour gets a second ferry before the summer\n" + over +
           "The new ferry will cross the bay every hour from June on, the harbour office said on Monday.\nIt carries "
           "forty cars and three hundred people, twice as many as the old one, and it runs on batteries.\nThe crossing "
           "takes twenty minutes, and tickets keep their price this year, the office added in its letter.\n" +
           under;
}

} // namespace

TEST_CASE("a page printing no date over its text may print it under the text's end", "[classify][dates]") {
    struct Row {
        const char* under;
        const char* published;
    };
    const Row rows[] = {
        {"Tags: harbour, ferries\n09.03.2022\n", "2022-03-09"},
        {"Anhören: mp3 (12 MB)\nVeröffentlicht am 04.06.2020\nLänge: 40 Minuten\n", "2020-06-04"},
        {"Rubrique : Mer\nPublié le 3 mars 2022\n", "2022-03-03"},
        {"Written by Jane Roe, PhD on April 29, 2018\n", "2018-04-29"},
        {"Categoría: Puertos\nPublicado el 5 de mayo de 2023\n", "2023-05-05"},
        {"Pubblicato il 12 marzo 2020\n", "2020-03-12"},
        // A post's line of facts.
        {"Teilen\n3. März 2021 von Lena in Alltag, Hafen | Schreib einen Kommentar\n", "2021-03-03"},
        {"Share\nMarch 3, 2021 by Kay in Boats, Weather | Leave a comment\n", "2021-03-03"},
        {"Partager\n3 mars 2021 par Odile dans Mer, Ports | Laisser un commentaire\n", "2021-03-03"},
        {"Compartir\n3 de marzo de 2021 por Lucía en Puertos | Deja un comentario\n", "2021-03-03"},
        {"Condividi\n3 marzo 2021 di Marco in Mare, Porti | Lascia un commento\n", "2021-03-03"},
        // A labelled day further down, past a list of tags.
        {"Tags:\nharbour\nferries\nbatteries\nbay\nsummer\nboats\ntickets\nprices\nletters\noffice\ncrossings\n"
         "Erschienen am: 14.09.2022\n",
         "2022-09-14"},
        // A revision's label first: the publication's day comes after it.
        {"Letzte Änderung: 18.05.2022 - 11:20\nErschienen am: 16.05.2022\n", "2022-05-16"},
        // The days of publication and revision side by side, saved without a space between them, past the links
        // closing the text (a terminator: the lines under it are no longer the article's).
        {"Mehr bei\nÜber uns\n15/01/201614/01/2016\nBeitragsnavigation\n", "2016-01-15"},
        {"More from\nRelated posts\n1. November 20161. November 2016\nPost navigation\n", "2016-11-01"},
        {"Plus de\nArticles similaires\n3.5.20214.5.2021\nNavigation des articles\n", "2021-05-03"},
    };
    for (const auto& r : rows) {
        INFO(r.under);
        archive::Article a = archive::parse(harbour_page("", r.under), "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
    // A revision's day alone gives `updated`.
    for (const char* under : {"Quelle: Hafenamt\nAktualisiert am 23.02.2021.\n", "Source: harbour office\nUpdated: "
                              "February 23, 2021\n", "Mis à jour le 23 février 2021\n",
                              "Actualizado el 23 de febrero de 2021\n", "Aggiornato il 23 febbraio 2021\n"}) {
        INFO(under);
        archive::Article a = archive::parse(harbour_page("", under), "page.txt");
        CHECK_FALSE(a.published);
        CHECK(a.updated.value_or("") == "2021-02-23");
    }
}

TEST_CASE("two dates glued together are a post's days of publication and revision", "[classify][dates]") {
    CHECK(archive::glued_date_pair("15/01/201614/01/2016"));
    CHECK(archive::glued_date_pair("1. November 20161. November 2016 jroe"));
    CHECK_FALSE(archive::glued_date_pair("15/01/2016 14/01/2016"));
    CHECK_FALSE(archive::glued_date_pair("Call 030/201234 or write to us"));
    CHECK_FALSE(archive::glued_date_pair("3.5.2021"));
}

TEST_CASE("a date under the text that signs a comment or a teaser is not the article's", "[classify][dates]") {
    for (const char* under : {
             // a comment thread
             "3 comments\nJane Roe says:\nJune 8, 2020 at 6:42 pm\nGreat news for the island.\n",
             "Anna Muster sagt:\n8. Juni 2020 um 18:42 Uhr\nEndlich!\n",
             // a list of dated teasers or references
             "Read more »\n14. April 2021\nSolar\nNew pier opens in the north\nRead more »\n9. April 2021\n",
             "Articles liés\n(12.02.2009)\n(03.11.2008)\n",
             // the same with years of two digits
             "12.03.21\nHafengebühren steigen\n13.03.21\nNeue Mole eröffnet\n",
             "12/03/21\nLes tarifs du port augmentent\n13/03/21\nUn nouveau quai ouvre\n",
             "Jane\n03/12/21\nKay\n03/13/21\n",
         }) {
        INFO(under);
        archive::Article a = archive::parse(harbour_page("", under), "page.txt");
        CHECK_FALSE(a.published);
    }
    // The date over the text stays the article's.
    archive::Article a = archive::parse(harbour_page("3 March 2021\n", "Published: 5 March 2021\n"), "page.txt");
    CHECK(a.published.value_or("") == "2021-03-03");
}

TEST_CASE("the line signing a post embedded in the text gives no date", "[classify][dates]") {
    for (const char* signature : {"— Harbour Weekly (@harbourweekly) April 12, 2022",
                                  "— Hafenblatt (@hafenblatt) 12. April 2022",
                                  "– Le Port (@leport) 12 avril 2022",
                                  "- El Puerto (@elpuerto) 12 de abril de 2022"}) {
        INFO(signature);
        const std::string page = harbour_page("", "") + "The ferry is here at last! pic.example/abc\n" + signature +
                                 "\nThe old ferry will be sold to a museum in the north, the office said.\n";
        archive::Article a = archive::parse(page, "page.txt");
        CHECK_FALSE(a.published);
        CHECK(a.authors.empty());
    }
}

TEST_CASE("the sentence a blog prints with the day of its post and its categories", "[classify][dates]") {
    struct Row {
        const char* sentence;
        const char* published;
    };
    const Row rows[] = {
        {"This entry was posted on Monday, May 3rd, 2021 at 10:15 am and is filed under Boats, Weather. You can follow "
         "any responses to this entry through the feed.",
         "2021-05-03T10:15"},
        {"Der Beitrag wurde am Montag, den 3. Mai 2021 um 10:15 Uhr veröffentlicht und wurde unter Hafen, Fähren, "
         "Wetter abgelegt. Du kannst die Kommentare zu diesem Beitrag über den Feed verfolgen.",
         "2021-05-03T10:15"},
        {"Cette entrée a été publiée le lundi 3 mai 2021 à 10:15 et est classée dans Port, Météo.", "2021-05-03T10:15"},
        {"Esta entrada fue publicada el lunes 3 de mayo de 2021 a las 10:15 y está archivada en Puerto, Tiempo.",
         "2021-05-03T10:15"},
        {"Questo articolo è stato pubblicato il 3 maggio 2021 alle 10:15 ed è archiviato in Porto, Meteo.",
         "2021-05-03T10:15"},
    };
    for (const auto& r : rows) {
        INFO(r.sentence);
        archive::Article a = archive::parse(harbour_page("", std::string(r.sentence) + "\n"), "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
    // A list of posts prints one such sentence for each: none of them is the page's day.
    archive::Article a = archive::parse(
        harbour_page("", "This entry was posted on May 3, 2021 and is filed under Boats.\nThe pier opens\nThis entry "
                         "was posted on April 29, 2021 and is filed under Piers.\n"),
        "page.txt");
    CHECK_FALSE(a.published);
}

TEST_CASE("the text's first paragraph may open with the article's day", "[classify][dates]") {
    struct Row {
        const char* page; // a title, then the text
        const char* published; // "" = none
    };
    const Row rows[] = {
        {"Die neue Fähre kommt\n14.06.2021, 15:30 UhrAm Hafen legt heute die neue Fähre an, die jede Stunde über die "
         "Bucht fahren soll.\nSie trägt vierzig Autos und dreihundert Menschen, doppelt so viele wie die alte Fähre.\n"
         "Die Überfahrt dauert zwanzig Minuten, und die Preise bleiben in diesem Jahr, wie sie sind.\n",
         "2021-06-14T15:30"},
        {"The new ferry arrives\n(June 14, 2021) The harbour office said on Monday that the new ferry will cross the "
         "bay every hour.\nIt carries forty cars and three hundred people, twice as many as the old one.\nThe "
         "crossing takes twenty minutes, and the tickets keep their price this year.\n",
         "2021-06-14"},
        {"Le nouveau ferry arrive\n14 juin 2021 – Le port accueille lundi le nouveau ferry, qui traversera la baie "
         "toutes les heures.\nIl transporte quarante voitures et trois cents personnes, deux fois plus que "
         "l'ancien.\nLa traversée dure vingt minutes, et les billets gardent leur prix cette année.\n",
         "2021-06-14"},
        {"Llega el nuevo ferry\n14 de junio de 2021 - El puerto recibe el lunes el nuevo ferry, que cruzará la bahía "
         "cada hora.\nLleva cuarenta coches y trescientas personas, el doble que el antiguo.\nLa travesía dura veinte "
         "minutos, y los billetes mantienen su precio este año.\n",
         "2021-06-14"},
        {"Arriva il nuovo traghetto\n14 giugno 2021, ore 10:15 Il porto accoglie lunedì il nuovo traghetto, che "
         "attraverserà la baia ogni ora.\nPorta quaranta auto e trecento persone, il doppio del vecchio.\nLa "
         "traversata dura venti minuti, e i biglietti mantengono il loro prezzo quest'anno.\n",
         "2021-06-14T10:15"},
        // a publication's label and the day, set off by a bar or a dash
        {"Die neue Fähre kommt\nPressemitteilung vom 14. Juni 2021 | Kiel – Am Hafen legt heute die neue Fähre an, "
         "die jede Stunde über die Bucht fahren soll.\nSie trägt vierzig Autos und dreihundert Menschen, doppelt so "
         "viele wie die alte Fähre.\nDie Überfahrt dauert zwanzig Minuten, und die Preise bleiben in diesem Jahr, wie "
         "sie sind.\n",
         "2021-06-14"},
        {"The new ferry arrives\nPress release, June 14, 2021 | Dover – The harbour office said on Monday that the new "
         "ferry will cross the bay every hour.\nIt carries forty cars and three hundred people, twice as many as the "
         "old one.\nThe crossing takes twenty minutes, and the tickets keep their price this year.\n",
         "2021-06-14"},
        {"Le nouveau ferry arrive\nPublié le 14 juin 2021 – Le port accueille lundi le nouveau ferry, qui traversera "
         "la baie toutes les heures.\nIl transporte quarante voitures et trois cents personnes, deux fois plus que "
         "l'ancien.\nLa traversée dure vingt minutes, et les billets gardent leur prix cette année.\n",
         "2021-06-14"},
        {"Le nouveau ferry arrive\nCommuniqué de presse du 14 juin 2021 | Brest – Le port accueille lundi le nouveau "
         "ferry, qui traversera la baie toutes les heures.\nIl transporte quarante voitures et trois cents personnes, "
         "deux fois plus que l'ancien.\nLa traversée dure vingt minutes, et les billets gardent leur prix cette "
         "année.\n",
         "2021-06-14"},
        {"Llega el nuevo ferry\nNota de prensa del 14 de junio de 2021 | Vigo – El puerto recibe el lunes el nuevo "
         "ferry, que cruzará la bahía cada hora.\nLleva cuarenta coches y trescientas personas, el doble que el "
         "antiguo.\nLa travesía dura veinte minutos, y los billetes mantienen su precio este año.\n",
         "2021-06-14"},
        {"Arriva il nuovo traghetto\nComunicato stampa del 14 giugno 2021 | Genova – Il porto accoglie lunedì il nuovo "
         "traghetto, che attraverserà la baia ogni ora.\nPorta quaranta auto e trecento persone, il doppio del "
         "vecchio.\nLa traversata dura venti minuti, e i biglietti mantengono il loro prezzo quest'anno.\n",
         "2021-06-14"},
        // a day under a label of another kind, or words after the day
        {"Die neue Fähre kommt\nHafenfest am 14. Juni 2021 – Am Hafen legt heute die neue Fähre an, die jede Stunde "
         "über die Bucht fahren soll.\nSie trägt vierzig Autos und dreihundert Menschen, doppelt so viele wie die "
         "alte Fähre.\nDie Überfahrt dauert zwanzig Minuten, und die Preise bleiben in diesem Jahr, wie sie sind.\n",
         ""},
        {"The new ferry arrives\nPublished June 14, 2021 in Dover and Calais – The harbour office said on Monday that "
         "the new ferry will cross the bay every hour.\nIt carries forty cars and three hundred people, twice as "
         "many as the old one.\nThe crossing takes twenty minutes, and the tickets keep their price this year.\n",
         ""},
        // a sentence naming a day
        {"Die neue Fähre kommt\n14. Juni 2021 war ein Montag, und die neue Fähre fuhr zum ersten Mal über die Bucht "
         "zum Hafen.\nSie trägt vierzig Autos und dreihundert Menschen, doppelt so viele wie die alte Fähre.\nDie "
         "Überfahrt dauert zwanzig Minuten, und die Preise bleiben in diesem Jahr, wie sie sind.\n",
         ""},
        {"The new ferry arrives\nJune 14, 2021 was a Monday, and the new ferry crossed the bay to the harbour for the "
         "first time.\nIt carries forty cars and three hundred people, twice as many as the old one.\nThe crossing "
         "takes twenty minutes, and the tickets keep their price this year.\n",
         ""},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        archive::Article a = archive::parse(std::string("Home\n") + r.page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("the date under the headline wins over the site's day over the menu and the day inside the title",
          "[classify][dates]") {
    struct Row {
        const char* over;  // a bare date line over the site's menu, or the title
        const char* under; // the lines under the headline
        const char* published;
        bool title = false; // `over` is the title
    };
    const Row rows[] = {
        {"Tuesday, 4 March 2025", "3 March 2025\n", "2025-03-03"},
        {"Dienstag, 4. März 2025", "3. März 2025 von Lena Brandt\n", "2025-03-03"},
        {"mardi 4 mars 2025", "3 mars 2025 à 14h32\n", "2025-03-03T14:32"},
        {"Martes 4 de marzo de 2025", "Por Lucía Gómez\n3 de marzo de 2025, 14:32\n", "2025-03-03T14:32"},
        {"martedì 4 marzo 2025", "Pubblicato il 3 marzo 2025\n", "2025-03-03"},
        // An older day over the menu, a teaser's; a reading time before the date under the headline.
        {"4 March 2025", "6 March 2025\n", "2025-03-06"},
        {"15. März 2023", "5 Min. 1. November 2023 Lena 1 Kommentar\n", "2023-11-01"},
        {"15 March 2023", "5 min read - November 1, 2023\n", "2023-11-01"},
        // A date line under another label is no day of the article.
        {"4. März 2025", "Auflage: 1 (3. März 2025)\n", "2025-03-04"},
        // A list of dated entries over the menu, each line opening with its date.
        {"Next meetings\n20.02.2025 20:00 Meeting\n13.02.2025 20:00 Meeting", "by jroe\n21 September 2024\n",
         "2024-09-21"},
        {"Nächste Termine\n20.02.2025 20:00 Stammtisch\n13.02.2025 20:00 Vorstand", "by jroe\n21 September 2024\n",
         "2024-09-21"},
        {"Prochains rendez-vous\n20/02/2025 20h00 Réunion\n13/02/2025 20h00 Bureau", "by jroe\n21 September 2024\n",
         "2024-09-21"},
        // A title naming the day of its meeting, a date line of few words: the post's day is the line's under it.
        {"Harbour board meeting of 10 October 2019", "26/12/2019 by the web team\n", "2019-12-26", true},
        {"Protokoll der Hafenratssitzung vom 10. Oktober 2019", "26.12.2019 von Lena Brandt\n", "2019-12-26", true},
        {"Réunion du conseil portuaire du 10 octobre 2019", "26/12/2019 par Odile\n", "2019-12-26", true},
        {"Reunión de la junta del 10 de octubre de 2019", "26/12/2019 por Lucía\n", "2019-12-26", true},
        {"Riunione del consiglio portuale del 10 ottobre 2019", "26/12/2019 di Marco\n", "2019-12-26", true},
    };
    // (The harbour page's text, without its menu line and its title.)
    const std::string harbour = harbour_page("", "");
    const std::string text = harbour.substr(harbour.find('\n', harbour.find('\n') + 1) + 1);
    for (const auto& r : rows) {
        INFO(r.over << " / " << r.under);
        const std::string page = r.title ? std::string("Home\nHarbour\nFerries\n") + r.over + "\n" + r.under + text
                                         : std::string(r.over) + "\nHome\nHarbour\nFerries\nWeather\n" +
                                               harbour_page(r.under, "");
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.headline.value_or("") ==
              (r.title ? r.over : "The harbour gets a second ferry before the summer"));
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("a title naming a day amid its words gives not the page's date", "[classify][dates]") {
    struct Row {
        const char* title;
        const char* under; // the lines under the title
        const char* published;
    };
    const Row rows[] = {
        {"Harbour festival on 3 May 2021 cancelled", "", ""},
        {"Das Hafenfest am 3. Mai 2021 wird abgesagt", "", ""},
        {"Fête du port le 3 mai 2021 annulée", "", ""},
        {"Fiesta del puerto el 3 de mayo de 2021 cancelada", "", ""},
        {"Festa del porto il 3 maggio 2021 annullata", "", ""},
        // The day of the page printed under the title, the same as the title's or another.
        {"Harbour festival on 3 May 2021 cancelled", "By Jane Roe\n3 May 2021\n", "2021-05-03"},
        {"Das Hafenfest am 3. Mai 2021 wird abgesagt", "Von Lena Brandt\n28. April 2021\n", "2021-04-28"},
        {"Fête du port le 3 mai 2021 annulée", "Par Odile Martin\n28 avril 2021\n", "2021-04-28"},
        // A title ending with the day it reports on keeps it.
        {"Bericht zur Hafenlage vom 3. Mai 2021", "", "2021-05-03"},
    };
    // (The harbour page's text, without its menu line and its title.)
    const std::string harbour = harbour_page("", "");
    const std::string text = harbour.substr(harbour.find('\n', harbour.find('\n') + 1) + 1);
    for (const auto& r : rows) {
        INFO(r.title << " / " << r.under);
        archive::Article a = archive::parse(std::string(r.title) + "\n" + r.under + text, "page.txt");
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("a post's line of facts closed by a sentence of the site's, or a date and a dash before a long byline, "
          "gives its date",
          "[classify][dates]") {
    struct Row {
        const char* over; // the line between the title and the text
        const char* published;
    };
    const Row rows[] = {
        {"By Kay on 3. March, 2021 | 12 Comments. This post may contain affiliate links.", "2021-03-03"},
        {"Von Lena am 3. März 2021 | 12 Kommentare. Dieser Beitrag enthält Werbelinks.", "2021-03-03"},
        {"Par Odile le 3 mars 2021 | 12 commentaires. Cet article contient des liens affiliés.", "2021-03-03"},
        {"Por Lucía el 3 de marzo de 2021 | 12 comentarios. Esta entrada contiene enlaces de afiliados.", "2021-03-03"},
        {"Di Marco il 3 marzo 2021 | 12 commenti. Questo articolo contiene link di affiliazione.", "2021-03-03"},
        {"Published on 3 March 2021 | 12 Comments. This post may contain affiliate links.", "2021-03-03"},
        {"3 March 2021 | 12 Comments. This post may contain affiliate links.", "2021-03-03"},
        // A sentence naming a day before a bar.
        {"The council met on 3 March 2021 | a long day. It voted the budget.", ""},
        // A date, a dash and a byline of many words.
        {"05.02.2021 - Von Jane Roe, Sprecherin des Hafenvereins in Kiel", "2021-02-05"},
        {"February 5, 2021 – By Jane Roe, spokeswoman of the harbour club in Dover", "2021-02-05"},
        {"5 février 2021 — Par Odile Martin, porte-parole du club du port de Brest", "2021-02-05"},
        // A dash before other words.
        {"5 February 2021 - The harbour club of Dover met its new ferry crew", ""},
    };
    for (const auto& r : rows) {
        INFO(r.over);
        archive::Article a = archive::parse(harbour_page(std::string(r.over) + "\n", ""), "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("the post's day over the categories it was filed in, under the comment form", "[classify][dates]") {
    struct Row {
        const char* facts; // the lines under the comment form
        const char* published;
    };
    const Row rows[] = {
        {"17.03.21\nFiled in: News, Harbour\n", "2021-03-17"},
        {"17.03.2021\nAbgelegt in: Hafen, Fähren\n", "2021-03-17"},
        {"17/03/2021\nClassé dans : Port, Ferries\n", "2021-03-17"},
        {"17/03/2021\nArchivado en: Puerto\n", "2021-03-17"},
        {"17/03/2021\nArchiviato in: Porto\n", "2021-03-17"},
        // No filing label under the day, or a list of filed posts: a comment's or a teaser's.
        {"17.03.21\nNews, Harbour\n", ""},
        {"17.03.2021\nFiled in: News\n12.03.2021\nFiled in: Boats\n", ""},
    };
    const std::string form = "Leave a reply\nName *\nEmail *\nWebsite\nPost comment\nPrevious\nNext\n";
    for (const auto& r : rows) {
        INFO(r.facts);
        archive::Article a = archive::parse(harbour_page("", form + r.facts), "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}
