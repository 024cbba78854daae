// The words between a role and a person's name (session 46): an office's field written capitalised right after the
// role with no link ("el fiscal Anticorrupción Ana Gil", "il procuratore Antimafia Ada Neri", "wethouder Sport Eva
// Bos"), or a field of two words after the role's link before a common given name ("la jueza de Vigilancia
// Penitenciaria Marta Gil"), is the role's, no part of the name. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_checks;
using archive::quote_rows::check_quotes;
using archive::quote_rows::PageRow;

TEST_CASE("an office's capitalised field after a role is no part of the name", "[quotes][quotes109]") {
    check_names({
        {"es", "El fiscal Anticorrupción Alejandro Ruano pidió diez años de cárcel.", {"Alejandro Ruano"}},
        {"es", "El fiscal jefe Antidroga Carlos Prieto acusó a la red.", {"Carlos Prieto"}},
        {"es", "La fiscal Antiblanqueo Marta Ibáñez Soler recurrió el auto.", {"Marta Ibáñez Soler"}},
        {"es", "Lo pidió ayer el fiscal Antidroga en la vista.", {}},
        {"it", "Il procuratore Antimafia Marco Ferraresi ha chiesto la condanna.", {"Marco Ferraresi"}},
        {"it", "Il procuratore nazionale Antimafia Giovanni Ferri ha parlato in aula.", {"Giovanni Ferri"}},
        {"it", "Il pm Antimafia Lucia Greco ha chiesto la condanna.", {"Lucia Greco"}},
        {"pt", "O procurador Anticorrupção Rui Tavares pediu oito anos de prisão.", {"Rui Tavares"}},
        {"nl", "Wethouder Sport Mirjam de Bruin is blij met het geld.", {"Mirjam de Bruin"}},
        {"nl", "Volgens wethouder Wonen Jan Kuiper is de pot leeg.", {"Jan Kuiper"}},
    });
}

TEST_CASE("a field of two words after a role's link, before a common given name, is no part of the name",
          "[quotes][quotes109]") {
    check_names({
        {"es", "La jueza de Vigilancia Penitenciaria Marta Gil rechazó el recurso.", {"Marta Gil"}},
        {"es", "La alcaldesa de Villa Nueva Ana Ruiz firmó el decreto.", {"Ana Ruiz"}},
        {"it", "Il sindaco di Porto Alto Marco Neri ha firmato l'ordinanza.", {"Marco Neri"}},
        {"en", "The mayor of New Harbour Anna Price signed the order.", {"Anna Price"}},
        // (no given name third: the run is left as read)
        {"es",
         "La jueza de Vigilancia Penitenciaria Zoraida Gil rechazó el recurso.",
         {"Vigilancia Penitenciaria Zoraida Gil"}},
    });
}

TEST_CASE("a given name or a surname after a role stays the name", "[quotes][quotes109]") {
    check_names({
        {"es", "El fiscal Antonio Ruano pidió diez años de cárcel.", {"Antonio Ruano"}},
        {"es", "El fiscal José María Pérez pidió la condena.", {"José María Pérez"}},
        {"es", "La jueza de instrucción Marta Gil rechazó el recurso.", {"Marta Gil"}},
        // (a surname opened so, met alone: no field before a name)
        {"it", "Il procuratore Antinucci ha chiesto la condanna.", {"Antinucci"}},
        {"it", "Il procuratore capo Marco Neri ha chiesto la condanna.", {"Marco Neri"}},
        {"fr", "Le procureur antiterroriste Jean Roux a requis la perpétuité.", {"Jean Roux"}},
        // (a body's name holding such a word, no role before it, stays whole)
        {"es", "Según la Fiscalía Anticorrupción, el pago fue ilegal.", {"Fiscalía Anticorrupción"}},
    });
}

TEST_CASE("the role with its field describes the person a later mention names", "[quotes][quotes109]") {
    check_quotes({
        {"es",
         {"El fiscal Anticorrupción Alejandro Ruano ha pedido diez años de cárcel para el antiguo alcalde de Villaseca "
          "por el cobro de comisiones.",
          "“Los hechos están acreditados”, ha afirmado el fiscal durante la vista."},
         "Los hechos están acreditados",
         "Alejandro Ruano",
         "el fiscal"},
        {"it",
         {"Il procuratore Antimafia Marco Ferraresi ha chiesto vent'anni di carcere per il boss del porto.",
          "«Le prove sono schiaccianti», ha detto il procuratore durante la requisitoria."},
         "Le prove sono schiaccianti",
         "Marco Ferraresi",
         "il procuratore"},
        {"pt",
         {"O procurador Anticorrupção Rui Tavares pediu oito anos de prisão para o antigo presidente da câmara.",
          "“Os factos estão provados”, afirmou o procurador durante a sessão."},
         "Os factos estão provados",
         "Rui Tavares",
         "o procurador"},
        // (the field alone after the role names no body: the role is someone the text does not name)
        {"es", {"“No vamos a parar”, ha dicho el fiscal Antidroga tras la vista."}, "No vamos a parar", ""},
        {"it", {"«Non ci fermeremo», ha detto il pm Antimafia ai giornalisti."}, "Non ci fermeremo", ""},
    });
}
