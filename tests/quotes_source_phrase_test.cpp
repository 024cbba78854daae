// Table-driven tests of a source named by a phrase opened by a preposition ([source_preposition_words]), after the
// verb of saying or opening its clause: "Fanno sapere da Palazzo Chigi che «Q»", "Dal ministero fanno sapere che
// «Q»": the body speaks; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a source after the verb of saying, opened by a preposition, is the speaker", "[quotes][speakers]") {
    check_quotes({
        {"it",
         {"Fanno sapere da Palazzo Vermiglio che «non ci sono nuove tasse in arrivo»."},
         "non ci sono nuove tasse in arrivo", "Palazzo Vermiglio", "da Palazzo Vermiglio"},
        {"it",
         {"Fanno sapere dal ministero che «la gara sarà bandita entro l'estate»."},
         "la gara sarà bandita entro l'estate", "ministero", "dal ministero"},
        {"it",
         {"Dal ministero fanno sapere che «la gara sarà bandita entro l'estate»."},
         "la gara sarà bandita entro l'estate", "ministero", "Dal ministero"},
    });
    // A time opened by the same preposition names no source.
    check_quotes({
        {"it",
         {"Dal 2019 fanno sapere che «la gara sarà bandita entro l'estate»."},
         "la gara sarà bandita entro l'estate", ""},
    });
}

TEST_CASE("a source beside a plural verb or a subject naming no one is the speaker", "[quotes][speakers]") {
    check_quotes({
        // opening the clause, no subject (es [source_preposition_words], [source_opening_words])
        {"es",
         {"Desde el ministerio señalaron que «la obra del puente empezará a principios de marzo»."},
         "la obra del puente empezará a principios de marzo", "ministerio", "Desde el ministerio"},
        {"es",
         {"En la alcaldía explicaron que «no hay fondos para el puente ni para la plaza»."},
         "no hay fondos para el puente ni para la plaza", "alcaldía", "En la alcaldía"},
        {"it",
         {"Al comune spiegano che «i lavori del ponte ripartiranno a marzo»."},
         "i lavori del ponte ripartiranno a marzo", "comune", "Al comune"},
        // after the verb, before "that"
        {"es",
         {"Señalaron desde el ministerio que «la obra del puerto empezará a principios de junio»."},
         "la obra del puerto empezará a principios de junio", "ministerio", "desde el ministerio"},
        // French "on" names no one ([generic_subject_words])
        {"fr",
         {"On fait savoir à la mairie que « les travaux de la rue Haute reprendront lundi matin »."},
         "les travaux de la rue Haute reprendront lundi matin", "mairie", "à la mairie"},
        {"fr",
         {"On indique au ministère que « le dossier est complet et sera déposé avant la fin du mois »."},
         "le dossier est complet et sera déposé avant la fin du mois", "ministère", "au ministère"},
        {"fr",
         {"Au ministère, on indique que « le dossier sera déposé avant la fin du mois prochain »."},
         "le dossier sera déposé avant la fin du mois prochain", "ministère", "Au ministère"},
    });
    // A time or a meeting names no source; a person told is no source.
    check_quotes({
        {"es",
         {"Desde el lunes señalaron que «la obra del túnel empezará a principios de abril»."},
         "la obra del túnel empezará a principios de abril", ""},
        {"es",
         {"En la reunión explicaron que «no hay fondos para el túnel ni para la calle»."},
         "no hay fondos para el túnel ni para la calle", ""},
        {"fr",
         {"On dit à Paul Roux que « les travaux de la rue Basse reprendront lundi matin »."},
         "les travaux de la rue Basse reprendront lundi matin", ""},
    });
}
