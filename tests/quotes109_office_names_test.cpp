// The words between a role and a person's name (session 46): an office's field written capitalised right after the
// role with no link ("el fiscal Anticorrupción Ana Gil", "il procuratore Antimafia Ada Neri", "wethouder Sport Eva
// Bos") is the role's, no part of the name; a compound noun of what the person is ("Collega-zanger Wim Bos",
// "Ruslandkenner Jan Smit") is none of it either; a second group of particles after a name holding one ("Wiesje van
// der Berg van Ziekenhuis Noord") opens what the person is of, and so does a company written with a capital inside
// ("Eva Bos van RailWerk") or an acronym ("Jan Bos van de KNVB"); and "de minister van Financiën" names no one.
// Invented lines.
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
        // (a given name the lexicon does not know third: the field is still two words, its first word being no
        // given name; quotes109 of the fifty-eighth session)
        {"es", "La jueza de Vigilancia Penitenciaria Zoraida Gil rechazó el recurso.", {"Zoraida Gil"}},
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

TEST_CASE("a second group of particles or an acronym after a full name opens what the person is of",
          "[quotes][quotes109]") {
    check_names({
        {"nl",
         "Dat zegt neuroloog Wiesje van der Berg van Ziekenhuis Noord.",
         {"Wiesje van der Berg", "Ziekenhuis Noord"}},
        {"nl", "Dat zegt onderzoeker Anna de Wit van Stichting Rivierland.", {"Anna de Wit", "Stichting Rivierland"}},
        {"nl", "Dat zegt Jan Bos van de KNVB.", {"Jan Bos"}},
        {"fr", "Selon Jean Roux de la CGT, rien n'est joué.", {"Jean Roux"}},
        // (a name of two surnames, one group of particles, stays whole; so do two groups in Portuguese)
        {"nl", "Dat zei burgemeester Karin Mulder van Oosterwold.", {"Karin Mulder van Oosterwold"}},
        {"pt", "Para Ana Maria dos Santos da Silva, a lei é boa.", {"Ana Maria dos Santos da Silva"}},
    });
}

TEST_CASE("a company written with a capital inside after a full name and a particle is no part of it",
          "[quotes][quotes109]") {
    check_quotes({
        {"nl", {"„Het spoor is oud”, zegt Eva Bos van RailWerk."}, "Het spoor is oud", "Eva Bos"},
        {"de", {"„Das Netz ist alt“, sagte Jan Roth von BauWerk."}, "Das Netz ist alt", "Jan Roth"},
        // (a surname written so has one small letter before its second capital; one word after the particle stays)
        {"nl", {"„Het spoor is oud”, zegt Eva Bos van DeWaal."}, "Het spoor is oud", "Eva Bos van DeWaal"},
        {"nl",
         {"„Het spoor is oud”, zegt Karin Mulder van Oosterwold."},
         "Het spoor is oud",
         "Karin Mulder van Oosterwold"},
    });
}

TEST_CASE("a compound noun of what a person is opens no name", "[quotes][quotes109]") {
    check_quotes({
        {"nl",
         {"Collega-zanger Wim Verbeke zei ooit over hem: ‘Hij zong als geen ander.’"},
         "Hij zong als geen ander.",
         "Wim Verbeke"},
        {"nl", {"„Het Kremlin wacht af”, zegt Ruslandkenner Hubert Stam."}, "Het Kremlin wacht af", "Hubert Stam"},
        {"nl",
         {"President Korolenko sprak in Kyiv met de pers.",
          "De Oekraïense president Oleksij Korolenko wil praten over een bestand.",
          "„We willen vrede”, zei Korolenko."},
         "We willen vrede",
         "Oleksij Korolenko"},
        // (a hyphenated given name's parts are both capitalised)
        {"nl", {"„Het is klaar”, zei Jan-Willem de Graaf."}, "Het is klaar", "Jan-Willem de Graaf"},
        // (English writes adjectives so, "Leeds-owned": where nouns do not compound the word is left as read)
        {"en",
         {"Leeds-owned Harbour Foods Market said it would cut prices on fish."},
         "it would cut prices on fish",
         "Leeds-owned Harbour Foods Market"},
    });
}

TEST_CASE("a role's field after its link names no one", "[quotes][quotes109]") {
    check_quotes({
        {"nl",
         {"De staatssecretaris van Infrastructuur beloofde vorig jaar nog dat het ‘binnen een jaar’ beter wordt."},
         "binnen een jaar",
         ""},
        {"nl", {"De minister van Financiën zei dat het „een lastige keuze” was."}, "een lastige keuze", ""},
    });
}
