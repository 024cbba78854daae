// Telling a quoted phrase from quoted speech (quote_phrases.hpp). A blog, a how-to or a review puts words in quote
// marks to show them, not to report them; none of these tests runs on a quote that a cue or a person claims.
#include "quote_phrases.hpp"

#include "text.hpp"

#include <algorithm>

namespace archive::quoting {
namespace {

// "the word “literally”", "le mot « dingue »", "das Wort „eigentlich“", "la parola «piuttosto»", "la palabra
// «literalmente»", "click “Save”", "tapez « oui »": a word of [phrase_words] right before the marks names the quoted
// words or has the reader type them; a preposition may stand between ("cliquez sur « Valider »", "klicke auf
// „Speichern“"). (Not after a colon: "Her last words: “Look after the harbour.”" are speech.)
bool after_phrase_word(const UnitReader& r, std::size_t w) {
    if (w > 1 && !r.ws[w - 1].punct && has_tag(r.ex.sp.lexs, WordTags::preposition, r.ws[w - 1].low))
        --w;
    return w > 0 && !r.ws[w - 1].punct && in_list(r.ex.sp.lexs, "phrase_words", r.ws[w - 1].low);
}

// "For example, “Q”", "such as “Q”", "(e.g., “Q”)", "par exemple : « Q »", "zum Beispiel „Q“", "por ejemplo,
// «Q»", "ad esempio «Q»": the writer's words before the quote end on a phrase of [example_phrases] (a colon, a
// comma or a bracket after it aside): the quote is a sample sentence, said by no one.
bool after_example(const UnitReader& r, std::string_view before) {
    while (!before.empty() && (before.back() == ':' || before.back() == ',' || before.back() == '(' ||
                               before.back() == ' '))
        before.remove_suffix(1);
    if (before.empty())
        return false;
    const std::string low = text::lower(before.size() > 40 ? before.substr(before.size() - 40) : before);
    for (const Lexicon* lex : r.ex.sp.lexs)
        for (std::string_view p : entries_of(lex, "example_phrases")) {
            if (!low.ends_with(p))
                continue;
            // (a whole word: "the sample" does not end on "example")
            const std::size_t at = low.size() - p.size();
            std::size_t i = at;
            if (at == 0 || !text::is_word_char(text::prev_cp(low, i)))
                return true;
        }
    return false;
}

// "^ “Harbour towns of the north coast”. Coast Review. Retrieved 4 May 2012.", "↑ „Die Häfen der Nordküste“,
// Küstenblatt, 2012.": quoted words in a cased script opening a body unit (nothing but marks before them), not
// closing on a mark of their own, followed by a mark (not by the writer's words: "„Q“ resümiert die Leiterin") in a
// unit with no prose of the writer's (prose_around) are a title in a list of references or links.
bool listed_title(const UnitReader& r, const UnitReader::QuoteAt& at) {
    if (r.u.where != Where::body || at.kind != QuoteKind::partial || at.inner.empty() ||
        std::string_view(".!?").find(at.inner.back()) != std::string_view::npos)
        return false;
    std::size_t i = 0;
    const char32_t first = text::next_cp(at.inner, i);
    if (!text::is_upper(first) && !text::is_lower(first) && !(first >= '0' && first <= '9'))
        return false;
    for (std::size_t k = 0; k < r.ws.size() && r.ws[k].b < at.q.open; ++k) {
        std::size_t z = 0;
        if (!r.ws[k].punct && text::is_word_char(text::next_cp(r.ws[k].low, z)))
            return false;
    }
    const std::string_view after = text::trim(r.s.substr(at.after_pos));
    std::size_t j = 0;
    if (!after.empty() && text::is_word_char(text::next_cp(after, j)))
        return false;
    return !prose_around(r);
}

} // namespace

bool prose_around(const UnitReader& r) {
    std::size_t run = 0;
    auto span = r.spans.begin();
    for (const Word& w : r.ws) {
        while (span != r.spans.end() && span->close + span->close_len <= w.b)
            ++span;
        const bool quoted = span != r.spans.end() && span->open <= w.b;
        std::size_t i = 0;
        run = !quoted && !w.punct && !w.upper && text::is_lower(text::next_cp(w.low, i)) ? run + 1 : 0;
        if (run == 3)
            return true;
    }
    return false;
}

bool rating_label(const UnitReader& r, const UnitReader::QuoteAt& at) {
    // (one word or two: "“poor”", "„sehr gut“"; a sentence's end inside is speech: "“poor.”")
    const std::string_view t = at.text;
    if (t.empty() || std::count(t.begin(), t.end(), ' ') > 1 || t.find_first_of(".!?:;") != std::string_view::npos)
        return false;
    const std::size_t w = r.word_index(at.q.open);
    // (the verb, alone or with the word before it, "été jugé", in the clause: no mark between it and the quote)
    for (std::size_t j = w, d = 0; j > 0 && d < 4 && !r.ws[j - 1].punct; --j, ++d) {
        const std::string_view v = r.ws[j - 1].low;
        if (in_list(r.ex.sp.lexs, "rating_verbs", v))
            return true;
        if (j >= 2 && !r.ws[j - 2].punct) {
            const std::string pair = std::string(r.ws[j - 2].low) + " " + std::string(v);
            if (in_list(r.ex.sp.lexs, "rating_verbs", pair))
                return true;
        }
    }
    return false;
}

bool writers_phrase(const UnitReader& r, const UnitReader::QuoteAt& at) {
    const std::size_t w = r.word_index(at.q.open);
    return after_phrase_word(r, w) || after_example(r, at.before) || listed_title(r, at);
}

} // namespace archive::quoting
