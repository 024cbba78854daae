// Cues that quote a document, not a person ([impersonal_cues]: "In der Mitteilung heißt es", "peut-on lire dans le
// communiqué", "si legge nella nota"): the cue's words, the document they name, and the quote they give no speaker.
#include "quotes_parts.hpp"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quoting {

std::optional<ImpersonalCue> impersonal_cue(const std::vector<Word>& ws, std::size_t ci, std::size_t cend,
                                            const Speakers& sp) {
    if (ci >= cend || cend > ws.size())
        return std::nullopt;
    // A listed phrase covering the cue's words, one word more at most on either side ("es" of "es heißt", "heißt es").
    std::optional<ImpersonalCue> found;
    for (const Lexicon* lex : sp.lexs) {
        const LexiconSection* sec = section_of(lex, "impersonal_cues");
        if (sec == nullptr)
            continue;
        for (const std::vector<std::string>& words : sec->phrases()) {
            const std::size_t n = words.size();
            for (std::size_t o = ci > 0 ? ci - 1 : ci; o <= ci && !found; ++o) {
                if (o + n < cend || o + n > cend + 1 || o + n > ws.size())
                    continue;
                std::size_t k = o;
                while (k < o + n && !ws[k].punct && ws[k].low == words[k - o])
                    ++k;
                if (k == o + n)
                    found = ImpersonalCue{o, o + n, std::nullopt};
            }
        }
    }
    if (!found)
        return std::nullopt;
    // The document: a phrase opened by a preposition of [document_preposition_words] right after the cue ("hieß es
    // in dem Schreiben", "lit-on dans le bulletin"), else opening the cue's clause before it ("Im Bericht heißt es").
    const std::size_t most = 10;
    auto document_at = [&](std::size_t p, std::size_t limit) -> std::optional<std::pair<std::size_t, std::size_t>> {
        if (p >= limit || ws[p].punct || !in_list(sp.lexs, "document_preposition_words", ws[p].low))
            return std::nullopt;
        std::size_t last = p;
        while (last + 1 < limit && !ws[last + 1].punct && last + 1 - p < most)
            ++last;
        // ("in dem Schreiben wörtlich": German nouns are capitalised, a lower-case word after them is an adverb)
        while (sp.capitalised_nouns && last > p && !ws[last].upper)
            --last;
        if (last == p)
            return std::nullopt;
        return std::make_pair(p + 1, last);
    };
    found->document = document_at(found->end, ws.size());
    // ("Dans la lettre, on peut lire : « Q »": a comma may set off the phrase opening the sentence)
    const std::size_t limit = found->first > 0 && ws[found->first - 1].low == "," ? found->first - 1 : found->first;
    std::size_t open = limit;
    while (open > 0 && !ws[open - 1].punct && limit - open <= most)
        --open;
    const bool opens_sentence = open == 0 || ws[open - 1].low == "." || ws[open - 1].low == ":";
    if (!found->document && (limit == found->first || opens_sentence))
        found->document = document_at(open, limit);
    return found;
}

void cite_document(Extractor& ex, Quote out, std::string_view s, const std::vector<Word>& ws, const ImpersonalCue& imp) {
    out.cue = span_text(s, ws, imp.first, imp.end - 1);
    if (imp.document)
        out.mention = span_text(s, ws, imp.document->first, imp.document->second);
    else
        out.mention.reset();
    ex.add(std::move(out), std::nullopt);
    ex.last_speaker.reset();
}

} // namespace archive::quoting
