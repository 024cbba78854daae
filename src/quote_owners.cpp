// The step of UnitReader (quote_reader.hpp) that gives a quote to the owner of the words it spells out: "Die Worte
// Holts, „Q“, nannte Roth einen Fehler", "Les mots de Holt, « Q », Roth les a qualifiés d'erreur", "Holt's words, “Q”,
// Roth called a mistake": a noun of someone's words ([owned_utterance_words]) and its owner, a name in the genitive or
// possessive or after a linking word ([owner_link_words]), set off by a comma right before the quote. The owner
// spoke; the subject of the verb after the quote only judges the words.
#include "quote_reader.hpp"

#include "text.hpp"

#include <algorithm>

namespace archive::quoting {
namespace {

// "Holts", "Klaus'", "Holt's", "Holt’s": a name's genitive or possessive ending, its length in bytes (0: none).
std::size_t owner_ending(std::string_view w, bool capitalised_nouns) {
    for (std::string_view poss : {"'s", "\xE2\x80\x99s"})
        if (ends_after(w, poss, 0))
            return poss.size();
    if (capitalised_nouns && (ends_after(w, "s", 1) || ends_after(w, "'", 1)))
        return 1;
    return 0;
}

} // namespace

bool UnitReader::attribute_owner(const QuoteAt& at, Quote& out) {
    // (a comma right before the marks after a word: most quotes are turned away here)
    const std::size_t c = word_index(at.q.open);
    if (c < 3 || c > ws.size() || ws[c - 1].low != "," || ws[c - 2].punct)
        return false;
    const std::vector<const Lexicon*>& lexs = ex.sp.lexs;
    const bool german = ex.sp.capitalised_nouns;
    // The owner's words: capitalised words and role nouns, at most five, ending at `last`, not past a noun of
    // someone's words nor a small word ("In Dr. Holt's words, “Q”": the preposition opening the sentence).
    auto owner_first = [&](std::size_t last) {
        std::size_t f = last + 1;
        while (f > 0 && last + 1 - f < 5 && !ws[f - 1].punct && (ws[f - 1].upper || role_noun(ws[f - 1].low, ex.sp)) &&
               !ex.sp.stopword(ws[f - 1].low) && !in_list(lexs, "owned_utterance_words", ws[f - 1].low) &&
               !in_list(lexs, "owner_link_words", ws[f - 1].low))
            --f;
        return f;
    };
    std::size_t first = 0, last = 0;
    bool inflected = true; // (the owner in the genitive or possessive, not after a linking word)
    if (in_list(lexs, "owned_utterance_words", ws[c - 2].low)) {
        // "Holt's words, “Q”", "Holts Worte, „Q“": the owner in the possessive before the noun.
        last = c - 3;
        if (ws[last].punct || !ws[last].upper || owner_ending(ws[last].low, german) == 0)
            return false;
        first = owner_first(last);
    } else {
        // "les mots de Holt, « Q »", "die Worte des Ministers Holt, „Q“", "die Worte Holts, „Q“": the owner after
        // the noun, behind a linking word or (German) in the genitive.
        last = c - 2;
        if (!ws[last].upper)
            return false;
        first = owner_first(last);
        if (first == 0 || first > last || !std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(first),
                                                        ws.begin() + static_cast<std::ptrdiff_t>(last + 1),
                                                        [](const Word& w) { return w.upper; }))
            return false;
        const bool linked = first >= 2 && !ws[first - 1].punct && in_list(lexs, "owner_link_words", ws[first - 1].low) &&
                            !ws[first - 2].punct && in_list(lexs, "owned_utterance_words", ws[first - 2].low);
        const bool genitive = german && !ws[first - 1].punct &&
                              in_list(lexs, "owned_utterance_words", ws[first - 1].low) &&
                              owner_ending(ws[last].low, german) != 0;
        if (!linked && !genitive)
            return false;
        inflected = !linked;
    }
    if (first > last)
        return false;
    out.mention = span_text(s, ws, first, last);
    out.cue.reset();
    std::optional<std::string> who;
    // ("Holts", "Mayor Holt's", "Dr. Holt's": the ending of the genitive or possessive is no part of the name, nor a
    // role or a title before it; the person is found, or named, by the rest)
    if (const std::size_t end = inflected ? owner_ending(ws[last].low, german) : 0; end != 0) {
        std::size_t n = first;
        while (n < last && (role_noun(ws[n].low, ex.sp) || person_title(lexs, ws[n].low) != 0))
            ++n;
        const std::string name = span_text(s, ws, n, last);
        if (const int k = ex.sp.add_person(std::string_view(name).substr(0, name.size() - end)); k >= 0)
            who = ex.sp.people[static_cast<std::size_t>(k)].name;
    }
    if (!who)
        who = ex.resolve(s, ws, first, last, base + ws[first].b);
    ex.add(out, who);
    return true;
}

} // namespace archive::quoting
