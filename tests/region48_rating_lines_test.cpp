// A review's rating line under its last paragraph ("Note : 16/20", "Wertung: 8/10", "Calificación: 4/5") is the
// review's text, no heading over the verdict lines and the correction under it (sections_build.cpp heads_shape(), notices.cpp
// rating_line()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Review {
    const char* lang;
    std::string page, rating;
};

std::vector<Review> reviews() {
    return {
        {"fr",
         "Le Journal du Cinéma\nActualités\nCritiques\nCritique\n« Les Vendanges » : un été sous l'orage\n"
         "Le premier film de Claire Aubier suit trois frères revenus dans le vignoble familial. Un drame réussi.\n"
         "Par Paul Girard\nPublié le 3 octobre 2025 à 10h00\n"
         "Le film s'ouvre sur un orage de grêle qui détruit la moitié de la récolte en quelques minutes à peine.\n"
         "Trois frères reviennent alors au domaine pour aider leur mère, qui refuse de vendre les vignes du père.\n"
         "La mise en scène reste sobre, presque sans musique, et laisse les acteurs occuper tout le cadre.\n"
         "Tout ne fonctionne pas : la dernière partie se presse, et le plus jeune frère reste un simple croquis.\n"
         "Note : 16/20\nLes plus : la photographie et le jeu des trois acteurs.\nLes moins : une fin précipitée.\n"
         "Correction : une version précédente de cette critique attribuait le film à un autre réalisateur. La "
         "réalisatrice est Claire Aubier.\n"
         "Partager\nFacebook\nContact\n",
         "Note : 16/20"},
        {"de",
         "Filmspiegel\nNachrichten\nKritiken\nKritik\n„Die Weinlese“: Ein Sommer unter Gewitterwolken\n"
         "Der erste Film von Clara Auer folgt drei Brüdern, die auf das Weingut der Familie zurückkehren.\n"
         "Von Paul Gerber\n3. Oktober 2025, 10:00 Uhr\n"
         "Der Film beginnt mit einem Hagelsturm, der in wenigen Minuten die Hälfte der Ernte vernichtet.\n"
         "Drei Brüder kehren daraufhin auf das Gut zurück, um ihrer Mutter zu helfen, die nicht verkaufen will.\n"
         "Die Regie bleibt zurückhaltend, fast ohne Musik, und lässt den Schauspielern den ganzen Raum.\n"
         "Nicht alles gelingt: Der letzte Teil wirkt gehetzt, und der jüngste Bruder bleibt eine bloße Skizze.\n"
         "Wertung: 8/10\nPlus: die Bilder und das Spiel der drei Brüder.\nMinus: ein überhastetes Ende.\n"
         "Korrektur: In einer früheren Fassung dieser Kritik wurde der Film einem anderen Regisseur zugeschrieben. "
         "Regie führte Clara Auer.\n"
         "Teilen\nFacebook\nKontakt\n",
         "Wertung: 8/10"},
        {"es",
         "Diario del Cine\nPortada\nCríticas\nCrítica de cine\n'La vendimia': un verano bajo la tormenta\n"
         "La primera película de Clara Aguirre sigue a tres hermanos que vuelven al viñedo de la familia.\n"
         "Por Pablo Gil\n3 de octubre de 2025\n"
         "La película empieza con una granizada que destruye en pocos minutos la mitad de la cosecha del año.\n"
         "Tres hermanos vuelven entonces a la finca para ayudar a su madre, que se niega a vender las viñas.\n"
         "La dirección es sobria, casi sin música, y deja a los actores todo el espacio del encuadre.\n"
         "No todo funciona: la última parte se precipita, y el hermano menor se queda en un simple boceto.\n"
         "Calificación: 4/5\nLo mejor: la fotografía y el trabajo de los tres actores.\nLo peor: un final precipitado.\n"
         "Fe de errores: En una versión anterior de esta crítica se atribuía la película a otro director. La "
         "directora es Clara Aguirre.\n"
         "Compartir\nFacebook\nContacto\n",
         "Calificación: 4/5"},
    };
}

} // namespace

TEST_CASE("a review's rating line is its text, no heading over its verdict lines", "[region][region48]") {
    for (const Review& r : reviews()) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK_FALSE(test::contains(test::headings_of(a), r.rating));
        CHECK(test::contains(test::paragraphs_of(a), r.rating));
    }
}
