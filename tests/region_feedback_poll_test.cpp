// Tests of the poll on the article under an advice page's text ("Was this article helpful? / Yes / No"): it closes
// the text, with the author's box and the calls under it (region_edges.cpp trim_feedback_poll).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

using namespace archive;

TEST_CASE("a poll on whether the article helped closes the text with the lines under it", "[region][poll]") {
    test::check_boxes({
        {"es", R"(Portal Salud Hoy
Inicio
Cómo cuidar la espalda en el trabajo de oficina
Pasar ocho horas sentado delante de una pantalla castiga la zona lumbar y el cuello más de lo que pensamos.
Ajusta la altura de la silla para que los pies apoyen por completo en el suelo y las rodillas formen un ángulo recto.
Levántate cada hora y camina unos minutos por el pasillo o la oficina para que la musculatura se relaje.
Si el dolor dura más de dos semanas o baja por la pierna, pide cita con tu médico de cabecera cuanto antes.
¿Te ha resultado útil este artículo?
Sí
No
Dr. Tomás Ibarra
Médico de familia en un centro de salud de Zaragoza, escribe sobre hábitos saludables desde hace años.
Artículos relacionados
)",
         {"¿Te ha resultado útil este artículo?", "Sí", "No",
          "Médico de familia en un centro de salud de Zaragoza, escribe sobre hábitos saludables desde hace años."},
         {"Levántate cada hora y camina unos minutos por el pasillo o la oficina para que la musculatura se relaje."}},
        {"pl", R"(Portal Prawa Codziennego
Porady
Jak odzyskać kaucję za wynajęte mieszkanie?
Najemca może żądać zwrotu kaucji w ciągu miesiąca od opróżnienia lokalu, jeśli nie ma zaległości w opłatach.
Właściciel może potrącić z kaucji tylko udokumentowane koszty napraw szkód wyrządzonych przez najemcę.
Warto zrobić zdjęcia mieszkania w dniu wyprowadzki i spisać protokół zdawczo-odbiorczy z właścicielem.
Jeśli właściciel nie odpowiada, wyślij mu pisemne wezwanie do zapłaty z terminem czternastu dni.
Czy ten artykuł był pomocny?
Tak
Nie
Masz pytanie o najem? Napisz do naszych prawników i otrzymaj odpowiedź w ciągu doby.
Zadaj pytanie
Zobacz także
)",
         {"Czy ten artykuł był pomocny?", "Tak", "Nie",
          "Masz pytanie o najem? Napisz do naszych prawników i otrzymaj odpowiedź w ciągu doby."},
         {"Jeśli właściciel nie odpowiada, wyślij mu pisemne wezwanie do zapłaty z terminem czternastu dni."}},
        {"en", R"(Home Garden Guide
Guides
How to keep basil alive on a windowsill
Basil wants six hours of sun a day, so a south-facing window is the best place for the pot in winter.
Water it when the top of the soil feels dry, and never let the pot stand in a saucer of water overnight.
Pinch off the flower buds as soon as they appear, or the plant will stop growing new leaves for the kitchen.
Was this article helpful?
Yes
No
Sam Reed
Sam has grown herbs on a city balcony for ten years and writes our weekly gardening guides.
)",
         {"Was this article helpful?", "Yes", "No",
          "Sam has grown herbs on a city balcony for ten years and writes our weekly gardening guides."},
         {"Pinch off the flower buds as soon as they appear, or the plant will stop growing new leaves for the kitchen."}},
        {"de", R"(Ratgeber Wohnen
Tipps
So entkalken Sie den Wasserkocher richtig
Kalk im Wasserkocher verlängert die Zeit zum Kochen und kostet dadurch jeden Tag ein wenig mehr Strom.
Füllen Sie den Kocher zur Hälfte mit Wasser und geben Sie zwei Esslöffel Zitronensäure dazu.
Lassen Sie die Lösung einmal aufkochen und danach eine halbe Stunde lang im Kocher stehen.
War dieser Artikel hilfreich?
Ja
Nein
Lena Vogt
Lena Vogt schreibt seit acht Jahren über Haushalt, Energie und das Wohnen in kleinen Wohnungen.
)",
         {"War dieser Artikel hilfreich?", "Ja", "Nein",
          "Lena Vogt schreibt seit acht Jahren über Haushalt, Energie und das Wohnen in kleinen Wohnungen."},
         {"Lassen Sie die Lösung einmal aufkochen und danach eine halbe Stunde lang im Kocher stehen."}},
    });
}

TEST_CASE("a question about the article without answers under it stays where it stands", "[region][poll]") {
    // No answers under the question: the walk of the closing notices decides, the lines under it stay.
    test::check_boxes({{"en", R"(Home Garden Guide
Guides
How to keep basil alive on a windowsill
Basil wants six hours of sun a day, so a south-facing window is the best place for the pot in winter.
Water it when the top of the soil feels dry, and never let the pot stand in a saucer of water overnight.
Was this article helpful? Tell us what we should test next in our garden.
Pinch off the flower buds as soon as they appear, or the plant will stop growing new leaves for the kitchen.
Cut the stems just above a pair of leaves, and the plant will branch into two new stems within a week.
)",
                        {},
                        {"Cut the stems just above a pair of leaves, and the plant will branch into two new stems "
                         "within a week."}}});
}

TEST_CASE("a shop's affiliate programme notice under the text leaves it", "[region][poll]") {
    test::check_boxes({
        {"es", R"(Guía de Compras
Las mejores batidoras de vaso de este año
Hemos probado seis batidoras de vaso durante un mes en la cocina de la redacción, con hielo, fruta y sopas.
La más completa tiene ocho velocidades y un vaso de cristal que no se raya aunque se pique hielo a diario.
La más barata cumple bien con los batidos, pero se calienta si se usa más de dos minutos seguidos.
Como asociados de Amazon, obtenemos ingresos por las compras adscritas que cumplen los requisitos aplicables.
)",
         {"Como asociados de Amazon, obtenemos ingresos por las compras adscritas que cumplen los requisitos aplicables."},
         {"La más barata cumple bien con los batidos, pero se calienta si se usa más de dos minutos seguidos."}},
        {"en", R"(Kitchen Picks
The best jug blenders of the year
We tested six jug blenders for a month in the office kitchen, with ice, frozen fruit and hot soups.
The best of them has eight speeds and a glass jug that does not scratch even when it crushes ice every day.
The cheapest one makes good smoothies but runs hot if it is used for more than two minutes at a time.
As an Amazon Associate we earn from qualifying purchases made through the links on this page.
)",
         {"As an Amazon Associate we earn from qualifying purchases made through the links on this page."},
         {"The cheapest one makes good smoothies but runs hot if it is used for more than two minutes at a time."}},
    });
}
