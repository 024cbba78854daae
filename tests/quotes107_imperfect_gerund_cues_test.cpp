// Spanish and Italian speech verbs that made no cue: the imperfect of a recollection or a retort ("recordaba ayer su
// vecina", "ribatteva il sindaco"), and throwing a line, mocking, joking, settling and answering ("lanzó", "ironizó",
// "bromeó", "zanjó", "contestó"); and a gerund of speaking whose preposition opens the quote ("parlando di «…»",
// "hablando de «…»", "en parlant de « … »"). All lexicon data (es/it [speech_verbs], es/it/fr [speech_phrases]).
// Invented lines (session 44, quotes107).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::CueRow;
using archive::quote_rows::check_only_quotes;

TEST_CASE("es/it imperfect speech verbs and lanzar, ironizar, bromear, zanjar, contestar are cues after the quote",
          "[quotes][quotes107]") {
    check_only_quotes(
        {
            {"es", "\u201CSiempre tenía la puerta abierta para todos\u201D, recordaba su vecina Carmen Soto.",
             "Siempre tenía la puerta abierta para todos", "recordaba", "su vecina Carmen Soto"},
            {"es", "\u00ABNadie se va a quedar fuera de la lista\u00BB, lanzó el gobernador Ramón Vidal.",
             "Nadie se va a quedar fuera de la lista", "lanzó", "el gobernador Ramón Vidal"},
            {"es", "\u00ABAquí por lo menos nadie se aburre\u00BB, ironizó el diputado Luis Mora.",
             "Aquí por lo menos nadie se aburre", "ironizó", "el diputado Luis Mora"},
            {"es", "\u00ABYo solo canto en la ducha\u00BB, bromeó la actriz Ana Ortiz.",
             "Yo solo canto en la ducha", "bromeó", "la actriz Ana Ortiz"},
            {"es", "\u00ABEl debate está cerrado desde ayer\u00BB, zanjó la presidenta Marta Gil.",
             "El debate está cerrado desde ayer", "zanjó", "la presidenta Marta Gil"},
            {"es", "\u00ABEso lo decide el partido y no la prensa\u00BB, contestó la ministra Elena Ruiz.",
             "Eso lo decide el partido y no la prensa", "contestó", "la ministra Elena Ruiz"},
            {"es", "\u00ABHay que esperar a los datos de enero\u00BB, insistía el consejero Pedro Gil.",
             "Hay que esperar a los datos de enero", "insistía", "el consejero Pedro Gil"},
            {"it", "\u00ABNon accetto lezioni da nessuno\u00BB, ribatteva il sindaco Paolo Conti.",
             "Non accetto lezioni da nessuno", "ribatteva", "il sindaco Paolo Conti"},
            {"it", "\u00ABEra sempre il primo ad arrivare in bottega\u00BB, ricordava la vicina Lucia Ferri.",
             "Era sempre il primo ad arrivare in bottega", "ricordava", "la vicina Lucia Ferri"},
        },
        QuoteKind::direct);
}

TEST_CASE("a gerund of speaking and its preposition before a quote are its cue (it, es, fr)", "[quotes][quotes107]") {
    check_only_quotes(
        {
            {"it", "Il ministro Valerio Rossi ha difeso la manovra parlando di \u00ABprudenza responsabile\u00BB.",
             "prudenza responsabile", "parlando di", "Il ministro Valerio Rossi"},
            {"fr", "Le ministre Paul Morel a défendu le budget en parlant de \u00AB prudence responsable \u00BB.",
             "prudence responsable", "parlant de", "Paul Morel"},
        },
        QuoteKind::partial);
}

// Spanish has no auxiliary before its preterite, so the mention before the gerund runs back over the finite verb
// ("El ministro ... defendió el presupuesto"); the cue and the speaker are what this case pins.
TEST_CASE("es: hablando de before a quote is its cue and the subject speaks", "[quotes][quotes107]") {
    const auto qs = extract_quotes(quote_rows::page(
        "es", "", {"El ministro Pablo Conde defendió el presupuesto hablando de \u00ABprudencia responsable\u00BB."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].kind == QuoteKind::partial);
    CHECK(qs[0].text == "prudencia responsable");
    CHECK(qs[0].cue.value_or("") == "hablando de");
    CHECK(qs[0].speaker.value_or("") == "Pablo Conde");
}
