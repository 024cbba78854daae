// A role noun and what it is of (role_fields): "le chef du gouvernement" is not "le chef de l'État", "el jefe del
// Gobierno" not "el jefe del Estado", "le chef du département" not "son chef de groupe". Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a role met with no name of another field does not stop the holder of the field the mention names",
          "[quotes][quotes81]") {
    check_quotes({
        {"fr",
         {"Le chef de l'État a tenu un discours de fermeté devant les députés.",
          "Le Premier ministre Jean Diallo, présent au palais, a salué un discours «historique». «C'est la fin de "
          "l'impunité», a lancé le chef du gouvernement à la presse."},
         "C'est la fin de l'impunité",
         "Jean Diallo",
         "le chef du gouvernement"},
        {"es",
         {"El jefe del Estado pronunció un largo discurso ante el Congreso.",
          "El primer ministro Juan Ortega, presente en la sala, aplaudió el discurso. «Es el fin de la impunidad», dijo "
          "el jefe del Gobierno a la prensa."},
         "Es el fin de la impunidad",
         "Juan Ortega",
         "el jefe del Gobierno"},
        {"it",
         {"Il capo dello Stato ha tenuto un lungo discorso davanti alle Camere.",
          "Il premier Marco Bassi, presente in aula, ha applaudito il discorso. «È la fine dell'impunità», ha detto il "
          "capo del governo ai giornalisti."},
         "È la fine dell'impunità",
         "Marco Bassi"},
    });
}

TEST_CASE("a person holding a role noun of another field is not the one a description of that noun means",
          "[quotes][quotes81]") {
    check_quotes({
        {"fr",
         {"Le parti a vivement réagi. Son chef de groupe Paul Favre a dénoncé une «capitulation» devant Bruxelles.",
          "Interrogé à la sortie de la séance, le chef du département a tenu à calmer le jeu. «Nous ne sommes en "
          "guerre contre personne», a déclaré le chef du département."},
         "Nous ne sommes en guerre contre personne",
         "",
         "le chef du département"},
        // (the same field, or a generic noun of the place named before, [field_anaphor_words], is the same role)
        {"fr",
         {"Le parti a vivement réagi. Son chef de groupe Paul Favre a dénoncé une «capitulation» devant Bruxelles.",
          "«Nous ne céderons pas», a déclaré le chef de groupe."},
         "Nous ne céderons pas",
         "Paul Favre"},
        {"fr",
         {"Marie Roux, maire de Lully, a présenté le budget mardi soir devant le conseil.",
          "«Nous ne toucherons pas aux impôts», a promis le maire de la commune."},
         "Nous ne toucherons pas aux impôts",
         "Marie Roux"},
        {"pt",
         {"O presidente da autarquia, António Correia, apresentou o orçamento na terça-feira.",
          "«Não vamos aumentar os impostos», afirmou o presidente da Câmara."},
         "Não vamos aumentar os impostos",
         "António Correia"},
    });
}
