// Quotes of de, fr, en, it, es and pt pages (quotes128): an office named in a cue is not the role of one known by a
// role of a kind that holds no office, a paper's mention ends before an elided preposition and the words in small
// letters after it, and a Portuguese paper's title opens on its capitalised article.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

// "Moderator Jonas Brunner eröffnete den Abend. „Q“, sagte der Stadtpräsident.": a person described by a role of a
// kind that holds no office ([no_office_role_words]) is not the holder of an office named later, by the fallback to
// the most recent person nor as the one person of another office in view: the office is someone the text does not
// name.
TEST_CASE("an office in a cue is not the role of one known by a role that holds none", "[quotes][quotes128]") {
    check_quotes({
        {"de",
         {"Moderator Jonas Brunner eröffnete den Abend vor rund 200 Gästen im Saal des Kornhauses.",
          "„Wir haben zehn Jahre auf diese Lösung gewartet“, sagte der Stadtpräsident."},
         "Wir haben zehn Jahre auf diese Lösung gewartet", "", "der Stadtpräsident"},
        {"de",
         {"Die Aktivistin Eva Roth sprach am Mittwoch vor den Medien in Bern.",
          "«Wir sparen seit Jahren zu wenig», sagte die Finanzministerin."},
         "Wir sparen seit Jahren zu wenig", "", "die Finanzministerin"},
        {"fr",
         {"La militante Marine Roux a pris la parole devant la mairie de Nantes.",
          "« Nous ne céderons pas sur ce projet », a déclaré la ministre."},
         "Nous ne céderons pas sur ce projet", "", "la ministre"},
        {"it",
         {"L'attivista Anna Neri ha aperto la serata davanti a duecento persone.",
          "«I lavori partiranno in primavera», ha detto il sindaco."},
         "I lavori partiranno in primavera", "", "il sindaco"},
    });
    // (near misses: one known by an office named by another word of it, one of no known role, one whose role is no
    // office against a role that is none either)
    check_quotes({
        {"de",
         {"Bundesrätin Eva Roth sprach am Mittwoch vor den Medien in Bern.",
          "«Wir sparen seit Jahren zu wenig», sagte die Finanzministerin."},
         "Wir sparen seit Jahren zu wenig", "Eva Roth", "die Finanzministerin"},
        {"fr",
         {"« Ce texte est une erreur », a dit François Hollande devant la presse.",
          "« Nous le retirerons », a souligné le chef de l'Etat."},
         "Nous le retirerons", "François Hollande"},
        {"es",
         {"«No vamos a aceptar más retrasos», lamentó la presidenta de la Cámara, Ana Ruiz.",
          "La empresaria señaló que «la obra debe terminar este año»."},
         "la obra debe terminar este año", "Ana Ruiz"},
    });
}

// "«Q», scrive La Stampa nell'edizione di oggi.": after a name, a preposition elided into its article and words in
// small letters after its noun are where it was written, no part of the mention; the mention after a preposition in
// small letters ended before it already (fr "dans l'", es "en su").
TEST_CASE("a mention after a cue ends before an elided preposition after a name", "[quotes][quotes128]") {
    check_quotes({
        {"it", {"«La Regione ha trovato i fondi solo all'ultimo momento», scrive La Stampa nell'edizione di oggi."},
         "La Regione ha trovato i fondi solo all'ultimo momento", "La Stampa", "La Stampa"},
        {"it", {"«Il cantiere aprirà a marzo», ha detto Marco Neri dell'ufficio tecnico del Comune."},
         "Il cantiere aprirà a marzo", "Marco Neri", "Marco Neri"},
        {"fr", {"« Le canton a sous-estimé le prix des travaux », écrit Le Temps dans l'édition de mardi."},
         "Le canton a sous-estimé le prix des travaux", "Le Temps", "Le Temps"},
        {"es", {"«El ayuntamiento sabía del retraso desde marzo», escribe El Heraldo en su edición del martes."},
         "El ayuntamiento sabía del retraso desde marzo", "El Heraldo", "El Heraldo"},
    });
    // (near misses: the body a role is of, capitalised after the elision or after a preposition, is the mention's)
    check_quotes({
        {"it",
         {"«I lavori partiranno in primavera», ha detto il presidente dell'Associazione Lago Pulito, Franco Neri."},
         "I lavori partiranno in primavera", "Franco Neri", "il presidente dell'Associazione Lago Pulito, Franco Neri"},
        {"fr", {"« Les urgences sont saturées depuis lundi », a déclaré le directeur de l'hôpital."},
         "Les urgences sont saturées depuis lundi", "", "le directeur de l'hôpital"},
    });
}

// "«Q», escreve O Público na edição de hoje.": pt's capitalised "O", "A" open a paper's title as common.txt's articles
// do elsewhere ([title_article_words] of pt.txt, [writing_verb_words]): the paper is the speaker, with its article.
TEST_CASE("a Portuguese paper's title opens on its capitalised article", "[quotes][quotes128]") {
    check_quotes({
        {"pt", {"«A câmara sabia do atraso desde março», escreve O Público na edição de hoje."},
         "A câmara sabia do atraso desde março", "O Público", "O Público"},
        {"pt", {"«O governo falhou todos os prazos», escreve A Bola."}, "O governo falhou todos os prazos", "A Bola",
         "A Bola"},
        // (the paper holds no person's role: the president named after it is someone the text does not name)
        {"pt",
         {"«A câmara sabia do atraso desde março», escreve O Público na edição de hoje.",
          "«Vamos concluir a obra até ao fim do próximo ano», disse o presidente da câmara."},
         "Vamos concluir a obra até ao fim do próximo ano", "", "o presidente da câmara"},
    });
    // (near misses: an initial in English, a role after its article in small letters in Portuguese)
    check_quotes({
        {"en", {"\"The works will start in spring,\" writes A. Smith in the newsletter."},
         "The works will start in spring", "A. Smith", "A. Smith"},
        {"pt",
         {"O presidente da câmara, João Lima, visitou a obra na segunda-feira.",
          "«Vamos concluir a obra até ao fim do próximo ano», disse o presidente."},
         "Vamos concluir a obra até ao fim do próximo ano", "João Lima", "o presidente"},
    });
}
