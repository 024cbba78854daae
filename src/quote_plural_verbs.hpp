// A cue's verb in the third person plural (quote_carried_subject.cpp), read where a verb's number tells who its
// subject may be: no single speaker carried over (quote_carried_subject.cpp), no one person's name (quote_people.cpp).
#pragma once

#include "lexicon.hpp"

#include <string_view>
#include <vector>

namespace archive::quoting {

/// "disseram", "indicaron", "dicono", "powiedzieli": `verb` (lower-case) ends as a verb's third person plural, an
/// ending of [plural_verb_endings] with more than two letters before it.
bool plural_verb(std::string_view verb, const std::vector<const Lexicon*>& lexs);

} // namespace archive::quoting
