// The subject of a cue's clause where the words next to the cue do not give it, for the attribution steps of
// quote_attribution.cpp: a passive cue, the outer cue whose clause holds the quote (and whether the inner cue's
// subject names anyone else), the subject a coordinated verb shares, and the subject of a German verb-last clause.
#include "quote_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace archive {
namespace quoting {

// A phrase (a line each of `phrases`) is at most four words: a clause opener that is no adverb costs a look-up of
// its first word and three of its first words joined, which the list's sketch mostly turns away unhashed.
namespace {

// The number of words (two to four) of the phrase opening at word i that `listed` finds among its lines, 0 when none.
template <typename Listed>
std::size_t phrase_length_at(const std::vector<Word>& ws, std::size_t i, const Listed& listed) {
    // (the words joined in a buffer of the stack: no string is made for the many clause openers that open none)
    std::array<char, 48> joined;
    std::size_t size = 0;
    for (std::size_t n = 1; n <= 4 && i + n <= ws.size() && !ws[i + n - 1].punct; ++n) {
        const std::string_view w = ws[i + n - 1].low;
        if (size + w.size() + 1 > joined.size())
            return 0;
        if (n > 1)
            joined[size++] = ' ';
        std::memcpy(joined.data() + size, w.data(), w.size());
        size += w.size();
        if (n > 1 && listed(std::string_view(joined.data(), size)))
            return n;
    }
    return 0;
}

} // namespace

std::size_t listed_phrase_at(const std::vector<Word>& ws, std::size_t i, const std::vector<const Lexicon*>& lexs,
                             std::string_view words, std::string_view phrases) {
    if (i >= ws.size() || ws[i].punct)
        return 0;
    if (in_list(lexs, words, ws[i].low))
        return 1;
    return phrase_length_at(ws, i, [&](std::string_view joined) { return in_list(lexs, phrases, joined); });
}

std::size_t listed_phrase_at(const std::vector<Word>& ws, std::size_t i, const LexiconSection& phrases) {
    if (i >= ws.size() || ws[i].punct)
        return 0;
    return phrase_length_at(ws, i, [&](std::string_view joined) { return phrases.has(joined); });
}

std::size_t sentence_adverb_at(const std::vector<Word>& ws, std::size_t i, const std::vector<const Lexicon*>& lexs) {
    return listed_phrase_at(ws, i, lexs, "sentence_adverb_words", "sentence_adverb_phrases");
}

// "The crowd was asked to look at ...", "Er wurde gefragt ...": a passive helper a few words before the cue (the
// clause's words only) makes the subject the one spoken to, not the one speaking.
bool passive_cue(const UnitReader& r, std::size_t ci) {
    for (std::size_t j = ci, d = 0; j > 0 && d < 3; --j, ++d) {
        if (r.ws[j - 1].punct)
            return false;
        if (in_list(r.ex.sp.lexs, "passive_helper_words", r.ws[j - 1].low))
            return true;
    }
    return false;
}

// The nearest cue of the writer's sentence (from byte `sb`) ending before byte `limit`, outside the quotes, whose
// subject before it resolves to a speaker: the clause after it reports what that speaker said.
std::optional<OuterCue> outer_cue(UnitReader& r, std::size_t sb, std::size_t limit) {
    auto past = std::lower_bound(r.cues.begin(), r.cues.end(), limit,
                                 [](const Cue& c, std::size_t v) { return c.begin < v; });
    for (auto it = std::make_reverse_iterator(past); it != r.cues.rend() && it->begin >= sb; ++it) {
        if (it->end > limit || !it->pronoun.empty())
            continue;
        auto q = std::upper_bound(r.quoted.begin(), r.quoted.end(), it->begin,
                                  [](std::size_t v, const std::pair<std::size_t, std::size_t>& x) { return v < x.first; });
        if (q != r.quoted.begin() && it->begin < std::prev(q)->second)
            continue;
        const std::size_t ci = r.word_index(it->begin);
        if (passive_cue(r, ci))
            return std::nullopt;
        auto m = r.ex.mention_before(r.ws, ci);
        if (!m || r.ws[m->first].b < sb)
            continue;
        if (auto who = r.ex.resolve(r.s, r.ws, m->first, m->second, r.base + r.ws[m->first].b))
            return OuterCue{it->text, m->first, m->second, r.word_index(it->end), *who};
    }
    return std::nullopt;
}

using WordSpan = std::pair<std::size_t, std::size_t>;

// The subject of the clause before `conj` ("und", "and"), a clause with no comma from byte `sent_b`, when a verb
// after the conjunction shares it: "Studenten zogen vor das Rathaus und skandierten „Q“", "Am Abend zogen Studenten
// vor das Rathaus und skandierten „Q“", "On Sunday the students marched to city hall and chanted “Q”". A phrase
// opened by a preposition is no subject: in German (verb second) the subject then follows the first verb; in
// English an article and its noun may follow the phrase.
std::optional<WordSpan> coordinated_subject(const UnitReader& r, std::size_t sent_b, std::size_t conj) {
    const std::vector<Word>& ws = r.ws;
    const std::vector<const Lexicon*>& lexs = r.ex.sp.lexs;
    const std::size_t w0 = r.word_index(sent_b);
    if (w0 + 2 > conj)
        return std::nullopt;
    for (std::size_t j = w0; j < conj; ++j)
        if (ws[j].punct)
            return std::nullopt;
    auto preposition = [&](std::size_t j) { return has_tag(lexs, WordTags::preposition, ws[j].low); };
    auto article = [&](std::size_t j) { return has_tag(lexs, WordTags::article, ws[j].low); };
    if (r.ex.capitalised_nouns_here()) {
        // The verb: the first lower-case word that is not after a preposition or an article ("am späten Abend").
        std::size_t v = w0 + 1;
        while (v < conj && (ws[v].upper || preposition(v) || article(v) || preposition(v - 1) || article(v - 1)))
            ++v;
        if (v >= conj)
            return std::nullopt;
        // "Gestern zogen Studenten", "Dennoch räumt sie ... ein und": an adverb alone before the verb is no subject
        // either (but "Er hielt ... und bezeichnete" opens with its subject).
        char gender = 'x';
        bool fronted = v == w0 + 1 &&
                       ((r.ex.sp.stopword(ws[w0].low) && !r.ex.sp.pronoun(ws[w0].low, gender)) ||
                        in_list(lexs, "sentence_adverb_words", ws[w0].low));
        for (std::size_t j = w0; j < v && !fronted; ++j)
            fronted = preposition(j);
        if (!fronted)
            return WordSpan{w0, v - 1};
        if (auto m = r.ex.mention_after(ws, v + 1); m && m->second < conj)
            return m;
        return std::nullopt;
    }
    std::size_t f = w0;
    if (preposition(f))
        for (++f; f < conj && ws[f].upper;)
            ++f;
    if (f + 2 < conj && article(f) && !preposition(f + 1) && !article(f + 1))
        return WordSpan{f, f + 1};
    return std::nullopt;
}

// "..., was der Bürgermeister als „Q“ bezeichnete", "..., wie die Ministerin Anna Berg sie „Q“ nannte": in a German
// clause opened after a comma by a lower-case word ("was", "wie", "das", "weil"), the mention after that word,
// before the quote at byte `open`, is the subject of the verb closing the clause.
std::optional<WordSpan> verb_last_subject(const UnitReader& r, std::size_t open) {
    if (!r.ex.capitalised_nouns_here())
        return std::nullopt;
    const std::vector<Word>& ws = r.ws;
    const std::size_t qw = r.word_index(open);
    std::size_t j = qw;
    while (j > 0 && qw - j < 10 && !ws[j - 1].punct)
        --j;
    if (j == 0 || ws[j - 1].low != "," || j + 1 >= qw || ws[j].upper || !r.ex.sp.stopword(ws[j].low))
        return std::nullopt;
    auto m = r.ex.mention_after(ws, j + 1);
    if (!m || m->second >= qw)
        return std::nullopt;
    // "Eva Lind, die den Beschluss als „Q“ bezeichnete": where the clause opens with an article and the words after
    // it with one only an object takes ([object_article_words]), that article is a relative pronoun and the subject:
    // the name before the comma says the words.
    if (has_tag(r.ex.sp.lexs, WordTags::article, ws[j].low) &&
        in_list(r.ex.sp.lexs, "object_article_words", ws[m->first].low))
        return r.ex.antecedent(ws, j - 1);
    // (the mention ends with its last noun: "der Bürgermeister als" is "der Bürgermeister")
    while (m->second > m->first && !ws[m->second].upper)
        --m->second;
    if (!ws[m->second].upper)
        return std::nullopt;
    // "..., was das Gefühl von „Q“ erklärt": a quote after a preposition belongs to the noun before it, which
    // is the verb's object ("was" its subject).
    for (std::size_t k = m->second + 1; k < qw; ++k)
        if (has_tag(r.ex.sp.lexs, WordTags::preposition, ws[k].low))
            return std::nullopt;
    return m;
}

// The subject words [first, last] of a cue inside the clause of `outer` (those after the outer cue) name no one
// else: no name, no role noun or title ("the mayor"), no pronoun of another gender or number than the outer
// speaker's ("what she called", "the protests demand", "and warned", "a young man who suggested").
bool weak_subject(const UnitReader& r, std::size_t first, std::size_t last, const OuterCue& outer) {
    first = std::max(first, outer.after);
    while (first <= last && first < r.ws.size() && r.ws[first].punct)
        ++first;
    if (first > last || first >= r.ws.size())
        return true;
    const Speakers& sp = r.ex.sp;
    const int k = sp.find_person(outer.speaker);
    const char gender = k < 0 ? 'x' : sp.people[static_cast<std::size_t>(k)].gender;
    auto other_pronoun = [&](const Word& w) {
        char g = 'x';
        return sp.pronoun(w.low, g) && !has_tag(sp.lexs, WordTags::possessive, w.low) &&
               (g == 'p' || (g != 'x' && gender != 'x' && g != gender));
    };
    // "said she admired Jo's courage through what she calls “Q”": a subject pronoun right before the cue is its
    // subject (as resolve reads it), whatever names stand before it.
    char g = 'x';
    if (!r.ws[last].punct && sp.pronoun(r.ws[last].low, g) && !has_tag(sp.lexs, WordTags::possessive, r.ws[last].low))
        return !other_pronoun(r.ws[last]);
    std::vector<Word> sub(r.ws.begin() + static_cast<std::ptrdiff_t>(first),
                          r.ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
    if (!names_in(sub, sp).empty())
        return false;
    for (const Word& w : sub)
        if (!w.punct && (role_noun(w.low, sp) || person_title(sp.lexs, w.low) != 0 || other_pronoun(w)))
            return false;
    return true;
}

} // namespace quoting
} // namespace archive
