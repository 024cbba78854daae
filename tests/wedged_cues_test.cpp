// Cues wedged in the writer's sentence round a partial quote (s55 quotes98). Invented lines.
// - A verb with no subject set off by commas right before the quote ("ha costruito, dice, «Q»"): the quote is the
//   sentence's subject's, the person the paragraph is about.
// - A cue joined by a conjunction to the clause a scare-quoted word stands in ('pediu "calma" na leitura dos números e
//   lembrou que ...'): the words between the mark and the conjunction are no subject; the verb before the quote has it.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a verb set off by commas right before a partial quote gives it to the sentence's subject",
          "[quotes][quotes98][incise_cue]") {
    check_quotes({
        {"it",
         {"Marco Rinaldi ha aperto il suo cantiere a Portolungo nel 1985. Da allora ha costruito, dice, «più di "
          "trecento barche», quasi tutte in legno di larice."},
         "più di trecento barche",
         "Marco Rinaldi"},
        {"it",
         {"Marco Rinaldi ha costruito, racconta, «più di trecento barche», quasi tutte in legno di larice."},
         "più di trecento barche",
         "Marco Rinaldi",
         "Marco Rinaldi"},
        {"es",
         {"Lucía Ferrer abrió su taller de Valdemora en 1990. Desde entonces ha construido, dice, «más de doscientas "
          "guitarras», casi todas de cedro."},
         "más de doscientas guitarras",
         "Lucía Ferrer"},
        {"pt",
         {"Rui Almeida abriu a oficina de Vale Alto em 1992. Desde então construiu, diz, “mais de duzentos barcos”, "
          "quase todos de pinho."},
         "mais de duzentos barcos",
         "Rui Almeida"},
        // (the name opening a sentence before, not the last person named, is the dropped subject)
        {"es",
         {"Marta Vidal saludó a Pablo Soler cuando él le pidió perdón en el juicio por el accidente de su hermano, "
          "Jorge Vidal. Pero con veinte años menos, le contó, «habría cruzado la sala para gritarle»."},
         "habría cruzado la sala para gritarle",
         "Marta Vidal"},
        // (near miss: a participle set off by commas shares the subject of the clause before it, where the verb
        // keeps its subject)
        {"en",
         {"Ann Roe spoke first at the harbour meeting.",
          "Tom Vale attacked her record on the pier, saying, “She is not ready for the job.”"},
         "She is not ready for the job.",
         "Tom Vale"},
        // (near miss: words between the incise and the quote; the cue before the incise attributes it, its mention
        // whole)
        {"it",
         {"Marco Rinaldi ha aperto il suo cantiere nel 1985. Il sindaco Luca Bassi ricorda, dice, che le sue barche "
          "sono «le più belle del porto»."},
         "le più belle del porto",
         "Luca Bassi",
         "Il sindaco Luca Bassi"},
    });
}

TEST_CASE("a scare-quoted word before a cue joined by a conjunction is the first verb's subject's",
          "[quotes][quotes98][joined_cue]") {
    check_quotes({
        {"pt",
         {"O secretário de Trabalho, Jorge Matos, pediu \"calma\" na leitura dos números e lembrou que o fim do ano "
          "sempre traz mais vagas temporárias."},
         "calma",
         "Jorge Matos"},
        {"en",
         {"The labour secretary, Jorge Matos, urged \"calm\" in reading the figures and recalled that the end of the "
          "year always brings more seasonal jobs."},
         "calm",
         "Jorge Matos"},
        {"it",
         {"Il sindaco di Borgo Alto, Marco Neri, ha chiesto «calma» nella lettura dei dati e ha ricordato che la "
          "fine dell'anno porta sempre più lavoro stagionale."},
         "calma",
         "Marco Neri"},
        // (near miss: a comma and a name between the mark and the cue name its subject)
        {"en",
         {"Jorge Matos urged \"calm\" in reading the figures, Ana Lopes said."},
         "calm",
         "Ana Lopes"},
    });
}
