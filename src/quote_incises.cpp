// The attribution printed inside the quote marks (UnitReader::split_incises(), declared in quote_reader.hpp): French
// print's incise, "« Q1, raconte Anne Roux. Q2 »" or "« Q1, dit-il, q2 »", where the speaker's words go on after their
// attribution without new marks. The span is split into the words before the incise and those after it, as if the
// page had printed "« Q1 », raconte Anne Roux. « Q2 »": the first is attributed by the cue after it, the second goes
// on as the same speaker's.
#include "quote_reader.hpp"

#include "quote_cues.hpp"
#include "quote_verbless_cues.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive::quoting {

namespace {

// ". X", "? X", "! X" at s[i], X a capital: the incise's sentence ends there and the quote goes on.
bool stop_before_capital(std::string_view s, std::size_t i) {
    if (s[i] != '.' && s[i] != '!' && s[i] != '?')
        return false;
    std::size_t k = i + 1;
    if (k >= s.size() || s[k] != ' ')
        return false;
    while (k < s.size() && s[k] == ' ')
        ++k;
    return k < s.size() && text::is_upper(text::next_cp(s, k));
}

// The hyphen at s[i] closes an incise set off by spaced hyphens: a space before it and a space after it
// (spaced_dash_at), or a comma or full stop glued after it and then a space or the end, as the wires print the incise
// after a full sentence ("«Q1 - ha ammesso il 33enne -. Q2»", "«Q1 - dijo el técnico -, q2»").
bool closing_hyphen(std::string_view s, std::size_t i) {
    if (i == 0 || s[i - 1] != ' ' || s[i] != '-')
        return false;
    if (spaced_dash_at(s, i) == 1)
        return true;
    return i + 1 < s.size() && (s[i + 1] == '.' || s[i + 1] == ',') && (i + 2 == s.size() || s[i + 2] == ' ');
}

} // namespace

// "«Es una expropiación encubierta —aseguró su presidente, Jorge Albiol— y no resistirá»", "«Non è finita –
// ha detto il sindaco – e lo vedrete»": Spanish and Italian print set the incise inside the marks between two dashes,
// the first glued to its cue (its clitics between: "—le dijo"), the second closing the speaker's name. The span n is
// split as the comma's incise is: the words before the first dash, attributed by the cue after it, and those after
// the second, which go on as the same speaker's (read() joins them). `found` and `cues_read`: the unit's cues, read
// once. True when the span was split.
bool UnitReader::dash_incise(std::size_t n, std::vector<Cue>& found, bool& cues_read) {
    const QuoteSpan q = spans[n];
    const WordTags& tags = word_tags(ex.sp.lexs);
    const std::size_t from = q.open + q.open_len;
    // (the bytes inside the marks only: a search to the end of the unit for each span grows with the square of a
    // run-on paragraph's quotes)
    for (std::size_t i = from; i < q.close; ++i) {
        if (s[i] != '\xE2' && s[i] != '-')
            continue;
        // (an agency's plain text types a hyphen between spaces for the dash: "«La libertà - ha sottolineato il capo
        // dello Stato - non è …»", spaced_dash_at)
        const std::size_t dash = spaced_dash_at(s, i);
        if (dash == 0 || i <= from + 1 || s[i - 1] != ' ')
            continue;
        std::size_t at = i + dash;
        while (at < q.close && s[at] == ' ')
            ++at;
        at = past_clitics(ws, ex.sp.lexs, at);
        // (cheap first: a speech verb, its auxiliary or an inverted verb right there)
        const std::size_t w = word_index(at);
        if (w >= ws.size() || ws[w].b != at || ws[w].punct ||
            !((tags.of(ws[w]) & (WordTags::speech_verb | WordTags::auxiliary)) != 0 || inverted_shape(ws[w])))
            continue;
        if (!cues_read) {
            cues_with_phrases_into(found, s, ws, ex.sp.lexs);
            cues_read = true;
        }
        const auto cue = std::find_if(found.begin(), found.end(), [at](const Cue& c) { return c.begin == at; });
        if (cue == found.end() || cue->end >= q.close)
            continue;
        // the closing dash, of the opening one's kind, before the marks close, with words after it
        std::size_t end = cue->end;
        while (end < q.close && (dash == 1 ? !closing_hyphen(s, end) : dash_at(s, end) == 0))
            ++end;
        if (end >= q.close)
            return false;
        std::size_t resume = end + (dash == 1 ? 1 : 3);
        while (resume < q.close && (s[resume] == ' ' || s[resume] == ','))
            ++resume;
        if (resume + 1 >= q.close)
            return false;
        spans[n] = QuoteSpan{q.open, i, 0, q.open_len, true};
        spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(n) + 1, QuoteSpan{resume, q.close, q.close_len, 0, true});
        return true;
    }
    return false;
}

void UnitReader::split_incises() {
    const WordTags& tags = word_tags(ex.sp.lexs);
    std::vector<Cue> found; // (the unit's cues, found once, for the first span that may hold an incise)
    bool cues_read = false;
    for (std::size_t n = 0; n < spans.size(); ++n) {
        const QuoteSpan q = spans[n];
        if (!q.closed || q.open_len == 0 || q.close_len == 0)
            continue;
        // Cheap first: a comma inside the marks with a speech verb, its auxiliary or an inverted verb after it. A
        // cue that is a small word of the language too is no incise's: „Wenn ich gewusst hätte, so einen Text zu
        // machen ...“ reads "so" as in „Q“, so Anna Roe, and it is the sentence's own word (so is "così" of
        // [verbless_cues], no stopword: «Lo rifarei, così come l'ho fatto»).
        std::size_t w = word_index(q.open + q.open_len);
        std::size_t comma = s.size();
        for (; w + 1 < ws.size() && ws[w + 1].b < q.close; ++w) {
            if (!ws[w].punct || ws[w].low != "," || ws[w + 1].punct)
                continue;
            const std::uint16_t t = tags.of(ws[w + 1]);
            if (((t & WordTags::speech_verb) != 0 && (t & WordTags::stopword) == 0 &&
                 !verbless_cue(ex.sp.lexs, ws[w + 1].low)) ||
                (t & WordTags::auxiliary) != 0 || inverted_shape(ws[w + 1])) {
                comma = ws[w].b;
                break;
            }
        }
        if (comma == s.size()) {
            if (dash_incise(n, found, cues_read))
                ++n;
            continue;
        }
        if (!cues_read) {
            cues_with_phrases_into(found, s, ws, ex.sp.lexs);
            cues_read = true;
        }
        const Cue* cue = nullptr;
        for (const Cue& c : found)
            if (c.begin == ws[w + 1].b && c.end < q.close)
                cue = &c;
        if (cue == nullptr)
            continue;
        // The cue names its speaker: "dit-il" holds the pronoun; else a name, a title or an article follows it
        // ("raconte Anne Roux", "explique le maire"). "Nous l'avons fait, dit autrement, trop tard" names no one.
        std::size_t after = word_index(cue->end);
        if (cue->pronoun.empty() &&
            (after >= ws.size() || ws[after].b >= q.close || ws[after].punct ||
             !(ws[after].upper || (tags.of(ws[after]) & (WordTags::article | WordTags::person_title)) != 0)))
            continue;
        // The incise ends at its sentence's end ("raconte Anne Roux, qui a vécu là-bas. Q2") or, when the quote's
        // sentence goes on after it, at the comma after it ("dit-il, q2").
        std::size_t end = s.size(), resume = s.size();
        for (std::size_t k = cue->end; k < q.close; ++k)
            if (stop_before_capital(s, k)) {
                end = k;
                break;
            }
        if (end == s.size())
            for (std::size_t k = after; k < ws.size() && ws[k].b < q.close; ++k)
                if (ws[k].punct && ws[k].low == ",") {
                    end = ws[k].b;
                    break;
                }
        if (end == s.size())
            continue;
        resume = end + 1;
        while (resume < q.close && s[resume] == ' ')
            ++resume;
        if (resume + 1 >= q.close)
            continue;
        spans[n] = QuoteSpan{q.open, comma + 1, 0, q.open_len, true}; // ("Q1," keeps its comma, as inside marks)
        spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(n) + 1,
                     QuoteSpan{resume, q.close, q.close_len, 0, true});
        ++n; // (the words after the incise hold no second one: one attribution to a quote)
    }
}

} // namespace archive::quoting
