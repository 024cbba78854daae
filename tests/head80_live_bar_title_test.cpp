// A live report's title: its live flag (a whole piece, "En direct" / "Live", or a piece's last words after a comma,
// "…, en directo") on one side of a spaced bar and a title on the other, over the standfirst of the live report that
// shares the article's words better. The bar is no menu's: the line is the headline, the line under it the lede. A
// bar line whose title piece is too short for a title stays no headline. Every line is invented.
#include <catch2/catch.hpp>
#include "archive/archive.hpp"
#include <string>
#include <vector>

using archive::Article;
using archive::parse;

TEST_CASE("a live report's title with a live flag on one side of a bar is the headline", "[headline][head80]") {
    struct Row {
        const char* page;
        const char* headline;
        const char* lede;
    };
    const std::vector<Row> rows = {
        {// es
         "Diario del Puerto\n"
         "Portada\n"
         "Internacional\n"
         "Economía\n"
         "Deportes\n"
         "Cultura\n"
         "Suscríbete\n"
         "Economía\n"
         "DIRECTO\n"
         "Última hora de la huelga de estibadores, en directo | La autoridad del puerto convoca a las partes a una "
         "reunión de urgencia\n"
         "Sigue en directo la tercera jornada de huelga en el puerto de Valdeluz\n"
         "Redacción\n"
         "06/12/2026 08:00 | Actualizado a las 12:40\n"
         "Compartir\n"
         "Comentarios\n"
         "12:40\n"
         "La autoridad del puerto de Valdeluz convoca una reunión\n"
         "La autoridad del puerto de Valdeluz ha convocado a las partes a una reunión de urgencia para las 17.00 en la "
         "tercera jornada de huelga.\n"
         "\n"
         "11:15\n"
         "Colas en los accesos al puerto\n"
         "Más de doscientos camiones esperan desde primera hora en los accesos al puerto de Valdeluz en la tercera "
         "jornada de huelga.\n"
         "\n"
         "10:05\n"
         "La huelga paraliza las grúas del puerto\n"
         "Ninguna grúa del puerto de Valdeluz funciona desde las seis de la mañana, la hora en que empezó la jornada "
         "de huelga.\n",
         "Última hora de la huelga de estibadores, en directo | La autoridad del puerto convoca a las partes a una "
         "reunión de urgencia",
         "Sigue en directo la tercera jornada de huelga en el puerto de Valdeluz"},
        {// fr
         "Le Courrier du Port\n"
         "Accueil\n"
         "International\n"
         "Économie\n"
         "Sports\n"
         "Culture\n"
         "S'abonner\n"
         "Économie\n"
         "EN DIRECT\n"
         "Grève des dockers, en direct | Les syndicats rejettent l'offre et les camions attendent aux entrées du port\n"
         "La troisième journée de grève paralyse les quais du port de Valmont depuis ce matin\n"
         "Par Jeanne Morel\n"
         "06/12/2026 08:00 | Mis à jour à 12h40\n"
         "Partager\n"
         "Commentaires\n"
         "12h40\n"
         "L'autorité du port de Valmont convoque une réunion\n"
         "L'autorité du port de Valmont a convoqué les parties à une réunion d'urgence à 17 heures pour la troisième "
         "journée de grève.\n"
         "\n"
         "11h15\n"
         "Des files aux entrées du port\n"
         "Plus de deux cents camions attendent depuis le petit matin aux entrées du port de Valmont pour la troisième "
         "journée de grève.\n"
         "\n"
         "10h05\n"
         "La grève bloque les grues du port\n"
         "Aucune grue du port de Valmont ne tourne depuis six heures du matin, l'heure à laquelle a commencé la "
         "journée de grève.\n",
         "Grève des dockers, en direct | Les syndicats rejettent l'offre et les camions attendent aux entrées du port",
         "La troisième journée de grève paralyse les quais du port de Valmont depuis ce matin"},
        {// en
         "The Harbour Courier\n"
         "Home\n"
         "World\n"
         "Business\n"
         "Sport\n"
         "Culture\n"
         "Subscribe\n"
         "Business\n"
         "LIVE\n"
         "Live | Dockers reject the offer as lorries wait at the port gates since early morning\n"
         "Follow live as the strike at the port of Millbrook enters its third day\n"
         "Newsroom\n"
         "06/12/2026 08:00 | Updated at 12:40\n"
         "Share\n"
         "Comments\n"
         "12:40\n"
         "Port of Millbrook authority calls a meeting\n"
         "The port of Millbrook authority has called both sides to an emergency meeting at 5pm on the third day of the "
         "strike.\n"
         "\n"
         "11:15\n"
         "Queues at the port gates\n"
         "More than two hundred lorries have been waiting since early morning at the gates of the port of Millbrook on "
         "the third day of the strike.\n"
         "\n"
         "10:05\n"
         "The strike halts the port's cranes\n"
         "No crane at the port of Millbrook has moved since six in the morning, when the third day of the strike "
         "began.\n",
         "Live | Dockers reject the offer as lorries wait at the port gates since early morning",
         "Follow live as the strike at the port of Millbrook enters its third day"}};
    for (const Row& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page);
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        REQUIRE(a.lede);
        CHECK(*a.lede == r.lede);
    }
}

TEST_CASE("a live flag over a bar and a piece of three words is no title", "[headline][head80]") {
    // es: "En directo | Huelga del puerto" names the coverage and its topic, no title; the standfirst under it stays
    // the headline, as without the bar.
    const std::string page = "Diario del Puerto\n"
                             "Portada\n"
                             "Internacional\n"
                             "Economía\n"
                             "Deportes\n"
                             "Cultura\n"
                             "Suscríbete\n"
                             "Economía\n"
                             "DIRECTO\n"
                             "En directo | Huelga del puerto\n"
                             "Sigue en directo la tercera jornada de huelga en el puerto de Valdeluz\n"
                             "Redacción\n"
                             "06/12/2026 08:00 | Actualizado a las 12:40\n"
                             "Compartir\n"
                             "Comentarios\n"
                             "12:40\n"
                             "La autoridad del puerto de Valdeluz convoca una reunión\n"
                             "La autoridad del puerto de Valdeluz ha convocado a las partes a una reunión de urgencia "
                             "para las 17.00 en la tercera jornada de huelga.\n"
                             "\n"
                             "11:15\n"
                             "Colas en los accesos al puerto\n"
                             "Más de doscientos camiones esperan desde primera hora en los accesos al puerto de "
                             "Valdeluz en la tercera jornada de huelga.\n"
                             "\n"
                             "10:05\n"
                             "La huelga paraliza las grúas del puerto\n"
                             "Ninguna grúa del puerto de Valdeluz funciona desde las seis de la mañana, la hora en que "
                             "empezó la jornada de huelga.\n";
    const Article a = parse(page);
    REQUIRE(a.headline);
    CHECK(*a.headline == "Sigue en directo la tercera jornada de huelga en el puerto de Valdeluz");
}
