// A topic label in capitals over the title ("PRESUPUESTOS GENERALES DEL ESTADO"), the title over its standfirst
// printed without a stop, and the photo's caption and credit between the standfirst and the byline: the label shares
// the article's words best, but a head has one deck; the line under the label is the headline (the label its
// antetítulo), the line under that the standfirst. A capitals headline over a standfirst closed by a stop stays the
// headline. Every line is invented.
#include <catch2/catch.hpp>
#include "archive/archive.hpp"
#include <string>
#include <vector>

using archive::Article;
using archive::parse;

TEST_CASE("a capitals label over a title and its unsigned standfirst is no headline", "[headline][headline79]") {
    struct Row {
        const char* page;
        const char* headline;
        const char* lede;
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
         "El Consistorio aprueba la ampliación del puerto de Valdeluz tras dos años de disputa",
         "El plan del puerto de Valdeluz prevé un muelle nuevo para cruceros y una lonja moderna financiada con fondos "
         "del puerto y del Estado"},
        {// en
         "Skip to content\n"
         "THE HARBOUR GAZETTE\n"
         "Subscribe\n"
         "News\n"
         "Business\n"
         "Sport\n"
         "Culture\n"
         "MILLBROOK HARBOUR EXPANSION PLAN\n"
         "Council approves the Millbrook harbour expansion after two years of dispute\n"
         "\n"
         "The Millbrook harbour plan includes a new cruise quay and a modern fish market paid for by the harbour board "
         "and the state\n"
         "\n"
         "The planning officer, Martha Rowe, on Friday at the old quay of Millbrook harbour.\n"
         "PAUL SANDS\n"
         "Lucy Graham\n"
         "Millbrook, 5 December 2026, 12:10\n"
         "\n"
         "The council approved the expansion of Millbrook harbour on Friday with the votes of every group but one.\n"
         "\n"
         "The harbour expansion will cost 40 million and start in spring, the planning officer told the meeting.\n"
         "\n"
         "Fishermen at Millbrook harbour want the new fish market ready before summer so as not to lose the season.\n",
         "Council approves the Millbrook harbour expansion after two years of dispute",
         "The Millbrook harbour plan includes a new cruise quay and a modern fish market paid for by the harbour board "
         "and the state"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page);
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        REQUIRE(a.lede);
        CHECK(*a.lede == r.lede);
    }
}

TEST_CASE("a capitals headline over a standfirst closed by a stop stays the headline", "[headline][headline79]") {
    const char* page =
        "Ir al contenido\n"
        "DIARIO DEL SUR\n"
        "Suscríbete\n"
        "Nacional\n"
        "Economía\n"
        "Sociedad\n"
        "Cultura\n"
        "VALDELUZ AMPLÍA SU PUERTO\n"
        "El Consistorio aprueba la ampliación del puerto de Valdeluz tras dos años de disputa.\n"
        "\n"
        "El plan del puerto de Valdeluz prevé un muelle nuevo para cruceros y una lonja moderna financiada con fondos "
        "del puerto y del Estado\n"
        "\n"
        "La concejala de Urbanismo, Marta Ruiz, este viernes en el muelle viejo del puerto de Valdeluz.\n"
        "PABLO SANZ\n"
        "Lucía Gómez Prieto\n"
        "Valdeluz - 05 dic 2026 - 12:10 CET\n"
        "\n"
        "El pleno del Ayuntamiento aprobó este viernes la ampliación del puerto de Valdeluz con los votos de todos los "
        "grupos salvo uno.\n"
        "\n"
        "La obra del puerto costará 40 millones y empezará en primavera, según explicó la concejala de Urbanismo en la "
        "sesión.\n"
        "\n"
        "Los pescadores del puerto de Valdeluz piden que la lonja nueva esté lista antes del verano para no perder la "
        "campaña.\n";
    const Article a = parse(page);
    REQUIRE(a.headline);
    CHECK(*a.headline == "VALDELUZ AMPLÍA SU PUERTO");
}
