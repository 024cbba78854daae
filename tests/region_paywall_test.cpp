// The paywall's cut under the article's last free paragraph ("La suite est réservée aux abonnés.") and the prompts
// under it leave the article. Invented lines, one row per language.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

using namespace archive;

namespace {
// Each page gives three paragraphs, none of them opening with the row's line, which the boilerplate keeps.
template <std::size_t N>
void check_line_left_out(const test::PageRow (&rows)[N]) {
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        REQUIRE(paragraphs.size() == 3);
        CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                           [&](const std::string& p) { return p.starts_with(r.line); }));
        CHECK(std::any_of(a.boilerplate.begin(), a.boilerplate.end(),
                          [&](const std::string& p) { return p.starts_with(r.line); }));
    }
}
} // namespace

TEST_CASE("a line saying the rest of the article is for subscribers is a closing notice", "[region][promo][paywall]") {
    struct Row {
        const char* line;
        bool notice;
    };
    const Row rows[] = {
        {"Il vous reste 72 % de cet article à lire. La suite est réservée aux abonnés.", true},
        {"Cet article est réservé aux abonnés.", true},
        {"You have 70% of this article left to read. The rest is for subscribers only.", true},
        {"This story is reserved for subscribers.", true},
        {"Dieser Artikel ist nur für Abonnenten verfügbar.", true},
        {"Der vollständige Beitrag ist exklusiv für Abonnenten.", true},
        {"Este contenido está reservado para suscriptores.", true},
        {"Questo articolo è riservato agli abbonati.", true},
        // A sentence of the article about subscribers, with other words around them.
        {"Les abonnés du réseau de chaleur recevront une facture plus basse dès janvier, a promis le maire.",
         false},
        {"The swimming pool's subscribers will pay ten pounds more next year, the council said after a long debate.",
         false},
        {"Die Abonnenten des Theaters bekommen im Herbst neue Karten, sagte die Intendantin am Montag im Rathaus.",
         false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(closing_notice(r.line) == r.notice);
    }
}

TEST_CASE("the paywall's cut and the log-in prompt under it end the article's text", "[region][promo][paywall]") {
    const test::PageRow rows[] = {
        {"fr", R"(Le port de pêche rouvre après six mois de travaux

Le port de pêche de la ville a rouvert lundi après six mois de travaux sur ses quais et sur la criée.

Les pêcheurs ont retrouvé leurs places habituelles et la vente aux enchères du poisson a repris dès l'aube.

Selon le maire, les travaux ont coûté quatre millions d'euros, dont la moitié a été payée par la région.

Il vous reste 58 % de cet article à lire. La suite est réservée aux abonnés.

Déjà abonné ? Se connecter

Je m'abonne
)",
         "Il vous reste"},
        {"en", R"(Fishing harbour reopens after six months of work

The town's fishing harbour reopened on Monday after six months of work on its quays and its fish market.

The fishermen are back at their usual berths and the auction of the catch started again at dawn on Monday.

The mayor said the work had cost four million pounds, half of which was paid for by the county council.

You have 61% of this article left to read. The rest is for subscribers only.

Already a subscriber? Log in

Subscribe
)",
         "You have 61%"},
        {"de", R"(Der Fischereihafen öffnet nach sechs Monaten Bauzeit wieder

Der Fischereihafen der Stadt wurde am Montag nach sechs Monaten Arbeit an den Kais und der Fischhalle wieder eröffnet.

Die Fischer liegen wieder an ihren gewohnten Plätzen, und die Versteigerung des Fangs begann im Morgengrauen.

Laut dem Bürgermeister kosteten die Arbeiten vier Millionen Euro, die Hälfte davon zahlte das Land.

Der vollständige Artikel ist nur für Abonnenten verfügbar.

Schon Abonnent? Jetzt anmelden

Abo abschließen
)",
         "Der vollständige Artikel"},
    };
    check_line_left_out(rows);
}

TEST_CASE("a subscribers' badge over the article's text cuts nothing", "[region][promo][paywall][badge]") {
    // The badge (a few words, no sentence) between the byline and the body marks the article as one for
    // subscribers; the text under it is the article's, and the badge goes with the page's boilerplate.
    const test::PageRow rows[] = {
        {"fr", R"(Le marché couvert fermera tout l'été pour des travaux
Les commerçants déménagent sur la place de l'église jusqu'à la rentrée, le temps de refaire la toiture.

Par Jeanne Morlaix

Réservé aux abonnés

Le marché couvert de la ville fermera ses portes du premier juin à la fin du mois d'août pour des travaux de toiture.

Les commerçants s'installeront pendant ce temps sur la place de l'église, sous des tentes prêtées par la mairie.

Selon l'adjoint chargé du commerce, le chantier coûtera près de deux millions d'euros à la commune.
)",
         "Réservé aux abonnés"},
        {"en", R"(The covered market will close all summer for repairs
The traders move to the church square until September while the old roof is replaced.

By Jane Morley

Subscriber exclusive

The town's covered market will close its doors from the first of June to the end of August while its roof is repaired.

The traders will set up their stalls on the church square in the meantime, under tents lent by the council.

The councillor in charge of trade said the work would cost the town close to two million pounds in all.
)",
         "Subscriber exclusive"},
        {"de", R"(Die Markthalle schließt den ganzen Sommer für Bauarbeiten
Die Händler ziehen bis September auf den Kirchplatz, solange das alte Dach erneuert wird.

Von Johanna Morlach

Abonnenten exklusiv

Die Markthalle der Stadt schließt vom ersten Juni bis Ende August ihre Türen, weil ihr Dach erneuert wird.

Die Händler stellen ihre Stände in dieser Zeit auf dem Kirchplatz auf, unter Zelten der Stadtverwaltung.

Laut dem zuständigen Stadtrat kosten die Arbeiten die Gemeinde fast zwei Millionen Euro.
)",
         "Abonnenten exklusiv"},
        {"es", R"(El mercado cubierto cerrará todo el verano por obras
Los comerciantes se mudan a la plaza de la iglesia hasta septiembre mientras se cambia el techo.

Por Juana Morales

Solo para suscriptores

El mercado cubierto de la ciudad cerrará sus puertas desde el primero de junio hasta finales de agosto por obras en el techo.

Los comerciantes montarán mientras tanto sus puestos en la plaza de la iglesia, bajo carpas prestadas por el ayuntamiento.

Según el concejal de comercio, las obras costarán al municipio cerca de dos millones de euros.
)",
         "Solo para suscriptores"},
    };
    check_line_left_out(rows);
}
