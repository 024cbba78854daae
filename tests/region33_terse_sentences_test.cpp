// A sentence of three or four words right under the article's last paragraph (terse_sentence()), too short for
// short_sentence(), closes the article as a longer short sentence would; a call to the reader of the same length
// stays out. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

// A short city report in `lang` whose last paragraph (a quotation) is followed by `tail`.
std::string report_with_tail(const std::string& lang, const std::string& tail) {
    if (lang == "de")
        return "Stadtanzeiger\nRegion\nNeue Brücke über den Fluss bis 2028\n"
               "Der Stadtrat hat das Geld für einen Steg nur für Fussgänger und Velos bewilligt.\n"
               "Von Lena Sommer\n18.03.2026\n"
               "Der Stadtrat hat am Mittwochabend den Kredit für den neuen Steg über den Fluss bewilligt. Die Kosten "
               "liegen bei zwölf Millionen Franken.\n"
               "Der Steg verbindet das neue Quartier am Ufer mit der Altstadt und soll im Frühling 2028 öffnen.\n"
               "«Darauf warten wir seit zwanzig Jahren», sagte die Stadtpräsidentin an der Sitzung.\n" +
               tail + "Anzeige\nNewsletter abonnieren\nIhre E-Mail-Adresse\n";
    if (lang == "fr")
        return "Le Quotidien\nRégion\nUne nouvelle passerelle sur le fleuve d'ici 2028\n"
               "Le conseil municipal a voté le crédit d'un ouvrage réservé aux piétons et aux vélos.\n"
               "Par Claire Dubois\n18 mars 2026\n"
               "Le conseil municipal a adopté mercredi soir le crédit de la nouvelle passerelle sur le fleuve. Le "
               "coût est estimé à douze millions d'euros.\n"
               "La passerelle reliera le nouveau quartier des berges à la vieille ville et ouvrira au printemps 2028.\n"
               "« Nous l'attendons depuis vingt ans », a souligné la maire lors de la séance.\n" +
               tail + "Publicité\nRecevez notre newsletter\nVotre adresse e-mail\n";
    return "City Courier\nLocal\nA new footbridge over the river by 2028\n"
           "The council voted the money for a bridge for walkers and cyclists only.\n"
           "By Nora Hill\n18 March 2026\n"
           "The city council approved the loan for the new footbridge over the river on Wednesday night. It will "
           "cost twelve million pounds.\n"
           "The bridge will link the new riverside district to the old town and is due to open in the spring of 2028.\n"
           "\"We have waited for it for twenty years,\" the mayor told the meeting.\n" +
           tail + "Advertisement\nSign up for our newsletter\nYour email address\n";
}

struct Row {
    const char* lang;
    const char* tail;
    const char* line; // the line of the tail that is (or is not) the article's
};

} // namespace

TEST_CASE("a sentence of three or four words under the last paragraph closes the article", "[region][region33]") {
    const Row rows[] = {
        {"fr", "L'opposition a voté contre.\nElle juge le projet beaucoup trop coûteux.\n",
         "L'opposition a voté contre."},
        {"de", "Die Opposition war dagegen.\nSie hält das Projekt für viel zu teuer.\n", "Die Opposition war dagegen."},
        {"en", "The opposition voted against.\nIt calls the project far too costly.\n", "The opposition voted against."},
        // the terse sentence alone, last
        {"de", "Die SVP war dagegen.\n", "Die SVP war dagegen."},
        {"fr", "La droite a voté contre.\n", "La droite a voté contre."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const Article a = parse(report_with_tail(r.lang, r.tail));
        CHECK(test::in_text(a, r.line));
    }
}

TEST_CASE("a call to the reader of three or four words under the last paragraph stays out", "[region][region33]") {
    const Row rows[] = {
        // an imperative, a call word, the reader addressed
        {"en", "Read the rest here.\n", "Read the rest here."},
        {"en", "Share this story.\n", "Share this story."},
        {"de", "Folgen Sie uns.\n", "Folgen Sie uns."},
        {"de", "Lies die Fortsetzung.\n", "Lies die Fortsetzung."},
        {"fr", "Défendez votre journal.\n", "Défendez votre journal."},
        {"fr", "Partagez cet article.\n", "Partagez cet article."},
        // no full stop: a related title
        {"de", "Die Opposition war dagegen\n", "Die Opposition war dagegen"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const Article a = parse(report_with_tail(r.lang, r.tail));
        CHECK_FALSE(test::in_text(a, r.line));
    }
}

TEST_CASE("three short sentences under the last paragraph close the article", "[region][region33]") {
    const Row rows[] = {
        {"fr",
         "Un train sur deux est supprimé.\nLes syndicats demandent une hausse des salaires.\n"
         "Les négociations reprendront lundi.\n",
         "Les négociations reprendront lundi."},
        {"de",
         "Der Zug fällt an diesem Tag aus.\nDie Gewerkschaft fordert mehr Lohn für alle.\n"
         "Die Gespräche gehen am Montag weiter.\n",
         "Die Gespräche gehen am Montag weiter."},
        {"en",
         "One train in two is cancelled.\nThe union wants higher pay for its members.\n"
         "The talks will resume on Monday.\n",
         "The talks will resume on Monday."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const Article a = parse(report_with_tail(r.lang, r.tail));
        CHECK(test::in_text(a, r.line));
    }
}
