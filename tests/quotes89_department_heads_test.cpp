// The head of a department described by the department ("la cheffe du Département de l'intérieur", "die Vorsteherin
// des Departements des Innern") is the person named so before, not the department; and a lower-case Arabic particle
// ("Fatima el Amrani", "Karim ben Salah") is part of the name, as "de" and "van" are.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the head of a department is the person named before, not the department", "[quotes][quotes89]") {
    check_quotes({
        {"fr",
         {"Le plan touche les familles, a reconnu la conseillère fédérale Lise Monnet devant les médias.",
          "La cheffe du Département de l’intérieur a rappelé que la Confédération doit économiser."},
         "la Confédération doit économiser", "Lise Monnet", "La cheffe du Département de l’intérieur"},
        // (the head of a department named before by the person's office: the person still)
        {"fr",
         {"Le plan est prêt, a dit le conseiller fédéral Paul Meier.",
          "Le chef du Département de la défense a ajouté que l’armée doit aussi économiser."},
         "l’armée doit aussi économiser", "Paul Meier"},
        {"de",
         {"Der Plan trifft die Familien, räumte Bundesrätin Lise Monnet vor den Medien ein.",
          "Die Vorsteherin des Departements des Innern sagte, der Bund müsse drei Milliarden sparen."},
         "der Bund müsse drei Milliarden sparen", "Lise Monnet"},
    });
}

TEST_CASE("a lower-case Arabic particle is part of the name", "[quotes][quotes89]") {
    check_quotes({
        {"nl", {"\u201EWe gaan door\u201D, zegt voorzitter Fatima el Amrani."}, "We gaan door", "Fatima el Amrani"},
        {"fr", {"\u00AB Nous continuons \u00BB, affirme le président Karim ben Salah."}, "Nous continuons",
         "Karim ben Salah"},
        // (a Spanish article before a day is no particle)
        {"es", {"\u00ABSeguiremos\u00BB, dijo Ana Ruiz el martes."}, "Seguiremos", "Ana Ruiz"},
    });
}

TEST_CASE("the government of a place speaks as a whole, not the place", "[quotes][quotes89]") {
    check_quotes({
        {"pt", {"O governo do Tocantins disse que vai recorrer da decisão."}, "vai recorrer da decisão",
         "governo do Tocantins"},
        // (Spanish's body noun already read so: the same for all)
        {"es", {"El gobierno de Chiapas informó que las clases se suspenden."}, "las clases se suspenden",
         "gobierno de Chiapas"},
        {"it", {"Il governo della Sardegna ha detto che le scuole restano chiuse."}, "le scuole restano chiuse",
         "governo della Sardegna"},
    });
}
