// The lead picture printed between the standfirst and the byline, its caption's sentence closed by the
// photographer's credit after its stop ("... en 2017. PEDRO LUIS GÁLVEZ", "... im Jahr 2017. Foto: Peter Gallwitz"),
// perhaps under the same sentence printed alone (the picture's alternative text): a caption, never the headline; the
// title over the standfirst stays the headline, the standfirst the lede, the picture a media item, and neither print
// of the caption a paragraph of the text. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* page;
    const char* headline;
    const char* lede;
    const char* caption;
    const char* credit;
    const char* first_paragraph;
};

} // namespace

TEST_CASE("a caption closed by its credit in the head is no headline", "[headline][lede][media][page83]") {
    const Row rows[] = {
        {R"(Ir al contenido
Menú
Cultura
OBITUARIO
Muere Tomás Ibarra, el pintor que retrató los mercados de media España durante cuarenta años
El artista falleció el martes en Zaragoza a los 90 años. Su obra se expone en una docena de museos
Tomás Ibarra, en su taller de Zaragoza en 2017.
Tomás Ibarra, en su taller de Zaragoza en 2017. PEDRO LUIS GÁLVEZ
Lucía Marín
Zaragoza
05 dic 2026 - 20:15 CET
El pintor Tomás Ibarra murió el martes en Zaragoza a los 90 años, según informó su familia en un comunicado difundido por la tarde.
Nacido en Huesca en 1936, Ibarra estudió en la Escuela de Bellas Artes de San Fernando y expuso por primera vez en 1961 en una galería de la calle Mayor.
Su última exposición se inauguró el pasado mes de marzo en el Palacio de Sástago y recibió más de veinte mil visitantes en dos meses.
)",
         "Muere Tomás Ibarra, el pintor que retrató los mercados de media España durante cuarenta años",
         "El artista falleció el martes en Zaragoza a los 90 años. Su obra se expone en una docena de museos",
         "Tomás Ibarra, en su taller de Zaragoza en 2017.", "PEDRO LUIS GÁLVEZ", "El pintor Tomás Ibarra murió"},
        {R"(Skip to content
Menu
Culture
OBITUARY
Thomas Ibbotson, painter of the country's street markets for forty years, dies at 90
The artist died on Tuesday in Leeds. His work hangs in a dozen museums across the north of England
Thomas Ibbotson in his studio in Leeds in 2017.
Thomas Ibbotson in his studio in Leeds in 2017. PETER GALLOWAY
Lucy Martin
Leeds
Dec. 5, 2026
The painter Thomas Ibbotson died on Tuesday in Leeds at the age of 90, his family said in a statement released in the afternoon.
Born in Hull in 1936, Ibbotson studied at the Slade and first showed his work in 1961 at a small gallery off the high street.
His last exhibition opened in March at the city art gallery and drew more than twenty thousand visitors in two months.
)",
         "Thomas Ibbotson, painter of the country's street markets for forty years, dies at 90",
         "The artist died on Tuesday in Leeds. His work hangs in a dozen museums across the north of England",
         "Thomas Ibbotson in his studio in Leeds in 2017.", "PETER GALLOWAY", "The painter Thomas Ibbotson died"},
        {R"(Aller au contenu
Menu
Culture
NÉCROLOGIE
Mort de Thomas Ibarre, le peintre qui a saisi les marchés de province pendant quarante ans
L'artiste est mort mardi à Lyon à l'âge de 90 ans. Son œuvre est exposée dans une douzaine de musées
Thomas Ibarre dans son atelier de Lyon, en 2017.
Thomas Ibarre dans son atelier de Lyon, en 2017. PIERRE GALLET
Lucie Martin
Lyon
Publié le 5 décembre 2026 à 20h15
Le peintre Thomas Ibarre est mort mardi à Lyon à l'âge de 90 ans, a annoncé sa famille dans un communiqué diffusé dans l'après-midi.
Né à Grenoble en 1936, Ibarre a étudié aux Beaux-Arts de Paris et exposé pour la première fois en 1961 dans une petite galerie de la Croix-Rousse.
Sa dernière exposition s'est ouverte en mars au musée de la ville et a attiré plus de vingt mille visiteurs en deux mois.
)",
         "Mort de Thomas Ibarre, le peintre qui a saisi les marchés de province pendant quarante ans",
         "L'artiste est mort mardi à Lyon à l'âge de 90 ans. Son œuvre est exposée dans une douzaine de musées",
         "Thomas Ibarre dans son atelier de Lyon, en 2017.", "PIERRE GALLET", "Le peintre Thomas Ibarre est mort"},
        {R"(Zum Inhalt springen
Menü
Kultur
NACHRUF
Thomas Ibach ist tot: Der Maler der Wochenmärkte stirbt mit 90 Jahren
Der Künstler starb am Dienstag in Leipzig. Seine Bilder hängen in einem Dutzend Museen
Thomas Ibach in seinem Atelier in Leipzig im Jahr 2017.
Thomas Ibach in seinem Atelier in Leipzig im Jahr 2017. Foto: Peter Gallwitz
Lucia Martin
Leipzig
05.12.2026, 20:15 Uhr
Der Maler Thomas Ibach ist am Dienstag in Leipzig im Alter von 90 Jahren gestorben, wie seine Familie am Nachmittag mitteilte.
Geboren 1936 in Halle, studierte Ibach an der Kunsthochschule in Dresden und stellte 1961 zum ersten Mal in einer kleinen Galerie aus.
Seine letzte Ausstellung wurde im März im städtischen Museum eröffnet und zog in zwei Monaten mehr als zwanzigtausend Besucher an.
)",
         "Thomas Ibach ist tot: Der Maler der Wochenmärkte stirbt mit 90 Jahren",
         "Der Künstler starb am Dienstag in Leipzig. Seine Bilder hängen in einem Dutzend Museen",
         "Thomas Ibach in seinem Atelier in Leipzig im Jahr 2017.", "Foto: Peter Gallwitz",
         "Der Maler Thomas Ibach ist am Dienstag"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption.value_or("") == r.caption);
        CHECK(a.media[0].credit.value_or("") == r.credit);
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0].starts_with(r.first_paragraph));
    }
}

TEST_CASE("a caption closed by a capitals credit with no copy over it is no headline", "[headline][page83]") {
    // The picture's sentence printed once, its credit glued after its stop, right over the byline: the title and
    // the standfirst over it keep their roles.
    const archive::Article a = archive::parse(R"(Sport
Football
Harbour Athletic come from behind to win the derby and climb to second in the table
Two headers in the last ten minutes turned the game after a goalless first half at Quay Park
Athletic players celebrate the second goal at Quay Park on Sunday. JANE ROBERTS
Paul Custer
December 7, 2026
Harbour Athletic came from behind on Sunday to win the derby at Quay Park and climb to second in the table.
Both goals came from headers in the last ten minutes, each from a corner swung in from the left.
The manager praised his players' patience through the whole second half after the match.
)",
                                              "x");
    CHECK(a.headline.value_or("") ==
          "Harbour Athletic come from behind to win the derby and climb to second in the table");
    CHECK(a.lede.value_or("") ==
          "Two headers in the last ten minutes turned the game after a goalless first half at Quay Park");
}
