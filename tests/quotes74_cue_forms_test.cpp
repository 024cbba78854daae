// Cue forms of Spanish and Italian agencies (session 40): the present perfect of every preterite cue ("ha replicado",
// "ha pedido"), the Italian participle of a present cue ("ha tuonato", "ha attaccato"), "ha fatto notare", and asking
// oneself in print ("si chiede", "si domanda"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("the present perfect of a preterite cue and the Italian participles cue their quote",
          "[quotes][quotes74]") {
    check_cues({
        {"es", {"«No negociaremos con quien ataca a los jueces», ha replicado la ministra de Vivienda, Isabel Rodríguez."},
         "No negociaremos con quien ataca a los jueces", "ha replicado", "Isabel Rodríguez"},
        {"es", {"«Queremos una solución antes del verano», ha pedido la alcaldesa Ana Torres."},
         "Queremos una solución antes del verano", "ha pedido", "Ana Torres"},
        {"es", {"«El plan llega tarde y mal», ha criticado el portavoz Luis Pardo."}, "El plan llega tarde y mal",
         "ha criticado", "Luis Pardo"},
        {"es", {"«Habrá cambios en enero», ha anunciado la consejera Marta Vidal."}, "Habrá cambios en enero",
         "ha anunciado", "Marta Vidal"},
        {"es", {"«Nadie nos avisó del corte», ha denunciado la vecina Carmen Ruiz."}, "Nadie nos avisó del corte",
         "ha denunciado", "Carmen Ruiz"},
        {"es", {"«La ley ya está en vigor», ha recordado el consejero Jorge Sanz."}, "La ley ya está en vigor",
         "ha recordado", "Jorge Sanz"},
        {"es", {"«No hay fecha todavía», ha respondido el alcalde Pedro Gil."}, "No hay fecha todavía", "ha respondido",
         "Pedro Gil"},
        {"it", {"«Non è accettabile», ha tuonato il sindaco Marco Neri."}, "Non è accettabile", "ha tuonato",
         "Marco Neri"},
        {"it", {"«Il governo dorme», ha attaccato la segretaria Anna Rota."}, "Il governo dorme", "ha attaccato",
         "Anna Rota"},
        {"it", {"«Basta promesse», ha rimarcato il presidente Luca Ferri."}, "Basta promesse", "ha rimarcato",
         "Luca Ferri"},
        {"it", {"«I conti non tornano», ha fatto notare l'assessore Paolo Riva."}, "I conti non tornano",
         "ha fatto notare", "Paolo Riva"},
        {"it", {"«Chi controlla? Con quale personale?», si chiede il presidente Mario Gallo."},
         "Chi controlla? Con quale personale?", "si chiede", "Mario Gallo"},
        {"it", {"«E adesso chi paga?», si domanda la commerciante Giulia Conti."}, "E adesso chi paga?", "si domanda",
         "Giulia Conti"},
    });
}

TEST_CASE("a participle that is a noun of its own cues nothing", "[quotes][quotes74]") {
    // ("el acusado" is a participle left out of the cues: the accused is the one who speaks, the cue the verb after)
    const auto qs = extract_quotes(
        quote_rows::page("es", "Título", {"El acusado Juan Mora repitió ante el tribunal: «Soy inocente»."}));
    const Quote* q = find_quote(qs, "Soy inocente");
    REQUIRE(q != nullptr);
    CHECK(q->cue.value_or("") == "repitió");
    CHECK(q->speaker.value_or("") == "Juan Mora");
}
