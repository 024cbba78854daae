// A paper's title in quote marks as the subject of a cue (UnitReader, quote_reader.hpp): "schreibt die „Alpenpost“:
// „Q“", "« Q », écrit « Le Courrier du Lac ».", "«Q», scrive il «Corriere di Valdora»". The marked title is no
// quote: the unit is read without its marks, as "schreibt die Alpenpost: „Q“" is, whose subject speaks.
#include "quote_reader.hpp"

#include <string>
#include <string_view>

namespace archive::quoting {

namespace {

// The bytes of spaces at `at` in s: ASCII spaces, a no-break space (U+00A0) or a narrow one (U+202F), which French
// sets inside its guillemets.
std::size_t spaces_at(std::string_view s, std::size_t at) {
    std::size_t i = at;
    for (;;) {
        if (i < s.size() && s[i] == ' ')
            ++i;
        else if (s.substr(i, 2) == "\xC2\xA0")
            i += 2;
        else if (s.substr(i, 3) == "\xE2\x80\xAF")
            i += 3;
        else
            return i - at;
    }
}

// The bytes of spaces ending at byte `at` (not included) in s.
std::size_t spaces_before(std::string_view s, std::size_t at) {
    std::size_t i = at;
    for (;;) {
        if (i > 0 && s[i - 1] == ' ')
            --i;
        else if (i >= 2 && s.substr(i - 2, 2) == "\xC2\xA0")
            i -= 2;
        else if (i >= 3 && s.substr(i - 3, 3) == "\xE2\x80\xAF")
            i -= 3;
        else
            return at - i;
    }
}

} // namespace

// The closed span q holds a title of one to six words, the first and last capitalised, those between capitalised or
// small words of the language ("Neue Seeländer Zeitung", "Le Courrier du Lac", "Corriere di Valdora"), standing as the
// subject of a cue of the same sentence that quotes someone in another span: right after the cue ("écrit « Le
// Courrier du Lac »", the title's own article opening it) or after the cue and an article ("schreibt die „Alpenpost“",
// "scrive il «Corriere di Valdora»"); the quote either follows a colon after the title ("...: „Q“") or closes before
// the cue, a comma between ("« Q », écrit « … »"). A one-word quote after a cue ("a dit « Merci ».", "rief
// „Zugabe“") has no article before it, and a word quoted as an object ("fordert die „Wende“") quotes no one else.
bool UnitReader::paper_title(const QuoteSpan& q, std::size_t n) const {
    const std::size_t most_words = 6;
    if (!q.closed)
        return false;
    const std::size_t k = word_index(q.open);
    if (k < 2 || k >= ws.size() || ws[k].b != q.open)
        return false;
    std::size_t c = k + 1;
    while (c < ws.size() && c <= k + most_words + 1 && ws[c].b < q.close)
        ++c;
    if (c >= ws.size() || ws[c].b != q.close || c == k + 1)
        return false;
    const Word& first = ws[k + 1];
    const Word& last = ws[c - 1];
    if (!first.upper || !last.upper)
        return false;
    for (std::size_t w = k + 1; w < c; ++w)
        if (ws[w].punct || (!ws[w].upper && !ex.sp.stopword(ws[w].low)))
            return false;
    // the cue, with the title's article or one of its own between
    const bool own_article = has_tag(ex.sp.lexs, WordTags::article, first.low);
    std::size_t cue = k - 1;
    if (!own_article) {
        if (ws[cue].punct || !has_tag(ex.sp.lexs, WordTags::article, ws[cue].low))
            return false;
        --cue;
    }
    if (ws[cue].punct || !has_tag(ex.sp.lexs, WordTags::speech_verb, ws[cue].low))
        return false;
    // the quote after a colon: the next span opens right after it
    if (c + 2 < ws.size() && ws[c + 1].punct && ws[c + 1].low == ":" && n + 1 < spans.size() &&
        spans[n + 1].open == ws[c + 2].b)
        return true;
    // the quote before the cue: the span before closes right before it, or before a comma there (the cue's auxiliary
    // between: "a écrit"; Italian sets no comma: "«Q» scrive il «T»")
    if (n == 0 || !spans[n - 1].closed)
        return false;
    std::size_t before = cue;
    if (before > 0 && !ws[before - 1].punct && has_tag(ex.sp.lexs, WordTags::auxiliary, ws[before - 1].low))
        --before;
    if (before > 1 && ws[before - 1].punct && ws[before - 1].low == ",")
        --before;
    return before > 0 && ws[before - 1].b == spans[n - 1].close;
}

// The unit is read without the marks of its papers' titles (and the spaces inside them): their names are a cue's
// subject again, as where the page prints them without marks.
void UnitReader::drop_title_marks(WordsSeen& seen) {
    bool any = false;
    for (std::size_t n = 0; n < spans.size() && !any; ++n)
        any = paper_title(spans[n], n);
    if (!any)
        return; // (most units: their text is read as it is)
    std::string text;
    text.reserve(s.size());
    std::size_t from = 0;
    for (std::size_t n = 0; n < spans.size(); ++n) {
        const QuoteSpan& q = spans[n];
        if (!paper_title(q, n))
            continue;
        text.append(s.substr(from, q.open - from));
        const std::size_t inner = q.open + q.open_len;
        const std::size_t inner_b = inner + spaces_at(s, inner);
        const std::size_t inner_e = q.close - spaces_before(s, q.close);
        if (inner_e > inner_b)
            text.append(s.substr(inner_b, inner_e - inner_b));
        from = q.close + q.close_len;
    }
    text.append(s.substr(from));
    read_as(std::move(text), seen);
}

} // namespace archive::quoting
