// The text a unit of the quotes stage is read as (UnitReader, quote_reader.hpp), without the parenthetical set off by
// commas between a sentence's subject and its cue: "O secretário de Estado, por seu lado, garantiu que ...", "Le
// ministre, pour sa part, a assuré que ...", "Der Verkehrsminister, seinerseits, sagte, ...", "The minister, for his
// part, said that ...": read as "O secretário de Estado garantiu que ...", the subject next to its verb again.
#include "quote_reader.hpp"

#include "quote_cues.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace archive::quoting {

namespace {

// The words ws[k+1..] after the comma ws[k] are a listed parenthetical ([parenthetical_words],
// [parenthetical_phrases]) closed by a comma, after a subject and before a cue: the index of that closing comma, else
// 0. The subject: the words from the sentence's start (a stop, a colon, or the unit's start) to ws[k], at most twelve,
// with no mark but commas and no cue nor auxiliary ("The port will open in May, however, said X" is no subject).
// The cue: a speech verb or an auxiliary right after the closing comma. No quote mark stands among these words.
std::size_t parenthetical_at(const std::vector<Word>& ws, std::size_t k, const std::vector<const Lexicon*>& lexs) {
    const std::size_t most_subject = 12, most_words = 4;
    if (k == 0 || ws[k].low != "," || ws[k - 1].punct)
        return 0;
    // (the closing comma and the cue after it first, read from the words' own tags: most commas have neither, and
    // their words are not looked up in the lists)
    std::size_t close = k + 1;
    while (close < ws.size() && close <= k + most_words && !ws[close].punct)
        ++close;
    if (close == k + 1 || close + 1 >= ws.size() || ws[close].low != "," || ws[close + 1].punct)
        return 0;
    const WordTags& tags = word_tags(lexs);
    if ((tags.of(ws[close + 1]) & (WordTags::speech_verb | WordTags::auxiliary)) == 0 ||
        listed_phrase_at(ws, k + 1, lexs, "parenthetical_words", "parenthetical_phrases") != close - k - 1)
        return 0;
    std::size_t words = 0;
    for (std::size_t j = k; j-- > 0;) {
        const Word& w = ws[j];
        if (w.punct) {
            if (w.low == ",")
                continue;
            if (w.low == "." || w.low == "!" || w.low == "?" || w.low == ":")
                break;
            return 0;
        }
        if (++words > most_subject || (tags.of(w) & (WordTags::speech_verb | WordTags::auxiliary)) != 0)
            return 0;
    }
    return close;
}

} // namespace

void UnitReader::drop_parentheticals(WordsSeen& seen) {
    std::string text;
    std::size_t from = 0;
    for (std::size_t k = 1; k < ws.size(); ++k) {
        if (!ws[k].punct || ws[k].low.front() != ',') // (most words: no comma, read no further)
            continue;
        const std::size_t close = parenthetical_at(ws, k, ex.sp.lexs);
        if (close == 0)
            continue;
        const std::size_t b = ws[k].b, e = ws[close].e;
        // (outside every quote: the quoted words stay as written)
        if (std::any_of(spans.begin(), spans.end(),
                        [b, e](const QuoteSpan& q) { return q.open < e && q.close + q.close_len > b; }))
            continue;
        if (text.empty())
            text.reserve(s.size());
        text.append(s.substr(from, b - from));
        from = e;
        k = close;
    }
    if (from == 0)
        return; // (most units: read as they are)
    text.append(s.substr(from));
    read_as(std::move(text), seen);
}

} // namespace archive::quoting
