// The writer's own "I" and "we" as the subject of a cue (quote_first_person.cpp): a mention that names nobody of the
// page (RECORD.md: the speaker is a name as written, and the page writes none), read by mention_before and resolve.
#pragma once

#include "quote_word_tags.hpp"
#include "quote_words.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// "i", "we", "je", "nous", "ich", "io" ([first_person_words]), or a word whose part elided before its apostrophe is
/// one ("j'ai", "j’avais"); `low` lower-case.
bool first_person_word(std::string_view low, const std::vector<const Lexicon*>& lexs);

/// "In March 2019 I wrote", "Back then I told", "En mars 2019, j'ai écrit", "Nous avons répondu", "Io ho detto": the
/// index of the first-person pronoun before the cue at word `cue`, only auxiliaries ([first_person_auxiliary_words]
/// too), clitics and the cue's adverbs ([cue_adverbs]: "ich früher immer dachte") between them ("We have not
/// written": a negation makes no report); the words before it (a time, a place) are no part of the subject. A
/// pronoun that is also an object clitic ("nous" in "Il nous a dit") counts only opening its clause. Else nothing.
std::optional<std::size_t> first_person_subject(const std::vector<Word>& ws, std::size_t cue,
                                                const std::vector<const Lexicon*>& lexs);

} // namespace archive::quoting
