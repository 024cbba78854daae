// A role's complement glued before a name (session 44): after a role or trade noun and the word linking it to what
// it is of ("de", "di", "of", an article may follow), one capitalised word (a place, an acronym) and a name of two words
// are the complement and the name: "la exalcaldesa de Sevilla Rosa Marín", "la politóloga de la UPF Laia Soler".
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a place or an acronym after a role's link is no part of the name after it", "[quotes][quotes108]") {
    check_names({
        {"es", "La exalcaldesa de Sevilla Rosa Marín anunció ayer su regreso.", {"Rosa Marín"}},
        {"es", "Para la politóloga de la UPF Laura Soler, el pacto es frágil.", {"Laura Soler"}},
        {"es", "El exministro de Cultura Pedro Salas lo negó.", {"Pedro Salas"}},
        {"fr", "Pour le député du PCF Pierre Petit, rien n'est joué.", {"Pierre Petit"}},
        {"fr", "Le maire de Nantes Paul Girard a annoncé sa candidature.", {"Paul Girard"}},
        {"fr", "L'ex-maire de Nantes Paul Girard a annoncé sa candidature.", {"Paul Girard"}},
        {"fr", "Selon la sociologue de l'EHESS Claire Morel, rien n'est joué.", {"Claire Morel"}},
        {"it", "Il sindaco di Pavia Marco Bellini ha detto che non si ricandida.", {"Marco Bellini"}},
        {"it", "Secondo l'ex sindaca di Lecce Anna Greco la giunta ha sbagliato.", {"Anna Greco"}},
        {"it", "Per il consigliere del PD Luca Ferri, la legge va cambiata.", {"Luca Ferri"}},
        {"en", "For the senator of the SNP John Reid, the vote was lost.", {"John Reid"}},
        {"en", "The former mayor of Leeds Tom Riley said he would stand again.", {"Tom Riley"}},
    });
}

TEST_CASE("a name holding a particle stays whole", "[quotes][quotes108]") {
    check_names({
        // (a body's name set off by commas after a role's link: no acronym and given name, left whole)
        {"es", "Ana Ruiz, candidata de Puerto Nuevo Unido, lo negó.", {"Ana Ruiz", "Puerto Nuevo Unido"}},
        {"es", "Lo dijo Juan de la Cruz ayer.", {"Juan de la Cruz"}},
        {"es", "La presidenta de Ursula von der Leyen habló.", {"Ursula von der Leyen"}},
        {"fr", "Le général Charles de Gaulle a dit non.", {"Charles de Gaulle"}},
    });
}
