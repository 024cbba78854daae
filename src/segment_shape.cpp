// The measure of a line's shape for segment(): its counts of words, letters, digits, capitals, URLs and separators,
// its final punctuation and its length, in one pass over its bytes, sixteen a step with SSE2 and eight in the portable
// form (declared in segment_parts.hpp).
#include "classify.hpp"
#include "pipeline.hpp"
#include "segment_parts.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archive {

namespace {

// The same as text::lower(s) == lower_ascii for an ASCII `lower_ascii`: a multibyte character never lower-cases
// to ASCII of its own byte length.
bool iequals_ascii(std::string_view s, std::string_view lower_ascii) {
    if (s.size() != lower_ascii.size())
        return false;
    for (std::size_t k = 0; k < s.size(); ++k) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
        if (c != lower_ascii[k])
            return false;
    }
    return true;
}

// The bytes of which a URL holds one at least (see looks_like_url), a table look-up each.
constexpr std::array<bool, 256> url_mark = [] {
    std::array<bool, 256> t{};
    for (const char c : {'.', '/', '@', ':'})
        t[static_cast<unsigned char>(c)] = true;
    return t;
}();

bool looks_like_url(std::string_view tok) {
    // "www.example.com", "https://...", "name@example.org", "@handle", "photo-1160x768.jpg"
    // Every one of these holds a ':', '@', '.' or '/': the marks are found in one pass, and most tokens asked about
    // ("said.", "2024:") are settled by them without a search.
    constexpr std::size_t none = std::string_view::npos;
    std::size_t first_dot = none, last_dot = none, slash = none, at = none;
    bool colon = false;
    for (std::size_t k = 0; k < tok.size(); ++k) {
        if (!url_mark[static_cast<unsigned char>(tok[k])])
            continue;
        switch (tok[k]) {
        case '.':
            first_dot = std::min(first_dot, k);
            last_dot = k;
            break;
        case '/': slash = std::min(slash, k); break;
        case '@': at = std::min(at, k); break;
        default: colon = true; break;
        }
    }
    if (first_dot == none && slash == none && at == none && !colon)
        return false;
    if ((colon && slash != none && tok.find("://") != none) || (first_dot == 3 && tok.starts_with("www.")))
        return true;
    if (at != none && (at == 0 || (last_dot != none && last_dot > at)))
        return tok.size() > 1;
    static const std::string_view exts[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".html", ".htm",
                                            ".php", ".com", ".org", ".net", ".svg", ".mp4"};
    // Each extension holds one dot, its first character, and four or five bytes: only the tail from the last dot
    // can be one.
    if (const std::size_t tail = tok.size() - last_dot; last_dot != none && last_dot > 0 && (tail == 4 || tail == 5))
        for (auto ext : exts)
            if (iequals_ascii(tok.substr(last_dot), ext))
                return true;
    return slash != none && first_dot != none && first_dot < slash && first_dot > 0 &&
           text::is_letter(static_cast<unsigned char>(tok[first_dot + 1]));
}

bool is_separator_token(std::string_view tok) {
    return tok == "|" || tok == "»" || tok == ">" || tok == "•" || tok == "·" || tok == "›" || tok == "/" ||
           tok == "–" || tok == "-" || tok == "››" || tok == "»»" || tok == ">>"; // "Home ›› News ›› Politics"
}

bool ends_with_sentence_punct(std::string_view s) {
    // (Most lines end with an ASCII byte that the loop below settles at once, "." or a letter: settled here without
    // decoding it.)
    if (const auto last = static_cast<unsigned char>(s.empty() ? ' ' : s.back());
        last < 0x80 && last != ']' && last != ')' && last != ' ' && last != '"' && last != '\'')
        return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
    std::size_t i = s.size();
    while (i > 0) {
        char32_t cp = text::prev_cp(s, i);
        // "... in 1998.[12]", "... geothermal power.[citation needed]": a reference mark after the sentence's
        // full stop. "History[edit]" has no full stop before its bracket and stays unpunctuated.
        if (cp == ']') {
            auto open = s.rfind('[', i);
            if (open != std::string_view::npos && open > 0 && i - open <= 24) {
                i = open;
                continue;
            }
        }
        // "... setzt OS X 10.10 voraus. (bsc)", "... au printemps. (ats/afp)": the initials of the editor or the agency
        // after the last sentence's full stop.
        if (cp == ')' && i == s.size() - 1) {
            auto open = text::rfind_mark(s, " (", i);
            if (open != std::string_view::npos && open > 0 && i - open <= 12 && s[open - 1] == '.') {
                bool tag = true;
                for (std::size_t k = open + 2; k < i; ++k)
                    tag = tag && ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '/');
                if (tag && i > open + 2) {
                    i = open;
                    continue;
                }
            }
        }
        // "... pour les îles. »": French sets a space inside its guillemets.
        if (cp == ' ' && i + 1 < s.size() && s.substr(i + 1).starts_with("»"))
            continue;
        if (text::is_close_quote(cp) || cp == '"' || cp == ')' || cp == '\'' || cp == 0xBB)
            continue;
        return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == ':' || cp == ';';
    }
    return false;
}

// The bytes that end a token of text::next_token().
bool token_space(char c) {
    return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\t' || c == '\n');
}

// tok holds a URL's mark ('.', '/', '@' or ':'), found eight bytes a step: looks_like_url() of a token without one is
// false, and the long tokens asked about whole (a line of Japanese without a space) mostly have none.
bool has_url_mark(std::string_view tok) {
    std::size_t k = 0;
    for (; k + 8 <= tok.size(); k += 8) {
        const std::uint64_t v = text::load8(tok.data() + k);
        if ((text::bytes_equal8(v, '.') | text::bytes_equal8(v, '/') | text::bytes_equal8(v, '@') |
             text::bytes_equal8(v, ':')) != 0)
            return true;
    }
    for (; k < tok.size(); ++k)
        if (url_mark[static_cast<unsigned char>(tok[k])])
            return true;
    return false;
}

// The counts of measure_shape() for a token that opens with a character from U+0080, counted whole at its start.
// "Les « boîtes noires »": a French closing guillemet after an opening one is a quote mark, no separator.
void count_whole_token(Block& b, std::string_view tok, bool& open_guillemet) {
    ++b.words;
    b.title_separator = b.title_separator || is_title_separator(tok); // ("–", "»", "›", ...)
    std::size_t i = 0;
    char32_t first = text::next_cp(tok, i);
    b.upper_initial += text::is_upper(first);
    b.urls += has_url_mark(tok) && looks_like_url(tok);
    if (tok.size() > 6 || text::is_letter(first) || text::is_digit(first))
        return; // no guillemet and no separator (each is at most six bytes, "››", and opens with a mark)
    bool closes = (tok == "»" && open_guillemet) || (tok == "›" && open_guillemet);
    open_guillemet = (open_guillemet && !closes) || tok == "«" || tok == "‹";
    b.separators += is_separator_token(tok) && !closes;
}

#if defined(__SSE2__)
// The sixteen bytes at p, or the `rest` bytes left (0 < rest < 16) and zeros after them, read without a byte past
// them (a zero is no printable byte: measure_shape's step stops there).
__m128i load16(const char* p, std::size_t rest) {
    if (rest >= 16)
        return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    std::uint64_t lo = 0, hi = 0;
    if (rest >= 8) {
        lo = text::load8(p);
        if (rest > 8)
            hi = text::load_short(p + 8, rest - 8);
    } else {
        lo = text::load_short(p, rest);
    }
    return _mm_set_epi64x(static_cast<long long>(hi), static_cast<long long>(lo));
}

// measure_shape()'s counts of letters, digits, token starts and capitals that start tokens, over its sixteen-byte
// steps: each step adds its masks (-1 in each byte counted) to a count per byte position, one subtraction each, and
// the positions are summed for the line once (or after 255 steps, before a position's count could overflow), where
// counting every step's bits would cost a population count each.
class StepCounts {
public:
    void add(Block& b, __m128i letters, __m128i digits, __m128i starts, __m128i capital_starts) {
        letters_ = _mm_sub_epi8(letters_, letters);
        digits_ = _mm_sub_epi8(digits_, digits);
        starts_ = _mm_sub_epi8(starts_, starts);
        capital_starts_ = _mm_sub_epi8(capital_starts_, capital_starts);
        if (++steps_ == 255)
            flush(b);
    }
    /// Adds the counts to b's and starts again from zero.
    void flush(Block& b) {
        const std::uint64_t letters_digits = sums(letters_, digits_), words_capitals = sums(starts_, capital_starts_);
        b.letters += static_cast<int>(letters_digits & 0xFFFFFFFF);
        b.digits += static_cast<int>(letters_digits >> 32);
        b.words += static_cast<int>(words_capitals & 0xFFFFFFFF);
        b.upper_initial += static_cast<int>(words_capitals >> 32);
        letters_ = digits_ = starts_ = capital_starts_ = _mm_setzero_si128();
        steps_ = 0;
    }

private:
    // The sums of the bytes of two counts, the first's in the low half of the result, the second's in the high half:
    // each half of a sum of bytes (_mm_sad_epu8, at most 8 * 255) fits 32 bits, so the two counts are added up
    // side by side, halves folded once for both (a line ends with a flush: done for every line).
    static std::uint64_t sums(__m128i low, __m128i high) {
        const __m128i zero = _mm_setzero_si128();
        const __m128i both = _mm_or_si128(_mm_sad_epu8(low, zero), _mm_slli_epi64(_mm_sad_epu8(high, zero), 32));
        std::uint64_t sum = 0; // (stored: _mm_cvtsi128_si64 is for 64-bit processors only)
        _mm_storel_epi64(reinterpret_cast<__m128i*>(&sum), _mm_add_epi64(both, _mm_srli_si128(both, 8)));
        return sum;
    }
    __m128i letters_ = _mm_setzero_si128(), digits_ = _mm_setzero_si128(), starts_ = _mm_setzero_si128(),
            capital_starts_ = _mm_setzero_si128();
    int steps_ = 0;
};
#endif

// Fills the features of a block's shape from `t`, its text (its counts of words, letters, digits..., its final
// punctuation), what join_wrapped() reads; sets b.chars to the text's length in code points (what text::length_cp
// counts: every byte but the continuation bytes), counted on the way. Returns whether the pass met nothing that
// text::collapse() could change but for the ends of the line (white space other than single ASCII spaces, or a byte
// that may take a space into its character): segment() then keeps a trimmed line as it is, without a pass of
// collapse() over it first. (Conservative: a false answer only costs that pass, and the line measured again.)
// `stop`: a false answer is given at the first thing met that collapse() would change, the counts then partial (see
// measure_shape_or_stop).
template <bool wide, bool stop>
bool measure_shape_as(Block& b, std::string_view t) {
#if !defined(__SSE2__)
    static_assert(!wide, "the sixteen-byte steps need SSE2");
#endif
    // One pass over the line: printable ASCII sixteen or eight bytes a step, its letters, digits and the starts of its tokens
    // (text::next_token's) counted from masks of the step's bytes; any other character alone. Only a few tokens are
    // read whole: one opening with a character from U+0080, one holding a URL's mark ("www.", "x@y.org") and one
    // opening with an ASCII byte that is no letter or digit ("|", ">>", "-"). (An ASCII token is no guillemet: it
    // leaves the guillemets' state alone.)
    const std::size_t n = t.size();
    b.words = 0;
    // (Every token that may be a title's separator opens with a mark: an ASCII byte that is no letter or digit, read
    // by mark_token_at, or a byte from 0x80, read by whole_token_at. Tokens are cut at the same white space, ' ', '\t'
    // and '\n', as any_title_separator's: the note is its answer for `t`.)
    b.title_separator = false;
    bool collapsed = true;        // nothing collapse() changes met so far
    std::uint64_t doubled = 0;    // (a step's spaces after a space: then not collapsed)
    bool open_guillemet = false;
    bool in_token = false;         // the byte before the one read is a token's
    std::size_t tokens_read = 0;   // the tokens up to here were read whole (their marks looked at)
    // (From a byte of a token, text::next_token() finds its end, eight bytes a step: a token read whole may be a line
    // of Japanese without a space.)
    auto token_end = [t](std::size_t k) {
        text::next_token(t, k);
        return k;
    };
    // A URL's mark at byte k: its token is asked whether it looks like one, once.
    auto mark_at = [&](std::size_t k) {
        if (k < tokens_read)
            return;
        // "said.", "as follows:", "and/": a token whose only mark is its last byte is no URL (looks_like_url wants
        // a mark with something after it, or "www." before a dot). Most marks are these.
        // (The four bytes before and at a mark compared in place: t.compare() calls memcmp for them.)
        if ((k + 1 == n || token_space(t[k + 1])) && !(k >= 3 && std::memcmp(t.data() + k - 3, "www.", 4) == 0)) {
            tokens_read = k + 1;
            return;
        }
        std::size_t start = k;
        while (start > 0 && !token_space(t[start - 1]))
            --start;
        const std::size_t end = token_end(k);
        b.urls += looks_like_url(t.substr(start, end - start));
        tokens_read = end;
    };
    // A token opening at byte k with an ASCII byte that is no letter or digit: only a separator is counted, and a
    // title's separator noted ("|", "-", "::", ...).
    auto mark_token_at = [&](std::size_t k) {
        const std::size_t end = token_end(k);
        if (end - k <= 6) {
            const std::string_view tok = t.substr(k, end - k);
            b.separators += is_separator_token(tok);
            b.title_separator = b.title_separator || is_title_separator(tok);
        }
    };
    // A token opening at byte k with a character from U+0080: read whole.
    auto whole_token_at = [&](std::size_t k) {
        const std::size_t end = token_end(k);
        count_whole_token(b, t.substr(k, end - k), open_guillemet);
        tokens_read = end;
    };
    // A character from U+0080. (No letter is a digit: a letter is not looked up twice.)
    auto count_char = [&b](char32_t cp) {
        if (text::is_letter(cp))
            ++b.letters;
        else
            b.digits += text::is_digit(cp);
    };
#if defined(__SSE2__)
    StepCounts counts;
    // The printable ASCII bytes from byte i before the first other one, sixteen at most (all sixteen, mostly), read in
    // one step: their letters, digits and the starts of their tokens counted from masks of the step's bytes, their
    // marks looked at. Returns how many they are, 0 when byte i is none.
    auto wide_step = [&](std::size_t i) -> std::size_t {
        const __m128i v = load16(t.data() + i, n - i);
        // The bytes from lo to hi: moved to the bottom of the signed bytes (lo to -128), one comparison each.
        auto in_range = [](__m128i x, char lo, char hi) {
            const __m128i moved = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(-128 - lo)));
            return _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(-127 + (hi - lo))), moved);
        };
        const __m128i printable = in_range(v, 0x20, 0x7E);
        const auto m = static_cast<std::size_t>(std::countr_zero(~static_cast<unsigned>(_mm_movemask_epi8(printable))));
        if (m == 0)
            return 0;
        __m128i letters = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
        __m128i digits = in_range(v, '0', '9');
        __m128i spaces = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
        // (Most steps are sixteen printable bytes, counted whole: only a shorter one masks the bytes after its own.)
        __m128i keep = _mm_set1_epi8(-1);
        if (m < 16) {
            keep = _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(m)),
                                  _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
            letters = _mm_and_si128(letters, keep);
            digits = _mm_and_si128(digits, keep);
            spaces = _mm_and_si128(spaces, keep);
        }
        const __m128i others = _mm_andnot_si128(spaces, keep);
        // A token starts at a byte that is no space after a space (or after the line's start); a space there is a
        // second one in a row (or a space opening the line).
        const __m128i after_space = _mm_or_si128(_mm_slli_si128(spaces, 1), _mm_cvtsi32_si128(in_token ? 0 : 0xFF));
        doubled |= static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(spaces, after_space)));
        const __m128i starts = _mm_and_si128(others, after_space);
        // (A capital is a letter whose bit 0x20 is clear.)
        const __m128i capitals = _mm_and_si128(letters, _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(0x20)),
                                                                      _mm_setzero_si128()));
        counts.add(b, letters, digits, starts, _mm_and_si128(starts, capitals));
        // The bytes that are no space, letter or digit: a URL's marks are among them, and many steps have none.
        const auto punct = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(_mm_or_si128(letters, digits), others)));
        if (punct != 0) {
            for (unsigned odd = static_cast<unsigned>(_mm_movemask_epi8(starts)) & punct; odd != 0; odd &= odd - 1)
                mark_token_at(i + static_cast<std::size_t>(std::countr_zero(odd)));
            const __m128i marks = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('/'))),
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')), _mm_cmpeq_epi8(v, _mm_set1_epi8('@'))));
            for (unsigned mark = static_cast<unsigned>(_mm_movemask_epi8(marks)) & punct; mark != 0; mark &= mark - 1)
                mark_at(i + static_cast<std::size_t>(std::countr_zero(mark)));
        }
        in_token = (static_cast<unsigned>(_mm_movemask_epi8(spaces)) >> (m - 1) & 1) == 0;
        return m;
    };
#endif
    // The printable ASCII bytes from byte i before the first other one, eight at most (all eight, mostly), read in one
    // step: their letters, digits and the starts of their tokens counted from masks of the step's bytes, their marks
    // looked at. Returns how many they are, 0 when byte i is none.
    auto narrow_step = [&](std::size_t i) -> std::size_t {
        // (The line's last bytes, fewer than eight, are read the same way, zeros after them: a zero is no printable
        // byte.)
        const std::uint64_t v = i + 8 <= n ? text::load8(t.data() + i) : text::load_short(t.data() + i, n - i);
        // The masks below are exact up to the first byte that is not printable (no borrow or carry runs toward the
        // bytes before it) and kept for the bytes before it only.
        constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
        const std::uint64_t other_bytes = (((v - ones * 0x20) & ~v) | (v + ones) | v) & tops;
        const int m = other_bytes == 0 ? 8 : std::countr_zero(other_bytes) / 8;
        if (m == 0)
            return 0;
        const std::uint64_t keep = m == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * m)) - 1;
        const std::uint64_t letters = text::in_range8(v | 0x2020202020202020ULL, 'a', 'z') & keep;
        const std::uint64_t digits = text::in_range8(v, '0', '9') & keep;
        b.letters += text::count8(letters);
        b.digits += text::count8(digits);
        // (Of the printable bytes, only the space is below 0x21: text::below_0x21_8 without its care for bytes from
        // 0x80, which keep leaves out.)
        const std::uint64_t spaces = ~(v + 0x5F5F5F5F5F5F5F5FULL) & tops & keep;
        const std::uint64_t others = ~spaces & tops & keep;
        // A token starts at a byte that is no space after a space (or after the line's start); a space there is a
        // second one in a row (or a space opening the line).
        const std::uint64_t after_space = (spaces << 8) | (in_token ? 0 : 0x80);
        doubled |= spaces & after_space;
        // The bytes that are no space, letter or digit: a URL's marks are among them, and most steps have none.
        const std::uint64_t punct = others & ~(letters | digits);
        if (const std::uint64_t starts = others & after_space; starts != 0) {
            b.words += text::count8(starts);
            // (A capital is a letter whose bit 0x20 is clear: that bit shifted to the byte's top.)
            b.upper_initial += text::count8(starts & letters & ~(v << 2));
            for (std::uint64_t odd = starts & punct; odd != 0; odd &= odd - 1)
                mark_token_at(i + static_cast<std::size_t>(std::countr_zero(odd) / 8));
        }
        if (punct != 0)
            for (std::uint64_t marks =
                     (text::in_range8(v, '.', '/') | text::bytes_equal8(v, ':') | text::bytes_equal8(v, '@')) & punct;
                 marks != 0; marks &= marks - 1)
                mark_at(i + static_cast<std::size_t>(std::countr_zero(marks) / 8));
        in_token = (others >> (8 * m - 1) & 1) != 0;
        return static_cast<std::size_t>(m);
    };
#if defined(__SSE2__)
    auto printable_step = [&](std::size_t i) -> std::size_t {
        if constexpr (wide)
            return wide_step(i);
        else
            return narrow_step(i);
    };
#else
    auto printable_step = narrow_step;
#endif
    std::size_t i = 0, continuation = 0;
    while (i < n) {
        if (const std::size_t m = printable_step(i); m > 0) {
            if constexpr (stop)
                if (doubled != 0)
                    return false;
            i += m;
            continue;
        }
        // A valid two-byte character (the accented letters of most Latin pages, Greek, Cyrillic): no token space in it,
        // one continuation byte.
        if (const auto lead = static_cast<unsigned char>(t[i]);
            lead >= 0xC2 && lead <= 0xDF && i + 1 < n && (static_cast<unsigned char>(t[i + 1]) & 0xC0) == 0x80) {
            if (!in_token) {
                in_token = true;
                whole_token_at(i);
            }
            ++continuation;
            const char32_t cp = (char32_t{lead} & 0x1F) << 6 | (static_cast<unsigned char>(t[i + 1]) & 0x3F);
            collapsed = collapsed & (cp != 0xA0); // (the only white space of two bytes)
            if constexpr (stop)
                if (!collapsed)
                    return false;
            count_char(cp);
            i += 2;
            continue;
        }
        // A valid three-byte character (the quote marks and dashes of U+2010..U+201F, CJK): the same, two continuation
        // bytes. General punctuation (U+2000..U+206F) holds no letter or digit: it is not looked up.
        if (const auto lead = static_cast<unsigned char>(t[i]);
            lead >= 0xE0 && lead <= 0xEF && i + 2 < n && (static_cast<unsigned char>(t[i + 1]) & 0xC0) == 0x80 &&
            (static_cast<unsigned char>(t[i + 2]) & 0xC0) == 0x80) {
            if (!in_token) {
                in_token = true;
                whole_token_at(i);
            }
            continuation += 2;
            const char32_t cp = (char32_t{lead} & 0x0F) << 12 |
                                (char32_t{static_cast<unsigned char>(t[i + 1])} & 0x3F) << 6 |
                                (static_cast<unsigned char>(t[i + 2]) & 0x3F);
            // (An overlong sequence for an ASCII space or U+00A0 is white space too, as next_cp decodes it.)
            collapsed = collapsed & !text::is_space(cp);
            if constexpr (stop)
                if (!collapsed)
                    return false;
            if (cp < 0x2000 || cp > 0x206F)
                count_char(cp);
            i += 3;
            continue;
        }
        const std::size_t start = i;
        char32_t cp = text::next_cp(t, i);
        // A control character (a tab, a carriage return), white space from U+0080, or a lead byte taking an ASCII
        // byte (a space, maybe) into its character: left to collapse().
        if (cp < 0x20 || text::is_space(cp))
            collapsed = false;
        for (std::size_t k = start + 1; k < i; ++k)
            collapsed = collapsed & (static_cast<unsigned char>(t[k]) >= 0x80);
        if constexpr (stop)
            if (!collapsed)
                return false;
        for (std::size_t k = start; k < i; ++k) { // (byte by byte: a stray lead byte may take a space in its character)
            const auto c = static_cast<unsigned char>(t[k]);
            if (token_space(static_cast<char>(c))) {
                in_token = false;
                continue;
            }
            if (!in_token) {
                in_token = true;
                if (c >= 0x80) {
                    whole_token_at(k);
                    continue;
                }
                ++b.words;
                b.upper_initial += c >= 'A' && c <= 'Z';
                if ((c < '0' || c > '9') && ((c | 0x20) < 'a' || (c | 0x20) > 'z'))
                    mark_token_at(k);
            }
            if (url_mark[c])
                mark_at(k);
        }
        if (i - start > 1 || cp >= 0x80) // (a stray continuation byte is a character of its own here)
            for (std::size_t k = start; k < i; ++k)
                continuation += (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80;
        count_char(cp);
    }
#if defined(__SSE2__)
    if constexpr (wide)
        counts.flush(b);
#endif
    b.end_punct = ends_with_sentence_punct(t);
    b.chars = n - continuation;
    return collapsed && doubled == 0;
}

} // namespace

bool measure_shape(Block& b, std::string_view t) {
#if defined(__SSE2__)
    return measure_shape_as<true, false>(b, t);
#else
    return measure_shape_as<false, false>(b, t);
#endif
}

bool measure_shape_or_stop(Block& b, std::string_view t) {
#if defined(__SSE2__)
    return measure_shape_as<true, true>(b, t);
#else
    return measure_shape_as<false, true>(b, t);
#endif
}

bool measure_shape_portable(Block& b, std::string_view t) {
    return measure_shape_as<false, false>(b, t);
}

} // namespace archive
