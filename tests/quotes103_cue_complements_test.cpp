// quotes103: the words after a cue that say where or how it was said ("ha dicho en una comparecencia", "escribió en
// X", "ha scritto sui social", "ha detto Rossi ai microfoni di Rai Radio", "ha detto Anna Rossi parlando ai
// giornalisti") are no mention: the verb carries its subject, or the name before them ends the mention; on invented
// sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a complement after a bare cue is no mention, the verb carries its subject", "[quotes][quotes103]") {
    check_quotes({
        {"es",
         {"La alcaldesa Ana Romero defendió el coste de las obras.",
          "\"No vamos a esperar otro invierno\", ha dicho en una comparecencia en el Ayuntamiento."},
         "No vamos a esperar otro invierno",
         "Ana Romero",
         ""},
        {"es",
         {"La alcaldesa Ana Romero defendió el coste de las obras.", "\"Es el mejor acuerdo en años\", escribió en X."},
         "Es el mejor acuerdo en años",
         "Ana Romero",
         ""},
        {"it",
         {"La sindaca Anna Rossi ha difeso il costo dei lavori.",
          "\u00ABÈ il miglior accordo da anni\u00BB, ha scritto sui social."},
         "È il miglior accordo da anni",
         "Anna Rossi",
         ""},
        // (a subject after the complement is still read: "dijo en conferencia de prensa el director")
        {"es",
         {"\"Hay dinero suficiente\", dijo en conferencia de prensa el alcalde de Soria, Pedro Gil."},
         "Hay dinero suficiente",
         "Pedro Gil",
         nullptr},
        // (and a role standing after the place: "powiedział na sesji wiceprezydent Adam Nowicki")
        {"pl",
         {"\u201ENie będziemy czekać\u201D \u2013 powiedział na sesji wiceprezydent Adam Nowicki."},
         "Nie będziemy czekać",
         "Adam Nowicki",
         nullptr},
    });
}

TEST_CASE("the cue of a bare verb with a complement is kept", "[quotes][quotes103]") {
    const auto qs = extract_quotes(page("es", "",
                                        {"La alcaldesa Ana Romero defendió el coste de las obras.",
                                         "\"Es el mejor acuerdo en años\", escribió en X."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].cue.value_or("") == "escribió");
    CHECK(!qs[0].mention);
}

TEST_CASE("a joined preposition or a gerund after the name ends the mention", "[quotes][quotes103]") {
    check_quotes({
        {"it",
         {"«Non aspetteremo un altro inverno», ha detto Anna Rossi ai microfoni di Rai Radio."},
         "Non aspetteremo un altro inverno",
         "Anna Rossi",
         "Anna Rossi"},
        {"it",
         {"«I soldi ci sono», ha detto Anna Rossi parlando ai giornalisti."},
         "I soldi ci sono",
         "Anna Rossi",
         "Anna Rossi"},
        {"es",
         {"\"El dinero está\", dijo Ana Romero hablando con los periodistas."},
         "El dinero está",
         "Ana Romero",
         "Ana Romero"},
        // (and in the languages that never drop the subject, as before)
        {"en", {"\"This is the best deal in years,\" said Ann Roe on the radio."}, "This is the best deal in years", "Ann Roe", "Ann Roe"},
        {"fr",
         {"« C'est la meilleure affaire depuis des années », a déclaré Anne Roux sur France Inter."},
         "C'est la meilleure affaire depuis des années",
         "Anne Roux",
         "Anne Roux"},
        {"de",
         {"„Das ist das beste Geschäft seit Jahren“, sagte Anna Roth im ZDF."},
         "Das ist das beste Geschäft seit Jahren",
         "Anna Roth",
         "Anna Roth"},
    });
}
