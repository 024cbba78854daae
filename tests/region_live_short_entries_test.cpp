// A live text of short entries, each under its time stamp alone on its line, stays whole in the article: an entry
// between two stamps is no card of a list of other articles (probe6 kind 1b: the last three entries of an election
// evening were weighed against the region and left it). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("the short entries of a live text under their time stamps stay in the text", "[region][live][probe6]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last; // the first entry of the evening, printed last
    };
    const Row rows[] = {
        {"fr",
         "La Gazette du Rhône\nValais\nSuisse\nEN DIRECT\n"
         "Élection au Conseil d'Etat: suivez la soirée électorale\n"
         "Le Valais élit ce dimanche le successeur du ministre des Finances au gouvernement. Trois candidats sont en "
         "lice pour un siège. Résultats et réactions en direct.\n"
         "Actualisé le 6 décembre 2026 à 19h02\n"
         "19h02\n"
         "La participation définitive s'établit à 48,7%, un chiffre élevé pour une élection complémentaire.\n"
         "18h41\n"
         "La gagnante remercie ses électeurs sous les applaudissements de ses partisans, réunis dans une salle comble "
         "au centre de Sion.\n"
         "17h55\n"
         "Le Haut-Valais a nettement voté pour son candidat, mais l'avance de la favorite dans le Valais central "
         "reste confortable.\n"
         "17h12\n"
         "Premiers résultats: sur 40 communes dépouillées, la favorite recueille 54% des voix.\n"
         "16h00\n"
         "Bonsoir et bienvenue dans ce direct. Les bureaux de vote viennent de fermer.\n"
         "Votre avis nous intéresse\n",
         "Bonsoir et bienvenue dans ce direct. Les bureaux de vote viennent de fermer."},
        {"de",
         "Thurgauer Landbote\nRegion\nSchweiz\nLIVE\n"
         "Ersatzwahl in den Regierungsrat: der Wahlsonntag im Ticker\n"
         "Der Thurgau wählt heute die Nachfolge des zurückgetretenen Finanzdirektors. Drei Kandidierende bewerben "
         "sich um den Sitz. Resultate und Reaktionen im Ticker.\n"
         "Aktualisiert am 6. Dezember 2026 um 19:02 Uhr\n"
         "19:02 Uhr\n"
         "Die Stimmbeteiligung liegt bei 48,7 Prozent, ein hoher Wert für eine Ersatzwahl, wie die Kanzlei meldet.\n"
         "18:41 Uhr\n"
         "Die Gewählte dankt ihren Wählerinnen und Wählern im vollen Saal des Rathauses in Frauenfeld unter grossem "
         "Applaus.\n"
         "17:55 Uhr\n"
         "Der Oberthurgau hat deutlich für den Kandidaten der Mitte gestimmt, doch der Vorsprung der Favoritin "
         "bleibt komfortabel.\n"
         "17:12 Uhr\n"
         "Erste Resultate: Nach 40 ausgezählten Gemeinden liegt die Favoritin bei 54 Prozent der Stimmen.\n"
         "16:00 Uhr\n"
         "Guten Abend und willkommen zu diesem Ticker. Die Wahllokale haben soeben geschlossen.\n"
         "Ihre Meinung interessiert uns\n",
         "Guten Abend und willkommen zu diesem Ticker. Die Wahllokale haben soeben geschlossen."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.last));
    }
}
