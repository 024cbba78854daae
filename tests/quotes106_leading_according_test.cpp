// An according phrase opening the sentence and closed by a comma ("Secondo Castellani,", "Selon Marchal,",
// "According to Reyes,", "Según Quiroga,") names the speaker of a partial quote in the clause it reports, even where
// that clause's verb is a participle after its helper ("sarà garantito", "sera assuré", "will be kept", "será
// garantizado"): the participle is a passive, no one's speech, and its subject ("il servizio") names no one. Near
// misses: a speech verb of its own with a subject naming someone in the reported clause keeps that subject.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a leading according phrase outranks a participle in its clause", "[quotes][quotes106s57]") {
    check_quotes({
        {"it",
         {"La strada resterà chiusa fino a lunedì, ha detto ieri il sindaco di Valmora, Piero Castellani.",
          "Secondo Castellani, il servizio di navetta sarà garantito \u00ABgiorno e notte, finché serve\u00BB."},
         "giorno e notte, finché serve", "Piero Castellani", "Castellani"},
        {"fr",
         {"La route restera fermée jusqu'à lundi, a indiqué hier la maire de Vercel, Hélène Marchal.",
          "Selon Marchal, le service de navette sera assuré \u00AB jour et nuit, tant qu'il le faudra \u00BB."},
         "jour et nuit, tant qu'il le faudra", "Hélène Marchal", "Marchal"},
        {"en",
         {"The road will stay shut until Monday, the mayor of Dunmore, Alice Reyes, said on Sunday.",
          "According to Reyes, the shuttle will be kept running \u201Cday and night, as long as it takes\u201D."},
         "day and night, as long as it takes", "Alice Reyes", "Reyes"},
        {"es",
         {"La carretera seguirá cortada hasta el lunes, dijo ayer la alcaldesa de Valdeluz, Alma Quiroga.",
          "Según Quiroga, el servicio de lanzaderas será garantizado \u00ABdía y noche, mientras haga falta\u00BB."},
         "día y noche, mientras haga falta", "Alma Quiroga", "Quiroga"},
        // (near misses: the reported clause's own speech verb and subject naming someone)
        {"it",
         {"La strada resterà chiusa fino a lunedì.",
          "Secondo la polizia, il sindaco Piero Castellani ha detto \u00ABche si lavorerà giorno e notte\u00BB."},
         "che si lavorerà giorno e notte", "Piero Castellani", "il sindaco Piero Castellani"},
        {"en",
         {"The road will stay shut until Monday.",
          "According to the police, Mayor Tom Vale said \u201Cwork will go on day and night\u201D."},
         "work will go on day and night", "Tom Vale", "Mayor Tom Vale"},
    });
}
