// Quotes left by the first round's probes (quotes53, probe7): speakers that are no person (a time phrase opening a
// sentence, an elided article or a role noun kept in the name).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;

TEST_CASE("a determiner opening a sentence is no name's word", "[quotes][names][quotes54]") {
    // ("Every May", "Each March": a month after a determiner is a time, no person the pronoun after it names)
    quote_rows::check_quotes({
        {"en",
         {"Tom Carrick is 68 and has worked the same bank all his life. Every May he goes out with his spade and lays "
          "the sods in rows.",
          "\"It was never about the money,\" he says."},
         "It was never about the money",
         "Tom Carrick",
         "he"},
        {"en",
         {"Nora Quill has kept the lighthouse since 1989. Each March she paints the lantern room again.",
          "\"Nobody else wants the job,\" she said."},
         "Nobody else wants the job",
         "Nora Quill",
         "she"},
        // (a month's name after a given name stays a surname)
        {"en",
         {"\"We will reopen the pier in spring,\" said Councillor Ann May."},
         "We will reopen the pier in spring",
         "Ann May"},
    });
}

TEST_CASE("an elided article opening a sentence is no part of the name after it", "[quotes][names][quotes54]") {
    // ("L'éditorialiste Rémi Roux", "L'adjointe Marie Loup": the noun after the article is the person's role, the
    // name is the run after it)
    quote_rows::check_quotes({
        {"fr",
         {"La commune a décidé de fermer le pont des Meuniers pendant trois mois.",
          "L'adjointe Marie Loup a déclaré : « Nous n'avions pas le choix. »"},
         "Nous n'avions pas le choix.",
         "Marie Loup",
         "L'adjointe Marie Loup"},
        {"fr",
         {"Le budget de la commune a été voté hier soir.",
          "L’éditorialiste Paul Varenne a écrit : « Le conseil a choisi la prudence. »"},
         "Le conseil a choisi la prudence.",
         "Paul Varenne"},
        {"it",
         {"Il ponte resterà chiuso fino a marzo.",
          "L'editorialista Marco Neri ha scritto: «Il comune ha scelto la prudenza.»"},
         "Il comune ha scelto la prudenza.",
         "Marco Neri"},
        // ("D'Alema": a name's own apostrophe, no article)
        {"it",
         {"Il ponte resterà chiuso fino a marzo.", "D'Alema ha detto: «Il comune ha scelto la prudenza.»"},
         "Il comune ha scelto la prudenza.",
         "D'Alema"},
        // (a body named after its noun keeps its name, as "l'association Rive Verte" does inside a sentence)
        {"fr",
         {"La commune a décidé de fermer le pont des Meuniers.", "L'association Rive Verte regrette un choix « mal venu »."},
         "mal venu",
         "Rive Verte"},
    });
}

TEST_CASE("a quote carried into a paragraph that does not open its marks again closes there",
          "[quotes][carried][quotes54]") {
    // (Italian, French and German print the opening mark once, over a quote of several paragraphs)
    quote_rows::check_quotes({
        {"it",
         {"Marta Conti gestisce una panetteria in piazza.",
          "«Chi arriva da fuori non farà il giro lungo per il pane. Da noi il sabato passano duecento clienti.",
          "Con il ponte chiuso ne arriverà la metà, se va bene», ha spiegato Conti."},
         "Chi arriva da fuori non farà il giro lungo per il pane. Da noi il sabato passano duecento clienti. Con il "
         "ponte chiuso ne arriverà la metà, se va bene",
         "Marta Conti",
         "Conti"},
        {"de",
         {"Die Vorsitzende des Schwimmvereins, Petra Lang, ist enttäuscht.",
          "„Wir fahren ab Januar zweimal die Woche in die Nachbarstadt. Das ist für die Eltern ein großer Aufwand.",
          "Und es kostet uns jeden Monat Geld für den Bus“, sagte Lang."},
         "Wir fahren ab Januar zweimal die Woche in die Nachbarstadt. Das ist für die Eltern ein großer Aufwand. Und es "
         "kostet uns jeden Monat Geld für den Bus",
         "Petra Lang",
         "Lang"},
        {"fr",
         {"Le boulanger Henri Vallat ne décolère pas.",
          "« Les clients du samedi viennent tous de l'autre rive. Sans le pont, ils iront ailleurs.",
          "Trois mois, c'est long pour un commerce », a-t-il lancé."},
         "Les clients du samedi viennent tous de l'autre rive. Sans le pont, ils iront ailleurs. Trois mois, c'est long "
         "pour un commerce",
         "Henri Vallat"},
    });
}

TEST_CASE("a carried quote is not closed by a mark that opens a quote of its own", "[quotes][carried][quotes54]") {
    // (a paragraph whose first mark stands after a space opens a quote; the carried one is lost as before)
    quote_rows::check_quotes({
        {"it",
         {"Marta Conti gestisce una panetteria in piazza.",
          "«Chi arriva da fuori non farà il giro lungo per il pane. Da noi il sabato passano duecento clienti.",
          "Il sindaco Paolo Bruni ha risposto: «Le navette saranno gratuite»."},
         "Le navette saranno gratuite",
         "Paolo Bruni"},
    });
}

TEST_CASE("the head physician of a ward is a role that finds the person described by it", "[quotes][roles][quotes54]") {
    quote_rows::check_quotes({
        {"it",
         {"Il primario, Antonio Greco, lavora nel reparto da vent'anni. La sua collega Laura Fini è d'accordo con lui.",
          "«Perdiamo un servizio che la valle aveva da quarant'anni», ha detto il primario."},
         "Perdiamo un servizio che la valle aveva da quarant'anni",
         "Antonio Greco",
         "il primario"},
        // (the adjective after another noun describes no one: the pronoun keeps the last person named)
        {"it",
         {"Il settore primario della valle è in crisi, secondo il sindaco Paolo Bruni.",
          "«Servono aiuti subito», ha detto lui."},
         "Servono aiuti subito",
         "Paolo Bruni"},
    });
}
