// The head of a paper that prints the picture between its standfirst and its byline: "<title>" / "<standfirst>" /
// "<caption>." / "PABLO SANZ" / "Lucía Gómez Prieto" / "Valdeluz - 05 dic 2026 - 12:10 CET". The credit read with
// the media is no name of a run of names: the name under it, over the date line, is the byline. Without the date
// line the name signs nothing. Every line is invented.
#include <catch2/catch.hpp>
#include "archive/archive.hpp"
#include <string>
#include <vector>

using archive::Article;
using archive::parse;

TEST_CASE("the name between the head picture's credit and the date line is the byline", "[bylines][byline79]") {
    struct Row {
        const char* page;
        const char* author;
        const char* credit;
    };
    const std::vector<Row> rows = {
        {// es
         "Ir al contenido\n"
         "DIARIO DEL SUR\n"
         "Suscríbete\n"
         "Nacional\n"
         "Economía\n"
         "Sociedad\n"
         "Cultura\n"
         "AMPLIACIÓN DEL PUERTO DE VALDELUZ\n"
         "El Consistorio aprueba la ampliación del puerto de Valdeluz tras dos años de disputa\n"
         "\n"
         "El plan del puerto de Valdeluz prevé un muelle nuevo para cruceros y una lonja moderna financiada con fondos "
         "del puerto y del Estado\n"
         "\n"
         "La concejala de Urbanismo, Marta Ruiz, este viernes en el muelle viejo del puerto de Valdeluz.\n"
         "PABLO SANZ\n"
         "Lucía Gómez Prieto\n"
         "Valdeluz - 05 dic 2026 - 12:10 CET\n"
         "\n"
         "El pleno del Ayuntamiento aprobó este viernes la ampliación del puerto de Valdeluz con los votos de todos "
         "los grupos salvo uno.\n"
         "\n"
         "La obra del puerto costará 40 millones y empezará en primavera, según explicó la concejala de Urbanismo en "
         "la sesión.\n"
         "\n"
         "Los pescadores del puerto de Valdeluz piden que la lonja nueva esté lista antes del verano para no perder la "
         "campaña.\n",
         "Lucía Gómez Prieto", "PABLO SANZ"},
        {// it
         "Vai al contenuto\n"
         "IL CORRIERE DEL LAGO\n"
         "Abbonati\n"
         "Cronaca\n"
         "Politica\n"
         "Sport\n"
         "Cultura\n"
         "Il Comune approva l'ampliamento del porto di Valmarina dopo due anni di scontri\n"
         "\n"
         "Il progetto del porto di Valmarina prevede un nuovo molo per le navi da crociera e un mercato del pesce "
         "moderno\n"
         "\n"
         "L'assessora all'Urbanistica, Marta Rossi, venerdì sul vecchio molo del porto di Valmarina.\n"
         "PAOLO SANTI\n"
         "Lucia Gobbi\n"
         "Valmarina, 5 dicembre 2026, 12:10\n"
         "\n"
         "Il consiglio comunale ha approvato venerdì l'ampliamento del porto di Valmarina con i voti di tutti i gruppi "
         "tranne uno.\n"
         "\n"
         "L'opera costerà 40 milioni e partirà in primavera, ha spiegato l'assessora all'Urbanistica durante la "
         "seduta.\n"
         "\n"
         "I pescatori del porto di Valmarina chiedono che il nuovo mercato sia pronto prima dell'estate per non "
         "perdere la stagione.\n",
         "Lucia Gobbi", "PAOLO SANTI"},
    };
    for (const Row& r : rows) {
        INFO(r.author);
        const Article a = parse(r.page);
        CHECK(a.authors == std::vector<std::string>{r.author});
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].credit == r.credit);
    }
}

TEST_CASE("a name under a caption and a credit, with no date line under it, is no byline", "[bylines][byline79]") {
    const char* page =
        "Ir al contenido\n"
        "DIARIO DEL SUR\n"
        "Suscríbete\n"
        "Nacional\n"
        "Economía\n"
        "Sociedad\n"
        "Cultura\n"
        "AMPLIACIÓN DEL PUERTO DE VALDELUZ\n"
        "El Consistorio aprueba la ampliación del puerto de Valdeluz tras dos años de disputa\n"
        "\n"
        "El plan del puerto de Valdeluz prevé un muelle nuevo para cruceros y una lonja moderna financiada con fondos "
        "del puerto y del Estado\n"
        "\n"
        "La concejala de Urbanismo, Marta Ruiz, este viernes en el muelle viejo del puerto de Valdeluz.\n"
        "PABLO SANZ\n"
        "Lucía Gómez Prieto\n"
        "\n"
        "El pleno del Ayuntamiento aprobó este viernes la ampliación del puerto de Valdeluz con los votos de todos los "
        "grupos salvo uno.\n"
        "\n"
        "La obra del puerto costará 40 millones y empezará en primavera, según explicó la concejala de Urbanismo en la "
        "sesión.\n"
        "\n"
        "Los pescadores del puerto de Valdeluz piden que la lonja nueva esté lista antes del verano para no perder la "
        "campaña.\n";
    CHECK(parse(page).authors.empty());
}
