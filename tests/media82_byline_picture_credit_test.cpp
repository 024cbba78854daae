// A byline line that credits the pictures too, the picture's label closed by a colon after a mark ("Texto: X •
// Fotografia: Y", "Por X • Fotos: Y", "Texte : X · Photos : Y", "Text: X, Fotos: Y"), names X as the author: the mark
// goes with the picture's credit, and the line is no caption closed by its credit (media82, pt80's colon form).
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string head;   // the section, the headline and the standfirst
    std::string byline; // the byline line with the pictures' credit
    std::string author;
    std::string date; // the date line under it
    std::string body;
};

} // namespace

TEST_CASE("a byline line closed by the pictures' colon credit names the text's author", "[bylines][media82]") {
    const std::string pt_head = "Sociedade\nA aldeia que resiste ao abandono no interior de Trás-os-Montes\n"
                                "Em Vilarinho vivem hoje onze pessoas, todas com mais de setenta anos, e ninguém pensa "
                                "em partir\n";
    const std::string pt_body =
        "A estrada que leva a Vilarinho termina num largo de pedra, junto à igreja, onde três mulheres conversam ao "
        "sol da manhã enquanto esperam pela carrinha do pão.\n\n"
        "A aldeia já teve mais de duzentos habitantes e uma escola primária com duas salas, fechada há trinta anos "
        "por falta de crianças.\n";
    const std::vector<Row> rows = {
        {"pt", pt_head, "Texto: Marta Sousa Lima \u2022 Fotografia: Rui Gaudêncio", "Marta Sousa Lima",
         "5 de dezembro de 2026, 14:32", pt_body},
        {"pt", pt_head, "Texto: Marta Sousa Lima \u00b7 Fotos: Rui Gaudêncio", "Marta Sousa Lima",
         "5 de dezembro de 2026, 14:32", pt_body},
        {"pt", pt_head, "Por Marta Sousa Lima \u2022 Fotos: Rui Gaudêncio", "Marta Sousa Lima",
         "5 de dezembro de 2026, 14:32", pt_body},
        {"es",
         "Sociedad\nEl pueblo que resiste a la despoblación en la sierra de Albarracín\n"
         "En Villar del Cobo viven hoy doce personas, todas mayores de setenta años, y ninguna piensa en marcharse\n",
         "Texto: Lucía Ruiz Herrero \u00b7 Fotos: Andrés Gómez", "Lucía Ruiz Herrero", "5 de diciembre de 2026, 14:32",
         "La carretera que lleva a Villar del Cobo termina en una plaza de piedra, junto a la iglesia, donde tres "
         "mujeres charlan al sol de la mañana mientras esperan la furgoneta del pan.\n\n"
         "El pueblo llegó a tener más de doscientos vecinos y una escuela con dos aulas, cerrada hace treinta años "
         "por falta de niños.\n"},
        {"fr",
         "Société\nLe village qui résiste à l'exode dans les hauteurs du Vercors\n"
         "À Saint-Julien vivent aujourd'hui onze personnes, toutes âgées de plus de soixante-dix ans\n",
         "Texte : Jeanne Morel \u00b7 Photos : Paul Roux", "Jeanne Morel", "5 décembre 2026 à 14h32",
         "La route qui mène à Saint-Julien s'arrête sur une place de pierre, près de l'église, où trois femmes "
         "bavardent au soleil du matin en attendant la camionnette du boulanger.\n\n"
         "Le village a compté plus de deux cents habitants et une école de deux classes, fermée il y a trente ans "
         "faute d'enfants.\n"},
        {"de",
         "Gesellschaft\nDas Dorf, das sich gegen die Abwanderung im Hunsrück stemmt\n"
         "In Hausbay leben heute noch elf Menschen, alle über siebzig, und keiner denkt ans Wegziehen\n",
         "Text: Anna Muster, Fotos: Jan Feld", "Anna Muster", "5. Dezember 2026, 14:32 Uhr",
         "Die Straße nach Hausbay endet auf einem gepflasterten Platz neben der Kirche, wo drei Frauen in der "
         "Morgensonne plaudern und auf den Bäckerwagen warten.\n\n"
         "Das Dorf hatte einmal mehr als zweihundert Einwohner und eine Schule mit zwei Klassen, die vor dreißig "
         "Jahren mangels Kindern geschlossen wurde.\n"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.byline);
        const Article a = parse(row.head + row.byline + "\n" + row.date + "\n\n" + row.body, "page.txt");
        CHECK(a.authors == std::vector<std::string>{row.author});
        // The byline's line is no caption of a picture.
        CHECK(std::none_of(a.media.begin(), a.media.end(),
                           [&](const Media& m) { return m.caption && row.byline.starts_with(*m.caption); }));
    }
}
