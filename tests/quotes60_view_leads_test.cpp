// A sentence opened by a view's preposition and a name ("Pour X, « Q »", "Für X ist das „Q“") gives its quote to
// that person, after another cued quote in the same paragraph too (quotes60); on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a view's lead after another cued quote names its own speaker", "[quotes][view][quotes60]") {
    check_quotes({
        // ("« recul »." ends its sentence: the closing guillemet is no capital of an abbreviation)
        {"fr",
         {"L'opposition dénonce un « recul ». Pour Yann Morvan, chef de file des écologistes, « c'est un signal "
          "désastreux pour la ville »."},
         "c'est un signal désastreux pour la ville", "Yann Morvan"},
        {"fr",
         {"Le syndicat parle d'un « mépris ». Pour Anne Roux, déléguée du personnel, « la direction ne nous écoute "
          "plus »."},
         "la direction ne nous écoute plus", "Anne Roux"},
        // a short quote: fewer than six words
        {"de",
         {"Die Opposition kritisiert einen „Rückschritt“. Für Jan Moll, Sprecher der Grünen, ist das „ein fatales "
          "Signal“."},
         "ein fatales Signal", "Jan Moll"},
        {"de", {"Für Jan Moll ist das „ein fatales Signal“."}, "ein fatales Signal", "Jan Moll"},
        {"es",
         {"La oposición denuncia un \"retroceso\". Para Juan Morales, portavoz de los ecologistas, es \"una señal "
          "pésima\"."},
         "una señal pésima", "Juan Morales"},
        {"it",
         {"L'opposizione parla di un «passo indietro». Per Marco Neri, capogruppo dei Verdi, è «un segnale "
          "pessimo»."},
         "un segnale pessimo", "Marco Neri"},
        {"nl", {"Voor Jan de Vries is het „een slecht signaal”."}, "een slecht signaal", "Jan de Vries"},
        {"pt",
         {"A oposição fala de um \"retrocesso\". Para João Lima, porta-voz dos verdes, é \"um mau sinal\"."},
         "um mau sinal", "João Lima"},
        // (the name after "dla" in the genitive: the person named before in the nominative)
        {"pl",
         {"Przewodniczący klubu radnych Jan Kowalski zabrał głos na sesji w czwartek wieczorem.",
          "Radni krytykują „regres”. Dla Jana Kowalskiego to „zły sygnał dla miasta”."},
         "zły sygnał dla miasta", "Jan Kowalski"},
    });
}

TEST_CASE("a view's preposition before no name gives the quote to no one", "[quotes][view][quotes60]") {
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"de", "Für die Stadt ist das „ein fatales Signal“."},
             {"fr", "Pour la ville, c'est « un signal désastreux »."},
             {"it", "Per il Comune è «un segnale pessimo»."},
         }) {
        INFO(paragraph);
        for (const auto& q : extract_quotes(page(lang, "", {paragraph})))
            CHECK(!q.speaker);
    }
}
