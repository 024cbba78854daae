// A second cue joined to the one that gave a quote its speaker: "pidió «calma» a los vecinos y recordó que el
// ayuntamiento pagará el hotel", "pediu “calma” aos moradores e lembrou que ...", "ha chiesto «calma» ai residenti e
// ricordato che ...". The sentence holds quote marks, so indirect_speech() leaves it to the quote's steps; the words
// after the second verb's "that" are the same subject's reported speech all the same.
#include "quote_coordinated_reports.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace archive::quoting {

namespace {

// At most this many words between the closing mark and the joining word ("a los vecinos", "aos moradores").
constexpr std::size_t most_between = 6;

} // namespace

void coordinated_report(UnitReader& r, const UnitReader::QuoteAt& at) {
    Extractor& ex = r.ex;
    if (ex.quotes.size() <= r.first_quote)
        return;
    // (the quote just given, by a cue and a speaker, not one that only shows words)
    const Quote last = ex.quotes.back();
    if (last.text != at.text || !last.speaker || !last.cue)
        return;
    const std::vector<Word>& ws = r.ws;
    const std::size_t end = at.sentence.second;
    std::size_t j = r.word_index(at.after_pos);
    // (the words after the quote up to the joining word: no mark, no other quote)
    std::size_t between = 0;
    while (j < ws.size() && ws[j].b < end && !ws[j].punct && between <= most_between &&
           !in_list(ex.sp.lexs, "coordinating_words", ws[j].low)) {
        ++j;
        ++between;
    }
    if (j >= ws.size() || ws[j].b >= end || ws[j].punct || between > most_between)
        return;
    // (the second verb, a helper perhaps before it: "y ha recordado que"; then its "that")
    std::size_t v = j + 1;
    if (v < ws.size() && !ws[v].punct && has_tag(ex.sp.lexs, WordTags::auxiliary, ws[v].low))
        ++v;
    if (v + 2 >= ws.size() || ws[v].punct || ws[v + 1].punct ||
        !has_tag(ex.sp.lexs, WordTags::speech_verb, ws[v].low) || !in_list(ex.sp.lexs, "that", ws[v + 1].low) ||
        ws[v + 2].b >= end)
        return;
    // (no quote mark in what is reported: a quote there is read as its own)
    const std::size_t from = ws[v + 2].b;
    if (std::any_of(r.spans.begin(), r.spans.end(), [&](const QuoteSpan& q) { return q.open >= from && q.open < end; }))
        return;
    std::string said = strip_edge_punct(std::string(r.s.substr(from, end - from)));
    while (!said.empty() && (said.back() == '.' || said.back() == '!'))
        said.pop_back();
    if (!has_words(said, 3))
        return;
    Quote out = make_quote(r.u, said, QuoteKind::indirect);
    out.cue = span_text(r.s, ws, j + 1, v);
    out.mention = last.mention;
    ex.add(std::move(out), last.speaker);
}

} // namespace archive::quoting
