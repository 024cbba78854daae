// quotes105: a short gap between a cue and its "that" ("disse nesta sexta-feira (5) que", "disse ainda que", "adiantou
// à RTP que", "a affirmé jeudi soir que", "ha detto ieri che"): a time, a day's figure in brackets, an adverb of
// [cue_adverbs], a complement naming the one spoken to; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a time or a day in brackets between the cue and que", "[quotes][quotes105]") {
    check_speakers({
        {"pt", "O prefeito Rui Maldonado disse nesta sexta-feira (5) que as linhas de barco vão funcionar até meia-noite.",
         "as linhas de barco vão funcionar até meia-noite", "Rui Maldonado"},
        {"pt", "O prefeito Rui Maldonado disse nesta sexta que as linhas de barco vão funcionar até meia-noite.",
         "as linhas de barco vão funcionar até meia-noite", "Rui Maldonado"},
        {"fr", "Le maire Paul Vernet a affirmé jeudi soir que les bacs circuleront jusqu'à minuit cet hiver.",
         "les bacs circuleront jusqu'à minuit cet hiver", "Paul Vernet"},
        {"es", "La alcaldesa Marta Ibáñez dijo el lunes (3) que los barcos funcionarán hasta medianoche este invierno.",
         "los barcos funcionarán hasta medianoche este invierno", "Marta Ibáñez"},
    });
}

TEST_CASE("an adverb of cue_adverbs between the cue and que", "[quotes][quotes105]") {
    check_speakers({
        {"pt", "A secretária Helena Prates disse ainda que o cais será reaberto antes do verão.",
         "o cais será reaberto antes do verão", "Helena Prates"},
        {"pt", "A secretária Helena Prates afirmou também ontem que o cais será reaberto antes do verão.",
         "o cais será reaberto antes do verão", "Helena Prates"},
        {"it", "La sindaca Elena Bassi ha detto ancora ieri che il molo riaprirà prima dell'estate.",
         "il molo riaprirà prima dell'estate", "Elena Bassi"},
    });
}

TEST_CASE("the one spoken to after a time, and a crase, before que", "[quotes][quotes105]") {
    check_speakers({
        {"pt", "O ministro Jorge Almada adiantou à RTP que a ponte ficará fechada durante toda a noite.",
         "a ponte ficará fechada durante toda a noite", "Jorge Almada"},
        {"pt", "O ministro Jorge Almada disse nesta quarta à Lusa que a ponte ficará fechada durante toda a noite.",
         "a ponte ficará fechada durante toda a noite", "Jorge Almada"},
    });
}

TEST_CASE("that before a unit of time is a determiner, no reported clause", "[quotes][quotes105]") {
    for (const auto& [lang, para] : std::vector<std::pair<const char*, const char*>>{
             {"en", "The coach Dan Miller said again later that day the team would travel by coach."},}) {
        INFO(para);
        for (const auto& q : extract_quotes(page(lang, "", {para})))
            CHECK(q.text.rfind("day", 0) != 0);
    }
}
