// A head of three lines: a kicker of four to seven words, a short title, and its standfirst (a paragraph of prose
// signed by the byline or the date under it). The kicker shares the article's words better than the title, but the
// line right over the standfirst is the headline, and the line over it its kicker; a line of that length over a title
// with no standfirst under it, or naming a person, is no kicker. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"

#include <string>

namespace {

const char* const de_menu = R"(Stadtanzeiger
Zum Inhalt springen
Kiel
Region
Sport
Kultur
Login
)";
const char* const de_kicker = "Prozess am Landgericht Kiel";
const char* const de_title = "Brandstifter muss für sechs Jahre in Haft";
const char* const de_standfirst = "Ein 31-Jähriger hatte im Hafen drei Lagerhallen angezündet und dabei zwei "
                                  "Feuerwehrleute schwer verletzt. Das Landgericht sprach ihn der schweren "
                                  "Brandstiftung schuldig.";
const char* const de_sign = R"(Jonas Fehrmann
Publiziert: 24.11.2026, 15:10
)";
const char* const de_body =
    R"(Das Landgericht Kiel hat am Dienstag einen 31-jährigen Lagerarbeiter wegen schwerer Brandstiftung zu sechs Jahren Haft verurteilt. Der Mann hatte im März drei Lagerhallen im Hafen angezündet.
Zwei Feuerwehrleute wurden bei den Löscharbeiten schwer verletzt, einer von ihnen ist bis heute nicht dienstfähig.
Der Angeklagte hatte die Taten vor dem Landgericht gestanden. Er sei nach seiner Kündigung wütend gewesen, sagte er.
Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert, die Verteidigung vier Jahre.
Das Urteil des Landgerichts ist noch nicht rechtskräftig.
)";

std::string de_page(const std::string& kicker, bool standfirst = true) {
    return std::string(de_menu) + kicker + "\n" + de_title + "\n" +
           (standfirst ? std::string(de_standfirst) + "\n" : "") + de_sign + de_body;
}

} // namespace

TEST_CASE("a kicker of four to seven words over a title and its signed standfirst", "[headline][kicker][head65]") {
    const archive::test::HeadRow rows[] = {
        {de_page(de_kicker), de_kicker, de_title, de_standfirst},
        // six words
        {de_page("Urteil nach dem Brand im Hafen"), "Urteil nach dem Brand im Hafen", de_title, de_standfirst},
        {R"(Aller au contenu
Accueil
Suisse
Monde
Sport
Se connecter
Procès au tribunal de Nyon
Le chauffard écope de quatre ans ferme
Le jeune homme avait provoqué une collision sur l'autoroute en roulant à plus de 200 km/h. Le tribunal l'a reconnu coupable de mise en danger de la vie d'autrui.
Par Jeanne Morel
Publié le 24 novembre 2026 à 15h10
Le tribunal de Nyon a condamné mardi un automobiliste de 23 ans à quatre ans de prison ferme pour une course sur l'autoroute qui avait blessé une famille.
Le jeune homme roulait à plus de 200 km/h lorsqu'il a percuté l'arrière d'une voiture où se trouvaient deux parents et leurs enfants.
Le prévenu a reconnu les faits devant le tribunal et a présenté ses excuses à la famille.
Son avocate a annoncé qu'elle ferait appel du jugement.
)",
         "Procès au tribunal de Nyon", "Le chauffard écope de quatre ans ferme",
         "Le jeune homme avait provoqué une collision sur l'autoroute en roulant à plus de 200 km/h. Le tribunal l'a "
         "reconnu coupable de mise en danger de la vie d'autrui."},
        {R"(Skip to main content
Home
News
Sport
Sign in
Trial at Harbour Crown Court
Arsonist jailed for six years
The 31-year-old had set fire to three warehouses at the docks and badly injured two firefighters. The jury found him guilty of arson on Monday.
By Jonas Fairman
24 November 2026
A warehouse worker who set fire to three warehouses at the docks has been jailed for six years at Harbour Crown Court.
Two firefighters were badly injured while tackling the blaze in March, and one has not returned to work.
The defendant admitted starting the fires and told the court he had been angry after losing his job.
The judge said the fires had put many lives at risk.
)",
         "Trial at Harbour Crown Court", "Arsonist jailed for six years",
         "The 31-year-old had set fire to three warehouses at the docks and badly injured two firefighters. The jury "
         "found him guilty of arson on Monday."},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("a line of a kicker's length over a title with no standfirst, or naming a person, is no kicker",
          "[headline][kicker][head65]") {
    // no standfirst under the title: the line over it is not taken as its kicker
    const archive::Article bare = archive::parse(de_page(de_kicker, false), "x");
    CHECK(bare.kicker.value_or("") != de_kicker);
    // a person's name over the title is no kicker
    const archive::Article named = archive::parse(de_page("Ein Kommentar von Jonas Fehrmann"), "x");
    CHECK(named.kicker.value_or("") != "Ein Kommentar von Jonas Fehrmann");
}
