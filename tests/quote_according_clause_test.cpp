// Table-driven tests of an according phrase whose mention the reported clause follows at once, without a comma:
// Dutch puts the clause's verb right after it ("Volgens de wethouder is de weg ..."), a helper verb too
// ([finite_helper_words]); Polish its subject ("Według ministra podwyżka obejmie ..."), the mention ending where the
// language's [quote_conventions] tell; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an according phrase's mention ends before the reported clause without a comma", "[quotes][according]") {
    check_only_quotes(
        {
            // nl: a helper verb right after the mention
            {"nl", "Volgens Sanne Kuipers is de sluis al jaren te klein voor de nieuwe vrachtschepen.",
             "is de sluis al jaren te klein voor de nieuwe vrachtschepen", "Volgens", "Sanne Kuipers"},
            {"nl", "Volgens de havenmeester heeft de gemeente veel te lang gewacht met het onderhoud.",
             "heeft de gemeente veel te lang gewacht met het onderhoud", "Volgens", "de havenmeester"},
            // pl: a noun, a role and its body, a name, a pronoun, an adjective with its noun, a body's name
            {"pl", "Według burmistrza remont dworca potrwa co najmniej dwa lata.",
             "remont dworca potrwa co najmniej dwa lata", "Według", "burmistrza"},
            {"pl", "Według rzecznika policji Adama Sowy sprawca uciekł w stronę lasu.",
             "sprawca uciekł w stronę lasu", "Według", "rzecznika policji Adama Sowy"},
            {"pl", "Według Ireny Kłos nowy rozkład jazdy wejdzie w życie w marcu.",
             "nowy rozkład jazdy wejdzie w życie w marcu", "Według", "Ireny Kłos"},
            {"pl", "Według niej szkoła w tym roku przyjmie dwie nowe klasy.",
             "szkoła w tym roku przyjmie dwie nowe klasy", "Według", "niej"},
            {"pl", "Według wstępnych szacunków straty sięgną kilku milionów złotych.",
             "straty sięgną kilku milionów złotych", "Według", "wstępnych szacunków"},
            {"pl", "Według danych Urzędu Pracy i Spraw Socjalnych bezrobocie spadło w marcu.",
             "bezrobocie spadło w marcu", "Według", "danych Urzędu Pracy i Spraw Socjalnych"},
            {"pl", "Zdaniem radnej Marty Żak budowa parkingu nie ma sensu.", "budowa parkingu nie ma sensu",
             "Zdaniem", "radnej Marty Żak"},
            // a comma after the mention is read as before
            {"pl", "Według dyrektora szkoły, nowa sala gimnastyczna będzie gotowa we wrześniu.",
             "nowa sala gimnastyczna będzie gotowa we wrześniu", "Według", "dyrektora szkoły"},
        },
        QuoteKind::indirect);
}
