// The gender a page tells of a person it names (quote_told_genders.cpp): a sentence opened by a subject pronoun right
// after a sentence naming one person. Read by UnitReader after note_names, for the pronouns of later cues.
#pragma once

#include "quote_extractor.hpp"

#include <cstddef>
#include <vector>

namespace archive::quoting {

/// "Our secretary, Colin Hart, laughed at me. He has grown parsnips for years.", "La maire, Anne Roux, a souri. Elle
/// connaît le dossier.": a sentence of the unit's words `ws` (at reading position `base`) opened by a subject pronoun
/// of one gender ([subject_pronoun_words] of a [pronouns] gender m or f), outside the quotes `spans`, right after a
/// sentence whose words outside quote marks name exactly one person of no known gender, tells that person's gender: a
/// later "She said" is not that man. A name of a second person in that sentence, or a gender known already, leaves it.
void note_told_genders(Extractor& ex, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                       std::size_t base);

} // namespace archive::quoting
