// Kinds of mention that resolved to the wrong speaker: the paper or person told after a cue with no subject after it.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the paper told after a subjectless cue is no speaker: the person spoken of says it", "[quotes][speak48]") {
    check_quotes({
        {"es", {"El dirigente vecinal, Tomás Quispe Arana, rechazó el mensaje.",
                "\"Nunca pedimos esa cifra\", declaró a El Diario Costeño."},
         "Nunca pedimos esa cifra", "Tomás Quispe Arana", ""},
        {"es", {"La concejala Lucía Gómez Parra visitó el mercado.",
                "\"Hay que reparar el techo\", dijo a la prensa local."},
         "Hay que reparar el techo", "Lucía Gómez Parra", ""},
        {"pt", {"O presidente da junta, Manuel Tavares Cunha, reuniu-se com a população.",
                "\"Vamos lutar até ao fim\", disse à Lusa."},
         "Vamos lutar até ao fim", "Manuel Tavares Cunha", ""},
        {"it", {"Il direttore sanitario, Giulio Ferrante Bassi, ha incontrato i genitori.",
                "«Non possiamo garantire i turni», ha detto al Corriere della Valle."},
         "Non possiamo garantire i turni", "Giulio Ferrante Bassi", ""},
    });
}

TEST_CASE("a subject after the one told is still the speaker", "[quotes][speak48]") {
    check_quotes({
        // (an article no preposition governs opens the subject)
        {"es", {"\"Hay que reparar el techo\", dijo a la prensa el alcalde Pablo Ruiz."},
         "Hay que reparar el techo", "Pablo Ruiz"},
        // (a paper's one word, then a name of two words)
        {"es", {"\"Hay que reparar el techo\", dijo a EFE Lucía Gómez."}, "Hay que reparar el techo", "Lucía Gómez"},
        // (a name after the lower-case noun of the one told)
        {"fr", {"« Rien d'anormal », a précisé à notre rédaction Hélène Marchal, ingénieure."},
         "Rien d'anormal", "Hélène Marchal"},
        // (an article spelled as the preposition opens the subject: Portuguese "a")
        {"pt", {"\"Vamos lutar\", disse a secretária de Estado, Ana Prado."}, "Vamos lutar", "Ana Prado"},
    });
}

TEST_CASE("a pronoun stands for no place named like a person", "[quotes][speak48]") {
    check_quotes({
        {"en", {"\"The harbor needs rules,\" Mr. Vale said on Monday.",
                "His plan would transform the United States economy but draws fire from rivals.",
                "\"I think the rules may change,\" he said."},
         "I think the rules may change", "Vale"},
        {"en", {"\"The harbor needs rules,\" Ann Marsh said on Monday.",
                "New Harbor City has closed its piers twice this year.",
                "\"We cannot wait for another storm,\" she said."},
         "We cannot wait for another storm", "Ann Marsh"},
        {"de", {"„Der Hafen braucht Regeln“, sagte Jan Roth am Montag.",
                "Die Vereinigten Staaten haben den Vertrag im Frühjahr gekündigt.",
                "„Wir warten nicht auf den nächsten Sturm“, sagte er."},
         "Wir warten nicht auf den nächsten Sturm", "Jan Roth"},
        {"es", {"«El puerto necesita reglas», dijo Marta Ruiz el lunes.",
                "Los Estados Unidos denunciaron el tratado en primavera.",
                "«No esperaremos la próxima tormenta», añadió ella."},
         "No esperaremos la próxima tormenta", "Marta Ruiz"},
        {"it", {"«Il porto ha bisogno di regole», ha detto Marco Neri lunedì.",
                "Gli Stati Uniti hanno denunciato il trattato in primavera.",
                "«Non aspetteremo la prossima tempesta», ha aggiunto lui."},
         "Non aspetteremo la prossima tempesta", "Marco Neri"},
    });
}

TEST_CASE("an organisation's name goes on past the word linking its noun to what it is of", "[quotes][speak48]") {
    check_quotes({
        {"en", {"\"The new rates will hurt us,\" said the Lakehead Chamber of Commerce."}, "The new rates will hurt us",
         "Lakehead Chamber of Commerce"},
        {"en", {"The Northern Federation of Small Farms said the rule was \"a step too far\"."}, "a step too far",
         "Northern Federation of Small Farms"},
        {"es", {"«Las nuevas tarifas nos perjudican», dijo la Federación Regional de Pescadores Artesanales."},
         "Las nuevas tarifas nos perjudican", "Federación Regional de Pescadores Artesanales"},
        {"it", {"«Le nuove tariffe ci danneggiano», ha detto la Federazione Regionale della Pesca."},
         "Le nuove tariffe ci danneggiano", "Federazione Regionale della Pesca"},
    });
}

TEST_CASE("a German adjective and a plural noun of a group name no one a pronoun stands for", "[quotes][speak48]") {
    check_quotes({
        {"de", {"In Bergdorf hat die Neue Liste die Wahl am Sonntag klar gewonnen. Sie kommt auf sechs der elf Sitze.",
                "Unabhängige Wähler | 412 | 6,1 % | 1 (+1)",
                "„Wir haben einen klaren Auftrag“, sagte Petra Vogel-Kranz am Abend.",
                "Der bisherige Bürgermeister Hans Roth (Dorfpartei) räumte seine Niederlage ein. „Die Wähler haben "
                "entschieden“, sagte er."},
         "Die Wähler haben entschieden", "Hans Roth"},
        {"de", {"In Bergdorf hat die Neue Liste die Wahl klar gewonnen. Sie kommt auf sechs Sitze.",
                "Freie Bürger erreichten 8,2 Prozent der Stimmen.",
                "Die Kandidatin Eva Brandt zeigte sich zufrieden. „Die Bürger haben gewählt“, sagte sie."},
         "Die Bürger haben gewählt", "Eva Brandt"},
        // (but a person of that name who spoke is a person)
        {"de", {"„Wir bleiben im Rat“, sagte Anne Bürger am Abend.", "„Das Ergebnis ist klar“, sagte sie."},
         "Das Ergebnis ist klar", "Anne Bürger"},
    });
}

TEST_CASE("a role met with no name since a person of another role spoke is not theirs", "[quotes][speak48]") {
    check_quotes({
        {"en", {"\"The ruling rests on a flaw,\" writes its legal correspondent, Pieter Roe.",
                "On the back page, the paper reports that the Springbok coach has named three new players.",
                "\"It is a gamble, but a calculated one,\" the coach told the paper."},
         "It is a gamble, but a calculated one", ""},
        {"es", {"«Hay que reabrir la línea», dijo el alcalde, Pablo Ruiz.",
                "Según el diario, el entrenador eligió a tres jugadores nuevos.",
                "«Es una apuesta», dijo el entrenador."},
         "Es una apuesta", ""},
        {"pt", {"\"Pedem-nos para fixar gente\", disse o presidente da câmara, Abel Santos.",
                "Entretanto, o secretário de Estado visitou a estação na segunda-feira.",
                "\"Nenhuma decisão está tomada\", garantiu o secretário de Estado."},
         "Nenhuma decisão está tomada", ""},
        // (but a role the person was named with is theirs)
        {"en", {"\"We need the trains back,\" said coach Tom Hale.",
                "The Cape Courier reports that the coach has named three new players.",
                "\"It is a gamble,\" the coach said."},
         "It is a gamble", "Tom Hale"},
    });
}
