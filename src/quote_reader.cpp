// Reading one unit of the quotes stage (UnitReader, declared in quote_reader.hpp): its spans, words, sentences,
// cues and the places around a quote, and read(), which runs the attribution steps of quote_attribution.cpp,
// quote_attribution_before.cpp and quote_uncued.cpp on each quoted span, then the unit's indirect speech. quotes.cpp
// runs it over a page's units.
#include "quote_reader.hpp"
#include "quote_coordinated_reports.hpp"
#include "quote_phrases.hpp"
#include "quote_told_genders.hpp"
#include "quote_verbless_cues.hpp"

#include "classify.hpp"
#include "text.hpp"

#include <algorithm>
#include <utility>

namespace archive::quoting {

namespace {

// The bytes of a text that may open a dash, in order: the first byte of "–", "—", "―", or a hyphen-minus. Each kind is
// sought by memchr() (std::string_view::find) and sought again only once passed, so the text is read about once per
// kind. (std::string_view::find_first_of() calls memchr() on its set for every byte it reads.)
struct DashBytes {
    std::string_view s;
    std::size_t long_dash = 0, hyphen = 0;
    explicit DashBytes(std::string_view text) : s(text), long_dash(text.find('\xE2')), hyphen(text.find('-')) {}
    // The first such byte at `from` or after it, else npos.
    std::size_t next(std::size_t from) {
        if (long_dash < from)
            long_dash = s.find('\xE2', from);
        if (hyphen < from)
            hyphen = s.find('-', from);
        return std::min(long_dash, hyphen);
    }
};

// "— Et les commandes en cours ? lui a demandé une employée.", "— Nous les basculerons dès lundi, a répondu le
// dirigeant.", "—Nadie lo sabía, respondió la vecina.": French dialogue closes no dash. A paragraph opening with a
// dash and closing on the clause of its last cue, after a comma, a question or an exclamation mark (the cue's
// clitics between), holds the speaker's words from the dash to that mark: the clause names the speaker in a few words
// and ends the paragraph. (`open_len`: the dash and its spaces; `cues`: the paragraph's.)
std::optional<QuoteSpan> closing_cue_line(const std::vector<Word>& ws,
                                          const std::vector<const Lexicon*>& lexs, std::size_t open_len,
                                          const std::vector<Cue>& cues) {
    if (cues.empty())
        return std::nullopt;
    const Cue& c = cues.back();
    // the mark before the cue and its clitics: "?" in "? lui a demandé"
    const std::size_t cw = word_at_byte(ws, c.begin);
    std::size_t k = cw;
    while (k > 0 && cw - k < 2 && !ws[k - 1].punct && in_list(lexs, "clitics", ws[k - 1].low))
        --k;
    if (k < 3 || cw >= ws.size())
        return std::nullopt;
    const Word& mark = ws[k - 1];
    if (!mark.punct || (mark.low != "," && mark.low != "?" && mark.low != "!") || mark.b <= open_len)
        return std::nullopt;
    // the cue's clause: a few words to the paragraph's end, a subject among them (or the pronoun of "dit-il"), no
    // sentence ending before the last mark
    const std::size_t most_words = 8;
    std::size_t words = 0, w = word_at_byte(ws, c.end);
    for (; w < ws.size(); ++w) {
        if (!ws[w].punct) {
            ++words;
            continue;
        }
        if ((ws[w].low == "." || ws[w].low == "!" || ws[w].low == "?") && w + 1 < ws.size())
            return std::nullopt;
    }
    if (words > most_words || (words == 0 && c.pronoun.empty()))
        return std::nullopt;
    const std::size_t close = mark.low == "," ? mark.b : mark.e;
    return QuoteSpan{0, close, 0, open_len, true};
}

// "GDYNIA – Dzieci nie będą … – mówi X.", "GDYNIA – – Nie mamy … – mówi X.", "VALLE HONDO — —No lo sabíamos —dijo
// X.": the dash at `open` (`open_dash` bytes, spaces before it from byte `p`) opens a line of dialogue right after the
// dateline that opens the paragraph (dateline_tag): the dateline's own dash, or a second dash right after it. Only a
// dash in the first bytes of the paragraph is asked, and not one followed at once by another (the second opens the
// line).
bool after_dateline(std::string_view s, std::size_t open, std::size_t open_dash, std::size_t p) {
    const std::size_t most_bytes = 64; // (a place, a date, an agency)
    if (open > most_bytes)
        return false;
    std::size_t after = open + open_dash;
    while (after < s.size() && s[after] == ' ')
        ++after;
    if (after >= s.size() || spaced_dash_at(s, after) != 0)
        return false;
    const bool second = (p >= 3 && dash_at(s, p - 3) == 3) || (p >= 2 && s[p - 1] == '-' && s[p - 2] == ' ');
    if (!second) {
        const auto tag = dateline_tag(s);
        return tag && text::trim(s.substr(0, open + open_dash)) == tag->raw;
    }
    // (the paragraph read without the second dash: the dateline ends on the first)
    std::string one(s.substr(0, open));
    one.append(s.substr(after));
    const auto tag = dateline_tag(one);
    return tag && text::trim(s.substr(0, p)) == tag->raw;
}

// "—No vamos a ceder —dijo Lucía Gómez—.", "– Non cederemo – ha detto il sindaco.": a paragraph opening with a
// dash is a line of dialogue when a second dash, after a space, is followed at once by a cue; the two dashes are
// its quote marks. So is a dash opening a sentence inside the paragraph, after the full stop, question or exclamation
// mark of the one before ("Anna Nowak jest rozczarowana. – To za mało – stwierdziła."): the first such line. Dashes
// of parenthesis inside a sentence ("El alcalde —que llegó tarde— no habló") follow no sentence's end, and a dash
// opening a list item has no cue after a second dash. (`inside`: the unit has a word that may be a cue, which the lines
// inside it need; without one only its opening is read.)
// Lines typed with a hyphen-minus for the dash ("- To inwestycja - powiedział burmistrz.", "- C'est une décision -
// a réagi un adjoint.") read alike, where each hyphen stands alone between spaces (spaced_dash_at): not the hyphen
// of "Jean-Pierre", and a list item ("- Brot - 2 Euro") has no cue after its second hyphen. Such a line needs that
// cue: a hyphen closes no line on a comma (closing_cue_line).
std::optional<QuoteSpan> dialogue_span(std::string_view s, const std::vector<Word>& ws,
                                       const std::vector<const Lexicon*>& lexs, bool inside) {
    std::optional<std::vector<Cue>> cues; // (the unit's cues, found for the first second dash and kept for the next)
    DashBytes dashes(s);
    for (std::size_t open = 0; open < s.size(); open = inside ? dashes.next(open + 1) : std::string_view::npos) {
        const std::size_t open_dash = spaced_dash_at(s, open);
        if (open_dash == 0)
            continue;
        if (open > 0) { // (". – ": a sentence's end, spaces, the dash)
            std::size_t p = open;
            while (p > 0 && s[p - 1] == ' ')
                --p;
            if (p == open || p == 0 ||
                (s[p - 1] != '.' && s[p - 1] != '?' && s[p - 1] != '!' && !after_dateline(s, open, open_dash, p)))
                continue;
        }
        std::size_t open_len = open_dash;
        while (open + open_len < s.size() && s[open + open_len] == ' ')
            ++open_len;
        for (std::size_t i = open + open_len + 1; i + 1 < s.size(); ++i) {
            const std::size_t close_dash = s[i - 1] == ' ' ? spaced_dash_at(s, i) : 0;
            if (close_dash == 0)
                continue;
            std::size_t after = i + close_dash;
            while (after < s.size() && s[after] == ' ')
                ++after;
            after = past_clitics(ws, lexs, after); // ("—le respondió la concejala", "—les dijo")
            if (!cues)
                cues = cues_with_phrases(s, ws, lexs);
            for (const Cue& c : *cues)
                if (c.begin == after)
                    return QuoteSpan{open, i, close_dash, open_len, true};
            break;
        }
        if (open == 0) {
            if (open_dash != 3)
                return std::nullopt;
            if (!cues)
                cues = cues_with_phrases(s, ws, lexs);
            return closing_cue_line(ws, lexs, open_len, *cues);
        }
    }
    return std::nullopt;
}

// "– To inwestycja – powiedział X. – Teraz zajmiemy się obwodnicą.", "– Hemos cumplido el plazo – afirmó la jefa de
// obra, Marta Solís. – El puente aguanta.": the attribution after a line's closing dash (from byte `from`) ends on
// its first full stop, question or exclamation mark, and a dash after it, set off by a space, hands the words back to
// the speaker until the end of the paragraph, as the glued "—dijo X—. Q2" does (add_dialogue): a follow-on quote with
// no cue of its own, a sentence of its own. Not where the clause holds a dash (an incise), nor where those words hold
// one (a second line of dialogue with a cue of its own: "– Q2 – dodał.").
std::optional<QuoteSpan> spaced_continuation(std::string_view s, std::size_t from) {
    std::size_t stop = from;
    while (stop < s.size() && s[stop] != '.' && s[stop] != '!' && s[stop] != '?') {
        // (a hyphen inside a word, "Anna Nowak-Kos", is no dash)
        if (dash_at(s, stop) != 0 || (s[stop - 1] == ' ' && spaced_dash_at(s, stop) != 0))
            return std::nullopt;
        ++stop;
    }
    std::size_t open = stop + 1;
    while (open < s.size() && s[open] == ' ')
        ++open;
    const std::size_t dash = open > stop + 1 ? spaced_dash_at(s, open) : 0;
    if (dash == 0)
        return std::nullopt;
    std::size_t b = open + dash;
    while (b < s.size() && s[b] == ' ')
        ++b;
    std::size_t e = s.size();
    while (e > b && s[e - 1] == ' ')
        --e;
    const std::string_view rest = s.substr(b, e - b);
    for (std::size_t i = 0; i < rest.size(); ++i)
        if (dash_at(rest, i) != 0 || (i > 0 && rest[i - 1] == ' ' && spaced_dash_at(rest, i) != 0))
            return std::nullopt;
    if (!has_words(rest, 2))
        return std::nullopt;
    return QuoteSpan{open, e, 0, b - open, true};
}

// The words at byte `at` follow the closing dash of an incise, with spaces or a comma between ("Albiol— y").
bool resumes_dash_incise(std::string_view s, std::size_t at) {
    while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == ','))
        --at;
    return (at >= 3 && dash_at(s, at - 3) != 0) || (at >= 2 && s[at - 1] == '-' && s[at - 2] == ' ');
}

// The bytes before a full stop open with a capital letter ("M", "Dr", "É"): not a mark such as "»", nor a letter and
// a digit, the name of a line, a road or a group ("der U2.", "die A1.", "der G7."), which ends the sentence.
bool capital_abbreviation(std::string_view before_dot) {
    std::size_t k = 0;
    return !before_dot.empty() && text::is_upper(text::next_cp(before_dot, k)) && !text::has_ascii_digit(before_dot);
}

// "… der Nordwerk Energie AG. „Wir …“", "… Harbour Media Ltd. The …", "… Marelle S.A. Son …": the word before the
// full stop at byte i (from byte `start` on, the sentence's) is a company's legal form in capitals (lexicon section
// company_form_words), which closes the company's name and so, a capital or a quote mark after it, the sentence: no
// title's abbreviation ("Dr. Roe") nor initials ("U.S."), though it looks like them.
bool company_form_stop(std::string_view s, std::size_t start, std::size_t i) {
    const std::size_t most = 6; // bytes ("S.p.A", "GmbH", "Ltd")
    std::size_t w = i;
    while (w > start && s[w - 1] != ' ' && i - w <= most)
        --w;
    if (i - w < 2 || i - w > most || !(s[w] >= 'A' && s[w] <= 'Z'))
        return false;
    static const LexiconSection* forms = common_lexicon().section("company_form_words"); // (looked up once)
    char low[3 * most + 8]; // (the most lower_into writes for `most` bytes)
    return forms != nullptr && forms->has(std::string_view(low, text::lower_into(s.substr(w, i - w), low)));
}

bool sentence_end(std::string_view s, std::size_t i) {
    // ". X", "? X", "! X" at i (the punctuation byte).
    char c = s[i];
    if (c != '.' && c != '!' && c != '?')
        return false;
    std::size_t j = i + 1;
    if (j >= s.size())
        return true;
    if (s[j] != ' ')
        return false;
    std::size_t k = j + 1;
    if (k >= s.size())
        return true;
    // (". – To za mało – stwierdziła", ". - To za mało": a dash opens a line of dialogue, a sentence)
    if (spaced_dash_at(s, k) != 0)
        return true;
    char32_t cp = text::next_cp(s, k);
    // ("'Q1,' Ms Roe said. 'Q2.'": a straight single mark opens the next sentence as '"' does when a capital follows
    // it at once; "'tis", "'90s" open none; nor do the reversed guillemets of German, "gedroht. »Ich werde ...«",
    // which close a quote elsewhere: "« C'est fini. » Il" has a space after the mark)
    if ((cp == '\'' || cp == 0xBB || cp == 0x203A) && k < s.size())
        return text::is_upper(text::next_cp(s, k));
    return text::is_upper(cp) || text::is_open_quote(cp) || cp == '"';
}

// "am 12. Dezember", "der 3. Liga", "zum 1. Januar": the dot after a day or an ordinal of one or two figures,
// ws[num] (the dot its own mark after it, or taken by it), is the ordinal's and ends no sentence where an article or
// a preposition holding one stands before the figures, or a month follows the dot. (A figure closing a sentence has
// a verb or a noun before it: "Das Team belegte Platz 3. Dann", "The score was 3. The"; "in 2019." has four.)
bool ordinal_dot(const std::vector<Word>& ws, std::size_t num, bool dot_taken, const WordTags& tags,
                 const std::vector<const Lexicon*>& lexs) {
    const std::string_view n = dot_taken ? ws[num].low.substr(0, ws[num].low.size() - 1) : ws[num].low;
    if (n.empty() || n.size() > 2 || ws[num].punct || !std::all_of(n.begin(), n.end(), [](char c) {
            return c >= '0' && c <= '9';
        }))
        return false;
    const std::size_t next = num + (dot_taken ? 1 : 2);
    if (next < ws.size() && !ws[next].punct && ws[next].upper && month_word(lexs, ws[next].low))
        return true;
    if (num == 0 || ws[num - 1].punct)
        return false;
    return (tags.of(ws[num - 1]) & WordTags::article) || in_list(lexs, "contracted_preposition_words", ws[num - 1].low);
}

// Sentence boundaries outside quotes: [begin, end) pairs, in `out` (emptied first; its room is reused); `ws` are the
// words of all of s.
void sentences(std::vector<std::pair<std::size_t, std::size_t>>& out, std::string_view s, const std::vector<Word>& ws,
               const std::vector<QuoteSpan>& spans, const std::vector<const Lexicon*>& lexs, bool dots) {
    out.clear();
    out.reserve(8); // (room for a paragraph's sentences at once, not one, then two, then four)
    const WordTags& tags = word_tags(lexs); // (its abbreviation bit answers abbreviation())
    std::size_t start = 0;
    std::size_t next_span = 0; // spans are sorted and do not overlap
    auto inside = [&spans, &next_span](std::size_t i) {
        while (next_span < spans.size() && spans[next_span].close <= i)
            ++next_span;
        return next_span < spans.size() && i > spans[next_span].open && i < spans[next_span].close;
    };
    // Only a full stop, a question or an exclamation mark ends one: each is a mark of its own among the words, or
    // the dot a word took ("Mr.", "F."); the words are read, not the bytes between. `dots`: some word took a dot
    // (WordsSeen::dot); in most units none did, and only the marks are read.
    for (const Word& word : ws) {
        std::size_t i = 0;
        if (word.punct) {
            if (word.low.size() != 1 || (word.low[0] != '.' && word.low[0] != '!' && word.low[0] != '?'))
                continue;
            i = word.b;
        } else {
            if (!dots || word.low.empty() || word.low.back() != '.')
                continue;
            i = word.e - 1;
        }
        if (sentence_end(s, i) && !inside(i)) {
            // "M. Lavrov", "Dr. Doe": a short capitalised abbreviation does not end the sentence. (Its capital is a
            // letter read whole: the closing guillemet of "un « recul ». Pour X" opens with the byte of "Â".)
            std::size_t w = i;
            while (w > start && s[w - 1] != ' ' && i - w < 4)
                --w;
            // (asked only where a rule below would read the dot as an abbreviation's: most dots end the sentence)
            auto company = [&] { return company_form_stop(s, start, i); };
            // But "atteint 8 000 Pa. « C'est ...", "leistet 2000 W. Das ...": a unit's symbol after a figure ends it.
            const bool unit = w >= start + 2 && s[w - 1] == ' ' && text::is_digit(static_cast<unsigned char>(s[w - 2]));
            if (s[i] == '.' && i - w <= 2 && i > w && capital_abbreviation(s.substr(w, i - w)) && !unit && !company())
                continue;
            if (s[i] == '.' && i - w <= 2 && i > w && text::is_digit(static_cast<unsigned char>(s[w]))) {
                const std::size_t k = static_cast<std::size_t>(&word - ws.data());
                if ((word.punct ? k > 0 && ws[k - 1].e == i && ordinal_dot(ws, k - 1, false, tags, lexs)
                                : ordinal_dot(ws, k, true, tags, lexs)))
                    continue;
            }
            // "Rep. G.K. Butterfield", "the U.S. Senate": initials glued by their dots do not end it.
            if (s[i] == '.' && i > w && (i - w) % 2 == 1) {
                bool initials = true;
                for (std::size_t j = w; j < i && initials; ++j)
                    initials = (j - w) % 2 == 0 ? s[j] >= 'A' && s[j] <= 'Z' : s[j] == '.';
                if (initials && !unit && !company())
                    continue;
            }
            // "Rep. Elijah Cummings", "Sen. Warren": a listed title abbreviation does not end it either. (The bytes
            // before the dot are most often one word, lower-cased already: the one that took the dot, however long,
            // "habil.", "Dipl.-Ing." read as "ing.", or the one before the dot's mark.)
            if (s[i] == '.' && i > w && i - w <= 5) {
                const Word* before = word.punct ? (&word != ws.data() ? &word - 1 : nullptr) : &word;
                std::uint16_t t = 0;
                if (before != nullptr && word.punct && !before->punct && before->b == w && before->e == i)
                    t = tags.of(*before);
                else if (before != nullptr && !word.punct && before->b <= w)
                    t = tags.of(word.low.substr(0, word.low.size() - 1));
                else {
                    char low[3 * 5 + 8]; // (the most lower_into writes for five bytes)
                    t = tags.of(std::string_view(low, text::lower_into(s.substr(w, i - w), low)));
                }
                if ((t & WordTags::abbreviation) && !company())
                    continue;
            }
            out.emplace_back(start, i + 1);
            start = i + 1;
            while (start < s.size() && s[start] == ' ')
                ++start;
        }
    }
    if (start < s.size())
        out.emplace_back(start, s.size());
}

} // namespace

namespace {

// The room of the last unit's quote spans, cues, quoted parts and quote places, for the next unit's (a thread reads
// one unit at a time): a unit with quotes holds a few of each, which in vectors of their own cost it an allocation or
// two and as many frees.
struct ReaderRoom {
    std::vector<QuoteSpan> spans;
    std::vector<Cue> cues;
    std::vector<std::pair<std::size_t, std::size_t>> quoted;
    std::vector<UnitReader::Placed> placed;
};

ReaderRoom& reader_room() {
    thread_local ReaderRoom room;
    return room;
}

} // namespace

UnitReader::~UnitReader() {
    ex.spare_words = std::move(ws);
    ex.spare_sentences = std::move(sents);
    ReaderRoom& room = reader_room();
    room.spans = std::move(spans);
    room.cues = std::move(cues);
    room.quoted = std::move(quoted);
    room.placed = std::move(placed);
}

UnitReader::UnitReader(Extractor& extractor, const Unit& unit, std::size_t order)
    : ex(extractor), u(unit), s(unit.text), ws(std::move(extractor.spare_words)), base(order * 1'000'000),
      sents(std::move(extractor.spare_sentences)), first_quote(extractor.quotes.size()) {
    sents.clear(); // (the room of the last unit's)
    ex.reading = {unit.text, base};
    ReaderRoom& room = reader_room();
    spans = std::move(room.spans);
    spans.clear();
    cues = std::move(room.cues);
    cues.clear();
    quoted = std::move(room.quoted);
    quoted.clear();
    placed = std::move(room.placed);
    placed.clear();
    WordsSeen seen;
    if (ex.ready == &unit) { // (read already by extract_quotes: its words are taken, and the room left in their place)
        std::swap(ws, ex.ready_words);
        seen = ex.ready_seen;
        ex.ready = nullptr;
    } else {
        seen = words_into(ws, s, 0, s.size(), &ex.sp.lexs);
    }
    if (seen.mark) // (a unit without a mark has no span)
        find_quote_spans_into(spans, s, ws);
    if (!spans.empty())
        drop_nicknames(seen);
    if (spans.size() > 1)
        drop_title_marks(seen);
    // (a pronoun is restored only before a cue or its auxiliary: a unit with neither, whose words' tags show none,
    // keeps its words as they are)
    if (seen.tags & (WordTags::speech_verb | WordTags::auxiliary)) {
        drop_parentheticals(seen);
        restore_pronouns();
    }
    if (u.where == Where::body)
        add_dialogue(seen.hyphen || (seen.tags & (WordTags::speech_verb | WordTags::speech_phrase)) != 0);
    // "« Q1, raconte Anne Roux. Q2 »": the attribution inside the marks (a unit without a cue's word has none)
    if (!spans.empty() && (seen.hyphen || (seen.tags & (WordTags::speech_verb | WordTags::auxiliary)) != 0))
        split_incises();
    note_names(ex, s, ws, spans, base, u.where == Where::caption);
    note_told_genders(ex, ws, spans, base);
    // (the sentences serve the attribution of quoted spans and indirect speech)
    // (or, opening the paragraph after the last quote's, goes on with its words: indirect_speech() reads that)
    indirect = may_hold_indirect_speech(ws, seen) ||
               (!ex.quotes.empty() && ex.quotes.back().where == Where::body && ex.quotes.back().section == u.section &&
                ex.quotes.back().paragraph + 1 == u.paragraph && opens_in_reported_mood(ex.sp, u, ws));
    dot_seen = seen.dot;
    if (!spans.empty() || indirect)
        sentences(sents, s, ws, spans, ex.sp.lexs, seen.dot);
    if (!spans.empty()) // (only the attribution of quoted spans reads them)
        attributable_cues_into(cues);
}

// (own_text holds the text, which s views: drop_nicknames() and drop_parentheticals() hand theirs in)
void UnitReader::read_as(std::string text, WordsSeen& seen) {
    own_text = std::move(text);
    s = own_text;
    seen = words_into(ws, s, 0, s.size(), &ex.sp.lexs);
    spans.clear();
    if (seen.mark)
        find_quote_spans_into(spans, s, ws);
}

bool opens_in_reported_mood(const Speakers& sp, const Unit& u, const std::vector<Word>& ws) {
    const std::size_t most_before = 8;
    if (!sp.capitalised_nouns || u.where != Where::body)
        return false;
    for (std::size_t k = 1; k < ws.size() && k <= most_before && !ws[k].punct; ++k)
        if (in_list(sp.lexs, "reported_speech_words", ws[k].low))
            return true;
    return false;
}

bool may_read_people(const Unit& u, const std::vector<Word>& ws, const WordsSeen& seen) {
    // (the unit's spans, a transcript turn and the quote carried from the paragraph before all need a quote mark; a
    // line of dialogue, read in the body only, opens with a dash; note_colon_lead() reads a unit closing on a colon)
    if (seen.mark || (u.where == Where::body && (u.turn >= 0 || spaced_dash_at(u.text, 0) != 0)))
        return true;
    if (!ws.empty() && ws.back().punct && ws.back().low == ":")
        return true;
    return may_hold_indirect_speech(ws, seen);
}

// "—No vamos a ceder —dijo Lucía Gómez—.": a line of dialogue joins the spans, in their order, where it holds none
// of them and stands inside none ("Słowo „Q” znaczy ... – Q2 – mówi Anna Nowak.").
void UnitReader::add_dialogue(bool inside) {
    auto d = dialogue_span(s, ws, ex.sp.lexs, inside);
    if (!d)
        return;
    const auto at = std::find_if(spans.begin(), spans.end(), [&d](const QuoteSpan& q) { return q.open > d->open; });
    if ((at != spans.end() && at->open < d->close) ||
        (at != spans.begin() && std::prev(at)->close + std::prev(at)->close_len > d->open))
        return;
    const bool alone = spans.empty();
    spans.insert(at, *d);
    dialogue_close = d->close;
    // "—Q1 —dijo X—. Q2": a dash closing the attribution before a full stop hands the words back to the
    // speaker until the end of the paragraph (a follow-on quote, with no cue of its own).
    for (std::size_t i = d->close + d->close_len; alone && spans.size() == 1 && i + 3 < s.size(); ++i)
        if (s[i - 1] != ' ' && dash_at(s, i) != 0 && (s[i + 3] == '.' || s[i + 3] == ',')) {
            std::size_t from = i + 4;
            while (from < s.size() && s[from] == ' ')
                ++from;
            std::size_t to = s.size();
            while (to > from && s[to - 1] == ' ')
                --to;
            // (after the full stop the words open a sentence of their own: a direct quote, read from its first word)
            const std::size_t open = s[i + 3] == '.' ? from : i + 3;
            if (to > from + 1 && dash_at(s, to - 3) == 0) {
                spans.push_back(QuoteSpan{open, to, 0, from - open, true});
                dialogue_rest = open;
            }
            break;
        }
    if (alone && spans.size() == 1)
        if (auto more = spaced_continuation(s, d->close + d->close_len))
            spans.push_back(*more);
}

// "the United States", "Says Who Records": a speech verb written with a capital after another word is
// part of a name (body text writes verbs in lower case; headlines are read apart).
std::vector<Cue> UnitReader::attributable_cues() const {
    std::vector<Cue> all;
    attributable_cues_into(all);
    return all;
}

void UnitReader::attributable_cues_into(std::vector<Cue>& all) const {
    // (the cues kept are moved down in the list found, not copied to a second one)
    cues_with_phrases_into(all, s, ws, ex.sp.lexs);
    auto names_or_noun = [this](const Cue& c) {
        std::size_t i = c.begin, w = word_index(c.begin);
        bool capital = text::is_upper(text::next_cp(s, i));
        if (capital && w > 0 && !ws[w - 1].punct)
            return true;
        // "called Mr. Lund's remarks “Q”", "his claims", "in those states"; "Zyniker würden dazu „Lohnarbeit“ sagen":
        // a cue of [reported_only_cue_words], a plural present that is the infinitive too, cues reported speech
        // only (quote_indirect.cpp), never words in quote marks
        return cue_used_as_noun(ws, w, c, ex.sp.lexs) ||
               (c.pronoun.empty() && in_list(ex.sp.lexs, "reported_only_cue_words", text::lower(c.text)));
    };
    all.erase(std::remove_if(all.begin(), all.end(), names_or_noun), all.end());
}

std::pair<std::size_t, std::size_t> UnitReader::sentence_of(std::size_t at) const {
    auto it = std::upper_bound(sents.begin(), sents.end(), at,
                               [](std::size_t v, const std::pair<std::size_t, std::size_t>& se) { return v < se.second; });
    if (it != sents.end() && at >= it->first)
        return *it;
    return std::make_pair<std::size_t, std::size_t>(0, 0);
}

std::size_t UnitReader::word_index(std::size_t byte) const {
    return word_at_byte(ws, byte);
}

// The first comma-free part of the sentence starting at byte `from`, before byte `limit`, after its
// articles, titles and role nouns, when it opens with a person's name: the sentence's subject.
std::optional<std::pair<std::size_t, std::size_t>> UnitReader::opening_name(std::size_t from, std::size_t limit) const {
    std::size_t w0 = word_index(from);
    // "Pour Paul Roux, «Q»", "Für Anna Muster ist das „Q“": the preposition of a view opens the sentence.
    const bool view = w0 < ws.size() && !ws[w0].punct && in_list(ex.sp.lexs, "view_words", ws[w0].low);
    if (view)
        ++w0;
    while (w0 < ws.size() && ws[w0].b < limit && !ws[w0].punct &&
           (has_tag(ex.sp.lexs, WordTags::article, ws[w0].low) || role_noun(ws[w0].low, ex.sp) ||
            person_title(ex.sp.lexs, ws[w0].low)))
        ++w0;
    // ("Pour le municipal Jean Dufaux, « Q »", "Per il delegato Anna Rossi «Q»": after the view's preposition and an
    // article, one describing word the lists may not know before a capitalised word; not "Pour la première fois")
    if (view && w0 > 1 && w0 + 1 < ws.size() && ws[w0 + 1].b < limit && !ws[w0].punct && !ws[w0].upper &&
        !ws[w0 + 1].punct && ws[w0 + 1].upper && has_tag(ex.sp.lexs, WordTags::article, ws[w0 - 1].low) &&
        !ex.sp.stopword(ws[w0].low))
        ++w0;
    // "Le procureur, Julien Hoffmann, a requis ...", "The mayor, Ann Roe, ...": a role noun, then the name in
    // apposition between commas. "O secretário de Trabalho, Jorge Matos, pediu ...", "Il sindaco di Borgo Alto,
    // Marco Neri, ...": the role's field, opened by a preposition, may stand between the role and the comma (four
    // words at most).
    const bool role_before = w0 > 0 && !ws[w0 - 1].punct && role_noun(ws[w0 - 1].low, ex.sp);
    if (role_before && w0 < ws.size() && !ws[w0].punct && ws[w0].b < limit &&
        has_tag(ex.sp.lexs, WordTags::preposition, ws[w0].low)) {
        std::size_t c = w0 + 1;
        while (c < ws.size() && c < w0 + 5 && !ws[c].punct)
            ++c;
        if (c > w0 + 1 && c < ws.size() && ws[c].low == ",")
            w0 = c;
    }
    if (role_before && w0 + 1 < ws.size() && ws[w0].low == "," && ws[w0 + 1].b < limit)
        ++w0;
    std::size_t w1 = w0;
    while (w1 < ws.size() && ws[w1].b < limit && !ws[w1].punct)
        ++w1;
    if (w1 > w0 && ex.opens_with_name(ws, w0, w1 - 1))
        return std::make_pair(w0, w1 - 1);
    return std::nullopt;
}

// "Die SPD will ...", "The FBI says ...": an acronym opening the sentence (after its articles) before a
// lower-case verb is its subject, a body; its word index.
std::optional<std::size_t> UnitReader::opening_acronym(std::size_t from, std::size_t limit) const {
    std::size_t w0 = word_index(from);
    // "Steuern: Die SPD will ...": a one-word label before a colon opens the line, not the sentence.
    if (w0 + 2 < ws.size() && !ws[w0].punct && ws[w0 + 1].low == ":")
        w0 += 2;
    while (w0 < ws.size() && ws[w0].b < limit && !ws[w0].punct && has_tag(ex.sp.lexs, WordTags::article, ws[w0].low))
        ++w0;
    if (w0 + 1 >= ws.size() || ws[w0 + 1].b >= limit || ws[w0].punct || ws[w0 + 1].punct || ws[w0 + 1].upper)
        return std::nullopt;
    std::string_view w = s.substr(ws[w0].b, ws[w0].e - ws[w0].b);
    bool acronym = text::length_cp(w) >= 2 && std::none_of(w.begin(), w.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                   });
    return acronym ? std::optional<std::size_t>(w0) : std::nullopt;
}

// The first person the sentence names in [from, limit), not one governed by a preposition: a known person,
// or with `subjects` also a name that stood where a subject stands.
std::optional<std::string> UnitReader::sentence_person(std::size_t from, std::size_t limit, bool subjects) const {
    std::size_t w0 = word_index(from), w1 = word_index(limit);
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(w0), ws.begin() + static_cast<std::ptrdiff_t>(w1));
    for (const auto& n : names_in(sub, ex.sp)) {
        bool governed = n.first > 0 && has_tag(ex.sp.lexs, WordTags::preposition, sub[n.first - 1].low);
        int k = ex.sp.find_person(span_text(s, sub, n.first, n.last));
        if (governed || k < 0)
            continue;
        const Person& p = ex.sp.people[static_cast<std::size_t>(k)];
        // "Außerdem hätte der Sender Roßmüller „Q“ gegeben": in German a noun after an article and before
        // the name, not part of the known name, makes the name its object or its title.
        if (ex.sp.capitalised_nouns && n.first > 0 && n.last > n.first &&
            has_tag(ex.sp.lexs, WordTags::article, sub[n.first - 1].low) &&
            text::lower(p.name).rfind(sub[n.first].low, 0) != 0)
            continue;
        if (p.personal || (subjects && p.subject))
            return p.name;
    }
    return std::nullopt;
}

// The person this paragraph last spoke of before byte `at`: a known person or a name where a subject
// stands, not a place or a body named in passing ("Harvard University").
std::optional<std::string> UnitReader::unit_person(std::size_t at) const {
    for (auto it = ex.sp.events.rbegin(); it != ex.sp.events.rend() && it->first >= base; ++it) {
        const Person& p = ex.sp.people[static_cast<std::size_t>(it->second)];
        if (it->first < base + at && (p.personal || p.subject))
            return p.name;
    }
    return std::nullopt;
}

std::ptrdiff_t UnitReader::quotes_between(std::size_t from, std::size_t to) const {
    auto first = std::lower_bound(spans.begin(), spans.end(), from,
                                  [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
    auto last = std::lower_bound(first, spans.end(), to, [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
    return last - first;
}

// The person the previous paragraph spoke of, when it was the writer's (no quote in it): a known person,
// or with `subjects` also a name that stood where a subject stands.
std::optional<std::string> UnitReader::writer_paragraph_person(bool subjects) const {
    if (u.where != Where::body || base < 1'000'000)
        return std::nullopt;
    bool after_quote = !ex.quotes.empty() && ex.quotes.back().where == Where::body &&
                       ex.quotes.back().section == u.section && ex.quotes.back().paragraph + 1 >= u.paragraph;
    for (auto it = ex.sp.events.rbegin(); !after_quote && it != ex.sp.events.rend() && it->first >= base - 1'000'000;
         ++it) {
        const Person& p = ex.sp.people[static_cast<std::size_t>(it->second)];
        if (it->first < base && (p.personal || (subjects && p.subject)))
            return p.name;
    }
    return std::nullopt;
}

// "Il s'agit de « A », de « B » et de « C »", "covering "A," "B" and "C"": a sentence quoting three
// fragments or more lists terms (of a law, a programme); with no cue, those are nobody's words.
bool UnitReader::listing(std::size_t from, std::size_t to) const {
    return quotes_between(from, to) >= 3;
}

// A verb form of reported speech (German Konjunktiv I "sei", "habe"; the French journalistic conditional
// "serait") in the words of the sentence outside its quotes.
bool UnitReader::reported(std::size_t from, std::size_t to) const {
    auto sp_it = std::lower_bound(spans.begin(), spans.end(), from,
                                  [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
    // (in_list(ex.sp.lexs, "reported_speech_words", w) with the lists found once, not for each word)
    std::vector<const LexiconSection*> lists;
    for (const Lexicon* lex : ex.sp.lexs)
        if (const LexiconSection* sec = section_of(lex, "reported_speech_words"))
            lists.push_back(sec);
    if (lists.empty())
        return false;
    for (std::size_t w = word_index(from); w < ws.size() && ws[w].b < to; ++w) {
        while (sp_it != spans.end() && sp_it->close + sp_it->close_len <= ws[w].b)
            ++sp_it;
        bool inside = sp_it != spans.end() && ws[w].b > sp_it->open && ws[w].b < sp_it->close;
        if (!inside && !ws[w].punct &&
            std::any_of(lists.begin(), lists.end(), [&](const LexiconSection* sec) { return sec->has(ws[w].low); }))
            return true;
    }
    return false;
}

// Every quote added since the last call stands where `pending` says.
void UnitReader::settle() {
    while (first_quote + placed.size() < ex.quotes.size())
        placed.push_back(pending);
}

// The quoted span q with its text, its sentence, the words around it and its kind: direct when it stands as a
// sentence of its own, partial inside the writer's.
UnitReader::QuoteAt UnitReader::place(const QuoteSpan& q, std::string raw, std::string qt) const {
    const std::size_t inner_b = q.open + q.open_len, inner_e = q.close;
    const auto sentence = sentence_of(q.open);
    // A sentence is read at most a thousand bytes around its quote: a page without full stops is one run-on
    // "sentence", and reading it whole for each of its quotes would take quadratic time.
    const std::size_t sent_b = std::max(sentence.first, q.open > 1000 ? q.open - 1000 : std::size_t{0});
    const std::size_t sent_e = std::min(sentence.second, q.close + q.close_len + 1000);
    // Attribution is local: look at most a few hundred bytes around the quote, even in a run-on "sentence".
    const std::size_t sb = std::max(sent_b, q.open > 400 ? q.open - 400 : std::size_t{0});
    const std::size_t se = std::min(sent_e, q.close + q.close_len + 400);
    std::string_view before = text::trim(s.substr(sent_b, q.open - sent_b));
    std::size_t after_pos = q.close + q.close_len;
    std::string_view after = s.substr(after_pos, se > after_pos ? se - after_pos : 0);
    std::string_view after_trim = text::trim(after);
    bool starts_sentence = before.empty() || before.back() == ':' || (before.size() == 1 && before[0] == '-');
    // "(ANSA) - ROMA, 05 DIC - «Q». Lo ha detto ...", "MADRID, 5 dic (EFE).- “Q”. Así lo dijo ...", "ROMA – «Q» ...":
    // the dateline opening the paragraph is no writer's word before the quote, which opens the text's sentence.
    // (Only where the words before it open the unit and end on a dash's byte: "-", or the last of "–" "—".)
    if (!starts_sentence && sent_b == 0 && (before.back() == '-' || before.back() == '\x93' || before.back() == '\x94'))
        if (const auto tag = dateline_tag(s); tag && before.starts_with(tag->raw) &&
                                              text::trim(before.substr(tag->raw.size())).empty())
            starts_sentence = true;
    // "GDYNIA – Dzieci … – mówi X.", "GDYNIA – – Nie mamy … – mówi X.": a line of dialogue opened by the dash of the
    // dateline that opens the paragraph, or by a second dash after it, opens the text's sentence too.
    if (!starts_sentence && sent_b == 0 && q.open > 0)
        if (const std::size_t d = spaced_dash_at(s, q.open); d != 0 && q.open_len >= d) {
            std::size_t p = q.open;
            while (p > 0 && s[p - 1] == ' ')
                --p;
            starts_sentence = p > 0 && after_dateline(s, q.open, d, p);
        }
    bool addressed_cue = false;
    // "he said, “Every option means every option.”", "she quipped, “She's welcome.”": a cue right before a comma, then
    // quoted words opening with a capital, are a whole sentence quoted as the colon form quotes it. (Not where every
    // noun is capitalised: there the capital tells no sentence.)
    if (!starts_sentence && before.size() > 2 && before.back() == ',' && !ex.sp.capitalised_nouns) {
        std::size_t i = q.open + q.open_len;
        while (i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t comma = static_cast<std::size_t>(before.data() - s.data()) + before.size() - 1;
        if (i < s.size() && text::is_upper(text::next_cp(s, i))) {
            const auto c = std::find_if(cues.begin(), cues.end(), [comma](const Cue& x) { return x.end == comma; });
            starts_sentence = c != cues.end();
            // ("when you say, “Me, a star? Never!”": the reader addressed says it)
            const std::size_t w = starts_sentence ? word_index(c->begin) : 0;
            addressed_cue = w > 0 && !ws[w - 1].punct && in_list(ex.sp.lexs, "addressee_pronoun_words", ws[w - 1].low);
        }
    }
    bool ends_sentence = after_trim.empty() || after_trim.front() == ',' || after_trim.front() == '.' ||
                         after_trim.front() == '!' || after_trim.front() == '?' || after_trim.front() == ';';
    // "„Q” – powiedział minister", "«Q» – ha detto il sindaco": a dash with a cue right after it closes the quote as a
    // comma does ("„Q” – stare porzekadło" goes on with the writer's words).
    // So does a dash glued to the cue: "«Q1 —aseguró su presidente— q2»" (an incise, split_incises), and the clitics
    // of the cue may stand between ("—le respondió").
    // ("„Q” - powiedział minister": a hyphen set off by spaces typed for that dash, spaced_dash_at)
    const std::size_t dash_b = static_cast<std::size_t>(after_trim.data() - s.data());
    const std::size_t dash_len = ends_sentence ? 0 : spaced_dash_at(s, dash_b);
    if (dash_len != 0) {
        std::size_t cue_at = dash_b + dash_len;
        while (cue_at < s.size() && s[cue_at] == ' ')
            ++cue_at;
        cue_at = past_clitics(ws, ex.sp.lexs, cue_at);
        const auto c = std::lower_bound(cues.begin(), cues.end(), cue_at,
                                        [](const Cue& x, std::size_t v) { return x.begin < v; });
        ends_sentence = c != cues.end() && c->begin == cue_at;
    }
    // "«Il ponte riaprirà a marzo» ha detto il sindaco", "«Q» ha spiegato X «q2»": a cue right after the closing mark,
    // with no comma (Italian prints none), closes a quote that opens its sentence as the comma does. (A sentence
    // quoted: four words at least; "«Gomorra» racconta ..." is a title's subject.)
    if (!ends_sentence && dash_len == 0 && starts_sentence && has_words(s.substr(inner_b, inner_e - inner_b), 4)) {
        const std::size_t cue_at = past_clitics(ws, ex.sp.lexs, dash_b);
        const auto c = std::lower_bound(cues.begin(), cues.end(), cue_at,
                                        [](const Cue& x, std::size_t v) { return x.begin < v; });
        // ("„Cool, ‘ne Frau am Steuer“ so reagieren Passanten": German "so" is the writer's adverb there, as any
        // cue of [verbless_cues] with no comma before it)
        ends_sentence =
            c != cues.end() && c->begin == cue_at && c->pronoun.empty() && !verbless_cue(ex.sp.lexs, c->text);
    }
    // "We will appeal," said X: the quote's own final punctuation also ends the writer's clause.
    std::string_view inner = text::trim(s.substr(inner_b, inner_e - inner_b));
    // "“You said, ‘we accept responsibility,’” Jane Doe said": a nested quote closing with the outer one
    // leaves the outer quote's punctuation inside it.
    std::string_view inner_end = inner;
    while (!inner_end.empty()) {
        std::size_t z = inner_end.size();
        char32_t last = text::prev_cp(inner_end, z);
        if (last != '\'' && !text::is_quote_mark(last))
            break;
        inner_end = inner_end.substr(0, z);
    }
    if (!inner_end.empty() && (inner_end.back() == ',' || inner_end.back() == '.' || inner_end.back() == '!' ||
                               inner_end.back() == '?'))
        ends_sentence = true;
    ends_sentence = ends_sentence || q.close == dialogue_close;
    QuoteKind kind = starts_sentence && ends_sentence ? QuoteKind::direct : QuoteKind::partial;
    return QuoteAt{q,  std::move(raw), std::move(qt), inner, sentence, sent_b, sent_e, sb, se, before, after_pos, kind,
                   addressed_cue && kind == QuoteKind::direct};
}

namespace {

// "“MORALES: We will not wait.", "«DUPONT : Nous verrons.", "„HUBER: Das bleibt so.": a quoted transcript
// turn opens the paragraph with its speaker's name in capitals and a colon; the rest of the paragraph is
// that speaker's words, whether or not the mark closes (transcripts leave it open until the last turn).
// Returns the byte after the colon and the name, or nothing.
std::optional<std::pair<std::size_t, std::string>> transcript_turn(std::string_view s) {
    std::size_t i = 0;
    const char32_t mark = s.empty() ? 0 : text::next_cp(s, i);
    if (mark != '"' && mark != 0x201C && mark != 0x201E && mark != 0xAB)
        return std::nullopt;
    const std::size_t name_b = i;
    int letters = 0;
    while (i < s.size() && s[i] != ':' && i - name_b < 40) {
        char32_t c = text::next_cp(s, i);
        if (text::is_upper(c))
            ++letters;
        else if (!(c == ' ' || c == '.' || c == '-' || c == '\''))
            return std::nullopt;
    }
    // a colon, then the words (one space before the colon as French writes it)
    if (letters < 2 || i + 2 >= s.size() || s[i] != ':' || s[i + 1] != ' ' || s[name_b] == ' ')
        return std::nullopt;
    std::string name(text::trim(s.substr(name_b, i - name_b)));
    return std::make_pair(i + 1, name);
}

// The kind of a double mark: 0 straight ("), 1 curly (“ ” „), 2 guillemets (« »), -1 any other character (single
// marks are apostrophes too often to tell a kind).
int mark_family(char32_t cp) {
    if (cp == '"')
        return 0;
    if (cp == 0x201C || cp == 0x201D || cp == 0x201E)
        return 1;
    return cp == 0xAB || cp == 0xBB ? 2 : -1;
}

// The kinds of double marks in s other than `family`, as bits (1 << kind).
unsigned other_marks(std::string_view s, int family) {
    unsigned kinds = 0;
    for (std::size_t i = 0; i < s.size();)
        if (int k = mark_family(text::next_cp(s, i)); k >= 0 && k != family)
            kinds |= 1u << k;
    return kinds;
}

} // namespace

// The indirect speech of the sentences not read yet that end by byte `limit`, each quote it finds placed at its
// sentence. "Un technicien reconnaît que les pompes ont lâché. « Nous avons eu peur », admet-il.": read before the
// quoted spans after them, the reported speech adds its speaker, named or not, to the people a pronoun or a quote
// without a cue may stand for there, and its quotes come in reading order.
void UnitReader::read_indirect(std::size_t limit) {
    if (!indirect) // (a unit with quote marks but no word that may report has its sentences read for them alone)
        return;
    settle(); // (the quotes of the span before stand at its place)
    Unit read_as = u; // (its text without its nicknames, if it had one)
    read_as.text = s;
    for (; next_sentence < sents.size() && sents[next_sentence].second <= limit; ++next_sentence) {
        const std::size_t sb = sents[next_sentence].first;
        pending = Placed{sb, sb};
        indirect_speech(ex, read_as, ws, spans, {sents.data() + next_sentence, 1}, base);
        settle();
    }
}

// "«Chi viene da fuori ... / Con il ponte chiuso ne vedremo la metà», ha spiegato Spini.", „Wir fahren ab Januar
// ... / Das kostet uns Geld“, sagte sie.": a quote left open at the end of the paragraph before, whose words go on in
// this one without opening marks again (as Italian, French and German print it), closes at the first mark here that
// closes the carried one's kind, glued to the word or stop before it, with no mark before it: the words up to it are
// the quote's, a span opening the unit; the marks after it are paired anew. (Straight marks, whose opening and
// closing marks look alike, and English, which opens every paragraph of a quote again, are left as they are.)
void UnitReader::close_carried(char32_t open) {
    auto closes_it = [open](char32_t c) {
        return (open == 0xAB && c == 0xBB) || (open == 0xBB && c == 0xAB) ||
               (open == 0x201E && (c == 0x201C || c == 0x201D)) || (open == 0x201C && c == 0x201D);
    };
    if ((open != 0xAB && open != 0xBB && open != 0x201E && open != 0x201C) || s.empty())
        return;
    std::size_t i = 0;
    // "«Je préfère ... / »Ce n'est pas ... de l'Etat», a-t-elle conclu.": French and Swiss papers open the quote's
    // next paragraph with "»", a continuation mark, no closing one: the words after it go on with the quote.
    std::size_t from = 0;
    if (open == 0xAB && s.starts_with("\u00BB")) {
        from = std::string_view("\u00BB").size();
        while (from < s.size() && s[from] == ' ')
            ++from;
        i = from;
    }
    const std::size_t least_bytes = 8;
    while (i < s.size()) {
        const std::size_t at = i;
        const char32_t c = text::next_cp(s, i);
        if (!text::is_quote_mark(c) && c != '\'')
            continue;
        if (c == '\'' || ((c == 0x2019 || c == 0x2018) && at > from)) // (an apostrophe, or a single mark: read on)
            continue;
        // ("c'est long pour un commerce », a-t-il lancé": French sets » off by a space, and no word follows it)
        const bool spaced_close = open == 0xAB && (i >= s.size() || s[i] == ' ' || s[i] == ',' || s[i] == '.');
        if (!closes_it(c) || at < from + least_bytes || (s[at - 1] == ' ' && !spaced_close))
            return;
        std::vector<QuoteSpan> rest = archive::find_quote_spans(s.substr(i));
        spans.clear();
        spans.push_back(QuoteSpan{0, at, i - at, from, true});
        for (QuoteSpan q : rest) {
            q.open += i;
            q.close += i;
            spans.push_back(q);
        }
        // (the sentences and cues were read with the spans of the marks alone)
        sentences(sents, s, ws, spans, ex.sp.lexs, dot_seen);
        cues.clear();
        attributable_cues_into(cues);
        return;
    }
}

namespace {

// The mark at `at` opens a sentence: only spaces stand between it and a full stop, a question or exclamation mark, an
// ellipsis or a colon before it.
bool opens_sentence_at(std::string_view s, std::size_t at) {
    std::size_t i = at;
    while (i > 0) {
        const char32_t c = text::prev_cp(s, i);
        if (c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009)
            continue;
        return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026;
    }
    return false;
}

} // namespace

// The unit's quotes and its indirect speech in reading order.
void UnitReader::read(Carry& carry) {
    colon_lead = std::exchange(ex.colon_lead, Extractor::ColonLead{});
    // A quote that runs on into the next paragraph keeps the lead for the paragraph where it closes.
    auto keep_lead = [this] {
        if (colon_lead.speaker && colon_lead.section == u.section && colon_lead.paragraph + 1 == u.paragraph)
            ex.colon_lead = Extractor::ColonLead{u.section, u.paragraph, colon_lead.speaker};
    };
    if (u.where == Where::body)
        if (auto turn = transcript_turn(s)) {
            carry.on = false;
            std::string t(text::trim(s.substr(turn->first)));
            // its closing mark, when the turn ends the transcript
            for (std::string_view close : {"\"", "\u201D", "\u201C", "\u00BB"})
                if (t.size() > close.size() && std::string_view(t).substr(t.size() - close.size()) == close) {
                    t.resize(t.size() - close.size());
                    break;
                }
            Quote out = make_quote(u, strip_edge_punct(t), QuoteKind::direct);
            out.mention = turn->second;
            ex.add(std::move(out), turn->second);
            pending = Placed{0, 0};
            settle();
            if (!spans.empty() && spans.front().open == 0)
                spans.erase(spans.begin());
        }
    // "Weber: Für eine Familie ist ...": a labelled turn of an interview, its words after the label the speaker's.
    // (but "—Q1 —dice, y se ríe—. Q2": an answer in dialogue dashes with its own cue is read as a line of dialogue)
    const bool own_dialogue =
        u.label_e == 0 && dialogue_close != std::string_view::npos && !spans.empty() && spans.front().open == 0;
    if (u.where == Where::body && u.turn >= 0 && !own_dialogue)
        if (auto who = turn_speaker(ex, u)) {
            carry.on = false;
            std::string_view said = text::trim(u.text.substr(u.turn_text));
            // "«Perché la scuola ...»": an answer printed whole in quote marks, their words read once, as the
            // answer's (not again by the marks, with no speaker).
            if (s.data() == u.text.data() && spans.size() == 1 && spans.front().closed && !said.empty() &&
                spans.front().open == static_cast<std::size_t>(said.data() - s.data()) &&
                strip_edge_punct(s.substr(spans.front().close + spans.front().close_len)).find_first_not_of(".!?;") ==
                    std::string::npos) {
                const QuoteSpan& q = spans.front();
                said = s.substr(q.open + q.open_len, q.close - q.open - q.open_len);
                spans.clear();
            }
            Quote out = make_quote(u, strip_edge_punct(text::trim(said)), QuoteKind::direct);
            if (u.label_e > u.label_b) // (an answer under its question has no label)
                out.mention = std::string(u.text.substr(u.label_b, u.label_e - u.label_b));
            ex.add(std::move(out), who);
            pending = Placed{0, 0};
            settle();
        }
    // A quote running on from the previous paragraph: its words lead the first quote of this one.
    // But '"She saw the mayor in June; her diary calls it a “turning point.” / “It was no phase,” she said.': where the
    // quote carried nests quotes in another kind of marks than its own, a paragraph opening with that kind opens a
    // quote of its own.
    std::string prefix;
    std::size_t read_to = s.size(); // (the end of the words read: a quote running on to the next paragraph ends them)
    // The quote the carried words lead, and who spoke last in their paragraph.
    struct Joined {
        std::size_t quote = 0;
        std::string words;
        std::optional<std::string> speaker_before;
    };
    std::optional<Joined> carried_into;
    Carry opened; // (where the carried quote opened, and its attribution there)
    if (carry.on) {
        close_carried(carry.mark);
        carry.on = false;
        std::size_t z = spans.empty() ? 0 : spans.front().open;
        const int first = spans.empty() ? -1 : mark_family(text::next_cp(s, z));
        const bool inner_level = first >= 0 && (carry.inner >> first & 1u) != 0;
        if (!spans.empty() && spans.front().open < 4 && !inner_level) {
            const auto& q0 = spans.front();
            std::string more = std::string(s.substr(q0.open + q0.open_len, q0.close - q0.open - q0.open_len));
            if (!q0.closed) {
                carry.on = true;
                carry.inner |= other_marks(more, carry.family);
                // (« Q2 » sets its words off by a space: the words joined have one between them)
                carry.text += " ";
                carry.text += text::trim(more);
                keep_lead();
                return;
            }
            prefix = carry.text + " ";
            carried_into = Joined{ex.quotes.size(), prefix, std::move(carry.speaker_before)};
            opened.where = carry.where;
            opened.section = carry.section;
            opened.paragraph = carry.paragraph;
            opened.speaker = std::move(carry.speaker);
            opened.mention = std::move(carry.mention);
            opened.cue = std::move(carry.cue);
            opened_section = opened.section;
            opened_paragraph = opened.paragraph;
        }
    }
    for (const auto& q : spans) {
        settle();
        read_indirect(q.open);
        std::string raw = prefix + std::string(s.substr(q.open + q.open_len, q.close - q.open - q.open_len));
        std::string qt = strip_edge_punct(raw);
        if (prefix.empty())
            opened_section = opened_paragraph = -1;
        prefix.clear();
        if (qt.empty())
            continue;
        if (!q.closed) {
            // Only a quote opening a paragraph, or one of its sentences ("L'élue n'est pas de cet avis. « On aurait
            // pu ... / « Personne ... », regrette-t-elle.", "Sala è chiaro: «Abbiamo ... / «Nessuno ...»"), may run
            // over to the next one: a mark left open inside a sentence is a stray one.
            if (q.open > 0 && !opens_sentence_at(s, q.open))
                continue;
            carry.on = true;
            carry.text = qt;
            std::size_t z = q.open;
            carry.mark = text::next_cp(s, z);
            carry.family = mark_family(carry.mark);
            carry.inner = other_marks(raw, carry.family);
            carry.speaker_before.reset();
            for (std::size_t k = ex.quotes.size(); q.open > 0 && k > first_quote && !carry.speaker_before; --k)
                carry.speaker_before = ex.quotes[k - 1].speaker;
            carry.where = u.where;
            carry.section = u.section;
            carry.paragraph = u.paragraph;
            carry.speaker.reset();
            carry.mention.reset();
            carry.cue.reset();
            if (q.open > 0)
                head_attribution(q, raw, qt, carry);
            if (q.open < 4)
                keep_lead();
            if (q.open == 0)
                return;
            // (the writer's words before it are read as those of any paragraph)
            read_to = q.open;
            break;
        }
        quoted.emplace_back(q.open, q.close + q.close_len);
        const QuoteAt at = place(q, std::move(raw), std::move(qt));
        pending = Placed{at.sent_b, q.open};
        // (the words after a dash incise, "—aseguró su presidente— y q2", go on as Q1's: split_incises cut them so)
        const bool continues_split = joins_split(at) || (split.open && q.open_len == 0 && q.open >= 3 &&
                                                         resumes_dash_incise(s, q.open));
        // (the words after an incise inside the marks, "« Q1, a répondu X. Q2 »": split_incises opened them on no mark)
        const bool after_incise = split.open && q.open_len == 0;
        split.open = false;
        Quote out = make_quote(u, at.text, at.kind);
        if (names_no_one(at) || rating_label(*this, at) || signed_by_dash(at, out) || attribute_owner(at, out))
            continue;
        if (attribute_after(at, out)) {
            if (at.kind == QuoteKind::direct)
                split = Split{true, ex.quotes.size() - 1, q.open, at.after_pos, text::collapse(at.raw)};
            else
                coordinated_report(*this, at);
            continue;
        }
        // The rest of an interrupted sentence has no attribution of its own: its words join Q1's.
        if (continues_split) {
            Quote& q1 = ex.quotes[split.quote];
            // ("«Q1 —explicó Calvo—. Q2»": the full stop after the closing dash ends Q1, glued to it)
            const std::string rest = text::collapse(at.raw);
            std::string joined = split.raw + (rest.starts_with('.') ? "" : " ") + rest;
            q1.text = strip_edge_punct(joined);
            continue;
        }
        // "—Q1 —respondió el presidente—. Q2", "« Q1, a répondu le président. Q2 »": the words after the incise are the
        // first half's speaker's, even where its mention named no one the page knows (not the last speaker's before the
        // line). As any quote going on with a speaker's words, they have no mention or cue of their own.
        if ((q.open == dialogue_rest && ex.quotes.size() == first_quote + 1) || after_incise) {
            ex.add(out, after_incise ? ex.quotes[split.quote].speaker : ex.quotes.back().speaker);
            continue;
        }
        if (leading_according(at, out) || attribute_before(at, out) || attribute_according(at, out)) {
            coordinated_report(*this, at); // (", y recordó que ...": quote_coordinated_reports.cpp)
            continue;
        }
        attribute_without_cue(at, out);
    }
    settle();
    read_indirect(read_to);
    // (most units keep no quote aside, and have no sentence read: neither holds a quote mark nor a cue)
    if (!orphans.empty())
        place_orphans();
    participle_reports();
    note_colon_lead();
    // '"Q1," Ann Roe said. "Q2 / "Q3," added Tom Vale.': a quote left open after another speaker's words in its
    // paragraph, whose words run on into a quote given to someone else, was not closed by mistake: its words are not
    // the other speaker's.
    if (carried_into && carried_into->speaker_before && carried_into->quote < ex.quotes.size()) {
        Quote& jq = ex.quotes[carried_into->quote];
        if (jq.speaker && *jq.speaker != *carried_into->speaker_before && jq.text.starts_with(carried_into->words))
            jq.text.erase(0, carried_into->words.size());
    }
    // The quote that ran on stands where it opened, and takes the cue read there when the paragraph where it closes
    // gives none.
    if (carried_into && carried_into->quote < ex.quotes.size() && opened.paragraph >= 0) {
        Quote& jq = ex.quotes[carried_into->quote];
        if (jq.text.starts_with(carried_into->words)) {
            jq.where = opened.where;
            jq.section = opened.section;
            jq.paragraph = opened.paragraph;
            if (!jq.cue && opened.cue) {
                jq.speaker = std::move(opened.speaker);
                jq.mention = std::move(opened.mention);
                jq.cue = std::move(opened.cue);
            }
        }
    }
}

// The attribution of the quoted span q, left open at the unit's end, as the unit reads it: kept in `carry` when it
// has a cue, for the quote the span's words lead in the next paragraph. ('"Q1," Teller said. "Q2 ...': Q2 goes on
// with Q1's attribution, as a closed "Q2." would; "Sala è chiaro: «Abbiamo ...": the colon's cue.) The quote read is
// not kept: the next paragraph makes it.
void UnitReader::head_attribution(const QuoteSpan& q, const std::string& raw, const std::string& qt, Carry& carry) {
    const QuoteAt at = place(q, raw, qt);
    if (joins_split(at)) {
        const Quote& q1 = ex.quotes[split.quote];
        if (q1.cue) {
            carry.speaker = q1.speaker;
            carry.mention = q1.mention;
            carry.cue = q1.cue;
        }
        return;
    }
    const std::size_t n = ex.quotes.size(), no = orphans.size();
    Quote out = make_quote(u, at.text, at.kind);
    if (!(names_no_one(at) || signed_by_dash(at, out) || attribute_owner(at, out) || attribute_after(at, out)))
        if (!attribute_before(at, out))
            attribute_according(at, out);
    const Quote* got = ex.quotes.size() == n + 1 ? &ex.quotes.back()
                       : orphans.size() == no + 1 ? &orphans.back().quote
                                                  : nullptr;
    if (got && got->cue) {
        carry.speaker = got->speaker;
        carry.mention = got->mention;
        carry.cue = got->cue;
    }
    if (ex.quotes.size() == n + 1)
        ex.quotes.pop_back();
    if (orphans.size() == no + 1)
        orphans.pop_back();
}

// "Jane Roe continued:", "The Daily Ledger reports:", "Der Minister sagte:", "Le maire a ajouté :": a body paragraph
// closing on a colon after the writer's clause hands the quote opening the next paragraph to the subject of the
// clause's cue. (A clause without a cue, "Er schickt es Aron:", names no speaker: the words may be anyone's.)
void UnitReader::note_colon_lead() {
    if (u.where != Where::body || ws.empty() || !ws.back().punct || ws.back().low != ":")
        return;
    const std::size_t wc = ws.size() - 1;
    std::size_t w0 = wc;
    while (w0 > 0 && !(ws[w0 - 1].punct && (ws[w0 - 1].low == "." || ws[w0 - 1].low == "!" ||
                                              ws[w0 - 1].low == "?" || ws[w0 - 1].low == ":"))) {
        // (a clause with words of its own in quote marks introduces no quote of the next paragraph)
        if (ws[w0 - 1].punct && ws[w0 - 1].low != "," && ws[w0 - 1].low != "(" && ws[w0 - 1].low != ")" &&
            ws[w0 - 1].low != ";")
            return;
        --w0;
    }
    if (w0 == wc)
        return;
    const std::size_t from = ws[w0].b, colon = ws[wc].b;
    std::optional<std::string> speaker;
    const std::vector<Cue> found = spans.empty() ? attributable_cues() : std::vector<Cue>{};
    const std::vector<Cue>& all = spans.empty() ? found : cues;
    for (auto it = all.rbegin(); it != all.rend() && !speaker; ++it) {
        if (it->begin < from || it->end > colon)
            continue;
        if (!it->pronoun.empty()) {
            std::vector<Word> pw = {Word{0, it->pronoun.size(), it->pronoun, false, false}};
            speaker = ex.resolve(it->pronoun, pw, 0, 0, base + it->begin);
            continue;
        }
        // "Am Montag sagte die Stadträtin Anna Berg:", "Danach sagte sie:", "said Ann Roe:": a subject after the cue
        // reaches the colon; else the subject stands before the cue ("Ann Roe added:"), not a phrase opened by a
        // preposition ("Am Montag").
        const std::size_t cend = word_index(it->end);
        auto m = cend < wc ? ex.mention_after(ws, cend) : std::nullopt;
        // ("Dazu erklärt Lea Hart, Sprecherin für Schulpolitik:", "said Jane Roe, spokeswoman for the group:": the
        // subject's apposition after a comma, a few words with no mark of their own, may stand before the colon.)
        const std::size_t most_apposition = 8;
        auto apposition = [&](std::size_t comma) {
            if (!ws[comma].punct || ws[comma].low != "," || wc - comma - 1 < 1 || wc - comma - 1 > most_apposition)
                return false;
            for (std::size_t k = comma + 1; k < wc; ++k)
                if (ws[k].punct)
                    return false;
            return true;
        };
        if (m && m->second + 1 != wc && !(m->second + 1 < wc && apposition(m->second + 1)))
            m.reset();
        if (!m) {
            m = ex.mention_before(ws, word_index(it->begin));
            if (m && (m->first < w0 || has_tag(ex.sp.lexs, WordTags::preposition, ws[m->first].low)))
                m.reset();
        }
        if (m)
            speaker = ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b);
    }
    if (speaker)
        ex.colon_lead = Extractor::ColonLead{u.section, u.paragraph, speaker};
}

} // namespace archive::quoting
