// A subscription or login box's buttons on one line between the text and a heading ("Bestellen Sie jetzt Anmelden",
// "Order now Sign in", "Abonnez-vous Se connecter") head no empty section: they stay with the boilerplate
// (box_buttons() of sections_build.cpp); "Commander" over the prose of a how-to still heads it. Every line is invented.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <algorithm>

using archive::test::PageRow;

TEST_CASE("a box's buttons over a heading head no empty section", "[classify][sections][box_buttons]") {
    for (const PageRow& r : {
             PageRow{"de", R"(Neue Fähre für den Wendelsee
Die Gemeinde Kellerbach hat am Montag eine neue Fähre in Betrieb genommen. Das Schiff bietet Platz für achtzig Fahrgäste und zwölf Fahrräder.
Die alte Fähre war mehr als vierzig Jahre im Einsatz und musste nach einem Motorschaden im Winter stillgelegt werden. Seitdem fuhren Busse um den See.
Der Fährmann freut sich über das neue Schiff. Es sei leiser und sparsamer als das alte und habe eine beheizte Kabine für den Winter, sagte er.
Bestellen Sie jetzt Anmelden
Leserbriefe an die Redaktion
Mit dem Absenden eines Leserbriefs erklären Sie sich damit einverstanden, dass die Redaktion ihn gekürzt und mit Ihrem Namen in der Zeitung veröffentlicht.
)",
                     "Bestellen Sie jetzt Anmelden"},
             PageRow{"en", R"(A new ferry for Lake Wendel
The town of Kellbridge put a new ferry into service on Monday. The boat has room for eighty passengers and twelve bicycles on its deck.
The old ferry ran for more than forty years and had to be taken out of service after its engine failed in the winter. Since then buses drove round the lake.
The ferryman is pleased with the new boat. It is quieter and uses less fuel than the old one, and it has a heated cabin for the winter, he said.
Order now Sign in
Letters to the editor
By sending a letter you agree that the editors may shorten it and print it with your name in the paper and on the website of the paper.
)",
                     "Order now Sign in"},
             PageRow{"fr", R"(Un nouveau bac pour le lac de Vendre
La commune de Valmont a mis en service lundi un nouveau bac. Le bateau peut accueillir quatre-vingts passagers et douze vélos sur son pont.
L'ancien bac a navigué plus de quarante ans avant d'être retiré du service après une panne de moteur cet hiver. Depuis, des bus faisaient le tour du lac.
Le passeur est content du nouveau bateau. Il est plus silencieux et consomme moins que l'ancien, et il a une cabine chauffée pour l'hiver, a-t-il dit.
Abonnez-vous Se connecter
Courrier des lecteurs
En envoyant une lettre, vous acceptez que la rédaction la raccourcisse et la publie avec votre nom dans le journal et sur son site internet.
)",
                     "Abonnez-vous Se connecter"},
         }) {
        INFO(r.page);
        const archive::Article a = archive::classify(archive::segment(r.page), r.lang);
        for (const auto& s : a.sections) {
            CHECK(s.heading.value_or("") != r.line);
            CHECK_FALSE((s.heading && s.paragraphs.empty()));
        }
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.line) != a.boilerplate.end());
    }
}

TEST_CASE("a button's word over the prose of a how-to heads it", "[classify][sections][box_buttons]") {
    const char* page = R"(Installer l'application du bac
La compagnie du bac propose une nouvelle application pour les billets et les horaires. Ce petit guide explique comment l'installer sur votre téléphone.
Installez l'application depuis la boutique de votre téléphone et ouvrez-la. Elle demande la permission de vous prévenir des retards, que vous pouvez accepter ou refuser.
Commander
Pour commander un billet, choisissez la traversée et l'heure, puis payez avec votre carte. Le billet s'affiche aussitôt sur le premier écran.
Montrez le code au passeur en montant à bord, comme vous montreriez un billet en papier. Il reste valable toute la journée.
)";
    const archive::Article a = archive::classify(archive::segment(page), "fr");
    CHECK(std::any_of(a.sections.begin(), a.sections.end(), [](const archive::Section& s) {
        return s.heading.value_or("") == "Commander" && !s.paragraphs.empty();
    }));
}
