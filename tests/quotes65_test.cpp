// Quotes after an according phrase naming a body, a body's name met again without its noun, and a spokesman owned by
// a possessive or a name in the genitive (session 38's second pass over the it, es, nl, de and pl probe). Invented
// lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quotes;

TEST_CASE("a body an according phrase names says no uncued quote after it", "[quotes][quotes65]") {
    check_quotes({
        // (closing the sentence)
        {"en",
         {"The last fuel deliveries to the clinics of the valley ran out on Sunday, leaving patients without power.",
          "More than half of the forty clinics in the valley have now closed their doors, according to the Health "
          "Ministry.",
          "\u201CWe ran out of fuel and the lights went out in the middle of an operation. We could not finish "
          "it.\u201D"},
         "We ran out of fuel and the lights went out in the middle of an operation. We could not finish it.",
         ""},
        // (opening it, a German noun group no one in the book)
        {"de",
         {"Die letzten Lieferungen von Treibstoff an die Kliniken des Tals sind am Sonntag ausgeblieben.",
          "Laut dem Gesundheitsministerium sind inzwischen mehr als die H\u00E4lfte der vierzig Kliniken im Tal "
          "geschlossen.",
          "\u201EUns ist der Treibstoff ausgegangen und mitten in einer Operation ging das Licht aus. Wir konnten sie "
          "nicht beenden.\u201C"},
         "Uns ist der Treibstoff ausgegangen und mitten in einer Operation ging das Licht aus. Wir konnten sie nicht "
         "beenden.",
         ""},
        {"es",
         {"Las \u00FAltimas entregas de combustible a los centros de salud del valle se agotaron el domingo.",
          "M\u00E1s de la mitad de los cuarenta centros de salud del valle han cerrado sus puertas, seg\u00FAn el "
          "Ministerio de Sanidad.",
          "\u00ABNos quedamos sin combustible y la luz se fue en mitad de una operaci\u00F3n. No pudimos "
          "terminarla.\u00BB"},
         "Nos quedamos sin combustible y la luz se fue en mitad de una operaci\u00F3n. No pudimos terminarla.",
         ""},
        // (but a person an according phrase names goes on speaking, as before)
        {"en",
         {"The last fuel deliveries to the clinics of the valley ran out on Sunday, leaving patients without power.",
          "More than half of the forty clinics in the valley have now closed their doors, according to Dr. Anna "
          "Kessler.",
          "\u201CWe ran out of fuel and the lights went out in the middle of an operation. We could not finish "
          "it.\u201D"},
         "We ran out of fuel and the lights went out in the middle of an operation. We could not finish it.",
         "Anna Kessler"},
    });
}

TEST_CASE("a body's name met again without its noun is not that body", "[quotes][quotes65]") {
    check_quotes({
        {"es",
         {"M\u00E1s de 40.000 vecinos han votado por correo, seg\u00FAn los datos facilitados por la Delegaci\u00F3n "
          "del Gobierno.",
          "Las mesas electorales del valle han cerrado a las ocho de la tarde sin incidencias, seg\u00FAn ha "
          "informado el Gobierno regional."},
         "Las mesas electorales del valle han cerrado a las ocho de la tarde sin incidencias",
         "Gobierno"},
        {"fr",
         {"Le budget a \u00E9t\u00E9 pr\u00E9sent\u00E9 lundi par le Bureau du Conseil r\u00E9gional lors de sa "
          "s\u00E9ance.",
          "La r\u00E9novation des lyc\u00E9es co\u00FBtera quarante millions d'euros sur cinq ans, selon le Conseil "
          "r\u00E9gional."},
         "La r\u00E9novation des lyc\u00E9es co\u00FBtera quarante millions d'euros sur cinq ans",
         "Conseil"},
        // (but what a body is of may stand for it: "Sanidad" is the ministry named before)
        {"es",
         {"El Ministerio de Sanidad public\u00F3 el lunes los datos de las listas de espera de todo el pa\u00EDs.",
          "La espera media para una operaci\u00F3n ha subido a 120 d\u00EDas en el \u00FAltimo a\u00F1o, "
          "seg\u00FAn Sanidad."},
         "La espera media para una operaci\u00F3n ha subido a 120 d\u00EDas en el \u00FAltimo a\u00F1o",
         "Ministerio de Sanidad"},
    });
}

TEST_CASE("a spokesman owned by a possessive or a genitive is not its owner", "[quotes][quotes65]") {
    const char* mayor_de = "B\u00FCrgermeister Peter M\u00FCller hat den Plan am Dienstag im Rathaus vorgestellt.";
    check_quotes({
        {"de",
         {mayor_de, "\u201EWir haben keine andere Wahl\u201C, sagte sein Sprecher am Mittwoch."},
         "Wir haben keine andere Wahl",
         "",
         "sein Sprecher"},
        {"de",
         {mayor_de, "\u201EDie Pendler werden die Umleitung lange sp\u00FCren\u201C, sagte M\u00FCllers Sprecherin."},
         "Die Pendler werden die Umleitung lange sp\u00FCren",
         "",
         "M\u00FCllers Sprecherin"},
        // (the holder of the role the page named speaks)
        {"de",
         {"B\u00FCrgermeister Peter M\u00FCller hat den Plan am Dienstag vorgestellt. Sein Sprecher Jan Roth verwies "
          "auf ein Gutachten aus dem vergangenen Jahr.",
          "\u201EWir haben keine andere Wahl\u201C, sagte sein Sprecher am Mittwoch."},
         "Wir haben keine andere Wahl",
         "Jan Roth"},
        {"fr",
         {"Le maire Pierre Meunier a pr\u00E9sent\u00E9 le projet mardi \u00E0 l'h\u00F4tel de ville.",
          "\u00AB Nous n'avons pas d'autre choix \u00BB, a d\u00E9clar\u00E9 son porte-parole mercredi."},
         "Nous n'avons pas d'autre choix",
         "",
         "son porte-parole"},
        {"en",
         {"Mayor Peter Miller presented the plan at City Hall on Tuesday.",
          "\u201CWe have no other choice,\u201D his spokesman told reporters."},
         "We have no other choice",
         "",
         "his spokesman"},
    });
}

TEST_CASE("a role's field in lower case runs on to the holder's name", "[quotes][quotes65]") {
    check_quotes({
        {"it",
         {"\u00ABI banchi resteranno aperti per tutta la durata del cantiere\u00BB, come ha spiegato l'assessore al "
          "commercio Marco Galli durante la conferenza stampa."},
         "I banchi resteranno aperti per tutta la durata del cantiere",
         "Marco Galli",
         "l'assessore al commercio Marco Galli"},
        {"it",
         {"\u00ABI lavori dureranno otto mesi\u00BB, ha detto l'assessore alla protezione civile Marco Galli."},
         "I lavori dureranno otto mesi",
         "Marco Galli",
         "l'assessore alla protezione civile Marco Galli"},
        {"es",
         {"\u00ABLos puestos seguir\u00E1n abiertos durante toda la obra\u00BB, dijo la concejala de comercio "
          "Luc\u00EDa Mart\u00EDn en la rueda de prensa."},
         "Los puestos seguir\u00E1n abiertos durante toda la obra",
         "Luc\u00EDa Mart\u00EDn",
         "la concejala de comercio Luc\u00EDa Mart\u00EDn"},
        // (no name after the words: where it was said, no field)
        {"it",
         {"\u00ABI lavori dureranno otto mesi\u00BB, ha detto il sindaco alla stampa locale."},
         "I lavori dureranno otto mesi",
         "",
         "il sindaco"},
    });
}

TEST_CASE("an according phrase closing the sentence keeps a name's particles", "[quotes][quotes65]") {
    check_quotes({
        {"nl",
         {"De bouw van de brug gaat ruim twaalf miljoen euro kosten en duurt twee jaar, volgens wethouder Karin de "
          "Vries."},
         "De bouw van de brug gaat ruim twaalf miljoen euro kosten en duurt twee jaar",
         "Karin de Vries",
         "wethouder Karin de Vries"},
        {"de",
         {"Die Br\u00FCcke kostet rund zw\u00F6lf Millionen Euro und soll in zwei Jahren fertig sein, laut "
          "B\u00FCrgermeisterin Anna von der Heide."},
         "Die Br\u00FCcke kostet rund zw\u00F6lf Millionen Euro und soll in zwei Jahren fertig sein",
         "Anna von der Heide",
         "B\u00FCrgermeisterin Anna von der Heide"},
        // (a name set off by a comma closing the sentence, read before)
        {"es",
         {"Las salas de estudio de la biblioteca abrir\u00E1n hasta la medianoche entre mayo y junio, seg\u00FAn el "
          "alcalde, Pedro Gil."},
         "Las salas de estudio de la biblioteca abrir\u00E1n hasta la medianoche entre mayo y junio",
         "Pedro Gil",
         "el alcalde, Pedro Gil"},
    });
}

TEST_CASE("a German colon label of an article and a role noun names the role's holder", "[quotes][quotes65]") {
    check_quotes({
        {"de",
         {"Die Stadt baut eine neue Radbr\u00FCcke \u00FCber den Hafen. B\u00FCrgermeisterin Anna Keller hat die "
          "Pl\u00E4ne am Montag vorgestellt.",
          "Die B\u00FCrgermeisterin: \u201EDie Br\u00FCcke verbindet endlich beide Ufer.\u201C"},
         "Die Br\u00FCcke verbindet endlich beide Ufer.",
         "Anna Keller",
         "Die B\u00FCrgermeisterin"},
        // (a role the page gave no one: the mention alone)
        {"de",
         {"Die Stadt baut eine neue Radbr\u00FCcke \u00FCber den Hafen.",
          "Der Minister: \u201EDas ist ein gutes Projekt f\u00FCr die ganze Stadt.\u201C"},
         "Das ist ein gutes Projekt f\u00FCr die ganze Stadt.",
         "",
         "Der Minister"},
        // (the same label in Italian, read before)
        {"it",
         {"La sindaca Chiara Conti ha presentato il progetto del nuovo ponte luned\u00EC in municipio.",
          "La sindaca: \u00ABIl ponte unisce finalmente le due rive.\u00BB"},
         "Il ponte unisce finalmente le due rive.",
         "Chiara Conti",
         "La sindaca"},
    });
    // (but "Der 24-Jährige:" is no role: no label)
    for (const auto& q : extract_quotes(archive::quote_rows::page(
             "de", "", {"Der 24-J\u00E4hrige: \u201EIch habe nichts gesehen und nichts geh\u00F6rt.\u201C"})))
        CHECK(!q.mention);
}

TEST_CASE("a word pointing back at the quote may stand between its comma and the cue", "[quotes][quotes65]") {
    check_quotes({
        {"nl",
         {"\u201EDe brug is hard nodig voor de fietsers uit de wijk\u201D, zo zei wethouder Karin Smit dinsdag."},
         "De brug is hard nodig voor de fietsers uit de wijk",
         "Karin Smit",
         "wethouder Karin Smit"},
        // (a separable cue whose particle closes the sentence)
        {"nl",
         {"\u201EDe brug is hard nodig voor de fietsers uit de wijk\u201D, zo maakte wethouder Karin Smit dinsdag "
          "bekend."},
         "De brug is hard nodig voor de fietsers uit de wijk",
         "Karin Smit",
         "wethouder Karin Smit"},
        // (German's "so" is a cue of its own, read before)
        {"de",
         {"\u201EDie Br\u00FCcke ist f\u00FCr die Radfahrer dringend n\u00F6tig\u201C, so B\u00FCrgermeisterin Anna "
          "Keller."},
         "Die Br\u00FCcke ist f\u00FCr die Radfahrer dringend n\u00F6tig",
         "Anna Keller",
         "B\u00FCrgermeisterin Anna Keller"},
    });
}

TEST_CASE("a group noun's genitive place or body is no speaker", "[quotes][quotes65]") {
    check_quotes({
        {"pl",
         {"\u201ECzekamy na ten most od dwudziestu lat i wreszcie si\u0119 doczekali\u015Bmy\u201D \u2013 "
          "m\u00F3wi\u0105 mieszka\u0144cy O\u0142bina."},
         "Czekamy na ten most od dwudziestu lat i wreszcie si\u0119 doczekali\u015Bmy",
         "",
         "mieszka\u0144cy O\u0142bina"},
        {"pl",
         {"\u201EBud\u017Cet miasta nie wytrzyma kolejnej takiej inwestycji\u201D \u2013 oświadczyli radni "
          "Wroc\u0142awia."},
         "Bud\u017Cet miasta nie wytrzyma kolejnej takiej inwestycji",
         "",
         "radni Wroc\u0142awia"},
        // (a preposition links the group to the place in other languages)
        {"it",
         {"\u00ABAspettiamo questo ponte da vent'anni e finalmente ci siamo\u00BB, dicono gli abitanti di "
          "Borgo Nuovo."},
         "Aspettiamo questo ponte da vent'anni e finalmente ci siamo",
         "",
         "gli abitanti di Borgo Nuovo"},
        {"es",
         {"\u00ABLlevamos veinte a\u00F1os esperando este puente\u00BB, lamentan los vecinos de San Blas."},
         "Llevamos veinte a\u00F1os esperando este puente",
         "",
         "los vecinos de San Blas"},
        // (but a role's holder named after it speaks: "la sindaca di Borgo Nuovo, Chiara Conti")
        {"it",
         {"\u00ABAspettiamo questo ponte da vent'anni\u00BB, dice la sindaca di Borgo Nuovo, Chiara Conti."},
         "Aspettiamo questo ponte da vent'anni",
         "Chiara Conti",
         "la sindaca di Borgo Nuovo, Chiara Conti"},
    });
}

TEST_CASE("a role's colon label opening the page names the holder the body names after it", "[quotes][quotes65]") {
    check_quotes({
        {"it",
         {"Danni per milioni di euro dopo le piogge di ieri. Il presidente: \u00ABServe un aiuto immediato dal "
          "governo.\u00BB",
          "Il presidente della Regione, Stefano Ferri, ha chiesto ieri sera lo stato di emergenza per i comuni della "
          "costa."},
         "Serve un aiuto immediato dal governo.",
         "Stefano Ferri",
         "Il presidente"},
        {"es",
         {"Da\u00F1os millonarios tras las lluvias de ayer. El presidente: \u00ABNecesitamos ayuda inmediata del "
          "Gobierno.\u00BB",
          "El presidente de la Diputaci\u00F3n, Pedro Gil, pidi\u00F3 anoche la declaraci\u00F3n de zona "
          "catastr\u00F3fica para la costa."},
         "Necesitamos ayuda inmediata del Gobierno.",
         "Pedro Gil",
         "El presidente"},
        // (two holders of the role named after it: neither)
        {"it",
         {"Danni per milioni di euro dopo le piogge di ieri. Il presidente: \u00ABServe un aiuto immediato dal "
          "governo.\u00BB",
          "Il presidente della Regione, Stefano Ferri, e il presidente della Provincia, Luca Neri, hanno chiesto ieri "
          "sera lo stato di emergenza."},
         "Serve un aiuto immediato dal governo.",
         "",
         "Il presidente"},
    });
}
