// The page's notice that the story is in progress or that more will follow ("This is a developing story. Check back
// for updates.", "Mehr in Kürze.", "Article en cours d'actualisation.", "Notizia in aggiornamento", "Noticia en
// ampliación") is the page's, not the article's: boilerplate wherever it stands (lexicon sections progress_notices,
// read by notices.cpp progress_notice()). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "region_pages.hpp"
#include "region_parts.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a notice that the story is in progress, in any language", "[region][notices][region45]") {
    for (const char* line : {"This is a developing story. Check back for updates.", "This story will be updated.",
                             "Check back later for updates.", "Mehr in Kürze.",
                             "Dieser Artikel wird laufend aktualisiert.", "Article en cours d'actualisation.",
                             "Article en cours d\u2019actualisation.", "Notizia in aggiornamento",
                             "Noticia en ampliación", "Update: this story will be updated as details emerge."}) {
        INFO(line);
        CHECK(progress_notice(test::block_of(line)));
    }
    // The words inside an article's sentence, not opening it, or in a long line.
    for (const char* line :
         {"The mayor said the story of the bridge is a developing story that will be updated for years.",
          "Die Stadt teilte mit, dass mehr in Kürze folgen werde.",
          "This is a developing story about the harbour, the mayor told reporters on Monday evening after the council "
          "had voted on the plan for the ferries and the new quay.",
          "Le maire a précisé que l'article en cours d'actualisation serait publié demain."}) {
        INFO(line);
        CHECK_FALSE(progress_notice(test::block_of(line)));
    }
}

TEST_CASE("a notice that the story is in progress leaves the body wherever it stands", "[region][region45]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* kept;
        std::vector<const char*> gone;
    };
    const Row rows[] = {
        {"en",
         "Harbour Weekly\nLocal\nFerry strike halts crossings to the islands\n"
         "The ferry crews walked out at dawn on Tuesday, leaving hundreds of travellers stranded at the quay.\n"
         "This story will be updated.\n"
         "The union said the strike would last until the company agreed to talks about the new rosters.\n"
         "The company said it regretted the strike and urged the crews to return to work at once.\n"
         "This is a developing story. Check back for updates.\n"
         "Related\nSign up for our newsletter\n",
         "The union said the strike would last",
         {"This story will be updated.", "This is a developing story. Check back for updates."}},
        {"de",
         "Hafenblatt\nNachrichten\nFährstreik legt Verkehr zu den Inseln lahm\n"
         "Die Besatzungen der Fähren haben am Dienstag früh die Arbeit niedergelegt, Hunderte Reisende warten am Kai.\n"
         "Dieser Artikel wird laufend aktualisiert.\n"
         "Die Gewerkschaft sagte, der Streik dauere an, bis die Reederei über die neuen Dienstpläne verhandle.\n"
         "Die Reederei bedauerte den Streik und rief die Besatzungen auf, sofort an die Arbeit zurückzukehren.\n"
         "Mehr in Kürze.\n"
         "Mehr zum Thema\nNewsletter bestellen\n",
         "Die Gewerkschaft sagte, der Streik",
         {"Dieser Artikel wird laufend aktualisiert.", "Mehr in Kürze."}},
        {"fr",
         "La Gazette du port\nActualités\nGrève des ferries vers les îles\n"
         "Les équipages des ferries ont cessé le travail mardi à l'aube, laissant des centaines de voyageurs à quai.\n"
         "Article en cours d'actualisation.\n"
         "Le syndicat a indiqué que la grève durerait jusqu'à l'ouverture de négociations sur les nouveaux horaires.\n"
         "La compagnie a regretté la grève et appelé les équipages à reprendre le travail sans attendre.\n"
         "Lire aussi\nNewsletter\n",
         "Le syndicat a indiqué que la grève",
         {"Article en cours d'actualisation."}},
        {"it",
         "Gazzetta del Porto\nCronaca\nSciopero dei traghetti verso le isole\n"
         "Gli equipaggi dei traghetti hanno incrociato le braccia martedì all'alba, lasciando centinaia di viaggiatori "
         "sul molo.\n"
         "Il sindacato ha detto che lo sciopero durerà finché la compagnia non aprirà una trattativa sui nuovi turni.\n"
         "Notizia in aggiornamento\n"
         "La compagnia si è detta dispiaciuta e ha invitato gli equipaggi a tornare subito al lavoro.\n"
         "Leggi anche\nNewsletter\n",
         "La compagnia si è detta dispiaciuta",
         {"Notizia in aggiornamento"}},
        {"es",
         "Gaceta del Puerto\nLocal\nHuelga de los ferris a las islas\n"
         "Las tripulaciones de los ferris dejaron de trabajar el martes al amanecer y cientos de viajeros esperan en el "
         "muelle.\n"
         "El sindicato dijo que la huelga seguirá hasta que la naviera negocie los nuevos turnos de trabajo.\n"
         "Noticia en ampliación\n"
         "La naviera lamentó la huelga y pidió a las tripulaciones que vuelvan al trabajo cuanto antes.\n"
         "Lee también\nBoletín\n",
         "La naviera lamentó la huelga",
         {"Noticia en ampliación"}},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::has_paragraph_starting(a, r.kept));
        for (const char* line : r.gone) {
            INFO(line);
            CHECK_FALSE(test::in_text(a, line));
            CHECK(test::in_boilerplate(a, line));
        }
    }
}
