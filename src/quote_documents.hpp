// The cues that quote a document, not a person (quote_documents.cpp): an impersonal cue and the document it names,
// the verbs of a text that reads or says something, and the quote added with no speaker. Internal to the stage.
#pragma once

#include "lexicon.hpp"
#include "quote_extractor.hpp"
#include "quote_speakers.hpp"
#include "quote_words.hpp"
#include "quotes.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quoting {

/// "In der Mitteilung heißt es, ...", "« Q », peut-on lire dans le communiqué", "«Q», si legge nella nota": a cue of
/// [impersonal_cues] quotes a document, not a person: its words [first, end) (the cue at words [ci, cend) of `ws` and
/// the words of the listed phrase next to it), and the document phrase without the preposition that opens it
/// ([document_preposition_words]), right after the cue or fronted before it; nothing when the cue is none of those
/// (quote_documents.cpp). Such a quote has no speaker.
struct ImpersonalCue {
    std::size_t first = 0, end = 0;
    std::optional<std::pair<std::size_t, std::size_t>> document;
    // The phrase's second word when words stand between it and the first ("wie es in dem Bericht heißt": the cue is
    // "es heißt"), else 0.
    std::size_t apart = 0;
};
std::optional<ImpersonalCue> impersonal_cue(const std::vector<Word>& ws, std::size_t ci, std::size_t cend,
                                            const Speakers& sp);
/// "Darin steht: „Q“", "The letter reads: “Q”", "“Q,” the statement read.": adds to `out` (sorted by place) the words
/// of [document_verb_words] of `ws` that quote a text named next to them (its noun as their subject, a phrase of
/// [document_preposition_words] naming it, or a word of [document_pointer_words]) before a colon or closing the clause
/// after a quote; whether it added any (quote_documents.cpp). impersonal_cue reads them as it reads listed phrases.
bool document_verb_cues_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                             const std::vector<const Lexicon*>& lexs);
/// Adds quote `out` to ex.quotes with the cue and the mention of impersonal cue `imp` found in `ws` of text `s`, and
/// no speaker: the words after it continue no one's.
void cite_document(Extractor& ex, Quote out, std::string_view s, const std::vector<Word>& ws, const ImpersonalCue& imp);

} // namespace archive::quoting
