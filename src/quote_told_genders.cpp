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
    if (ws.empty() || sp.events.empty() || sp.events.back().first < base)
        return;
    // The mentions of a sentence from byte b to byte e are those after the last one before b that fall before e.
    // The unit's, after the last one before its first word, are read in order of their bytes (most are in order
    // already; else a copy is put in order once), each with its place among all mentions: the sentences read their
    // mentions in turn, and a unit naming people in every sentence of thousands is no longer read once a sentence.
    const std::vector<std::pair<std::size_t, int>>& events = sp.events;
    const std::size_t b0 = base + ws.front().b;
    std::size_t tail = events.size();
    while (tail > 0 && events[tail - 1].first >= b0)
        --tail;
    thread_local std::vector<std::pair<std::size_t, std::size_t>> sorted; // (byte, place among all mentions)
    sorted.clear();
    const bool in_order = std::is_sorted(events.begin() + static_cast<std::ptrdiff_t>(tail), events.end(),
                                         [](const auto& x, const auto& y) { return x.first < y.first; });
    if (!in_order) {
        for (std::size_t i = tail; i < events.size(); ++i)
            sorted.emplace_back(events[i].first, i);
        std::sort(sorted.begin(), sorted.end());
    }
    const std::size_t mentions = events.size() - tail;
    auto byte_of = [&](std::size_t k) { return in_order ? events[tail + k].first : sorted[k].first; };
    auto place_of = [&](std::size_t k) { return in_order ? tail + k : sorted[k].second; };
    std::size_t read = 0;     // (the first mention, in order of bytes, at or after the sentence read)
    std::size_t after = tail; // (the place after the last mention before it)
    std::size_t start = 0;    // (the first word of the sentence before the one read)
    // (the words' bounds held here, not read again from the vector at each word: most words are no sentence's end)
    const Word* const words = ws.data();
    const std::size_t last = ws.size() - 1;
    for (std::size_t j = 0; j < last; ++j) {
        if (!sentence_stop(words[j]))
            continue;
        const std::size_t next = j + 1;
        const std::size_t from = start;
        start = next;
        const Word& w = words[next];
        // (a pronoun of one person is a short word: "he", "elle", "él", "lei"; most sentences open with a longer one)
        const std::size_t longest_pronoun = 4;
        char gender = 'x';
        if (w.punct || !w.upper || w.low.size() > longest_pronoun || !sp.pronoun(w.low, gender) ||
            (gender != 'm' && gender != 'f') || !in_list(sp.lexs, "subject_pronoun_words", w.low) ||
            inside_quote(w.b, spans))
            continue;
        // (the people named in the sentence before, outside quote marks: its mentions noted by note_names)
        const std::size_t b = base + words[from].b, e = base + w.b;
        for (; read < mentions && byte_of(read) < b; ++read)
            after = std::max(after, place_of(read) + 1);
        int one = -1;
        bool several = false;
        for (std::size_t k = read; k < mentions && byte_of(k) < e && !several; ++k) {
            if (place_of(k) < after || sp.in_reported(byte_of(k)))
                continue;
            const int person = events[place_of(k)].second;
            if (one >= 0 && person != one)
                several = true;
            one = person;
        }
        if (one < 0 || several)
            continue;
        Person& p = sp.people[static_cast<std::size_t>(one)];
        if (!unnamed(p) && p.gender == 'x')
            p.gender = gender;
    }
}

} // namespace archive::quoting
