// A video player's length alone on its line ("02:34") over a short line, a sentence or one closed by its credit: that
// line is the video's caption, no heading nor paragraph of the text (probe7 kind 4). The base read the first caption
// of such a page as a section's heading and the second as a paragraph. A live page's time stamps over its entries
// are no video's. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* head; // headline, standfirst and byline lines, blank lines between
    const char* first;  // the first paragraph
    const char* length; // the video's length
    const char* caption_line;
    const char* caption; // the caption as recorded
    const char* credit;  // "" for none
    const char* rest;    // the paragraphs under the video
};

std::string page_of(const Row& r) {
    return std::string("Accueil\n\nRégion\n\n") + r.head + "\n\n" + r.first + "\n\n" + r.length + "\n" +
           r.caption_line + "\n\n" + r.rest + "\n\nPartager\n";
}

} // namespace

TEST_CASE("the line under a video's length is the video's caption", "[media][caption][probe7]") {
    const Row rows[] = {
        {"fr",
         "La passerelle des Tanneurs fermée trois mois pour des travaux\n\nLes piétons devront emprunter un détour "
         "par le pont du Moulin dès le 11 janvier.\n\nPar Sylvie Monney\n\nPublié le 3 décembre 2026 à 10h15",
         "La passerelle fermera le 11 janvier pour une durée de trois mois. Les infiltrations d'eau constatées "
         "l'hiver dernier ont fragilisé le revêtement du tablier, a annoncé mardi la commune.",
         "02:34", "Vidéo: la passerelle vue du ciel avant les travaux. (Drone/Marc Overney)",
         "Vidéo: la passerelle vue du ciel avant les travaux.", "(Drone/Marc Overney)",
         "Un itinéraire de détour a été balisé pour les quelque 3000 passages quotidiens, et la cadence du "
         "funiculaire sera renforcée aux heures de pointe.\n\nLa commune assure que les travaux ne prendront pas de "
         "retard, et une séance d'information publique aura lieu le 7 janvier."},
        {"fr",
         "La passerelle des Tanneurs fermée trois mois pour des travaux\n\nLes piétons devront emprunter un détour "
         "par le pont du Moulin dès le 11 janvier.\n\nPar Sylvie Monney\n\nPublié le 3 décembre 2026 à 10h15",
         "La passerelle fermera le 11 janvier pour une durée de trois mois. Les infiltrations d'eau constatées "
         "l'hiver dernier ont fragilisé le revêtement du tablier, a annoncé mardi la commune.",
         "01:12", "Le conseiller communal présente le calendrier du chantier.",
         "Le conseiller communal présente le calendrier du chantier.", "",
         "Un itinéraire de détour a été balisé pour les quelque 3000 passages quotidiens, et la cadence du "
         "funiculaire sera renforcée aux heures de pointe.\n\nLa commune assure que les travaux ne prendront pas de "
         "retard, et une séance d'information publique aura lieu le 7 janvier."},
        {"de",
         "Die Reussfähre bei Unterwil fährt nach vierzig Jahren wieder\n\nDer Verein hat 380'000 Franken "
         "gesammelt.\n\nVon Nadine Bärtschi\n\n03.12.2026, 16.40 Uhr",
         "Als die alte Fähre 1986 ihren Dienst einstellte, glaubte kaum jemand an eine Rückkehr. Die Brücke zwei "
         "Kilometer flussabwärts hatte sie überflüssig gemacht, der Fährmann ging in Pension.",
         "1:45", "Die neue Fähre bei ihrer ersten Probefahrt am Dienstag. (Video: Severin Hug)",
         "Die neue Fähre bei ihrer ersten Probefahrt am Dienstag.", "(Video: Severin Hug)",
         "Vierzig Jahre später steht am Ufer bei Unterwil wieder ein Fährhäuschen, und zwölf Freiwillige absolvieren "
         "derzeit eine Ausbildung als Fährleute.\n\nEine Überfahrt soll zwei Franken kosten, Kinder fahren gratis, "
         "und der reguläre Betrieb beginnt im April."},
        {"en",
         "Gales close the harbour bridge for a second day\n\nFerries to the islands are cancelled until "
         "Friday.\n\nBy Jane Roe\n\nDecember 3, 2026",
         "Gales forced the closure of the harbour bridge for a second day on Wednesday, and the coastguard warned "
         "people to keep away from the sea front until the storm passes.",
         "0:58", "Waves break over the harbour wall on Wednesday morning. Photo: Harbour Council",
         "Waves break over the harbour wall on Wednesday morning.", "Photo: Harbour Council",
         "The bridge carries about four thousand people a day, most of them on foot or by bicycle, between the old "
         "town and the station.\n\nEngineers will inspect the deck on Thursday before any decision to reopen it is "
         "taken by the council."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.caption_line);
        const Article a = parse(page_of(r));
        const auto m = std::find_if(a.media.begin(), a.media.end(),
                                    [&](const Media& x) { return x.caption && *x.caption == r.caption; });
        REQUIRE(m != a.media.end());
        if (*r.credit == '\0')
            CHECK_FALSE(m->credit);
        else
            CHECK(m->credit == std::optional<std::string>(r.credit));
        CHECK_FALSE(test::in_text(a, r.caption_line));
        CHECK(test::in_text(a, r.first));
    }
}

TEST_CASE("a live page's time stamps over its entries are no video's lengths", "[media][caption][probe7]") {
    // Three stamps alone on their lines, each over a short entry: the entries stay the text.
    const std::string entries[] = {"Le dépouillement est terminé dans toutes les communes du district.",
                                   "La participation atteint 48 % selon les premiers chiffres.",
                                   "Les bureaux de vote ont fermé à midi."};
    const std::string page = "Accueil\n\nÉlection au Conseil d'État: suivez la soirée en direct\n\nPar Jeanne "
                             "Morel\n\nPublié le 3 décembre 2026 à 12h05\n\nLe canton élit dimanche un successeur au "
                             "conseiller d'État démissionnaire, et trois candidats sont en lice pour le siège.\n\n"
                             "19:02\n" +
                             entries[0] + "\n\n18:41\n" + entries[1] + "\n\n17:55\n" + entries[2] +
                             "\n\nLes résultats définitifs seront publiés par la chancellerie dans la soirée, après "
                             "la vérification des procès-verbaux de toutes les communes.\n\nPartager\n";
    const Article a = parse(page);
    for (const std::string& e : entries) {
        INFO(e);
        CHECK(std::none_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == e; }));
    }
}
