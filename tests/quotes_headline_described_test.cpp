// A headline's quote printed with a cue and a description in lower case ("'Q', diz goleira da seleção", "‘Q’, says
// mayor") goes to the body's first speaker only when that speaker may be the one described: not a person of the other
// gender, nor one the body described by other roles ("a colega de clube, Jéssica Prado"); a capitalised noun ("La
// Policía dice …") is no role to check (s55, quotes.cpp fits_mention()). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A goalkeeper's page whose headline quotes "goleira da seleção", its last line the body's one quote.
std::string goalkeeper_page(const std::string& last) {
    std::string page =
        "Esportes\n"
        "'O hospital público salvou minha carreira', diz goleira da seleção\n"
        "Jogadora de 34 anos fala sobre a lesão no joelho e a volta aos gramados\n"
        "Por Fernanda Quintela\n"
        "06.dez.2026 às 10h00\n"
        "Letícia Barros, 34, estava no auge quando rompeu o ligamento do joelho esquerdo, em março de 2025. Vinte "
        "meses depois, voltou a ser convocada para a seleção.\n"
        "A recuperação foi longa e feita inteira no hospital público da cidade, com fisioterapia três vezes por "
        "semana.\n";
    page += last;
    page += '\n';
    return page;
}

// A bridge's page whose headline quotes "mayor", its last line the body's one quote.
std::string bridge_page(const std::string& last) {
    std::string page =
        "Local news\n"
        "‘The new bridge will open in spring’, says mayor\n"
        "The council approved the last payment for the river crossing on Tuesday evening\n"
        "By Carl Winton\n"
        "November 12, 2026\n"
        "The council of Dunmore approved on Tuesday the last payment for the new bridge over the river, after two "
        "years of works and one long winter of delays.\n"
        "The builders say the deck is finished and only the lights and the railings are left to fit before the "
        "inspection.\n";
    page += last;
    page += '\n';
    return page;
}

} // namespace

TEST_CASE("a headline's described speaker is the body's first only when the description fits",
          "[quotes][headline][s55_headline_roles]") {
    struct Case {
        std::string page;
        std::string speaker; // (empty: none)
    };
    const std::vector<Case> cases = {
        // a woman the body calls the club's colleague is no goalkeeper; nor is a man
        {goalkeeper_page(
             "A colega de clube, Jéssica Prado, acompanhou o tratamento e disse: \"Ela treinava sozinha quando "
             "ninguém via\".\n"),
         ""},
        {goalkeeper_page(
             "O colega de clube, João Prado, acompanhou o tratamento e disse: \"Ela treinava sozinha quando ninguém "
             "via\".\n"),
         ""},
        // the mayor's deputy is no mayor
        {bridge_page(
             "Her deputy, councillor Tom Reed, was less sure. “We have heard spring before,” he said after the "
             "vote.\n"),
         ""},
        // near misses: the body's speaker holds the role; a capitalised body's noun, an officer speaking for it
        {goalkeeper_page(
             "A goleira reserva Jéssica Prado acompanhou o tratamento. \"Ela treinava sozinha quando ninguém via\", "
             "disse a goleira.\n"),
         "Jéssica Prado"},
        {bridge_page(
             "Mayor Ann Lee was sure. “We have waited long enough,” she said after the vote.\n"),
         "Ann Lee"},
        {
         "Sucesos\n"
         "La Policía dice que todo está ‘tranquilo’ en el barrio, tras reforzar las patrullas\n"
         "Por Redacción\n"
         "7 de diciembre de 2026 - 10:12 hs\n"
         "Las patrullas de la Policía recorrieron el domingo las calles del barrio de Las Lomas, tras una semana de "
         "robos en los comercios de la avenida principal.\n"
         "Al sitio llegó el coronel José Galindo, que pidió calma a los vecinos y a los comerciantes de la zona.\n"
         "«Estamos aquí todos los días con los grupos especiales», dijo Galindo a los periodistas.\n",
         "José Galindo"},
    };
    for (const Case& c : cases) {
        const Article a = parse(c.page, "page.txt");
        CAPTURE(c.page);
        REQUIRE_FALSE(a.quotes.empty());
        const Quote& q = a.quotes.front();
        REQUIRE(q.where == Where::headline);
        CHECK(q.speaker.value_or("") == c.speaker);
        CHECK(q.mention.has_value());
    }
}
