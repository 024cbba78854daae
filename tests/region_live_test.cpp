// A live blog's entries under their time stamps alone on their lines, each closed by share buttons: an entry of one
// short sentence is text of the body, and the entries are one region under the page's title. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct LiveRow {
    const char* lang;
    const char* page;
    const char* headline;
    const char* short_entry; // the entry of one short sentence
};

} // namespace

TEST_CASE("a live blog's entry of one short sentence stays in the body", "[region][live]") {
    const LiveRow rows[] = {
        {"de", R"(Zum Inhalt springen
Kurier am Fluss
Abo
Region
Politik

LIVE
Hochwasser an der Tamm: Altstadt von Nordheim wird geräumt

14:20 Uhr
Die Feuerwehr meldet einen neuen Höchststand.
Teilen
Twitter

13:55 Uhr
Pegel steigt weiter: Stadt sperrt zwei Brücken
Die Stadt hat am Mittag die Alte Brücke und die Eisenbahnbrücke für den Verkehr gesperrt. Fußgänger dürfen die Brücken vorerst noch benutzen, teilte ein Sprecher mit.
Teilen
Twitter

12:40 Uhr
Schulen bleiben morgen geschlossen.
Teilen
Twitter

11:15 Uhr
Notunterkunft in der Stadthalle eröffnet
In der Stadthalle stehen seit dem Vormittag zweihundert Feldbetten bereit. Das Rote Kreuz versorgt dort die ersten Familien aus der Altstadt mit Essen und Decken.
Teilen
Twitter

Impressum
Datenschutz
)",
         "Hochwasser an der Tamm: Altstadt von Nordheim wird geräumt", "Schulen bleiben morgen geschlossen."},
        {"fr", R"(Aller au contenu
Le Courrier du Lac
Se connecter

EN DIRECT
Tempête sur le lac : les bateaux restent à quai

16h45
Le vent souffle à cent kilomètres par heure.
Partager
Facebook

16h10
La compagnie annule toutes les traversées de l'après-midi
Aucun bateau ne quittera le port avant demain matin, a indiqué la compagnie de navigation, qui promet de rembourser tous les billets achetés pour la journée.
Partager
Facebook

15h30
Les écoles ferment à midi.
Partager
Facebook

14h50
Les pompiers sortent une barque de pêche en difficulté
Deux pêcheurs surpris par les vagues ont été ramenés sains et saufs au port par les pompiers, qui leur ont porté secours en moins d'une demi-heure.
Partager
Facebook

Mentions légales
)",
         "Tempête sur le lac : les bateaux restent à quai", "Les écoles ferment à midi."},
        {"es", R"(Ir al contenido
Heraldo del Valle
Suscríbete

EN DIRECTO
Nevada en la sierra: cortadas tres carreteras de montaña

18:40
La nieve ya supera el medio metro.
Compartir
Copiar enlace

18:05
Tráfico pide no viajar sin cadenas
La Dirección de Tráfico ha pedido a los conductores que no suban a la sierra sin cadenas y que consulten el estado de las carreteras antes de salir de casa.
Compartir
Copiar enlace

17:20
Cierran dos colegios rurales.
Compartir
Copiar enlace

16:45
Los quitanieves trabajan toda la tarde
Una docena de máquinas quitanieves limpian desde el mediodía los puertos de montaña, donde la nieve se acumula más deprisa de lo previsto por los meteorólogos.
Compartir
Copiar enlace

Aviso legal
)",
         "Nevada en la sierra: cortadas tres carreteras de montaña", "Cierran dos colegios rurales."},
    };
    for (const LiveRow& r : rows) {
        const Article a = classify(segment(r.page), r.lang);
        INFO(r.page);
        CHECK(a.headline == std::optional<std::string>(r.headline));
        const std::vector<std::string> body = test::paragraphs_of(a);
        CHECK(std::find(body.begin(), body.end(), std::string(r.short_entry)) != body.end());
        CHECK(body.size() == 4);
    }
}
