// A speaker's name cut short or run long: a surname's capitalised particle that is a small word too ("Stefano Lo
// Russo", "Jean Le Goff"), a department capitalised after a role ("el concejal de Obras", "the head of Planning"), and
// a body's name opened by an elided preposition after the name ("Marta Conti nell'Istituto Tecnico Superiore").
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a capitalised particle that is a small word too goes on to the surname", "[quotes][quotes92]") {
    check_quotes({
        {"it",
         {"«Vogliamo restituire questi spazi alle famiglie», ha detto il sindaco Stefano Lo Russo in conferenza."},
         "Vogliamo restituire questi spazi alle famiglie",
         "Stefano Lo Russo"},
        {"it",
         {"«Serve un controllo costante», ha spiegato Paolo Della Valle, presidente del comitato."},
         "Serve un controllo costante",
         "Paolo Della Valle"},
        {"it", {"«Abbiamo aspettato troppo», ha detto Giulia Dalla Costa."}, "Abbiamo aspettato troppo", "Giulia Dalla Costa"},
        {"fr",
         {"« Nous attendions ce lieu depuis dix ans », a déclaré le maire Jean Le Goff lors de l'inauguration."},
         "Nous attendions ce lieu depuis dix ans",
         "Jean Le Goff"},
        {"es",
         {"«Contrataremos a dos bibliotecarios más», dijo Ana De La Cruz, directora del centro."},
         "Contrataremos a dos bibliotecarios más",
         "Ana De La Cruz"},
        {"de",
         {"Die Brücke verbindet die Altstadt mit dem neuen Wohngebiet am Südufer.",
          "„Die Brücke war überfällig“, sagte Landrat Friedrich zu Almbach bei der Eröffnung."},
         "Die Brücke war überfällig",
         "Friedrich zu Almbach"},
        // (near misses: no surname's word after the particle, which ends the name or opens no name; "zu" after a
        // full name opens the one told)
        {"de",
         {"Die Brücke verbindet die Altstadt mit dem neuen Wohngebiet am Südufer.",
          "„Die Brücke war überfällig“, sagte Marco Huber zu Blick."},
         "Die Brücke war überfällig",
         "Marco Huber"},
        {"it", {"Stefano Lo ha detto: «Il traffico sarà deviato»."}, "Il traffico sarà deviato", "Stefano"},
        {"fr",
         {"Selon Pierre, « Le marché reviendra au printemps »."},
         "Le marché reviendra au printemps",
         "Pierre"},
        // (a letter that took a dot ends its sentence: the capitalised particle opens the next one)
        {"fr",
         {"La commune n'a pas de plan B. La Rochelle attend toujours sa réponse.", "« Nous répondrons », a-t-il dit."},
         "Nous répondrons",
         ""},
    });
}

TEST_CASE("a department capitalised after a role names no one", "[quotes][quotes92]") {
    check_quotes({
        {"es",
         {"Según el concejal de Obras, «el tráfico se desviará por la avenida del Parque»."},
         "el tráfico se desviará por la avenida del Parque",
         ""},
        {"fr", {"Selon l'adjoint aux Sports, « les clubs pourront revenir dès la rentrée »."},
         "les clubs pourront revenir dès la rentrée",
         ""},
        {"it", {"Secondo l'assessore ai Lavori pubblici, «il traffico sarà deviato su viale Roma»."},
         "il traffico sarà deviato su viale Roma",
         ""},
        {"en", {"According to the head of Planning, \"the lanes will make the street safer for everyone\"."},
         "the lanes will make the street safer for everyone",
         ""},
        // (the role's holder named before speaks)
        {"es",
         {"El concejal de Obras, Javier Montero, presentó el calendario el jueves.",
          "Según el concejal de Obras, «el tráfico se desviará por la avenida del Parque»."},
         "el tráfico se desviará por la avenida del Parque",
         "Javier Montero"},
        {"fr",
         {"L'adjoint aux Sports, Yann Kerdraon, a présenté le projet mardi.",
          "Selon l'adjoint aux Sports, « les clubs pourront revenir dès la rentrée »."},
         "les clubs pourront revenir dès la rentrée",
         "Yann Kerdraon"},
        {"en",
         {"The head of Planning, Oliver Pratt, presented the scheme to councillors on Tuesday.",
          "According to the head of Planning, \"the lanes will make the street safer for everyone\"."},
         "the lanes will make the street safer for everyone",
         "Oliver Pratt"},
        // (near misses: a person after the role and its link is named; a body after "head" is no department)
        {"it", {"Secondo l'assessore ai Lavori pubblici Franco Bellini, «il traffico sarà deviato su viale Roma»."},
         "il traffico sarà deviato su viale Roma",
         "Franco Bellini"},
        {"en", {"According to Ann Roe, head of Planning, \"the lanes will make the street safer for everyone\"."},
         "the lanes will make the street safer for everyone",
         "Ann Roe"},
    });
}

TEST_CASE("a body's name opened by an elided preposition after a name is no part of it", "[quotes][quotes92]") {
    check_quotes({
        {"it",
         {"«I ragazzi potranno lavorare con macchine vere», ha spiegato Marta Conti nell'Istituto Tecnico Superiore."},
         "I ragazzi potranno lavorare con macchine vere",
         "Marta Conti"},
        {"it",
         {"Marta Conti, docente nell'Istituto Tecnico Superiore, ha detto: «È un passo avanti enorme»."},
         "È un passo avanti enorme",
         "Marta Conti"},
        {"fr",
         {"« Les élèves pourront travailler sur de vraies machines », a expliqué Claire Moreau d'Institut Universitaire "
          "Breton."},
         "Les élèves pourront travailler sur de vraies machines",
         "Claire Moreau"},
        // (near misses: a capitalised role after a word elided before a lower-case one, or after an article, gives
        // its role to the name after it)
        {"it",
         {"«Il campo è pronto», ha detto nell'aula consiliare il Sindaco Marta Conti."},
         "Il campo è pronto",
         "Marta Conti"},
        {"fr",
         {"« Le terrain est prêt », a déclaré dans l'enceinte du stade le Maire Claire Moreau."},
         "Le terrain est prêt",
         "Claire Moreau"},
    });
}

TEST_CASE("a body's acronym opening a sentence speaks, without the article elided into it", "[quotes][quotes92]") {
    check_quotes({
        {"fr",
         {"Le médecin Paul Riou a observé une hausse des consultations.",
          "L'OFSP a précisé : « Il n'est pas trop tard pour se faire vacciner. »"},
         "Il n'est pas trop tard pour se faire vacciner.",
         "OFSP"},
        {"it",
         {"Il medico Paolo Riva ha notato un aumento delle visite.",
          "L'ISS ha precisato: «Non è troppo tardi per vaccinarsi»."},
         "Non è troppo tardi per vaccinarsi",
         "ISS"},
        {"en",
         {"Tom Harding runs a nursery near Ellsby.", "DEFRA said: \"There will be no exemptions for retail sales.\""},
         "There will be no exemptions for retail sales.",
         "DEFRA"},
        {"de",
         {"Gärtner Lukas Brand hält das für übertrieben.",
          "Das BAFU teilte mit: „Die Belastung ist im Herbst am höchsten.“"},
         "Die Belastung ist im Herbst am höchsten.",
         "BAFU"},
        // (near miss: a name's own apostrophe before a word in small letters stays)
        {"fr",
         {"Le médecin Paul Riou a observé une hausse des consultations.",
          "L'Oréal a précisé : « Nos usines tournent normalement. »"},
         "Nos usines tournent normalement.",
         "L'Oréal"},
    });
}

TEST_CASE("a person who gave a given name alone is named by it", "[quotes][quotes92]") {
    check_quotes({
        {"en",
         {"The post office in Hollinbrook is due to close at the end of the month.",
          "A woman who gave her name only as Janet said she had used the branch for forty years.",
          "\"I don't know where I will collect my pension now,\" she said."},
         "I don't know where I will collect my pension now",
         "Janet"},
        {"de",
         {"Die Filiale in Lindenhof soll Ende des Monats schließen.",
          "Eine Anwohnerin, die nur ihren Vornamen Janet nennen wollte, sagte: „Ich weiß nicht, wo ich meine Rente "
          "abholen soll.“"},
         "Ich weiß nicht, wo ich meine Rente abholen soll.",
         "Janet"},
        {"fr",
         {"Le bureau de poste de Kerlouan doit fermer à la fin du mois.",
          "Une habitante qui n'a donné que son prénom, Janet, a déclaré : « Je ne sais pas où je vais retirer ma "
          "pension. »"},
         "Je ne sais pas où je vais retirer ma pension.",
         "Janet"},
        {"es",
         {"La oficina de Villaseca cerrará a final de mes.",
          "Una vecina que solo dio su nombre, Janet, dijo: «No sé dónde voy a cobrar mi pensión»."},
         "No sé dónde voy a cobrar mi pensión",
         "Janet"},
        // (near misses: a name in the clause that gives no one's name alone, nor a name given to something)
        {"de",
         {"Die Filiale soll schließen.",
          "Mein Nachbar, der seit Jahren mit Anna Wein anbaut, hat mir gesagt: „Die Post war immer voll.“"},
         "Die Post war immer voll.",
         ""},
        {"fr",
         {"Le bureau doit fermer.", "Une habitante, qui connaît bien Janet, a déclaré : « Je ne sais pas où aller. »"},
         "Je ne sais pas où aller.",
         ""},
        {"en",
         {"The branch will close.", "A woman who gave her name to the campaign said: \"I do not know where to go.\""},
         "I do not know where to go.",
         ""},
    });
}
