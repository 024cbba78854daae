// A kicker of two or three words ("Haushaltsdebatte im Landtag", "Amtsgericht Talheim", "Tribunal de Vallon") over
// a title and its signed standfirst, under a breadcrumb laid out one crumb a line (its section printed again right
// over the kicker): the labels' rule leaves it for the capitals of a German noun or a court's name, the rule of a
// longer kicker over a signed head takes it. The menu's account button or a person's name there is no kicker.
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"

#include <string>

namespace {
const char* const de_menu = R"(Stadtanzeiger
Zum Inhalt springen
Politik
Region
Sport
Kultur
Login
Politik
Landespolitik
Politik
)";
const char* const de_rest = R"(Opposition wirft der Regierung Schönfärberei vor
Bei der ersten Lesung des Haushalts 2027 greift die Opposition den Finanzminister scharf an. Er verteidigt die neuen Schulden mit dem Bau von Schulen und Straßen.
Von Jonas Fehrmann
24.11.2026, 15:10 Uhr
Der Landtag hat am Dienstag zum ersten Mal über den Haushalt für das Jahr 2027 beraten. Die Regierung will neue Schulden in Höhe von 400 Millionen Euro aufnehmen.
Die Opposition hielt dem Finanzminister vor, die Lage des Landes schönzureden. Die Schulden würden die nächsten Generationen belasten.
Der Finanzminister verteidigte den Entwurf. Das Land müsse in Schulen, Straßen und Brücken investieren, sagte er im Landtag.
Der Haushalt soll im Februar verabschiedet werden.
)";
const char* const fr_menu = R"(Aller au contenu
Accueil
Suisse
Monde
Sport
Se connecter
Suisse
Vaud
Suisse
)";
const char* const fr_rest = R"(Le chauffard écope de quatre ans ferme
Le jeune homme avait provoqué une collision sur l'autoroute en roulant à plus de 200 km/h. Le tribunal l'a reconnu coupable de mise en danger de la vie d'autrui.
Par Jeanne Morel
Publié le 24 novembre 2026 à 15h10
Un automobiliste de 23 ans a été condamné mardi à Vallon à quatre ans de prison ferme après un accident qui avait blessé quatre personnes.
Lancé à plus de 200 km/h, il avait heurté en pleine nuit une voiture qui rentrait de vacances avec une famille à bord.
À l'audience, le conducteur a admis sa vitesse et a demandé pardon aux victimes, assises au premier rang.
Sa défense dispose de dix jours pour faire appel.
)";
const char* const en_menu = R"(Skip to main content
Home
News
Sport
Sign in
News
Courts
News
)";
const char* const en_rest = R"(Arsonist jailed for six years
The 31-year-old had set fire to three warehouses at the docks and badly injured two firefighters. The jury found him guilty of arson on Monday.
By Jonas Fairman
24 November 2026
A man of 31 who started three fires in warehouses at the docks was sent to prison for six years on Monday.
The blaze in March burned for two days, and two of the firefighters who fought it spent weeks in hospital.
He had told the police he lit the fires after he was sacked by the firm that owns the warehouses.
Passing sentence, the judge called the fires reckless and cruel.
)";

std::string page(const char* menu, const std::string& kicker, const char* rest) {
    return std::string(menu) + kicker + "\n" + rest;
}

} // namespace

TEST_CASE("a kicker of two or three words under a breadcrumb, over a title and its signed standfirst",
          "[headline][kicker][head81]") {
    const char* const de_title = "Opposition wirft der Regierung Schönfärberei vor";
    const char* const de_standfirst = "Bei der ersten Lesung des Haushalts 2027 greift die Opposition den "
                                      "Finanzminister scharf an. Er verteidigt die neuen Schulden mit dem Bau von "
                                      "Schulen und Straßen.";
    const archive::test::HeadRow rows[] = {
        {page(de_menu, "Haushaltsdebatte im Landtag", de_rest), "Haushaltsdebatte im Landtag", de_title, de_standfirst},
        // a court's name, shaped as a person's is (capitals, no stopword)
        {page(de_menu, "Amtsgericht Talheim", de_rest), "Amtsgericht Talheim", de_title, de_standfirst},
        {page(fr_menu, "Tribunal de Vallon", fr_rest), "Tribunal de Vallon", "Le chauffard écope de quatre ans ferme",
         "Le jeune homme avait provoqué une collision sur l'autoroute en roulant à plus de 200 km/h. Le tribunal l'a "
         "reconnu coupable de mise en danger de la vie d'autrui."},
        {page(en_menu, "Harbour Crown Court", en_rest), "Harbour Crown Court", "Arsonist jailed for six years",
         "The 31-year-old had set fire to three warehouses at the docks and badly injured two firefighters. The jury "
         "found him guilty of arson on Monday."},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("the menu's account button or a person's name over a signed head is no short kicker",
          "[headline][kicker][head81]") {
    for (const char* line : {"Mein Konto", "Anna Kessler"}) {
        INFO(line);
        const archive::Article a = archive::parse(page(de_menu, line, de_rest), "x");
        CHECK(a.kicker.value_or("") != line);
        CHECK(a.headline.value_or("") == "Opposition wirft der Regierung Schönfärberei vor");
    }
    const archive::Article en = archive::parse(page(en_menu, "My account", en_rest), "x");
    CHECK(en.kicker.value_or("") != "My account");
}
