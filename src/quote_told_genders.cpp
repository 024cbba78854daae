// The gender a page tells of a person it names (quote_told_genders.hpp).
#include "quote_told_genders.hpp"

#include "quote_descriptions.hpp"
#include "quote_word_tags.hpp"

#include <algorithm>

namespace archive::quoting {

namespace {

bool sentence_stop(const Word& w) {
    return w.punct && w.low.size() == 1 && (w.low[0] == '.' || w.low[0] == '!' || w.low[0] == '?');
}

bool inside_quote(std::size_t byte, const std::vector<QuoteSpan>& spans) {
    return std::any_of(spans.begin(), spans.end(),
                       [byte](const QuoteSpan& q) { return byte >= q.open && byte < q.close + q.close_len; });
}

} // namespace

void note_told_genders(Extractor& ex, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                       std::size_t base) {
    Speakers& sp = ex.sp;
    // (a unit that names no one, note_names noting no mention in it, tells no one's gender)
    if (sp.events.empty() || sp.events.back().first < base)
        return;
    std::size_t start = 0; // (the first word of the sentence before the one read)
    for (std::size_t j = 0; j + 1 < ws.size(); ++j) {
        if (!sentence_stop(ws[j]))
            continue;
        const std::size_t next = j + 1;
        const std::size_t from = start;
        start = next;
        const Word& w = ws[next];
        // (a pronoun of one person is a short word: "he", "elle", "él", "lei"; most sentences open with a longer one)
        const std::size_t longest_pronoun = 4;
        char gender = 'x';
        if (w.punct || !w.upper || w.low.size() > longest_pronoun || !sp.pronoun(w.low, gender) ||
            (gender != 'm' && gender != 'f') || !in_list(sp.lexs, "subject_pronoun_words", w.low) ||
            inside_quote(w.b, spans))
            continue;
        // (the people named in the sentence before, outside quote marks: its mentions noted by note_names)
        const std::size_t b = base + ws[from].b, e = base + w.b;
        int one = -1;
        bool several = false;
        for (auto it = sp.events.rbegin(); it != sp.events.rend() && it->first >= b && !several; ++it) {
            if (it->first >= e || sp.in_reported(it->first))
                continue;
            if (one >= 0 && it->second != one)
                several = true;
            one = it->second;
        }
        if (one < 0 || several)
            continue;
        Person& p = sp.people[static_cast<std::size_t>(one)];
        if (!unnamed(p) && p.gender == 'x')
            p.gender = gender;
    }
}

} // namespace archive::quoting
