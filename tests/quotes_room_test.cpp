// The quotes stage reads each unit's quote spans and cues into the room of the last unit's (find_quote_spans_into,
// cues_with_phrases_into), and a sentence's words into the room of the last sentence's (words_between_into): what the
// last one left there must change nothing.
#include <catch2/catch.hpp>

#include "quotes.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace archive;

namespace {

auto fields(const QuoteSpan& q) {
    return std::make_tuple(q.open, q.close, q.close_len, q.open_len, q.closed);
}

auto fields(const Cue& c) {
    return std::make_tuple(c.begin, c.end, c.text, c.pronoun);
}

template <class T>
bool same(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (fields(a[k]) != fields(b[k]))
            return false;
    return true;
}

} // namespace

TEST_CASE("a unit's spans and cues read into the last unit's room are those read afresh", "[quotes][room]") {
    // (invented lines: quotes of each convention, one-word cues, an inverted verb, a listed phrase, a line with none)
    const std::vector<std::pair<std::string, std::string>> units = {
        {"en", "\"We will rebuild the pier by spring,\" said harbour master Tilda Marsh on Monday."},
        {"en", "The council voted late. Nobody spoke after the count."},
        {"de", "„Das Dach hält nicht mehr“, sagte die Stadträtin Wiebke Lorenz. Sie hat „bald“ versprochen."},
        {"fr", "« Nous ne céderons pas », a-t-il déclaré mardi, avant d'ajouter : « Jamais. »"},
        {"es", "«No vamos a cerrar el mercado», dijo la concejala Nuria Peralta, que dio a conocer el plan."},
        {"it", "«Il ponte riapre a maggio», ha detto il sindaco Carlo Benvenuti ai cronisti."},
    };
    // The room as a longer unit with quotes and cues of its own left it.
    const std::string last = "\"One,\" he said. \"Two,\" she said. 'Three,' they said. \"Four\" and \"five,\" we said.";
    const auto last_lexs = quoting::lexicons_for("en");
    const auto last_words = quoting::words_of(last, 0, last.size(), &last_lexs);
    for (const auto& [language, s] : units) {
        CAPTURE(s);
        const auto lexs = quoting::lexicons_for(language);
        const auto ws = quoting::words_of(s, 0, s.size(), &lexs);

        std::vector<QuoteSpan> spans = quoting::find_quote_spans(last, last_words);
        REQUIRE(spans.size() >= 4);
        quoting::find_quote_spans_into(spans, s, ws);
        CHECK(same(spans, quoting::find_quote_spans(s, ws)));
        CHECK(same(spans, find_quote_spans(s)));

        std::vector<Cue> cues = quoting::cues_with_phrases(last, last_words, last_lexs);
        REQUIRE(cues.size() >= 4);
        quoting::cues_with_phrases_into(cues, s, ws, lexs);
        CHECK(same(cues, quoting::cues_with_phrases(s, ws, lexs)));

        // (the words of the unit after its first word, as indirect_speech reads a sentence's)
        std::vector<quoting::Word> words = last_words;
        const std::size_t from = ws.at(1).b;
        quoting::words_between_into(words, ws, quoting::words_between_parts(s, ws, from, s.size(), &lexs));
        const auto fresh = quoting::words_between(s, ws, from, s.size(), &lexs);
        REQUIRE(words.size() == fresh.size());
        REQUIRE(words.size() + 1 == ws.size());
        for (std::size_t k = 0; k < words.size(); ++k)
            CHECK((words[k].b == fresh[k].b && words[k].e == fresh[k].e && words[k].low == fresh[k].low));
    }
}

TEST_CASE("the spans and cues read into a room are the unit's own", "[quotes][room]") {
    const std::string s = "„Wir bauen neu“, sagte Jonas Adler. Er fügte hinzu: „Bald.“";
    const auto lexs = quoting::lexicons_for("de");
    const auto ws = quoting::words_of(s, 0, s.size(), &lexs);
    std::vector<QuoteSpan> spans(3, QuoteSpan{1, 2, 1, 1, true});
    quoting::find_quote_spans_into(spans, s, ws);
    REQUIRE(spans.size() == 2);
    CHECK(s.substr(spans[0].open + spans[0].open_len, spans[0].close - spans[0].open - spans[0].open_len) ==
          "Wir bauen neu");
    CHECK(spans[1].closed);
    std::vector<Cue> cues(2, Cue{0, 1, "x", "y"});
    quoting::cues_with_phrases_into(cues, s, ws, lexs);
    REQUIRE_FALSE(cues.empty());
    CHECK(cues.front().text == "sagte");
    for (const Cue& c : cues)
        CHECK(c.text != "x");
}
