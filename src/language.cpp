// A text's language: detect_language(), the one decision, over what a whole text (here) or a page's blocks
// (segment.cpp) show of it: the stopword profile counted by the lexicon (src/lexicon.cpp), or else the script of its
// letters, or else a closer look at its words.
#include "lexicon.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <stdexcept>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace archive {

namespace {

// The letters and letter sequences each language's [language_letters] lists ("ß", "ñ", "ł", "ij"), with the
// languages listing each: read once a process, the first time a text needs a close look. A word is read once, byte
// by byte, for all of them: a byte and the next open an entry only where `pairs` has their bit, and are then compared
// with the entries opening with that byte (most pairs of letters open none, and most bytes of a word stop there).
struct TellingLetters {
    std::vector<std::pair<std::string_view, std::uint32_t>> entries; // (never empty: the section splits on spaces)
    std::size_t shortest = 0;
    std::array<std::uint64_t, 1024> pairs{};             // bit b | next << 8: an entry opens with byte b, then next
    std::array<std::vector<std::uint16_t>, 256> opening; // the entries opening with each byte
    // (An entry of one byte opens with it before any next byte, and before the end of a word: next 0 stands for that.)
    void add_pair(unsigned first, unsigned next) {
        pairs[(first | next << 8) / 64] |= std::uint64_t{1} << (first % 64);
    }
    bool has_pair(unsigned first, unsigned next) const {
        return (pairs[(first | next << 8) / 64] >> (first % 64) & 1) != 0;
    }
};

// (Room for the entries found in one word: a bit each.)
constexpr std::size_t most_telling_letters = 512;

const TellingLetters& telling_letters() {
    static const TellingLetters all = [] {
        TellingLetters t;
        const auto& langs = languages();
        for (std::size_t k = 0; k < langs.size(); ++k)
            for (const std::string_view e : langs[k]->list("language_letters")) {
                auto it = std::find_if(t.entries.begin(), t.entries.end(), [&e](const auto& p) { return p.first == e; });
                if (it == t.entries.end())
                    t.entries.emplace_back(e, std::uint32_t{1} << k);
                else
                    it->second |= std::uint32_t{1} << k;
            }
        if (t.entries.size() > most_telling_letters)
            throw std::logic_error("more than 512 [language_letters] entries: widen most_telling_letters");
        t.shortest = t.entries.empty() ? 0 : t.entries.front().first.size();
        for (std::size_t i = 0; i < t.entries.size(); ++i) {
            const std::string_view e = t.entries[i].first;
            t.shortest = std::min(t.shortest, e.size());
            const auto first = static_cast<unsigned char>(e.front());
            t.opening[first].push_back(static_cast<std::uint16_t>(i));
            if (e.size() >= 2)
                t.add_pair(first, static_cast<unsigned char>(e[1]));
            else
                for (unsigned next = 0; next < 256; ++next)
                    t.add_pair(first, next);
        }
        return t;
    }();
    return all;
}

// Points of one piece of evidence shared by the languages of `mask`: a word of one list only counts sixty, one
// shared by four fifteen ("die" is German and Dutch, "la" French, Spanish and Italian).
int shared_points(std::uint32_t mask, int full) {
    return full / std::max(1, std::popcount(mask));
}

} // namespace

void LanguageEvidence::add_word(std::string_view w) {
    const auto& langs = languages();
    if (points.size() < langs.size())
        points.assign(langs.size(), 0), telling_words.assign(langs.size(), 0);
    ++words;
    std::uint32_t mask = stopword_languages(w);
    if (mask == 0 && w.size() > 1 && !text::is_digit(static_cast<unsigned char>(w.front())))
        mask = listed_languages(w);
    const int full = 60;
    if (mask == 0) {
        // Letters: "größer", "niño", "przepraszam" ("sz"), "blijft" ("ij"): half a word's points, shared alike.
        const TellingLetters& letters = telling_letters();
        if (letters.entries.empty() || w.size() < letters.shortest)
            return;
        std::array<int, 32> got{}; // (a language's bit in a mask: 32 at most)
        std::bitset<most_telling_letters> found; // (an entry met twice in the word counts once)
        for (std::size_t i = 0; i < w.size(); ++i) {
            const auto first = static_cast<unsigned char>(w[i]);
            if (!letters.has_pair(first, i + 1 < w.size() ? static_cast<unsigned char>(w[i + 1]) : 0U))
                continue;
            for (const std::uint16_t k : letters.opening[first]) {
                const auto& [e, m] = letters.entries[k];
                if (found[k] || w.size() - i < e.size() || w.compare(i, e.size(), e) != 0)
                    continue;
                found[k] = true;
                for (std::uint32_t b = m; b != 0; b &= b - 1) {
                    int& g = got[static_cast<std::size_t>(std::countr_zero(b))];
                    g = std::min(full / 2, g + shared_points(m, full / 2)); // (the same in any order: capped sums)
                }
            }
        }
        for (std::size_t k = 0; k < langs.size() && k < got.size(); ++k)
            points[k] += got[k];
        return;
    }
    const int p = shared_points(mask, full);
    for (std::uint32_t b = mask; b != 0; b &= b - 1) {
        const auto k = static_cast<std::size_t>(std::countr_zero(b));
        points[k] += p;
        ++telling_words[k];
    }
}

std::string LanguageEvidence::decide() const {
    // The best language needs a word and a half of its own (or three shared by two), a quarter more points than the
    // next and half a word more, and a word of its lists in ten: else the text is too short or too mixed to tell.
    std::size_t best = 0, second = 1;
    if (points.size() < 2)
        return {};
    if (points[1] > points[0])
        std::swap(best, second);
    for (std::size_t k = 2; k < points.size(); ++k)
        if (points[k] > points[best])
            second = best, best = k;
        else if (points[k] > points[second])
            second = k;
    if (points[best] < 90 || points[best] * 4 < points[second] * 5 || points[best] - points[second] < 30 ||
        telling_words[best] * 10 < words)
        return {};
    return languages()[best]->code;
}

namespace {

// The most stopword hits of a language and the most of any other.
std::pair<int, int> best_two(const std::vector<int>& hits) {
    int best = 0, second = 0;
    for (int h : hits)
        if (h > best)
            second = best, best = h;
        else if (h > second)
            second = h;
    return {best, second};
}

} // namespace

bool clear_stopword_language(const StopwordCounts& counts) {
    // Running text of a few lines: one language's stopwords many and half as many again as any other's.
    const auto [best, second] = best_two(counts.hits);
    return best >= 20 && best * 10 >= counts.words && best * 2 >= second * 3;
}

namespace {

// Stopword profile: the language whose stopword list covers the most tokens wins, if it covers enough. Words shared
// by several lists ("a", "en", "die") count for each; the margin comes from the many language-specific function words
// of running text.
std::string stopword_language(const StopwordCounts& counts) {
    const auto& langs = languages();
    const std::vector<int>& hits = counts.hits;
    const int total = counts.words;
    std::size_t best = 0;
    for (std::size_t k = 1; k < langs.size(); ++k)
        if (hits[k] > hits[best])
            best = k;
    if (langs.empty() || total == 0 || hits[best] < 3 || hits[best] * 10 < total)
        return {};
    return langs[best]->code;
}

// The language of a text in Latin letters told by letters that only it writes: Czech's ě ř ů (one letter in a
// hundred), Slovak's ľ ĺ ŕ (one in four hundred, and thrice Czech's), or none.
std::string latin_letters_language(const ScriptCounts& c) {
    if (c.latin_cs * 100 >= c.latin)
        return "cs";
    if (c.latin_sk * 400 >= c.latin && c.latin_cs * 3 < c.latin_sk)
        return "sk";
    return {};
}

// Whether letters only Czech or Slovak writes (latin_letters_language()) may overturn a stopword win of `lang`: a
// win of Czech's own list, or of Polish's, whose short words Czech and Slovak text share.
bool letters_may_overturn(std::string_view lang) {
    return lang == "cs" || lang == "pl";
}

// What a whole text shows of its language: every word and every letter of it.
struct WholeText final : LanguageSource {
    std::string_view txt;
    explicit WholeText(std::string_view t) : txt(t) {}
    StopwordCounts stopwords() const override { return count_stopwords(txt); }
    ScriptCounts scripts() const override {
        ScriptCounts scripts;
        scripts.add(txt);
        return scripts;
    }
    void add_words(LanguageEvidence& evidence) const override {
        std::string w;
        for (std::size_t i = 0; text::next_word_lower(txt, i, w);)
            evidence.add_word(w);
    }
};

} // namespace

std::string detect_language(const LanguageSource& source) {
    // Running text of a few lines tells its language by its stopwords. A short or mixed text by its script then: a
    // script of its own, or the letters of Czech or Slovak, tell a language with no word lists, which a stopword of
    // another language ("je", "na") would not. Then by a closer look at its words (see LanguageEvidence).
    // A text in Latin letters of a language without word lists (foreign_latin()) tells none, whatever stopwords it
    // shares with ours: asked of every text past the stopwords, and of running text whose stopwords cover under a
    // quarter of the words and under two and a half times another language's (a Danish page's English-looking "for",
    // "at", "i": a tenth of its words, 1.7 times the German and Dutch ones; 20 of the 672 corpus pages, whose letters
    // are then read again).
    // Letters only one language writes, in a majority of Latin letters, outweigh a stopword win of a language whose
    // short words they share: a Czech text holds many of Polish's ("a", "na", "do", "to", "że"), a Slovak one many of
    // Czech's. (The letters are read, a pass over every letter of the text, only where they can overturn the win.)
    const StopwordCounts counts = source.stopwords();
    if (clear_stopword_language(counts)) {
        std::string lang = stopword_language(counts);
        const auto [best, second] = best_two(counts.hits);
        const bool thin = best * 4 < counts.words && best * 2 < second * 5;
        if (!thin && !letters_may_overturn(lang))
            return lang;
        const ScriptCounts scripts = source.scripts();
        if (std::string own = latin_letters_language(scripts); !own.empty() && scripts.latin * 2 > scripts.weight())
            return own;
        if (thin && foreign_latin(scripts))
            return {};
        return lang;
    }
    const ScriptCounts scripts = source.scripts();
    if (std::string lang = script_language(scripts); !lang.empty())
        return lang;
    if (foreign_latin(scripts))
        return {};
    LanguageEvidence evidence;
    source.add_words(evidence);
    return evidence.decide();
}

std::string detect_language(std::string_view txt) {
    return detect_language(WholeText(txt));
}

void ScriptCounts::add(std::string_view txt) {
    // (The word being read: whether it opened with a small letter, and whether it was counted as foreign already.)
    bool in_word = false, small_word = false, counted = false;
    for (std::size_t i = 0; i < txt.size();) {
        const char32_t c = text::next_cp(txt, i);
        if (c < 0x80) {
            const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            latin += letter;
            if (letter && !in_word)
                small_word = c >= 'a', counted = false;
            in_word = letter;
            continue;
        }
        if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF)) {
            ++latin;
            if (!in_word)
                small_word = text::is_lower(c), counted = false;
            in_word = true;
            // Czech writes ě ř ů, which no other language with Latin letters here does; Slovak ľ ĺ ŕ.
            latin_cs += c == 0x11B || c == 0x11A || c == 0x159 || c == 0x158 || c == 0x16F || c == 0x16E;
            latin_sk += c == 0x13E || c == 0x13D || c == 0x13A || c == 0x139 || c == 0x155 || c == 0x154;
            // A word opening with a small letter (no name) and holding ă ș ț ş ţ (Romanian, ş Turkish too), æ ø å
            // (Danish, Norwegian, å Swedish), ğ ı (Turkish), ő ű (Hungarian) or ð þ (Icelandic).
            if (small_word && !counted &&
                (c == 0x103 || c == 0x219 || c == 0x21B || c == 0x15F || c == 0x163 || c == 0xE6 || c == 0xF8 ||
                 c == 0xE5 || c == 0x11F || c == 0x131 || c == 0x151 || c == 0x171 || c == 0xF0 || c == 0xFE))
                ++latin_foreign, counted = true;
            continue;
        }
        in_word = false;
        if (c >= 0x400 && c <= 0x4FF) {
            ++cyrillic;
            const char32_t l = c >= 0x400 && c <= 0x40F ? c + 0x50 : c >= 0x410 && c <= 0x42F ? c + 0x20 : c;
            if (l == 0x44B || l == 0x44D || l == 0x451) // ы э ё: Russian, not Ukrainian nor Bulgarian
                ++cyrillic_ru;
            else if (l == 0x456 || l == 0x457 || l == 0x454 || l == 0x491 || l == 0x490) // і ї є ґ
                ++cyrillic_uk;
            else if (l == 0x44A) // ъ: a common vowel in Bulgarian, rare in Russian
                ++cyrillic_bg;
            else if (l == 0x452 || l == 0x458 || l == 0x459 || l == 0x45A || l == 0x45B || l == 0x45F) // ђ ј љ њ ћ џ
                ++cyrillic_sr;
            else if (l < 0x430 || l > 0x44F)
                ++cyrillic_other;
        } else if ((c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387) || (c >= 0x1F00 && c <= 0x1FFF)) {
            ++greek;
        } else if (c >= 0x5D0 && c <= 0x5EA) {
            ++hebrew;
        } else if ((c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3)) {
            ++arabic;
            // Persian writes ی ک for Arabic's ي ك and adds پ چ ژ گ; Urdu adds ٹ ڈ ڑ ں ے ہ besides.
            arabic_fa += c == 0x6CC || c == 0x6A9 || c == 0x67E || c == 0x686 || c == 0x698 || c == 0x6AF;
            arabic_ur += c == 0x679 || c == 0x688 || c == 0x691 || c == 0x6BA || c == 0x6D2 || c == 0x6C1;
            arabic_ar += c == 0x64A || c == 0x643 || c == 0x629;
        } else if (c >= 0xE01 && c <= 0xE4E) {
            ++thai;
        } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
                   (c >= 0x20000 && c <= 0x2FFFF)) {
            ++han;
        } else if ((c >= 0x3041 && c <= 0x30FA) || c == 0x30FC || (c >= 0x31F0 && c <= 0x31FF) ||
                   (c >= 0xFF66 && c <= 0xFF9D)) { // (ー lengthens a katakana vowel)
            ++kana;
        } else if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318E)) {
            ++hangul;
        }
    }
}

void ScriptCounts::add(const ScriptCounts& o) {
    latin += o.latin, cyrillic += o.cyrillic, greek += o.greek, hebrew += o.hebrew, arabic += o.arabic;
    thai += o.thai, han += o.han, kana += o.kana, hangul += o.hangul;
    latin_cs += o.latin_cs, latin_sk += o.latin_sk, latin_foreign += o.latin_foreign;
    cyrillic_ru += o.cyrillic_ru, cyrillic_uk += o.cyrillic_uk, cyrillic_bg += o.cyrillic_bg;
    cyrillic_sr += o.cyrillic_sr, cyrillic_other += o.cyrillic_other;
    arabic_fa += o.arabic_fa, arabic_ur += o.arabic_ur, arabic_ar += o.arabic_ar;
}

int ScriptCounts::weight() const {
    // A CJK character carries about what two letters of an alphabet do.
    return latin + cyrillic + greek + hebrew + arabic + thai + 2 * (han + kana + hangul);
}

bool foreign_latin(const ScriptCounts& c) {
    const int fewest = 3, one_in = 200;
    return c.latin_foreign >= fewest && c.latin_foreign * one_in >= c.latin;
}

std::string script_language(const ScriptCounts& c) {
    // The script of most of the letters, if it holds more than half of them: a page in one language with a menu or
    // a name in another still has its own script in the majority.
    const int total = c.weight();
    if (total < 20)
        return {};
    const auto major = [total](int weighed) { return weighed * 2 > total; };
    if (major(2 * (c.han + c.kana)))
        return c.kana * 10 >= c.han + c.kana ? "ja" : "zh"; // Japanese writes kana among its kanji, Chinese none
    if (major(2 * c.hangul))
        return "ko";
    if (major(c.greek))
        return "el";
    if (major(c.hebrew))
        return "he";
    if (major(c.thai))
        return "th";
    if (major(c.arabic)) {
        if (c.arabic_ur * 50 >= c.arabic)
            return "ur";
        if (c.arabic_fa * 50 >= c.arabic && c.arabic_fa > 3 * c.arabic_ar)
            return "fa";
        return c.arabic_fa > c.arabic_ar ? std::string() : "ar";
    }
    if (major(c.cyrillic)) {
        // The letters of their own (and none of Belarusian, Macedonian, Kazakh...) tell the four apart; a text of
        // none of them is too short to tell.
        const int n = c.cyrillic;
        if (c.cyrillic_other * 200 >= n)
            return {};
        if (c.cyrillic_sr * 100 >= n && c.cyrillic_sr > c.cyrillic_uk && c.cyrillic_sr > c.cyrillic_ru)
            return "sr";
        if (c.cyrillic_uk * 100 >= n && c.cyrillic_uk > c.cyrillic_ru)
            return "uk";
        if (c.cyrillic_bg * 200 >= n && c.cyrillic_bg > c.cyrillic_ru)
            return "bg";
        if (c.cyrillic_ru * 200 >= n)
            return "ru";
        return {};
    }
    if (major(c.latin))
        return latin_letters_language(c);
    return {};
}

} // namespace archive
