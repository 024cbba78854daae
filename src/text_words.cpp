// The words of a text: next_word_lower() and words_lower() of any text, next_word_of_lowered() and
// words_of_lowered() of a lower-cased one, lower_with_words() of a line (its SSE2 and portable forms).
#include "text_lowered.hpp"
#include "text_parts.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archive::text {

using namespace parts;

namespace {

// 0x80 in each byte of v that is an ASCII letter or digit (a letter when (b | 0x20) is in 'a'..'z'). Exact up to the
// first byte from 0x80, which may carry into the bytes after it.
std::uint64_t ascii_alnum8(std::uint64_t v) {
    return in_range8(v | (ones * 0x20), 'a', 'z') | in_range8(v, '0', '9');
}

constexpr bool ascii_alnum(unsigned char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Byte -> the lower-case ASCII letter or digit it is, or 0.
constexpr std::array<char, 256> ascii_word_lower = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 128; ++c)
        if (ascii_alnum(static_cast<unsigned char>(c)))
            t[static_cast<std::size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return t;
}();

// The first index from i whose byte is not an ASCII letter or digit (or s.size()), eight bytes a step (a byte from
// 0x80 stops the run before any carry of its own reaches the bytes after it).
std::size_t ascii_alnum_end(std::string_view s, std::size_t i) {
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v = load8(s.data() + i);
        if (std::uint64_t stop = (~ascii_alnum8(v) | v) & tops; stop != 0)
            return i + static_cast<std::size_t>(std::countr_zero(stop) / 8);
    }
    while (i < s.size() && ascii_word_lower[static_cast<unsigned char>(s[i])] != 0)
        ++i;
    return i;
}

} // namespace

bool next_word_lower(std::string_view s, std::size_t& i, std::string& word) {
    word.clear();
    while (i < s.size()) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (!ascii_alnum(b)) {
                ++i;
                if (!word.empty())
                    return true;
                continue;
            }
            // A run of ASCII letters and digits is appended at once, then lower-cased eight bytes a step.
            std::size_t start = i;
            i = std::max(ascii_alnum_end(s, i), start + 1); // s[start] is one: always a step forward
            std::size_t at = word.size();
            word.append(s.data() + start, i - start);
            char* w = word.data();
            for (; at + 8 <= word.size(); at += 8) {
                std::uint64_t v = lower8(load8(w + at));
                std::memcpy(w + at, &v, 8);
            }
            for (; at < word.size(); ++at)
                w[at] = ascii_word_lower[static_cast<unsigned char>(w[at])];
            continue;
        }
        char32_t cp = next_cp_multibyte(s, i);
        bool word_char = cp < 0x800 ? two_byte().word[cp] : is_word_char(cp);
        if (word_char) {
            char buf[4];
            word.append(buf, static_cast<std::size_t>(put_utf8(buf, lower_cp(cp)) - buf));
        } else if (!word.empty()) {
            return true;
        }
    }
    return !word.empty();
}

std::vector<std::string> words_lower(std::string_view s) {
    return words_lower(s, s.size() + 1);
}

namespace {

// next_word_of_lowered(), inlined into words_of_lowered().
inline std::string_view take_word_of_lowered(std::string_view lowered, std::size_t& i) {
    // next_word_lower()'s words, each a run of word characters, lower-cased again to themselves: taken as they are.
    const std::size_t n = lowered.size();
    auto word_char = [](char32_t cp) { return cp < 0x800 ? two_byte().word[cp] : is_word_char(cp); };
    while (i < n) {
        // To the next word's first character.
        if (auto b = static_cast<unsigned char>(lowered[i]); b < 0x80) {
            if (ascii_word_lower[b] == 0) {
                ++i;
                continue;
            }
        } else {
            std::size_t at = i;
            if (!word_char(next_cp_multibyte(lowered, i)))
                continue;
            i = at;
        }
        // Its runs of ASCII letters and digits eight bytes a step, and its other characters one at a time, up to the
        // first character of no word (looked at again by the next call).
        const std::size_t start = i;
        for (;;) {
            i = ascii_alnum_end(lowered, i);
            if (i == n || static_cast<unsigned char>(lowered[i]) < 0x80)
                break;
            std::size_t at = i;
            if (!word_char(next_cp_multibyte(lowered, i))) {
                i = at;
                break;
            }
        }
        return lowered.substr(start, i - start);
    }
    return {};
}

} // namespace

std::string_view next_word_of_lowered(std::string_view lowered, std::size_t& i) {
    return take_word_of_lowered(lowered, i);
}

namespace {

// Bit k set: byte k of v is an ASCII letter or digit, for v without a byte from 0x80 (no range test carries out of
// a byte below 0x80).
unsigned ascii_alnum_bits8(std::uint64_t v) {
    // The top bit of each byte gathered into the top byte by one multiplication.
    return static_cast<unsigned>(((ascii_alnum8(v) >> 7) * 0x0102040810204080ULL) >> 56);
}

// The masks of sixteen bytes for words_of_lowered(): bit k of `alnum` set when byte k is an ASCII letter or digit,
// bit k of `high` when it is from 0x80. `alnum` is exact up to the first byte from 0x80, which is all the caller
// reads of it.
struct Masks16 {
    unsigned alnum, high;
};

#if defined(__SSE2__)
// The bytes of x from lo to hi (-1 each, 0 for the others, whatever the byte): moved to the bottom of the signed bytes
// (lo to -128), where one comparison finds them. (An add and a comparison, where one comparison with each end costs
// two and an and.)
__m128i in_range16(__m128i x, char lo, char hi) {
    const __m128i moved = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(-128 - lo)));
    return _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(-127 + (hi - lo))), moved);
}
#endif

template <bool wide>
Masks16 masks16(const char* p) {
#if defined(__SSE2__)
    if constexpr (wide) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i letters = in_range16(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
        const __m128i digits = in_range16(v, '0', '9');
        return {static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, digits))),
                static_cast<unsigned>(_mm_movemask_epi8(v))};
    }
#else
    static_assert(!wide, "the sixteen-byte masks need SSE2");
#endif
    // (Two eight-byte steps; each half's carries run only past its first byte from 0x80.)
    const std::uint64_t lo = load8(p), hi = load8(p + 8);
    auto high_bits8 = [](std::uint64_t v) {
        return static_cast<unsigned>((((v & tops) >> 7) * 0x0102040810204080ULL) >> 56);
    };
    return {ascii_alnum_bits8(lo) | ascii_alnum_bits8(hi) << 8, high_bits8(lo) | high_bits8(hi) << 8};
}

// The places of a line's words written one after another into an array that has room for all of them (see
// lower_with_words_as): no check of a vector's room for every word.
struct SpanSink {
    WordSpan* next;
};

// The words of a text read as masks of its word bytes, for words_of_lowered() and lower_with_words(): each edge (a
// word byte after another byte or the line's start, or the other way round) opens or closes a word, copied from
// `text` into `out` when it closes, or its place in `text` put there (`Out` a std::vector<WordSpan> or a SpanSink). (One place
// that builds the words, which the compiler then builds in the loop instead of calling a function for each; inlined
// by force, as the lambdas it replaces were: called from two functions, the compiler would otherwise call at_edges()
// for every step, +3% of all instructions.)
template <class Out>
class WordEdges {
public:
    WordEdges(const char* text, Out& out) : text_(text), out_(out) {}
    bool in_word() const { return start_ != none; }
    [[gnu::always_inline]] void at_edge(std::size_t k) {
        if (start_ == none) {
            start_ = k;
            return;
        }
        add_word(start_, k);
        start_ = none;
    }
    /// The edges of a step's mask of word bytes from byte `at`, `bits` of them read (those before a byte from 0x80).
    [[gnu::always_inline]] void at_edges(std::size_t at, unsigned word_bytes, unsigned bits) {
        // Bit k: byte k is inside a word and byte k - 1 is not, or the other way round.
        unsigned edges = (word_bytes ^ ((word_bytes << 1) | (in_word() ? 1u : 0u))) & ((1u << bits) - 1);
        auto next_edge = [&edges, at] {
            const std::size_t k = at + static_cast<std::size_t>(std::countr_zero(edges));
            edges &= edges - 1;
            return k;
        };
        // The edges open and close the words in turn: after the word open at the step's start is closed, they come
        // in pairs, each a word of the step, added without asking at every edge whether a word is open.
        if (edges != 0 && in_word()) {
            add_word(start_, next_edge());
            start_ = none;
        }
        while (edges != 0) {
            const std::size_t open = next_edge();
            if (edges == 0) {
                start_ = open; // (closed by a later step)
                return;
            }
            add_word(open, next_edge());
        }
    }
    /// Closes the last word at the text's end.
    void finish(std::size_t end) {
        if (in_word())
            at_edge(end);
    }

private:
    static constexpr std::size_t none = std::string_view::npos;
    /// Adds the word from byte `start` to byte `end` (not included).
    [[gnu::always_inline]] void add_word(std::size_t start, std::size_t end) {
        if constexpr (std::is_same_v<Out, SpanSink>)
            *out_.next++ = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end - start)};
        else if constexpr (std::is_same_v<Out, std::vector<WordSpan>>)
            out_.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end - start)});
        else
            out_.emplace_back(text_ + start, end - start);
    }
    const char* text_;
    Out& out_;
    std::size_t start_ = none; // where the word being read starts, `none` between words
};

// words_of_lowered() into `out` (the words or their places), its sixteen-byte steps read with SSE2 (`wide`) or as
// two eight-byte steps.
template <bool wide, class Out>
void words_of_lowered_into(std::string_view lowered, Out& out) {
    // The words are the longest runs of word characters (next_word_of_lowered's): ASCII is read sixteen, then eight
    // bytes a step, each step a mask of its letters and digits whose edges open and close the words; any other
    // character is looked at alone.
    out.reserve(lowered.size() / 4 + 2); // a word in four bytes: growing moves every string
    const char* const p = lowered.data();
    const std::size_t n = lowered.size();
    WordEdges<Out> edges(p, out);
    const TwoByteTable* table = nullptr; // two_byte(), asked for at the first two-byte character
    std::size_t i = 0;
    while (i < n) {
        if (i + 16 <= n) {
            const Masks16 m = masks16<wide>(p + i);
            // The ASCII bytes before the first from 0x80 (all sixteen, mostly); that one is read alone below.
            const auto ascii = static_cast<unsigned>(std::countr_zero(m.high | 0x10000u));
            edges.at_edges(i, m.alnum, ascii);
            i += ascii;
            if (ascii == 16)
                continue;
        } else if (i + 8 <= n) {
            std::uint64_t v = load8(p + i);
            if ((v & tops) == 0) {
                edges.at_edges(i, ascii_alnum_bits8(v), 8);
                i += 8;
                continue;
            }
        }
        const std::size_t at = i;
        bool word = false;
        auto continuation = [p](std::size_t k) { return (static_cast<unsigned char>(p[k]) & 0xC0) == 0x80; };
        if (auto b = static_cast<unsigned char>(p[i]); b < 0x80) {
            word = ascii_word_lower[b] != 0;
            ++i;
        } else if (b >= 0xC2 && b <= 0xDF && i + 1 < n && continuation(i + 1)) {
            // A valid two-byte character (the accented letters of most pages): the code point next_cp_multibyte
            // decodes, read here, the table asked for once.
            if (table == nullptr)
                table = &two_byte();
            word = table->word[(char32_t{b} & 0x1F) << 6 | (static_cast<unsigned char>(p[i + 1]) & 0x3F)];
            i += 2;
        } else if (b == 0xE2 && i + 2 < n && continuation(i + 2) &&
                   (static_cast<unsigned char>(p[i + 1]) == 0x80 ||
                    (static_cast<unsigned char>(p[i + 1]) == 0x81 && static_cast<unsigned char>(p[i + 2]) <= 0xAF))) {
            i += 3; // general punctuation (U+2000..U+206F: dashes, quote marks) holds no word character
        } else {
            char32_t cp = next_cp_multibyte(lowered, i);
            word = cp < 0x800 ? two_byte().word[cp] : is_word_char(cp);
        }
        if (word != edges.in_word())
            edges.at_edge(at);
    }
    edges.finish(n);
}

template <bool wide>
std::vector<std::string> words_of_lowered_as(std::string_view lowered) {
    std::vector<std::string> out;
    words_of_lowered_into<wide>(lowered, out);
    return out;
}

// The sixteen bytes at p lower-cased to o (o may be p), exact up to the first byte from 0x80 (the bytes after it are
// written too, of no use).
template <bool wide>
void lower16(const char* p, char* o) {
#if defined(__SSE2__)
    if constexpr (wide) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i capitals = in_range16(v, 'A', 'Z');
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o),
                         _mm_or_si128(v, _mm_and_si128(capitals, _mm_set1_epi8(0x20))));
        return;
    }
#endif
    const std::uint64_t lo = lower8(load8(p)), hi = lower8(load8(p + 8));
    std::memcpy(o, &lo, 8);
    std::memcpy(o + 8, &hi, 8);
}

// lower_with_words(), its sixteen-byte steps read with SSE2 (`wide`) or as two eight-byte steps: the text lower-cased
// to `o` and its words' places to `places`, with the room lower_with_words_room() gives (the output's bytes past the
// text's own are written too, of no use). Returns the bytes written and the words, or bytes == npos, nothing of use
// written, when the text holds a character it leaves to lower() and words_of_lowered() (one of four bytes, a stray
// byte: rare, and U+FFFD may grow a byte to three).
template <bool wide>
LoweredSizes lower_with_words_to(std::string_view s, char* const o, WordSpan* const places) {
    // The steps of words_of_lowered() over the text as lower() writes it: each ASCII step lower-cased in place in the
    // output, its word edges those of its letters and digits (lower-casing keeps them letters and digits); any other
    // character lower-cased alone and its word test asked of the code point written (what words_of_lowered decodes
    // there). A word's place in the output is kept once it ends.
    constexpr LoweredSizes left = {std::string_view::npos, 0};
    const std::size_t n = s.size();
    const char* const p = s.data();
    SpanSink sink{places};
    WordEdges<SpanSink> edges(o, sink); // (at the output's offsets, which lowered keeps)
    const TwoByteTable* table = nullptr; // two_byte(), asked for at the first multibyte character
    auto continuation = [p](std::size_t k) { return (static_cast<unsigned char>(p[k]) & 0xC0) == 0x80; };
    std::size_t i = 0, w = 0; // read from s[i], written to o[w]
    while (i < n) {
        const char* step = p + i;
        unsigned rest = 16;
        alignas(16) char tail[16]; // the last bytes, fewer than sixteen, with zeros after them (no letter or digit)
        if (i + 16 > n) {
            rest = static_cast<unsigned>(n - i);
            std::uint64_t lo = 0, hi = 0;
            if (rest >= 8) {
                lo = load8(p + i);
                if (rest > 8)
                    hi = load_short(p + i + 8, rest - 8);
            } else {
                lo = load_short(p + i, rest);
            }
            std::memcpy(tail, &lo, 8);
            std::memcpy(tail + 8, &hi, 8);
            step = tail;
        }
        const Masks16 m = masks16<wide>(step);
        lower16<wide>(step, o + w);
        // The ASCII bytes before the first from 0x80 (all of them, mostly); that one is read alone below.
        const unsigned ascii = std::min(static_cast<unsigned>(std::countr_zero(m.high | 0x10000u)), rest);
        edges.at_edges(w, m.alnum, ascii);
        i += ascii;
        w += ascii;
        if (ascii == rest)
            continue;
        const auto b = static_cast<unsigned char>(p[i]);
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF && i + 1 < n && continuation(i + 1)) {
            cp = (char32_t{b} & 0x1F) << 6 | (static_cast<unsigned char>(p[i + 1]) & 0x3F);
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF && i + 2 < n && continuation(i + 1) && continuation(i + 2)) {
            cp = (char32_t{b} & 0x0F) << 12 | (char32_t{static_cast<unsigned char>(p[i + 1])} & 0x3F) << 6 |
                 (static_cast<unsigned char>(p[i + 2]) & 0x3F);
            i += 3;
        } else {
            return left;
        }
        if (table == nullptr)
            table = &two_byte();
        const char32_t low = cp < 0x800 ? char32_t{table->lower[cp]} : lower_cp(cp); // (lower_cp's table, at hand)
        if (low >= 0x10000)
            return left;
        const bool word = low < 0x80 ? ascii_word_lower[low] != 0 : low < 0x800 ? table->word[low] : is_word_char(low);
        if (word != edges.in_word())
            edges.at_edge(w);
        w = static_cast<std::size_t>(put_utf8(o + w, low) - o);
    }
    edges.finish(w);
    return {w, static_cast<std::size_t>(sink.next - places)};
}

// lower_with_words_to() into buffers kept for the next line, handed to keep(lowered, places) as views. Returns false,
// keep() not called, when the text is left to lower() and words_of_lowered().
template <bool wide, class Keep>
bool lower_with_words_as(std::string_view s, Keep&& keep) {
    thread_local std::string out_buf; // (grown, kept up to kept_spans_most words' room)
    thread_local std::vector<WordSpan> spans;
    const LoweredSizes room = lower_with_words_room(s.size());
    if (out_buf.size() < room.bytes)
        out_buf.resize(room.bytes);
    if (spans.size() < room.words)
        spans.resize(room.words);
    const LoweredSizes got = lower_with_words_to<wide>(s, out_buf.data(), spans.data());
    if (got.bytes == std::string_view::npos)
        return false;
    keep(std::string_view(out_buf.data(), got.bytes), std::span<const WordSpan>(spans.data(), got.words));
    // The room of a very long line given back (see kept_spans_most), the output's as well as the places': a line of
    // megabytes must not leave megabytes held, nor make every later line grow the places to its room again.
    if (spans.size() > kept_spans_most)
        std::vector<WordSpan>().swap(spans);
    if (out_buf.size() > 2 * kept_spans_most)
        std::string().swap(out_buf);
    return true;
}

// lower_with_words_as(), or lower() and words_of_lowered() for a text it leaves to them: keep(lowered, places).
template <bool wide, class Keep>
void lower_with_words_or_not(std::string_view s, Keep&& keep) {
    if (lower_with_words_as<wide>(s, keep))
        return;
    const std::string lowered = lower(s);
    std::vector<WordSpan> words;
    words_of_lowered_into<wide>(lowered, words);
    keep(std::string_view(lowered), std::span<const WordSpan>(words));
}

// lower_with_words() into a string and a vector of their own.
template <bool wide>
void lower_with_words_into(std::string_view s, std::string& lowered, std::vector<WordSpan>& words) {
    lower_with_words_or_not<wide>(s, [&](std::string_view low, std::span<const WordSpan> places) {
        lowered.assign(low);
        words.assign(places.begin(), places.end());
    });
}

} // namespace

std::size_t append_lower_with_words(std::string_view s, std::string& lowered, std::vector<WordSpan>& words) {
    std::size_t count = 0;
    auto keep = [&](std::string_view low, std::span<const WordSpan> places) {
        lowered.append(low);
        words.insert(words.end(), places.begin(), places.end());
        count = places.size();
    };
#if defined(__SSE2__)
    lower_with_words_or_not<true>(s, keep);
#else
    lower_with_words_or_not<false>(s, keep);
#endif
    return count;
}

LoweredSizes lower_with_words_at(std::string_view s, char* out, WordSpan* places) {
#if defined(__SSE2__)
    return lower_with_words_to<true>(s, out, places);
#else
    return lower_with_words_to<false>(s, out, places);
#endif
}

void lower_with_words(std::string_view s, std::string& lowered, std::vector<WordSpan>& words) {
#if defined(__SSE2__)
    lower_with_words_into<true>(s, lowered, words);
#else
    lower_with_words_into<false>(s, lowered, words);
#endif
}

void lower_with_words_portable(std::string_view s, std::string& lowered, std::vector<WordSpan>& words) {
    lower_with_words_into<false>(s, lowered, words);
}

std::vector<std::string> words_of_lowered(std::string_view lowered) {
#if defined(__SSE2__)
    return words_of_lowered_as<true>(lowered);
#else
    return words_of_lowered_as<false>(lowered);
#endif
}

std::vector<std::string> words_of_lowered_portable(std::string_view lowered) {
    return words_of_lowered_as<false>(lowered);
}

std::vector<std::string> words_lower(std::string_view s, std::size_t limit) {
    // Each word is built in its place in the vector (no copy), with room reserved for a word in four bytes.
    std::vector<std::string> out;
    out.reserve(std::min(s.size() / 4 + 2, limit));
    for (std::size_t i = 0; out.size() < limit;) {
        std::string& word = out.emplace_back();
        if (!next_word_lower(s, i, word)) {
            out.pop_back();
            return out;
        }
    }
    return out;
}

} // namespace archive::text
