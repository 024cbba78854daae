// Speech verbs of Italian, Spanish and Portuguese agency copy that made no cue (promising, vouching, claiming credit,
// warning, snapping back, firing back, rebutting), and an adverb of contrast or of "likewise" inside the cue ("ha
// invece detto", "ha advertido asimismo"). Both are lexicon data (it/es/pt [speech_verbs], [cue_adverbs]). Invented
// lines (session 41, quotes83).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::CueRow;
using archive::quote_rows::check_only_quotes;

TEST_CASE("it/es/pt verbs of promising, vouching, warning and retorting are cues after the quote", "[quotes][quotes83]") {
    check_only_quotes(
        {
            {"it", "\u00ABIl ponte sarà pronto entro l'estate\u00BB, ha promesso la sindaca Lucia Ferri.",
             "Il ponte sarà pronto entro l'estate", "ha promesso", "la sindaca Lucia Ferri"},
            {"it", "\u00ABNessun posto di lavoro andrà perso\u00BB, ha garantito il presidente Paolo Conti.",
             "Nessun posto di lavoro andrà perso", "ha garantito", "il presidente Paolo Conti"},
            {"it", "\u00ABIl risanamento è merito nostro\u00BB, ha rivendicato l'assessore Marco Bini.",
             "Il risanamento è merito nostro", "ha rivendicato", "l'assessore Marco Bini"},
            {"it", "\u00ABNon si scherza con il fuoco\u00BB, ha ammonito il prefetto Carlo Sala.",
             "Non si scherza con il fuoco", "ha ammonito", "il prefetto Carlo Sala"},
            {"it", "\u00ABQuesta città non si arrende\u00BB, ha scandito la leader Anna Moro.",
             "Questa città non si arrende", "ha scandito", "la leader Anna Moro"},
            {"es", "\u00ABEl puente estará listo en verano\u00BB, prometió la alcaldesa Lucía Ferrer.",
             "El puente estará listo en verano", "prometió", "la alcaldesa Lucía Ferrer"},
            {"es", "\u00ABNo se perderá ningún empleo\u00BB, garantizó el presidente Pablo Conde.",
             "No se perderá ningún empleo", "garantizó", "el presidente Pablo Conde"},
            {"es", "\u00ABUsted no sabe de lo que habla\u00BB, le espetó el diputado Andrés Vidal.",
             "Usted no sabe de lo que habla", "espetó", "el diputado Andrés Vidal"},
            {"es", "\u00ABEs un paso en la buena dirección\u00BB, ha valorado la consejera Elena Ruiz.",
             "Es un paso en la buena dirección", "ha valorado", "la consejera Elena Ruiz"},
            {"pt", "\u201CA ponte estará pronta no verão\u201D, rematou o autarca Rui Faria.",
             "A ponte estará pronta no verão", "rematou", "o autarca Rui Faria"},
            {"pt", "\u201CO senhor não sabe do que fala\u201D, atirou a deputada Inês Lobo.",
             "O senhor não sabe do que fala", "atirou", "a deputada Inês Lobo"},
            {"pt", "\u201CNão há margem para erros\u201D, advertiu o ministro Paulo Reis.",
             "Não há margem para erros", "advertiu", "o ministro Paulo Reis"},
            {"pt", "\u201CIsso nunca foi prometido\u201D, rebateu o líder Nuno Matos.",
             "Isso nunca foi prometido", "rebateu", "o líder Nuno Matos"},
        },
        QuoteKind::direct);
}

TEST_CASE("an adverb of contrast or of likewise inside an it/es cue belongs to the cue, not the mention", "[quotes][quotes83]") {
    check_only_quotes(
        {
            {"it", "\u00ABLe tariffe non aumenteranno\u00BB, ha invece detto il ministro Paolo Conti.",
             "Le tariffe non aumenteranno", "ha invece detto", "il ministro Paolo Conti"},
            {"it", "\u00ABAbbiamo sbagliato i tempi\u00BB, ha tuttavia ammesso la sindaca Lucia Ferri.",
             "Abbiamo sbagliato i tempi", "ha tuttavia ammesso", "la sindaca Lucia Ferri"},
            {"es", "\u00ABLas tarifas no subirán\u00BB, ha advertido asimismo el ministro Pablo Conde.",
             "Las tarifas no subirán", "ha advertido", "el ministro Pablo Conde"},
            {"es", "\u00ABHemos fallado en los plazos\u00BB, reconoció igualmente la alcaldesa Lucía Ferrer.",
             "Hemos fallado en los plazos", "reconoció", "la alcaldesa Lucía Ferrer"},
        },
        QuoteKind::direct);
}
