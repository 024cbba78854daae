// A role given with what it is of, resolved to the one named with it and to no one named with another role of
// another field ("la capogruppo del Pd", "le chef des secours", "the rescue team leader"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a role of a party named by its two letters is that party's holder, not another party's",
          "[quotes][quotes93]") {
    check_quotes({
        {"it",
         {"Giulia Ferretti, capogruppo del Pd in consiglio comunale, ha lasciato l'aula prima del voto.",
          "Luca Sartori, capogruppo della Lega, ha chiesto un rinvio.",
          "«È un bilancio senza futuro», ha detto la capogruppo del Pd ai cronisti."},
         "È un bilancio senza futuro",
         "Giulia Ferretti",
         "la capogruppo del Pd"},
        {"it",
         {"Giulia Ferretti, capogruppo del Pd in consiglio comunale, ha lasciato l'aula prima del voto.",
          "Luca Sartori, capogruppo della Lega, ha chiesto un rinvio.",
          "«È un bilancio senza futuro», ha detto la capogruppo del Pd ai cronisti.",
          "«Serve più tempo», ha aggiunto il capogruppo della Lega."},
         "Serve più tempo",
         "Luca Sartori",
         "il capogruppo della Lega"},
        {"fr",
         {"Hélène Vasseur, présidente du groupe RN au conseil régional, était présente dans la salle.",
          "Arnaud Petit, président du groupe PS, a demandé une suspension de séance.",
          "«Ce budget ne tient pas debout», a déclaré la présidente du groupe RN à la sortie."},
         "Ce budget ne tient pas debout",
         "Hélène Vasseur",
         "la présidente du groupe RN"},
        // (the apposition's gender is its role's, not that of the article of where the role is held: "en el
        // Ayuntamiento")
        {"es",
         {"Lucía Prieto, portavoz del PP en el Ayuntamiento, abandonó el pleno antes de la votación.",
          "Jorge Molina, portavoz del PSOE, pidió un nuevo debate.",
          "\"Estas cuentas no sirven a los vecinos\", dijo la portavoz del PP tras el pleno."},
         "Estas cuentas no sirven a los vecinos",
         "Lucía Prieto",
         "la portavoz del PP"},
        {"es",
         {"Lucía Prieto, portavoz del PP en el Ayuntamiento, abandonó el pleno antes de la votación.",
          "Jorge Molina, portavoz del PSOE, pidió un nuevo debate.",
          "\"Volveremos a presentarlas\", afirmó el portavoz del PSOE."},
         "Volveremos a presentarlas",
         "Jorge Molina",
         "el portavoz del PSOE"},
        // (near miss: a role of the same two letters is the one holder's)
        {"it",
         {"Giulia Ferretti, capogruppo del Pd in consiglio comunale, ha lasciato l'aula prima del voto.",
          "«È un bilancio senza futuro», ha detto la capogruppo del Pd ai cronisti."},
         "È un bilancio senza futuro",
         "Giulia Ferretti"},
    });
}

TEST_CASE("a role of another field than the one person named with a role is someone the text does not name",
          "[quotes][quotes93]") {
    check_quotes({
        {"fr",
         {"Le maire de Saint-Aurel, Bernard Lachaud, a donné l'alerte à sept heures du matin.",
          "«Ils ont eu beaucoup de chance, le brouillard était très dense», a expliqué le chef des secours."},
         "Ils ont eu beaucoup de chance, le brouillard était très dense",
         "",
         "le chef des secours"},
        {"it",
         {"Il sindaco di Valbruna, Franco Villa, ha dato l'allarme alle sette.",
          "«Hanno avuto molta fortuna, la nebbia era fittissima», ha detto il responsabile dei soccorsi."},
         "Hanno avuto molta fortuna, la nebbia era fittissima",
         "",
         "il responsabile dei soccorsi"},
        {"en",
         {"The mayor of Kilbrae, Graham Innes, raised the alarm at seven in the morning.",
          "\"They were very lucky, the fog was thick,\" said the rescue team leader."},
         "They were very lucky, the fog was thick",
         "",
         "the rescue team leader"},
        // (near misses: the field of the role the person was named with, or a person of no known role)
        {"fr",
         {"Le chef des secours, Marc Tissot, a donné l'alerte à sept heures du matin.",
          "«Ils ont eu beaucoup de chance, le brouillard était très dense», a expliqué le chef des secours."},
         "Ils ont eu beaucoup de chance, le brouillard était très dense",
         "Marc Tissot"},
        {"en",
         {"The rescue team leader, Alan Moir, raised the alarm at seven in the morning.",
          "\"They were very lucky, the fog was thick,\" said the rescue team leader."},
         "They were very lucky, the fog was thick",
         "Alan Moir"},
        {"it",
         {"Il responsabile dei soccorsi, Piero Galli, ha dato l'allarme alle sette.",
          "«Hanno avuto molta fortuna, la nebbia era fittissima», ha detto il responsabile dei soccorsi."},
         "Hanno avuto molta fortuna, la nebbia era fittissima",
         "Piero Galli"},
    });
}


TEST_CASE("after the cue, a role's complement closing the clause is part of the mention", "[quotes][quotes93]") {
    check_quotes({
        {"en",
         {"Fiona Marr, leader of the SNP group on the council, called the vote a disgrace.",
          "Ian Corrie, leader of the Labour group, asked for a recount.",
          "\"This is a betrayal of the islands,\" said the leader of the SNP group."},
         "This is a betrayal of the islands",
         "Fiona Marr",
         "the leader of the SNP group"},
        {"en",
         {"Fiona Marr, leader of the SNP group on the council, called the vote a disgrace.",
          "Ian Corrie, leader of the Labour group, asked for a recount.",
          "\"We will not back it,\" said the leader of the Labour group."},
         "We will not back it",
         "Ian Corrie",
         "the leader of the Labour group"},
        // (near misses: a small word after the complement, the clause goes on; a preposition opening the mention, the
        // words of the one who made them public, not said by them)
        {"en",
         {"\"We will not back it,\" said the leader of the Labour group on Tuesday."},
         "We will not back it",
         "",
         "the leader"},
        {"pt",
         {"A prima do pescador desaparecido falou ao fim da tarde.",
          "\"Guardei o caderno dela durante três invernos\", diz em vídeo publicado pelo secretário de Obras Públicas de "
          "Vilar Alto, Rui Matos Pereira. Foi a prima quem entregou o caderno."},
         "Guardei o caderno dela durante três invernos",
         ""},
    });
}

TEST_CASE("after the cue, a role noun then the one told by their role is the mention's end", "[quotes][quotes93]") {
    check_quotes({
        {"it",
         {"Paola Fontana, la giudice del processo, ha aperto l'udienza alle dieci.",
          "«Non c'è motivo di rinviare questo processo», ha risposto la giudice all'avvocata Sara Conti, che difende i "
          "tre imputati."},
         "Non c'è motivo di rinviare questo processo",
         "Paola Fontana",
         "la giudice"},
        // (the one told, named so, is the one the role stands for next: "l'avvocata" after "all'avvocata Sara Conti")
        {"it",
         {"Paola Fontana, la giudice del processo, ha aperto l'udienza alle dieci.",
          "«Non c'è motivo di rinviare questo processo», ha risposto la giudice all'avvocata Sara Conti, che difende i "
          "tre imputati.",
          "«I miei clienti non hanno letto gli atti», ha replicato l'avvocata."},
         "I miei clienti non hanno letto gli atti",
         "Sara Conti",
         "l'avvocata"},
        {"es",
         {"María Ortega, la jueza del caso, abrió la sesión a las diez.",
          "\"No hay motivo para retrasar este proceso\", respondió la jueza a la abogada Noelia Sáez, que defiende a "
          "los acusados."},
         "No hay motivo para retrasar este proceso",
         "María Ortega",
         "la jueza"},
        // (near miss: a field after the role's link, no person told, stays the role's: "all'assessore al commercio")
        {"it",
         {"«Apriremo il mercato a giugno», ha spiegato l'assessore al commercio Marco Galli."},
         "Apriremo il mercato a giugno",
         "Marco Galli",
         "l'assessore al commercio Marco Galli"},
    });
}
