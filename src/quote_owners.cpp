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

// "«Q», le parole di Marco Neri.", "« Q », ce sont les mots de Marc Noir.", "„Q“, so die Worte von Anna Berg.", "“Q,”
// in the words of Mark Nero.": a comma after the quote, a few small words at most (articles,
// [owned_utterance_lead_words]), a noun of someone's words, its linking word and the owner, capitalised words or role
// nouns ending the sentence: the owner spoke. Else (no such words) the index of the owner's first word is 0.
std::pair<std::size_t, std::size_t> UnitReader::owner_after(const QuoteAt& at) const {
    // (the comma after the closing mark, or inside it: "“Q,” in the words of")
    std::size_t j = word_index(at.after_pos);
    if (j < ws.size() && ws[j].low == ",")
        ++j;
    else if (!at.raw.ends_with(','))
        return {0, 0};
    if (j + 3 >= ws.size())
        return {0, 0};
    const std::vector<const Lexicon*>& lexs = ex.sp.lexs;
    std::size_t lead = 0;
    for (; j < ws.size() && !ws[j].punct && lead < 3 && !in_list(lexs, "owned_utterance_words", ws[j].low); ++j, ++lead)
        if (!has_tag(lexs, WordTags::article, ws[j].low) && !in_list(lexs, "owned_utterance_lead_words", ws[j].low))
            return {0, 0};
    if (j + 2 >= ws.size() || ws[j].punct || !in_list(lexs, "owned_utterance_words", ws[j].low) || ws[j + 1].punct ||
        !in_list(lexs, "owner_link_words", ws[j + 1].low))
        return {0, 0};
    const std::size_t first = j + 2;
    std::size_t last = first;
    while (last < ws.size() && last - first < 5 && !ws[last].punct &&
           (ws[last].upper || role_noun(ws[last].low, ex.sp) || has_tag(lexs, WordTags::article, ws[last].low)))
        ++last;
    // (the owner ends the sentence: "le parole di Neri sono state chiare" go on as a clause of their own)
    if (last == first || (last < ws.size() && ws[last].low != "." && ws[last].low != ";" && ws[last].low != "!"))
        return {0, 0};
    return {first, last - 1};
}

bool UnitReader::attribute_owner(const QuoteAt& at, Quote& out) {
    if (const auto [f, l] = owner_after(at); f != 0) {
        out.mention = span_text(s, ws, f, l);
        out.cue.reset();
        ex.add(out, ex.resolve(s, ws, f, l, base + ws[f].b));
        return true;
    }
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
