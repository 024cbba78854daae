// Table-driven tests of the words around a cue that are no speaker: a name after a preposition of the one told or of
// a place, an owner in the possessive before common nouns, a time adverb after a postposed cue, a name told after a
// pronoun, a trade compounded before a name, and the name after a description that opens a clause coordinated to the
// cue's; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a name after a preposition of the one told or of a place is no speaker", "[quotes][speakers]") {
    check_quotes({
        // the outlet told, after the head's noun: the head (a role met before) speaks
        {"it",
         {"A fine partita l'allenatore Davide Lanza era soddisfatto.",
          "«La squadra non ha mai smesso di crederci», ha detto il tecnico ai microfoni di Rai Sport."},
         "La squadra non ha mai smesso di crederci", "Davide Lanza", "il tecnico ai microfoni di Rai Sport"},
        {"es",
         {"Los comerciantes en la Plaza Mayor dijeron que las obras son «un desastre para el barrio»."},
         "un desastre para el barrio", "", "Los comerciantes en la Plaza Mayor"},
        {"es",
         {"El entrenador ante las cámaras de Televisión Costera dijo que el equipo fue «muy valiente»."},
         "muy valiente", "", "El entrenador ante las cámaras de Televisión Costera"},
        {"pt",
         {"O treinador perante as câmaras da Televisão Costeira disse que a equipa foi “muito corajosa”."},
         "muito corajosa", "", "O treinador perante as câmaras da Televisão Costeira"},
        // a place after the head's plural noun: a group the text does not name
        {"en",
         {"Regular commuters on the Bannerghatta Road said \"the delays had made travel a struggle\"."},
         "the delays had made travel a struggle", "", "Regular commuters on the Bannerghatta Road"},
        {"fr",
         {"Les commerçants au Marché Central ont dit que les travaux étaient « une catastrophe pour le quartier »."},
         "une catastrophe pour le quartier", "", "Les commerçants au Marché Central"},
        {"en",
         {"Angry shopkeepers in the Central Market said the works were \"a disaster for trade\"."},
         "a disaster for trade", "", "Angry shopkeepers in the Central Market"},
        // but the body one speaks for stays the speaker ("for", "of" link a member to the body)
        {"en",
         {"A spokesperson for Harbour Ferries said \"the timetable would not change\"."},
         "the timetable would not change", "Harbour Ferries"},
    });
}

TEST_CASE("a name in the possessive before common nouns owns them and does not speak", "[quotes][speakers]") {
    check_quotes({
        {"en",
         {"Meanwhile, Chief Minister's office sources said \"the opening could wait until the budget session\"."},
         "the opening could wait until the budget session", ""},
        {"en",
         {"Meanwhile, Governor Hale's office staff said \"the debate would go ahead\"."},
         "the debate would go ahead", ""},
        {"en",
         {"Ann Roe's lawyers said \"the records must stay sealed\"."},
         "the records must stay sealed", ""},
        // a document speaks its owner's words
        {"en",
         {"Ann Roe's brief said \"the records must stay sealed\"."},
         "the records must stay sealed", "Ann Roe"},
    });
}

TEST_CASE("a time adverb right after a postposed cue is no subject", "[quotes][speakers]") {
    check_quotes({
        {"es",
         {"La concejala de Vivienda, Marta Segarra, presentó el censo el lunes.",
          "«Ninguno de esos pisos está en obras», dijo horas después la concejala en un comunicado."},
         "Ninguno de esos pisos está en obras", "Marta Segarra", "la concejala"},
        {"pt",
         {"A ministra da Cultura, Helena Quintela, visitou o museu na terça-feira.",
          "“O acervo fica em Coimbra”, disse horas depois a ministra."},
         "O acervo fica em Coimbra", "Helena Quintela", "a ministra"},
        {"it",
         {"La sindaca Giulia Conti ha visitato il cantiere lunedì.",
          "«I lavori finiranno a marzo», ha spiegato giorni dopo la sindaca."},
         "I lavori finiranno a marzo", "Giulia Conti", "la sindaca"},
        // nothing after it: the time adverb is no mention; the speaker is the person the paragraph spoke of
        {"pt",
         {"Numa entrevista em 2020, Amélia Rebelo dizia não ter pressa de parar. “Enquanto as mãos deixarem, eu "
          "pinto”, afirmou então."},
         "Enquanto as mãos deixarem, eu pinto", "Amélia Rebelo"},
    });
}

TEST_CASE("a capitalised word right after a subject pronoun is the one told", "[quotes][speakers]") {
    check_quotes({
        {"de",
         {"Innensenatorin Katrin Möller (SPD) hat sich vor Ort ein Bild gemacht. „Die Einsatzkräfte leisten hier "
          "Unglaubliches“, sagte sie BLITZ."},
         "Die Einsatzkräfte leisten hier Unglaubliches", "Katrin Möller", "sie"},
        {"de",
         {"Bürgermeister Jan Roth besuchte die Schule. „Wir helfen sofort“, sagte er Reportern vor dem Rathaus."},
         "Wir helfen sofort", "Jan Roth", "er"},
        {"nl",
         {"Burgemeester Els Maes bezocht de school. \"We helpen meteen\", zei ze Radio Noord."},
         "We helpen meteen", "Els Maes", "ze"},
        // a possessive opens its noun: "ihr Anwalt" speaks
        {"de",
         {"Die Sängerin Lena Vogt schwieg. „Das Verfahren ist unbegründet“, sagte ihr Anwalt Tom Berg."},
         "Das Verfahren ist unbegründet", "Tom Berg"},
    });
}

TEST_CASE("a trade compounded before a name is no part of it", "[quotes][speakers]") {
    check_quotes({
        {"nl",
         {"Vrachtwagenchauffeur Dirk Peeters uit Zwijndrecht stond drie uur stil. \"Ik moest om 8 uur in Rotterdam "
          "zijn\", zegt hij."},
         "Ik moest om 8 uur in Rotterdam zijn", "Dirk Peeters", "hij"},
        {"nl",
         {"Taxichauffeur Ria Bos uit Gent wachtte een uur. \"Niemand wist iets\", zegt ze."},
         "Niemand wist iets", "Ria Bos", "ze"},
        {"de",
         {"Lkw-Fahrer Jan Roth aus Wedel stand zwei Stunden im Stau. „Ich komme heute zu spät“, sagt er."},
         "Ich komme heute zu spät", "Jan Roth", "er"},
    });
}

TEST_CASE("a description and a name opening a clause coordinated to the cue's are its subject", "[quotes][speakers]") {
    check_quotes({
        {"en",
         {"Opposition transport spokesman Mark Haddad welcomed the announcement but said it had come \"a year too "
          "late\" for commuters."},
         "a year too late", "Mark Haddad", "Opposition transport spokesman Mark Haddad"},
        {"en",
         {"The opposition spokeswoman Ann Roe welcomed the plan and said it was \"long overdue\"."},
         "long overdue", "Ann Roe"},
        {"fr",
         {"Le porte-parole Marc Roux a salué l'annonce mais a dit qu'elle arrivait « bien trop tard »."},
         "bien trop tard", "Marc Roux"},
    });
}

TEST_CASE("a place where people work or stay, after a noun that is no role of a body, is no speaker", "[quotes][speakers]") {
    check_quotes({
        {"en",
         {"Angry shopkeepers at the Central Market said the works were \"a disaster for trade\"."},
         "a disaster for trade", "", "Angry shopkeepers at the Central Market"},
        {"fr",
         {"Les clients chez Marée Fraîche ont dit que la file était « interminable »."},
         "interminable", "", "Les clients chez Marée Fraîche"},
        // a role of a body: its people speak for it
        {"en",
         {"Officials at Harbour Security Investigations said the checks were \"routine\"."},
         "routine", "Harbour Security Investigations"},
    });
}
