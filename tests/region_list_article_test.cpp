// A list article's items (a short paragraph under each numbered heading) and an article's first short paragraph under
// its date line are the article's text, no list of cards of other articles: main_region() weighed them against the
// region, which then opened further down (probe6 kind 1a). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* first;  // the text's first paragraph
    const char* item;   // the first numbered heading, or another heading
};

} // namespace

TEST_CASE("a list article's numbered items of short paragraphs stay in the text", "[region][probe6]") {
    const Row rows[] = {
        {"de",
         "Seetaler Bote\n\nAusflugstipps\n\nFünf Aussichtspunkte im Seetal für den Winter\n\nCorinne Zurflüh\n\n"
         "03.12.2026, 06.00 Uhr\n\n"
         "Wenn sich der Hochnebel wochenlang über den See legt, hilft nur eines: nach oben. Die folgenden Ziele "
         "liegen alle auf über 700 Metern und sind mit Bus und Bahn erreichbar, auch an Sonntagen im Winter.\n\n"
         "1. Der Aussichtsturm auf dem Horben\n\n"
         "Der Holzturm bietet bei klarem Wetter einen Blick bis zum Säntis. Ab der Haltestelle sind es zwanzig "
         "Minuten.\n\n"
         "2. Die Linde von Schongau\n\n"
         "Die alte Dorflinde steht auf einer Kuppe über dem Dorf. Eine Sitzbank lädt zum Verweilen ein.\n\n"
         "3. Das Plateau beim Stierenberg\n\n"
         "Hier oben liegt oft Sonne, wenn unten alles grau ist. Das Gasthaus hat auch im Winter offen.\n\n"
         "4. Der Homberg bei Reinach\n\n"
         "Der Hausberg der Reinacher ist ein Klassiker. Der Weg führt durch Buchenwald und ist gut markiert.\n\n"
         "Mehr zum Thema\n\nWinterwandern: Die zehn schönsten Routen\n",
         "Die alte Dorflinde steht auf einer Kuppe über dem Dorf. Eine Sitzbank lädt zum Verweilen ein.",
         "1. Der Aussichtsturm auf dem Horben"},
        {"fr",
         "Le Courrier du Jura\n\nLoisirs\n\nCinq belvédères du Jura à découvrir cet hiver\n\nPar Lucie Monnerat\n\n"
         "03.12.2026, 06h00\n\n"
         "Quand le stratus recouvre le plateau pendant des semaines, il n'y a qu'une solution: monter. Les buts "
         "suivants se trouvent tous au-dessus de 900 mètres et sont desservis par les transports publics.\n\n"
         "1. La tour du Mont-Sujet\n\n"
         "La tour de bois offre par beau temps une vue jusqu'aux Alpes. Il faut compter vingt minutes depuis l'arrêt.\n\n"
         "2. Le tilleul de Lajoux\n\n"
         "Le vieux tilleul se dresse sur une butte au-dessus du village. Un banc invite à la pause.\n\n"
         "3. Le plateau des Genevez\n\n"
         "Le soleil brille souvent ici quand tout est gris en bas. L'auberge reste ouverte en hiver.\n\n"
         "4. La chapelle du Vorbourg\n\n"
         "Un lieu calme avec une vue dégagée sur la vallée. Le chemin peut être verglacé en janvier.\n\n"
         "À lire aussi\n\nRandonnées d'hiver: nos dix itinéraires préférés\n",
         "Le vieux tilleul se dresse sur une butte au-dessus du village. Un banc invite à la pause.",
         "1. La tour du Mont-Sujet"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.item));
        CHECK(test::in_text(a, r.first));
    }
}

// (Two short sections under it: with a third, heading and text three times over, they weigh as cards still.)
TEST_CASE("an article's first short paragraph under its date line is no card's text", "[region][probe6]") {
    const Row rows[] = {
        {"en",
         "The Harbour Post\n\nTravel\n\nWhere to watch the winter sunrise on the coast\n\nBy Jane Roe\n\n"
         "December 3, 2026\n\n"
         "When the fog settles over the bay for weeks, there is only one thing to do: climb. Here are our picks.\n\n"
         "The lighthouse hill\n\n"
         "The old lighthouse stands on a knoll above the town. A bench invites you to stay a while.\n\n"
         "The north pier\n\n"
         "The pier faces east and catches the first light. Bring a flask, the wind is cold in the morning.\n\n"
         "The ridge above Kestle\n\n"
         "Our favourite of all, the ridge above the village of Kestle looks over three bays at once, and on a clear "
         "morning you can see the islands twenty miles away while the town is still asleep.\n\n"
         "More stories\n\nTen winter walks along the coast\n",
         "When the fog settles over the bay for weeks, there is only one thing to do: climb. Here are our picks.",
         "The lighthouse hill"},
        {"it",
         "Il Corriere del Ceresio\n\nTempo libero\n\nDove vedere l'alba d'inverno sul lago\n\ndi Lara Bernasconi\n\n"
         "3 dicembre 2026, 06:00\n\n"
         "Quando la nebbia copre il lago per settimane, non resta che salire. Ecco i nostri posti preferiti.\n\n"
         "La collina del faro\n\n"
         "Il vecchio faro si trova su una collina sopra il paese. Una panchina invita a fermarsi.\n\n"
         "Il molo nord\n\n"
         "Il molo guarda a est e prende la prima luce. Portate un thermos, il vento è freddo al mattino.\n\n"
         "Il crinale sopra Brè\n\n"
         "Il nostro preferito: il crinale sopra il villaggio di Brè guarda su tre golfi insieme, e in una mattina "
         "limpida si vedono le montagne lontane mentre la città dorme ancora.\n\n"
         "Leggi anche\n\nDieci passeggiate d'inverno in riva al lago\n",
         "Quando la nebbia copre il lago per settimane, non resta che salire. Ecco i nostri posti preferiti.",
         "La collina del faro"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.first));
        CHECK(test::in_text(a, r.item));
    }
}
