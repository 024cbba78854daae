// Cues that quote a document, not a person ([impersonal_cues]: "In der Mitteilung heißt es", "peut-on lire dans le
// communiqué", "si legge nella nota"): the cue's words, the document they name, and the quote they give no speaker.
#include "quote_documents.hpp"
#include "quote_cues.hpp"
#include "quote_word_tags.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quoting {

namespace {

using Span = std::pair<std::size_t, std::size_t>;

// The [document_verb_words] of the lexicons of `lexs` (at most two, nullptr for none): the languages that have them are
// found once a process, and a set of lexicons is matched against them by pointer, without a section's look-up by name
// (asked for every unit and sentence the cues of which are read).
std::array<const LexiconSection*, 2> verb_sections(const std::vector<const Lexicon*>& lexs) {
    static const std::vector<std::pair<const Lexicon*, const LexiconSection*>> all = [] {
        std::vector<std::pair<const Lexicon*, const LexiconSection*>> v;
        for (const Lexicon* lex : languages())
            if (const LexiconSection* sec = lex->section("document_verb_words"))
                v.emplace_back(lex, sec);
        return v;
    }();
    std::array<const LexiconSection*, 2> out{};
    std::size_t n = 0;
    for (const Lexicon* lex : lexs)
        for (const auto& [l, sec] : all)
            if (l == lex && n < out.size())
                out[n++] = sec;
    return out;
}

// The place of the byte c in s[from, to), else npos: s.find(c, from) that stops at `to` (a sentence's words end there,
// and the text s runs on, often for the rest of its unit).
std::size_t find_before(std::string_view s, char c, std::size_t from, std::size_t to) {
    if (from >= to)
        return std::string_view::npos;
    const void* at = std::memchr(s.data() + from, c, to - from);
    return at == nullptr ? std::string_view::npos : static_cast<std::size_t>(static_cast<const char*>(at) - s.data());
}

// The places of the double quote marks " “ ” „ « » in s[from, to), found by memchr of their first bytes (an apostrophe ’
// or a dash – shares the first byte of “), in no order.
void double_quote_marks(std::string_view s, std::size_t from, std::size_t to, std::vector<std::size_t>& out) {
    for (std::size_t i = find_before(s, '"', from, to); i < to; i = find_before(s, '"', i + 1, to))
        out.push_back(i);
    // (the places are compared with `to` before one is added to them: npos + 1 wraps to 0)
    for (std::size_t i = find_before(s, '\xC2', from, to); i < to && i + 1 < to; i = find_before(s, '\xC2', i + 1, to))
        if (s[i + 1] == '\xAB' || s[i + 1] == '\xBB')
            out.push_back(i);
    for (std::size_t i = find_before(s, '\xE2', from, to); i < to && i + 2 < to; i = find_before(s, '\xE2', i + 1, to))
        if (s[i + 1] == '\x80' && (s[i + 2] == '\x9C' || s[i + 2] == '\x9D' || s[i + 2] == '\x9E'))
            out.push_back(i);
}

bool verb_in(const std::array<const LexiconSection*, 2>& secs, const Word& w) {
    return !w.punct && !w.upper &&
           std::any_of(secs.begin(), secs.end(), [&w](const LexiconSection* sec) { return sec && sec->has(w.low); });
}

// The word lists that tell a text's words: `compounds` where nouns are capitalised, a compound ending in a listed
// noun is one too ("Pressemitteilung", "Positionspapier").
struct DocumentWords {
    const std::vector<const Lexicon*>& lexs;
    bool compounds = false;

    // "Brief", "letter", "communiqué": a noun of [document_words] or [report_words].
    bool noun(const Word& w) const {
        if (w.punct || (compounds && !w.upper))
            return false;
        for (const Lexicon* lex : lexs)
            for (std::string_view section : {"document_words", "report_words"})
                for (std::string_view t : entries_of(lex, section))
                    if (w.low == t || (compounds && ends_after(w.low, t, 2)))
                        return true;
        return false;
    }
    bool pointer(const Word& w) const { return !w.punct && in_list(lexs, "document_pointer_words", w.low); }

    // The noun phrase ending with the text's noun at `noun`: back to its article over up to three words that are no
    // stopwords ("an engineering report", "den Tenor chinesischer Medien"), else the noun alone ("Gutachten").
    Span phrase_ending(const std::vector<Word>& ws, std::size_t noun, const Speakers* sp) const {
        for (std::size_t j = noun, n = 0; j > 0 && n <= 3; --j, ++n) {
            const Word& w = ws[j - 1];
            if (w.punct)
                break;
            if (has_tag(lexs, WordTags::article, w.low))
                return {j - 1, noun};
            if (sp != nullptr ? sp->stopword(w.low) : (word_tags(lexs).of(w) & WordTags::stopword) != 0)
                break;
        }
        return {noun, noun};
    }

    // "Darin steht", "On peut y lire": the text a pointing word at `pointer` stands for, the last one named in the
    // words before it (up to 60).
    std::optional<Span> antecedent(const std::vector<Word>& ws, std::size_t pointer) const {
        const std::size_t most = 60;
        for (std::size_t j = pointer; j > 0 && pointer - j < most; --j)
            if (noun(ws[j - 1]))
                return phrase_ending(ws, j - 1, nullptr);
        return std::nullopt;
    }

    // "In dem Brief", "Im Schreiben der Behörde", "nella nota": the phrase at `p` opened by a preposition of
    // [document_preposition_words], up to `limit` and ten words: its words after the preposition (where nouns are
    // capitalised, up to the last capitalised one: "in dem Schreiben wörtlich" ends on an adverb); with `noun_needed`,
    // only when one of them is a text's noun.
    std::optional<Span> preposition_phrase(const std::vector<Word>& ws, std::size_t p, std::size_t limit,
                                           bool noun_needed) const {
        const std::size_t most = 10;
        if (p >= limit || ws[p].punct || !in_list(lexs, "document_preposition_words", ws[p].low))
            return std::nullopt;
        std::size_t last = p;
        while (last + 1 < limit && !ws[last + 1].punct && last + 1 - p < most)
            ++last;
        while (compounds && last > p && !ws[last].upper)
            --last;
        if (last == p)
            return std::nullopt;
        bool named = !noun_needed;
        for (std::size_t j = p + 1; j <= last && !named; ++j)
            named = noun(ws[j]);
        if (!named)
            return std::nullopt;
        return Span{p + 1, last};
    }

    // A verb of [document_verb_words] at `v` quotes a text when the text stands next to it: its noun as the subject
    // right before it ("The letter reads", "the statement read"), or that of a relative word after a comma ("a report,
    // which reads"), a word pointing back to one ("Darin steht", "Dort stand"), or a phrase naming it opening the
    // clause before the verb ("In dem Brief steht") or right after it ("„Q“, steht im Urteil"). Nothing when none does;
    // else the text's words, none when a pointing word stands for no text named before.
    std::optional<std::optional<Span>> verb_document(const std::vector<Word>& ws, std::size_t v) const {
        using Found = std::optional<std::optional<Span>>;
        if (v > 0 && noun(ws[v - 1]))
            return Found{phrase_ending(ws, v - 1, nullptr)};
        if (v > 2 && ws[v - 2].low == "," && !ws[v - 1].punct && in_list(lexs, "relative_words", ws[v - 1].low) &&
            noun(ws[v - 3]))
            return Found{phrase_ending(ws, v - 3, nullptr)};
        if (v > 0 && pointer(ws[v - 1]))
            return Found{antecedent(ws, v - 1)};
        if (v + 1 < ws.size() && pointer(ws[v + 1]))
            return Found{antecedent(ws, v)};
        std::size_t open = v;
        while (open > 0 && !ws[open - 1].punct && v - open < 10)
            --open;
        if (open < v)
            if (auto doc = preposition_phrase(ws, open, v, true))
                return Found{doc};
        // ("„Q“, steht im Urteil.", "„Q”, staat in het vonnis.": the phrase naming the text right after the verb)
        if (auto doc = preposition_phrase(ws, v + 1, ws.size(), true))
            return Found{doc};
        return std::nullopt;
    }
};

// "„Q“, wie es in dem Bericht heißt", "Gutachten, in denen es unter anderem heißt: „Q“": where the verb at `v` closes
// a clause opened by a comparative word ([comparative_opener_words]) or, after a comma, by a preposition of
// [document_preposition_words] (a relative clause), the first word of a two-word phrase of [impersonal_cues] ending
// with the verb may stand apart from it, up to eight words before. The text is the phrase opened by a preposition
// between them ("dem Bericht"), or the one a relative clause follows ("Gutachten"); the cue is the two words.
std::optional<ImpersonalCue> apart_phrase(const std::vector<Word>& ws, std::size_t v, const DocumentWords& doc) {
    const LexiconWords* phrase = nullptr; // the phrase ending with the verb
    for (const Lexicon* lex : doc.lexs)
        if (const LexiconSection* sec = section_of(lex, "impersonal_cues"))
            for (const LexiconWords& words : sec->phrases())
                if (phrase == nullptr && words.size() == 2 && words[1] == ws[v].low)
                    phrase = &words;
    if (phrase == nullptr)
        return std::nullopt;
    if (v + 1 < ws.size() && !ws[v + 1].punct && !in_list(doc.lexs, "that", ws[v + 1].low))
        return std::nullopt; // (the verb closes its clause: "heißt:", "heißt, dass", "heißt dass")
    const std::size_t most = 10;
    std::size_t open = v;
    while (open > 0 && !ws[open - 1].punct && v - open < most)
        --open;
    if (open + 2 > v)
        return std::nullopt;
    const bool comparative = in_list(doc.lexs, "comparative_opener_words", ws[open].low);
    const bool relative = open > 0 && ws[open - 1].low == "," &&
                          in_list(doc.lexs, "document_preposition_words", ws[open].low);
    if (!comparative && !relative)
        return std::nullopt;
    for (std::size_t j = open + 1; j + 1 < v; ++j)
        if (ws[j].low == (*phrase)[0]) {
            ImpersonalCue found{j, v + 1, std::nullopt, v};
            found.document = comparative ? doc.preposition_phrase(ws, j + 1, v, false) : doc.antecedent(ws, open - 1);
            return found;
        }
    return std::nullopt;
}

} // namespace

bool document_verb_cues_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                             const std::vector<const Lexicon*>& lexs) {
    const std::array<const LexiconSection*, 2> verbs = verb_sections(lexs);
    if (verbs[0] == nullptr || ws.empty())
        return false; // (a language with no such verbs)
    // The verb stands before a colon, up to three words between ("Darin steht unter anderem:", "The letter reads in
    // part:"), or closes the clause after a quote, up to three words between ("“Q,” the statement read."), and a quote
    // is there: only the words near a colon or a double quote mark, found in the bytes, are asked about (not every
    // word of every unit and sentence whose cues are read).
    const std::size_t from = ws.front().b, to = ws.back().e;
    // (the places' room is the thread's, emptied for each call: asked for every unit and sentence, most with a quote
    // mark, a list of their own cost an allocation each)
    thread_local std::vector<std::size_t> marks;
    marks.clear();
    double_quote_marks(s, from, to, marks);
    if (marks.empty())
        return false;
    const std::size_t quotes = marks.size();
    for (std::size_t i = find_before(s, ':', from, to); i < to; i = find_before(s, ':', i + 1, to))
        marks.push_back(i);
    bool added = false;
    auto add = [&](std::size_t v) {
        if (!verb_in(verbs, ws[v]))
            return;
        const DocumentWords doc{lexs, in_list(lexs, "quote_conventions", "nouns capitalised")};
        if (!doc.verb_document(ws, v))
            return;
        if (std::any_of(out.begin(), out.end(), [&](const Cue& c) { return c.begin < ws[v].e && ws[v].b < c.end; }))
            return;
        out.push_back({ws[v].b, ws[v].e, std::string(s.substr(ws[v].b, ws[v].e - ws[v].b)), ""});
        added = true;
    };
    const std::size_t most_between = 3;
    for (std::size_t m = 0; m < marks.size(); ++m) {
        const std::size_t k = word_at_byte(ws, marks[m]);
        if (k == ws.size() || ws[k].b != marks[m] || !ws[k].punct)
            continue;
        if (m >= quotes) { // a colon
            for (std::size_t j = k; j > 0 && k - j <= most_between && !ws[j - 1].punct; --j)
                add(j - 1);
        } else {
            for (std::size_t j = k + 1; j < ws.size() && j - k <= most_between + 1 && !ws[j].punct; ++j)
                if (j + 1 == ws.size() || (ws[j + 1].punct && (ws[j + 1].low == "." || ws[j + 1].low == ",")))
                    add(j);
            // "„Q“, steht im Urteil.", "„Q”, staat in het vonnis.": the verb first after the mark and its comma, the
            // text's phrase after it (verb_document reads it)
            if (k + 2 < ws.size() && ws[k + 1].low == "," && !ws[k + 2].punct)
                add(k + 2);
        }
    }
    if (added)
        std::sort(out.begin(), out.end(), [](const Cue& a, const Cue& b) { return a.begin < b.begin; });
    return added;
}


std::optional<ImpersonalCue> impersonal_cue(const std::vector<Word>& ws, std::size_t ci, std::size_t cend,
                                            const Speakers& sp) {
    if (ci >= cend || cend > ws.size())
        return std::nullopt;
    const DocumentWords doc{sp.lexs, sp.capitalised_nouns};
    // "Darin steht", "The letter reads": a verb of [document_verb_words] with its text next to it
    // (document_verb_cues_into), perhaps a phrase's verb ("as the report puts it").
    if ((cend == ci + 1 || cend == ci + 2) && verb_in(verb_sections(sp.lexs), ws[ci]))
        if (auto text = doc.verb_document(ws, ci))
            return ImpersonalCue{ci, cend, *text, 0};
    // A listed phrase covering the cue's words, one word more at most on either side ("es" of "es heißt", "heißt es").
    std::optional<ImpersonalCue> found;
    for (const Lexicon* lex : sp.lexs) {
        const LexiconSection* sec = section_of(lex, "impersonal_cues");
        if (sec == nullptr)
            continue;
        for (const LexiconWords words : sec->phrases()) {
            const std::size_t n = words.size();
            for (std::size_t o = ci > 0 ? ci - 1 : ci; o <= ci && !found; ++o) {
                if (o + n < cend || o + n > cend + 1 || o + n > ws.size())
                    continue;
                std::size_t k = o;
                while (k < o + n && !ws[k].punct && ws[k].low == words[k - o])
                    ++k;
                if (k == o + n)
                    found = ImpersonalCue{o, o + n, std::nullopt, 0};
            }
        }
    }
    if (!found && cend == ci + 1)
        return apart_phrase(ws, ci, doc);
    if (!found)
        return std::nullopt;
    // The document: a phrase opened by a preposition of [document_preposition_words] right after the cue ("hieß es
    // in dem Schreiben", "lit-on dans le bulletin"), else opening the cue's clause before it ("Im Bericht heißt es").
    const std::size_t most = 10;
    found->document = doc.preposition_phrase(ws, found->end, ws.size(), false);
    // ("Dans la lettre, on peut lire : « Q »": a comma may set off the phrase opening the sentence)
    const std::size_t limit = found->first > 0 && ws[found->first - 1].low == "," ? found->first - 1 : found->first;
    std::size_t open = limit;
    while (open > 0 && !ws[open - 1].punct && limit - open <= most)
        --open;
    const bool opens_sentence = open == 0 || ws[open - 1].low == "." || ws[open - 1].low == ":";
    if (!found->document && (limit == found->first || opens_sentence))
        found->document = doc.preposition_phrase(ws, open, limit, false);
    // "Darin heißt es", "On peut y lire": a word pointing back stands for the last text named before it.
    for (std::size_t j = found->first > 0 ? found->first - 1 : 0; !found->document && j <= found->end && j < ws.size();
         ++j)
        if (doc.pointer(ws[j]))
            found->document = doc.antecedent(ws, j);
    return found;
}

void cite_document(Extractor& ex, Quote out, std::string_view s, const std::vector<Word>& ws, const ImpersonalCue& imp) {
    out.cue = imp.apart != 0 ? span_text(s, ws, imp.first, imp.first) + ' ' + span_text(s, ws, imp.apart, imp.apart)
                             : span_text(s, ws, imp.first, imp.end - 1);
    if (imp.document)
        out.mention = span_text(s, ws, imp.document->first, imp.document->second);
    else
        out.mention.reset();
    ex.add(std::move(out), std::nullopt);
    ex.last_speaker.reset();
}

} // namespace archive::quoting
