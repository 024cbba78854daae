// Kinds of mention that resolved to the wrong person: a pronoun set off by commas after the body it stresses, a role
// that names another office than the one the person holds, a town named after a body's noun, a role met with no
// name before a pronoun, an unnamed person of no gender before a pronoun, a role said in other words.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a pronoun set off by commas stands for the words before it", "[quotes][office29]") {
    check_quotes({
        {"fr", {"Paul Ravel, président du comité, a salué le vote dimanche soir.",
                "Le PS, lui, demande que les prix restent « bas pour tous »."},
         "bas pour tous", "PS"},
        {"it", {"La senatrice Anna Galli ha parlato lunedì in aula.",
                "La Cgil, lei, ha detto che i salari sono «adeguati ai prezzi»."},
         "adeguati ai prezzi", "Cgil"},
    });
}

TEST_CASE("a role naming another office than the person's is someone else", "[quotes][office29]") {
    check_quotes({
        {"fr", {"« Une belle victoire », a réagi Paul Ravel, président du parti radical.",
                "Le conseiller d'Etat chargé des routes s'est dit « soulagé » lundi."},
         "soulagé", ""},
        {"en", {"\"A fine result,\" said Tom Vale, the president of the rowing club.",
                "The mayor said the bridge was \"safe again\" on Monday."},
         "safe again", ""},
        {"de", {"„Ein schöner Sieg“, sagte Hans Roth, Präsident des Ruderclubs.",
                "Der Bürgermeister sagte am Montag, die Brücke sei „wieder sicher“."},
         "wieder sicher", ""},
        {"it", {"«Una bella vittoria», ha detto Marco Ferri, presidente del circolo.",
                "Il sindaco ha detto che il ponte è «di nuovo sicuro»."},
         "di nuovo sicuro", ""},
        {"es", {"«Una gran victoria», dijo Pedro Ruiz, presidente del club de remo.",
                "El alcalde dijo que el puente está «otra vez seguro»."},
         "otra vez seguro", ""},
    });
    // (the same office, a German compound of it or a synonym, is the person's)
    check_quotes({
        {"de", {"Bundesministerin Eva Roth besuchte am Montag die Schule.",
                "Die Bildungsministerin betonte, es gehe um „gleiche Chancen“."},
         "gleiche Chancen", "Eva Roth"},
        {"fr", {"« Une belle victoire », a réagi Paul Ravel, président du parti radical.",
                "Le président a ajouté que la route serait « prête en mai »."},
         "prête en mai", "Paul Ravel"},
    });
}

TEST_CASE("a place named after a body's noun holds no role", "[quotes][office29]") {
    check_quotes({
        {"it", {"Secondo quanto riferito dai carabinieri della compagnia di Pisa Nord, il ladro è fuggito.",
                "Il sindaco di Pisa ha telefonato in mattinata al titolare.",
                "«Il quartiere non si arrende», ha dichiarato il sindaco."},
         "Il quartiere non si arrende", ""},
    });
    // (nor does one named right after an office and the word linking it to its field)
    check_quotes({
        {"en", {"\"The road has been closed since Monday,\" said the county of Ashby Vale.",
                "The mayor of Ashby Vale visited the site on Tuesday morning.",
                "\"The road will reopen soon,\" the mayor said."},
         "The road will reopen soon", ""},
    });
}

TEST_CASE("a role met with no name takes the pronoun after it", "[quotes][office29]") {
    check_quotes({
        {"fr", {"« Une belle victoire », a réagi Paul Ravel, président du parti radical.",
                "Le conseiller d'Etat chargé des routes s'est dit « soulagé ». "
                "Il a annoncé que la route serait « prête en mai »."},
         "prête en mai", ""},
        {"en", {"\"A fine result,\" said Tom Vale, the president of the rowing club.",
                "The mayor said the bridge was \"safe again\". He added that it would be \"open by May\"."},
         "open by May", ""},
    });
}

TEST_CASE("an unnamed person of no gender takes a gendered pronoun", "[quotes][office29]") {
    check_quotes({
        {"en", {"The hospital director, Mary Hollis, reopened the ward on Monday.",
                "A nurse on the ward said the new floor was \"much safer\". She added that the beds were \"too close\"."},
         "too close", ""},
        {"en", {"The plant manager, Tom Vale, showed the new turbine to visitors.",
                "An engineer at the plant said it was \"very quiet\". He added that it was \"not yet tested\"."},
         "not yet tested", ""},
    });
}

TEST_CASE("a role said in other words finds its holder", "[quotes][office29]") {
    check_quotes({
        {"it", {"Il sindaco Marco Ferri ha telefonato al titolare, mentre l'assessora Anna Galli era in consiglio.",
                "«Il quartiere non si arrende», ha detto il primo cittadino."},
         "Il quartiere non si arrende", "Marco Ferri"},
        {"fr", {"Le maire Paul Roux a appelé le commerçant, tandis que l'adjointe Anne Vidal était au conseil.",
                "« Le quartier tient bon », a dit le premier magistrat."},
         "Le quartier tient bon", "Paul Roux"},
    });
}
