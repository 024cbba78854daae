// A text's language: the stopword profile counted by the lexicon (src/lexicon.cpp), or else the script of its letters.
#include "lexicon.hpp"

#include "text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace archive {

std::string detect_language(std::string_view txt) {
    std::string lang = detect_language(count_stopwords(txt));
    if (lang.empty()) {
        ScriptCounts scripts;
        scripts.add(txt);
        lang = script_language(scripts);
    }
    return lang;
}

std::string detect_language(const StopwordCounts& counts) {
    // Stopword profile: the language whose stopword list covers the most tokens wins, if it covers enough.
    // Words shared by several lists ("a", "en", "die") count for each; the margin comes from the many
    // language-specific function words of running text.
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

void ScriptCounts::add(std::string_view txt) {
    for (std::size_t i = 0; i < txt.size();) {
        const char32_t c = text::next_cp(txt, i);
        if (c < 0x80) {
            latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            continue;
        }
        if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF)) {
            ++latin;
            // Czech writes ě ř ů, which no other language with Latin letters here does; Slovak ľ ĺ ŕ.
            latin_cs += c == 0x11B || c == 0x11A || c == 0x159 || c == 0x158 || c == 0x16F || c == 0x16E;
            latin_sk += c == 0x13E || c == 0x13D || c == 0x13A || c == 0x139 || c == 0x155 || c == 0x154;
        } else if (c >= 0x400 && c <= 0x4FF) {
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
    latin_cs += o.latin_cs, latin_sk += o.latin_sk;
    cyrillic_ru += o.cyrillic_ru, cyrillic_uk += o.cyrillic_uk, cyrillic_bg += o.cyrillic_bg;
    cyrillic_sr += o.cyrillic_sr, cyrillic_other += o.cyrillic_other;
    arabic_fa += o.arabic_fa, arabic_ur += o.arabic_ur, arabic_ar += o.arabic_ar;
}

int ScriptCounts::weight() const {
    // A CJK character carries about what two letters of an alphabet do.
    return latin + cyrillic + greek + hebrew + arabic + thai + 2 * (han + kana + hangul);
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
    if (major(c.latin)) {
        if (c.latin_cs * 100 >= c.latin)
            return "cs";
        if (c.latin_sk * 400 >= c.latin && c.latin_cs * 3 < c.latin_sk)
            return "sk";
    }
    return {};
}

} // namespace archive
