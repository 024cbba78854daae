// The classify stage's verdict on one block in the spirit of jusText, before its neighbours are asked: its stopword
// density, the shape of Chinese and Japanese prose, and the lines rated bad whatever their words (teasers cut short,
// titles printed twice). The context-sensitive pass over these verdicts is in region.cpp.
#include "classify.hpp"
#include "cjk_script.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <cstdint>
#include <span>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archive {

// stopword_density() of a line of `words` words, hits[k] of them stopwords of languages()[k].
double stopword_density_of(std::span<const int> hits, std::size_t words, std::string_view language) {
    const auto& langs = languages();
    if (words == 0 || hits.size() < langs.size()) // (a Block that segment() did not make has no counts)
        return 0.0;
    auto density = [&](std::size_t k) { return static_cast<double>(hits[k]) / static_cast<double>(words); };
    // (The language's place among languages() is found in one walk: lexicon(language) is the first of them with its
    // code, asked of every line rated.)
    for (std::size_t k = 0; k < langs.size(); ++k)
        if (langs[k]->code == language)
            return density(k);
    double best = 0.0;
    for (std::size_t k = 0; k < langs.size(); ++k)
        best = std::max(best, density(k));
    return best;
}

double stopword_density(std::string_view line, std::string_view language) {
    // One look-up per word tells which languages have it as a stopword.
    StopwordCounts counts;
    counts.hits.assign(languages().size(), 0);
    count_stopwords(text::words_lower(line), counts);
    return stopword_density_of(counts.hits, static_cast<std::size_t>(counts.words), language);
}



namespace {

Quality cjk_quality(std::string_view s, std::size_t& cjk_count) {
    bool sentence_punct = false, title_marks = false, hangul_punct = false;
    std::size_t i = 0, particles = 0, hangul = 0;
    char32_t prev = 0;
    cjk_count = 0;
    static const LexiconSection* function_chars = common_lexicon().section("cjk_function_words"); // (looked up once)
    while (i < s.size()) {
        std::size_t at = i;
        char32_t cp = text::next_cp(s, i);
        // (Chinese and Japanese text has no spaces between words: ideographs and kana are counted instead.)
        if (text::is_cjk_letter(cp)) {
            ++cjk_count;
            hangul += text::is_hangul(cp);
            particles += function_chars != nullptr && function_chars->has(s.substr(at, i - at));
        }
        sentence_punct = sentence_punct || cp == 0x3002 || cp == 0xFF0C || cp == 0x3001 || cp == 0xFF01 || cp == 0xFF1F;
        // "내렸다." "많아졌고,": Korean closes its sentences and clauses with the ASCII marks, right after a syllable.
        hangul_punct =
            hangul_punct || ((cp == '.' || cp == ',' || cp == '?' || cp == '!') && text::is_hangul(prev));
        prev = cp;
        // "【新竹住宿】", "『台灣』", "[食記]": the brackets of a post's title in a list of links.
        title_marks = title_marks || cp == 0x3010 || cp == 0x300E || cp == '[' || cp == 0x300C || cp == 0xFF3B;
    }
    sentence_punct = sentence_punct || (hangul_punct && hangul * 2 > cjk_count);
    if (cjk_count >= 40 && sentence_punct)
        return Quality::good;
    if (cjk_count >= 12 && sentence_punct)
        return Quality::near_good;
    // A blog written one clause a line, with spaces for commas: no sentence mark, but the grammatical particles of
    // prose ("的", "了", "是"...) that the titles of a menu mostly lack.
    if (cjk_count >= 12 && !title_marks && particles * 8 >= cjk_count)
        return Quality::near_good;
    return cjk_count >= 12 ? Quality::bad : Quality::short_;
}

} // namespace

bool cjk_clause(const Block& b) {
    // "晚餐準備了砂鍋魚頭": a line of Chinese or Japanese written one clause a line, without the brackets of a title.
    // (Each ideograph or kana takes three bytes, two of them beyond its first: a line with fewer bytes than code points
    // and two for each of `least` has too few of them, and is not read.)
    const std::size_t least = 8;
    if (b.urls > 0 || b.boilerplate || b.text.size() < b.chars + 2 * least)
        return false;
    bool title_marks = false;
    std::size_t i = 0, count = 0;
    while (i < b.text.size()) {
        char32_t cp = text::next_cp(b.text, i);
        count += text::is_cjk_letter(cp);
        title_marks = title_marks || cp == 0x3010 || cp == 0x300E || cp == '[' || cp == 0x300C || cp == 0xFF3B;
    }
    return !title_marks && count >= least && count * 2 > static_cast<std::size_t>(b.letters);
}

bool teaser_excerpt(const Block& b) {
    // "Step off the ferry at the east quay and the smell of tar greets you at once,… Read more",
    // "Die Fähren fahren wieder vom Ostkai, doch die Fischer... Weiterlesen": the opening of another article cut
    // short in the middle of its sentence, then the link to it. (Without the link, the ellipsis may be an author's:
    // a sentence left hanging in a story.)
    // (A line closed by a sentence's mark has no link after its cut: settled before the searches for the mark.)
    if (b.words < 8 || b.text.back() == '.' || b.text.back() == '?' || b.text.back() == '!')
        return false;
    std::string_view t = text::trim(b.text);
    static const std::string_view ellipsis = "…";
    std::size_t mark = text::rfind_mark(t, ellipsis), dots = text::rfind_mark(t, "...");
    std::size_t cut = mark == std::string_view::npos ? dots : dots == std::string_view::npos ? mark : std::max(mark, dots);
    if (cut == std::string_view::npos || cut == 0)
        return false;
    std::string_view after = t.substr(cut + (cut == mark ? ellipsis.size() : 3));
    // The link is a few capitalised words of its own ("… Read more", "... Weiterlesen"), not the end of a quotation
    // ("wondering…”") nor a sentence going on ("just…it's stupid").
    auto link = text::split_ws(after);
    if (link.empty() || link.size() > 4 || after.front() != ' ' || !text::starts_upper(link.front()) ||
        b.text.back() == '.' || b.text.back() == '?' || b.text.back() == '!')
        return false;
    std::size_t at = cut;
    char32_t before = text::prev_cp(t, at);
    // "... it's difficult … Read more": a space may stand before the mark.
    if (before == ' ' && at > 0)
        before = text::prev_cp(t, at);
    return text::is_letter(before) || before == ',';
}

bool repeated_title(std::string_view line) {
    // "Ferries Return to the Pier Ferries Return to the Pier": the title of a card printed twice or more in one line
    // (the link's text, its picture's alternative text, its title). Prose does not repeat a whole clause at once.
    // The repeat opens with the line's first word again: most lines are settled by one search.
    std::size_t at = 0;
    std::string_view first = text::next_token(line, at);
    if (first.empty())
        return false;
    // (As a token of its own, not inside another word.)
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    bool again = false;
    for (std::size_t p = line.find(first, at); p != std::string_view::npos && !again; p = line.find(first, p + 1))
        again = ws(line[p - 1]) && (p + first.size() == line.size() || ws(line[p + first.size()]));
    if (!again)
        return false;
    // "The pier reopens. (See the map.) The pier reopens. (See the map.) The ferries ...": a sentence printed twice
    // is still prose; a title has no sentence's end inside it.
    auto ends_sentence = [](std::string_view w) {
        while (w.size() > 1 && (w.back() == ')' || w.back() == '"'))
            w.remove_suffix(1);
        return w.back() == '.' || w.back() == '!' || w.back() == '?';
    };
    // The first word again as the token of index `len` (three or more) opens a repeat when the `len` tokens from there
    // are the line's first `len`. (Read token by token, without a vector of them: a long paragraph may well use its
    // first word again.)
    const std::size_t least = 3;
    std::size_t len = 0, next = 0;
    for (std::string_view tok = text::next_token(line, next); !tok.empty(); tok = text::next_token(line, next), ++len) {
        if (len >= least && tok == first) {
            std::size_t from_start = 0, from_repeat = static_cast<std::size_t>(tok.data() - line.data());
            bool same = true;
            for (std::size_t i = 0; i < len && same; ++i) {
                std::string_view again_tok = text::next_token(line, from_repeat);
                same = !again_tok.empty() && text::next_token(line, from_start) == again_tok;
            }
            if (same)
                return true;
        }
        // (A repeat of the words up to here and past them would hold this sentence's end.)
        if (len + 1 >= least && ends_sentence(tok))
            return false;
    }
    return false;
}

namespace {

// attributed_quote() past its test of the block's counts. (Out of line: inlined, its loops made the compiler save
// six registers before that test too, on every call, though most calls end there.)
[[gnu::noinline]] bool quote_with_speech_verb(const Block& b, std::string_view language) {
    const Lexicon* lex = lexicon(language);
    if (lex == nullptr)
        return false;
    bool marks = false;
    for (std::size_t i = 0; i < b.text.size() && !marks;) {
        char32_t cp = text::next_cp(b.text, i);
        marks = cp == '"' || text::is_open_quote(cp) || text::is_close_quote(cp);
    }
    if (!marks)
        return false;
    for (const auto& w : b.lower_words())
        if (lex->has_speech_verb(w))
            return true;
    return false;
}

} // namespace

namespace {
bool opens_with_quote_mark(std::string_view line);

// "Greenpeace: „Das Land stirbt leise.“", "Greenpeace : « La campagne meurt. »": a lead of one to three words, the
// first capitalised, and a colon open a quotation that runs to the line's end; the colon stands for the verb of
// saying.
bool colon_lead_quote(const Block& b) {
    const std::size_t most_lead = 40;
    const int most_lead_words = 3;
    const std::string_view t = b.text;
    const std::size_t colon = t.substr(0, most_lead).find(':');
    if (colon == std::string_view::npos || colon == 0 || !text::starts_upper(t))
        return false;
    const std::string_view lead = text::trim(t.substr(0, colon));
    if (lead.empty() || static_cast<int>(text::split_ws(lead).size()) > most_lead_words)
        return false;
    const std::string_view rest = text::trim(t.substr(colon + 1));
    if (!opens_with_quote_mark(rest))
        return false;
    std::size_t end = rest.size();
    const char32_t last = text::prev_cp(rest, end);
    return last == '"' || text::is_close_quote(last);
}
} // namespace

bool attributed_quote(const Block& b, std::string_view language) {
    // "\"Nothing is decided yet,\" the minister replied.", "«Rien n'est décidé», a répondu le ministre.": quote marks,
    // a verb of saying and a full stop make a line of the article, however short (the last words of many articles).
    // (The block's counts first: most short lines are settled before the language's lexicon is looked up.)
    return b.end_punct && b.words >= 4 && (quote_with_speech_verb(b, language) || colon_lead_quote(b));
}

namespace {

// Some byte of s is 0xE3 or more; sixteen bytes a step where SSE2 is there (every x86-64), then eight, most of them
// below 0xE0.
bool has_byte_from_e3(std::string_view s) {
    constexpr std::uint64_t tops = 0x8080808080808080ULL;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i least = _mm_set1_epi8(static_cast<char>(0xE3));
    for (; i + 16 <= s.size(); i += 16) {
        // A byte is 0xE3 or more when the unsigned maximum with 0xE3 leaves it as it is.
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, least), v)) != 0)
            return true;
    }
#endif
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v = text::load8(s.data() + i);
        // Bits 7, 6 and 5 of a byte all set: 0xE0 or more (the shifts move each byte's own bits to its top bit).
        if ((v & (v << 1) & (v << 2) & tops) == 0)
            continue;
        for (std::size_t k = i; k < i + 8; ++k)
            if (static_cast<unsigned char>(s[k]) >= 0xE3)
                return true;
    }
    for (; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) >= 0xE3)
            return true;
    return false;
}

} // namespace

Quality block_quality(const Block& b, std::string_view language) {
    return block_quality(b, language, text::length_cp(b.text));
}

namespace {

// „ “ ” " « » ‘ ‚: a line opening with a quotation mark.
bool opens_with_quote_mark(std::string_view line) {
    if (line.empty())
        return false;
    if (line.front() == '"')
        return true;
    for (std::string_view mark : {"\xE2\x80\x9E", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB",
                                   "\xE2\x80\x98", "\xE2\x80\x9A"})
        if (line.starts_with(mark))
            return true;
    return false;
}

// "„Sprawca został zatrzymany” – przekazał rzecznik prasowy policji.", "“Crews ready, vessels arriving,” harbour
// spokeswoman Ann Pike confirmed.": a line opened by a quote mark whose close is followed by a verb of saying and its
// subject (the verb among the first three words after the quotation, or the last) and a final stop is a sentence of
// the article whatever its stopword share (a short quotation in a language without articles holds few stopwords).
// The tail after the quotation is a cue and its subject, a dozen words at most; a quoted title before a list of
// words ("„Port 2026” – program, bilety, dojazd, ...") has no verb of saying there.
bool quotation_with_cue(const Block& b, std::string_view language) {
    const std::size_t most_tail_words = 12, cue_within = 3;
    if (!b.end_punct || b.words < 4 || !opens_with_quote_mark(b.text))
        return false;
    // (The last mark past the first, »…« closing on «; ’ between letters is an apostrophe: "the board’s".)
    std::size_t close = std::string_view::npos;
    for (std::size_t i = 0; i < b.text.size();) {
        const std::size_t at = i;
        const char32_t cp = text::next_cp(b.text, i);
        std::size_t next = i;
        const bool apostrophe = cp == 0x2019 && i < b.text.size() && text::is_letter(text::next_cp(b.text, next));
        if (at > 0 && text::is_quote_mark(cp) && !apostrophe)
            close = i;
    }
    const Lexicon* lex = lexicon(language);
    if (close == std::string_view::npos || lex == nullptr)
        return false;
    const auto tail = text::words_lower(b.text.substr(close), most_tail_words + 1);
    if (tail.empty() || tail.size() > most_tail_words)
        return false;
    // (The verb opens the tail, "– przekazał rzecznik", or closes it after its subject, "spokeswoman Ann Pike said".)
    return lex->has_speech_verb(tail.back()) ||
           std::any_of(tail.begin(), tail.begin() + static_cast<std::ptrdiff_t>(std::min(cue_within, tail.size())),
                       [&](const std::string& w) { return lex->has_speech_verb(w); });
}

// "CARSONVILLE, Texas (KWTR) - A big water main broke ...", "KIEL (dpa) - Ein Wasserrohrbruch ...": the number of
// lower-cased words of the dateline opening the line (dateline_tag(), a place read), 0 for none. A dateline of a
// place, a state and a tag has no short word: the text after it is what a reader of stopwords should rate. (A
// dateline's dash stands within its first 64 bytes: other lines are settled by that search.)
std::size_t opening_dateline_words(const Block& b) {
    const std::size_t most_dateline = 64; // bytes
    // (A place opens it with a capital letter: most lines asked open otherwise, or have no dash near their start.)
    const auto first = b.text.empty() ? 0u : static_cast<unsigned char>(b.text.front());
    if (first < 0x80 && !text::is_upper(first)) // ("ÉVORA (Lusa) -": a letter past ASCII is let through)
        return 0;
    const std::string_view head = std::string_view(b.text).substr(0, most_dateline);
    if (head.find(" - ") == std::string_view::npos && head.find(" \u2013 ") == std::string_view::npos &&
        head.find(" \u2014 ") == std::string_view::npos && head.find(".-") == std::string_view::npos)
        return 0;
    const auto tag = dateline_tag(b.text);
    if (!tag || tag->place.empty())
        return 0;
    return text::words_lower(tag->raw).size();
}

// The verdict of a block's letters and words alone, before any search for a notice.
Quality prose_quality(const Block& b, std::string_view language, std::size_t len) {
    // Ideographs and kana start with a byte from 0xE3: a line without one has none to count. (Such a byte opens a
    // character of three bytes or four: a line of no more bytes than its `len` code points and one has none.)
    if (b.text.size() >= len + 2 && has_byte_from_e3(b.text)) {
        std::size_t cjk_count = 0;
        Quality cq = cjk_quality(b.text, cjk_count);
        if (cjk_count * 2 > static_cast<std::size_t>(b.letters))
            return cq;
    }
    if (len < 60)
        return attributed_quote(b, language) ? Quality::near_good : Quality::short_;
    // A language without a word list here (Czech, Greek...): long punctuated prose in lower-case words.
    if (language.empty() && b.end_punct && b.words >= 12 && b.upper_initial * 3 < b.words && len >= 150)
        return Quality::good;
    double sw = stopword_density_of(b.stopword_hits(), b.lower_words().size(), language);
    // "„Ferries are back, and so is the summer,“ the harbour master wrote.": somebody's words quoted in English on a
    // page in another language (a post, an interview's answer) are read with English stopwords too.
    if (sw < 0.22 && !language.empty() && language != "en" && opens_with_quote_mark(b.text))
        sw = std::max(sw, stopword_density_of(b.stopword_hits(), b.lower_words().size(), "en"));
    // (A sentence under its dateline, at least eight words of its own, is rated without the dateline's words.)
    const std::size_t least_own_words = 8;
    if (sw < 0.15 && b.end_punct) {
        const std::size_t words = b.lower_words().size(), dateline = opening_dateline_words(b);
        if (dateline > 0 && words >= dateline + least_own_words)
            sw = stopword_density_of(b.stopword_hits(), words - dateline, language);
    }
    if (sw >= 0.22 && (len >= 150 || b.end_punct))
        return Quality::good;
    if (sw >= 0.15 && b.end_punct)
        return Quality::near_good;
    if (sw >= 0.25)
        return Quality::near_good;
    if (language.empty() && b.end_punct && b.words >= 12 && b.upper_initial * 3 < b.words)
        return Quality::near_good;
    if (sw < 0.15 && quotation_with_cue(b, language))
        return Quality::near_good;
    return Quality::bad;
}

} // namespace

Quality block_quality(const Block& b, std::string_view language, std::size_t len) {
    // (The tests of the block's counts come first: a line they rate bad needs no search for a notice.)
    if (b.boilerplate || (b.words > 0 && (b.urls * 3 > b.words || b.separators * 4 > b.words)))
        return Quality::bad;
    if (b.letters * 2 < static_cast<int>(len))
        return Quality::bad; // mostly digits and symbols
    if (b.words <= 6 && b.text.back() == '*')
        return Quality::bad; // a form field: "Name *", "E-Mail-Adresse *"
    // A notice, a teaser or a repeated title is bad whatever its words: a line its prose already rates bad needs no
    // search for them (the cheap word counts come first).
    Quality q = prose_quality(b, language, len);
    if (q == Quality::bad)
        return q;
    // (repeated_title() needs six tokens at least, a clause of three printed twice: b.words counts them.)
    if (is_consent_or_promo_notice(b, b.words <= 60) || teaser_excerpt(b) || (b.words >= 6 && repeated_title(b.text)))
        return Quality::bad;
    return q;
}

} // namespace archive
