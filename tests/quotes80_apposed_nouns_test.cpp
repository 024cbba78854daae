// A description by a noun the page set before a name earlier, listed as a role or not (quotes80, probe71 Q4): "o
// infectologista Ricardo Sampaio" ... "afirmou o infectologista" is Ricardo Sampaio; and a generic noun standing for
// a body named before ("a pasta", "o órgão", as "el organismo", "l'institution"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a noun apposed to a name earlier names that person again", "[quotes][quotes80]") {
    check_cues({
        {"pt",
         {"«A procura triplicou em dez dias», disse o infectologista Ricardo Sampaio, do Hospital Central.",
          "A secretaria abriu mais cem leitos na quinta-feira.",
          "«Quem ainda não se vacinou deve fazê-lo já», afirmou o infectologista."},
         "Quem ainda não se vacinou deve fazê-lo já",
         "afirmou",
         "Ricardo Sampaio"},
        {"pt",
         {"A meteorologista Ângela Lourenço Dias falou aos jornalistas em Coimbra.",
          "«O vento vai rodar para norte ao fim da tarde», explicou a meteorologista."},
         "O vento vai rodar para norte ao fim da tarde",
         "explicou",
         "Ângela Lourenço Dias"},
        {"es",
         {"La sismóloga Marta Gil Ortega visitó la zona afectada el lunes.",
          "«Las réplicas seguirán durante semanas», advirtió la sismóloga."},
         "Las réplicas seguirán durante semanas",
         "advirtió",
         "Marta Gil Ortega"},
        {"fr",
         {"Le volcanologue Paul Mercier Roux est arrivé sur place mardi.",
          "« L'éruption peut reprendre à tout moment », a déclaré le volcanologue."},
         "L'éruption peut reprendre à tout moment",
         "a déclaré",
         "Paul Mercier Roux"},
        // (two people set with the same noun: the noun alone names neither)
        {"pt",
         {"O infectologista Ricardo Sampaio e o infectologista Paulo Reis Lima assinaram o parecer.",
          "«O surto vai durar semanas», afirmou o infectologista."},
         "O surto vai durar semanas",
         "afirmou",
         ""},
        // (a noun that came after the name, in its description, is no apposition: "Ricardo Sampaio, do hospital")
        {"pt",
         {"«A procura triplicou», disse Ricardo Sampaio, diretor do hospital.",
          "«Faltam camas em todas as alas», afirmou o hospital."},
         "Faltam camas em todas as alas",
         "afirmou",
         ""},
    });
}

TEST_CASE("a Portuguese or Spanish generic noun of a body stands for the body named before", "[quotes][quotes80]") {
    check_cues({
        {"pt",
         {"O Ministério da Saúde distribuiu dois milhões de doses aos estados.",
          "«As vacinas chegam a todos os municípios até sexta-feira», informou a pasta."},
         "As vacinas chegam a todos os municípios até sexta-feira",
         "informou",
         "Ministério da Saúde"},
        {"pt",
         {"A Polícia Militar fechou a avenida durante a madrugada.", "«Ninguém ficou ferido», disse a corporação."},
         "Ninguém ficou ferido",
         "disse",
         "Polícia Militar"},
        {"es",
         {"El Ministerio de Sanidad repartió dos millones de dosis a las comunidades.",
          "«Las vacunas llegarán a todos los centros antes del viernes», informó la cartera."},
         "Las vacunas llegarán a todos los centros antes del viernes",
         "informó",
         "Ministerio de Sanidad"},
        // (a person is no body: "a pasta" is not the minister)
        {"pt",
         {"A ministra Helena Cabral Vaz visitou o hospital na segunda-feira.",
          "«As vacinas chegam até sexta-feira», informou a pasta."},
         "As vacinas chegam até sexta-feira",
         "informou",
         ""},
    });
}

TEST_CASE("a Portuguese generic noun of a role names the one holding a role of its kind", "[quotes][quotes80]") {
    check_cues({
        {"pt",
         {"A cantora Marisa Coelho Lobo anunciou uma digressão de verão.",
          "«Vai ser o meu palco mais bonito», escreveu a artista."},
         "Vai ser o meu palco mais bonito",
         "escreveu",
         "Marisa Coelho Lobo"},
        {"pt",
         {"O delegado Renato Magalhães Dias ouviu três testemunhas.",
          "«O suspeito fugiu pela janela», disse o investigador."},
         "O suspeito fugiu pela janela",
         "disse",
         "Renato Magalhães Dias"},
    });
}
