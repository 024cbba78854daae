// A person the text names by a given name alone (lone_given_name, quote_lone_names.hpp).
#include "quote_lone_names.hpp"
#include "quote_ages.hpp"
#include "quote_cues.hpp"
#include "quote_nouns.hpp"
#include "quote_trades.hpp"
#include "quote_word_tags.hpp"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace archive::quoting {

bool after_given_name_phrase(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    std::size_t end = k; // (the phrase's words end before `end`)
    if (end > 0 && ws[end - 1].low == ",")
        --end;
    // (the first byte and the size of the last words of every language's phrases, gathered once, turn most words
    // before a capital away before the language's lists are read)
    static const std::array<std::uint32_t, 256> last_words = [] {
        std::array<std::uint32_t, 256> out{};
        for (const std::string_view phrase : any_language_section("given_name_phrases").entries)
            if (const std::string_view w = phrase.substr(phrase.rfind(' ') + 1); !w.empty() && w.size() < 32)
                out[static_cast<unsigned char>(w[0])] |= std::uint32_t{1} << w.size();
        return out;
    }();
    if (end == 0 || ws[end - 1].punct || ws[end - 1].low.empty() || ws[end - 1].low.size() >= 32 ||
        (last_words[static_cast<unsigned char>(ws[end - 1].low[0])] >> ws[end - 1].low.size() & 1) == 0)
        return false;
    for (const Lexicon* lex : sp.lexs)
        for (const std::string_view phrase : entries_of(lex, "given_name_phrases")) {
            std::size_t j = end;
            std::size_t stop = phrase.size();
            bool same = true;
            while (same && stop > 0) {
                const std::size_t space = phrase.rfind(' ', stop - 1);
                const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
                same = j > 0 && !ws[j - 1].punct && ws[j - 1].low == phrase.substr(from, stop - from);
                --j;
                stop = space == std::string_view::npos ? 0 : space;
            }
            if (same)
                return true;
        }
    return false;
}

bool lone_given_name(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    const std::size_t n = ws.size();
    const Word& w = ws[k];
    if (w.acronym || w.low.size() < 3 || (k + 1 < n && !ws[k + 1].punct && ws[k + 1].upper))
        return false;
    // ("Roth, Anna (2011): „Title“", "Roe, Ann. Title": a surname and its comma opening the clause before the word
    // invert an author's name in a list of references)
    if (k >= 2 && ws[k - 1].low == "," && !ws[k - 2].punct && ws[k - 2].upper && (k == 2 || ws[k - 3].punct))
        return false;
    // ("Mark, Alan (March 2009). “Title”", "Brian, Ann; Roe, Jim (2001)": a surname opening a reference, its comma,
    // the given name, then the date's bracket or the next author)
    if (k + 3 < n && ws[k + 1].low == "," && !ws[k + 2].punct && ws[k + 2].upper &&
        (ws[k + 3].low == "(" || ws[k + 3].low == ";"))
        return false;
    // (the shapes first, asked inline of the word's neighbours: most words alone are none)
    // ("^ Swarbrick, Nancy (2010)": not after a capitalised word and its comma, an author's inverted name)
    const bool after_capital = k >= 2 && ws[k - 1].low == "," && !ws[k - 2].punct && ws[k - 2].upper;
    bool shown = !after_capital && given != nullptr && given->has(w.low) && sp.longest_opening(w.low) < 0;
    if (!shown && k + 2 < n && ws[k + 1].low == ",") {
        std::size_t j = k + 2;
        while (j < n && j < k + 6 && !ws[j].punct)
            ++j;
        shown = j < n && ws[j].low == "," && !age_aside(ws, k + 2, j, sp).empty();
    }
    if (!shown && k >= 2 && ws[k - 1].low == "," && k + 1 < n &&
        (ws[k + 1].low == "," || (!ws[k + 1].punct && is_speech_verb(sp.lexs, ws[k + 1].low)))) {
        auto tie_noun = [&](const Word& t) {
            return !t.punct && (in_list(sp.lexs, "kin_words", t.low) || in_list(sp.lexs, "acquaintance_words", t.low) ||
                                role_noun(t.low, sp) || trade_noun(t.low, sp));
        };
        // ("la madre de Noelia, Carmen": the noun, a particle and the one whose relative it is)
        shown = tie_noun(ws[k - 2]) || (k >= 4 && !ws[k - 2].punct && ws[k - 2].upper && !ws[k - 3].punct &&
                                        !ws[k - 3].upper && particle(ws[k - 3].low) && tie_noun(ws[k - 4]));
    }
    shown = shown || (k >= 2 && !ws[k - 2].punct && !ws[k - 2].upper && after_given_name_phrase(ws, k, sp));
    return shown && !common_noun(w.low, sp) && !month_word(sp.lexs, w.low) && !in_list(sp.lexs, "weekdays", w.low);
}

} // namespace archive::quoting
