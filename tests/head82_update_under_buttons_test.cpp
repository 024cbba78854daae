// An update's time alone ("Aggiornato alle 16:05", "Mis à jour à 16h05", "Aktualisiert um 16:05 Uhr") under the
// share buttons under the head, the date line over the title: the update is on that line's day. Invented pages, it,
// fr, de.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {
const char* const it_page = R"(Il Faro
Italia
Mondo
Giovedì 3 dicembre 2026
Perché a Lisbona si torna a votare
Il governo di minoranza è caduto dopo otto mesi ed è la terza elezione in quattro anni
Condividi
Facebook
X
Email
Aggiornato alle 16:05
Il parlamento portoghese è stato sciolto mercoledì sera dal presidente della Repubblica, dopo che il governo aveva perso la fiducia.
Le nuove elezioni si terranno a marzo e i sondaggi non indicano una maggioranza chiara per nessuno dei due grandi partiti.
Il primo ministro uscente ha detto che si ricandiderà e ha accusato l'opposizione di aver voluto la crisi.
)";
const char* const fr_page = R"(Le Phare
France
Monde
Jeudi 3 décembre 2026
Pourquoi Lisbonne retourne aux urnes
Le gouvernement minoritaire est tombé après huit mois, et c'est la troisième élection en quatre ans
Partager
Facebook
X
E-mail
Mis à jour à 16h05
Le Parlement portugais a été dissous mercredi soir par le président de la République, après que le gouvernement a perdu la confiance.
Les nouvelles élections auront lieu en mars et les sondages n'indiquent de majorité claire pour aucun des deux grands partis.
Le Premier ministre sortant a dit qu'il se représentera et a accusé l'opposition d'avoir voulu la crise.
)";
const char* const de_page = R"(Der Leuchtturm
Inland
Ausland
Donnerstag, 3. Dezember 2026
Warum Lissabon wieder wählen muss
Die Minderheitsregierung ist nach acht Monaten gestürzt, es ist die dritte Wahl in vier Jahren
Teilen
Facebook
X
E-Mail
Aktualisiert um 16:05 Uhr
Das portugiesische Parlament wurde am Mittwochabend vom Präsidenten aufgelöst, nachdem die Regierung das Vertrauen verloren hatte.
Die Neuwahlen finden im März statt, und die Umfragen zeigen für keine der beiden großen Parteien eine klare Mehrheit.
Der scheidende Ministerpräsident sagte, er werde wieder antreten, und warf der Opposition vor, die Krise gewollt zu haben.
)";

} // namespace

TEST_CASE("an update's time alone under the head's share buttons is on the day of the date over the head",
          "[dates][head82]") {
    for (const char* page : {it_page, fr_page, de_page}) {
        const archive::Article a = archive::parse(page, "x");
        INFO(a.headline.value_or(""));
        CHECK(a.published.value_or("") == "2026-12-03");
        CHECK(a.updated.value_or("") == "2026-12-03T16:05");
    }
}

TEST_CASE("an update's time alone under a paragraph of the text is left unresolved", "[dates][head82]") {
    // No share button between the time and the lines over it: the date over the head gives it no day.
    std::string page = it_page;
    const std::string buttons = "Condividi\nFacebook\nX\nEmail\n";
    page.erase(page.find(buttons), buttons.size());
    const archive::Article a = archive::parse(page, "x");
    CHECK_FALSE(a.updated.has_value());
}
