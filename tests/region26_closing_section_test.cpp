// The article's last section, a short heading and one or two short sentences under its last paragraph, closes it as
// the short sentences alone would (take_closing_sentences()); a label alone, or a line announcing a list, does not.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

// A short guide in `lang` whose last paragraph is followed by `tail`.
std::string guide_with_tail(const std::string& lang, const std::string& tail) {
    if (lang == "de")
        return "Startseite\nRatgeber\nSo legen Sie ein Kräuterbeet an\nMit etwas Planung gelingt es schon im ersten "
               "Jahr.\nVon Lena Sommer\n18.03.2026\n\n"
               "Wer im Frühjahr mit einem Kräuterbeet beginnt, sollte sich vorher ein paar Gedanken über Lage und "
               "Boden machen.\n\n"
               "Der richtige Platz\n\n"
               "Die meisten Kräuter brauchen viel Sonne, mindestens fünf Stunden am Tag, und einen lockeren Boden, "
               "der Wasser gut ableitet.\n\n" +
               tail + "\nTeilen\n";
    if (lang == "fr")
        return "Accueil\nJardin\nComment créer un carré d'herbes aromatiques\nAvec un peu d'organisation, tout "
               "pousse dès la première année.\nPar Claire Dubois\n18 mars 2026\n\n"
               "Celui qui commence un carré d'herbes au printemps doit d'abord réfléchir à l'emplacement et à la "
               "qualité de la terre.\n\n"
               "Le bon emplacement\n\n"
               "La plupart des herbes ont besoin de beaucoup de soleil, au moins cinq heures par jour, et d'une terre "
               "légère qui laisse bien passer l'eau.\n\n" +
               tail + "\nPartager\n";
    if (lang == "it")
        return "Home\nGiardino\nCome preparare un orto di erbe aromatiche\nCon un po' di pianificazione funziona "
               "già dal primo anno.\nDi Giulia Neri\n18 marzo 2026\n\n"
               "Chi comincia un orto di erbe in primavera dovrebbe prima pensare bene alla posizione e al terreno "
               "che ha a disposizione.\n\n"
               "Il posto giusto\n\n"
               "La maggior parte delle erbe ha bisogno di molto sole, almeno cinque ore al giorno, e di un terreno "
               "leggero che lasci scorrere bene l'acqua.\n\n" +
               tail + "\nCondividi\n";
    return "Home\nGuides\nHow to start a herb bed\nWith a little planning it works in the first year.\n"
           "By Nora Hill\n18 March 2026\n\n"
           "Anyone who starts a herb bed in spring should first give some thought to where it goes and to the soil "
           "it will grow in.\n\n"
           "The right spot\n\n"
           "Most herbs need plenty of sun, at least five hours a day, and a light soil that lets the water drain away "
           "well.\n\n" +
           tail + "\nShare\n";
}

struct Row {
    const char* lang;
    const char* tail;
    const char* line; // the line of the tail that is (or is not) the article's
};

} // namespace

TEST_CASE("a short closing section under the last paragraph joins the article", "[region][region26]") {
    const Row rows[] = {
        {"de", "Endlich Ernte!\n\nIm Sommer zahlt sich die Arbeit aus.\n", "Im Sommer zahlt sich die Arbeit aus."},
        {"en", "Finally, the harvest!\n\nIn summer the work pays off.\n", "In summer the work pays off."},
        {"fr", "Enfin la récolte !\n\nEn été, le travail est récompensé.\n", "En été, le travail est récompensé."},
        {"it", "Il primo raccolto\n\nIn estate il lavoro viene ripagato.\n", "In estate il lavoro viene ripagato."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(guide_with_tail(r.lang, r.tail));
        CHECK(test::in_text(a, r.line));
    }
}

TEST_CASE("a label or a line announcing a list under the last paragraph stays out", "[region][region26]") {
    const Row rows[] = {
        // a line closed by a colon announces what follows (a list of links), no closing sentence
        {"de", "Viel Spaß beim Gärtnern!\n\nUnsere Tipps zu den einzelnen Kräutern:\n\nBasilikum\nPetersilie\n",
         "Unsere Tipps zu den einzelnen Kräutern:"},
        {"en", "Happy gardening, everyone!\n\nOur tips for each of the herbs:\n\nBasil\nParsley\n",
         "Our tips for each of the herbs:"},
        // a question asks the reader
        {"fr", "Vous avez aimé cet article ?\n\nAbonnez-vous à notre lettre du jardin.\n",
         "Abonnez-vous à notre lettre du jardin."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(guide_with_tail(r.lang, r.tail));
        CHECK_FALSE(test::in_text(a, r.line));
    }
}
