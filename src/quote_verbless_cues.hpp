// Cues with no verb ([verbless_cues]): German "so", Italian "così", Dutch "aldus" after a quote and its comma, the
// speaker's name or role after them ("„Q“, so der Sprecher", "«Q», così il ministro", "„Q”, aldus de burgemeester").
// They are small words of the language too, and read as cues only where quote_attribution.cpp and its neighbours
// guard them (after the quote's comma, a name after them). Internal to the quotes stage.
#pragma once

#include "quote_word_tags.hpp"
#include "text.hpp"

#include <string_view>
#include <vector>

namespace archive::quoting {

/// Whether the cue's text is one word of its language's [verbless_cues], in any case ("So" opening a clause).
inline bool verbless_cue(const std::vector<const Lexicon*>& lexs, std::string_view cue) {
    return cue.find(' ') == std::string_view::npos && in_list(lexs, "verbless_cues", text::LowerCased(cue).view());
}

} // namespace archive::quoting
