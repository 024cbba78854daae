// A live page's closing note that the coverage has ended ("Merci d'avoir suivi ce direct. Retrouvez …", "This live
// blog has now ended.", "Vielen Dank, dass Sie unseren Liveticker verfolgt haben.", "Grazie per averci seguito",
// "Gracias por seguir nuestra cobertura") is the page's, not the article's: boilerplate (lexicon sections
// live_closing_notes, read by notices.cpp progress_notice()). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "region_pages.hpp"
#include "region_parts.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a live page's closing note, in any language", "[region][notices][live]") {
    for (const char* line :
         {"Merci d'avoir suivi ce direct. Retrouvez toute l'actualité de la tempête sur notre site.",
          "Merci d\u2019avoir suivi ce direct.", "Ce direct est désormais terminé.",
          "Thanks for following our live coverage. You can read more about the storm on our website.",
          "This live blog has now ended.",
          "Vielen Dank, dass Sie unseren Liveticker verfolgt haben. Weitere Nachrichten finden Sie auf unserer Seite.",
          "Grazie per averci seguito. La diretta si chiude qui.", "Gracias por seguir nuestra cobertura."}) {
        INFO(line);
        CHECK(progress_notice(test::block_of(line)));
    }
    // The words inside an article's sentence, not opening its line (a sentence of the article first keeps the line in
    // the text), or in a long line.
    for (const char* line :
         {"La tempête s'éloigne vers l'est. Ce direct est désormais terminé.",
          "Le préfet a remercié les habitants, ajoutant que ce direct est terminé pour les secours depuis mardi soir.",
          "The mayor said the live coverage of the council had ended after the vote on the harbour plan.",
          "Grazie per averci seguito fin qui, ha detto il sindaco ai cittadini riuniti in piazza martedì sera davanti "
          "al municipio, dove la banda ha suonato per tutta la sera e i bambini hanno giocato fino a tardi con i "
          "loro genitori."}) {
        INFO(line);
        CHECK_FALSE(progress_notice(test::block_of(line)));
    }
}

TEST_CASE("a live page's closing note leaves the body", "[region][live]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* kept;
        std::vector<const char*> gone;
    };
    const Row rows[] = {
        {"fr",
         "La Gazette du port\nActualités\nEN DIRECT - Tempête sur le littoral : les vents faiblissent\n"
         "Les rafales ont atteint 140 km/h sur le littoral dans la nuit de vendredi à samedi, selon les "
         "prévisionnistes.\n"
         "Plus de 20 000 foyers restent privés d'électricité ce samedi matin, selon le gestionnaire du réseau.\n"
         "Les pompiers sont intervenus à plus de 300 reprises pendant la nuit, sans faire de blessé grave.\n"
         "Merci d'avoir suivi ce direct. Retrouvez toute l'actualité de la tempête sur notre site.\n"
         "Lire aussi\nNewsletter\n",
         "Les pompiers sont intervenus",
         {"Merci d'avoir suivi ce direct. Retrouvez toute l'actualité de la tempête sur notre site."}},
        {"en",
         "Harbour Weekly\nLocal\nLIVE: Storm batters the coast as winds ease overnight\n"
         "Gusts reached 90 mph along the shore during the night, forecasters said on Saturday morning.\n"
         "More than 20,000 homes are still without power this morning, the utility said in a statement.\n"
         "Firefighters were called out more than 300 times overnight, but nobody was seriously hurt.\n"
         "This live blog has now ended.\n"
         "Related\nSign up for our newsletter\n",
         "Firefighters were called out",
         {"This live blog has now ended."}},
        {"de",
         "Hafenblatt\nNachrichten\nLiveticker: Sturm an der Küste lässt in der Nacht nach\n"
         "Die Böen erreichten in der Nacht bis zu 140 Kilometer pro Stunde an der Küste, sagten die Meteorologen.\n"
         "Mehr als 20.000 Haushalte sind am Samstagmorgen noch ohne Strom, teilte der Netzbetreiber mit.\n"
         "Die Feuerwehr rückte in der Nacht mehr als 300 Mal aus, verletzt wurde niemand.\n"
         "Vielen Dank, dass Sie unseren Liveticker verfolgt haben.\n"
         "Mehr zum Thema\nNewsletter bestellen\n",
         "Die Feuerwehr rückte",
         {"Vielen Dank, dass Sie unseren Liveticker verfolgt haben."}},
        {"it",
         "Gazzetta del Porto\nCronaca\nDIRETTA Maltempo sulla costa, il vento cala nella notte\n"
         "Le raffiche hanno raggiunto i 140 chilometri orari sulla costa durante la notte, secondo i meteorologi.\n"
         "Oltre 20 mila famiglie sono ancora senza corrente sabato mattina, secondo il gestore della rete.\n"
         "I vigili del fuoco sono intervenuti più di 300 volte nella notte, senza feriti gravi.\n"
         "Grazie per averci seguito. La diretta si chiude qui.\n"
         "Leggi anche\nNewsletter\n",
         "I vigili del fuoco",
         {"Grazie per averci seguito. La diretta si chiude qui."}},
        {"es",
         "Gaceta del Puerto\nLocal\nDIRECTO Temporal en la costa: el viento amaina durante la noche\n"
         "Las rachas alcanzaron los 140 kilómetros por hora en la costa durante la noche, según los meteorólogos.\n"
         "Más de 20.000 hogares siguen sin luz el sábado por la mañana, según la distribuidora eléctrica.\n"
         "Los bomberos intervinieron más de 300 veces durante la noche, sin heridos graves.\n"
         "Gracias por seguir nuestra cobertura. Puede leer más noticias en nuestra web.\n"
         "Lee también\nBoletín\n",
         "Los bomberos intervinieron",
         {"Gracias por seguir nuestra cobertura. Puede leer más noticias en nuestra web."}},
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
