// Table-driven tests of a speaker the text brings in without a name ("a spokesman for the agency said"), and of the
// references to them after, on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// A named person speaks, then someone brought in with an indefinite article, then a reference to the unnamed one.
std::vector<std::string> paragraphs(const char* named, const char* unnamed, const char* later) {
    return {named, unnamed, later};
}

} // namespace

TEST_CASE("a role brought in with an indefinite article names nobody, and the role said again is that nobody",
          "[quotes][speakers][unnamed]") {
    check_quotes({
        {"de",
         paragraphs("„Die Straße bleibt gesperrt“, sagte Landrat Hans Meier am Montag.",
                    "„Wir prüfen die Brücke“, sagte ein Sprecher der Straßenbehörde.",
                    "„Verletzt wurde niemand“, sagte der Sprecher am Abend."),
         "Verletzt wurde niemand", ""},
        {"en",
         paragraphs("\"The road will stay closed,\" Mayor Tom Vale said on Monday.",
                    "\"We are checking the bridge,\" a spokesman for the highway agency said.",
                    "\"Nobody was hurt,\" the spokesman added."),
         "Nobody was hurt", ""},
        {"fr",
         paragraphs("« La route restera fermée », a déclaré le maire Paul Roux lundi.",
                    "« Nous vérifions le pont », a déclaré un porte-parole de la préfecture.",
                    "« Personne n'a été blessé », a ajouté le porte-parole."),
         "Personne n'a été blessé", ""},
        {"es",
         paragraphs("«La carretera seguirá cerrada», dijo el alcalde Pedro Vidal el lunes.",
                    "«Estamos revisando el puente», dijo un portavoz de la agencia de carreteras.",
                    "«Nadie resultó herido», añadió el portavoz."),
         "Nadie resultó herido", ""},
        {"it",
         paragraphs("«La strada resterà chiusa», ha detto il sindaco Marco Bruni lunedì.",
                    "«Stiamo controllando il ponte», ha detto un portavoce della prefettura.",
                    "«Nessuno è rimasto ferito», ha aggiunto il portavoce."),
         "Nessuno è rimasto ferito", ""},
    });
}

TEST_CASE("a pronoun after a role brought in with an indefinite article stands for that unnamed speaker",
          "[quotes][speakers][unnamed]") {
    check_quotes({
        {"de",
         paragraphs("„Die Straße bleibt gesperrt“, sagte Landrat Hans Meier am Montag.",
                    "„Wir prüfen die Brücke“, sagte ein Sprecher der Straßenbehörde.",
                    "„Die Arbeiten dauern Wochen“, betonte er."),
         "Die Arbeiten dauern Wochen", ""},
        {"en",
         paragraphs("\"The road will stay closed,\" Mayor Tom Vale said on Monday.",
                    "\"We are checking the bridge,\" a spokesman for the highway agency said.",
                    "\"The work will take weeks,\" he said."),
         "The work will take weeks", ""},
        {"fr",
         paragraphs("« La route restera fermée », a déclaré le maire Paul Roux lundi.",
                    "« Nous vérifions le pont », a déclaré un porte-parole de la préfecture.",
                    "« Les travaux dureront des semaines », a-t-il ajouté."),
         "Les travaux dureront des semaines", ""},
    });
}

TEST_CASE("another role or a pronoun of another gender after an unnamed speaker still finds the person named",
          "[quotes][speakers][unnamed]") {
    check_quotes({
        {"en",
         paragraphs("\"The road will stay closed,\" Mayor Tom Vale said on Monday.",
                    "\"We are checking the bridge,\" a spokeswoman for the highway agency said.",
                    "\"The work will take weeks,\" he said."),
         "The work will take weeks", "Tom Vale"},
        {"en",
         paragraphs("\"The road will stay closed,\" Mayor Tom Vale said on Monday.",
                    "\"We are checking the bridge,\" a spokesman for the highway agency said.",
                    "\"The work will take weeks,\" the mayor said."),
         "The work will take weeks", "Tom Vale"},
        {"de",
         paragraphs("„Die Straße bleibt gesperrt“, sagte Landrätin Anna Roth am Montag.",
                    "„Wir prüfen die Brücke“, sagte ein Sprecher der Straßenbehörde.",
                    "„Die Arbeiten dauern Wochen“, betonte sie."),
         "Die Arbeiten dauern Wochen", "Anna Roth"},
        {"fr",
         paragraphs("« La route restera fermée », a déclaré la maire Anne Roux lundi.",
                    "« Nous vérifions le pont », a déclaré un porte-parole de la préfecture.",
                    "« Les travaux dureront des semaines », a ajouté la maire."),
         "Les travaux dureront des semaines", "Anne Roux"},
    });
}

TEST_CASE("a role noun's plural with no article names a group, not a person described with its other words",
          "[quotes][speakers][unnamed]") {
    // (German names a group so already: "Chinesische Politiker haben angekündigt")
    check_quotes({
        {"en",
         {"\"We will sign the treaty,\" said the American ambassador Tom Vale on Monday.",
          "\"The deal is only a first step,\" American officials said."},
         "The deal is only a first step", ""},
        {"en",
         {"\"We will sign the treaty,\" said the American ambassador Tom Vale on Monday.",
          "American officials have argued the deal was \"only a first step\"."},
         "only a first step", ""},
        {"fr",
         {"« Nous signerons le traité », a déclaré l'ambassadeur américain Paul Roux lundi.",
          "« L'accord n'est qu'un premier pas », ont déclaré responsables américains."},
         "L'accord n'est qu'un premier pas", ""},
        {"fr",
         {"« Nous signerons le traité », a déclaré l'ambassadeur américain Paul Roux lundi.",
          "Responsables américains ont dit que l'accord était « un premier pas »."},
         "un premier pas", ""},
        // (with an article the officials may be people the text named)
        {"en",
         {"\"We will sign the treaty,\" said the American ambassador Tom Vale on Monday.",
          "\"The deal is only a first step,\" the American ambassador said."},
         "The deal is only a first step", "Tom Vale"},
    });
}
