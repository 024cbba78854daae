// The article's closing sentence telling when (and where) the thing it reports takes place, names and figures for
// most of its words, which jusText's stopword count turned down: "Coup d'envoi à 20 heures au gymnase Aubrac." under
// the last paragraph is the text's (src/region_joins.cpp timed_sentence(), asked by take_closing_sentences() and the
// section loop). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "region_parts.hpp"

#include <string>

using namespace archive;

TEST_CASE("a short sentence telling when is a sentence of the text", "[region][region93]") {
    const struct {
        const char* lang;
        const char* line;
        bool timed;
    } rows[] = {
        {"fr", "Coup d'envoi à 20 heures au gymnase Aubrac-Ferrier.", true},
        {"it", "Fischio d'inizio alle 20.30 al palazzetto di Collerosa.", true},
        {"it", "Previste visite guidate ogni sabato pomeriggio.", true},
        {"en", "Kick-off at 7.45pm at Marlow Road stadium.", true},
        {"de", "Anpfiff ist um 15.30 Uhr im Stadion Kellerwald.", true},
        {"es", "Saque inicial a las 20.00 en el pabellón Tordera.", true},
        // No time, a label's colon, no stop, a date line, a call to the reader, an offer.
        {"fr", "Coup d'envoi au gymnase Aubrac-Ferrier.", false},
        {"fr", "Billetterie : ouverture à 18 heures au gymnase.", false},
        {"it", "Fischio d'inizio alle 20.30 al palazzetto", false},
        {"fr", "Publié le 12 novembre 2026 à 16h20.", false},
        {"en", "Subscribe now for 3 months of local sport.", false},
        {"de", "Jetzt 3 Monate für 1 Euro testen.", false},
        // A line of figures, no time of the clock in it.
        {"en", "Corn eased 0.2%, while soybeans were flat.", false},
        {"it", "Il prezzo della lana sale a 12 euro al chilo.", false},
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.line);
        const auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(timed_sentence(blocks.front(), r.lang) == r.timed);
    }
}

TEST_CASE("the article keeps its closing sentence telling when", "[region][region93]") {
    const struct {
        const char* lang;
        const char* closing;
    } rows[] = {
        {"en", "Kick-off at 7.45pm at Marlow Road stadium."},
        {"de", "Anpfiff am Samstag um 15.30 Uhr im Stadion Kellerwald."},
    };
    for (const auto& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(test::article_with_tail(r.lang, std::string("\n") + r.closing +
                                                                             "\n\nShare\nImprint\n")),
                                   r.lang);
        CHECK(test::has_paragraph_starting(a, r.closing));
        CHECK(test::has_paragraph_starting(a, r.lang == std::string("de") ? "Der Gemeinderat" : "The council will"));
    }
    // Under a date line, the line stays out of the text (the near miss).
    const Article a = classify(segment(test::article_with_tail("en", "\nPublished 12 November 2026 at 4.20pm.\n\nShare\n")),
                               "en");
    CHECK_FALSE(test::has_paragraph_starting(a, "Published 12 November"));
}

TEST_CASE("a sports page keeps its closing sentence telling when and where", "[region][region93]") {
    const test::PageRow rows[] = {
        {"fr",
         "Sports\nHandball\nLe HBC Vernaison prêt pour sa première en Nationale 2\nPar Odile Ferrat\n\nPromu cet été, le "
         "HBC Vernaison dispute samedi son premier match de Nationale 2 face à Saint-Cyprien. Le club a recruté trois "
         "joueurs pendant l'intersaison.\n\nL'entraîneur se dit confiant avant ce premier rendez-vous. Il mise sur la "
         "défense et sur la vitesse de ses ailiers.\n\nCoup d'envoi à 20 heures au gymnase Aubrac-Ferrier.\n\nPartager\n"
         "Mentions légales\n",
         "Coup d'envoi à 20 heures"},
        {"it",
         "Sport\nPallamano\nIl Valdorra debutta in casa contro il Pietrasanta\nDi Carlo Ferretti\n\nDopo la promozione "
         "in serie B, il Valdorra debutta sabato contro il Pietrasanta. La società ha ingaggiato tre nuovi giocatori "
         "durante l'estate.\n\nL'allenatore si dice fiducioso e punta soprattutto sulla difesa e sulla velocità delle "
         "sue ali.\n\nFischio d'inizio alle 20.30 al palazzetto di Collerosa.\n\nCondividi\nNote legali\n",
         "Fischio d'inizio alle 20.30"},
    };
    test::check_page_rows(rows, {"Partager", "Condividi"});
}

// A table printed without its tabs, a label and its figures on each row and its source under them, between the
// article's paragraphs (src/region.cpp main_region()): the article goes on under it.
TEST_CASE("the text under a table of figures and its source stays the article's", "[region][region93]") {
    const test::PageRow rows[] = {
        {"en",
         "Business\nRents in Dunmore rise for a fourth quarter\nBy Carl Winton\nNovember 12, 2026\n\nRents in Dunmore "
         "rose for the fourth quarter in a row, according to figures published by the town on Thursday.\n\nAverage "
         "rent by district\nOld town 1,240\nHillside 980\nMarina 1,110\nSource: Dunmore Housing Office\n\n\"Demand "
         "keeps running ahead of the new flats,\" said letting agent Rob Tallis. The town plans 900 new homes by 2031."
         "\n\nTenants also face higher heating bills than a year ago.\n\nShare this article\nTerms of Use\n",
         "Tenants also face higher heating bills"},
        {"it",
         "Economia\nAffitti in crescita a Valdorra\nDi Carlo Ferretti\n12 novembre 2026\n\nGli affitti a Valdorra sono "
         "aumentati per il quarto trimestre di fila, secondo i dati diffusi giovedì dal comune.\n\nAffitto medio per "
         "quartiere\nCentro 840\nCollina 710\nPorto 790\nFonte: Ufficio casa Valdorra\n\n\"La domanda supera ancora "
         "l'offerta di nuovi alloggi\", ha detto l'agente Rino Tassi. Il comune prevede 600 nuovi alloggi entro il "
         "2031.\n\nGli inquilini pagano anche bollette più alte di un anno fa.\n\nCondividi\nNote legali\n",
         "Gli inquilini pagano anche"},
    };
    test::check_page_rows(rows, {"Share this article", "Condividi"});
    // A quotation with its speaker under the source, rated near good for its names and figures, is the text going on.
    const test::PageRow quoted[] = {
        {"en",
         "Business\nHouse prices in Tarrow rise for third quarter in a row\nPrices in the town centre grew fas"
         "test, new figures show.\nBy Carl Winton\nNovember 12, 2026 9:15 AM\n\nHouse prices in Tarrow rose fo"
         "r the third quarter in a row, according to figures published on Thursday.\n\nAverage house price by "
         "district\nOld town 312,000\nBramfield 264,000\nMillbank 287,000\nSource: Tarrow Statistics Office\n\n"
         "\"Demand is still outpacing supply,\" said estate agent Ned Farrow. The council plans to approve 1,5"
         "00 new homes by 2030.\n\nBuyers also face higher mortgage rates than a year ago.\n\nShare this artic"
         "le\nTerms of Use\n",
         "Buyers also face higher"},
    };
    test::check_page_rows(quoted, {"Share this article"});
    // A menu's figures under the text, no paragraph under them, stay out.
    const Article a = classify(
        segment(test::article_with_tail("en", "\nTop stories\nFerries 12\nHarbour 8\nWeather 4\nSource: Harbour Weekly\n")),
        "en");
    CHECK_FALSE(test::has_paragraph_starting(a, "Ferries 12"));
}
