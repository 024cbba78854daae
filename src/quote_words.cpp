// The words of a paragraph as the quotes stage reads them: words_into() splits a unit's text into words and marks,
// lower-cases them into a store that lives for the page, and tags each word of the lexicons' lists; words_between()
// takes a sentence's words from its paragraph's. The word lists themselves (WordTags, in_list(), section_of(),
// person_title()) are in quote_word_tags.cpp; the speech-verb cues in quote_cues.cpp.
#include "quote_words.hpp"
#include "quote_word_tags.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archive::quoting {

namespace {

bool apostrophe(char32_t cp) {
    return cp == '\'' || cp == 0x2019;
}

// "Genius.com", "spiegel.de", "bbc.co.uk": a dot at `dot` glued to the word before it and to two to six lower-case ASCII
// letters after it, which no letter, digit or hyphen follows (or another such dot), is a web address's, inside the
// word: the end of the address, else `dot`. (No sentence is split there: "Genius.com wirft Google vor" names a site.)
std::size_t domain_end(std::string_view s, std::size_t dot, std::size_t to) {
    const std::size_t least = 2, most = 6;
    std::size_t end = dot;
    while (end < to && s[end] == '.') {
        std::size_t k = end + 1;
        while (k < to && s[k] >= 'a' && s[k] <= 'z' && k - end <= most)
            ++k;
        if (k - end - 1 < least ||
            (k < to && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') ||
                        s[k] == '-')))
            break;
        end = k;
    }
    return end;
}

// "John F. Kennedy": a capital letter with a dot, before a capitalised word, is an initial.
bool initial_before_name(std::string_view s, std::size_t b, std::size_t e, std::size_t to) {
    if (e - b != 1 || !text::is_upper(static_cast<unsigned char>(s[b])) || e + 2 >= to || s[e] != '.')
        return false;
    // "G.K. Butterfield": initials glued to each other
    if (text::is_upper(static_cast<unsigned char>(s[e + 1])) && s[e + 2] == '.')
        return true;
    if (s[e + 1] != ' ')
        return false;
    std::size_t k = e + 2;
    return text::is_upper(text::next_cp(s, k));
}

// The n ASCII bytes at `from`, lower-cased, to `to`: eight bytes at a time, a capital gaining 0x20.
void lower_ascii(const char* from, std::size_t n, char* to) {
    std::size_t j = 0;
    for (; j + 8 <= n; j += 8) {
        const std::uint64_t v = text::lower8(text::load8(from + j));
        std::memcpy(to + j, &v, 8);
    }
    for (; j < n; ++j) {
        const char c = from[j];
        to[j] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
}

// The n ASCII bytes at p hold a capital letter: eight bytes at a time, the last eight read whole.
bool has_capital(const char* p, std::size_t n) {
    if (n < 8)
        return std::any_of(p, p + n, [](char c) { return c >= 'A' && c <= 'Z'; });
    for (std::size_t j = 0; j + 8 < n; j += 8)
        if (text::in_range8(text::load8(p + j), 'A', 'Z') != 0)
            return true;
    return text::in_range8(text::load8(p + n - 8), 'A', 'Z') != 0;
}

// The bytes of a text that are no ASCII letter or digit (a space, a mark, a byte from 0x80): where a run of ASCII
// letters and digits ends. Read sixteen bytes at a time and kept: the next words (two or three in sixteen bytes of
// prose) find their ends in the same bits, without a look at each byte.
class AlnumStops {
public:
    explicit AlnumStops(std::string_view s) : s_(s) {}
    /// Bit k set: byte at + k is no ASCII letter or digit, for the first eight bytes at least (at + 16 <= s.size()).
    unsigned from(std::size_t at) {
        if (at - block_ > 8) { // (before the first block too: block_ starts far past any position)
            block_ = at;
            bits_ = stops16(s_.data() + at);
        }
        return bits_ >> (at - block_);
    }
    /// The bits of the sixteen bytes from `at` (at + 16 <= s.size()), read afresh, kept for the next words.
    unsigned whole16(std::size_t at) {
        block_ = at;
        bits_ = stops16(s_.data() + at);
        return bits_;
    }

private:
    static unsigned stops16(const char* p) {
#if defined(__SSE2__)
        // (each range test moves its range to the bottom of the signed bytes, where one comparison finds it)
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i lowered = _mm_or_si128(v, _mm_set1_epi8(0x20));
        const __m128i letters = _mm_cmpgt_epi8(_mm_set1_epi8(-127 + ('z' - 'a')),
                                               _mm_add_epi8(lowered, _mm_set1_epi8(static_cast<char>(-128 - 'a'))));
        const __m128i digits = _mm_cmpgt_epi8(_mm_set1_epi8(-127 + ('9' - '0')),
                                              _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(-128 - '0'))));
        return ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, digits))) & 0xFFFFu;
#else
        unsigned bits = 0;
        for (unsigned k = 0; k < 16; ++k) {
            const auto c = static_cast<unsigned char>(p[k]);
            const bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
            bits |= alnum ? 0u : 1u << k;
        }
        return bits;
#endif
    }
    std::string_view s_;
    std::size_t block_ = std::string_view::npos - 16; // where bits_ were read
    unsigned bits_ = 0;
};

// The lower-cased words of words_of, in blocks that never move; emptied (and reused) for each page. (A block's bytes
// are not zeroed when it is taken: a small page's words fill a few of its 64 KB, and zeroing the rest cost it 16 fresh
// pages of memory, each faulted in.)
struct WordStore {
    struct Block {
        std::unique_ptr<char[]> bytes;
        std::size_t size = 0;
    };
    std::vector<Block> blocks;
    std::size_t block = 0;             // the block being filled (blocks.size() before the first)
    char *next = nullptr, *end = nullptr; // its free bytes

    char* take(std::size_t n) {
        if (static_cast<std::size_t>(end - next) < n)
            next_block(n);
        char* p = next;
        next += n;
        return p;
    }
    void next_block(std::size_t n) {
        block = next == nullptr ? 0 : block + 1; // (after a reset, from the first block again)
        while (block < blocks.size() && blocks[block].size < n)
            ++block;
        if (block >= blocks.size()) {
            const std::size_t size = std::max<std::size_t>(n, std::size_t{1} << 16);
            blocks.push_back(Block{std::make_unique_for_overwrite<char[]>(size), size});
            block = blocks.size() - 1;
        }
        next = blocks[block].bytes.get();
        end = next + blocks[block].size;
    }
    // Hands back the last `n` bytes of the last take (a word lower-cased in room for its longest lower case).
    void give_back(std::size_t n) { next -= n; }
    void reset() { next = end = nullptr; }
};

WordStore& word_store() {
    thread_local WordStore store;
    return store;
}

// The first position from `end` on, before `to`, whose byte is no ASCII letter or digit (0 in `alnum`), or `to`:
// four bytes a step while four remain, with one bound check for them (most of a word is such bytes; eight bytes
// tested at once cost more than the four or five bytes after a word's first).
std::size_t past_ascii_alnum(std::string_view s, std::size_t end, std::size_t to, const std::array<char, 256>& alnum) {
    const auto at = [s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    for (; end + 4 <= to; end += 4) {
        if (alnum[at(end)] == 0)
            return end;
        if (alnum[at(end + 1)] == 0)
            return end + 1;
        if (alnum[at(end + 2)] == 0)
            return end + 2;
        if (alnum[at(end + 3)] == 0)
            return end + 3;
    }
    while (end < to && alnum[at(end)] != 0)
        ++end;
    return end;
}

// "Dipl.-Ing.", "Univ.-Prof.", "Dr.-Ing.": after an abbreviation that took its dot (ending at `dot_end`), a hyphen
// and a capitalised abbreviation of the lists with its own dot join it, one title read as that last part (its first
// byte in `joined`, else npos); "Dr. med.", "Dr. rer. nat.", "Dr.-Ing. habil.": so do the parts of a degree after it,
// a space before each, in small letters with a dot, titles of the lists, which leave its reading as it is. The end of
// the title's last dot, else dot_end.
std::size_t title_end(std::string_view s, std::size_t dot_end, std::size_t to, const WordTags& tags,
                      std::size_t& joined) {
    const std::size_t most = 8; // letters of a part
    char low[most + 2];
    joined = std::string_view::npos;
    std::size_t end = dot_end;
    while (end + 2 < to && (s[end] == '-' || s[end] == ' ')) {
        const bool hyphen = s[end] == '-';
        const char first = s[end + 1];
        if (hyphen ? first < 'A' || first > 'Z' : first < 'a' || first > 'z')
            break;
        std::size_t k = end + 2;
        while (k < to && k - end <= most && s[k] >= 'a' && s[k] <= 'z')
            ++k;
        if (k >= to || s[k] != '.')
            break;
        const std::size_t n = k - end; // (the letters and the dot: only the first may be a capital)
        std::memcpy(low, s.data() + end + 1, n);
        low[0] = static_cast<char>(low[0] | 0x20);
        if (hyphen ? (tags.of(std::string_view(low, n - 1)) & WordTags::abbreviation) == 0
                   : (tags.of(std::string_view(low, n)) & WordTags::person_title) == 0)
            break;
        if (hyphen)
            joined = end + 1;
        end = k + 1;
    }
    return end;
}

} // namespace

bool elided_article(std::string_view w) {
    for (std::size_t i = 0; i < w.size();) {
        std::size_t at = i;
        char32_t cp = text::next_cp(w, i);
        if (apostrophe(cp) && at > 0 && i < w.size()) {
            std::size_t k = i;
            return !text::is_upper(text::next_cp(w, k));
        }
    }
    return false;
}

void reset_word_store() {
    word_store().reset();
}

std::vector<Word> words_of(std::string_view s, std::size_t from, std::size_t to,
                           const std::vector<const Lexicon*>* lexs) {
    std::vector<Word> out;
    words_into(out, s, from, to, lexs);
    return out;
}

WordsSeen words_into(std::vector<Word>& out, std::string_view s, std::size_t from, std::size_t to,
                     const std::vector<const Lexicon*>* lexs) {
    // ASCII letters and digits lower-cased, 0 for every other byte.
    static constexpr auto ascii_lower = [] {
        std::array<char, 256> bytes{};
        for (int c = 0; c < 128; ++c)
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                bytes[static_cast<std::size_t>(c)] = static_cast<char>(c);
            else if (c >= 'A' && c <= 'Z')
                bytes[static_cast<std::size_t>(c)] = static_cast<char>(c + ('a' - 'A'));
        return bytes;
    }();
    // The ASCII bytes that end a word after its letters and digits at once: all but '-' and '\'' (inside a word
    // between two letters) and '/' (between two digits).
    static constexpr auto ends_word = [] {
        std::array<bool, 256> bytes{};
        for (int c = 0; c < 128; ++c)
            bytes[static_cast<std::size_t>(c)] = c != '-' && c != '\'' && c != '/';
        return bytes;
    }();
    const WordTags* tags = lexs != nullptr ? &word_tags(*lexs) : nullptr;
    WordStore& store = word_store();
    AlnumStops stops(s);
    out.clear();
    out.reserve(to > from ? (to - from) / 5 + 1 : 0); // about a word or a mark in five bytes of prose
    // (what the words showed, in locals of the loop, not in a struct)
    std::uint16_t seen_tags = 0;
    bool seen_hyphen = false, seen_dot = false, seen_mark = false;
    std::size_t i = from;
    while (i < to) {
        if (s[i] == ' ') { // (the usual space, before decoding)
            ++i;
            continue;
        }
        const std::size_t at = i;
        std::size_t alnum_end = at; // (the ASCII letters and digits from `at` found below: no need to read them again)
        // Most words are fewer than eight ASCII letters and digits and a byte that ends them ("the ", "Harbor,"): their
        // end is the first stop after their first byte, their capitals, lower case and WordTags' key are read from
        // their eight bytes at once, and the word is built here.
        if (ascii_lower[static_cast<unsigned char>(s[at])] != 0 && at + 16 <= s.size()) {
            const auto n = static_cast<std::size_t>(std::countr_zero(stops.from(at) | 0x100u)); // (1 to 8)
            const std::size_t end = at + n;
            const std::uint64_t raw8 = text::load8(s.data() + at);
            // (the byte after the word, read once: n < 8 puts it among the eight bytes read)
            const char stop = static_cast<char>(raw8 >> (8 * (n & 7)));
            if (n < 8 && end < to && ends_word[static_cast<unsigned char>(stop)]) {
                const std::uint64_t in_word = (std::uint64_t{1} << (8 * n)) - 1;
                const std::uint64_t capitals = text::in_range8(raw8, 'A', 'Z') & in_word;
                // (the word lower-cased, text::lower8 of its bytes, and zeros above them: WordTags' key)
                const std::uint64_t low_bytes = (raw8 | (capitals >> 2)) & in_word;
                // (a word before a full stop is taken here when it cannot take the dot: not a capital alone, which
                // may be an initial, "J. Roe", nor an abbreviation, "approx.")
                if (stop != '.' ||
                    (!(n == 1 && capitals != 0) &&
                     (tags == nullptr || (tags->of_short_bytes(low_bytes, n) & WordTags::abbreviation) == 0) &&
                     domain_end(s, end, to) == end)) {
                    Word& w = out.emplace_back();
                    w.b = at;
                    w.e = end;
                    if (capitals == 0) {
                        w.low = std::string_view(s.data() + at, n); // (its own lower case: a view of the text)
                    } else {
                        // (the bytes past its end are written in room given back)
                        char* low = store.take(8);
                        const std::uint64_t v = raw8 | (capitals >> 2);
                        std::memcpy(low, &v, 8);
                        store.give_back(7 - n);
                        w.low = std::string_view(low, n);
                        w.upper = (capitals & 0x80) != 0;
                        w.acronym = w.upper && n >= 2 && (text::in_range8(raw8, 'a', 'z') & in_word) == 0;
                    }
                    if (tags != nullptr) {
                        w.tags = tags->of_short_bytes(low_bytes, n);
                        w.tagged = true;
                        seen_tags |= w.tags;
                    }
                    i = stop == ' ' ? end + 1 : end;
                    continue;
                }
            }
            alnum_end = std::min(end, to);
            // A word of eight to fifteen ASCII letters and digits ending at such a byte but a full stop ("politicians",
            // "Government,"): its end is the first stop of the sixteen bytes from its first, and its capitals and lower
            // case are read from its first eight bytes and its last eight (which overlap): the same word as the loop
            // below builds (ASCII, no hyphen, no dot taken, lower-cased in the store only when it has a capital), in
            // one step. (A dot after it may be an abbreviation's: the loop reads that word.)
            if (n == 8) {
                const auto m = static_cast<std::size_t>(std::countr_zero(stops.whole16(at) | 0x10000u)); // (8 to 16)
                const std::size_t long_end = at + m;
                if (m < 16 && long_end < to && ends_word[static_cast<unsigned char>(s[long_end])] && s[long_end] != '.') {
                    const std::uint64_t head = raw8, tail = text::load8(s.data() + long_end - 8);
                    const std::uint64_t head_capitals = text::in_range8(head, 'A', 'Z');
                    Word& w = out.emplace_back();
                    w.b = at;
                    w.e = long_end;
                    if ((head_capitals | text::in_range8(tail, 'A', 'Z')) == 0) {
                        w.low = s.substr(at, m);
                    } else {
                        char* low = store.take(m);
                        const std::uint64_t low_head = text::lower8(head), low_tail = text::lower8(tail);
                        std::memcpy(low, &low_head, 8);
                        std::memcpy(low + m - 8, &low_tail, 8);
                        w.low = std::string_view(low, m);
                        w.upper = (head_capitals & 0x80) != 0;
                        w.acronym =
                            w.upper && (text::in_range8(head, 'a', 'z') | text::in_range8(tail, 'a', 'z')) == 0;
                    }
                    if (tags != nullptr) {
                        w.tags = tags->of(w.low);
                        w.tagged = true;
                        seen_tags |= w.tags;
                    }
                    i = s[long_end] == ' ' ? long_end + 1 : long_end;
                    continue;
                }
                alnum_end = std::min(long_end, to);
            }
        }
        // (an ASCII letter or digit opens most words: it is no space and a word character, without decoding it;
        // the positions a decoding moves are copies, so that the loop's own stay in registers)
        char32_t cp = static_cast<unsigned char>(s[i]);
        // ("," "." "(": an ASCII byte that is no letter, digit nor space and no word character is a mark of one byte,
        // its own code point: built here, as the loop below builds it after decoding it)
        if (cp < 0x80 && ascii_lower[cp] == 0 && !text::is_space(cp) && !text::is_word_char(cp)) {
            Word& w = out.emplace_back();
            w.b = at;
            w.e = at + 1;
            w.low = std::string_view(s.data() + at, 1); // (punctuation is its own lower case: a view of the text)
            w.punct = true;
            seen_mark = seen_mark || quote_mark_byte[cp];
            ++i;
            continue;
        }
        bool word = true;
        if (ascii_lower[cp] != 0) {
            ++i;
        } else {
            std::size_t k = i;
            cp = text::next_cp(s, k);
            i = k;
            if (text::is_space(cp))
                continue;
            word = text::is_word_char(cp);
        }
        if (word) {
            std::size_t end = std::max(i, alnum_end);
            bool ascii = cp < 0x80; // most words: lower-cased here, without text::lower
            bool latin1 = ascii;    // or else made of ASCII and of Latin-1 letters after its first letter
            bool hyphen = false;
            while (end < to) {
                // (ASCII letters and digits, most of a word, passed without decoding them)
                end = past_ascii_alnum(s, end, to, ascii_lower);
                if (end >= to)
                    break;
                // (a space, a comma, a full stop: ASCII other than a letter, a digit, a hyphen, an apostrophe or a
                // slash ends it; one look-up for the space after most words)
                const auto b = static_cast<unsigned char>(s[end]);
                if (ends_word[b]) {
                    if (const std::size_t d = b == '.' ? domain_end(s, end, to) : end; d != end) {
                        end = d; // (a web address, "Genius.com")
                        continue;
                    }
                    break;
                }
                // A slash between digits stays in the word: "9/11", "24/7" (a date or a number read as one word).
                if (b == '/') {
                    if (end > from && end + 1 < to && s[end - 1] >= '0' && s[end - 1] <= '9' && s[end + 1] >= '0' &&
                        s[end + 1] <= '9') {
                        end += 2;
                        continue;
                    }
                    break;
                }
                // "ü", "é", "ß": a Latin-1 letter (0xC3 and a byte but those of "×" and "÷") is a word character,
                // found without decoding it; so is "ł", "ś", "č", any of U+0100..U+017F (0xC4 or 0xC5 and a byte),
                // which are all letters.
                if (b >= 0xC3 && b <= 0xC5 && end + 1 < to) {
                    if (const auto b2 = static_cast<unsigned char>(s[end + 1]);
                        (b2 & 0xC0) == 0x80 && (b != 0xC3 || (b2 != 0x97 && b2 != 0xB7))) {
                        ascii = false;
                        latin1 = latin1 && b == 0xC3;
                        end += 2;
                        continue;
                    }
                }
                latin1 = latin1 && b < 0x80; // (a hyphen or an apostrophe lower-cases to itself)
                std::size_t k = end;
                char32_t c = text::next_cp(s, k);
                if (text::is_word_char(c)) {
                    ascii = ascii && c < 0x80;
                    end = k;
                    continue;
                }
                // Inside a word: hyphens ("a-t-il", "Jean-Marc") and apostrophes ("aujourd'hui", "O'Neill").
                if ((c == '-' || apostrophe(c)) && k < to) {
                    std::size_t k2 = k;
                    char32_t c2 = text::next_cp(s, k2);
                    if (text::is_word_char(c2)) {
                        ascii = ascii && c < 0x80;
                        hyphen = hyphen || c == '-';
                        end = k;
                        continue;
                    }
                }
                break;
            }
            Word& w = out.emplace_back(); // built in its place
            w.b = at;
            // The lower-cased word goes to the store, with room for a dot after it; a word without capitals, most
            // words, is its own lower case: a view of the text (`low` stays null), the dot after it included.
            char* low = nullptr;
            std::size_t low_size = 0;
            // The bytes of a short ASCII word lower-cased, the first lowest and zeros above them (WordTags' key for
            // it), 0 when the word is read otherwise.
            std::uint64_t low_bytes = 0;
            if (ascii) { // (letters, digits, '-' and '\'': only the capitals change)
                low_size = end - at;
                if (low_size < 8 && at + 8 <= s.size()) {
                    // (a short word in one step of eight bytes: those past its end are written in room given
                    // back, or overwritten by the dot)
                    const std::uint64_t raw8 = text::load8(s.data() + at);
                    const std::uint64_t in_word = (std::uint64_t{1} << (8 * low_size)) - 1;
                    const std::uint64_t capitals = text::in_range8(raw8, 'A', 'Z') & in_word;
                    low_bytes = raw8 & in_word;
                    if (capitals != 0) {
                        low = store.take(8);
                        const std::uint64_t v = raw8 | (capitals >> 2); // (text::lower8 of its bytes)
                        std::memcpy(low, &v, 8);
                        store.give_back(7 - low_size);
                        low_bytes = v & in_word;
                    }
                } else if (has_capital(s.data() + at, low_size)) {
                    low = store.take(low_size + 1);
                    lower_ascii(s.data() + at, low_size, low);
                }
            } else if (latin1) {
                // ("Müller", "für", "Élodie" after its first letter) ASCII capitals gain 0x20, and so do the second
                // bytes of the Latin-1 capitals "À".."Þ" (but "×"): text::lower's result, in as many bytes.
                low_size = end - at;
                low = store.take(low_size + 1);
                for (std::size_t j = 0; j < low_size; ++j) {
                    const auto c = static_cast<unsigned char>(s[at + j]);
                    low[j] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
                    if (c == 0xC3) {
                        const auto c2 = static_cast<unsigned char>(s[at + j + 1]);
                        low[++j] = static_cast<char>(c2 <= 0x9E && c2 != 0x97 ? c2 + 0x20 : c2);
                    }
                }
            } else {
                // (lower_into writes at most three bytes for each byte and eight more)
                const std::size_t room = 3 * (end - at) + 8;
                low = store.take(room + 1);
                low_size = text::lower_into(s.substr(at, end - at), low);
                store.give_back(room - low_size);
            }
            w.low = std::string_view(low != nullptr ? low : s.data() + at, low_size);
            // (abbreviation(lexs, w.low) from the tags: words_of has them when it has lexicons)
            if (end < to && s[end] == '.' &&
                (initial_before_name(s, at, end, to) ||
                 (tags != nullptr && (tags->of(w.low) & WordTags::abbreviation)))) {
                // (and the tags of the word without its dot, as a sentence ending with the dot reads it: "J.")
                if (tags != nullptr)
                    seen_tags |= tags->of(w.low);
                ++end;
                if (low != nullptr)
                    low[low_size] = '.';
                w.low = std::string_view(w.low.data(), low_size + 1); // (a view takes the text's own dot)
                low_bytes = 0;
                seen_dot = true;
                std::size_t joined = std::string_view::npos;
                if (const std::size_t title = tags != nullptr ? title_end(s, end, to, *tags, joined) : end;
                    title != end) {
                    if (joined != std::string_view::npos) {
                        const std::size_t n = s.find('.', joined) + 1 - joined; // (the last part and its dot)
                        char* last = store.take(n);
                        std::memcpy(last, s.data() + joined, n);
                        last[0] = static_cast<char>(last[0] | 0x20); // (a capital, then small letters and the dot)
                        w.low = std::string_view(last, n);
                    }
                    end = title;
                }
            }
            w.e = end;
            // (the space after most words is passed here, not by one more turn of the loop)
            i = end < to && s[end] == ' ' ? end + 1 : end;
            const bool upper = text::is_upper(cp);
            w.upper = upper;
            if (upper) { // (a word in lower case is no acronym: `acronym` stays false, unwritten)
                const std::string_view raw(s.data() + at, end - at);
                // w.low is text::lower(raw) (a final '.' lower-cases to itself); an ASCII word opening with a capital
                // differs from it at once.
                w.acronym = (ascii ? raw.size() : text::length_cp(raw)) >= 2 && (ascii || w.low != raw) &&
                            std::none_of(raw.begin(), raw.end(), [](char c) { return c >= 'a' && c <= 'z'; });
                // ("L'AG", "L'Oréal", "D'Alema": a capital after the apostrophe is a name's)
                if (const std::size_t rest = raw.size() - after_elision(raw).size(); rest != 0 && rest < raw.size()) {
                    std::size_t r = rest;
                    w.elided = !text::is_upper(text::next_cp(raw, r));
                }
            }
            if (tags != nullptr) {
                w.tags = low_bytes != 0 ? tags->of_short_bytes(low_bytes, low_size) : tags->of(w.low);
                w.hyphen = hyphen;
                w.tagged = true;
                seen_tags |= w.tags;
            }
            seen_hyphen |= hyphen;
        } else {
            Word& w = out.emplace_back();
            w.b = at;
            w.e = i;
            w.low = s.substr(at, i - at); // (punctuation is its own lower case: a view of the text)
            w.punct = true;
            // (a dash, "…" or "€" opens with a byte of a quote mark too, but is none: a unit with no other mark needs
            // no search for quotes)
            seen_mark = seen_mark || (quote_mark_byte[static_cast<unsigned char>(s[at])] &&
                                      (cp < 0x80 || text::is_quote_mark(cp)));
        }
    }
    return WordsSeen{seen_tags, seen_hyphen, seen_dot, seen_mark};
}

WordsBetween words_between_parts(std::string_view s, const std::vector<Word>& ws, std::size_t from, std::size_t to,
                                 const std::vector<const Lexicon*>* lexs) {
    // Reading a word looks at most four bytes past its end and compares positions with `to` only there: the words
    // ending more than four bytes before `to` are read alike either way; the last few are read again up to `to`
    // (the dot after an initial, "F.", is kept before a name, not at the end of a sentence).
    auto first = std::lower_bound(ws.begin(), ws.end(), from, [](const Word& w, std::size_t v) { return w.b < v; });
    // (words are in order and do not overlap: their ends are in order too)
    auto inner_end = std::lower_bound(first, ws.end(), to, [](const Word& w, std::size_t v) { return w.e + 4 < v; });
    WordsBetween out;
    out.first = static_cast<std::size_t>(first - ws.begin());
    // The last words are read alike too, and taken from ws, when none of them runs past `to` and none took a dot
    // as an initial with fewer than two bytes after it before `to` (the only reading that looks that far).
    auto last = inner_end;
    bool alike = true;
    for (; last != ws.end() && last->b < to && alike; ++last)
        alike = last->e <= to && (last->punct || last->low.empty() || last->low.back() != '.' || last->e + 1 < to);
    if (alike) {
        out.inner_end = static_cast<std::size_t>(last - ws.begin());
        return out;
    }
    out.inner_end = static_cast<std::size_t>(inner_end - ws.begin());
    out.tail = words_of(s, inner_end == ws.end() ? to : std::min(inner_end->b, to), to, lexs);
    return out;
}

std::vector<Word> words_between(std::string_view s, const std::vector<Word>& ws, std::size_t from, std::size_t to,
                                const std::vector<const Lexicon*>* lexs) {
    return words_between(ws, words_between_parts(s, ws, from, to, lexs));
}

std::vector<Word> words_between(const std::vector<Word>& ws, WordsBetween parts) {
    std::vector<Word> out;
    words_between_into(out, ws, std::move(parts));
    return out;
}

void words_between_into(std::vector<Word>& out, const std::vector<Word>& ws, WordsBetween parts) {
    out.clear();
    out.reserve(parts.inner_end - parts.first + parts.tail.size());
    out.insert(out.end(), ws.begin() + static_cast<std::ptrdiff_t>(parts.first),
               ws.begin() + static_cast<std::ptrdiff_t>(parts.inner_end));
    out.insert(out.end(), std::make_move_iterator(parts.tail.begin()), std::make_move_iterator(parts.tail.end()));
}

} // namespace archive::quoting
