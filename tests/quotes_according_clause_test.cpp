// Tests of the clause after "Selon X," and its kin ("Según él,", "Secondo lui,"): an article opening the clause is
// its subject, not an insert of the mention, and a decimal comma ("2,4 milliards") sets nothing off. Invented
// sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a clause opened by an article after the according phrase's comma is what is reported",
          "[quotes][indirect]") {
    check_only_quotes(
        {
            {"fr", "Selon lui, la réforme, votée en mars, permettra de rouvrir trois guichets dans le canton.",
             "la réforme, votée en mars, permettra de rouvrir trois guichets dans le canton", "Selon", "lui"},
            {"es", "Según ella, la obra, muy esperada, costará menos de lo previsto por el ayuntamiento.",
             "la obra, muy esperada, costará menos de lo previsto por el ayuntamiento", "Según", "ella"},
            {"it", "Secondo lui, la riforma, votata a marzo, permetterà di riaprire tre sportelli in città.",
             "la riforma, votata a marzo, permetterà di riaprire tre sportelli in città", "Secondo", "lui"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a decimal comma inside the reported clause is no comma of the according phrase", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"fr", "Selon lui, le projet permettra d’économiser 2,4 milliards d’euros d’ici à 2030.",
             "le projet permettra d’économiser 2,4 milliards d’euros d’ici à 2030", "Selon", "lui"},
            {"fr", "Selon elle, le chômage atteindra 3,5 % à la fin de l'année prochaine.",
             "le chômage atteindra 3,5 % à la fin de l'année prochaine", "Selon", "elle"},
            {"es", "Según él, el déficit bajará al 2,1 % del producto interior bruto el año próximo.",
             "el déficit bajará al 2,1 % del producto interior bruto el año próximo", "Según", "él"},
        },
        QuoteKind::indirect);
}

TEST_CASE("an apposition naming a role after the according phrase's name stays in the mention", "[quotes][indirect]") {
    // (an article, then a role noun or a capitalised word, before a second comma: the name's apposition)
    check_only_quotes(
        {
            {"fr", "Selon Paul Roux, le directeur de l'école, les travaux dureront jusqu'à la fin de l'été.",
             "les travaux dureront jusqu'à la fin de l'été", "Selon", "Paul Roux, le directeur de l'école"},
        },
        QuoteKind::indirect);
}
