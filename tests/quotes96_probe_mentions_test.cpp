// Mentions and speakers of quotes on invented pages in pt, pl, it, es, fr (session 54's probe): an according
// phrase's mention that is a genitive chain, a time adverbial after the cue verb, and a place glued before a name.
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

// (a namespace of its own: compiled as a unit of its own, the other files' batches left as they are)
namespace quotes96_probe {

TEST_CASE("an according phrase's mention keeps the body's noun in the genitive after its noun", "[quotes][quotes96p]") {
    check_only_quotes(
        {
            {"pl", "Według zarządu województwa pierwsze nowe pociągi wyjadą na tory w czerwcu.",
             "pierwsze nowe pociągi wyjadą na tory w czerwcu", "Według", "zarządu województwa"},
            {"pl", "Według rzecznika gminy szkoła w Brzezinie przyjmie w tym roku dwie nowe klasy.",
             "szkoła w Brzezinie przyjmie w tym roku dwie nowe klasy", "Według", "rzecznika gminy"},
            // (a name after the chain is still the mention's end)
            {"pl", "Według rzecznika policji Adama Sowy sprawca uciekł w stronę lasu.",
             "sprawca uciekł w stronę lasu", "Według", "rzecznika policji Adama Sowy"},
            // near misses: a noun of no body opens the clause; a lone noun stays alone
            {"pl", "Według burmistrza remont dworca potrwa co najmniej dwa lata.",
             "remont dworca potrwa co najmniej dwa lata", "Według", "burmistrza"},
            {"pl", "Według dyrektora miasto wyda na ten cel dwa miliony złotych.",
             "miasto wyda na ten cel dwa miliony złotych", "Według", "dyrektora"},
            // es, it: the noun phrase read whole already, with its complement
            {"es", "Según el consejo de administración del puerto las obras empezarán en marzo.",
             "las obras empezarán en marzo", "Según", "el consejo de administración del puerto"},
            {"it", "Secondo la giunta regionale i lavori sulla linea cominceranno in primavera.",
             "i lavori sulla linea cominceranno in primavera", "Secondo", "la giunta regionale"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a place glued before a name after a preposition is no part of it", "[quotes][quotes96p]") {
    quote_checks::check_names({
        {"it", "Nel consiglio comunale di Lecco Giorgio Ferrandi ha difeso il piano.", {"Giorgio Ferrandi"}},
        {"it", "A Lecco Giorgio Ferrandi ha difeso il piano.", {"Giorgio Ferrandi"}},
        {"es", "En el pleno de Almendral Lucía Ortega defendió el plan.", {"Lucía Ortega"}},
        {"pt", "Na câmara de Vilarinho João Matos defendeu o plano.", {"João Matos"}},
        // near misses: a name of two given names, a surname of two words, a place with no given name after it
        {"it", "Il premio è andato a Maria Giovanna Neri ieri sera.", {"Maria Giovanna Neri"}},
        {"es", "La obra es de Lucía Ortega Ramos desde hace años.", {"Lucía Ortega Ramos"}},
        {"it", "Il treno per Lecco Centrale Nord parte alle otto.", {"Lecco Centrale Nord"}},
        {"en", "The statue of Sir Robert Stout stands in the square.", {"Robert Stout"}},
        {"en", "The talks were led by Secretary of State John Reid in May.", {"John Reid"}},
    });
    check_speakers({
        {"it", "Nel consiglio comunale di Lecco Giorgio Ferrandi ha difeso il piano. «Questo piano libera le strade», "
               "ha detto.",
         "Questo piano libera le strade", "Giorgio Ferrandi"},
        {"es", "En el pleno de Almendral Lucía Ortega defendió el plan. «Este plan libera las calles», dijo.",
         "Este plan libera las calles", "Lucía Ortega"},
    });
}

} // namespace quotes96_probe
