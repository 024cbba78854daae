// A speaker read in an oblique case before the page names the person in the nominative (session 38's third pass over
// the pl probe). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quotes;

TEST_CASE("a genitive speaker is the person the page names later in the nominative", "[quotes][quotes66]") {
    check_quotes({
        // (a man, "według" opening the sentence, his nominative in a cued quote after it)
        {"pl",
         {"Resort zdrowia zapowiada zmiany w kolejkach do lekarzy specjalist\u00F3w od stycznia.",
          "Wed\u0142ug wiceministra zdrowia Piotra Zieli\u0144skiego, \u201Ezmiany skr\u00F3c\u0105 czas "
          "oczekiwania o po\u0142ow\u0119\u201D.",
          "\u201ETo jest dopiero pocz\u0105tek reformy\u201D \u2013 podkre\u015Bli\u0142 wiceminister Piotr "
          "Zieli\u0144ski podczas konferencji."},
         "zmiany skr\u00F3c\u0105 czas oczekiwania o po\u0142ow\u0119",
         "Piotr Zieli\u0144ski"},
        // (a woman, "zdaniem", the nominative after a role in a later sentence)
        {"pl",
         {"Budowa nowej obwodnicy miasta ruszy dopiero w przysz\u0142ym roku.",
          "Zdaniem wiceminister infrastruktury Magdaleny D\u0105browskiej \u201Einwestycja jest zagro\u017Cona\u201D.",
          "\u201ENie mamy jeszcze pozwole\u0144\u201D \u2013 doda\u0142a wiceminister Magdalena D\u0105browska."},
         "inwestycja jest zagro\u017Cona",
         "Magdalena D\u0105browska"},
        // (a surname alone that two people named later bear is neither of them)
        {"pl",
         {"Rada miasta g\u0142osowa\u0142a w czwartek nad nowym bud\u017Cetem na przysz\u0142y rok.",
          "Wed\u0142ug Kowalskiego \u201Ebud\u017Cet jest nierealny\u201D.",
          "\u201EBud\u017Cet jest dobry\u201D \u2013 powiedzia\u0142 radny Jan Kowalski.",
          "\u201EBud\u017Cet jest z\u0142y\u201D \u2013 odpowiedzia\u0142 radny Piotr Kowalski."},
         "bud\u017Cet jest nierealny",
         "Kowalskiego"},
    });
}

TEST_CASE("a preposition opening the sentence before a person is the cue of the quote after it", "[quotes][quotes66]") {
    check_quotes({
        // (the quote right after the mention)
        {"it",
         {"La Regione ha approvato il piano triennale per il porto.",
          "Per il presidente Marco Ferri \u00AB\u00E8 una giornata storica per tutta la citt\u00E0\u00BB."},
         "\u00E8 una giornata storica per tutta la citt\u00E0",
         "Marco Ferri",
         "il presidente Marco Ferri"},
        // (a comma closing the lead, a name set off by commas)
        {"fr",
         {"Apr\u00E8s deux ans de travaux, le march\u00E9 couvert accueille de nouveau les clients.",
          "Pour le maire, Jean Dupuis, \u00AB c'est une renaissance pour le quartier \u00BB."},
         "c'est une renaissance pour le quartier",
         "Jean Dupuis",
         "le maire, Jean Dupuis"},
        // (the clause's subject between the lead and the quote)
        {"es",
         {"El Ayuntamiento inaugura este lunes el nuevo carril bici del centro.",
          "Para la presidenta de la asociaci\u00F3n vecinal, Rosa Delgado, el proyecto \u00ABllega tarde pero llega "
          "bien\u00BB."},
         "llega tarde pero llega bien",
         "Rosa Delgado",
         "la presidenta de la asociaci\u00F3n vecinal, Rosa Delgado"},
        // (a time, not a person, after the preposition: no mention)
        {"it",
         {"La Regione ha approvato il piano triennale per il porto.",
          "Per la prima volta, il porto \u00E8 \u00ABuna priorit\u00E0 nazionale per tutto il paese\u00BB."},
         "una priorit\u00E0 nazionale per tutto il paese",
         "",
         ""},
        {"fr",
         {"Le march\u00E9 couvert accueille de nouveau les clients depuis samedi.",
          "Pour la premi\u00E8re fois, le quartier a \u00AB un vrai c\u0153ur pour tous les habitants \u00BB."},
         "un vrai c\u0153ur pour tous les habitants",
         "",
         ""},
    });
}

TEST_CASE("a verb of fearing or hoping right after the quote and its comma is its cue", "[quotes][quotes66]") {
    check_quotes({
        {"nl",
         {"De gemeente sluit het zwembad tijdens de zomermaanden, zegt wethouder Karin Jansen.",
          "\u201EVeel gezinnen zullen daar last van hebben\u201D, vreest ze."},
         "Veel gezinnen zullen daar last van hebben",
         "Karin Jansen",
         "ze"},
        {"de",
         {"Die Stadt schlie\u00DFt das Hallenbad in den Sommermonaten, sagt B\u00FCrgermeisterin Anna Keller.",
          "\u201EViele Familien werden darunter leiden\u201C, f\u00FCrchtet sie."},
         "Viele Familien werden darunter leiden",
         "Anna Keller",
         "sie"},
        {"es",
         {"El Ayuntamiento cierra la piscina durante el verano, explica la alcaldesa Marta Gil.",
          "\u00ABMuchas familias lo van a notar este verano\u00BB, teme la alcaldesa."},
         "Muchas familias lo van a notar este verano",
         "Marta Gil",
         "la alcaldesa"},
        // (elsewhere the verb tells what someone thinks, no quote's cue: the quote after it is the sentence's own)
        {"nl",
         {"De gemeente sluit het zwembad tijdens de zomermaanden.",
          "Wethouder Karin Jansen vreest dat \u201Eveel gezinnen daar last van zullen hebben\u201D."},
         "veel gezinnen daar last van zullen hebben",
         "Karin Jansen"},
    });
}

TEST_CASE("a role's colon label opening the page takes the holder a paragraph without quotes names",
          "[quotes][quotes66]") {
    check_quotes({
        {"de",
         {"Die B\u00FCrgermeisterin: \u201EDas ist ein gro\u00DFer Tag f\u00FCr unsere Stadt.\u201C",
          "B\u00FCrgermeisterin Anna Keller er\u00F6ffnete am Samstag das neue Hallenbad im Stadtteil Nord.",
          "Das Bad kostete rund zw\u00F6lf Millionen Euro und bietet drei Becken f\u00FCr Schulen und Vereine."},
         "Das ist ein gro\u00DFer Tag f\u00FCr unsere Stadt.",
         "Anna Keller",
         "Die B\u00FCrgermeisterin"},
        {"it",
         {"Il presidente: \u00ABUna giornata storica per tutta la nostra regione.\u00BB",
          "Il presidente della Regione, Stefano Ferri, ha inaugurato sabato il nuovo ospedale di Borgo Nuovo.",
          "L'opera \u00E8 costata dodici milioni di euro e conta trecento posti letto per tutta la provincia."},
         "Una giornata storica per tutta la nostra regione.",
         "Stefano Ferri",
         "Il presidente"},
        // (two holders named: neither)
        {"de",
         {"Die B\u00FCrgermeisterin: \u201EDas ist ein gro\u00DFer Tag f\u00FCr unsere Stadt.\u201C",
          "B\u00FCrgermeisterin Anna Keller und B\u00FCrgermeisterin Eva Brandt aus der Nachbarstadt er\u00F6ffneten "
          "am Samstag das neue Hallenbad."},
         "Das ist ein gro\u00DFer Tag f\u00FCr unsere Stadt.",
         "",
         "Die B\u00FCrgermeisterin"},
    });
}
