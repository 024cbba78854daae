// The records of facts under an article (a product's rows, an event's rows printed again for each date) are its
// text, however many; the rows of a footer (contact, shipping, cookies) are not. Whole pages in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {

// The page's article keeps `kept` (a paragraph or a heading, whole) and leaves `left` out of its text.
void check_rows(const char* lang, const std::string& page, const std::string& kept, const std::string& left) {
    Article a = classify(segment(page), lang);
    INFO(lang << ": " << kept);
    CHECK(test::in_text(a, kept));
    if (!left.empty())
        CHECK_FALSE(test::in_text(a, left));
}

} // namespace

TEST_CASE("an event's rows printed again for each date under the article join it", "[classify][region][facts29]") {
    check_rows("de", R"(Brennerei am Deich
Start
Termine
Shop
Kontakt

Verkostungen im Frühjahr 2026 in Husum und Heide

Auch im neuen Jahr laden wir wieder zu Abenden mit Whisky, Rum und Gin ein. Die ersten Termine stehen fest, weitere kommen in den nächsten Wochen dazu.

März 2026

Termin: 13.03.2026, 19 Uhr
Ort: Alte Schmiede, Hafenstraße 4, Husum
Thema: Whiskys von den Inseln
Eintritt: 62,00 €/Person

Termin: 27.03.2026, 18:30 Uhr
Ort: Deichkrone, Am Deich 2, Heide
Thema: Rum aus der Karibik mit Buffet
Probiert werden sechs Rums aus vier Ländern.
Eintritt: 48,50 €/Person

April 2026

Termin: 17.04.2026, 19 Uhr
Ort: Alte Schmiede, Hafenstraße 4, Husum
Thema: Gin und Tonic im Vergleich
Eintritt: 39,00 €/Person

Impressum
Datenschutz
© 2026 Brennerei am Deich
)",
               "Termin: 17.04.2026, 19 Uhr", "");
    check_rows("en", R"(Harbour Folk Club
Home
Events
Shop
Contact

Spring sessions 2026 at the harbour

The club will meet again every month this spring, with a guest band each evening and an open stage after the interval.

March 2026

Date: 6 March 2026, 8 pm
Venue: The Old Net Loft, Quay Street
Guests: The Wendle Pipers
Tickets: 12 pounds at the door

Date: 20 March 2026, 8 pm
Venue: Harbour Hall, Pier Road
Guests: Anna Roe and the Tide Singers
Bring an instrument for the open stage.
Tickets: 10 pounds at the door

April 2026

Date: 3 April 2026, 8 pm
Venue: The Old Net Loft, Quay Street
Guests: The Lantern Quartet
Tickets: 12 pounds at the door

Privacy Policy
Copyright 2026 Harbour Folk Club
)",
               "Date: 3 April 2026, 8 pm", "");
}

TEST_CASE("a product's rows under the article join it past a tab's labels, however many",
          "[classify][region][facts29]") {
    check_rows("fr", R"(Cave du Port
Vins
Spiritueux
Panier

Domaine des Brumes, rosé de Provence 2024

Ce rosé pâle du Domaine des Brumes est né sur les coteaux calcaires au-dessus de la mer, où le vent sèche les raisins avant les vendanges.

En bouche, il se montre frais et salin, avec des notes de pêche blanche et d'agrumes, et il accompagne très bien les poissons grillés et les salades d'été.

Autres vins du domaine
Détails
Fermer
Fiche technique
Appellation : Côtes de Provence
Cépages : Grenache, Cinsault, Rolle
Degré d'alcool : 12,5 % vol.
Région : Provence
Température de service : 8 °C
Garde : jusqu'en 2027
Élevage : cuve inox
Bouchon : vis
Type de vin : rosé
Allergènes : contient des sulfites
Contenance : 75 cl
Millésime : 2024
Sucres résiduels : 1,2 g/l
Acidité : 3,4 g/l

Avis clients
Écrire un avis
)",
               "Garde : jusqu'en 2027", "Écrire un avis");
    check_rows("es", R"(Bodega del Puerto
Vinos
Regalos
Carrito

Viña Niebla, tinto joven 2023

Este tinto joven de Viña Niebla nace en viñedos viejos junto al río, donde las noches frescas guardan la fruta hasta la vendimia.

En boca es ligero y afrutado, con notas de cereza y de regaliz, y acompaña muy bien los embutidos, las carnes a la brasa y los quesos curados.

Otros vinos de la bodega
Detalles
Cerrar
Ficha técnica
Denominación: Ribera del Duero
Variedad: Tempranillo
Graduación: 13,5 % vol.
Región: Castilla y León
Temperatura de servicio: 16 °C
Crianza: cuatro meses en barrica
Cierre: corcho natural
Tipo de vino: tinto
Alérgenos: contiene sulfitos
Capacidad: 75 cl
Añada: 2023
Azúcar residual: 1,1 g/l
Acidez: 3,6 g/l

Opiniones de clientes
Escribir una opinión
)",
               "Crianza: cuatro meses en barrica", "Escribir una opinión");
}

TEST_CASE("the rows of a footer under the article stay out of it", "[classify][region][facts29]") {
    // (Ten rows: more than a box of facts holds; most of them a footer's, contact, hours, shipping.)
    const std::string tail_de = R"(
Der Verlag
Inhaber: Jan Roe
Sitz: Husum
Gründung: 1998
Mitarbeiter: 12
Telefon: 04841 123 45
Fax: 04841 123 46
E-Mail: info at hafenblatt
Adresse: Am Kai 3, Husum
Öffnungszeiten: Mo-Fr 9-17 Uhr
Versand: 2 bis 3 Werktage
)";
    const std::string tail_en = R"(
The publisher
Owner: Jane Roe
Based in: Wendle
Founded: 1998
Staff: 12
Phone: 01632 960 123
Fax: 01632 960 124
Email: desk at harbourweekly
Address: 3 Quay Street, Wendle
Delivery: two to three working days
Payment: card or bank transfer
)";
    test::check_tail_leaves("de", tail_de, "Inhaber: Jan Roe");
    test::check_tail_leaves("de", tail_de, "Adresse: Am Kai");
    test::check_tail_leaves("en", tail_en, "Owner: Jane Roe");
    test::check_tail_leaves("en", tail_en, "Address: 3 Quay");
}

TEST_CASE("titles under their kickers and an interview's turns are no records of facts",
          "[classify][region][facts29]") {
    // Titles of other articles, each under a kicker closed by a colon, one or two kickers repeated: more of them than
    // a box of facts holds.
    test::check_tail_leaves("de", R"(
Mehr Themen
Nachgefragt: Wie man den Keller ordnet
Top 5: Apps für mehr Ordnung im Alltag
Nachgefragt: Der Kalender für die ganze Familie
Top 5: Kisten und Körbe für das Bad
Nachgefragt: Ordnung im Kinderzimmer
Top 5: Bücher über das Aufräumen
Nachgefragt: Die Küche in einer Stunde
Top 5: Regale für kleine Wohnungen
Nachgefragt: Papiere richtig ablegen
)",
                            "Top 5: Apps");
    test::check_tail_leaves("en", R"(
Harbour life
Explained: How the tide tables work
Top 5: Walks along the northern cape
Explained: Why the ferry fares went up
Top 5: Cafés on the quay
Explained: Who owns the harbour
Top 5: Beaches for a windy day
Explained: How a lighthouse lamp turns
Top 5: Boat trips for children
Explained: What the harbour master does
)",
                            "Top 5: Walks");
    // Three labels and more, one of them on two rows one after the other: a shop's list of tests.
    test::check_tail_leaves("en", R"(
Reviews
Ferry test 2025: Five boats compared 2.00 pounds
Ferry test 2024: Six boats compared 2.00 pounds
Ferry test 2024: Four boats compared 2.00 pounds
Bike test: Three town bikes 2.00 pounds
Boat test: Two sailing dinghies 2.00 pounds
Kayak test: Eight kayaks 2.00 pounds
Tent test: Five tents 2.00 pounds
Lamp test: Six head lamps 2.00 pounds
Coat test: Four rain coats 2.00 pounds
)",
                            "Ferry test 2024");
    // An interview's turns, the speakers named, then their initials: questions are no facts.
    test::check_tail_leaves("en", R"(
Five questions
Jane Roe: Why the new pier?
John Poe: The old one was rotten.
J.R.: When does it open?
J.P.: In May.
J.R.: And the cost?
J.P.: Two million pounds.
J.R.: Who pays for it?
J.P.: The county.
J.R.: And the old pier?
)",
                            "J.P.: In May");
}

TEST_CASE("the rows of a record of facts hold labels of three things, questions none", "[classify][region][facts29]") {
    const char* page_de = R"(Start
Termine
Weinabend im Hafen

Im Herbst laden wir wieder zu einem Abend mit Weinen von der Küste ein, mit einer kleinen Küche und Musik.

Termin: 14.11.2026, 19 Uhr
Ort: Alte Schmiede, Husum
Eintritt: 30,00 €/Person
)";
    const auto blocks = segment(page_de);
    Article a = classify(blocks, "de");
    CHECK(test::in_text(a, "Termin: 14.11.2026, 19 Uhr"));
    CHECK(test::in_text(a, "Eintritt: 30,00 €/Person"));
    CHECK_FALSE(a.published.has_value()); // (the event's day, no day of the page)
    const char* page_en = R"(Home
Events
Wine evening at the harbour

This autumn we invite you again to an evening of wines from the coast, with a small kitchen and music.

Date: 14 November 2026, 7 pm
Venue: The Old Forge, Wendle
Entry: 30 pounds
)";
    Article b = classify(segment(page_en), "en");
    CHECK(test::in_text(b, "Date: 14 November 2026, 7 pm"));
    CHECK(test::in_text(b, "Entry: 30 pounds"));
    CHECK_FALSE(b.published.has_value());
}

TEST_CASE("a record's row whose value runs to a paragraph leaves the rows under it the article's", "[classify][region][facts29]") {
    check_rows("de", R"(Hafenspiel
Start
Anleitungen
Die Aufgaben am Nordkai

Hier findet ihr alle Aufgaben der neuen Karte am Nordkai, mit dem Lohn, den es für jede gibt. Die Karte ist seit dem letzten Update für alle Spieler offen, die schon die Stufe zehn erreicht haben.

Wir haben jede Aufgabe selbst gespielt und schreiben dazu, wer sie vergibt und was man dafür tun muss. Fehlt eine, schreibt es uns bitte in die Kommentare unter dieser Seite.

Name: Der verlorene Anker
Stufe: 12
Auftraggeber: Hafenmeister Jansen
Lohn: 300 Taler
Name: Das Netz der Fischer
Stufe: 14
Auftraggeber: Fischerin Maren
Beschreibung: Flicke drei Netze am Südkai.
Lohn: 450 Taler
Name: Die Glocke im Nebel
Stufe: 15
Auftraggeber: Leuchtturmwärter Ole
Beschreibung: Sammle 20 Muscheln, 15 Krebse, 10 Seesterne, 8 Austern, 12 Algen, 6 Perlen, 4 Korallen, 9 Schnecken, 3 Hummer, 7 Quallen, 5 Seeigel, 11 Garnelen, 2 Flaschenposten, 14 Steine, 13 Federn und 1 Kompass
Lohn: 500 Taler
Name: Der Schatz im Watt
Stufe: 16
Auftraggeber: Kapitän Harms
Lohn: 700 Taler

Impressum
)",
               "Lohn: 700 Taler",
               "");
    check_rows("en", R"(Harbour Game
Home
Guides
The quests of the northern quay

Here are all the quests of the new map at the northern quay, with the reward each of them gives. The map has been open since the last update for all the players who have reached level ten.

We played each of the quests ourselves and wrote down who gives it and what you have to do for it. If one is missing, please tell us in the comments under this page.

Name: The lost anchor
Level: 12
Given by: Harbour master Jansen
Reward: 300 crowns
Name: The fishermen's net
Level: 14
Given by: Fisherwoman Maren
Description: Mend three nets at the southern quay.
Reward: 450 crowns
Name: The bell in the fog
Level: 15
Given by: Lighthouse keeper Ole
Description: Collect 20 Shells, 15 Crabs, 10 Starfish, 8 Oysters, 12 Kelp, 6 Pearls, 4 Corals, 9 Snails, 3 Lobsters, 7 Jellyfish, 5 Urchins, 11 Shrimps, 2 Bottle Messages, 14 Pebbles, 13 Feathers and 1 Compass
Reward: 500 crowns
Name: The treasure in the mud
Level: 16
Given by: Captain Harms
Reward: 700 crowns

Imprint
)",
               "Reward: 700 crowns",
               "");
}
